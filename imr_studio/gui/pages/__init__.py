"""One module per wizard page; each page edits one section of the document.

Which pages there are, and in which order, is the section registry's to say
(:mod:`imr_studio.model.sections`): each section names its page as
``module.Class`` in this package.
"""

from __future__ import annotations

import importlib

from ...model.sections import with_pages
from .base import Page


def page_types() -> list[type[Page]]:
    """The page class of every section the author edits, in the wizard's order."""
    types = []
    for part in with_pages():
        module_name, class_name = part.page.rsplit(".", 1)
        page_type = getattr(importlib.import_module(f"{__name__}.{module_name}"), class_name)
        if page_type.section != part.id:
            raise LookupError(f"the page {part.page} edits the section {page_type.section!r}, not {part.id!r}")
        types.append(page_type)
    return types
