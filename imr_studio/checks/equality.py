"""Characteristics in the analysis: each relevant one is discussed, not just recorded.

* CHR-2 (warning): a characteristic recorded for the victim or the suspect
  that is relevant (``notable`` in ``resources/characteristics.json`` and
  recorded with a value, or one an analysis entry is tagged with) is not
  discussed anywhere in the analysis or in the narratives on how the
  characteristics influenced decisions, intersect and matter. One entry that
  mentions one characteristic does not make the others considered.
* CHR-3 (advice): an analysis entry tagged with a characteristic whose text
  never mentions it.

"Discussed" means the text uses one of the characteristic's ``terms`` or a
word of the value recorded for it, when that value is a short name ("Polish",
"Sikh") rather than a description.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from .. import vocab
from ..model.document import AnalysisEntry, CharacteristicEntry, Document
from ..model.links import subject_name
from .expression import Expression
from .findings import Finding, finding_at
from .matcher import RuleMatcher
from .memo import TextMemo
from .patterns import pattern_source
from .themes import analysis_texts

_NO_VALUE = re.compile(r"^\W*(?:no|none|nil|not|never|n/?a|unknown)\b", re.IGNORECASE)
"""A recorded value that says there is nothing to record ("No physical disability", "None disclosed")."""
_VALUE_WORD = re.compile(r"[^\W\d_]{5,}")
_COMMON = frozenset(
    "about after again before being between could during every first from their there these those which while would "
    "recorded record records police officer officers known noted said says told review period since until under "
    "other another people person always never often sometimes where years months weeks".split()
)


@functools.lru_cache(maxsize=1)
def _terms() -> tuple[tuple[str, ...], RuleMatcher]:
    """The characteristics' keys, and one matcher for all their terms (rule ``i`` is key ``i``)."""
    specs = [spec for spec in vocab.characteristics() if spec.terms]
    matcher = RuleMatcher([Expression(pattern_source(list(spec.terms))) for spec in specs],
                          [list(spec.terms) for spec in specs])
    return tuple(spec.key for spec in specs), matcher


_SHORT_VALUE = 4
"""A value of at most this many words names the characteristic ("Polish", "Sikh"); a longer one describes it."""


def _value_words(value: str) -> set[str]:
    if len(value.split()) > _SHORT_VALUE:
        return set()
    return {word.casefold() for word in _VALUE_WORD.findall(value)} - _COMMON


def _named(text: str) -> frozenset[str]:
    keys, matcher = _terms()
    return frozenset(keys[index] for index, _, _ in matcher.matches(text))


_keys_named = TextMemo(_named)
"""The characteristics whose terms a text uses (kept per paragraph: after an edit only the changed one is read)."""
_words_of = TextMemo(lambda text: frozenset(map(str.casefold, _VALUE_WORD.findall(text))))
"""A text's words of five letters or more, in case-blind form."""


class _Discussion:
    """What some paragraphs discuss: the characteristics their terms name, and their words.

    The words are only read for a characteristic whose terms are missing, and
    only when its recorded value is a short name: most runs never need them.
    """

    def __init__(self, texts: list[str]) -> None:
        self._texts = [text for text in texts if text]
        self.keys: frozenset[str] = frozenset().union(*map(_keys_named, self._texts))

    @functools.cached_property
    def words(self) -> frozenset[str]:
        """The paragraphs' words of five letters or more."""
        return frozenset().union(*map(_words_of, self._texts))

    def covers(self, key: str, value: str) -> bool:
        """True when these paragraphs talk about characteristic ``key`` (recorded as ``value``)."""
        if key in self.keys:
            return True
        value_words = _value_words(value)
        return bool(value_words) and not value_words.isdisjoint(self.words)


def discusses(key: str, value: str, text: str) -> bool:
    """True when ``text`` talks about characteristic ``key`` (recorded as ``value``)."""
    return _Discussion([text]).covers(key, value)


def _entry_texts(entry: AnalysisEntry) -> list[str]:
    return [p.text for narrative in (entry.analysis, entry.good_practice, entry.missed_opportunities) for p in narrative]


def _relevant(spec: vocab.CharacteristicSpec, entry: CharacteristicEntry, tagged: set[str]) -> bool:
    if entry.status != "recorded" or not entry.value.strip() or _NO_VALUE.match(entry.value):
        return False
    return spec.notable or spec.key in tagged


def equality_findings(doc: Document) -> Iterator[Finding]:
    """Each relevant characteristic the analysis leaves undiscussed, and each tag its entry never discusses."""
    c = doc.characteristics
    discussion = _Discussion([*analysis_texts(doc), *(p.text for narrative in (c.influence_on_decisions,
                                                                               c.intersectionality, c.relevance)
                                                      for p in narrative)])
    tagged = {key for entry in doc.analysis for key in entry.characteristics}
    specs = {spec.key: spec for spec in vocab.characteristics()}
    if doc.analysis or discussion.words:
        for subject in doc.review.subjects:
            if subject.role not in ("victim", "suspect"):
                continue
            profile = next((p for p in c.profiles if p.subject_id == subject.id), None)
            for entry in profile.entries if profile else ():
                spec = specs.get(entry.key)
                if spec is None or not _relevant(spec, entry, tagged) or discussion.covers(entry.key, entry.value):
                    continue
                yield finding_at(
                    ("characteristics", "profiles", subject.id, "entries", entry.key), "equality.not-discussed",
                    "completeness", "CHR-2", "warning",
                    f"{subject_name(subject)}: “{spec.label}” is recorded but the analysis does not say how it "
                    "affected the service.",
                    "Say in the analysis, or under how the characteristics influenced decisions, how it affected "
                    "what police did, or that it made no difference and why.",
                    entry.key,
                )
    for entry in doc.analysis:
        text = _Discussion(_entry_texts(entry))
        silent = [specs[key].label for key in entry.characteristics if key in specs and not text.covers(
            key, " ".join(e.value for p in c.profiles for e in p.entries if e.key == key))]
        if silent:
            yield finding_at(
                ("analysis", entry.id, "characteristics"), "equality.tag-not-discussed", "completeness", "CHR-3",
                "advice", "This entry is marked as considering " + _listed(silent) + " but does not mention "
                + ("it." if len(silent) == 1 else "them."),
                "Say how each bore on the practice analysed here, or remove the mark.", ";".join(silent),
            )


def _listed(labels: list[str]) -> str:
    quoted = [f"“{label}”" for label in labels]
    return quoted[0] if len(quoted) == 1 else ", ".join(quoted[:-1]) + " and " + quoted[-1]
