"""The Organisational context and Conclusions pages alone: an entry written in its form and linked to what it explains."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from imr_studio.gui.pages.conclusions import ConclusionsPage
from imr_studio.gui.pages.context import ContextPage
from imr_studio.gui.widgets.pick_list import PickList
from imr_studio.model.document import AnalysisEntry, Document, ReviewDetails, TermOfReference


def _document() -> Document:
    return Document(
        review=ReviewDetails(terms_of_reference=[TermOfReference(id="tor-1", text="How was the risk assessed?")]),
        analysis=[AnalysisEntry(id="an-1", title="The first report")],
    )


def _tick(pick: PickList, row: int = 0) -> None:
    item = pick.list.item(row)
    item.setCheckState(item.checkState().__class__.Checked)


def test_a_context_entry_is_written_in_its_form_and_linked_to_the_analysis(qtbot, page_alone) -> None:
    page = page_alone(ContextPage, _document())
    page.entries.items.add_item()
    qtbot.keyClicks(QApplication.focusWidget(), "Night cover for supervisors")
    entry = page.bridge.document.context[0]
    assert entry.title == "Night cover for supervisors"
    _tick(page.entries.detail.findChild(PickList))
    assert page.bridge.document.context[0].analysis_ids == ["an-1"]


def test_a_conclusion_answers_a_term_of_reference(qtbot, page_alone) -> None:
    page = page_alone(ConclusionsPage, _document())
    page.conclusions.items.add_item()
    qtbot.keyClicks(QApplication.focusWidget(), "The risk was assessed late.")
    picks = page.conclusions.detail.findChildren(PickList)
    _tick(picks[0])
    conclusion = page.bridge.document.conclusions[0]
    assert conclusion.text[0].text == "The risk was assessed late." and conclusion.tor_ids == ["tor-1"]
