"""The wizard's path through the sections: what each section is for, where the author is, Back and Next.

:class:`SectionGuide` sits above the page: the section's place ("Section 4 of
9"), its title and a short explanation from the section registry.
:class:`WizardButtons` sits below it: Back and Next, each naming the section it
goes to. Free navigation (the sections list, Ctrl+PgUp and Ctrl+PgDown) stays.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from ...model.sections import Section


class SectionGuide(QLabel):
    """The section's place, title and guidance, above its page."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setAccessibleName("About this section")
        self.setStyleSheet("background: #eef3fa; color: #1b2a3a; padding: 6px 8px; border-bottom: 1px solid #c9d6e6;")

    def show_section(self, part: Section, number: int, count: int) -> None:
        """Say what section ``number`` of ``count`` is for."""
        self.setText(
            f"<b>Section {number} of {count}: {html.escape(part.title)}</b><br>{html.escape(part.guidance)}"
            " <i>F1 opens the guide at this section.</i>"
        )
        self.setAccessibleDescription(part.guidance)


class WizardButtons(QWidget):
    """Back and Next below the page, each naming where it goes; neither wraps round."""

    step = Signal(int)
    """Emitted with -1 (Back) or +1 (Next)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.back = QPushButton()
        self.back.setAccessibleName("Back to the previous section")
        self.back.setToolTip("Back to the previous section (Ctrl+PgUp)")
        self.next = QPushButton()
        self.next.setAccessibleName("On to the next section")
        self.next.setToolTip("On to the next section (Ctrl+PgDown)")
        self.place = QLabel()
        self.place.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.addWidget(self.back)
        layout.addWidget(self.place, 1)
        layout.addWidget(self.next)
        self.back.clicked.connect(lambda: self.step.emit(-1))
        self.next.clicked.connect(lambda: self.step.emit(+1))

    def show_place(self, titles: list[str], row: int) -> None:
        """Name the sections either side of section ``row`` of ``titles``."""
        self.place.setText(f"Section {row + 1} of {len(titles)}")
        self.back.setVisible(row > 0)
        self.next.setVisible(row < len(titles) - 1)
        if row > 0:
            self.back.setText(f"← {titles[row - 1]}")
        if row < len(titles) - 1:
            self.next.setText(f"{titles[row + 1]} →")
