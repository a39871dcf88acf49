"""Loading the Qt Designer forms kept in the top-level ``ui/`` folder."""

from __future__ import annotations

from PySide6.QtCore import QFile, QIODevice
from PySide6.QtUiTools import QUiLoader
from PySide6.QtWidgets import QVBoxLayout, QWidget

from ... import paths


def load_form(name: str, parent: QWidget | None = None) -> QWidget:
    """Build the widget tree of ``ui/<name>.ui``."""
    path = paths.bundled("ui") / f"{name}.ui"
    file = QFile(str(path))
    if not file.open(QIODevice.OpenModeFlag.ReadOnly):
        raise FileNotFoundError(f"IMR Studio is incomplete: the form {path} cannot be read")
    try:
        widget = QUiLoader().load(file, parent)
    finally:
        file.close()
    if widget is None:
        raise RuntimeError(f"The form {path} is damaged and cannot be shown")
    return widget


def child(form: QWidget, cls: type, name: str):
    """The named child widget of a form; a clear error when the form lacks it."""
    widget = form.findChild(cls, name)
    if widget is None:
        raise LookupError(f"the form {form.objectName()} has no {cls.__name__} called {name!r}")
    return widget


def place(form: QWidget, host_name: str, widget: QWidget) -> QWidget:
    """Put ``widget`` inside the empty host widget ``host_name`` of a form."""
    host = child(form, QWidget, host_name)
    layout = QVBoxLayout(host)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(widget)
    return widget
