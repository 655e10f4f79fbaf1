"""Colours that work for colour-blind students, in light and dark palettes.

The hues come from the Okabe–Ito palette (blue, orange, vermillion, bluish
green, reddish purple), and every colour is paired with a second cue: a line
style, a symbol or a word, so nothing is told by colour alone.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QWidget


@dataclass(frozen=True)
class Colours:
    covered: str
    partial: str
    missing: str
    contradicted: str  # a key point the précis says the opposite of
    tint_alpha: int  # how strongly coverage tints the passage background
    copied: str  # a highlighter gold, used as a tint: a mark's only cue, so 3:1 on the background
    copied_alpha: int
    copied_text: str  # the words on it, 4.5:1 on it (WCAG AA, checked by tests/gui/test_gui_contrast.py)
    spelling: str
    grammar: str
    punctuation: str
    style: str
    fact: str
    under: str
    within: str
    over: str
    spotlight: str  # "show me where" after a click in the feedback (not a selection)
    spotlight_text: str

    def category(self, name: str) -> QColor:
        """The colour of a grammar category or a key point's status; an unknown name (a status
        the core adds later) gets the grammar colour rather than an error."""
        return QColor(getattr(self, name, self.grammar))

    def tint(self, name: str, alpha: int | None = None) -> QColor:
        colour = self.category(name)
        colour.setAlpha(self.tint_alpha if alpha is None else alpha)
        return colour


# Every mark meets WCAG AA on its theme's background: lines 3:1, text on a tint 4.5:1 (see
# ``contrast``). Okabe–Ito orange and yellow are too light for that on white: darker shades here.
LIGHT = Colours(covered="#0072B2", partial="#B87000", missing="#6E6E6E", contradicted="#A8326E",
                tint_alpha=48, copied="#A88600",
                copied_alpha=255, copied_text="#000000",
                spelling="#D55E00", grammar="#0072B2", punctuation="#009E73", style="#AA4499",
                fact="#D55E00", under="#A35200", within="#005A8C", over="#C0392B",
                spotlight="#005A8C", spotlight_text="#FFFFFF")
DARK = Colours(covered="#56B4E9", partial="#F0B030", missing="#C8C8C8", contradicted="#F28CC4",
               tint_alpha=70, copied="#D4AA00",
               copied_alpha=255, copied_text="#000000",
               spelling="#FF8A50", grammar="#56B4E9", punctuation="#3DD6A3", style="#E59AD0",
               fact="#FF8A50", under="#F0B030", within="#7CC8F0", over="#FF7A6A",
               spotlight="#7CC8F0", spotlight_text="#000000")


def is_dark(widget: QWidget | None = None) -> bool:
    """Whether text sits on a dark background (the application's palette; widgets follow it)."""
    del widget  # widgets learn of a new palette a moment later than the application does
    return QGuiApplication.palette().color(QPalette.ColorRole.Base).lightness() < 128


def colours_for(widget: QWidget | None = None) -> Colours:
    return DARK if is_dark(widget) else LIGHT


def dark_palette() -> QPalette:
    p = QPalette()
    roles = {
        QPalette.ColorRole.Window: "#202124", QPalette.ColorRole.WindowText: "#E8E8E8",
        QPalette.ColorRole.Base: "#17181A", QPalette.ColorRole.AlternateBase: "#26282B",
        QPalette.ColorRole.Text: "#ECECEC", QPalette.ColorRole.Button: "#2B2D31",
        QPalette.ColorRole.ButtonText: "#E8E8E8", QPalette.ColorRole.ToolTipBase: "#2B2D31",
        QPalette.ColorRole.ToolTipText: "#F0F0F0", QPalette.ColorRole.Highlight: "#3A6EA5",
        QPalette.ColorRole.HighlightedText: "#FFFFFF", QPalette.ColorRole.Link: "#7CC8F0",
        QPalette.ColorRole.PlaceholderText: "#9A9A9A", QPalette.ColorRole.BrightText: "#FFFFFF",
        QPalette.ColorRole.Mid: "#3A3C40", QPalette.ColorRole.Dark: "#101113",
        QPalette.ColorRole.Light: "#45474B", QPalette.ColorRole.Midlight: "#36383C",
    }
    for role, colour in roles.items():
        p.setColor(role, QColor(colour))
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.WindowText, QPalette.ColorRole.ButtonText):
        p.setColor(QPalette.ColorGroup.Disabled, role, QColor("#7A7A7A"))
    return p


def _system_prefers_dark() -> bool:
    return QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark


def apply_theme(app: QApplication, choice: str) -> None:
    """"system" follows the desktop (and its changes); "light" and "dark" force one palette."""
    hints = app.styleHints()
    scheme = {"light": Qt.ColorScheme.Light, "dark": Qt.ColorScheme.Dark}.get(choice, Qt.ColorScheme.Unknown)
    if hasattr(hints, "setColorScheme"):  # Qt 6.8+
        hints.setColorScheme(scheme)
    want_dark = choice == "dark" or (choice == "system" and _system_prefers_dark())
    standard = app.style().standardPalette()
    if want_dark and standard.color(QPalette.ColorRole.Base).lightness() >= 128:
        # Some styles (Fusion on a plain X11 or offscreen session) ignore the scheme: supply the palette.
        app.setPalette(dark_palette())
    else:
        app.setPalette(standard)
