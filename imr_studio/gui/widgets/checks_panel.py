"""The checklist sidebar: the 24 review-lead questions, their automatic status and findings.

Groups and items carry status icons and counts; an item expands to its
findings. Enter or a double click on a finding opens the page and selects the
words; its context menu (or the buttons below) offers the quick fixes, and
dismissing it with a reason. Dismissed findings stay listed, greyed, with the
reason, so the author and the review lead can see them and restore them.
Where the review lead has given a verdict or a comment, the item shows it
too; going to it opens the quality assurance page at that question.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QKeyEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...checks import Finding
from ...checks.statuses import least_satisfied
from ...checks.findings import PlaceNamer
from ...checks.review import item_reviews
from ..bridge import DocumentBridge
from .icons import status_icon
from ...checks.fixes import restore
from .fix_menu import ask_to_dismiss, fix_actions

_ROLE = Qt.ItemDataRole.UserRole
_STATUS_WORDS = {"met": "met", "partly": "partly met", "not_met": "not met", "judgement": "for the review lead to judge",
                 "not_started": "not started: nothing written yet to check"}
class _WrappingDelegate(QStyledItemDelegate):
    """Rows as tall as their wrapped text at the column's width, so no question is cut short."""

    def __init__(self, tree: QTreeWidget) -> None:
        super().__init__(tree)
        self._tree = tree

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:  # noqa: N802 (Qt name)
        depth, parent = 0, index.parent()
        while parent.isValid():
            depth, parent = depth + 1, parent.parent()
        icon = option.decorationSize.width() + 8 if index.data(Qt.ItemDataRole.DecorationRole) is not None else 0
        width = self._tree.viewport().width() - self._tree.indentation() * (depth + 1) - icon - 8
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        bounds = option.fontMetrics.boundingRect(QRect(0, 0, max(width, 40), 100000), Qt.TextFlag.TextWordWrap, text)
        return QSize(width, max(bounds.height() + 6, super().sizeHint(option, index).height()))


class _Tree(QTreeWidget):
    """Enter on a finding goes to it, as a double click does."""

    activated_by_key = Signal(QTreeWidgetItem)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt name)
        """A new width wraps the questions afresh."""
        super().resizeEvent(event)
        self.scheduleDelayedItemsLayout()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt name)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentItem() is not None:
            self.activated_by_key.emit(self.currentItem())
            return
        super().keyPressEvent(event)


