"""The guides: one part per section, built from the registry and the checklist, in the app's own words."""

from __future__ import annotations

import html
import re

from imr_studio.commands.lint import lint_text
from imr_studio.guide import GUIDES, guide_html
from imr_studio.model.sections import with_pages


def test_the_authors_guide_has_a_part_for_each_section_anchored_by_its_id() -> None:
    text = guide_html("authors")
    for part in with_pages():
        assert f"id='{part.id}'" in text and html.escape(part.guidance) in text
    assert "MET-1" in text  # the questions that rest on a section are named with it


def test_the_guides_pass_the_apps_own_language_rules() -> None:
    for name in GUIDES:
        words = html.unescape(re.sub(r"<[^>]+>", " ", guide_html(name)))
        paragraphs = [" ".join(p.split()) for p in words.split("\n") if p.strip()]
        problems = [(p, f["rule"]) for p in paragraphs for f in lint_text(p) if f["category"] == "language"]
        assert problems == [], problems
