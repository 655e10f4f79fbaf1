"""Wavy underlines as thick as the text is large, for the précis editor's grammar marks.

Qt draws its own wavy underline (``SpellCheckUnderline``) with the font's
line thickness, one pixel at any size a classroom uses, and a
``QTextCharFormat`` cannot make it thicker. So ``MarkedText`` paints these
itself, after the text: ``wave_lines`` says where, ``Wave`` how.

Painting runs in the GUI thread on every repaint, while a check runs in the
background and competes for the interpreter lock: so the wave is drawn once
into a one-period tile and each underline is a single tiled ``fillRect``.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPainterPath, QPen, QPixmap
from PySide6.QtWidgets import QPlainTextEdit

from tutor.gui.marks import Mark, is_wavy


@dataclass(frozen=True)
class Wave:
    """How a wavy underline looks at one text size, in pixels."""

    width: float  # the pen
    amplitude: float  # from the centre line to a crest
    period: int  # one crest and one trough (whole pixels, so tiles join seamlessly)

    @classmethod
    def for_text_height(cls, height: float) -> "Wave":
        """About 1.7 px for 9 pt text and 2.5 px at a projector's zoom: it grows with the text."""
        width = max(1.0, height / 8)
        return cls(width, max(1.0, width * 0.6), max(4, round(width * 3.5)))

    @property
    def height(self) -> int:
        """The tile's height: the wave from crest to trough, with its pen."""
        return math.ceil(2 * self.amplitude + self.width) + 1

    def path(self, x1: float, x2: float, y: float) -> QPainterPath:
        """A wave centred on ``y`` from ``x1`` to ``x2``, rising first."""
        path = QPainterPath(QPointF(x1, y))
        half = self.period / 2
        x, sign = x1, -1.0
        while x < x2 - 0.01:
            step = min(half, x2 - x)
            # A quadratic curve reaches half way to its control point.
            path.quadTo(QPointF(x + step / 2, y + sign * 2 * self.amplitude * step / half), QPointF(x + step, y))
            x, sign = x + step, -sign
        return path

    def tile(self, colour: QColor, ratio: float = 1.0) -> QBrush:
        """One period of the wave, to be tiled along a line (``ratio``: device pixels per pixel)."""
        pixmap = QPixmap(max(1, round(self.period * ratio)), max(1, round(self.height * ratio)))
        pixmap.setDevicePixelRatio(ratio)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(colour, self.width)
        pen.setCapStyle(Qt.PenCapStyle.FlatCap)
        painter.setPen(pen)
        # Drawn past both edges, so the tile's ends match the next tile's starts.
        painter.drawPath(self.path(-self.period, 2 * self.period, self.height / 2))
        painter.end()
        return QBrush(pixmap)


@dataclass(frozen=True)
class WaveLine:
    """One on-screen run of a wavy underline (a mark over two lines makes two)."""

    colour: QColor
    x1: float
    x2: float
    y: float  # the wave's centre line, in viewport coordinates
    rect: QRectF = field(compare=False)  # what it covers: the area to fill with the tile


def wave_lines(edit: QPlainTextEdit, marks: list[Mark], wave: Wave) -> list[WaveLine]:
    """Where the wavy marks among ``marks`` (sorted by start) are on screen, line by line.

    Each wave's crests sit just below the baseline, as Qt's own would.
    """
    wavy = [m for m in marks if is_wavy(m.format)]
    if not wavy:
        return []
    below_baseline = 0.25 + wave.amplitude + wave.width / 2
    half = wave.height / 2
    offset = edit.contentOffset()
    bottom = edit.viewport().height()
    first = edit.firstVisibleBlock().position()
    document = edit.document()
    out = []
    for mark in wavy:
        start, end = mark.start, mark.end
        if end <= start or end < first:
            continue
        colour = mark.format.underlineColor()
        block = document.findBlock(start)
        while block.isValid() and block.position() < end:
            rect = edit.blockBoundingGeometry(block).translated(offset)
            if rect.top() > bottom:
                return out  # this mark and every later one are below the view
            layout = block.layout()
            base = block.position()
            for i in range(layout.lineCount() if block.isVisible() else 0):
                line = layout.lineAt(i)
                a = max(start, base + line.textStart())
                b = min(end, base + line.textStart() + line.textLength())
                if a >= b:
                    continue
                x1, x2 = sorted((line.cursorToX(a - base)[0], line.cursorToX(b - base)[0]))
                x1, x2 = rect.left() + x1, rect.left() + x2
                y = rect.top() + line.y() + line.ascent() + below_baseline
                out.append(WaveLine(colour, x1, x2, y, QRectF(x1, y - half, x2 - x1, wave.height)))
            block = block.next()
    return out
