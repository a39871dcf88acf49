"""Edit › Settings: changed together, checked, saved on OK, left alone on Cancel."""

from __future__ import annotations

import docx
from PySide6.QtCore import QTimer, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from imr_studio.export import default_template
from imr_studio.gui.dialogs.settings import SettingsDialog
from imr_studio.gui.dialogs.template_choice import BUILT_IN_TEMPLATE as BUILT_IN
from imr_studio.settings import Settings


def _with_dialog(window, handle) -> None:
    """Open Edit › Settings and let ``handle(dialog)`` work it (it must close it)."""

    def when_open(attempts: int = 200) -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, SettingsDialog):
            handle(dialog)
        elif attempts:
            QTimer.singleShot(20, lambda: when_open(attempts - 1))

    QTimer.singleShot(0, when_open)
    window.commands.settings.trigger()


def test_settings_are_changed_together_and_saved_on_ok(qtbot, window, monkeypatch, tmp_path) -> None:
    own = tmp_path / "force template.docx"
    own.write_bytes(default_template().read_bytes())
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args: (str(own), ""))

    def change(dialog: SettingsDialog) -> None:
        assert dialog.template_label.text() == BUILT_IN
        dialog.choose_button.click()
        assert dialog.template_label.text() == str(own)
        dialog.autosave.setValue(5)
        assert dialog.signing_key.text()  # who signs, or that no key is made yet
        dialog.accept()

    _with_dialog(window, change)
    saved = Settings.load()
    assert (saved.report_template, saved.autosave_seconds) == (str(own), 300)
    assert window.settings.autosave_seconds == 300


def test_cancel_changes_nothing_and_a_broken_template_is_refused(qtbot, window, monkeypatch, tmp_path) -> None:
    broken = tmp_path / "broken.docx"
    docx.Document().save(broken)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args: (str(broken), ""))

    def try_broken(dialog: SettingsDialog) -> None:
        dialog.choose_button.click()
        refusal = next(b for b in dialog.findChildren(QMessageBox) if b.isVisible())
        assert refusal.windowTitle() == "This template cannot be used" and refusal.detailedText()
        refusal.close()
        assert dialog.template_label.text() == BUILT_IN
        dialog.autosave.setValue(9)
        dialog.reject()

    _with_dialog(window, try_broken)
    assert window.settings.autosave_seconds == 60 and window.settings.report_template == ""


def test_the_force_rules_folder_opens(qtbot, window, monkeypatch) -> None:
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)

    def open_folder(dialog: SettingsDialog) -> None:
        dialog.open_rules_button.click()
        dialog.reject()

    _with_dialog(window, open_folder)
    assert opened and opened[0].toLocalFile().endswith("rules")


def test_values_from_the_force_are_named_and_a_locked_one_cannot_be_changed(qtbot, tmp_path, monkeypatch) -> None:
    import json

    from imr_studio.gui.window.main_window import MainWindow
    from imr_studio.settings import Settings

    force = tmp_path / "force"
    force.mkdir()
    (force / "settings.json").write_text(json.dumps({
        "defaults": {"report_template": "northshire.docx", "autosave_seconds": 120, "protective_marking": "OFFICIAL"},
        "locked": ["report_template"]}), encoding="utf-8")
    monkeypatch.setenv("IMR_STUDIO_FORCE_FOLDER", str(force))
    settings = Settings.load()
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    assert not dialog.choose_button.isEnabled() and not dialog.built_in_button.isEnabled()
    assert dialog.autosave.isEnabled() and dialog.autosave.value() == 2
    assert "the report template (locked" in dialog.origins.text() and "how often to autosave" in dialog.origins.text()
    window = MainWindow(settings)
    qtbot.addWidget(window)
    assert window.bridge.document.review.protective_marking == "OFFICIAL"  # a new IMR takes the force's marking
    window.bridge.editor.mark_saved()
