"""The values a report template's placeholders are filled with."""

from __future__ import annotations

import datetime

from ..model.document import Document
from ..checks.review import decision_is_stale
from .labels import label


def long_date(value: datetime.date | None) -> str:
    """``14 March 2024``, or the "not recorded" wording when there is no date."""
    return f"{value.day} {value:%B %Y}" if value else label("not_given")


def _or_not_given(text: str) -> str:
    return text.strip() or label("not_given")


def _dated_by(date: datetime.date | None, by: str) -> str:
    return f"{long_date(date)} ({by})" if date and by.strip() else long_date(date)


def report_title(document: Document) -> str:
    """The report's title: the review name, or its reference when it has none."""
    review = document.review
    return review.review_name.strip() or f"Individual Management Review {review.reference}".strip()


def signed_off(document: Document) -> bool:
    """True when the review lead's sign-off stands; until then every page says the report is a draft."""
    return document.quality.decision.outcome == "signed_off" and not decision_is_stale(document)


def template_context(document: Document, *, publication: bool) -> dict[str, object]:
    """Every placeholder value (see ``template.PLACEHOLDERS``) for ``document``."""
    review = document.review
    author = ", ".join(part for part in (review.author_name.strip(), review.author_role.strip()) if part)
    return {
        "publication": publication,
        "edition": label("edition_publication" if publication else "edition_restricted")
        + ("" if signed_off(document) else f" · {label('draft_not_signed_off')}"),
        "marking": _or_not_given(review.protective_marking),
        "title": report_title(document),
        "review_name": _or_not_given(review.review_name),
        "reference": _or_not_given(review.reference),
        "partnership": _or_not_given(review.partnership),
        "agency": _or_not_given(review.agency),
        "author": _or_not_given(author),
        "author_name": _or_not_given(review.author_name),
        "author_role": _or_not_given(review.author_role),
        "period": label("date_range", start=long_date(review.period_start), end=long_date(review.period_end)),
        "date_of_death": long_date(review.incident_date),
        "version": _or_not_given(review.report_version),
        "requested": long_date(review.key_dates.imr_requested),
        "completed": long_date(review.key_dates.imr_completed),
        "quality_assured": _dated_by(review.key_dates.quality_assured, review.key_dates.quality_assured_by),
        "signed_off": _dated_by(review.key_dates.signed_off, review.key_dates.signed_off_by),
    }
