"""The main window: section navigator, page area, completeness panel, menus."""

from __future__ import annotations

import html
from collections import Counter
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QCloseEvent, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QFileDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ... import __version__, paths
from ...about import about_text, build
from ...export.kinds import ExportKind
from ...model import Document, DocumentEditor, sections
from ...model.access import Restriction, edit_policy
from ...checks.checklist import questions_about
from ...checks.texts import words_by_section
from ...model.progress import section_progress, section_status
from ...settings import Settings
from ...storage import ProjectFileError, Recovery, RecoverySlot, fingerprint, load_project, save_project
from ...storage.session import describe_time
from .autosave import Autosaver
from ..bridge import DocumentBridge
from .check_runner import CheckRunner
from ..widgets.checks_panel import ChecksPanel
from ..dialogs import questions
from ..dialogs.find_replace import FindReplaceDialog
from ..dialogs.help import HelpDialog
from ..dialogs.recovery import offer_recoveries
from ..dialogs.settings import SettingsDialog
from .exporting import Exporter
from .menus import build_menu_bar
from .review_mode import MESSAGES as REVIEW_MESSAGES
from .review_mode import ReviewMode
from .actions import WindowActions
from .file_guard import FileGuard
from . import layout_memory
from .history_keys import HistoryKeys
from .wizard import SectionGuide, WizardButtons
from ..widgets.icons import status_icon
from ..pages import page_types
from ..pages.base import Page
from ..widgets.tab_order import focus_chain
from ..pages.quality import QualityPage

FILE_FILTER = "IMR Studio projects (*.imr)"


