"""The values a report template's placeholders are filled with."""

from __future__ import annotations

import datetime

from .. import vocab
from ..model.document import Document, ReviewDetails
from ..model.dates import when_words
from ..checks.review_status import ReviewStatus, quality_assurance, review_status
from .gaps import has_gaps
from .labels import label


def long_date(value: datetime.date | None) -> str:
    """``14 March 2024``, or the "not recorded" wording when there is no date."""
    return f"{value.day} {value:%B %Y}" if value else label("not_given")


def _or_not_given(text: str) -> str:
    return text.strip() or label("not_given")


def _day(at: str) -> str:
    """The day of a recorded time, in words: ``4 December 2026``."""
    return when_words(at).split(" at ")[0]


def report_title(document: Document) -> str:
    """The report's title: the review name, or its reference when it has none."""
    review = document.review
    return review.review_name.strip() or f"Individual Management Review {review.reference}".strip()


def review_kind(review: ReviewDetails) -> str:
    """The kind of review and of death as the author recorded them ("Domestic abuse related death review after a
    death by suicide"); "" when neither is recorded, so that nothing is stated the author did not choose."""
    kind = vocab.label_for("review_types", review.review_type) if review.review_type else ""
    death = label(f"death_{review.death_type}") if review.death_type else ""
    if kind and death:
        return f"{kind} {death}"
    return kind or (f"{label('not_given')} ({death})" if death else "")


def signed_off(document: Document) -> bool:
    """True when the review lead's sign-off stands; until then every page says the report is a draft."""
    return review_status(document).signed_off


def _signed_off_words(status: ReviewStatus) -> str:
    if status.signed_off:
        return f"{_day(status.decision.at)} ({status.decision.name}, {status.decision.role})"
    return label("not_signed_off")


def assurance_fields(document: Document) -> list[tuple[str, str]]:
    """Quality assured, signed off and the review status, labelled, as the history records them."""
    words = _assurance_words(document, review_status(document))
    return [(label(key), words[key]) for key in ("quality_assured", "signed_off", "review_status")]


def _assurance_words(document: Document, status: ReviewStatus) -> dict[str, str]:
    assured = quality_assurance(document)
    return {
        "quality_assured": f"{_day(assured.at)} ({assured.by})" if assured else label("not_quality_assured"),
        "signed_off": _signed_off_words(status),
        "review_status": status.short,
    }


def _draft_mark(document: Document, status: ReviewStatus) -> str:
    """What every page says of a draft: not signed off, or (signed off) with parts not yet written; "" for neither."""
    if not status.signed_off:
        return f" · {label('draft_not_signed_off')}"
    return f" · {label('draft_with_gaps')}" if has_gaps(document) else ""


def template_context(document: Document, *, publication: bool) -> dict[str, object]:
    """Every placeholder value (see ``template.PLACEHOLDERS``) for ``document``."""
    review = document.review
    status = review_status(document)
    author = ", ".join(part for part in (review.author_name.strip(), review.author_role.strip()) if part)
    return {
        "publication": publication,
        "edition": label("edition_publication" if publication else "edition_restricted") + _draft_mark(document, status),
        "marking": _or_not_given(review.protective_marking),
        "title": report_title(document),
        "review_name": _or_not_given(review.review_name),
        "review_type": review_kind(review) or label("not_given"),
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
        **_assurance_words(document, status),
    }
