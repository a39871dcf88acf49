"""Moving imported text to its section: one undo step, the words arrive whole and leave the list."""

from __future__ import annotations

import pytest

from imr_studio.model import DocumentEditor
from imr_studio.model.document import Document, ImportedText
from imr_studio.model.imported import DESTINATIONS, place_imported
from imr_studio.model.search import texts


@pytest.mark.parametrize("destination", DESTINATIONS, ids=[d.label for d in DESTINATIONS])
def test_every_destination_takes_the_text_whole_and_undo_puts_it_back(destination) -> None:
    words = "The force's IT system changed in May 2023 — “Athena” replaced the old records system."
    document = Document(imported=[ImportedText(id="imp-1", text=words, came_from="Block 4")])
    editor = DocumentEditor(document)
    place_imported(editor, "imp-1", destination)
    assert document.imported == []
    assert words in [text for path, text in texts(document) if path[0] == destination.path[0]]
    editor.undo()
    assert [p.text for p in document.imported] == [words]
    assert words not in [text for path, text in texts(document) if path[0] != "imported"]