class MainWindow(QMainWindow):
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
        self.find_dialog: FindReplaceDialog | None = None
        """Edit › Find and replace, made the first time it is asked for."""
        self._finding_number = -1
        """Which open finding F4 last went to (-1 for none yet)."""
        self.about_box: QMessageBox | None = None
        """Help › About, while it is open."""
        self.help_dialog: HelpDialog | None = None
        """Help › the guides, made the first time they are asked for."""

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

        self._history_keys = HistoryKeys(self)
        QApplication.instance().focusChanged.connect(self._history_keys.follow_focus)
        self.exporter = Exporter(self, self.settings)
        self.exporter.finished.connect(self._export_finished)
        self.statusBar()
        self.review_mode = ReviewMode(self, self.settings)
        self.review_mode.changed.connect(lambda: self.bridge is not None and self._show_access())
        self.commands = WindowActions(self)
        """Every menu command and shortcut of this window."""
        build_menu_bar(self.menuBar(), self.commands, [
            self.dock.toggleViewAction(), self.checks_dock.toggleViewAction(), self.commands.checks,
            self.commands.next_finding, self.commands.previous_finding, None, self.review_mode.action,
        ])
        self.guard = FileGuard(self)
        self.small_screen = False
        """True when the screen has less room than the window would like: start it maximised."""
        layout_memory.restore_splitters(self, self.settings)
        if not layout_memory.restore_window(self, self.settings):
            self.small_screen = layout_memory.fit_to_screen(self)
        if start_empty:
            self.new_document(ask=False)

    # --- documents -------------------------------------------------------------

    def show_document(self, document: Document, path: Path | None, name: str) -> None:
        """Show ``document`` (read from ``path``, or None when it has not been saved) without asking anything."""
        self._install(DocumentEditor(document), path, name)

    def _install(self, editor: DocumentEditor, path: Path | None, name: str) -> None:
        current_row = max(0, self.navigator.currentRow())
        if self.path is not None and self.pages:
            self.settings.last_sections[str(self.path.resolve())] = self.current_page().section
        if self.autosaver is not None:
            self.autosaver.close()
        if self.bridge is not None:
            self.bridge.detach()
        if not self.guard.is_for(path):
            self.guard.release()
        for page in self.pages:
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
        self.navigator.blockSignals(True)
        self.navigator.clear()
        for page in self.pages:
            self.stack.addWidget(page)
            item = QListWidgetItem(page.title)
            self.navigator.addItem(item)
        self.navigator.blockSignals(False)
        self._fit_navigator()
        self.navigator.setCurrentRow(min(current_row, len(self.pages) - 1))
        self._show_page(self.navigator.currentRow())
        self.checks_panel.attach(self.bridge)
        self.review_mode.attach(next(p for p in self.pages if isinstance(p, QualityPage)))
        self._refresh_status()
        self.check_runner.run_soon()
        self._show_access()

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
        self.commands.save.setEnabled(not self.guard.read_only)
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
            self._show_access()
            self.statusBar().showMessage("The lock is yours now: you can edit and save this IMR.", 8000)

    def new_document(self, ask: bool = True) -> None:
        """Start a new, empty IMR (asking first about unsaved work)."""
        if ask and not self.maybe_save():
            return
        document = Document()
        if self.settings.protective_marking:  # the force's (or the user's) marking for new reviews
            document.review.protective_marking = self.settings.protective_marking
        self._install(DocumentEditor(document), None, "Untitled")

    def open_dialog(self) -> None:
        """Ask for a project file and open it."""
        if not self.maybe_save():
            return
        start = str(self.path.parent) if self.path else str(Path.home())
        name, _ = QFileDialog.getOpenFileName(self, "Open IMR project", start, FILE_FILTER)
        if name:
            self.open_path(Path(name), ask=False)

    def open_path(self, path: Path, ask: bool = True) -> bool:
        """Open ``path``; a file that cannot be read is explained and left untouched."""
        if ask and not self.maybe_save():
            return False
        opened = fingerprint(path)
        try:
            document = load_project(path)
        except ProjectFileError as exc:
            QMessageBox.warning(self, "Cannot open this file", str(exc))
            return False
        if not self.guard.claim(Path(path), opened):
            return False
        self.show_document(document, Path(path), Path(path).name)
        self._go_to_section(self.settings.last_sections.get(str(Path(path).resolve()), ""))
        self._remember(Path(path))
        return True

    def _go_to_section(self, section_id: str) -> None:
        """Show the page of section ``section_id`` (nothing happens for an unknown one)."""
        for row, page in enumerate(self.pages):
            if page.section == section_id:
                self.navigator.setCurrentRow(row)

    def open_sample(self, ask: bool = True) -> bool:
        """Open the built-in fictional sample as an unsaved copy."""
        if ask and not self.maybe_save():
            return False
        try:
            document = load_project(paths.sample_project())
        except ProjectFileError as exc:
            QMessageBox.warning(self, "Cannot open the sample", str(exc))
            return False
        self.show_document(document, None, "Sample IMR (unsaved copy)")
        return True

    def restore(self, recovery: Recovery) -> bool:
        """Show the work ``recovery`` kept, as unsaved changes to its original file (which is not touched)."""
        if not self.maybe_save():
            return False
        try:
            document = recovery.load()
        except ProjectFileError as exc:
            QMessageBox.warning(self, "Cannot restore this work", str(exc))
            return False
        original = recovery.original
        if original is not None and not self.guard.claim(original, recovery.header.original_fingerprint):
            return False
        self.show_document(document, original, recovery.name)
        self.bridge.mark_unsaved()
        if self.autosaver.write_now():  # kept in this session's slot before the old file goes
            try:
                recovery.discard()
            except OSError:
                pass  # offered again next time: better twice than never
        where = f"File › Save writes it to {original}" if original is not None else "File › Save as writes it to a file"
        self.statusBar().showMessage(
            f"Restored the unsaved work on “{recovery.name}” autosaved at {describe_time(recovery.written)}. "
            f"It is not saved yet: {where}.",
            15000,
        )
        return True

    def _remember(self, path: Path) -> None:
        self.settings.add_recent(path)
        try:
            self.settings.save()
        except OSError as exc:
            self.statusBar().showMessage(f"Recent files could not be remembered: {exc}", 8000)

    def _commit_pending_input(self) -> None:
        """Make the field being typed in hand its value over (dates commit on leaving)."""
        focused = QApplication.focusWidget()
        if focused is not None:
            focused.clearFocus()
            focused.setFocus()

    def save(self) -> bool:
        """Save to the current file, or ask for a name when there is none."""
        if self.path is None or self.guard.read_only:
            return self.save_as()
        choice = self.guard.confirm_replacing(self.path)
        if choice == "save_as":
            return self.save_as()
        return choice == "replace" and self._write(self.path)

    def save_as(self) -> bool:
        """Ask for a file name and save there."""
        start = str(self.path) if self.path else str(Path.home() / f"{self._suggested_name()}.imr")
        name, _ = QFileDialog.getSaveFileName(self, "Save IMR project", start, FILE_FILTER)
        if not name:
            return False
        path = Path(name)
        if path.suffix.lower() != ".imr":
            path = path.with_name(path.name + ".imr")
        return self._write(path)

    def _suggested_name(self) -> str:
        reference = self.bridge.document.review.reference.strip() if self.bridge else ""
        safe = "".join(c if c.isalnum() or c in "-_ " else "-" for c in reference).strip()
        return f"IMR {safe}" if safe else "IMR"

    def _write(self, path: Path) -> bool:
        assert self.bridge is not None
        self._commit_pending_input()
        lock = self.guard.lock_target(path)
        if lock is False:
            return False
        try:
            save_project(self.bridge.document, path)
        except (OSError, ProjectFileError) as exc:
            self.guard.written(path, lock, ok=False)
            QMessageBox.critical(self, "Not saved", f"The IMR could not be saved to {path}.\n\n{exc}\n\nYour work is still open.")
            return False
        self.guard.written(path, lock, ok=True)
        self.path = path
        self.display_name = path.name
        self.bridge.mark_saved()
        self.autosaver.follow(path, path.name, self.guard.fingerprint)
        self._show_access()
        self._remember(path)
        self.statusBar().showMessage(f"Saved to {path}", 5000)
        return True

    def maybe_save(self) -> bool:
        """Ask what to do with unsaved changes; False means the user cancelled."""
        if self.bridge is None or not self.bridge.editor.is_modified:
            return True
        answer = QMessageBox.question(
            self,
            "Unsaved changes",
            f"“{self.display_name}” has changes that are not saved. Save them first?",
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt name)
        """Once shown, the window's borders are known: keep all of it on the screen."""
        super().showEvent(event)
        QTimer.singleShot(0, lambda: layout_memory.keep_on_screen(self))

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt name)
        """Closing the window asks about unsaved work first."""
        if self.maybe_save():
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
        self.commands.undo.setText(f"&Undo {editor.undo_label.lower()}" if editor.can_undo else "&Undo")
        self.commands.redo.setText(f"&Redo {editor.redo_label.lower()}" if editor.can_redo else "&Redo")
        self.setWindowTitle(f"{self.display_name}{' (read-only)' if self.guard.read_only else ''}[*] — IMR Studio")
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

    def edit_focused(self, operation: str) -> None:
        """Edit › Cut, Copy, Paste or Select all (``operation``) in the field that has the keyboard."""
        method = getattr(QApplication.focusWidget(), operation, None)
        if callable(method):
            method()

    def find_and_replace(self, replacing: bool) -> None:
        """Edit › Find (Ctrl+F) or Find and replace (Ctrl+H), starting from the words selected in the field, if any."""
        if self.find_dialog is None:
            self.find_dialog = FindReplaceDialog(self, lambda: self.bridge.editor, self.reveal)
        focused = QApplication.focusWidget()
        selected = ""
        if hasattr(focused, "selectedText"):
            selected = focused.selectedText()
        elif hasattr(focused, "textCursor"):
            selected = focused.textCursor().selectedText()
        self.find_dialog.open_for(" ".join(selected.split()), replacing=replacing)

    def show_guide(self, guide: str, at_current_section: bool) -> None:
        """Help › a guide; the author's guide opens at the section on show (F1)."""
        if self.help_dialog is None:
            self.help_dialog = HelpDialog(self)
        self.help_dialog.open_at(guide, self.current_page().section if at_current_section and self.pages else "")

    def _refresh_found(self, *_: object) -> None:
        """Keep the places Find lists true to the document while it is open (spans move as text changes)."""
        if self.find_dialog is not None and self.find_dialog.isVisible():
            self.find_dialog.search()

    def about(self) -> None:
        """Help › About: the version and build, with the folders in use and the licences under Show details."""
        box = QMessageBox(QMessageBox.Icon.Information, "About IMR Studio",
                          f"IMR Studio {__version__}\n\nHelps police authors write Individual Management Reviews for "
                          "domestic homicide reviews, section by section, and helps review leads quality-assure them. "
                          f"Works entirely offline.\n\n{build()}", parent=self)
        box.setDetailedText(about_text())
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        self.about_box = box

    def focus_checklist(self) -> None:
        """Show the checklist sidebar and put the keyboard in it (F8)."""
        self.checks_dock.show()
        self.checks_dock.raise_()
        self.checks_panel.tree.setFocus()

    def step_finding(self, step: int) -> None:
        """F4 / Shift+F4: go to the next (or previous) open finding, in the order the checklist lists them."""
        report = self.bridge.report if self.bridge is not None else None
        findings = report.findings() if report is not None else []
        if not findings:
            self.statusBar().showMessage("There are no open findings to go to.", 5000)
            return
        if self._finding_number < 0:  # the first time: the first finding, or the last going back
            self._finding_number = 0 if step > 0 else len(findings) - 1
        else:
            self._finding_number = (self._finding_number + step) % len(findings)
        finding = findings[self._finding_number]
        self.reveal(finding.location.path, finding.location.span)
        self.statusBar().showMessage(f"Finding {self._finding_number + 1} of {len(findings)} ({finding.item_id}): {finding.message}", 15000)

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
            self.stack.setCurrentWidget(page)
            if page not in self._laid_out:  # its dividers go back where they were once the page has its size
                self._laid_out.add(page)
                QTimer.singleShot(0, lambda: page in self.pages and layout_memory.restore_splitters(page, self.settings))
            self.guide.show_section(sections.section(page.section), row + 1, len(self.pages))
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
