"""Readability per section (checklist item LAN-2): advice only, never blocking.

Two measures, with thresholds from the rule packs' ``readability`` settings:

* the Flesch reading ease of each section's prose as a whole, for sections
  long enough to judge (``min_words``); below ``min_reading_ease`` the section
  is hard going for readers outside policing;
* sentences longer than ``max_sentence_words`` words, each on its own span.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator, Sequence
from itertools import chain, groupby

from ..model.addressing import PathError, title_at
from ..model.document import Document
from .findings import Finding, Location
from .memo import TextMemo
from .rules import Rules
from .texts import TextSpot

_WORD = re.compile(r"[A-Za-z]+(?:['’][A-Za-z]+)*")
_SENTENCE = re.compile(r"[^.!?]+(?:[.!?]+|$)")
_VOWEL_GROUPS = re.compile(r"[aeiouy]+")

def section_title(section: str) -> str:
    """The plain-English title of a document section ("the text" for a plain text file)."""
    try:
        return title_at(Document, (section,))
    except PathError:
        return "The text"


@functools.lru_cache(maxsize=65536)
def syllables(word: str) -> int:
    """A rough count of the syllables in an English ``word`` (remembered: a report uses a few thousand words)."""
    word = word.lower()
    count = len(_VOWEL_GROUPS.findall(word))
    if word.endswith("e") and not word.endswith(("le", "ee")) and count > 1:
        count -= 1
    return max(count, 1)


def reading_ease(words: int, sentences: int, syllable_count: int) -> float:
    """The Flesch reading ease score: higher is easier; below 30 is very hard."""
    return 206.835 - 1.015 * words / max(sentences, 1) - 84.6 * syllable_count / max(words, 1)


def _text_stats(text: str) -> tuple[int, int, int, tuple[int, ...]]:
    """Words, sentences (with a word) and syllables of ``text``, and the words of each piece :data:`_SENTENCE` cuts.

    No word runs over the end of a sentence, so the words of the whole text
    are those of its sentences, one after the other.
    """
    by_sentence = list(map(_WORD.findall, _SENTENCE.findall(text)))
    counts = tuple(map(len, by_sentence))
    return sum(counts), len(counts) - counts.count(0), sum(map(syllables, chain.from_iterable(by_sentence))), counts


text_stats = TextMemo(_text_stats)


def sentence_spans(text: str) -> Iterator[tuple[int, int, int]]:
    """``(start, end, words)`` of each sentence of ``text`` with a word, leading spaces left out."""
    for match, count in zip(_SENTENCE.finditer(text), text_stats(text)[3]):
        if count:
            sentence = match.group()
            yield match.start() + len(sentence) - len(sentence.lstrip()), match.end(), count


def _section_finding(section: str, spots: list[TextSpot], rules: Rules) -> Finding | None:
    words = sentences = syllable_count = 0
    for spot in spots:
        spot_words, spot_sentences, spot_syllables, _ = text_stats(spot.text)
        words += spot_words
        sentences += spot_sentences
        syllable_count += spot_syllables
    if words < rules.readability["min_words"]:
        return None
    score = reading_ease(words, sentences, syllable_count)
    if score >= rules.readability["min_reading_ease"]:
        return None
    return Finding(
        rule_id="readability.reading-ease",
        category="readability",
        item_id="LAN-2",
        severity="advice",
        location=Location(section, (section,)),
        message=(f"{section_title(section)} is hard to read (reading ease {score:.0f}; "
                 f"{words / max(sentences, 1):.0f} words a sentence on average)."),
        suggestion="Shorter sentences and everyday words make the report easier for the family and panel to follow.",
        text=f"{score:.0f}",
        anchor=section,
    )


def _long_sentences(spot: TextSpot, limit: float) -> Iterator[Finding]:
    if max(text_stats(spot.text)[3], default=0) <= limit:
        return
    for start, end, count in sentence_spans(spot.text):
        if count > limit:
            yield Finding(
                rule_id="readability.long-sentence",
                category="readability",
                item_id="LAN-2",
                severity="advice",
                location=Location(spot.section, spot.path, (start, end)),
                message=f"This sentence has {count} words.",
                suggestion="Split it into two or three shorter sentences.",
                text=spot.text[start:end].strip(),
            )


def readability_findings(spots: Sequence[TextSpot], rules: Rules) -> Iterator[Finding]:
    """Advice on hard sections and very long sentences."""
    limit = rules.readability["max_sentence_words"]
    for section, group in groupby(spots, key=lambda spot: spot.section):
        section_spots = list(group)
        finding = _section_finding(section, section_spots, rules)
        if finding:
            yield finding
        for spot in section_spots:
            yield from _long_sentences(spot, limit)
