"""The main window: section navigator, page area, completeness panel, menus."""

from __future__ import annotations

import html
from collections import Counter
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QCloseEvent, QPaintEvent, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ...export.kinds import ExportKind
from ...model import Document, DocumentEditor, sections
from ...model.access import Restriction, edit_policy
from ...checks.checklist import questions_about
from ...checks.texts import words_by_section
from ...model.progress import section_progress, section_status
from ...settings import Settings
from ...storage import RecoverySlot
from .autosave import Autosaver
from ..widgets.after_paint import soon_after_paint
from ..bridge import DocumentBridge
from .check_runner import CheckRunner
from ..widgets.checks_panel import ChecksPanel
from ..dialogs import questions
from ..dialogs.recovery import offer_recoveries
from ..dialogs.settings import SettingsDialog
from .exporting import Exporter
from .importing import WordImporter
from .menus import build_menu_bar
from .review_mode import MESSAGES as REVIEW_MESSAGES
from .review_loop import ReviewLoop
from .review_mode import ReviewMode
from .actions import WindowActions
from .file_guard import FileGuard
from . import layout_memory
from .assistance import Assistance
from .file_commands import FileCommands
from .history_keys import HistoryKeys
from .wizard import SectionGuide, WizardButtons
from ..widgets.icons import status_icon
from ..pages import page_types
from ..pages.base import Page
from ..widgets.tab_order import focus_chain
from ...checks.review_status import ReviewStatus
from ..pages.quality import QualityPage



