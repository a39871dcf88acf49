"""Moving a piece of an imported Word IMR from "Imported, not yet placed" to the section it belongs to.

Each destination is a narrative (the text becomes its last paragraph) or a
list (the text becomes a new item). A move is one undo step: the piece goes
from the list and appears in its place together. Qt-free.
"""

from __future__ import annotations

from dataclasses import dataclass

from .document import Document
from .editor import DocumentEditor
from .narrative import Paragraph


@dataclass(frozen=True)
class Destination:
    """Where a piece can go: its label in the list offered, the path, and whether it becomes a new item there."""

    label: str
    path: tuple[str, ...]
    new_item_field: str = ""
    """For a list: the field of the new item the text fills; "" for a narrative."""
    as_paragraphs: bool = True
    """The field holds paragraphs (a narrative), not one line of text."""


DESTINATIONS = (
    Destination("Review details › Statement of independence", ("review", "independence")),
    Destination("Review details › A new term of reference", ("review", "terms_of_reference"), "text", False),
    Destination("Characteristics › Influence on professional decision making", ("characteristics", "influence_on_decisions")),
    Destination("Characteristics › How the characteristics intersect", ("characteristics", "intersectionality")),
    Destination("Characteristics › Relevance to contact with services", ("characteristics", "relevance")),
    Destination("Methodology › Steps taken", ("methodology", "narrative")),
    Destination("Organisational context › A new entry", ("context",), "description"),
    Destination("Overview of police contact › Overview narrative", ("contact", "narrative")),
    Destination("Analysis › A new analysis entry", ("analysis",), "analysis"),
    Destination("Learning › A new learning point", ("learning",), "statement"),
    Destination("Conclusions › A new conclusion", ("conclusions",), "text"),
    Destination("Recommendations › A new recommendation", ("recommendations",), "text", False),
)
"""Every place the imported text can be moved to, in the order of the sections."""


def place_imported(editor: DocumentEditor, item_id: str, destination: Destination) -> None:
    """Move imported piece ``item_id`` to ``destination``, as one undo step."""
    document: Document = editor.document
    piece = next(p for p in document.imported if p.id == item_id)
    with editor.group(f"Move imported text to {destination.label}"):
        if destination.new_item_field:
            value = [Paragraph(text=piece.text)] if destination.as_paragraphs else piece.text
            editor.new_item(destination.path, None, **{destination.new_item_field: value})
        else:
            editor.set(destination.path, [*editor.get(destination.path), Paragraph(text=piece.text)])
        editor.remove(("imported",), item_id)
