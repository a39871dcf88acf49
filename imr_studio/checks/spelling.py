"""Spelling in British English, offline: a Hunspell dictionary read by spylls, plus the words reviews use.

The dictionary is LibreOffice's British English one (``resources/dictionaries``,
with its licence). On top of it come police and review words
(``police_words.txt`` beside it), the force's own list (``words.txt`` in its
rules folder), each person's own additions (kept in their profile) and the
IMR's own names: its subjects, people, places, agency and glossary terms.
Words in capitals (acronyms), words with digits, and single letters are never
flagged. Loading the dictionary takes about a second, so the GUI does it on a
worker thread; checking a word then takes microseconds.

Qt-free.
"""

from __future__ import annotations

import contextlib
import functools
import gc
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from .. import paths
from ..model.document import Document
from .rules import central_rules_dir, force_rules_dir

WORD = re.compile(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*", re.UNICODE)
"""A word: letters, with apostrophes or hyphens inside it."""
PERSONAL_WORDS = "personal_words.txt"
FORCE_WORDS = "words.txt"


@contextlib.contextmanager
def _lasting_objects():
    """Make many objects that last as long as the program without Python's cycle collector going through them.

    Reading the dictionary makes about 450,000 objects. While they are made the
    collector would go through all of them again and again (half the time of
    the reading), holding up every other thread meanwhile, the window's too; and
    each later full collection would go through them once more (about 0.25 s).
    So garbage is collected first (about 15 ms, before the dictionary exists),
    collection waits while the objects are made, and then everything alive is
    set aside as lasting (:func:`gc.freeze`). The price: a cycle of garbage
    that another thread makes during the half-second of reading is never
    collected.
    """
    gc.collect()
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
    gc.freeze()


@functools.lru_cache(maxsize=1)
def _dictionary():
    """The British English Hunspell dictionary, read once (with every file it opens closed again)."""
    with _lasting_objects():
        return _read_dictionary()


def _read_dictionary():
    from spylls.hunspell import Dictionary, readers  # loaded when spelling is first wanted
    from spylls.hunspell.readers.file_reader import FileReader

    class ClosingReader(FileReader):
        """spylls' file reader, remembering each file it opens so that they can be closed."""

        def __init__(self, path: str, encoding: str = "Windows-1252") -> None:
            self.opened: list = []
            super().__init__(path, encoding)

        def _open(self, path: str, encoding: str):
            handle = super()._open(path, encoding)
            self.opened.append(handle)
            return handle

        def close(self) -> None:
            for handle in self.opened:
                handle.close()

    base = str(paths.resource("dictionaries", "en_GB"))
    aff_reader = ClosingReader(base + ".aff")
    try:
        aff, context = readers.read_aff(aff_reader)
    finally:
        aff_reader.close()
    dic_reader = ClosingReader(base + ".dic", encoding=context.encoding)
    try:
        dic = readers.read_dic(dic_reader, aff=aff, context=context)
    finally:
        dic_reader.close()
    return Dictionary(aff, dic)


def _word_list(path: Path) -> set[str]:
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError):
        return set()
    return {line.strip() for line in lines if line.strip() and not line.lstrip().startswith("#")}


def personal_words_file() -> Path:
    """Where this person's own additions to the dictionary are kept."""
    return paths.config_dir() / PERSONAL_WORDS


NAME_SOURCES = (("review", "agency"), ("review", "partnership"), ("review", "author_name"), ("review", "review_name"),
                ("review", "subjects"), ("dissemination", "glossary"))
"""Where :func:`document_words` finds the IMR's own names: an edit anywhere else cannot change them."""


def document_words(document: Document) -> set[str]:
    """The IMR's own names: subjects (names, aliases, pseudonyms), agency, partnership, author and glossary terms."""
    review = document.review
    texts: list[str] = [review.agency, review.partnership, review.author_name, review.review_name]
    for subject in review.subjects:
        texts += [subject.real_name, subject.pseudonym, *subject.aliases]
    texts += [entry.term for entry in document.dissemination.glossary]
    return {word for text in texts for word in WORD.findall(text)}


@dataclass
class Speller:
    """Says which words of a text are misspelt, and what they might be instead."""

    known: set[str] = field(default_factory=set)
    """Words accepted besides the dictionary's (domain, force, personal and the IMR's own)."""

    @classmethod
    def load(cls, extra: Iterable[str] = ()) -> Speller:
        """The dictionary with the police words, the force's list, this person's list and ``extra``."""
        _dictionary()
        known = _word_list(paths.resource("dictionaries", "police_words.txt"))
        known |= _word_list(central_rules_dir() / FORCE_WORDS) | _word_list(force_rules_dir() / FORCE_WORDS)
        known |= _word_list(personal_words_file())
        return cls(known | set(extra))

    def is_known(self, word: str) -> bool:
        """True when ``word`` is spelt right (or is a word this speller was told to accept)."""
        word = word.replace("’", "'")
        if len(word) < 2 or word.isupper() or word in self.known or word.lower() in self.known:
            return True
        for suffix in ("'s", "'"):  # a possessive is right when its word is
            if word.endswith(suffix) and len(word) > len(suffix) + 1:
                return self.is_known(word[: -len(suffix)])
        if "-" in word:
            return all(self.is_known(part) for part in word.split("-") if part)
        return _cached_lookup(word)

    def misspellings(self, text: str, also_known: frozenset[str] = frozenset()) -> list[tuple[int, int, str]]:
        """Each misspelt word of ``text`` (``also_known`` words apart): its start, end and the word."""
        return [
            (m.start(), m.end(), m.group()) for m in WORD.finditer(text)
            if m.group() not in also_known and not self.is_known(m.group())
        ]

    def suggestions(self, word: str, limit: int = 6) -> list[str]:
        """Likely right spellings of ``word``, best first (this takes a moment)."""
        found: list[str] = []
        for suggestion in _dictionary().suggest(word.replace("’", "'")):
            if suggestion not in found:
                found.append(suggestion)
            if len(found) == limit:
                break
        return found

    def add_personal(self, word: str) -> None:
        """Accept ``word`` from now on, and keep it in this person's list for every later session."""
        self.known.add(word)
        target = personal_words_file()
        words = _word_list(target) | {word}
        target.write_text("\n".join(sorted(words, key=str.casefold)) + "\n", encoding="utf-8")


@functools.lru_cache(maxsize=65536)
def _cached_lookup(word: str) -> bool:
    return bool(_dictionary().lookup(word))
