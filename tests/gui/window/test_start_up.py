"""What the window does first: only the page on show is built, and background work waits until it is drawn."""

from __future__ import annotations

import pytest

from PySide6.QtWidgets import QApplication, QLineEdit

from imr_studio.gui.window.main_window import MainWindow
from imr_studio.settings import Settings


def test_opening_an_imr_builds_only_the_page_on_show(qtbot, window) -> None:
    window.open_sample(ask=False)
    assert [page for page in window.pages if page.built] == [window.current_page()]
    window.step_section(1)
    assert window.current_page().built and window.current_page().body.findChildren(QLineEdit) is not None
    assert sum(page.built for page in window.pages) == 2


def test_a_page_reached_into_before_it_is_shown_is_built_whole(qtbot, window) -> None:
    window.open_sample(ask=False)
    quality = window.pages[-1]
    assert not quality.built
    assert quality.table.model().rowCount() == 24  # reaching for its table builds it, bound to the document
    assert quality.built and not quality.isVisible()
    assert window.reveal(("methodology", "narrative")) and window.current_page().section == "methodology"


def test_review_mode_set_before_the_quality_page_is_built_holds_once_it_is(qtbot, window) -> None:
    window.open_sample(ask=False)
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from imr_studio.signoff.keys import Signer

    quality = window.pages[-1]
    quality.set_reviewer(Signer("Owen Pryde", "DCI", "opryde", Ed25519PrivateKey.generate()))
    assert not quality.built
    window.show_page(quality)
    assert quality.built and not quality.comment.isReadOnly()  # the lead can write comments: review mode held
    assert "Reviewing as <b>Owen Pryde</b>" in quality.reviewer_label.text()


def test_the_first_checks_start_once_the_window_is_drawn(qtbot) -> None:
    win = MainWindow(Settings(), start_empty=False)
    qtbot.addWidget(win)
    win.open_sample(ask=False)
    win.show()
    assert not win.check_runner.busy and win.bridge.report is None  # nothing competes with the first paint
    qtbot.waitUntil(lambda: win.bridge.report is not None, timeout=10000)
    assert len(win.bridge.report.items) == 24
    win.bridge.editor.mark_saved()


def test_a_hidden_window_checks_its_document_without_being_drawn(qtbot) -> None:
    win = MainWindow(Settings(), start_empty=False)
    qtbot.addWidget(win)
    win.open_sample(ask=False)
    qtbot.waitUntil(lambda: win.bridge.report is not None, timeout=10000)
    assert not win.isVisible()
    QApplication.processEvents()
    win.bridge.editor.mark_saved()


def test_a_project_opens_at_its_last_section_building_that_page_alone(qtbot, window, tmp_path) -> None:
    from imr_studio.paths import sample_project
    from imr_studio.storage import load_project, save_project

    path = tmp_path / "review.imr"
    save_project(load_project(sample_project()), path)
    window.settings.last_sections[str(path.resolve())] = "learning"
    assert window.open_path(path, ask=False)
    assert window.current_page().section == "learning"
    assert [page.section for page in window.pages if page.built] == ["learning"]


def test_a_page_that_cannot_be_bound_fails_once_and_loudly(qtbot, window, monkeypatch) -> None:
    from imr_studio.gui.pages.learning import LearningPage

    calls = []

    def broken(page) -> None:
        calls.append(page)
        raise AttributeError("a form field was renamed")

    monkeypatch.setattr(LearningPage, "bind", broken)
    window.open_sample(ask=False)
    page = next(page for page in window.pages if isinstance(page, LearningPage))
    with pytest.raises(RuntimeError, match="could not be built"):
        page.editor  # noqa: B018 (reaching for an attribute the binding would set)
    assert not hasattr(page, "editor") and len(calls) == 1  # never bound twice, half-connected


def test_a_window_deleted_before_its_first_checks_start_is_left_alone(qtbot) -> None:
    import shiboken6

    win = MainWindow(Settings(), start_empty=False)
    win.open_sample(ask=False)
    win.bridge.editor.mark_saved()
    shiboken6.delete(win)  # gone before its first checks' timer fires
    qtbot.wait(100)  # a timer still aimed at the window would raise "already deleted" here, failing the test
    assert not shiboken6.isValid(win)
