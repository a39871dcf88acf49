"""Checks that follow the kind of review: suicide risk, coercive control and children.

* ANA-4: the review type and the kind of death are recorded (advice: the
  checks below need them); in a review after a suicide, the terms of reference
  ask about the risk of suicide and about coercive and controlling behaviour.
* ANA-1: in a review after a suicide, the analysis addresses both; wherever
  the IMR names coercive control it also says somewhere what the behaviour was; where
  children lived in the household or were present at incidents, the analysis
  considers them and the referrals and notifications made for them (and the
  notification to their school, where the force's policy asks for one).

The phrases are the ``themes`` of the rule packs (``resources/rules/themes.json``),
so a force adds its own words without a code change.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from ..model.document import Document, Event
from .findings import Finding, Location, finding_at
from .expression import Expression
from .memo import TextMemo
from .rules import Rules, Themes
from .texts import TextSpot

_DESCRIBED_IN = ("characteristics", "context", "contact", "analysis", "learning", "conclusions")
"""Sections whose prose can say what a controlling behaviour was (not the terms of reference or the glossary)."""

SUICIDE_PROMPTS = (
    "How did police identify and respond to any risk of suicide or self-harm, and was that risk linked to the abuse?",
    "Did police recognise coercive and controlling behaviour in the relationship, and how did they respond to it?",
)
"""Terms of reference a review after a suicide is expected to have (offered on Review details)."""
CHILDREN_PROMPT = ("How did police consider the experience of the children in the household, and were the referrals "
                   "and notifications made for them timely and complete?")


def _finding(path: tuple, rule: str, item: str, severity: str, message: str, suggestion: str) -> Finding:
    return finding_at(path, rule, "completeness", item, severity, message, suggestion)  # type: ignore[arg-type]


@functools.lru_cache(maxsize=64)
def _memo(pattern: Expression) -> TextMemo[bool]:
    """Whether ``pattern`` occurs in a text, remembered per text: after an edit only the changed text is read."""
    return TextMemo(lambda text: pattern.search(text) is not None)


def _in(pattern: Expression, text: str) -> bool:
    return _memo(pattern)(text)


def _found(theme: str, themes: Themes, texts: list[str]) -> bool:
    pattern = themes.patterns.get(theme)
    return pattern is not None and any(_in(pattern, text) for text in texts)


def analysis_texts(doc: Document) -> list[str]:
    """Every paragraph of the analysis entries, with their titles."""
    texts: list[str] = []
    for entry in doc.analysis:
        texts.append(entry.title)
        for narrative in (entry.analysis, entry.good_practice, entry.missed_opportunities):
            texts.extend(paragraph.text for paragraph in narrative)
    return texts


def suggested_terms(doc: Document, themes: Themes) -> list[str]:
    """Terms of reference the kind of review calls for that no term yet covers (for the author to add)."""
    terms = [term.text for term in doc.review.terms_of_reference]
    wanted: list[tuple[str, str]] = []
    if doc.review.death_type == "suicide":
        wanted += [("suicide_risk", SUICIDE_PROMPTS[0]), ("coercive_control", SUICIDE_PROMPTS[1])]
    if children_place(doc, themes) is not None:
        wanted.append(("children", CHILDREN_PROMPT))
    return [prompt for theme, prompt in wanted if not _found(theme, themes, terms)]


def theme_findings(doc: Document, rules: Rules, spots: list[TextSpot]) -> Iterator[Finding]:
    """Every finding on the review type, suicide risk, coercive control and children."""
    themes = rules.theme_set
    yield from _review_kind(doc, themes)
    yield from _coercive_control_explained(themes, spots)
    yield from _children(doc, themes)


def _review_kind(doc: Document, themes: Themes) -> Iterator[Finding]:
    review = doc.review
    if not review.review_type or not review.death_type:
        missing = " and ".join(what for what, value in (("the review type", review.review_type),
                                                       ("the kind of death", review.death_type)) if not value)
        yield _finding(("review", "review_type" if not review.review_type else "death_type"), "themes.review-kind",
                       "ANA-4", "advice", f"{missing[0].upper()}{missing[1:]} {'are' if ' and ' in missing else 'is'} "
                       "not recorded.",
                       "Choose them under Review details: the suggested terms of reference and some checks depend on them.")
    if review.death_type != "suicide":
        return
    terms = [term.text for term in review.terms_of_reference]
    analysis = analysis_texts(doc)
    for theme, what in (("suicide_risk", "the risk of suicide"), ("coercive_control", "coercive and controlling behaviour")):
        if not _found(theme, themes, terms):
            yield _finding(("review", "terms_of_reference"), f"themes.suicide-terms-{theme}", "ANA-4", "warning",
                           f"This review follows a death by suicide, but no term of reference asks about {what}.",
                           "Add a term of reference on it (Review details offers a wording), agreed with the chair.")
        if doc.analysis and not _found(theme, themes, analysis):
            yield _finding(("analysis",), f"themes.suicide-analysis-{theme}", "ANA-1", "warning",
                           f"This review follows a death by suicide, but no analysis entry addresses {what}.",
                           "Analyse what police knew of it, what they did, and what they could have done.")


def _coercive_control_explained(themes: Themes, spots: list[TextSpot]) -> Iterator[Finding]:
    named, behaviours = themes.patterns.get("coercive_control"), themes.patterns.get("controlling_behaviours")
    if named is None or behaviours is None:
        return
    prose = [spot for spot in spots if spot.section in _DESCRIBED_IN]
    if any(_in(behaviours, spot.text) for spot in prose):
        return
    for spot in prose:
        match = named.search(spot.text) if _in(named, spot.text) else None
        if match is not None:
            yield Finding(
                rule_id="themes.coercive-control-unexplained", category="completeness", item_id="ANA-1",
                severity="warning", location=Location(spot.section, spot.path, match.span()),
                message="Coercive and controlling behaviour is named but the IMR never says what the behaviour was.",
                suggestion="Describe what was done (such as checking the victim's phone, taking their money or "
                "stopping them seeing family) and how police could have recognised it.",
                text=match.group(), anchor=spot.text,
            )
            return


def _event_texts(event: Event) -> list[str]:
    return [event.summary, event.action_taken]


def children_place(doc: Document, themes: Themes) -> tuple | None:
    """Where the IMR shows children in the household or present at an incident: a path, or None."""
    if any(subject.role == "child" for subject in doc.review.subjects):
        return ("review", "subjects")
    present = themes.patterns.get("children_present")
    if present is None:
        return None
    for event in doc.contact.events:
        if any(_in(present, text) for text in _event_texts(event)):
            return ("contact", "events", event.id, "summary")
    for index, paragraph in enumerate(doc.contact.narrative):
        if _in(present, paragraph.text):
            return ("contact", "narrative", index)
    return None


def _child_names(doc: Document) -> re.Pattern[str] | None:
    names = {part for subject in doc.review.subjects if subject.role == "child"
             for name in (subject.real_name, subject.pseudonym, *subject.aliases)
             for part in name.split()[:1] if len(part) > 1}
    return re.compile(r"\b(?:" + "|".join(map(re.escape, sorted(names))) + r")\b") if names else None


def _children(doc: Document, themes: Themes) -> Iterator[Finding]:
    place = children_place(doc, themes)
    children = themes.patterns.get("children")
    if place is None or children is None or not doc.analysis:
        return
    names = _child_names(doc)

    def about_children(text: str) -> bool:
        return _in(children, text) or bool(names and names.search(text))

    analysis = analysis_texts(doc)
    sentences = [s for text in analysis for s in re.split(r"(?<=[.!?])\s+", text) if about_children(s)]
    if not sentences:
        yield _finding(place, "themes.children-not-analysed", "ANA-1", "warning",
                       "Children lived in the household or were present at incidents, but no analysis entry "
                       "considers them.",
                       "Analyse what the children saw, heard or lived through, and how police responded to them.")
        return
    if not _found("child_referral", themes, sentences):
        yield _finding(place, "themes.children-referrals", "ANA-1", "warning",
                       "The analysis considers the children but not the referrals or notifications made for them.",
                       "Say which referrals and notifications were made for each child (or that none was), "
                       "when, and whether that met the procedure.")
    if themes.require_school_notification:
        actions = [event.action_taken for event in doc.contact.events]
        if not _found("school_notification", themes, analysis + actions):
            yield _finding(place, "themes.children-school", "ANA-1", "warning",
                           "The force's policy asks for a child's school to be told, but the IMR does not say whether "
                           "that happened.",
                           "Say whether each child's school was notified, when, and if not, why not.")
