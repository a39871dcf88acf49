"""Organisational context and conclusions: the analysis says what shaped decisions, and every question is concluded.

* ANA-1: an analysis entry that puts what happened down to demand, staffing,
  supervision, training or systems (phrases in ``resources/context_causes.json``)
  is explained by a context entry linked to it; a context entry explains some
  analysis.
* ANA-4: every term of reference has a conclusion.
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Iterator

from .. import paths
from ..model.document import Document
from ..model.links import item_label
from .findings import Finding, Location, finding_at
from .memo import TextMemo


@functools.lru_cache(maxsize=1)
def _causes() -> re.Pattern[str]:
    raw = json.loads(paths.resource("context_causes.json").read_text(encoding="utf-8"))
    return re.compile(r"\b(?:" + "|".join(f"(?:{phrase})" for phrase in raw["phrases"]) + r")\b", re.IGNORECASE)


def _first_cause(text: str) -> tuple[tuple[int, int], str] | None:
    match = _causes().search(text)
    return None if match is None else (match.span(), match.group())


_cause_in = TextMemo(_first_cause)
"""The span and words of the first cause ``text`` names, if any (remembered: after an edit only changed text is read)."""


def _finding(path: tuple, rule: str, item: str, severity: str, message: str, suggestion: str = "", text: str = "") -> Finding:
    return finding_at(path, rule, "links", item, severity, message, suggestion, text)  # type: ignore[arg-type]


def context_findings(doc: Document) -> Iterator[Finding]:
    """Every organisational context and conclusions finding."""
    explained = {analysis_id for entry in doc.context for analysis_id in entry.analysis_ids}
    for entry in doc.context:
        if not entry.analysis_ids:
            yield _finding(("context", entry.id, "analysis_ids"), "context.explains-nothing", "ANA-1", "warning",
                           f"The context entry “{item_label(entry)}” is not linked to any analysis entry.",
                           "Link it to the analysis it helps explain, or remove it if it explains none.")
    for entry in doc.analysis:
        if entry.id not in explained:
            yield from _unexplained_causes(entry)
    answered = {tor_id for conclusion in doc.conclusions for tor_id in conclusion.tor_ids}
    for number, term in enumerate(doc.review.terms_of_reference, 1):
        if term.id not in answered:
            yield _finding(("conclusions",), "conclusions.term-unanswered", "ANA-4", "warning",
                           f"Term of reference {number} has no conclusion.",
                           "Add a conclusion that answers it, linked to the analysis and learning it rests on.",
                           text=term.id)


def _unexplained_causes(entry) -> Iterator[Finding]:
    """The first place ``entry`` blames the organisation without a context entry saying what that was."""
    for field in ("analysis", "missed_opportunities"):
        for index, paragraph in enumerate(getattr(entry, field)):
            cause = _cause_in(paragraph.text)
            if cause is not None:
                span, words = cause
                path = ("analysis", entry.id, field, index)
                yield Finding(
                    rule_id="context.cause-unexplained", category="links", item_id="ANA-1", severity="advice",
                    location=Location("analysis", path, span),
                    message=f"This analysis puts what happened down to “{words}”, but no organisational context explains it.",
                    suggestion="Describe that demand, staffing or system at the time under Organisational context, "
                    "and link it to this entry.",
                    text=words, anchor=paragraph.text,
                )
                return
