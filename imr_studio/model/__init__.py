"""The IMR document model: typed sections, narratives, stable ids, undoable edits.

Plain Python (msgspec); no Qt and no file access.
"""

from .addressing import Path, PathError
from .document import FORMAT_VERSION, Document
from .editor import Change, DocumentEditor, EditError
from .narrative import Paragraph

__all__ = ["FORMAT_VERSION", "Change", "Document", "DocumentEditor", "EditError", "Paragraph", "Path", "PathError"]
