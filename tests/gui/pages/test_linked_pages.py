"""The analysis, learning, recommendations and dissemination pages, and the links between them."""

from __future__ import annotations

from pathlib import Path

from tests.gui.gui_driving import go_to, type_in_cell
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QMessageBox, QPlainTextEdit

from imr_studio.gui.widgets.cited_by import CitedBy
from imr_studio.gui.widgets.forms import child
from imr_studio.gui.widgets.master_detail import MasterDetail
from imr_studio.gui.widgets.list_editor import ItemTableModel
from imr_studio.gui.pages import page_types
from imr_studio.gui.widgets.narrative_edit import NarrativeTextEdit
from imr_studio.gui.widgets.pick_list import PickList
from imr_studio.gui.window.shots import WINDOW_SIZE, render_pages
from imr_studio.model.narrative import plain_text


def _pick(qtbot, picker: PickList, key: str) -> None:
    """Tick or clear a row the way a keyboard user does: select it and press Space."""
    for row in range(picker.list.count()):
        if picker.list.item(row).data(Qt.ItemDataRole.UserRole) == key:
            picker.list.setFocus()
            picker.list.setCurrentRow(row)
            qtbot.keyClick(picker.list, Qt.Key.Key_Space)
            return
    raise AssertionError(f"{key} is not offered")


def test_an_analysis_entry_links_events_and_terms_picked_from_lists(qtbot, window) -> None:
    window.open_sample(ask=False)
    page = go_to(window, "Analysis of police practice")
    entries = page.entries
    entries.items.view.setFocus()
    qtbot.keyClick(entries.items.view, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(entries.items.view, Qt.Key.Key_Insert)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)  # leave the title cell: type it in the form
    new_id = entries.detail_key
    assert new_id == window.bridge.document.analysis[-1].id

    qtbot.keyClicks(child(entries.detail, QLineEdit, "title"), "Response to the call of 30 January 2024")
    pickers = {picker.list.accessibleName(): picker for picker in entries.detail.findChildren(PickList)}
    _pick(qtbot, pickers["Events covered"], "ev-13")
    _pick(qtbot, pickers["Events covered"], "ev-16")
    _pick(qtbot, pickers["Terms of reference addressed"], "tor-3")
    verdict = child(entries.detail, QComboBox, "verdict")
    verdict.setFocus()
    qtbot.keyClick(verdict, Qt.Key.Key_Down)

    entry = window.bridge.document.analysis[-1]
    assert entry.title == "Response to the call of 30 January 2024"
    assert entry.event_ids == ["ev-13", "ev-16"]
    assert entry.tor_ids == ["tor-3"]
    assert entry.verdict == "consistent"
    assert "2 of 16 ticked" in pickers["Events covered"].summary.text()

    window.undo()  # the verdict
    window.undo()  # the term of reference
    assert window.bridge.document.analysis[-1].tor_ids == []
    assert window.bridge.document.analysis[-1].event_ids == ["ev-13", "ev-16"]


def test_an_analysis_entry_shows_the_learning_that_cites_it_and_jumps_there(qtbot, window) -> None:
    window.open_sample(ask=False)
    page = go_to(window, "Analysis of police practice")
    page.entries.items.select("an-6")
    cited = page.entries.detail.findChild(CitedBy)
    texts = [button.text() for button in cited.buttons]
    # the organisational context that explains it comes first, then the learning and conclusions resting on it
    assert texts[0].startswith("Context entry: Superintendent cover")
    learning = f"Learning point: {plain_text(window.bridge.document.learning[4].statement)[:59]}…"
    assert learning in texts and all(t.startswith("Conclusion") for t in texts[texts.index(learning) + 1:])
    qtbot.mouseClick(cited.buttons[texts.index(learning)], Qt.MouseButton.LeftButton)
    assert window.current_page().title == "Learning"
    assert window.current_page().points.detail_key == "lp-5"


def test_a_learning_point_lists_the_recommendations_answering_it(window) -> None:
    window.open_sample(ask=False)
    page = go_to(window, "Learning")
    page.points.items.select("lp-3")
    cited = page.points.detail.findChild(CitedBy)
    assert [button.text().split(":")[0] for button in cited.buttons] == ["Conclusion", "Recommendation"]
    page.points.items.select("lp-2")
    assert {button.text().split(":")[0] for button in page.points.detail.findChild(CitedBy).buttons} == {"Conclusion"}


def test_removing_a_cited_learning_point_says_what_is_unlinked_and_undo_restores_it(qtbot, window, monkeypatch) -> None:
    window.open_sample(ask=False)
    page = go_to(window, "Learning")
    page.points.items.select("lp-1")
    asked = []

    def answer(parent, title, text, *args, **kwargs):
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    qtbot.keyClick(page.points.items.view, Qt.Key.Key_Delete)
    assert len(asked) == 1 and "recommendation" in asked[0] and "will no longer link to it" in asked[0]
    document = window.bridge.document
    assert [point.id for point in document.learning] == ["lp-2", "lp-3", "lp-4", "lp-5"]
    assert document.recommendations[0].learning_ids == []
    assert page.points.detail_key == "lp-2"

    window.undo()
    document = window.bridge.document
    assert [point.id for point in document.learning][0] == "lp-1"
    assert document.recommendations[0].learning_ids == ["lp-1"]


