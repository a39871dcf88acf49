"""Questions whose buttons say what they do: "Replace the file on disk", not "No".

:func:`ask` takes the arguments of ``QMessageBox.question`` plus a label for
each button, and answers with the standard button chosen, so callers (and
tests) work with the usual answers while the user reads what each one does.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtWidgets import QMessageBox, QWidget

Buttons = QMessageBox.StandardButton


def ask(
    parent: QWidget | None,
    title: str,
    text: str,
    buttons: Buttons,
    default: Buttons,
    labels: Mapping[Buttons, str],
) -> Buttons:
    """Ask ``text`` with ``buttons``, each named by ``labels`` where given; the button chosen (Cancel on Escape)."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, buttons, parent)
    box.setDefaultButton(default)
    for button, label in labels.items():
        box.button(button).setText(label)
    answer = box.exec()
    box.deleteLater()
    return Buttons(answer)
