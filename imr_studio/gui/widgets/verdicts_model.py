"""The 24 checklist questions as a table: automatic check, the review lead's verdict, the comment."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from ...checks.review import ItemReview, item_reviews
from ...model.document import Document
from .icons import status_icon

_STATUS_WORDS = {"met": "Met", "partly": "Partly met", "not_met": "Not met", "judgement": "Judgement",
                 "not_started": "Not started"}
_VERDICT_ICONS = {"content": "met", "not_content": "not_met", "not_applicable": "judgement", "not_reviewed": "empty"}
COLUMNS = ("Item", "Question", "Automatic check", "Verdict")
AnyIndex = QModelIndex | QPersistentModelIndex


class VerdictsModel(QAbstractTableModel):
    """One row per checklist item, in checklist order; read-only (verdicts are given in the form below it).

    The comment shows in the verdict's tooltip and in the form.
    """

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.reviews: list[ItemReview] = []
        self._statuses: dict[str, tuple[str, int]] = {}

    def show_report(self, report) -> None:
        """Show the automatic statuses of checks ``report`` (the verdicts stay as they are)."""
        self._statuses = _statuses_of(report)
        if self.reviews:
            self.dataChanged.emit(self.index(0, 2), self.index(len(self.reviews) - 1, 2))

    def refresh(self, document: Document, report=None) -> None:
        """Show ``document``'s verdicts and, when given, the automatic statuses of checks ``report``."""
        reviews = item_reviews(document)
        if report is not None:
            self._statuses = _statuses_of(report)
        if len(reviews) != len(self.reviews):
            self.beginResetModel()
            self.reviews = reviews
            self.endResetModel()
            return
        self.reviews = reviews
        if reviews:
            self.dataChanged.emit(self.index(0, 0), self.index(len(reviews) - 1, len(COLUMNS) - 1))

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: N802, B008 (Qt names)
        """24 rows (none under a row)."""
        return 0 if parent.isValid() else len(self.reviews)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: N802, B008 (Qt names)
        """Item, question, automatic check, verdict."""
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        """The column titles."""
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(COLUMNS):
            return COLUMNS[section]
        return None

    def automatic(self, item_id: str) -> tuple[str, int] | None:
        """The automatic status of ``item_id`` and how many open findings it has (None before the first check)."""
        return self._statuses.get(item_id)

    def automatic_words(self, item_id: str) -> str:
        """The automatic status in words, with the number of findings."""
        state = self.automatic(item_id)
        if state is None:
            return "Not checked yet"
        status, count = state
        words = _STATUS_WORDS[status]
        return f"{words}, {count} finding{'s' if count != 1 else ''}" if count else words

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole):
        """Texts, icons and tooltips of the cells."""
        if not index.isValid() or not 0 <= index.row() < len(self.reviews):
            return None
        review = self.reviews[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            texts = [review.item.id, review.item.question, self.automatic_words(review.item.id), review.describe]
            if role == Qt.ItemDataRole.ToolTipRole and review.comment:
                texts[3] += f"\nComment: {review.comment}"
            return texts[column] if column < len(texts) else None
        if role == Qt.ItemDataRole.DecorationRole:
            if column == 2 and (state := self.automatic(review.item.id)) is not None:
                return status_icon(state[0])
            if column == 3:
                return status_icon("partly" if review.stale else _VERDICT_ICONS[review.verdict])
        return None

    def row_of(self, item_id: str) -> int:
        """The row showing checklist item ``item_id`` (-1 if none)."""
        return next((n for n, r in enumerate(self.reviews) if r.item.id == item_id), -1)


def _statuses_of(report) -> dict[str, tuple[str, int]]:
    """Each checklist item's automatic status in ``report``, with how many open findings it has."""
    return {item.id: (item.status, len(item.findings)) for item in report.items}
