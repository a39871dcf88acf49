"""The main window's commands: every menu item and shortcut, as action objects the window owns.

:class:`WindowActions` makes each :class:`~PySide6.QtGui.QAction` with its
text, shortcuts and status-bar tip, connected to a method of the window.
:mod:`.menus` lays them out in the menu bar; tests trigger them by name
(``window.commands.save``).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Protocol

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QWidget

from ...export.kinds import ExportKind
from ...settings import Settings
from .exporting import Exporter


class MainWindow(Protocol):
    """What the commands call on the window that owns them (the main window)."""

    settings: Settings
    exporter: Exporter
    navigator: QWidget

    def new_document(self) -> None: ...
    def open_dialog(self) -> None: ...
    def open_sample(self) -> bool: ...
    def import_word_dialog(self) -> bool: ...
    def show_imported_text(self) -> None: ...
    def open_path(self, path: Path) -> bool: ...
    def offer_recoveries(self) -> None: ...
    def save(self) -> bool: ...
    def save_as(self) -> bool: ...
    def edit_anyway(self) -> None: ...
    def reload_from_disk(self) -> bool: ...
    def export(self, kind: ExportKind) -> None: ...
    def close(self) -> bool: ...
    def undo(self) -> None: ...
    def redo(self) -> None: ...
    def edit_settings(self) -> None: ...
    def edit_focused(self, operation: str) -> None: ...
    def find_and_replace(self, replacing: bool) -> None: ...
    def step_section(self, step: int) -> None: ...
    def focus_checklist(self) -> None: ...
    def step_finding(self, step: int) -> None: ...
    def about(self) -> None: ...
    def print_copy(self, preview: bool) -> None: ...
    def show_guide(self, guide: str, at_current_section: bool) -> None: ...

_KEYS = QKeySequence.StandardKey


def _action(window: MainWindow, text: str, handler: Callable[[], object], shortcut=None, tip: str = "",
            fallback: str = "") -> QAction:
    """An action of ``window`` calling ``handler``, with its shortcuts (``fallback`` where the platform has none)."""
    action = QAction(text, window)  # type: ignore[arg-type]  # the window is a QMainWindow
    if shortcut is not None:
        action.setShortcuts(shortcut if isinstance(shortcut, list) else [QKeySequence(shortcut)])
    if fallback and not action.shortcuts():
        action.setShortcut(QKeySequence(fallback))
    if tip:
        action.setStatusTip(tip)
    action.triggered.connect(lambda _checked=False: handler())
    return action


_EXPORTS = {
    ExportKind.RESTRICTED: ("&Report (not for publication)…", "Ctrl+E",
                           "Export the IMR as a Word report with real names, for the panel"),
    ExportKind.PUBLICATION: ("&Publication version (pseudonymised)…", "Ctrl+Shift+E",
                            "Export the IMR with every name replaced by its pseudonym, checked for names left behind"),
    ExportKind.ACTION_PLAN: ("&Action plan…", None, "Export the action plan alone, as Word or CSV"),
    ExportKind.QA_REPORT: ("&Quality assurance report…", None,
                           "Export the review lead's verdicts, comments, replies, evidence, history and signatures"),
}


class WindowActions:
    """Every command of one main window, made once when the window is built."""

    def __init__(self, window: MainWindow) -> None:
        w = window
        self.new = _action(w, "&New", w.new_document, _KEYS.New, "Start a new, empty IMR")
        self.open = _action(w, "&Open…", w.open_dialog, _KEYS.Open, "Open a saved IMR project")
        self.sample = _action(w, "Open sa&mple", w.open_sample, None, "Open the fictional sample IMR as an unsaved copy")
        self.import_word = _action(w, "&Import Word IMR…", w.import_word_dialog, None,
                                   "Read an IMR written in Word into a new project, to check it and review it")
        self.imported_text = _action(w, "Te&xt not yet placed…", w.show_imported_text, None,
                                     "Move the text an imported Word IMR could not place to where it belongs")
        self.recent_menu = QMenu("Open &recent", w)  # type: ignore[arg-type]
        """File › Open recent, filled each time it opens."""
        self.recent_menu.aboutToShow.connect(lambda: self._fill_recent(w))
        self.recover = _action(w, "Recover &unsaved work…", w.offer_recoveries, None,
                               "Work autosaved by an earlier session that ended before it was saved")
        self.save = _action(w, "&Save", w.save, _KEYS.Save, "Save this IMR")
        self.save_as = _action(w, "Save &as…", w.save_as, _KEYS.SaveAs, "Save this IMR under a new name",
                               fallback="Ctrl+Shift+S")
        self.edit_anyway = _action(w, "Edit an&yway…", w.edit_anyway, None,
                                   "Take over a project open read-only because someone else's lock is on it, once they have stopped")
        self.edit_anyway.setEnabled(False)
        self.reload = _action(w, "Re&load from disk", w.reload_from_disk, None,
                              "Show the project file as it is on disk now (someone else may have saved it)")
        self.export = {
            kind: _action(w, text, lambda kind=kind: w.export(kind), key, tip)
            for kind, (text, key, tip) in _EXPORTS.items()
        }
        """One action per :class:`ExportKind`."""
        self.choose_template = _action(w, "&Choose a Word template…", w.exporter.choose_template, None,
                                       "Use your force's own Word template for exported reports")
        self.built_in_template = _action(w, "Use the &built-in template", w.exporter.use_built_in_template, None,
                                         "Go back to the report template IMR Studio ships")
        self.print_preview = _action(w, "Print pre&view…", lambda: w.print_copy(True), None,
                                     "See the reading copy of this IMR as it will print")
        self.print = _action(w, "&Print…", lambda: w.print_copy(False), _KEYS.Print,
                             "Print a reading copy of this IMR (the Word report is File › Export)")
        self.quit = _action(w, "&Quit", w.close, _KEYS.Quit, "Close IMR Studio", fallback="Ctrl+Q")
        self.quit.setMenuRole(QAction.MenuRole.QuitRole)

        self.undo = _action(w, "&Undo", w.undo, _KEYS.Undo)
        redo_keys = QKeySequence.keyBindings(_KEYS.Redo)
        if QKeySequence("Ctrl+Y") not in redo_keys:
            redo_keys.append(QKeySequence("Ctrl+Y"))
        self.redo = _action(w, "&Redo", w.redo, redo_keys)
        self.cut = _action(w, "Cu&t", lambda: w.edit_focused("cut"), _KEYS.Cut, "Move the selected text to the clipboard")
        self.copy = _action(w, "&Copy", lambda: w.edit_focused("copy"), _KEYS.Copy, "Copy the selected text to the clipboard")
        self.paste = _action(w, "&Paste", lambda: w.edit_focused("paste"), _KEYS.Paste, "Paste the clipboard where the cursor is")
        self.select_all = _action(w, "Select a&ll", lambda: w.edit_focused("selectAll"), _KEYS.SelectAll,
                                  "Select all the text of the field being edited")
        self.find = _action(w, "&Find…", lambda: w.find_and_replace(False), _KEYS.Find,
                            "Find words anywhere in the IMR and go to each place")
        self.replace = _action(w, "Find and r&eplace…", lambda: w.find_and_replace(True), "Ctrl+H",
                               "Replace words anywhere in the IMR, as one step Undo takes back")
        self.settings = _action(w, "&Settings…", w.edit_settings, _KEYS.Preferences,
                                "The report template, how often to autosave, your name in review mode, your force's rules",
                                fallback="Ctrl+,")
        self.settings.setMenuRole(QAction.MenuRole.PreferencesRole)

        self.next_section = _action(w, "&Next section", lambda: w.step_section(+1), "Ctrl+PgDown")
        self.previous_section = _action(w, "&Previous section", lambda: w.step_section(-1), "Ctrl+PgUp")
        self.sections = _action(w, "Go to the &sections list", w.navigator.setFocus, "F6")
        self.checks = _action(w, "Go to the &checklist", w.focus_checklist, "F8")
        self.next_finding = _action(w, "Next &finding", lambda: w.step_finding(+1), "F4",
                                    "Go to the words or field the next open finding is about")
        self.previous_finding = _action(w, "Pre&vious finding", lambda: w.step_finding(-1), "Shift+F4",
                                        "Go to the words or field the previous open finding is about")
        self.guide = _action(w, "&Guide for authors", lambda: w.show_guide("authors", True), _KEYS.HelpContents,
                             "How to write each section, opened at the one on show", fallback="F1")
        self.review_guide = _action(w, "Guide for &review leads", lambda: w.show_guide("review_leads", False), None,
                                    "How to quality-assure an IMR and sign it off")
        self.about = _action(w, "&About IMR Studio", w.about)

    def _fill_recent(self, window: MainWindow) -> None:
        """List the recent files in File › Open recent, each opening its file."""
        self.recent_menu.clear()
        if not window.settings.recent_files:
            empty = self.recent_menu.addAction("No recent files")
            empty.setEnabled(False)
            return
        for number, name in enumerate(window.settings.recent_files, 1):
            action = self.recent_menu.addAction(f"&{number} {name}")
            action.triggered.connect(lambda _=False, p=name: window.open_path(Path(p)))
