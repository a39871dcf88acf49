"""Examples for empty fields come from the fictional sample, at the same place in it."""

from __future__ import annotations

from imr_studio.examples import LONGEST, example_for
from imr_studio.paths import sample_project
from imr_studio.storage import load_project


def test_an_example_is_the_samples_value_at_the_same_place() -> None:
    sample = load_project(sample_project())
    assert example_for(("review", "review_name")) == sample.review.review_name
    first_event = sample.contact.events[0]
    assert example_for(("contact", "events", "ev-anything", "time")) == first_event.time
    assert example_for(("review", "key_dates", "imr_requested")) == sample.review.key_dates.imr_requested.strftime("%d/%m/%Y")


def test_long_examples_are_shortened_and_unknown_places_have_none() -> None:
    assert len(example_for(("contact", "narrative"))) <= LONGEST
    assert example_for(("no", "such", "place")) == ""
    assert example_for(("review", "subjects", "sub-1", "no_field")) == ""