class ChecksPanel(QWidget):
    """Shows the latest checks report of one document and acts on its findings."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bridge: DocumentBridge | None = None
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.tree = _Tree(self)
        self.tree.setHeaderHidden(True)
        self.tree.setAccessibleName("Checklist items and findings")
        self.tree.setWordWrap(True)  # every question in full, over as many lines as it takes
        self.tree.setUniformRowHeights(False)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.tree.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.tree.header().setStretchLastSection(True)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.setItemDelegate(_WrappingDelegate(self.tree))
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(self._context_menu)
        self.tree.itemDoubleClicked.connect(self._go)
        self.tree.activated_by_key.connect(self._go)
        self.tree.currentItemChanged.connect(self._update_buttons)
        self.go_button = QPushButton("Go to", self)  # no Alt-key letter: the page on show uses them
        self.go_button.setToolTip("Open the page and select the words this finding is about (Enter)")
        self.go_button.clicked.connect(lambda: self._go(self.tree.currentItem()))
        self.dismiss_button = QPushButton("Dismiss…", self)
        self.dismiss_button.setToolTip("Dismiss this finding with a reason the review lead will read")
        self.dismiss_button.clicked.connect(self._dismiss_current)
        buttons = QHBoxLayout()
        buttons.addWidget(self.go_button)
        buttons.addWidget(self.dismiss_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.summary)
        layout.addWidget(self.tree, 1)
        layout.addLayout(buttons)
        self._update_buttons()

    def attach(self, bridge: DocumentBridge) -> None:
        """Follow the findings of ``bridge``'s document."""
        self.bridge = bridge
        bridge.findings_changed.connect(self.show_report)
        if bridge.report is not None:
            self.show_report(bridge.report)
        else:
            self.tree.clear()
            self.summary.setText("Checking the review against the checklist…")
            self._update_buttons()

    # --- showing ---------------------------------------------------------------

    def show_report(self, report) -> None:
        """Rebuild the tree from ``report``, keeping what was expanded and selected."""
        first_time = self.tree.topLevelItemCount() == 0
        expanded = {self._key(item) for item in self._all_items() if item.isExpanded()}
        current = self._key(self.tree.currentItem()) if self.tree.currentItem() else None
        self.tree.clear()
        groups: dict[str, QTreeWidgetItem] = {}
        statuses: dict[str, list[str]] = {}
        open_findings = 0
        reviews = {r.item.id: r for r in item_reviews(self.bridge.document)} if self.bridge.document.quality.history else {}
        where = PlaceNamer(self.bridge.document)
        for result in report.items:
            group = groups.get(result.group)
            if group is None:
                group = groups[result.group] = QTreeWidgetItem(self.tree, [result.group])
                group.setData(0, _ROLE, ("group", result.group))
                statuses[result.group] = []
            statuses[result.group].append(result.status)
            open_findings += len(result.findings)
            item = QTreeWidgetItem(group)
            count = f" ({len(result.findings)})" if result.findings else ""
            item.setText(0, f"{result.id} {result.question}{count}")
            item.setIcon(0, status_icon(result.status))
            item.setToolTip(0, f"{result.id}: {result.question}\nAutomatic evidence: {_STATUS_WORDS[result.status]}")
            item.setData(0, _ROLE, ("item", result.id))
            item.setData(0, Qt.ItemDataRole.AccessibleDescriptionRole, _STATUS_WORDS[result.status])
            for finding in result.findings:
                child = QTreeWidgetItem(item, [finding.message])
                child.setToolTip(0, _finding_tip(finding, where))
                child.setData(0, _ROLE, ("finding", finding))
            review = reviews.get(result.id)
            if review is not None and (review.reviewed or review.comment):
                words = f"Review lead: {review.describe}" + (f". {review.comment}" if review.comment else "")
                verdict = QTreeWidgetItem([words])
                item.insertChild(0, verdict)  # first: what the review lead said comes before the automatic findings
                verdict.setToolTip(0, f"{words}\n{review.reviewer}" if review.reviewer else words)
                verdict.setForeground(0, QBrush(QColor("#1f5fa8")))
                verdict.setData(0, _ROLE, ("verdict", result.id))
            for finding, dismissal in result.dismissed:
                child = QTreeWidgetItem(item, [f"Dismissed: {finding.message}"])
                child.setToolTip(0, f"Dismissed by {dismissal.by} on {dismissal.at[:10]}.\nReason: {dismissal.reason}")
                child.setForeground(0, QBrush(QColor("#6b6b6b")))
                child.setData(0, _ROLE, ("dismissed", (finding, dismissal)))
        for name, group in groups.items():
            status = least_satisfied(statuses[name])
            group.setIcon(0, status_icon(status))
            met = statuses[name].count("met")
            group.setText(0, f"{name} ({met} of {len(statuses[name])} met)")
            if first_time and status != "met":
                expanded.add(self._key(group))
        met_total = sum(s.count("met") for s in statuses.values())
        not_started = sum(s.count("not_started") for s in statuses.values())
        summary = (
            f"{met_total} of {len(report.items)} checklist items met automatically"
            + (f", {not_started} not started yet" if not_started else "")
            + f"; {open_findings} finding{'s' if open_findings != 1 else ''} to look at."
        )
        if report.rule_errors:
            problems = "".join(f"<li>{html.escape(error)}</li>" for error in report.rule_errors)
            summary = (
                f"{html.escape(summary)}<p style='color:#b00020'>Some of your force's rule files could not be used "
                f"(the built-in rules still work):</p><ul>{problems}</ul>"
            )
        self.summary.setText(summary)
        for item in self._all_items():
            key = self._key(item)
            if key in expanded:
                item.setExpanded(True)
            if key == current:
                self.tree.setCurrentItem(item)
        self._update_buttons()

    def show_item(self, item_id: str) -> None:
        """Select checklist item ``item_id``, open it to show its findings, and focus the list."""
        for item in self._all_items():
            if self._key(item) == ("item", item_id):
                item.parent().setExpanded(True)
                item.setExpanded(True)
                self.tree.setCurrentItem(item)
                self.tree.scrollToItem(item)
                self.tree.setFocus()
                return

    def _all_items(self) -> list[QTreeWidgetItem]:
        items = []
        stack = [self.tree.topLevelItem(n) for n in range(self.tree.topLevelItemCount())]
        while stack:
            item = stack.pop()
            items.append(item)
            stack += [item.child(n) for n in range(item.childCount())]
        return items

    @staticmethod
    def _key(item: QTreeWidgetItem | None) -> object:
        if item is None:
            return None
        kind, value = item.data(0, _ROLE)
        if kind == "finding":
            return ("finding", value.fingerprint)
        if kind == "dismissed":
            return ("dismissed", value[1].id)
        return (kind, value)

    def _update_buttons(self, *_: object) -> None:
        item = self.tree.currentItem()
        kind = item.data(0, _ROLE)[0] if item is not None else None
        self.go_button.setEnabled(kind in ("finding", "dismissed", "verdict"))
        self.dismiss_button.setEnabled(kind == "finding")

    # --- acting ----------------------------------------------------------------

    def _finding_of(self, item: QTreeWidgetItem | None) -> Finding | None:
        if item is None:
            return None
        kind, value = item.data(0, _ROLE)
        if kind == "finding":
            return value
        if kind == "dismissed":
            return value[0]
        return None

    def _go(self, item: QTreeWidgetItem | None, *_: object) -> None:
        if item is not None and item.data(0, _ROLE)[0] == "verdict":
            review = getattr(self.window(), "show_verdict", None)
            if review is not None:
                review(item.data(0, _ROLE)[1])
            return
        finding = self._finding_of(item)
        if finding is None:
            if item is not None:
                item.setExpanded(not item.isExpanded())
            return
        reveal = getattr(self.window(), "reveal", None)
        if reveal is not None:
            reveal(finding.location.path, finding.location.span)

    def _dismiss_current(self) -> None:
        item = self.tree.currentItem()
        if item is not None and item.data(0, _ROLE)[0] == "finding":
            ask_to_dismiss(self.bridge, item.data(0, _ROLE)[1], self)

    def _context_menu(self, position) -> None:
        item = self.tree.itemAt(position)
        if item is None or self.bridge is None:
            return
        kind, value = item.data(0, _ROLE)
        menu = QMenu(self)
        if kind == "finding":
            menu.addAction("Go to", lambda: self._go(item))
            for action in fix_actions(self.bridge, value, menu):
                menu.addAction(action)
            menu.addSeparator()
            menu.addAction("Dismiss with a reason…", lambda: ask_to_dismiss(self.bridge, value, self))
        elif kind == "dismissed":
            menu.addAction("Go to", lambda: self._go(item))
            menu.addAction("Restore this finding", lambda: restore(self.bridge.editor, value[1].id))
        else:
            return
        menu.exec(self.tree.viewport().mapToGlobal(position))


def _finding_tip(finding: Finding, where: PlaceNamer) -> str:
    """A finding's tooltip: what, the suggestion, and where in words."""
    lines = [finding.message]
    if finding.suggestion:
        lines.append(finding.suggestion)
    lines.append(f"Where: {where(finding.location.path)}")
    return "\n".join(lines)
