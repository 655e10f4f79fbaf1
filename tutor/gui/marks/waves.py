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

from tutor.gui.marks.mark_lines import runs
from tutor.gui.marks.mark import Mark, is_wavy


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
    """Where the wavy marks among ``marks`` are on screen, line by line.

    Each wave's crests sit just below the baseline, as Qt's own would. The cost
    follows what is visible, not the length of the text: only marks between the
    first and last characters on screen are looked at, and each from its own
    line (see ``mark_lines.runs``).
    """
    first, last = _visible_positions(edit)
    below_baseline = 0.25 + wave.amplitude + wave.width / 2
    half = wave.height / 2
    out = []
    for mark in marks:
        if mark.end <= first or mark.start > last or mark.end <= mark.start or not is_wavy(mark.format):
            continue
        colour = mark.format.underlineColor()
        for x1, x2, baseline in runs(edit, mark.start, mark.end):
            y = baseline + below_baseline
            out.append(WaveLine(colour, x1, x2, y, QRectF(x1, y - half, x2 - x1, wave.height)))
    return out


def _visible_positions(edit: QPlainTextEdit) -> tuple[int, int]:
    """Qt positions of the first and last characters in the viewport."""
    viewport = edit.viewport()
    top = edit.cursorForPosition(QPoint(0, 0)).position()
    bottom = edit.cursorForPosition(QPoint(viewport.width() - 1, viewport.height() - 1)).position()
    return top, bottom
