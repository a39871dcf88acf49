"""Normalising text that arrives from outside: paste, import, typing.

Project files store every string exactly as the model holds it. Text enters
the model through :func:`clean_line` (single-line fields) or
:func:`clean_paragraphs` (multi-line fields and narratives), which apply one
documented set of rules (see ``docs/FILE_FORMAT.md``):

* Line breaks of every kind -- CR LF, CR, Word's manual line break (vertical
  tab, U+000B), form feed (U+000C, Word's page break), U+0085, U+2028 and
  U+2029 -- become a new paragraph (multi-line text) or a single space
  (single-line fields).
* Tab is kept in multi-line text and becomes a space in single-line fields.
* Other control characters (NUL and the rest of C0 and C1) are removed: they
  cannot be shown, and Word files cannot hold them.
* A lone surrogate (half an emoji from a broken copy) becomes U+FFFD.
* Everything else -- emoji, right-to-left text, zero-width joiners, very long
  text -- is kept exactly.
"""

from __future__ import annotations

from typing import Any

import re

_LINE_BREAKS = re.compile("\r\n|[\r\n\x0b\x0c\x85\u2028\u2029]")
_CONTROLS = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f]")
_SURROGATES = re.compile("[\ud800-\udfff]")


def replace_lone_surrogates(text: str) -> str:
    """Replace each lone surrogate (half of a broken character) with U+FFFD.

    UTF-8 has no encoding for them, so they can be neither saved nor shown.
    """
    return _SURROGATES.sub("\ufffd", text)


def _common(text: str) -> str:
    return _CONTROLS.sub("", replace_lone_surrogates(text))


def clean_paragraphs(text: str) -> list[str]:
    """Split pasted or typed multi-line text into clean paragraphs."""
    return _LINE_BREAKS.split(_common(text))


def clean_multiline(text: str) -> str:
    """Clean multi-line text, keeping its paragraphs as ``\\n``-separated lines."""
    return "\n".join(clean_paragraphs(text))


def clean_line(text: str) -> str:
    """Clean text for a single-line field: every break or tab becomes a space."""
    return _LINE_BREAKS.sub(" ", _common(text)).replace("\t", " ")


def without_lone_surrogates(node: Any) -> Any:
    """``node`` (plain JSON data) with every lone surrogate, in keys and values, replaced by U+FFFD."""
    if isinstance(node, str):
        return replace_lone_surrogates(node)
    if isinstance(node, list):
        return [without_lone_surrogates(value) for value in node]
    if isinstance(node, dict):
        return {replace_lone_surrogates(key): without_lone_surrogates(value) for key, value in node.items()}
    return node
