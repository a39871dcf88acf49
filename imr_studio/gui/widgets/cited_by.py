"""Links the other way: what cites the item being edited, each a button that jumps to it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from ...model import Path
from ...model.addressing import get
from ...model.links import citing_items, item_label
from ..bridge import DocumentBridge
from .tab_order import reorder_tabs_around


class CitedBy(QWidget):
    """Lists the items whose links name the item at ``item_path``; a click reveals one of them."""

    def __init__(self, bridge: DocumentBridge, item_path: Path, nothing: str, parent: QWidget | None = None) -> None:
        """``nothing`` is what to say when no item cites this one."""
        super().__init__(parent)
        self._bridge = bridge
        self._item_path = item_path
        self._nothing = nothing
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(2)
        self.buttons: list[QPushButton] = []
        self._widgets: list[QWidget] = []
        self._shown: list[tuple[Path, str]] | None = None
        bridge.changed.connect(self._on_changes)
        self.refresh()

    def showEvent(self, event) -> None:  # noqa: N802 (Qt name)
        """Catch up with titles edited on other pages."""
        super().showEvent(event)
        self.refresh()

    def _on_changes(self, changes: list) -> None:
        if any(change.kind != "set" or _is_link_field(change.path) for change in changes):
            self.refresh()

    def refresh(self, *_: object) -> None:
        """Rebuild the list from the document, if what it shows has changed."""
        try:
            item = get(self._bridge.document, self._item_path)
        except LookupError:
            return
        citing = [
            (path, f"{type(owner).noun.capitalize()}: {item_label(owner)}")
            for path, owner in citing_items(self._bridge.document, item.id)
        ]
        if citing == self._shown:
            return
        self._shown = citing
        for old in self._widgets:
            old.hide()
            old.deleteLater()  # leaves the layout as it goes
        self.buttons = []
        self._widgets = []
        if not citing:
            self._widgets.append(QLabel(self._nothing, self))
            self._layout.addWidget(self._widgets[-1])
        for path, text in citing:
            button = QPushButton(text, self)
            button.setAccessibleName(f"Go to {text}")
            button.setToolTip(f"Open the {text.split(':')[0].lower()} that links here")
            button.setStyleSheet("text-align: left; padding: 2px 8px;")
            button.clicked.connect(_jump(self, path))
            self._layout.addWidget(button)
            self.buttons.append(button)
            self._widgets.append(button)
        reorder_tabs_around(self)


def _is_link_field(path: Path) -> bool:
    return any(isinstance(step, str) and step.endswith("_ids") for step in path)


def _jump(widget: QWidget, path: Path) -> Callable[[], None]:
    def go() -> None:
        window = widget.window()
        reveal = getattr(window, "reveal", None)
        if reveal is not None:
            reveal(path)

    return go
