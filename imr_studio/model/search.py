"""Find and replace across the whole IMR: every narrative and every text field of every table.

:func:`find` lists each place a phrase occurs, as a document path and the
character span within that text, with the words around it. :func:`replace`
changes the matches an author chose as one undoable edit; formatting in a
narrative stays with the words around the replacement. Identifiers, pick-list
keys, dates and times, and the review lead's records are not text an author
writes, so they are never searched or changed.

Qt-free.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from msgspec import Struct

from .addressing import Path
from .document import Document, Item
from .editor import DocumentEditor
from .narrative import Paragraph, replace_span

_NOT_TEXT = frozenset({
    "id", "key", "subject_id", "event_type", "format", "strand", "time", "date", "date_precision",
    "protective_marking", "format_version", "style", "publication_exceptions",
    "review_type", "death_type", "role", "status", "risk_grading", "verdict", "scope", "area",
})
"""Fields that hold identifiers, pick-list keys, dates or times rather than words."""
_NOT_SEARCHED = frozenset({"quality"})
"""Sections that are not the author's text (the review lead's verdicts, decision and history)."""
CONTEXT = 40
"""How many characters either side of a match :attr:`Match.context` shows."""


@dataclass(frozen=True)
class Match:
    """One place a phrase occurs: the text's path, the span within it, and the words around it."""

    path: Path
    span: tuple[int, int]
    context: str


def texts(document: Document) -> Iterator[tuple[Path, str]]:
    """Every piece of text an author writes in ``document``, with its path, in document order."""
    for name in document.__struct_fields__:
        if name not in _NOT_SEARCHED and name not in _NOT_TEXT:
            yield from _walk(getattr(document, name), (name,))


def _walk(value: object, path: Path) -> Iterator[tuple[Path, str]]:
    if isinstance(value, str):
        yield path, value
    elif isinstance(value, Paragraph):
        yield path, value.text
    elif isinstance(value, list):
        for index, entry in enumerate(value):
            yield from _walk(entry, path + ((entry.id,) if isinstance(entry, Item) else (index,)))
    elif isinstance(value, Struct):
        for name in value.__struct_fields__:
            if name not in _NOT_TEXT and not name.endswith("_ids"):
                yield from _walk(getattr(value, name), path + (name,))


def pattern(phrase: str, *, match_case: bool = False, whole_words: bool = False) -> re.Pattern[str] | None:
    """The regular expression that finds ``phrase`` as typed (no wildcards); None for an empty phrase."""
    if not phrase:
        return None
    body = re.escape(phrase)
    if whole_words:
        body = rf"(?<!\w){body}(?!\w)"
    return re.compile(body, 0 if match_case else re.IGNORECASE)


def find(document: Document, phrase: str, *, match_case: bool = False, whole_words: bool = False) -> list[Match]:
    """Every place ``phrase`` occurs in the author's text, in document order."""
    compiled = pattern(phrase, match_case=match_case, whole_words=whole_words)
    if compiled is None:
        return []
    found = []
    for path, text in texts(document):
        for hit in compiled.finditer(text):
            start, end = hit.span()
            before = text[max(0, start - CONTEXT):start]
            after = text[end:end + CONTEXT]
            context = ("…" if start > CONTEXT else "") + before + text[start:end] + after + ("…" if end + CONTEXT < len(text) else "")
            found.append(Match(path, (start, end), " ".join(context.split())))
    return found


def replace_at(editor: DocumentEditor, path: Path, span: tuple[int, int], replacement: str) -> bool:
    """Replace the characters ``span`` of the text at ``path`` with ``replacement``, as one undoable edit.

    A paragraph of a narrative keeps its formatting around the new words.
    False when ``path`` no longer holds text, or the editor refused the edit.
    """
    start, end = span
    try:
        value = editor.get(path)
    except LookupError:
        return False
    if isinstance(value, Paragraph):
        narrative = list(editor.get(path[:-1]))
        narrative[path[-1]] = replace_span(value, start, end, replacement)
        return editor.set(path[:-1], narrative)
    if isinstance(value, str):
        return editor.set(path, value[:start] + replacement + value[end:])
    return False


def replace(editor: DocumentEditor, matches: Iterable[Match], replacement: str) -> int:
    """Replace ``matches`` (as :func:`find` gave them) with ``replacement``, all as one undoable edit.

    Within each text the matches are replaced from the last to the first, so
    earlier spans stay where they were. Returns how many were replaced.
    """
    chosen = sorted(matches, key=lambda match: match.span[0], reverse=True)
    done = 0
    with editor.group(f"Replace with “{replacement}”" if replacement else "Remove found text"):
        for match in chosen:
            done += replace_at(editor, match.path, match.span, replacement)
    return done
