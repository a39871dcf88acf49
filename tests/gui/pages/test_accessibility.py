"""Every input can be found by keyboard and has a name a screen reader can say."""

from __future__ import annotations

from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QWidget

from imr_studio.gui.widgets.tab_order import focus_chain


def _spoken_name(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name).strip() if interface is not None else ""


def test_every_input_on_every_page_has_a_spoken_name(window) -> None:
    window.open_sample(ask=False)
    unnamed = []
    for row, page in enumerate(window.pages):
        window.navigator.setCurrentRow(row)
        for widget in focus_chain(page.body):
            if not _spoken_name(widget):
                unnamed.append(f"{page.title}: {type(widget).__name__} {widget.objectName()!r}")
    assert unnamed == []


def test_tab_reaches_every_input_of_the_selected_item_form(qtbot, window) -> None:
    window.open_sample(ask=False)
    for title in ("Analysis of police practice", "Learning", "Recommendations"):
        page = window.pages[[p.title for p in window.pages].index(title)]
        window.navigator.setCurrentRow(window.pages.index(page))
        chain = focus_chain(page.body)
        first = chain[0]
        first.setFocus()
        seen = [first]
        for _ in range(len(chain) - 1):
            seen.append(seen[-1].nextInFocusChain())
            while not seen[-1].isVisible() or seen[-1] not in chain:
                seen[-1] = seen[-1].nextInFocusChain()
        assert seen == chain, title


def test_no_two_things_on_a_page_share_an_alt_key_nor_take_a_menus(window) -> None:
    import re
    from collections import defaultdict

    from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel

    menus = {re.search(r"&(\w)", action.text()).group(1).lower() for action in window.menuBar().actions()}
    assert menus == {"f", "e", "v", "h"}
    window.open_sample(ask=False)
    clashes = []
    for page in window.pages:
        window.show_page(page)
        letters = defaultdict(list)
        for widget in [*page.findChildren(QAbstractButton), *page.findChildren(QLabel), *page.findChildren(QGroupBox)]:
            if widget.isVisibleTo(page):
                text = (widget.title() if isinstance(widget, QGroupBox) else widget.text()).replace("&&", "")
                if found := re.search(r"&(\S)", text):
                    letters[found.group(1).lower()].append(text)
        clashes += [f"{page.title}: {texts}" for key, texts in letters.items() if len(texts) > 1 or key in menus]
    assert clashes == []
