"""The faster rule matching finds exactly what the plainer matching found (see :mod:`.oracles`).

Texts are drawn from the words of the built-in rule packs, with the spaces,
hyphens, dashes, apostrophes and quotation marks the patterns care about, and
the few characters that case-blind matching treats as ASCII letters.
"""

from __future__ import annotations

import functools
import json
import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from imr_studio import paths
from imr_studio.checks import prefilter as prefilter_module
from imr_studio.checks.expression import Expression
from imr_studio.checks.matcher import RuleMatcher
from imr_studio.checks.patterns import CASE_UNSURE, FLAGS, needed_words, pattern_source
from imr_studio.checks.prefilter import Prefilter, text_words

from . import oracles

_PACKS = [json.loads(path.read_text(encoding="utf-8")) for path in sorted(paths.resource("rules").glob("*.json"))]
SLOTS = {name: phrases for pack in _PACKS for name, phrases in pack.get("slots", {}).items()}
LANGUAGE = [rule["patterns"] for pack in _PACKS for rule in pack.get("language", [])]
GROUPS = [
    *LANGUAGE,
    *(rule["exceptions"] for pack in _PACKS for rule in pack.get("language", []) if rule.get("exceptions")),
    *(pack[key] for pack in _PACKS for key in ("exceptions", "vague_verbs", "commitments", "vague_outcomes",
                                               "reported_speech", "instructions") if pack.get(key)),
    *(phrases for pack in _PACKS for phrases in pack.get("themes", {}).values()),
]
_VOCABULARY = sorted({word for pack in _PACKS for word in re.findall(r"[\w'’]+", json.dumps(pack, ensure_ascii=False))
                      if not word.startswith("u2")})
_MARKS = [" ", " ", " ", "  ", "\n", "-", "–", "‐", "—", "'", "’", ".", ",", "(", ")", "\"", "“", "”", "1", "_",
          *sorted(CASE_UNSURE), "É", "s", "e",
          # what pasted text brings: a ligature, a combining accent, letters whose case changes their length, a
          # no-break space (characters nobody sees, which the matcher reads past, have a test of their own)
          "ﬁ", "\u0301", "ß", "ẞ", "Σ", "ς", "\u00a0"]


def _case(word: str, how: int) -> str:
    return (word, word.upper(), word.capitalize())[how]


words = st.builds(_case, st.sampled_from(_VOCABULARY), st.integers(0, 2))
texts = st.lists(st.one_of(words, st.sampled_from(_MARKS), st.sampled_from(_MARKS)), max_size=40).map("".join)
fast = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])

_SEPARATORS = st.sampled_from([" ", " ", " ", "-", "–", "  ", "\n", "‐"])


@st.composite
def _instance(draw, pattern: str, depth: int = 0) -> str:
    """Wording a pattern could find (or nearly: an optional or negated word may be kept or not, a stem is given
    any ending, a slot any of its phrases), with any spacing and case."""
    out = []
    for token in pattern.split():
        if token.startswith(("!", "[")) and not draw(st.booleans()):
            continue
        choice = draw(st.sampled_from(token.strip("![]").split("|")))
        if choice.startswith("{") and choice != "{Name}" and depth < 3:
            out.append(draw(_instance(draw(st.sampled_from(SLOTS[choice[1:-1]])), depth + 1)))
        elif choice in ("_", "{Name}"):
            out.append(draw(st.sampled_from(["Jane", "The", "it", "police", "x1"])))
        else:
            out.append(choice.rstrip("*") + (draw(st.sampled_from(["", "s", "ed", "ing", "'s", "1"]))
                                             if choice.endswith("*") else ""))
    text = "".join(word + draw(_SEPARATORS) for word in out).strip()
    return _case(text, draw(st.integers(0, 2)))


def _near_matches(patterns: list[str]) -> st.SearchStrategy[str]:
    """Texts that hold wording one of ``patterns`` could find, among other words and marks."""
    around = st.lists(st.one_of(words, st.sampled_from(_MARKS)), max_size=4).map("".join)
    return st.lists(st.tuples(around, st.sampled_from(patterns).flatmap(_instance), around), min_size=1,
                    max_size=3).map(lambda parts: " ".join("".join(part) for part in parts))



