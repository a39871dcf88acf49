"""What every wizard page has in common."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractScrollArea, QComboBox, QFormLayout, QFrame, QGridLayout, QLayout, QScrollArea, QTabWidget, QWidget

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


def _place(layout: QLayout, part: QWidget | QLayout) -> tuple[int, ...] | None:
    """Where ``part`` sits in ``layout`` (row and column where the layout has them); None if it is not in it.

    This asks the layout about widgets and layouts it holds, never for its
    layout items: a Python wrapper kept for an item the layout later deletes
    could be mistaken for a new object at the same address.
    """
    index = layout.indexOf(part)
    if index < 0:
        return None
    if isinstance(layout, QFormLayout):
        row, role = layout.getWidgetPosition(part) if isinstance(part, QWidget) else layout.getLayoutPosition(part)
        return (row, role.value)
    if isinstance(layout, QGridLayout):
        row, column, _rows, _columns = layout.getItemPosition(index)
        return (row, column)
    return (index,)


def _layout_chain(layout: QLayout) -> list[QWidget]:
    owner = layout.parentWidget()
    direct = Qt.FindChildOption.FindDirectChildrenOnly
    parts: list[tuple[tuple[int, ...], QWidget | QLayout]] = []
    for part in (*owner.findChildren(QWidget, options=direct), *layout.findChildren(QLayout, options=direct)):
        place = _place(layout, part)
        if place is not None:
            parts.append((place, part))
    chain: list[QWidget] = []
    for _place_key, part in sorted(parts, key=lambda entry: entry[0]):
        chain += _layout_chain(part) if isinstance(part, QLayout) else focus_chain(part)
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
