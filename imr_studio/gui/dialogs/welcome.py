"""The first start: what IMR Studio is for, and four ways in for someone who has never used it."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QLabel, QPushButton, QVBoxLayout, QWidget

CHOICES = (
    ("new", "Start a &new IMR", "An empty review, section by section"),
    ("open", "&Open a saved IMR…", "A .imr project file someone has saved"),
    ("sample", "Look at the fictional &sample", "A complete IMR about invented people, to learn from"),
    ("guide", "Read the &guide", "How to write each section, and what the review lead looks for"),
)
"""Each way in: its key, its button and what it does."""


class WelcomeDialog(QDialog):
    """Offered when IMR Studio starts with nothing to open and has never opened a file; ``choice`` says what was picked."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Welcome to IMR Studio")
        self.choice = ""
        """The key of the way in chosen ("" when the dialog was closed)."""
        intro = QLabel(
            "IMR Studio helps you write an individual management review for a domestic homicide review, "
            "or a domestic abuse related death review, one section at a time, and checks it as you write "
            "against the questions your review lead will ask. It works entirely on this computer."
        )
        intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        self.buttons: dict[str, QPushButton] = {}
        for key, text, tip in CHOICES:
            button = QPushButton(text)
            button.setToolTip(tip)
            button.setAccessibleDescription(tip)
            button.clicked.connect(lambda _=False, key=key: self._choose(key))
            layout.addWidget(button)
            self.buttons[key] = button
        self.buttons["new"].setDefault(True)
        self.resize(460, 300)

    def _choose(self, key: str) -> None:
        self.choice = key
        self.accept()
