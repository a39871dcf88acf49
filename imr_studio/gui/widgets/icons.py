"""Status icons drawn in code, so nothing has to be fetched or installed."""

from __future__ import annotations

import functools

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPen, QPixmap

_COLOURS = {
    "empty": "#9e9e9e",
    "started": "#c77700",
    "complete": "#2e7d32",
    "met": "#2e7d32",
    "partly": "#c77700",
    "not_met": "#b00020",
    "judgement": "#1f5fa8",
    "not_started": "#9e9e9e",
}


@functools.lru_cache(maxsize=None)
def status_icon(status: str) -> QIcon:
    """A round icon that differs in shape as well as colour.

    Sections: hollow grey (``empty``), half amber (``started``), green tick
    (``complete``). Checklist items: green tick (``met``), half amber
    (``partly``), red with an exclamation mark (``not_met``), blue ring with a
    dot (``judgement``: for the review lead to decide), hollow grey
    (``not_started``: nothing written yet to assess).
    """
    size = 32
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    colour = QColor(_COLOURS[status])
    painter.setPen(QPen(colour, 3))
    box = QRectF(4, 4, size - 8, size - 8)
    painter.drawEllipse(box)
    if status in ("started", "partly"):
        painter.setBrush(colour)
        painter.drawPie(box, 90 * 16, 180 * 16)
    elif status == "not_met":
        painter.setBrush(colour)
        painter.drawEllipse(box)
        painter.setPen(QPen(QColor("white"), 3.5, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        painter.drawLine(QPointF(16, 9.5), QPointF(16, 17.5))
        painter.drawPoint(QPointF(16, 22.5))
    elif status == "judgement":
        painter.setBrush(colour)
        painter.drawEllipse(QRectF(12, 12, 8, 8))
    elif status in ("complete", "met"):
        painter.setBrush(colour)
        painter.drawEllipse(box)
        painter.setPen(QPen(QColor("white"), 3.5, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        painter.drawPolyline([QPointF(10, 16.5), QPointF(14.5, 21), QPointF(22.5, 11.5)])
    painter.end()
    return QIcon(pixmap)
