"""Pages and their tab order: the keyboard moves through a page top to bottom, in the order its layouts show the fields."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractScrollArea, QComboBox, QFormLayout, QGridLayout, QLayout, QScrollArea, QTabWidget, QWidget

_PAGE_AREA = "imrPageArea"


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
    """After ``widget`` replaced some of its children, put the scroll area holding it back in reading order.

    The area is the nearest one marked with :func:`mark_page_area` (each page is).
    """
    area = page_area_of(widget)
    if area is not None and area.widget() is not None:  # while a page is built, it orders its tabs itself
        order_tab_focus(area.widget())


def mark_page_area(area: QScrollArea) -> None:
    """Mark ``area`` as a page: the scroll area :func:`page_area_of` finds for the widgets inside it."""
    area.setProperty(_PAGE_AREA, True)


def page_area_of(widget: QWidget) -> QScrollArea | None:
    """The page (a scroll area marked by :func:`mark_page_area`) that holds ``widget``; None outside any."""
    area = widget.parentWidget()
    while area is not None and not area.property(_PAGE_AREA):
        area = area.parentWidget()
    return area if isinstance(area, QScrollArea) else None
