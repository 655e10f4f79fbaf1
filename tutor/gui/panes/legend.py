"""The key to the passage's marks: a small drawn sample of each, with its name."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPainter, QPalette, QPen, QPixmap
from PySide6.QtWidgets import QGridLayout, QLabel, QWidget

from tutor.gui.marks.mark_lines import PATTERNS
from tutor.gui.theme import Colours, colours_for

ENTRIES = (("covered", "covered", Qt.PenStyle.SolidLine),
           ("partial", "partly covered", Qt.PenStyle.DashLine),
           ("missing", "missing", Qt.PenStyle.DotLine),
           ("contradicted", "contradicted", Qt.PenStyle.DashDotDotLine),
           ("copied", "copied into the précis", None),
           ("paraphrased", "closely paraphrased", None))

# Where each entry sits: two columns, the key-point statuses but "partly covered" down the
# narrow first column, the copying marks under "partly covered" in the second, so neither
# column is wider than its longest name and the passage pane keeps its width.
_CELLS = ((0, 0), (0, 1), (1, 0), (2, 0), (1, 1), (2, 1))


def swatch(colours: Colours, key: str, line: Qt.PenStyle | None, height: int) -> QPixmap:
    """A tinted box underlined in the status's line style (or highlighted "abc", for copied words,
    half as strong and underlined with dashes for closely paraphrased ones).

    Drawn on the text background, opaque: the tints are see-through, and on a
    selected row or a dark window they would blend into a faint smudge.
    """
    width = height * 2
    pixmap = QPixmap(width, height)
    pixmap.fill(QGuiApplication.palette().color(QPalette.ColorRole.Base))
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    pen = QPen(QColor(getattr(colours, key, colours.under)))
    pen.setWidth(max(2, round(height / 6)))  # 2 px at the usual size, more when zoomed
    if line is None:
        paraphrased = key == "paraphrased"
        painter.fillRect(0, 0, width, height, colours.tint("copied", colours.copied_alpha // (2 if paraphrased else 1)))
        font = painter.font()
        font.setPixelSize(max(8, height - 3))
        painter.setFont(font)
        # Copied words take their own text colour; paraphrased ones keep the usual one (as in the views).
        palette = QGuiApplication.palette()
        painter.setPen(palette.color(QPalette.ColorRole.Text) if paraphrased else QColor(colours.copied_text))
        painter.drawText(QRectF(0, 0, width, height), Qt.AlignmentFlag.AlignCenter, "abc")
        if paraphrased:
            pen.setCapStyle(Qt.PenCapStyle.FlatCap)  # the dashes the views draw (``mark_lines``)
            pen.setDashPattern(PATTERNS[Qt.PenStyle.DashLine])
            painter.setPen(pen)
            painter.drawLine(QPointF(0, height - pen.width() / 2), QPointF(width, height - pen.width() / 2))
    else:
        gap = pen.width() + 1
        painter.fillRect(0, 0, width, height - gap, colours.tint(key, min(255, colours.tint_alpha * 2)))
        pen.setCapStyle(Qt.PenCapStyle.FlatCap)
        if line in PATTERNS:  # the pattern the views draw: denser than Qt's, whose dots read as specks
            pen.setDashPattern(PATTERNS[line])
        else:
            pen.setStyle(line)
        painter.setPen(pen)
        y = height - pen.width() / 2
        painter.drawLine(QPointF(0, y), QPointF(width, y))
    painter.end()
    return pixmap


class Legend(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        # Two columns, so the legend never makes the passage pane wide.
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setHorizontalSpacing(6)
        layout.setVerticalSpacing(2)
        self._swatches: list[QLabel] = []
        for i, (_key, name, _line) in enumerate(ENTRIES):
            box, label = QLabel(self), QLabel(name, self)
            label.setWordWrap(True)  # a narrow pane at a large zoom wraps the name, never cuts it
            row, col = _CELLS[i]
            layout.addWidget(box, row, col * 2)
            layout.addWidget(label, row, col * 2 + 1)
            self._swatches.append(box)
        layout.setColumnStretch(3, 1)
        self.redraw()

    def redraw(self) -> None:
        colours = colours_for(self)
        height = max(12, self.fontMetrics().height())
        for box, (key, _name, line) in zip(self._swatches, ENTRIES):
            box.setPixmap(swatch(colours, key, line, height))

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() in (event.Type.FontChange, event.Type.PaletteChange):
            self.redraw()
