"""What every wizard page has in common."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractScrollArea, QComboBox, QFrame, QLayout, QScrollArea, QTabWidget, QWidget

from ...model import Path
from ..bridge import DocumentBridge
from ..forms import load_form
from ..reveal import Span, reveal


class Page(QScrollArea):
    """A scrollable page that edits one section of the document.

    Subclasses set ``section`` (the document field they edit), ``title`` and
    ``form`` (the Designer form in ``ui/``), then bind the form's widgets in
    :meth:`bind`.
    """

    section: str = ""
    title: str = ""
    form: str = ""

    def __init__(self, bridge: DocumentBridge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bridge = bridge
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


def focus_chain(widget: QWidget) -> list[QWidget]:
    """Focusable widgets inside ``widget`` in the order its layouts place them."""
    if isinstance(widget, QTabWidget):
        chain = [widget]
        for number in range(widget.count()):
            chain += focus_chain(widget.widget(number))
        return chain
    if isinstance(widget, (QAbstractScrollArea, QComboBox)) or widget.layout() is None:
        takes_tab = bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
        return [widget] if takes_tab else []
    return _layout_chain(widget.layout())


def _layout_chain(layout: QLayout) -> list[QWidget]:
    chain: list[QWidget] = []
    for number in range(layout.count()):
        item = layout.itemAt(number)
        if item.widget() is not None:
            chain += focus_chain(item.widget())
        elif item.layout() is not None:
            chain += _layout_chain(item.layout())
    return chain


def order_tab_focus(body: QWidget) -> None:
    """Make Tab move through a page top to bottom, in the order the page shows its fields."""
    chain = focus_chain(body)
    for first, second in zip(chain, chain[1:]):
        QWidget.setTabOrder(first, second)


def reorder_tabs_around(widget: QWidget) -> None:
    """After ``widget`` replaced some of its children, put the page holding it back in reading order."""
    page = widget.parentWidget()
    while page is not None and not isinstance(page, Page):
        page = page.parentWidget()
    if page is not None:  # while a page is being built, it orders its tabs itself at the end
        order_tab_focus(page.body)
