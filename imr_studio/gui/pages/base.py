"""What every wizard page has in common."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QScrollArea, QWidget

from ...model import Path, sections
from ..bridge import DocumentBridge
from ..widgets.forms import load_form
from ..widgets.reveal import Span, reveal
from ..widgets.tab_order import mark_page_area, order_tab_focus


class Page(QScrollArea):
    """A scrollable page that edits one section of the document.

    Subclasses set ``section`` (the id of the section they edit, in
    ``resources/sections.json``, which gives the page its title) and ``form``
    (the Designer form in ``ui/``), then bind the form's widgets in :meth:`bind`.
    """

    section: str = ""
    form: str = ""

    def __init__(self, bridge: DocumentBridge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bridge = bridge
        self.title = sections.section(self.section).title
        """The section's title, as the navigator shows it."""
        mark_page_area(self)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.body = load_form(self.form)
        self.setWidget(self.body)
        self.setAccessibleName(self.title)
        self.bind()
        order_tab_focus(self.body)

    def bind(self) -> None:
        """Connect the form's widgets to the document."""
        raise NotImplementedError

    def reveal(self, path: Path, span: Span = None) -> bool:
        """Show and focus the editor of ``path`` (selecting ``span`` in a text); False if this page has none."""
        return reveal(self.body, path, span)

    def path(self, *steps: str) -> Path:
        """A path inside this page's section."""
        return (self.section, *steps)
