"""Language rules: wording that blames, minimises or judges (checklist item LAN-1).

Each match of a rule pack's phrase becomes a finding on its exact span, with
the rule's reason, its suggested wording and, where the rule gives them,
quick-fix replacements. A match is skipped when it lies inside a phrase listed
as an exception (legal names and job titles such as "Domestic Violence
Protection Notice") or inside quotation marks: quoting a record's own words
is reporting them, not adopting them. The same holds for reported speech: a
match in a sentence that says one of the people in the review said it (the
packs' ``reported_speech``: "he told officers", "her mother said", "according
to the caller") is that person's word, not the author's. Words a record or a
professional used are still flagged: repeating them without comment is the
author's choice, and panels ask for it to be examined.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from .expression import Expression
from .findings import Finding, Location, Span
from .rules import Rules, replacements_for
from .texts import TextSpot

_QUOTED = re.compile(r"“[^”]*”|\"[^\"\n]*\"")
_SENTENCE_END = re.compile(r"[.!?](?=\s)")


def sentence_around(text: str, span: Span) -> str:
    """The sentence of ``text`` that contains ``span``."""
    start = 0
    for match in _SENTENCE_END.finditer(text, 0, span[0]):
        start = match.end()
    end_match = _SENTENCE_END.search(text, span[1])
    end = end_match.end() if end_match else len(text)
    return text[start:end].strip()


def _covered(span: Span, regex: re.Pattern[str] | Expression | None, text: str) -> bool:
    if regex is None:
        return False
    return any(m.start() <= span[0] and span[1] <= m.end() for m in regex.finditer(text))


def _reported(text: str, span: Span, reporting: Expression | None) -> bool:
    """True when ``span``'s sentence says, before or after it, that someone in the review said it."""
    if reporting is None:
        return False
    start = 0
    for match in _SENTENCE_END.finditer(text, 0, span[0]):
        start = match.end()
    end_match = _SENTENCE_END.search(text, span[1])
    end = end_match.end() if end_match else len(text)
    return any(
        m.end() <= span[0] or (m.start() >= span[1] and not text[m.end():end].strip(" .,;!?\"”’"))  # "…, he said."
        for m in reporting.finditer(text, start, end)
    )


def _suggestion(alternatives: tuple[str, ...]) -> str:
    return "Instead, for example: " + " or ".join(f"“{a}”" for a in alternatives) + "." if alternatives else ""


def _kept(matches: tuple[tuple[int, int, int], ...]) -> list[tuple[int, int, int]]:
    """The matches in text order, leaving out any that lies inside an earlier, longer one."""
    kept: list[tuple[int, int, int]] = []
    for index, start, end in sorted(matches, key=lambda m: (m[1], -m[2])):
        if kept and start >= kept[-1][1] and end <= kept[-1][2]:
            continue
        kept.append((index, start, end))
    return kept


def language_findings(spots: Iterable[TextSpot], rules: Rules) -> Iterator[Finding]:
    """Findings of every language rule in ``spots``."""
    matcher = rules.language_matcher
    for spot in spots:
        text = spot.text
        for index, start, end in _kept(matcher.matches(text)):
            rule = rules.language[index]
            span = (start, end)
            if (
                any(s <= start and end <= e for _, s, e in rules.exceptions.matches(text))
                or _covered(span, rule.exceptions, text)
                or _covered(span, _QUOTED, text)
                or _reported(text, span, rules.reported_speech)
            ):
                continue
            flagged = text[start:end]
            yield Finding(
                rule_id=rule.id,
                category="language",
                item_id=rule.item_id,
                severity=rule.severity,  # type: ignore[arg-type]
                location=Location(spot.section, spot.path, span),
                message=f"“{flagged}”: {rule.why}",
                suggestion=_suggestion(rule.alternatives),
                replacements=replacements_for(rule, flagged),
                text=flagged,
                anchor=sentence_around(text, span),
            )
