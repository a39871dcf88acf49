"""The main window's file commands: new, open, the sample, restore, save, save as, and the unsaved-changes question.

:class:`FileCommands` is mixed into the main window. Reading and writing
project files is the core's (:mod:`imr_studio.storage`); this asks the user,
keeps the file guard (the lock) and the autosaver in step, and remembers files.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from ... import paths
from ..dialogs import questions
from ...model import Document, DocumentEditor
from ...storage import ProjectFileError, Recovery, fingerprint, load_project, save_project
from ...storage.session import describe_time
from .importing import not_while_importing

FILE_FILTER = "IMR Studio projects (*.imr)"
Buttons = QMessageBox.StandardButton


class FileCommands:
    """File › New, Open, Open sample, Import Word IMR, Save, Save as; restoring recovered work; asking before losing
    changes."""

    @not_while_importing
    def new_document(self, ask: bool = True) -> None:
        """Start a new, empty IMR (asking first about unsaved work)."""
        if ask and not self.maybe_save():
            return
        document = Document()
        if self.settings.protective_marking:  # the force's (or the user's) marking for new reviews
            document.review.protective_marking = self.settings.protective_marking
        self._install(DocumentEditor(document), None, "Untitled")

    @not_while_importing
    def open_dialog(self) -> None:
        """Ask for a project file and open it."""
        if not self.maybe_save():
            return
        start = str(self.path.parent) if self.path else str(Path.home())
        name, _ = QFileDialog.getOpenFileName(self, "Open IMR project", start, FILE_FILTER)
        if name:
            self.open_path(Path(name), ask=False)

    @not_while_importing
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
        self.show_document(document, Path(path), Path(path).name,
                           self.settings.last_sections.get(str(Path(path).resolve()), ""))
        self._remember(Path(path))
        return True

    @not_while_importing
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

    @not_while_importing
    def import_word_dialog(self) -> bool:
        """File › Import Word IMR: read a Word IMR into a new, unsaved project and say what went where."""
        if not self.maybe_save():
            return False
        start = str(self.path.parent) if self.path else str(Path.home())
        name, _ = QFileDialog.getOpenFileName(self, "Import a Word IMR", start, "Word documents (*.docx)")
        return bool(name) and self.import_word(Path(name))

    @not_while_importing
    def import_word(self, path: Path) -> bool:
        """Start importing the Word IMR at ``path`` (without asking about unsaved work), with progress; True once started.

        The imported project is then shown with a summary of what went where, or a
        file that cannot be read is explained; :attr:`word_importer` says when.
        """
        self.word_importer.start(path)
        return True

    def show_imported_text(self) -> None:
        """File › Text not yet placed: the pieces of an imported Word IMR still to move to their sections."""
        from ..dialogs.imported_text import ImportedTextDialog

        ImportedTextDialog(self.bridge, self).exec()

    @not_while_importing
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

    @not_while_importing
    def reload_from_disk(self, quiet: bool = False) -> bool:
        """File › Reload from disk: show the project file as it is now, asking first when that loses changes.

        ``quiet`` skips the question when nothing would be lost.
        """
        if self.path is None:
            self.statusBar().showMessage("This IMR has not been saved to a file yet: there is nothing to reload.", 8000)
            return False
        if self.bridge.editor.is_modified:
            answer = questions.ask(
                self, "Reload from disk",
                "Reload the file as it is on disk? Your unsaved changes here would be lost; Save as keeps them first.",
                Buttons.Yes | Buttons.Cancel, Buttons.Cancel, {Buttons.Yes: "Reload and lose my changes"})
            if answer != Buttons.Yes:
                return False
        current = fingerprint(self.path)
        try:
            document = load_project(self.path)
        except ProjectFileError as exc:
            QMessageBox.warning(self, "Cannot reload this file", str(exc))
            return False
        section = self.current_page().section if self.pages else ""
        self.guard.opened(current)
        self.show_document(document, self.path, self.path.name, section)
        if not quiet:
            self.statusBar().showMessage(f"Reloaded “{self.path.name}” as it is on disk.", 8000)
        return True

    def changed_on_disk(self) -> None:
        """Someone else saved the project file since this window opened or saved it: say so, and offer Reload."""
        name = self.path.name if self.path is not None else "the file"
        if self.bridge.editor.is_modified:
            QMessageBox.information(
                self, "The file has changed",
                f"Someone else has saved “{name}” since you opened it. Your unsaved changes are still here: "
                "File › Save will ask before replacing their version, and Save as keeps yours as a copy.")
            return
        answer = questions.ask(
            self, "The file has changed",
            f"Someone else has saved “{name}” since you opened it. Reload it to see their version?",
            Buttons.Yes | Buttons.No, Buttons.Yes, {Buttons.Yes: "Reload", Buttons.No: "Not now"})
        if answer == Buttons.Yes:
            self.reload_from_disk(quiet=True)
        else:
            self.statusBar().showMessage("File › Reload from disk shows their version when you want it.", 10000)

    def lock_lost(self, who: str) -> None:
        """Someone else took over the lock this window held: say so at once; Save becomes Save as."""
        self._show_access()
        QMessageBox.warning(
            self, "Someone else is editing this IMR",
            f"{who[:1].upper()}{who[1:]} took over editing “{self.path.name if self.path else 'this IMR'}”. "
            "Your copy here can no longer be saved over the file, so their work is not replaced: File › Save as "
            "keeps yours as a copy of its own.")

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
