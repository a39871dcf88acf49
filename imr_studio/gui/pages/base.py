"""What every wizard page has in common."""

from __future__ import annotations

from PySide6.QtGui import QShowEvent
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

    A page is cheap to create: its form is loaded and bound by :meth:`build`,
    which the window calls the first time the page is shown, so that opening
    an IMR builds only the page on show. Anything that reaches into a page's
    widgets before then (an attribute :meth:`bind` sets, such as ``body``)
    builds it first, so no caller sees a page half made.
    """

    section: str = ""
    form: str = ""

    def __init__(self, bridge: DocumentBridge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bridge = bridge
        self.title = sections.section(self.section).title
        """The section's title, as the navigator shows it."""
        self.built = False
        """True once the form has been loaded and bound (:meth:`build`)."""
        self._building = False
        mark_page_area(self)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setAccessibleName(self.title)

    def build(self) -> None:
        """Load the form and bind it to the document, once; later calls do nothing."""
        if self.built or self._building:
            return
        self._building = True  # and so it stays if binding fails: tried once, never half-bound twice
        self.body = load_form(self.form)
        self.bind()
        order_tab_focus(self.body)  # before it joins the window, whose own tab order it then joins whole
        self.setWidget(self.body)
        self.built = True
        self._building = False

    def __getattr__(self, name: str):
        """An attribute the form's binding sets (``body``, a page's editors): build the page, then give it."""
        if name.startswith("_") or self.__dict__.get("_building", True):
            raise AttributeError(name)
        try:
            self.build()
        except AttributeError as exc:  # a mistake in binding, not a missing attribute: never hidden by hasattr()
            raise RuntimeError(f"the page {self.title!r} could not be built") from exc
        return object.__getattribute__(self, name)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt name)
        """Shown for the first time: build the page first."""
        self.build()
        super().showEvent(event)

    def bind(self) -> None:
        """Connect the form's widgets to the document."""
        raise NotImplementedError

    def reveal(self, path: Path, span: Span = None) -> bool:
        """Show and focus the editor of ``path`` (selecting ``span`` in a text); False if this page has none."""
        self.build()
        return reveal(self.body, path, span)

    def path(self, *steps: str) -> Path:
        """A path inside this page's section."""
        return (self.section, *steps)
