"""Edit › Settings: the report template, how often to autosave, the review lead's name, the force's rules.

Changes apply when the dialog is accepted, and are saved with the other
settings. A template is checked when it is chosen and refused, with the
reasons, if it would not work.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...checks.rules import force_rules_dir
from ...settings import Settings
from ...signoff.keys import SigningKeyError, load_signer
from .template_choice import BUILT_IN_TEMPLATE, ask_for_template

_LABELS = {"report_template": "the report template", "autosave_seconds": "how often to autosave"}


class SettingsDialog(QDialog):
    """The user's settings, changed together and saved on OK."""

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Settings")
        self.settings = settings
        self.template = settings.report_template

        self.template_label = QLabel()
        self.template_label.setWordWrap(True)
        self.template_label.setAccessibleName("Report template in use")
        self.choose_button = QPushButton("&Choose…")
        self.choose_button.setToolTip("Use your force's own Word template; it is checked before it is used")
        self.choose_button.clicked.connect(self._choose_template)
        self.built_in_button = QPushButton("Use the &built-in one")
        self.built_in_button.clicked.connect(lambda: self._set_template(""))
        template_buttons = QHBoxLayout()
        template_buttons.addWidget(self.choose_button)
        template_buttons.addWidget(self.built_in_button)
        template_buttons.addStretch(1)
        report = QGroupBox("Word report")
        report_layout = QVBoxLayout(report)
        report_layout.addWidget(self.template_label)
        report_layout.addLayout(template_buttons)

        self.autosave = QSpinBox()
        self.autosave.setRange(1, 30)
        self.autosave.setSuffix(" min")
        self.autosave.setValue(max(1, round(settings.autosave_seconds / 60)))
        self.autosave.setAccessibleName("Autosave interval in minutes")
        self.autosave.setMaximumWidth(110)
        self.signing_key = QLabel(_signing_key_words())
        self.signing_key.setWordWrap(True)
        self.signing_key.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                                 | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.signing_key.setAccessibleName("Your signing key")
        general = QGroupBox("Working")
        form = QFormLayout(general)
        form.addRow("&Autosave unsaved work every", self.autosave)
        form.addRow("Your signing key", self.signing_key)

        rules_folder = force_rules_dir()
        rules = QGroupBox("Your force's rules")
        rules_layout = QVBoxLayout(rules)
        where = QLabel(f"Rule packs (<code>*.json</code>) in this folder are used with the built-in ones:<br>"
                       f"<code>{rules_folder}</code>")
        where.setWordWrap(True)
        rules_layout.addWidget(where)
        self.open_rules_button = QPushButton("&Open the folder")
        self.open_rules_button.clicked.connect(lambda: self._open_folder(rules_folder))
        rules_row = QHBoxLayout()
        rules_row.addWidget(self.open_rules_button)
        rules_row.addStretch(1)
        rules_layout.addLayout(rules_row)

        self.origins = QLabel()
        """Which values come from the force, and which it has locked."""
        self.origins.setWordWrap(True)
        force_values = [name for name in ("report_template", "autosave_seconds") if settings.origin(name).startswith("force")]
        if force_values:
            self.origins.setText("Set by your force: " + "; ".join(
                f"{_LABELS[name]}{' (locked, so it cannot be changed here)' if settings.locked(name) else ''}"
                for name in force_values) + ".")
        self.origins.setVisible(bool(force_values))
        self.choose_button.setEnabled(not settings.locked("report_template"))
        self.autosave.setEnabled(not settings.locked("autosave_seconds"))

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.origins)
        for part in (report, general, rules):
            layout.addWidget(part)
        layout.addWidget(buttons)
        self._set_template(self.template)
        self.resize(560, self.sizeHint().height())

    def _set_template(self, template: str) -> None:
        self.template = template
        self.template_label.setText(template or BUILT_IN_TEMPLATE)
        self.built_in_button.setEnabled(bool(template) and not self.settings.locked("report_template"))

    def _choose_template(self) -> None:
        chosen = ask_for_template(self, self.template)
        if chosen is not None:
            self._set_template(str(chosen))

    def _open_folder(self, folder: Path) -> None:
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError:
            pass  # the file manager says what is wrong with the folder
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    def accept(self) -> None:
        """Keep the changes (all but those the force has locked) and save them."""
        if self.template != self.settings.report_template:
            self.settings.set_own("report_template", self.template)
        if self.autosave.value() * 60 != self.settings.autosave_seconds:
            self.settings.set_own("autosave_seconds", self.autosave.value() * 60)
        try:
            self.settings.save()
        except OSError as exc:
            parent = self.parentWidget()
            if parent is not None and hasattr(parent, "statusBar"):
                parent.statusBar().showMessage(f"The settings apply now but could not be saved for next time: {exc}", 8000)
        super().accept()


def _signing_key_words() -> str:
    """Who this person signs as, or that they have no key yet."""
    try:
        signer = load_signer()
    except SigningKeyError as exc:
        return str(exc)
    if signer is None:
        return "None yet: it is made the first time you review an IMR or reply to a review lead."
    return (f"{signer.name}, {signer.role} (account {signer.account}). "
            f"Force IT lists review leads by this public key: {signer.public_key}")
