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

from PySide6.QtCore import QPoint, QPointF, QRectF, Qt
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

    Each wave's crests sit just below the baseline, as Qt's own would. The cost
    follows what is visible, not the length of the text: only marks between the
    first and last characters on screen are looked at, and within a paragraph
    each starts at its own line (``lineForTextPosition``), not at the first.
    """
    first, last = _visible_positions(edit)
    wavy = [m for m in marks if m.end > first and m.start <= last and is_wavy(m.format)]
    if not wavy:
        return []
    place = _Placement(edit, wave)
    out: list[WaveLine] = []
    for mark in wavy:
        if not place.mark(mark, out):
            break  # this mark and every later one are below the view
    return out


def _visible_positions(edit: QPlainTextEdit) -> tuple[int, int]:
    """Qt positions of the first and last characters in the viewport."""
    viewport = edit.viewport()
    top = edit.cursorForPosition(QPoint(0, 0)).position()
    bottom = edit.cursorForPosition(QPoint(viewport.width() - 1, viewport.height() - 1)).position()
    return top, bottom


class _Placement:
    """Turns marks into on-screen wave lines for one paint."""

    def __init__(self, edit: QPlainTextEdit, wave: Wave):
        self.edit, self.wave = edit, wave
        self.below_baseline = 0.25 + wave.amplitude + wave.width / 2
        self.offset = edit.contentOffset()
        self.bottom = edit.viewport().height()
        self.document = edit.document()

    def mark(self, mark: Mark, out: list[WaveLine]) -> bool:
        """Add the lines of one mark; False when it starts below the view."""
        start, end = mark.start, mark.end
        if end <= start:
            return True
        colour = mark.format.underlineColor()
        block = self.document.findBlock(start)
        while block.isValid() and block.position() < end:
            rect = self.edit.blockBoundingGeometry(block).translated(self.offset)
            if rect.top() > self.bottom:
                return False
            if block.isVisible() and not self._block_lines(block, rect, start, end, colour, out):
                return False
            block = block.next()
        return True

    def _block_lines(self, block, rect: QRectF, start: int, end: int, colour: QColor, out: list[WaveLine]) -> bool:
        layout, base = block.layout(), block.position()
        line = layout.lineForTextPosition(max(0, start - base))
        index = line.lineNumber() if line.isValid() else 0
        half = self.wave.height / 2
        while index < layout.lineCount():
            line = layout.lineAt(index)
            line_start = base + line.textStart()
            if line_start >= end:
                break
            top = rect.top() + line.y()
            if top > self.bottom:
                return False
            a, b = max(start, line_start), min(end, line_start + line.textLength())
            if a < b and top + line.height() >= 0:
                x1, x2 = sorted((line.cursorToX(a - base)[0], line.cursorToX(b - base)[0]))
                x1, x2 = rect.left() + x1, rect.left() + x2
                y = top + line.ascent() + self.below_baseline
                out.append(WaveLine(colour, x1, x2, y, QRectF(x1, y - half, x2 - x1, self.wave.height)))
            index += 1
        return True
