"""The progress plot: the total and each score part over time, and each kind of mistake per attempt.

Drawn with pyqtgraph: pure Python on the Qt already installed (PySide6-Essentials),
with dates on the x axis, and it looks at home in the app's light and dark themes.
"""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from tutor.core.progress import Progress

# Colour-blind-safe (Okabe-Ito), and told apart by marker shape as well.
PALETTE = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000")
SYMBOLS = ("o", "s", "t", "d", "+", "x", "star", "p")


def _pen(i: int, width: float = 2.0):
    return pg.mkPen(PALETTE[i % len(PALETTE)], width=width)


class ProgressPlot(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        pg.setConfigOptions(antialias=True, foreground="#222222", background="w")
        self.empty = QLabel("Submit a few attempts (Practice → Submit this attempt) to see your progress here.", self)
        self.scores = pg.PlotWidget(self, axisItems={"bottom": pg.DateAxisItem()}, title="Score out of 20 and its parts")
        self.mistakes = pg.PlotWidget(self, axisItems={"bottom": pg.DateAxisItem()},
                                      title="Mistakes per attempt (fewer is better)")
        for plot, label in ((self.scores, "points"), (self.mistakes, "count")):
            plot.setLabel("left", label)
            plot.showGrid(x=True, y=True, alpha=0.25)
            plot.addLegend(offset=(8, 4), labelTextSize="8pt", colCount=3, brush=pg.mkBrush(255, 255, 255, 215),
                           pen=pg.mkPen("#bbbbbb"))
            plot.setMouseEnabled(x=True, y=False)
        self.mistakes.setXLink(self.scores)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(self.scores, 3)
        layout.addWidget(self.mistakes, 2)
        self.shown: Progress | None = None

    def show_progress(self, progress: Progress) -> None:
        self.shown = progress
        self.empty.setVisible(progress.attempts < 2)
        for plot in (self.scores, self.mistakes):
            plot.clear()
        x = list(progress.times)
        for i, (name, values) in enumerate(progress.scores.items()):
            width = 3.0 if name == "Total" else 1.5
            label = f"{name} (/ {progress.out_of[name]:g})"
            self.scores.plot(x, list(values), pen=_pen(i, width), symbol=SYMBOLS[i % len(SYMBOLS)], symbolSize=7,
                             symbolBrush=PALETTE[i % len(PALETTE)], name=label)
        top_score = max(progress.out_of.values(), default=20)
        self.scores.setYRange(0, top_score * 1.3, padding=0)  # headroom above the top mark for the legend
        for i, (name, values) in enumerate(progress.mistakes.items()):
            self.mistakes.plot(x, list(values), pen=_pen(i, 1.5), symbol=SYMBOLS[i % len(SYMBOLS)], symbolSize=7,
                               symbolBrush=PALETTE[i % len(PALETTE)], name=name)
        top = max((max(v) for v in progress.mistakes.values()), default=1)
        rows = -(-len(progress.mistakes) // 3)
        self.mistakes.setYRange(0, max(1, top) * (1.3 + 0.5 * rows), padding=0)  # room for the legend's rows
        if x:
            span = max(x) - min(x) or 86400.0
            self.scores.setXRange(min(x) - 0.05 * span, max(x) + 0.05 * span, padding=0)
