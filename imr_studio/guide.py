"""The guides shipped with IMR Studio, for authors and for review leads, as HTML.

The general parts are data (``resources/help/*.html``); the author's guide
ends with a part for each section, built from the section registry (what the
section is for) and the checklist (the questions whose answer rests on it), so
the guide and the pages never say different things. Each part's anchor is the
section's id, which is where F1 opens the guide.

Qt-free.
"""

from __future__ import annotations

import html

from . import paths
from .checks.checklist import questions_about
from .model.sections import with_pages

GUIDES = {"authors": "Guide for authors", "review_leads": "Guide for review leads"}
"""Each guide's name and its title."""


def guide_html(name: str) -> str:
    """The whole guide ``name`` ("authors" or "review_leads") as HTML."""
    text = paths.resource("help", f"{name}.html").read_text(encoding="utf-8")
    if name == "authors":
        text += _section_by_section()
    return text


def _section_by_section() -> str:
    parts = ["<h2 id='sections'>Section by section</h2>"]
    for number, part in enumerate(with_pages(), 1):
        questions = "".join(
            f"<li>{html.escape(q.id)}: {html.escape(q.question)}</li>" for q in questions_about(part.id)
        )
        parts.append(
            f"<h3 id='{part.id}'><a name='{part.id}'></a>{number}. {html.escape(part.title)}</h3>"
            f"<p>{html.escape(part.guidance)}</p>"
            + (f"<p>The review lead's questions that rest on this section:</p><ul>{questions}</ul>" if questions else "")
        )
    return "\n".join(parts)
