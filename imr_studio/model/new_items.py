"""What a new item starts with, where the review suggests it: the first two subjects are the victim and the suspect.

Every IMR is about a victim and a suspect, so a new subject takes whichever of
those two roles nobody has yet; after that, "other". The author can change it.

Qt-free.
"""

from __future__ import annotations

from typing import Any

from .addressing import Path
from .document import Document

SUBJECTS: Path = ("review", "subjects")
FIRST_ROLES = ("victim", "suspect")
"""The roles a review needs first, in the order new subjects take them."""


def starting_values(document: Document, list_path: Path) -> dict[str, Any]:
    """The values a new item of the list at ``list_path`` starts with (beyond its defaults)."""
    if list_path == SUBJECTS:
        taken = {subject.role for subject in document.review.subjects}
        role = next((role for role in FIRST_ROLES if role not in taken), None)
        if role is not None:
            return {"role": role}
    return {}
