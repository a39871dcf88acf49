"""Choosing the Word template for exported reports: a template that would not work is refused, saying why."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

BUILT_IN_TEMPLATE = "The template IMR Studio comes with"
"""How the template IMR Studio ships is named wherever a template is shown."""


def ask_for_template(parent: QWidget, current: str) -> Path | None:
    """Ask for a Word template and check it; the chosen file, or None (cancelled, or refused with the reasons)."""
    from ...export.template import check_template, default_template  # python-docx loads on first use only

    start = current or str(default_template().parent)
    chosen, _ = QFileDialog.getOpenFileName(parent, "Choose the report template", start, "Word document (*.docx)")
    if not chosen:
        return None
    problems = check_template(chosen)
    if problems:
        box = QMessageBox(QMessageBox.Icon.Warning, "This template cannot be used",
                          f"{Path(chosen).name} cannot be used as the report template.", parent=parent)
        box.setInformativeText("The template IMR Studio was using is still in use.")
        box.setDetailedText("\n".join(problems))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        return None
    return Path(chosen)
