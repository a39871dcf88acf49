"""The Review details page alone: terms of reference and subjects, driven through their widgets."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QMessageBox

from imr_studio.gui.pages.review_details import ReviewDetailsPage
from tests.gui.gui_driving import type_in_cell as _type_in_cell


def test_terms_of_reference_can_be_added_reordered_and_removed_with_the_keyboard(qtbot, page_alone):
    page = page_alone(ReviewDetailsPage)
    terms = page.terms
    view = terms.view
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Insert)
    qtbot.keyClicks(view.focusWidget(), "First question")
    qtbot.keyClick(view.focusWidget(), Qt.Key.Key_Return)
    QApplication.processEvents()
    qtbot.keyClick(view, Qt.Key.Key_Insert)
    qtbot.keyClicks(view.focusWidget(), "Second question")
    qtbot.keyClick(view.focusWidget(), Qt.Key.Key_Return)
    QApplication.processEvents()
    texts = lambda: [t.text for t in page.bridge.document.review.terms_of_reference]  # noqa: E731
    assert texts() == ["First question", "Second question"]

    qtbot.keyClick(view, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert texts() == ["Second question", "First question"]
    assert view.currentIndex().row() == 0

    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert texts() == ["First question"]
    page.bridge.undo()
    assert texts() == ["Second question", "First question"]
    page.bridge.undo()
    assert texts() == ["First question", "Second question"]


def test_removing_a_subject_says_what_is_unlinked_and_undo_brings_it_back(qtbot, page_alone, monkeypatch):
    page = page_alone(ReviewDetailsPage)
    editor = page.bridge.editor
    victim = editor.new_item(("review", "subjects"), role="victim", real_name="Test Person")
    editor.new_item(("contact", "events"), subject_ids=[victim.id])
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kw: asked.append(args[2]) or QMessageBox.StandardButton.Yes)
    subjects = page.subjects
    subjects.select(victim.id)
    subjects.remove_current()
    assert asked and "no longer link" in asked[0]
    assert page.bridge.document.review.subjects == []
    assert page.bridge.document.contact.events[0].subject_ids == []
    page.bridge.undo()
    assert page.bridge.document.contact.events[0].subject_ids == [victim.id]


def test_subject_role_is_chosen_from_a_pick_list(qtbot, page_alone):
    page = page_alone(ReviewDetailsPage)
    subjects = page.subjects
    subjects.add_item()
    qtbot.keyClick(subjects.view.focusWidget(), Qt.Key.Key_Escape)
    view = subjects.view
    view.setCurrentIndex(view.model().index(0, 0))
    qtbot.keyClick(view, Qt.Key.Key_F2)
    combo = view.focusWidget()
    assert isinstance(combo, QComboBox)
    combo.setCurrentIndex(combo.findData("victim"))
    qtbot.keyClick(combo, Qt.Key.Key_Return)
    QApplication.processEvents()
    assert page.bridge.document.review.subjects[0].role == "victim"
    _type_in_cell(qtbot, view, 0, 2, "Jo; J. Smith")
    assert page.bridge.document.review.subjects[0].aliases == ["Jo", "J. Smith"]


def test_a_subjects_date_of_birth_and_identifiers_are_recorded_for_removal_from_publication(qtbot, page_alone) -> None:
    import datetime

    page = page_alone(ReviewDetailsPage)
    subjects = page.subjects
    subjects.add_item()
    qtbot.keyClick(subjects.view.focusWidget(), Qt.Key.Key_Escape)
    titles = [column.title for column in subjects.model.columns]
    _type_in_cell(qtbot, subjects.view, 0, titles.index("Date of birth"), "03/05/1991")
    _type_in_cell(qtbot, subjects.view, 0, next(n for n, t in enumerate(titles) if t.startswith("Identifiers")),
                  "07700 900123; KX19 ABC")
    [subject] = page.bridge.document.review.subjects
    assert subject.date_of_birth == datetime.date(1991, 5, 3)
    assert subject.identifiers == ["07700 900123", "KX19 ABC"]


def test_names_after_a_rank_in_the_text_are_added_for_a_role_to_stand_in_for_them(qtbot, page_alone) -> None:
    from imr_studio.model.document import Document, Methodology
    from imr_studio.model.narrative import from_plain_text

    document = Document(methodology=Methodology(narrative=from_plain_text("PC 1234 Jones spoke to DS Amy Patel.")))
    page = page_alone(ReviewDetailsPage, document)
    page.suggest_button.click()
    assert [p.name for p in page.bridge.document.review.other_people] == ["Jones", "Amy Patel"]
    assert page.suggest_result.text().startswith("2 names added")
    page.bridge.undo()
    assert page.bridge.document.review.other_people == []


def test_quality_assurance_and_sign_off_are_shown_as_the_signed_decisions_record_them(page_alone) -> None:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from imr_studio.checks.checklist import checklist
    from imr_studio.checks.review import record_verdict
    from imr_studio.gui.pages.review_details import ReviewDetailsPage
    from imr_studio.paths import sample_project
    from imr_studio.signoff.keys import Signer
    from imr_studio.storage import load_project

    page = page_alone(ReviewDetailsPage, load_project(sample_project()))
    assert page.assurance.text().startswith("Not yet quality assured. Review status: Draft.")
    lead = Signer("Owen Pryde", "DCI", "opryde", Ed25519PrivateKey.generate())
    for item in checklist():
        record_verdict(page.bridge.editor, lead, item.id, "content", "Checked.", at="2024-12-06T10:30:00+00:00")
    page.show_assurance()
    assert "Quality assured 6 December 2024 at 10:30 by Owen Pryde." in page.assurance.text()
    assert "Review status: With the review lead." in page.assurance.text()


def test_choosing_a_suicide_review_offers_its_terms_of_reference_and_adds_them_in_one_undo_step(qtbot, page_alone):
    page = page_alone(ReviewDetailsPage)
    page.show()
    review_type, death_type = page.findChild(QComboBox, "reviewType"), page.findChild(QComboBox, "deathType")
    assert review_type.currentData() == "" and death_type.currentData() == ""
    review_type.setFocus()
    review_type.setCurrentIndex(review_type.findData("dardr"))
    death_type.setCurrentIndex(death_type.findData("suicide"))
    review = page.bridge.document.review
    assert (review.review_type, review.death_type) == ("dardr", "suicide")
    assert page.add_suggested.isVisible()
    assert "suicide" in page.suggested.text() and "coercive and controlling" in page.suggested.text()

    qtbot.mouseClick(page.add_suggested, Qt.MouseButton.LeftButton)
    terms = [t.text for t in page.bridge.document.review.terms_of_reference]
    assert len(terms) == 2 and "suicide" in terms[0]
    assert not page.add_suggested.isVisible()
    page.bridge.undo()
    assert page.bridge.document.review.terms_of_reference == []
    assert page.add_suggested.isVisible()


def test_a_homicide_review_without_children_suggests_no_terms(qtbot, page_alone):
    page = page_alone(ReviewDetailsPage)
    page.show()
    death_type = page.findChild(QComboBox, "deathType")
    death_type.setCurrentIndex(death_type.findData("homicide"))
    assert not page.add_suggested.isVisible() and page.suggested.text() == ""
