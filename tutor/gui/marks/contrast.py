"""WCAG 2.x contrast of every mark, computed against the background it sits on.

The ratio itself is ``classroom.contrast.contrast_ratio`` (WCAG 2.x relative luminance).
Level AA asks 4.5:1 for text (SC 1.4.3) and 3:1 for the graphics that carry
meaning, such as an underline or a highlight that is a mark's only cue (SC 1.4.11).
"""

from __future__ import annotations

from dataclasses import dataclass


from tutor.gui.classroom.contrast import contrast_ratio as ratio
from tutor.gui.classroom.contrast import over

TEXT_AA = 4.5
GRAPHIC_AA = 3.0


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

    from tutor.gui.marks.mark import is_wavy, line_style

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
