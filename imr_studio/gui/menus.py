"""The main window's menu bar: File, Edit, View and Help, and the small commands behind them.

:func:`build_menus` makes every action an attribute of the window
(``window.save_action``, ``window.export_actions`` ...), so the window and
the tests reach them by name.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMessageBox

from .. import __version__
from .recovery_dialog import offer_recoveries
from .review_mode import ReviewMode
from .settings_dialog import SettingsDialog

if TYPE_CHECKING:
    from .main_window import MainWindow


def make_action(window: QMainWindow, text: str, handler, shortcut=None, tip: str = "") -> QAction:
    """A menu action of ``window`` calling ``handler``, with its shortcuts and status-bar tip."""
    action = QAction(text, window)
    if shortcut is not None:
        action.setShortcuts(shortcut if isinstance(shortcut, list) else [QKeySequence(shortcut)])
    if tip:
        action.setStatusTip(tip)
    action.triggered.connect(lambda _checked=False: handler())
    return action


def build_menus(window: MainWindow) -> None:
    """Build the menu bar of ``window``; its actions become attributes of the window (``window.save_action`` ...)."""
    keys = QKeySequence.StandardKey
    file_menu = window.menuBar().addMenu("&File")
    window.new_action = make_action(window, "&New", window.new_document, keys.New, "Start a new, empty IMR")
    window.open_action = make_action(window, "&Open…", window.open_dialog, keys.Open, "Open a saved IMR project")
    window.sample_action = make_action(window, "Open sa&mple", window.open_sample, None, "Open the fictional sample IMR as an unsaved copy")
    window.save_action = make_action(window, "&Save", window.save, keys.Save, "Save this IMR")
    window.save_as_action = make_action(window, "Save &as…", window.save_as, keys.SaveAs, "Save this IMR under a new name")
    window.quit_action = make_action(window, "&Quit", window.close, keys.Quit, "Close IMR Studio")
    window.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
    if not window.save_as_action.shortcuts():
        window.save_as_action.setShortcut(QKeySequence("Ctrl+Shift+S"))
    if not window.quit_action.shortcuts():
        window.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
    file_menu.addActions([window.new_action, window.open_action, window.sample_action])
    window.recent_menu = file_menu.addMenu("Open &recent")
    window.recent_menu.aboutToShow.connect(lambda: fill_recent_menu(window))
    window.recover_action = make_action(window, 
        "Recover &unsaved work…", lambda: offer_recoveries(window, say_when_none=True), None,
        "Work autosaved by an earlier session that ended before it was saved",
    )
    file_menu.addAction(window.recover_action)
    file_menu.addSeparator()
    window.edit_anyway_action = make_action(window, 
        "Edit an&yway…", window.edit_anyway, None,
        "Take over a project open read-only because someone else's lock is on it, once they have stopped",
    )
    window.edit_anyway_action.setEnabled(False)
    file_menu.addActions([window.save_action, window.save_as_action, window.edit_anyway_action])
    file_menu.addSeparator()
    export_menu = file_menu.addMenu("&Export")
    window.export_actions = {
        "restricted": make_action(window, 
            "&Report (not for publication)…", lambda: window.export("restricted"), "Ctrl+E",
            "Export the IMR as a Word report with real names, for the panel",
        ),
        "publication": make_action(window, 
            "&Publication version (pseudonymised)…", lambda: window.export("publication"), "Ctrl+Shift+E",
            "Export the IMR with every name replaced by its pseudonym, checked for names left behind",
        ),
        "action_plan": make_action(window, 
            "&Action plan…", lambda: window.export("action_plan"), None, "Export the action plan alone, as Word or CSV"
        ),
    }
    export_menu.addActions(list(window.export_actions.values()))
    template_menu = file_menu.addMenu("Report &template")
    template_menu.addAction(make_action(window, "&Choose a Word template…", window.exporter.choose_template, None,
                                         "Use your force's own Word template for exported reports"))
    template_menu.addAction(make_action(window, "Use the &built-in template", window.exporter.use_built_in_template, None,
                                         "Go back to the report template IMR Studio ships"))
    file_menu.addSeparator()
    file_menu.addAction(window.quit_action)

    edit_menu = window.menuBar().addMenu("&Edit")
    window.undo_action = make_action(window, "&Undo", window.undo, keys.Undo)
    redo_keys = QKeySequence.keyBindings(keys.Redo)
    if QKeySequence("Ctrl+Y") not in redo_keys:
        redo_keys.append(QKeySequence("Ctrl+Y"))
    window.redo_action = make_action(window, "&Redo", window.redo, redo_keys)
    edit_menu.addActions([window.undo_action, window.redo_action])
    edit_menu.addSeparator()
    window.settings_action = make_action(window, 
        "&Settings…", lambda: edit_settings(window), keys.Preferences,
        "The report template, how often to autosave, your name in review mode, your force's rules",
    )
    window.settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
    if not window.settings_action.shortcuts():
        window.settings_action.setShortcut(QKeySequence("Ctrl+,"))
    edit_menu.addAction(window.settings_action)

    view_menu = window.menuBar().addMenu("&View")
    window.next_section_action = make_action(window, "&Next section", lambda: window.step_section(+1), "Ctrl+PgDown")
    window.previous_section_action = make_action(window, "&Previous section", lambda: window.step_section(-1), "Ctrl+PgUp")
    window.sections_action = make_action(window, "Go to the &sections list", window.navigator.setFocus, "F6")
    view_menu.addActions([window.next_section_action, window.previous_section_action, window.sections_action])
    view_menu.addSeparator()
    view_menu.addAction(window.dock.toggleViewAction())
    view_menu.addAction(window.checks_dock.toggleViewAction())
    window.checks_action = make_action(window, "Go to the &checklist", window.focus_checklist, "F8")
    view_menu.addAction(window.checks_action)
    view_menu.addSeparator()
    window.review_mode = ReviewMode(window, window.settings)
    view_menu.addAction(window.review_mode.action)

    help_menu = window.menuBar().addMenu("&Help")
    help_menu.addAction(make_action(window, "&About IMR Studio", lambda: about(window)))


def edit_settings(window: MainWindow) -> None:
    """Edit › Settings."""
    dialog = SettingsDialog(window.settings, window)
    dialog.exec()
    dialog.deleteLater()


def fill_recent_menu(window: MainWindow) -> None:
    """List the recent files in File › Open recent, each opening its file."""
    window.recent_menu.clear()
    if not window.settings.recent_files:
        empty = window.recent_menu.addAction("No recent files")
        empty.setEnabled(False)
        return
    for number, name in enumerate(window.settings.recent_files, 1):
        action = window.recent_menu.addAction(f"&{number} {name}")
        action.triggered.connect(lambda _=False, p=name: window.open_path(Path(p)))


def about(window: MainWindow) -> None:
    """Help › About."""
    QMessageBox.about(
        window,
        "About IMR Studio",
        f"IMR Studio {__version__}\n\nHelps police authors write Individual Management Reviews for "
        "domestic homicide reviews, section by section, and helps review leads quality-assure them.\n\n"
        "Works entirely offline.",
    )
