"""Dotted, dashed and solid mark lines as thick as the text is large.

Qt draws a ``QTextCharFormat`` underline with the font's line thickness, one
pixel at any zoom a classroom uses, so a dotted convention line or a dashed
"partly covered" line all but vanished on a projector. Formats carrying the
``LINE`` property are drawn by ``MarkedText`` instead, after the text, with a
pen as wide as the wavy underlines (``Wave.for_text_height``).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QPlainTextEdit

from tutor.gui.marks.mark import Mark, line_style

# Dash patterns in pen widths: dots and dashes that read as such at any thickness.
PATTERNS = {Qt.PenStyle.DotLine: [1, 1.5], Qt.PenStyle.DashLine: [3, 1.5], Qt.PenStyle.DashDotLine: [4, 1.5, 1, 1.5],
            Qt.PenStyle.DashDotDotLine: [4, 1.5, 1, 1.5, 1, 1.5]}


@dataclass(frozen=True)
class MarkLine:
    """One on-screen run of a mark's line (a mark over two lines makes two)."""

    colour: QColor
    style: Qt.PenStyle
    x1: float
    x2: float
    baseline: float  # in viewport coordinates


def runs(edit: QPlainTextEdit, start: int, end: int) -> list[tuple[float, float, float]]:
    """(x1, x2, baseline y) in viewport coordinates of each visual line that Qt positions
    [start, end) cover on screen.

    The cost follows the view, not the text: within a paragraph the walk starts at the
    line holding ``start`` (``lineForTextPosition``) and stops below the view, so a
    one-paragraph précis of thousands of lines costs no more than a short one.
    """
    offset, bottom = edit.contentOffset(), edit.viewport().height()
    block = edit.document().findBlock(start)
    out: list[tuple[float, float, float]] = []
    while block.isValid() and block.position() < end:
        rect = edit.blockBoundingGeometry(block).translated(offset)
        if rect.top() > bottom:
            break
        if block.isVisible() and rect.bottom() >= 0 and not _block_runs(block, rect, start, end, bottom, out):
            break
        block = block.next()
    return out


def _block_runs(block, rect, start: int, end: int, bottom: float, out: list) -> bool:
    """Add the runs of [start, end) in one block; False once a line is below the view."""
    layout, base = block.layout(), block.position()
    line = layout.lineForTextPosition(max(0, start - base))
    index = line.lineNumber() if line.isValid() else 0
    while index < layout.lineCount():
        line = layout.lineAt(index)
        index += 1
        line_start = base + line.textStart()
        if line_start >= end:
            break
        top = rect.top() + line.y()
        if top > bottom:
            return False
        a, b = max(start, line_start), min(end, line_start + line.textLength())
        if a < b and top + line.height() >= 0:
            x1, x2 = sorted((line.cursorToX(a - base)[0], line.cursorToX(b - base)[0]))
            out.append((rect.left() + x1, rect.left() + x2, top + line.ascent()))
    return True


def mark_lines(edit: QPlainTextEdit, marks: list[Mark], first: int, last: int) -> list[MarkLine]:
    """The lines of the marks among ``marks`` that overlap Qt positions [first, last]."""
    out = []
    for mark in marks:
        style = line_style(mark.format)
        if style is None or mark.end <= mark.start or mark.end < first or mark.start > last:
            continue
        colour = mark.format.underlineColor()
        out += [MarkLine(colour, style, x1, x2, y) for x1, x2, y in runs(edit, mark.start, mark.end)]
    return out


def paint(painter: QPainter, lines: list[MarkLine], width: float) -> None:
    """Draw ``lines`` with a pen ``width`` pixels wide, just below the baseline."""
    for line in lines:
        pen = QPen(line.colour, width)
        pen.setCapStyle(Qt.PenCapStyle.FlatCap)
        if line.style in PATTERNS:
            pen.setDashPattern(PATTERNS[line.style])
        painter.setPen(pen)
        y = line.baseline + 1 + width / 2
        painter.drawLine(QPointF(line.x1, y), QPointF(line.x2, y))
