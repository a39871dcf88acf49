"""The wizard's path and the window's layout: Back and Next, guidance, a window that fits the screen,
dividers and the last section remembered."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSplitter

from imr_studio.gui.window.main_window import MainWindow
from imr_studio.model.document import Document, ReviewDetails
from imr_studio.model.sections import with_pages
from imr_studio.settings import Settings
from imr_studio.storage import save_project
from tests.gui.gui_driving import go_to


def test_back_and_next_walk_the_sections_in_order_and_stop_at_the_ends(qtbot, window) -> None:
    titles = [part.title for part in with_pages()]
    assert not window.wizard.back.isVisible()
    assert window.wizard.next.text() == f"{titles[1]} →"
    assert window.wizard.place.text() == f"Section 1 of {len(titles)}"
    assert window.guide.text().startswith(f"<b>Section 1 of {len(titles)}: {titles[0]}</b>")
    for number in range(1, len(titles)):
        qtbot.mouseClick(window.wizard.next, Qt.MouseButton.LeftButton)
        assert window.current_page().title == titles[number]
    assert not window.wizard.next.isVisible() and window.wizard.back.text() == f"← {titles[-2]}"
    assert window.guide.accessibleDescription() == with_pages()[-1].guidance
    qtbot.mouseClick(window.wizard.back, Qt.MouseButton.LeftButton)
    assert window.current_page().title == titles[-2]


def test_the_first_window_is_never_larger_than_the_screen(qtbot) -> None:
    window = MainWindow(Settings())
    qtbot.addWidget(window)
    window.show()
    area = window.screen().availableGeometry()
    qtbot.waitUntil(lambda: window.frameGeometry().width() <= area.width())
    assert window.frameGeometry().width() <= area.width() and window.frameGeometry().height() <= area.height()
    assert window.small_screen == (area.width() < 1280 or area.height() < 800)


def _splitter(win: MainWindow, name: str) -> QSplitter:
    return next(s for s in win.findChildren(QSplitter) if s.objectName() == name)


def test_dividers_and_the_last_section_are_remembered_for_the_next_session(qtbot, tmp_path: Path) -> None:
    project = tmp_path / "layout.imr"
    save_project(Document(review=ReviewDetails(reference="LAYOUT-1")), project)
    settings = Settings()
    first = MainWindow(settings)
    qtbot.addWidget(first)
    first.show()
    qtbot.waitExposed(first)
    assert first.open_path(project, ask=False)
    go_to(first, "Overview of police contact")
    sections = _splitter(first, "sectionsSplitter")
    sections.setSizes([260, 600])
    qtbot.wait(20)
    remembered_sections = sections.sizes()
    chronology = _splitter(first, "chronologySplitter")
    chronology.setSizes([420, 180])
    qtbot.wait(20)
    remembered = chronology.sizes()
    first.close()
    assert settings.last_sections[str(project.resolve())] == "contact"

    second = MainWindow(Settings.load())
    qtbot.addWidget(second)
    second.show()
    qtbot.waitExposed(second)
    assert second.open_path(project, ask=False)
    assert second.current_page().section == "contact"
    qtbot.waitUntil(lambda: _splitter(second, "chronologySplitter").sizes() == remembered)
    assert _splitter(second, "sectionsSplitter").sizes() == remembered_sections
    second.close()


def test_the_event_form_heading_follows_a_date_typed_into_it(qtbot, window) -> None:
    page = go_to(window, "Overview of police contact")
    editor = page.chronology
    editor.add_item()
    assert editor.detail_group.title().endswith("no date yet")
    from PySide6.QtWidgets import QLineEdit

    date = next(w for w in editor.detail.findChildren(QLineEdit) if "dd/mm/yyyy" in w.placeholderText())
    date.setFocus()
    qtbot.keyClicks(date, "14/03/2024")
    qtbot.keyClick(date, Qt.Key.Key_Return)
    assert editor.detail_group.title() == "Event 1: 14/03/2024"
