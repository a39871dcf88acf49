"""Status icons drawn in code, so nothing has to be fetched or installed."""

from __future__ import annotations

import functools

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPen, QPixmap

_COLOURS = {"empty": "#9e9e9e", "started": "#c77700", "complete": "#2e7d32"}


@functools.lru_cache(maxsize=None)
def status_icon(status: str) -> QIcon:
    """A round icon: hollow grey (not started), half amber (in progress), green tick (complete)."""
    size = 32
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    colour = QColor(_COLOURS[status])
    painter.setPen(QPen(colour, 3))
    box = QRectF(4, 4, size - 8, size - 8)
    painter.drawEllipse(box)
    if status == "started":
        painter.setBrush(colour)
        painter.drawPie(box, 90 * 16, 180 * 16)
    elif status == "complete":
        painter.setBrush(colour)
        painter.drawEllipse(box)
        painter.setPen(QPen(QColor("white"), 3.5, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        painter.drawPolyline([QPointF(10, 16.5), QPointF(14.5, 21), QPointF(22.5, 11.5)])
    painter.end()
    return QIcon(pixmap)
