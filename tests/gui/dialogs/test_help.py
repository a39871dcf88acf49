"""Help: F1 opens the author's guide at the section on show; the guides can be searched."""

from __future__ import annotations

from tests.gui.gui_driving import go_to


def test_f1_opens_the_guide_at_the_section_on_show_and_finds_words(qtbot, window) -> None:
    go_to(window, "Recommendations")
    window.commands.guide.trigger()
    dialog = window.help_dialog
    qtbot.waitUntil(dialog.isVisible)
    browser = dialog.browsers["authors"]
    assert dialog.tabs.currentWidget() is browser
    qtbot.waitUntil(lambda: browser.verticalScrollBar().value() > 0)  # scrolled down to the section's part
    dialog.search.setText("pseudonyms")
    assert dialog.find_next()
    assert browser.textCursor().selectedText() == "pseudonyms"
    dialog.search.setText("words nobody wrote anywhere")
    assert not dialog.find_next() and dialog.status.text() == "Not found"


def test_the_review_leads_guide_opens_at_its_start(qtbot, window) -> None:
    window.commands.review_guide.trigger()
    dialog = window.help_dialog
    assert dialog.tabs.currentWidget() is dialog.browsers["review_leads"]
    assert "Review mode" in dialog.browsers["review_leads"].toPlainText()


def test_about_shows_the_build_and_under_details_the_folders_and_licences(qtbot, window) -> None:
    window.commands.about.trigger()
    box = window.about_box
    qtbot.waitUntil(box.isVisible)
    assert "IMR Studio" in box.text() and "Python" in box.text()
    assert "Settings:" in box.detailedText() and "LGPL-3.0" in box.detailedText()
    box.close()
