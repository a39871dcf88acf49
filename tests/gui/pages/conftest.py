"""Page tests build the page alone, on a document of their own, where they need no window."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from imr_studio.gui.bridge import DocumentBridge
from imr_studio.gui.pages.base import Page
from imr_studio.model import Document, DocumentEditor


@pytest.fixture
def page_alone(qtbot) -> Callable[..., Page]:
    """Build a page of the given class on ``document`` (a new, empty review by default), shown on its own."""

    def build(page_type: type[Page], document: Document | None = None) -> Page:
        bridge = DocumentBridge(DocumentEditor(document), describe=lambda restriction: restriction.name)
        page = page_type(bridge)
        qtbot.addWidget(page)
        page.resize(1000, 700)
        page.show()
        page.activateWindow()  # shortcuts such as Ctrl+B reach only the active window
        qtbot.waitUntil(page.isActiveWindow)
        return page

    return build
