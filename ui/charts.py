"""A horizontal bar chart drawn with QPainter (PySide6-Essentials has no QtCharts).

Horizontal, because the labels are service names of a hundred letters: they get a column of
their own (elided, whole in the tooltip), each bar its count at its end. A bar can be clicked
or chosen with the arrow keys and Enter; the chart says which by its index.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, QPoint, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFocusEvent,
    QFontMetrics,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

DEFAULT_COLOUR = QColor("#3a78c2")
ROW_HEIGHT = 26
BAR_HEIGHT = 16
GAP = 8  # between the label column, the bar and its count
PADDING = 6


@dataclass(frozen=True)
class ChartBar:
    label: str
    value: int
    tooltip: str = ""
    colour: QColor | None = None


class BarChart(QWidget):
    """Bars with labels and counts; `barClicked(index)` when one is clicked or chosen."""

    barClicked = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._bars: list[ChartBar] = []
        self._hover = -1
        self._current = -1
        self._empty_text = ""
        self.label_share = 0.42  # the most of the width the labels may take
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setAttribute(Qt.WidgetAttribute.WA_Hover)

    # --- data ------------------------------------------------------------------------------

    @property
    def bars(self) -> list[ChartBar]:
        return list(self._bars)

    def set_bars(self, bars: list[ChartBar]) -> None:
        self._bars = list(bars)
        self._hover = -1
        self._current = min(self._current, len(self._bars) - 1)
        self.updateGeometry()
        self.update()

    def set_empty_text(self, text: str) -> None:
        """What the chart says when it has no bars."""
        self._empty_text = text
        self.update()

    # --- geometry ----------------------------------------------------------------------------

    def sizeHint(self) -> QSize:
        rows = max(len(self._bars), 2)
        return QSize(420, rows * ROW_HEIGHT + 2 * PADDING)

    def minimumSizeHint(self) -> QSize:
        rows = max(len(self._bars), 1)
        return QSize(220, rows * ROW_HEIGHT + 2 * PADDING)

    def _label_width(self, fm: QFontMetrics) -> int:
        widest = max((fm.horizontalAdvance(b.label) for b in self._bars), default=0)
        # Long service names share the width with the bars: at most two fifths of it.
        # (+2: advances are rounded, a label measured to the pixel would still be elided.)
        return min(widest + 2, int(self.width() * self.label_share)) + GAP

    def _count_width(self, fm: QFontMetrics) -> int:
        return max((fm.horizontalAdvance(str(b.value)) for b in self._bars), default=0) + GAP

    def _row_rect(self, index: int) -> QRect:
        return QRect(0, PADDING + index * ROW_HEIGHT, self.width(), ROW_HEIGHT)

    def bar_rect(self, index: int) -> QRectF:
        """Where bar `index` is drawn (in widget coordinates)."""
        fm = self.fontMetrics()
        left = PADDING + self._label_width(fm)
        room = max(self.width() - left - self._count_width(fm) - PADDING, 1)
        top = max(b.value for b in self._bars) if self._bars else 0
        bar = self._bars[index]
        width = room * bar.value / top if top else 0
        row = self._row_rect(index)
        y = row.top() + (ROW_HEIGHT - BAR_HEIGHT) / 2
        # A bar of one among hundreds is still a visible sliver, not nothing.
        return QRectF(left, y, max(width, 3.0 if bar.value else 0.0), BAR_HEIGHT)

    def index_at(self, pos: QPoint) -> int:
        if pos.y() < PADDING:
            return -1
        index = (pos.y() - PADDING) // ROW_HEIGHT
        return index if 0 <= index < len(self._bars) else -1

    # --- painting ------------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        text_colour = pal.color(QPalette.ColorRole.WindowText)
        if not self._bars:
            painter.setPen(pal.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText))
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self._empty_text)
            painter.end()
            return
        fm = self.fontMetrics()
        label_w = self._label_width(fm) - GAP
        for i, bar in enumerate(self._bars):
            row = self._row_rect(i)
            if i in (self._hover, self._current if self.hasFocus() else -1):
                highlight = QColor(pal.color(QPalette.ColorRole.Highlight))
                highlight.setAlpha(40 if i == self._hover else 25)
                painter.fillRect(row.adjusted(2, 1, -2, -1), highlight)
            painter.setPen(text_colour)
            label_rect = QRect(PADDING, row.top(), label_w, ROW_HEIGHT)
            painter.drawText(
                label_rect,
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                fm.elidedText(bar.label, Qt.TextElideMode.ElideRight, label_w),
            )
            rect = self.bar_rect(i)
            colour = QColor(bar.colour or DEFAULT_COLOUR)
            if i == self._hover:
                colour = colour.darker(115)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colour)
            painter.drawRoundedRect(rect, 3, 3)
            painter.setPen(text_colour)
            count_rect = QRectF(
                rect.right() + GAP, row.top(), self._count_width(fm) + GAP, ROW_HEIGHT
            )
            font = painter.font()
            font.setBold(True)
            painter.setFont(font)
            painter.drawText(
                count_rect,
                int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft),
                str(bar.value),
            )
            font.setBold(False)
            painter.setFont(font)
        painter.end()

    # --- interaction -----------------------------------------------------------------------

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        index = self.index_at(event.position().toPoint())
        if index != self._hover:
            self._hover = index
            self.setCursor(
                Qt.CursorShape.PointingHandCursor if index >= 0 else Qt.CursorShape.ArrowCursor
            )
            self.update()
        super().mouseMoveEvent(event)

    def leaveEvent(self, event: QEvent) -> None:
        self._hover = -1
        self.update()
        super().leaveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            index = self.index_at(event.position().toPoint())
            if index >= 0:
                self._current = index
                self.update()
                self.barClicked.emit(index)
                return
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if self._bars and key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
            step = 1 if key == Qt.Key.Key_Down else -1
            self._current = max(0, min(len(self._bars) - 1, self._current + step))
            self.update()
            return
        if self._current >= 0 and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.barClicked.emit(self._current)
            return
        super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        if self._current < 0 and self._bars:
            self._current = 0
        self.update()
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.update()
        super().focusOutEvent(event)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            index = self.index_at(event.pos())
            if index >= 0:
                bar = self._bars[index]
                QToolTip.showText(event.globalPos(), bar.tooltip or bar.label, self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)
