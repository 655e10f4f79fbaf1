"""WCAG 2.x contrast, computed: every mark is checked against the background it sits on.

Relative luminance and contrast ratio follow WCAG 2.2, "relative luminance" and
"contrast ratio" definitions (sRGB, 0.03928 threshold as written there).
Level AA asks 4.5:1 for text (SC 1.4.3) and 3:1 for the graphics that carry
meaning, such as an underline or a highlight that is a mark's only cue (SC 1.4.11).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor

TEXT_AA = 4.5
GRAPHIC_AA = 3.0


def luminance(colour: QColor) -> float:
    """Relative luminance 0..1 of an opaque colour."""
    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(colour.red()) + 0.7152 * channel(colour.green()) + 0.0722 * channel(colour.blue())


def ratio(a: QColor, b: QColor) -> float:
    """Contrast ratio 1..21 between two opaque colours."""
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def over(colour: QColor, background: QColor) -> QColor:
    """``colour`` (with its alpha) painted on an opaque ``background``."""
    a = colour.alphaF()
    return QColor(round(colour.red() * a + background.red() * (1 - a)),
                  round(colour.green() * a + background.green() * (1 - a)),
                  round(colour.blue() * a + background.blue() * (1 - a)))


@dataclass(frozen=True)
class Check:
    what: str  # "partial underline", "text on the copied highlight", ...
    ratio: float
    needed: float

    @property
    def passes(self) -> bool:
        return self.ratio >= self.needed


def format_checks(name: str, fmt, base: QColor, text: QColor) -> list[Check]:
    """The checks one mark's ``QTextCharFormat`` must pass on a ``base`` background with
    ``text`` as the usual text colour: its line against what it is drawn on, the text
    against its tint, and a tint that is the mark's only cue against the background."""
    from PySide6.QtGui import QTextCharFormat

    from tutor.gui.marks import is_wavy, line_style

    ground = base
    checks = []
    tinted = fmt.background().style() != fmt.background().style().NoBrush
    if tinted:
        ground = over(fmt.background().color(), base)
        shown = fmt.foreground().color() if fmt.hasProperty(QTextCharFormat.Property.ForegroundBrush) else text
        checks.append(Check(f"text on the {name} tint", ratio(shown, ground), TEXT_AA))
    lined = is_wavy(fmt) or line_style(fmt) is not None
    if lined:
        checks.append(Check(f"{name} line", ratio(fmt.underlineColor(), ground), GRAPHIC_AA))
    elif tinted:
        checks.append(Check(f"{name} tint, its only cue", ratio(ground, base), GRAPHIC_AA))
    return checks
