"""The one exception the storage layer raises for a file it cannot open or save."""

from __future__ import annotations

import unicodedata
from pathlib import Path


def one_line(text: str) -> str:
    """``text`` fit for one line of a message: control, format and line-separating characters written as escapes.

    A file's name or a field name in a damaged file can hold anything; shown
    as it is, a line break would split the message and a direction mark
    would make it read backwards.
    """
    return "".join(
        ch.encode("unicode_escape").decode("ascii") if unicodedata.category(ch) in ("Cc", "Cf", "Zl", "Zp", "Cs") else ch
        for ch in text
    )


class ProjectFileError(Exception):
    """A project file could not be opened or saved.

    ``str(error)`` is a complete plain-English message, fit to show as it
    is: "Could not open “PATH”: PROBLEM" when the file is known (``action``
    is what was being done to it), else just the problem. ``problem`` is the
    message without the file's name.
    """

    def __init__(self, problem: str, *, path: Path | None = None, action: str = "open") -> None:
        self.problem = problem
        self.path = path
        message = f"Could not {action} “{path}”: {problem}" if path is not None else problem[:1].upper() + problem[1:]
        super().__init__(one_line(message))
