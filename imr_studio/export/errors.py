"""The exceptions of the Word export."""

from __future__ import annotations


class ExportError(Exception):
    """The report could not be exported; ``str(error)`` says what is wrong, in plain English."""


class LeakError(ExportError):
    """A publication export still contains a real name or alias, so nothing was written.

    ``leaks`` lists ``(where, text)`` pairs: where in the document the name
    was found and the words around it.
    """

    def __init__(self, leaks: list[tuple[str, str]], places: list[tuple[tuple, str, str]] | None = None) -> None:
        self.leaks = leaks
        self.places = places or []
        """The same leaks where the author can fix them: ``(path, words, words around)`` in the project."""
        shown = "; ".join(f"{where}: “{text}”" for where, text in leaks[:5])
        more = f" (and {len(leaks) - 5} more)" if len(leaks) > 5 else ""
        super().__init__(
            f"the publication version still contains {len(leaks)} real name(s) or alias(es), "
            f"so it was not saved. Replace them with the pseudonym and export again. Found at {shown}{more}"
        )


class PublicationRefused(ExportError):
    """The publication version cannot be made until the pseudonyms are sorted out; nothing was written.

    ``problems`` lists ``(path, message)`` pairs: the field to fix, and what is wrong, one line each.
    """

    def __init__(self, problems: list[tuple[tuple, str]]) -> None:
        self.problems = problems
        super().__init__("the publication version was not made: " + " ".join(message for _, message in problems))