@functools.lru_cache(maxsize=None)
def _flat(patterns: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(oracles.flat_source(list(patterns), SLOTS), re.IGNORECASE)


@functools.lru_cache(maxsize=None)
def _bounded(patterns: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(pattern_source(list(patterns), SLOTS), FLAGS)


def _spans(regex: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [match.span() for match in regex.finditer(text)]


@fast
@given(st.data())
def test_bounds_written_once_find_what_bounds_on_each_pattern_found(data) -> None:
    group = data.draw(st.sampled_from(GROUPS))
    chosen = tuple(data.draw(st.lists(st.sampled_from(group), min_size=1, max_size=6)))
    text = data.draw(st.one_of(texts, _near_matches(list(chosen))))
    assert _spans(_bounded(chosen), text) == _spans(_flat(chosen), text)


@pytest.mark.parametrize("patterns", GROUPS[:5] + [["hard to reach", "{pronoun} was hit !by", "{Name} claimed"]])
def test_a_group_and_its_patterns_one_by_one(patterns: list[str]) -> None:
    text = "She was hit. A hard-to-reach family; Natalie claimed it, HARD–TO–REACH, she was hit by a car"
    assert _spans(_bounded(tuple(patterns)), text) == _spans(_flat(tuple(patterns)), text)


_MATCHER = RuleMatcher([Expression(pattern_source(p, SLOTS)) for p in LANGUAGE], LANGUAGE)


@fast
@given(st.data())
def test_the_language_matcher_finds_what_every_gated_rule_finds(data) -> None:
    text = data.draw(st.one_of(texts, st.sampled_from(LANGUAGE).flatmap(_near_matches)))
    expected = tuple((index, *span) for index in oracles.gated(LANGUAGE, text)
                     for span in _spans(_flat(tuple(LANGUAGE[index])), text))
    assert _MATCHER.matches(text) == expected


@fast
@given(st.sampled_from([p for group in GROUPS for p in group]), st.data())
def test_a_text_with_a_match_has_every_needed_word(pattern: str, data) -> None:
    text = data.draw(st.one_of(texts, _near_matches([pattern])))
    for _ in _spans(_flat((pattern,)), text):
        lower, words, sure = text_words(text)
        if sure:
            for whole, pieces in needed_words(pattern):
                assert whole & words or any(piece in lower for piece in pieces), (pattern, text)


def test_needed_words_tell_whole_words_from_pieces() -> None:
    assert needed_words("refus* to engage") == ((frozenset({"engage"}), frozenset()),
                                                (frozenset(), frozenset({"refus"})),
                                                (frozenset({"to"}), frozenset()))
    assert needed_words("non-compliant") == ((frozenset(), frozenset({"non"})),)
    assert needed_words("{pronoun} was|were vulnerable !to") == ((frozenset({"vulnerable"}), frozenset()),
                                                                 (frozenset({"was", "were"}), frozenset()))
    assert needed_words("NFA'd [_]") == ((frozenset({"nfa"}), frozenset()),)
    assert needed_words("naïve|naive person") == ((frozenset({"person"}), frozenset()),)


def test_only_the_case_unsure_characters_match_an_ascii_letter_and_lower_case_keeps_words_whole() -> None:
    ascii_word = re.compile(r"[a-z0-9_]", re.IGNORECASE)
    word = re.compile(r"\w")
    others = [chr(c) for c in range(128, 0x110000)]
    assert {c for c in others if ascii_word.match(c)} == CASE_UNSURE
    assert [c for c in others if c not in CASE_UNSURE
            and (len(c.lower()) != 1 or bool(word.match(c)) != bool(word.match(c.lower())))] == []


_PREFILTER = Prefilter(LANGUAGE)


@fast
@given(st.data())
def test_the_prefilter_chooses_the_rules_the_plain_tests_choose(data) -> None:
    text = data.draw(st.one_of(texts, st.sampled_from(LANGUAGE).flatmap(_near_matches)))
    assert _PREFILTER.candidates(text) == oracles.candidates(LANGUAGE, text)


def test_the_prefilter_forgets_its_words_at_the_limit_and_still_chooses_the_same(monkeypatch) -> None:
    monkeypatch.setattr(prefilter_module, "CACHE_LIMIT", 3)
    prefilter = Prefilter(LANGUAGE)
    lines = ["She refused to engage with officers.", "She refused to engage again.",
             "A chaotic lifestyle; non-compliant, noncompliant", "A chaotic lifestyle again",
             "He was hard-to-reach and she was hit", "Nothing here", "She refused to engage with officers."]
    for text in lines * 2:
        assert prefilter.candidates(text) == oracles.candidates(LANGUAGE, text)
        assert len(prefilter._seen) <= 3 + len(text_words(text)[1])


@pytest.mark.parametrize("limit", [100_000, 50])
def test_threads_sharing_one_prefilter_each_get_the_rules_the_plain_tests_choose(monkeypatch, limit: int) -> None:
    import random
    import sys
    import threading

    monkeypatch.setattr(prefilter_module, "CACHE_LIMIT", limit)
    words = sorted({word for patterns in LANGUAGE for pattern in patterns for word in re.findall(r"[a-z]+", pattern)})
    chooser = random.Random(7)
    lines = [" ".join(chooser.choice(words) for _ in range(40)) + f" only{number}" for number in range(150)]
    expected = [oracles.candidates(LANGUAGE, line) for line in lines]
    shared = Prefilter(LANGUAGE)
    results: list[list[list[int]]] = [[], []]

    def check(out: list[list[int]]) -> None:
        out.extend(shared.candidates(line) for line in lines)

    interval = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)  # hand Python over between the threads as often as it can
    try:
        threads = [threading.Thread(target=check, args=(out,)) for out in results]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    finally:
        sys.setswitchinterval(interval)
    assert results == [expected, expected]


def test_a_case_unsure_text_is_gated_only() -> None:
    prefilter = Prefilter([["refus* to engage"], ["lifestyle*"]])
    assert prefilter.candidates("She refused to ENGAGE") == [0]
    assert prefilter.candidates("She refused, not to engage") == [0]
    assert prefilter.candidates("engage, and refused") == []  # "to" is missing
    assert prefilter.candidates("engage, and refuſed") == [0]  # the long s: the gate alone decides
    assert prefilter.candidates("a chaotic lifestyle") == [1]


def test_an_expression_compiles_once_and_behaves_as_the_compiled_one() -> None:
    expression = Expression(r"\bab")
    assert expression.compiled is expression.compiled
    assert expression.search("x ab").span() == (2, 4) and expression.match("x ab") is None
    assert [m.span() for m in expression.finditer("ab ab ab", 1, 6)] == [(3, 5)]


_UNSEEN = st.sampled_from(["\u00ad", "\u200b", "\u200c", "\u200d", "\u200e", "\u2060", "\ufeff", "\u202c"])


@fast
@given(st.data())
def test_characters_nobody_sees_inside_words_hide_nothing_from_the_rules(data) -> None:
    clean = data.draw(st.sampled_from(LANGUAGE).flatmap(_near_matches))
    places = sorted(data.draw(st.lists(st.integers(0, len(clean)), max_size=6)), reverse=True)
    pasted = clean
    for place in places:  # from the end, so the earlier places stay where they were
        pasted = pasted[:place] + data.draw(_UNSEEN) + pasted[place:]
    found = _MATCHER.matches(pasted)
    assert [index for index, *_ in found] == [index for index, *_ in _MATCHER.matches(clean)]
    unseen = re.compile("[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]")
    assert [unseen.sub("", pasted[start:end]) for _, start, end in found] == \
        [clean[start:end] for _, start, end in _MATCHER.matches(clean)]
    assert all(not unseen.match(pasted[start]) and not unseen.match(pasted[end - 1]) for _, start, end in found if end > start)
