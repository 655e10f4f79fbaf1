"""The high-contrast palette for a projector, and the contrast ratio it is checked by.

``contrast_ratio`` follows WCAG 2.x (relative luminance of sRGB colours,
https://www.w3.org/TR/WCAG21/#dfn-contrast-ratio): 4.5 is AA for body text,
7 is AAA; 3 is AA for large text and for graphics such as underlines.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette

# (role, colour): white and gold on black, read from the back of a room.
HIGH_CONTRAST = {
    QPalette.ColorRole.Window: "#000000", QPalette.ColorRole.WindowText: "#FFFFFF",
    QPalette.ColorRole.Base: "#000000", QPalette.ColorRole.AlternateBase: "#1C1C1C",
    QPalette.ColorRole.Text: "#FFFFFF", QPalette.ColorRole.Button: "#1C1C1C",
    QPalette.ColorRole.ButtonText: "#FFFFFF", QPalette.ColorRole.ToolTipBase: "#000000",
    QPalette.ColorRole.ToolTipText: "#FFFFFF", QPalette.ColorRole.Highlight: "#FFD400",
    QPalette.ColorRole.HighlightedText: "#000000", QPalette.ColorRole.Link: "#7CC8F0",
    QPalette.ColorRole.PlaceholderText: "#BDBDBD", QPalette.ColorRole.BrightText: "#FFFFFF",
    QPalette.ColorRole.Mid: "#5A5A5A", QPalette.ColorRole.Dark: "#000000",
    QPalette.ColorRole.Light: "#6A6A6A", QPalette.ColorRole.Midlight: "#4A4A4A",
}
# Pairs of roles that carry text, (text, background): each must reach AA or better.
TEXT_PAIRS = (
    (QPalette.ColorRole.Text, QPalette.ColorRole.Base),
    (QPalette.ColorRole.WindowText, QPalette.ColorRole.Window),
    (QPalette.ColorRole.ButtonText, QPalette.ColorRole.Button),
    (QPalette.ColorRole.HighlightedText, QPalette.ColorRole.Highlight),
    (QPalette.ColorRole.ToolTipText, QPalette.ColorRole.ToolTipBase),
    (QPalette.ColorRole.Text, QPalette.ColorRole.AlternateBase),
    (QPalette.ColorRole.PlaceholderText, QPalette.ColorRole.Base),
)


def high_contrast_palette() -> QPalette:
    p = QPalette()
    for role, colour in HIGH_CONTRAST.items():
        p.setColor(role, QColor(colour))
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.WindowText, QPalette.ColorRole.ButtonText):
        p.setColor(QPalette.ColorGroup.Disabled, role, QColor("#A0A0A0"))
    return p


def _channel(value: float) -> float:
    c = value / 255
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def luminance(colour: QColor) -> float:
    """WCAG relative luminance, 0 (black) .. 1 (white), of an opaque colour."""
    r, g, b = (_channel(v) for v in (colour.red(), colour.green(), colour.blue()))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def over(tint: QColor, background: QColor) -> QColor:
    """``tint`` (with its alpha) painted over an opaque ``background``."""
    a = tint.alpha() / 255
    mix = [round(a * t + (1 - a) * b) for t, b in zip((tint.red(), tint.green(), tint.blue()),
                                                       (background.red(), background.green(), background.blue()))]
    return QColor(*mix)


def contrast_ratio(first: QColor, second: QColor) -> float:
    """WCAG contrast ratio of two opaque colours: 1 (same) .. 21 (black on white)."""
    a, b = sorted((luminance(first), luminance(second)), reverse=True)
    return (a + 0.05) / (b + 0.05)