class MainWindow(QMainWindow, FileCommands, Assistance):
    """One open IMR project: navigate its sections, edit, save."""

    def __init__(self, settings: Settings | None = None, *, start_empty: bool = True) -> None:
        """Build the window; with ``start_empty`` False the caller opens a document next."""
        super().__init__()
        self.settings = settings if settings is not None else Settings.load()
        self.path: Path | None = None
        self.display_name = "Untitled"
        self.bridge: DocumentBridge | None = None
        self.autosaver: Autosaver | None = None
        self.pages: list[Page] = []
        self._laid_out: set[Page] = set()

        self.navigator = QListWidget()
        self.navigator.setAccessibleName("Sections")
        self.navigator.currentRowChanged.connect(self._show_page)
        self.stack = QStackedWidget()
        self.banner = QLabel()
        """Above the page while nothing (or only the review lead's records) can be changed, saying why."""
        self.banner.setWordWrap(True)
        self.banner.setAccessibleName("Why this IMR cannot be changed")
        self.banner.setStyleSheet("background: #fff4ce; color: #3b2f00; padding: 6px; border: 1px solid #e0c872;")
        self.banner.hide()
        pages = QWidget()
        pages_layout = QVBoxLayout(pages)
        pages_layout.setContentsMargins(0, 0, 0, 0)
        self.guide = SectionGuide()
        """Above the page: where the author is and what the section is for."""
        self.wizard = WizardButtons()
        """Below the page: Back and Next."""
        self.wizard.step.connect(self._step_without_wrapping)
        pages_layout.setSpacing(0)
        pages_layout.addWidget(self.guide)
        pages_layout.addWidget(self.banner)
        self.review_loop = ReviewLoop(self)
        """The review status for the title and sections list, and the banner of an IMR returned for amendment."""
        self.review_loop.status_changed.connect(self._show_review_status)
        pages_layout.addWidget(self.review_loop.banner)
        pages_layout.addWidget(self.stack, 1)
        pages_layout.addWidget(self.wizard)
        self.splitter = QSplitter()
        """The sections list beside the page."""
        self.splitter.setObjectName("sectionsSplitter")
        self.splitter.addWidget(self.navigator)
        self.splitter.addWidget(pages)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self.setCentralWidget(self.splitter)

        self.completeness = QLabel()
        self.completeness.setWordWrap(True)
        self.completeness.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.completeness.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard | Qt.TextInteractionFlag.TextSelectableByMouse)
        self.completeness.setAccessibleName("What this section still needs")
        holder = QWidget()
        holder_layout = QVBoxLayout(holder)
        holder_layout.addWidget(self.completeness)
        holder_layout.addStretch(1)
        self.dock = QDockWidget("Still to write", self)
        self.dock.setObjectName("completenessDock")
        self.dock.setWidget(holder)
        self.dock.setMinimumWidth(230)
        self.dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetClosable | QDockWidget.DockWidgetFeature.DockWidgetMovable)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
        self.checks_panel = ChecksPanel()
        self.checks_dock = QDockWidget("Checklist", self)
        self.checks_dock.setObjectName("checksDock")
        self.checks_dock.setWidget(self.checks_panel)
        self.checks_dock.setFeatures(self.dock.features())
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.checks_dock)
        self.tabifyDockWidget(self.dock, self.checks_dock)
        self.resizeDocks([self.checks_dock], [320], Qt.Orientation.Horizontal)
        self.check_runner: CheckRunner | None = None
        self._words: dict[str, int] = {}
        self._painted = False
        """True once the window has been drawn: the first checks of a document wait for that (see _install)."""

        self._history_keys = HistoryKeys(self)
        QApplication.instance().focusChanged.connect(self._history_keys.follow_focus)
        self.exporter = Exporter(self, self.settings)
        self.exporter.finished.connect(self._export_finished)
        self.word_importer = WordImporter(self)
        """File › Import Word IMR: reads the Word file on a worker thread, then shows the project and its summary."""
        self.statusBar()
        self.review_mode = ReviewMode(self, self.settings)
        self.review_mode.changed.connect(lambda: self.bridge is not None and self._show_access())
        self.review_mode.changed.connect(lambda: self.review_loop.set_reviewing(self.review_mode.reviewer is not None))
        self.commands = WindowActions(self)
        """Every menu command and shortcut of this window."""
        build_menu_bar(self.menuBar(), self.commands, [
            self.dock.toggleViewAction(), self.checks_dock.toggleViewAction(), self.commands.checks,
            self.commands.next_finding, self.commands.previous_finding, None, self.review_mode.action,
            self.review_loop.next_action, self.review_loop.send_action,
        ])
        self.guard = FileGuard(self)
        self.guard.on_changed = self.changed_on_disk
        self.guard.on_lock_lost = self.lock_lost
        self.small_screen = False
        """True when the screen has less room than the window would like: start it maximised."""
        layout_memory.restore_splitters(self, self.settings)
        if not layout_memory.restore_window(self, self.settings):
            self.small_screen = layout_memory.fit_to_screen(self)
        if start_empty:
            self.new_document(ask=False)

    # --- documents -------------------------------------------------------------

    def show_document(self, document: Document, path: Path | None, name: str, section: str = "") -> None:
        """Show ``document`` (read from ``path``, or None when it has not been saved) without asking anything, at the
        page of ``section`` (by default the page of the same place as before)."""
        self._install(DocumentEditor(document), path, name, section)

    def _install(self, editor: DocumentEditor, path: Path | None, name: str, section: str = "") -> None:
        current_row = max(0, self.navigator.currentRow())
        if self.path is not None and self.pages:
            self.settings.last_sections[str(self.path.resolve())] = self.current_page().section
        if self.autosaver is not None:
            self.autosaver.close()
        if self.bridge is not None:
            self.bridge.detach()
        if not self.guard.is_for(path):
            self.guard.release()
        current = self.stack.currentWidget()
        for page in sorted(self.pages, key=lambda page: page is current):  # the page on show last: no other is shown
            self.stack.removeWidget(page)
            page.deleteLater()
        self._laid_out.clear()
        self._finding_number = -1
        self.bridge = DocumentBridge(editor, self._describe, self)
        self.bridge.history_changed.connect(self._refresh_history)
        self.bridge.edit_refused.connect(lambda message: self.statusBar().showMessage(message, 8000))
        self.bridge.findings_changed.connect(self._refresh_status)
        self.bridge.changed.connect(self._refresh_found)
        if self.check_runner is not None:
            self.check_runner.stop()
            self.check_runner.deleteLater()
        self.check_runner = CheckRunner(self.bridge, self)
        self.autosaver = Autosaver(self.bridge, RecoverySlot(path, name, self.guard.fingerprint), self.settings, self)
        self.autosaver.problem.connect(lambda message: self.statusBar().showMessage(message, 30000))
        self.path = path
        self.display_name = name
        self.pages = [page_type(self.bridge) for page_type in page_types()]
        rows = [row for row, page in enumerate(self.pages) if page.section == section]
        row = rows[0] if rows else min(current_row, len(self.pages) - 1)
        for page in sorted(self.pages, key=lambda page: page is not self.pages[row]):
            self.stack.addWidget(page)  # the page to show first: the stack shows it, and builds no other
        self.navigator.blockSignals(True)
        self.navigator.clear()
        for page in self.pages:
            self.navigator.addItem(QListWidgetItem(page.title))
        self.navigator.blockSignals(False)
        self._fit_navigator()
        self.navigator.setCurrentRow(row)
        self._show_page(row)
        self.checks_panel.attach(self.bridge)
        self.review_mode.attach(next(p for p in self.pages if isinstance(p, QualityPage)))
        self.review_loop.attach(self.bridge)
        self._refresh_status()
        QTimer.singleShot(0, self, self._start_first_checks)
        self._show_access()

    def _start_first_checks(self) -> None:
        """Start the document's first checks on their worker thread, once the window on show has been drawn.

        Started while the window is first drawn, the worker would hold that up
        (:mod:`~imr_studio.gui.widgets.after_paint`). A hidden window starts them at once.
        """
        if self.isVisible() and not self._painted:
            return  # the first paint calls again
        if self.check_runner is not None and self.check_runner.rules is None and not self.check_runner.busy:
            self.check_runner.run_soon()

    def _fit_navigator(self) -> None:
        """The sections list as wide as its longest title, and no wider unless the author widens it."""
        needed = self.navigator.sizeHintForColumn(0) + 2 * self.navigator.frameWidth() + 4
        self.navigator.setMinimumWidth(needed)
        sizes = self.splitter.sizes()
        if sum(sizes) and sizes[0] < needed:
            self.splitter.setSizes([needed, sum(sizes) - needed])

    def _show_access(self) -> None:
        """Make the document read-only or editable as the file guard and review mode say, and show which."""
        self.bridge.editor.policy = edit_policy(open_read_only=bool(self.guard.read_only), reviewing=bool(self.review_mode.reviewer))
        # Read-only (someone else edits the file): Save keeps a copy, never replaces their file.
        self.commands.save.setText("&Save a copy…" if self.guard.read_only else "&Save")
        self.commands.edit_anyway.setEnabled(self.guard.held is not None)
        self.bridge.history_changed.emit()  # what Undo may do has changed (the window's title and banner follow)

    def _describe(self, restriction: Restriction) -> str:
        """What to tell the user about an edit refused for ``restriction``."""
        if restriction is Restriction.OPEN_READ_ONLY:
            return self.guard.read_only
        return REVIEW_MESSAGES[restriction]

    def edit_anyway(self) -> None:
        """File › Edit anyway: take over the lock of a project open read-only, once its holder has gone."""
        if self.guard.take_over():
            self.reload_from_disk(quiet=True)  # edit what is on disk now, never an older view of it
            self._show_access()
            self.statusBar().showMessage("The lock is yours now: you can edit and save this IMR, as it is on disk.",
                                         8000)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt name)
        """The first time the window is drawn, the checks of the document on show may start."""
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            soon_after_paint(self, self._start_first_checks)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt name)
        """Once shown, the window's borders are known: keep all of it on the screen."""
        super().showEvent(event)
        QTimer.singleShot(0, self, lambda: layout_memory.keep_on_screen(self))

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt name)
        """Closing the window asks about unsaved work first, and waits for an export or import to end."""
        if self.exporter.busy or self.word_importer.busy:
            self.statusBar().showMessage("An export or import is under way: close the window once it has finished.", 8000)
            event.ignore()
        elif self.maybe_save():
            self._remember_place()
            self.autosaver.close()
            self.guard.release()
            QApplication.instance().focusChanged.disconnect(self._history_keys.follow_focus)
            event.accept()
        else:
            event.ignore()

    def _remember_place(self) -> None:
        """Keep the window's layout, and the section this project was on, for next time."""
        layout_memory.remember(self, self.settings)
        if self.path is not None and self.pages:
            self.settings.last_sections[str(self.path.resolve())] = self.current_page().section
        try:
            self.settings.save()
        except OSError as exc:
            self.statusBar().showMessage(f"The window's layout could not be remembered: {exc}", 8000)

    # --- history and status ------------------------------------------------------

    def undo(self) -> None:
        """Undo the last edit to the document."""
        if self.bridge is not None:
            self.bridge.undo()

    def redo(self) -> None:
        """Redo the last undone edit."""
        if self.bridge is not None:
            self.bridge.redo()

    def _refresh_history(self) -> None:
        editor = self.bridge.editor
        self.commands.undo.setEnabled(editor.can_undo)
        self.commands.redo.setEnabled(editor.can_redo)
        self.commands.imported_text.setEnabled(bool(editor.document.imported))
        self.commands.undo.setText(f"&Undo {editor.undo_label.lower()}" if editor.can_undo else "&Undo")
        self.commands.redo.setText(f"&Redo {editor.redo_label.lower()}" if editor.can_redo else "&Redo")
        self.setWindowTitle(f"{self.display_name}{' (read-only)' if self.guard.read_only else ''}[*] — "
                            f"{self.review_loop.status.short} — IMR Studio")
        self.setWindowModified(editor.is_modified)
        restriction = editor.restriction
        self.banner.setText(self._describe(restriction) if restriction is not None else "")
        self.banner.setVisible(restriction is not None)

    def _refresh_status(self, *_: object) -> None:
        document = self.bridge.document
        report = self.bridge.report
        words = self._words = report.words if report is not None and report.words else words_by_section(document)
        problems = report.problems_by_section() if report is not None else {}
        findings = report.findings() if report is not None else []
        counts = Counter(finding.location.section for finding in findings)
        for row, page in enumerate(self.pages):
            progress = section_progress(document, page.section)
            icon, state = section_status(progress.status, problems.get(page.section, "met"), counts[page.section])
            item_ids = sorted({f.item_id for f in findings if f.location.section == page.section})
            if item_ids:  # the icon follows where findings sit; say which checklist questions they answer to
                state = f"{state} (checklist {', '.join(item_ids)})"
            item = self.navigator.item(row)
            item.setIcon(status_icon(icon))
            if page.section in words:
                state = f"{state}; {words[page.section]} words"
            asks = ", ".join(question.id for question in questions_about(page.section))
            item.setToolTip(f"{page.title}: {state}" + (f"\nChecklist questions on this section: {asks}" if asks else ""))
            item.setData(Qt.ItemDataRole.AccessibleDescriptionRole, state)
        self._show_missing()

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: N802, A002 (Qt names)
        """Tab from the sections list goes into the page on show, before the side panels."""
        if next and self.navigator.hasFocus() and self.pages:
            chain = [w for w in focus_chain(self.current_page().body) if w.isVisible() and w.isEnabled()]
            if chain:
                chain[0].setFocus(Qt.FocusReason.TabFocusReason)
                return True
        return super().focusNextPrevChild(next)

    def export(self, kind: ExportKind) -> None:
        """Export the report, the publication version or the action plan (``kind``), asking where."""
        self._commit_pending_input()
        if not self._export_with_open_findings():
            return
        for action in self.commands.export.values():
            action.setEnabled(False)
        self.exporter.ask_and_export(self.bridge.document, self.path, kind)
        if not self.exporter.busy:  # cancelled before it started
            self._export_finished(False)

    def _export_with_open_findings(self) -> bool:
        """Before an export: if the checklist still has open findings, say how many and where; True to go ahead."""
        report = self.bridge.report
        groups = report.open_findings_by_group() if report is not None else {}
        if not groups:
            return True
        total = sum(groups.values())
        lines = "\n".join(f"• {group}: {count}" for group, count in groups.items())
        answer = questions.ask(
            self, "Open findings",
            f"The checklist still has {total} finding{'s' if total != 1 else ''} to look at:\n{lines}\n\n"
            "You can export now, as a draft, and come back to them.",
            questions.Buttons.Yes | questions.Buttons.No | questions.Buttons.Cancel, questions.Buttons.Yes,
            {questions.Buttons.Yes: "Export anyway", questions.Buttons.No: "Show the checklist"},
        )
        if answer == questions.Buttons.No:
            self.focus_checklist()
        return answer == questions.Buttons.Yes

    def _export_finished(self, _written: bool) -> None:
        for action in self.commands.export.values():
            action.setEnabled(True)

    def offer_recoveries(self) -> None:
        """File › Recover unsaved work: list what earlier sessions left unsaved, or say there is none."""
        offer_recoveries(self, self.restore, say_when_none=True)

    def edit_settings(self) -> None:
        """Edit › Settings."""
        dialog = SettingsDialog(self.settings, self)
        dialog.exec()
        dialog.deleteLater()

    def focus_checklist(self) -> None:
        """Show the checklist sidebar and put the keyboard in it (F8)."""
        self.checks_dock.show()
        self.checks_dock.raise_()
        self.checks_panel.tree.setFocus()

    def show_checklist_item(self, item_id: str) -> None:
        """Show the checklist sidebar open at item ``item_id`` and its findings."""
        self.focus_checklist()
        self.checks_panel.show_item(item_id)

    def _show_missing(self) -> None:
        row = self.navigator.currentRow()
        if self.bridge is None or not 0 <= row < len(self.pages):
            return
        page = self.pages[row]
        progress = section_progress(self.bridge.document, page.section)
        words = f"<p>{self._words[page.section]} words in this section.</p>" if page.section in self._words else ""
        if progress.missing:
            lines = "".join(f"<li>{html.escape(item)}</li>" for item in progress.missing)
            self.completeness.setText(f"<b>{page.title}</b> still needs:<ul>{lines}</ul>{words}")
        else:
            self.completeness.setText(f"<b>{page.title}</b>: everything this section asks for is written.{words}")

    def _show_page(self, row: int) -> None:
        if 0 <= row < len(self.pages):
            page = self.pages[row]
            page.build()
            self.stack.setCurrentWidget(page)
            if page not in self._laid_out:  # its dividers go back where they were once the page has its size
                self._laid_out.add(page)
                QTimer.singleShot(0, page, lambda: page in self.pages and layout_memory.restore_splitters(page, self.settings))
            self.guide.show_section(sections.section(page.section), row + 1, len(self.pages))
            self.review_loop.show_section(page.section)
            self.wizard.show_place([p.title for p in self.pages], row)
            self._show_missing()

    def _step_without_wrapping(self, step: int) -> None:
        """Back or Next: the previous or next section, stopping at the first and the last."""
        row = self.navigator.currentRow() + step
        if 0 <= row < len(self.pages):
            self.navigator.setCurrentRow(row)
            focused = self.wizard.next if step > 0 else self.wizard.back
            if not focused.isVisible():  # the last (or first) section: keep the keyboard on the wizard's other button
                (self.wizard.back if step > 0 else self.wizard.next).setFocus()

    def step_section(self, step: int) -> None:
        """Show the next (``step`` 1) or previous (-1) section, wrapping around."""
        row = (self.navigator.currentRow() + step) % max(1, len(self.pages))
        self.navigator.setCurrentRow(row)

    def reveal(self, path: tuple, span: tuple[int, int] | None = None) -> bool:
        """Open the page that edits ``path`` and focus its editor (selecting ``span`` in a text)."""
        for row, page in enumerate(self.pages):
            if page.section == path[0]:
                self.navigator.setCurrentRow(row)
                return page.reveal(path, span)
        return False

    def _show_review_status(self, status: ReviewStatus) -> None:
        """The review status in the title bar and beside the quality assurance section in the sections list."""
        self._refresh_history()
        for row, page in enumerate(self.pages):
            if isinstance(page, QualityPage):
                item = self.navigator.item(row)
                item.setText(f"{page.title}\n    {status.stage.value}")
                item.setData(Qt.ItemDataRole.AccessibleDescriptionRole, status.sentence)

    def show_verdict(self, item_id: str) -> None:
        """Open the quality assurance page at checklist question ``item_id``."""
        page = next(p for p in self.pages if isinstance(p, QualityPage))
        self.show_page(page)
        page.select_item(item_id)
        page.table.setFocus()

    def show_page(self, page: Page) -> None:
        """Show ``page`` (one of this window's pages)."""
        self.navigator.setCurrentRow(self.pages.index(page))

    def current_page(self) -> Page:
        """The page on show."""
        return self.pages[self.navigator.currentRow()]