def test_a_recommendation_and_its_action_plan_are_written_in_the_form(qtbot, window) -> None:
    page = go_to(window, "Recommendations")
    qtbot.mouseClick(page.recommendations.items.add_button, Qt.MouseButton.LeftButton)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    form = page.recommendations.detail
    text = child(form, QPlainTextEdit, "text")
    qtbot.keyClicks(text, "Northshire Police will add a risk review step.")
    target = child(form, QLineEdit, "targetDate")
    qtbot.keyClicks(target, "31/03/2026")
    qtbot.keyClick(target, Qt.Key.Key_Return)
    actions = page.actions
    qtbot.mouseClick(actions.add_button, Qt.MouseButton.LeftButton)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    type_in_cell(qtbot, actions.view, 0, 0, "Write the new procedure")
    type_in_cell(qtbot, actions.view, 0, 1, "Head of Public Protection")

    recommendation = window.bridge.document.recommendations[0]
    assert recommendation.text == "Northshire Police will add a risk review step."
    assert str(recommendation.target_date) == "2026-03-31"
    assert [(a.action, a.owner) for a in recommendation.actions] == [("Write the new procedure", "Head of Public Protection")]


def test_reveal_reaches_a_cell_of_an_action_plan(window) -> None:
    window.open_sample(ask=False)
    assert window.reveal(("recommendations", "rec-2", "actions", "act-5", "owner"))
    page = window.current_page()
    assert page.recommendations.detail_key == "rec-2"
    index = page.actions.view.currentIndex()
    assert page.actions.view.hasFocus()
    assert (index.row(), page.actions.model.columns[index.column()].field) == (1, "owner")


def test_reveal_selects_a_span_in_an_analysis_narrative(window) -> None:
    window.open_sample(ask=False)
    text = window.bridge.document.analysis[1].analysis[0].text
    word = next(word for word in text.split() if len(word) > 6 and word.isalpha())
    start = text.index(word)
    assert window.reveal(("analysis", "an-2", "analysis", 0), (start, start + len(word)))
    editors = window.current_page().entries.detail.findChildren(NarrativeTextEdit)
    focused = [editor for editor in editors if editor.hasFocus()]
    assert len(focused) == 1 and focused[0].textCursor().selectedText() == word


def test_dissemination_rows_and_glossary_entries(qtbot, window) -> None:
    page = go_to(window, "Dissemination and glossary")
    qtbot.mouseClick(page.plan.add_button, Qt.MouseButton.LeftButton)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    type_in_cell(qtbot, page.plan.view, 0, 0, "Response officers")
    type_in_cell(qtbot, page.plan.view, 0, 3, "01/06/2025")
    qtbot.mouseClick(page.glossary.add_button, Qt.MouseButton.LeftButton)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    type_in_cell(qtbot, page.glossary.view, 0, 0, "MARAC")
    type_in_cell(qtbot, page.glossary.view, 0, 1, "Multi-Agency Risk Assessment Conference")
    dissemination = window.bridge.document.dissemination
    assert (dissemination.plan[0].audience, str(dissemination.plan[0].date)) == ("Response officers", "2025-06-01")
    assert (dissemination.glossary[0].term, dissemination.glossary[0].definition) == (
        "MARAC",
        "Multi-Agency Risk Assessment Conference",
    )


def test_item_table_models_pass_the_model_tester(qtmodeltester, window) -> None:
    window.open_sample(ask=False)
    for page_title, attribute in (
        ("Learning", "points"),
        ("Recommendations", "recommendations"),
        ("Analysis of police practice", "entries"),
    ):
        model = getattr(go_to(window, page_title), attribute).items.model
        assert isinstance(model, ItemTableModel) and model.rowCount() > 0
        qtmodeltester.check(model)
    qtmodeltester.check(go_to(window, "Recommendations").actions.model)
    qtmodeltester.check(go_to(window, "Dissemination and glossary").glossary.model)


def test_shots_render_every_page_at_the_small_laptop_size(tmp_path: Path) -> None:
    written = render_pages(tmp_path)
    assert len(written) == 2 * len(page_types())
    for path in written:
        image = QImage(str(path))
        assert not image.isNull()
        if not path.stem.endswith("-full"):
            assert (image.width(), image.height()) == WINDOW_SIZE


def test_a_pick_list_on_another_page_shows_an_edited_event_when_its_page_opens(window) -> None:
    window.open_sample(ask=False)
    go_to(window, "Overview of police contact")
    window.bridge.set(("contact", "events", "ev-01", "summary"), "Another force recorded three earlier reports.")
    page = go_to(window, "Analysis of police practice")
    events = next(p for p in page.entries.detail.findChildren(PickList) if p.list.accessibleName() == "Events covered")
    assert "Another force recorded three earlier reports." in events.list.item(0).text()


def test_a_new_analysis_entry_or_recommendation_is_written_in_its_form(qtbot, window) -> None:
    for title, list_path, field_name in (("Analysis of police practice", ("analysis",), "title"),
                                         ("Recommendations", ("recommendations",), "text")):
        page = go_to(window, title)
        editor = next(w for w in page.findChildren(MasterDetail))
        editor.items.add_item()
        new_key = editor.items.current_key()
        focused = QApplication.focusWidget()
        assert editor.detail.isAncestorOf(focused)  # in the form below the list, not in a one-line cell
        qtbot.keyClicks(focused, "Written in the form")
        item = next(i for i in window.bridge.get(list_path) if i.id == new_key)
        assert getattr(item, field_name) == "Written in the form"
