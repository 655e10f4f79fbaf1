"""Fitting the window to the screen it is on, and the panes to the window.

The first window is sized from the screen's available area (not a fixed
1400 × 820, which overflows a 1366 × 768 projector); a geometry remembered on
a larger screen, or with another font, is clamped to this one. Each pane has
a minimum width in characters of its own font, so zooming keeps its words whole.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize
from PySide6.QtWidgets import QWidget

FIRST_SIZE = QSize(1400, 860)  # on a screen with room for it
SCREEN_SHARE = 0.94  # of the available width and height, on a smaller one
# Minimum pane widths, in average characters of the pane's own (zoomed) font.
MIN_CHARS = {"passage": 22, "precis": 26, "feedback": 24}
SHARES = (4, 4, 3)  # passage, précis, feedback: how the panes split the width


def first_geometry(available: QRect) -> QRect:
    """A centred window that fits ``available`` (the screen minus panels), in screen pixels."""
    width = min(FIRST_SIZE.width(), round(available.width() * SCREEN_SHARE))
    height = min(FIRST_SIZE.height(), round(available.height() * SCREEN_SHARE))
    rect = QRect(0, 0, width, height)
    rect.moveCenter(available.center())
    return rect


def clamped(geometry: QRect, available: QRect, minimum: QSize) -> QRect:
    """``geometry`` shrunk to fit ``available`` and moved onto it; at least ``minimum``
    (itself no bigger than the screen)."""
    width = max(min(geometry.width(), available.width()), min(minimum.width(), available.width()))
    height = max(min(geometry.height(), available.height()), min(minimum.height(), available.height()))
    left = min(max(geometry.left(), available.left()), available.right() + 1 - width)
    top = min(max(geometry.top(), available.top()), available.bottom() + 1 - height)
    return QRect(left, top, width, height)


def min_width_in_chars(widget: QWidget, chars: int) -> None:
    """Set ``widget``'s minimum width to ``chars`` average characters of its font."""
    widget.setMinimumWidth(widget.fontMetrics().averageCharWidth() * chars)


def shared(total: int, minimums: list[int], shown: list[bool]) -> list[int]:
    """Widths for the shown panes in proportion to ``SHARES``, none below its minimum
    (0 for a collapsed pane)."""
    weights = [s if on else 0 for s, on in zip(SHARES, shown)]
    sizes = [round(total * w / max(1, sum(weights))) for w in weights]
    short = [max(0, m - s) if on else 0 for s, m, on in zip(sizes, minimums, shown)]
    need = sum(short)
    if need:  # take it from the panes above their minimum, in proportion to their slack
        slack = [max(0, s - m) if on else 0 for s, m, on in zip(sizes, minimums, shown)]
        total_slack = max(1, sum(slack))
        sizes = [s + d - round(need * sl / total_slack) for s, d, sl in zip(sizes, short, slack)]
    return sizes
