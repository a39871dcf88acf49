"""Who is signing: the person's own signing key, made here on first use from their name and role.

:func:`signer_or_ask` is what every signing action calls (the review lead's
verdicts and decisions, the author's replies and submission). A person
without a key is asked once for their name and role, as they will appear on
everything they sign, and shown the computer account the key is bound to.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QMessageBox, QVBoxLayout, QWidget

from ...signoff.keys import Signer, SigningKeyError, load_signer, make_signer
from ...storage.session import user_name


class IdentityDialog(QDialog):
    """Asks for the name and role a new signing key is made for."""

    def __init__(self, parent: QWidget | None, purpose: str, name: str = "", role: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle("Your signing key")
        layout = QVBoxLayout(self)
        intro = QLabel(
            f"{purpose} Everything you sign carries your name and role and is signed with a key kept in your own "
            f"profile, bound to the computer account “{user_name()}”. Give them once; they cannot be changed later."
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.name = QLineEdit(name)
        self.name.setAccessibleName("Your name")
        self.role = QLineEdit(role)
        self.role.setAccessibleName("Your role")
        self.role.setPlaceholderText("For example: Detective Chief Inspector, Public Protection")
        form.addRow("&Name:", self.name)
        form.addRow("&Role:", self.role)
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Make my key")
        buttons.accepted.connect(self._accept_if_complete)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(520, self.sizeHint().height())

    def _accept_if_complete(self) -> None:
        if self.name.text().strip() and self.role.text().strip():
            self.accept()
        else:
            (self.name if not self.name.text().strip() else self.role).setFocus()


def signer_or_ask(parent: QWidget | None, purpose: str, name: str = "", role: str = "") -> Signer | None:
    """This person's signer, asking for name and role to make a key on first use; None when they cancel or it fails.

    ``purpose`` says why a key is needed; ``name`` and ``role`` fill the
    questions in (an author's name and role from the IMR, say).
    """
    try:
        signer = load_signer()
        if signer is not None:
            return signer
        dialog = IdentityDialog(parent, purpose, name, role)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        name, role = dialog.name.text(), dialog.role.text()
        dialog.deleteLater()
        return make_signer(name, role) if accepted else None
    except SigningKeyError as exc:
        QMessageBox.warning(parent, "Signing key", str(exc))
        return None
