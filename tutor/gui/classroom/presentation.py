"""View → Presentation (F11): full screen, 250% text, high contrast, panes hidden one key each.

Built on the window's own zoom (``MainWindow.prefs.zoom`` and ``apply_zoom``):
presenting raises the zoom, up to 250%, as far as the window still fits the
screen (Ctrl+= goes on to 250%, e.g. with a pane hidden), and leaving puts back
the zoom, theme, window state and panes exactly as they were. Nothing about
presenting is saved to the settings.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from PySide6.QtCore import QEvent, QObject, QRect, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QLabel

from tutor.gui.classroom.contrast import high_contrast_palette
from tutor.gui.settings import ZOOM_STEPS, save_preferences, with_zoom

PRESENTATION_ZOOM = 15  # steps of 10%: 250%
PANE_NAMES = ("passage", "précis", "feedback")


def zoom_percent(steps: int) -> int:
    return round(100 * (1 + 0.1 * steps))


@dataclass(frozen=True)
class _Before:
    """What presenting changed, to put back."""

    full_screen: bool
    maximized: bool
    zoom: int
    hidden: tuple[bool, ...]
    geometry: QRect


class Presentation(QObject):
    changed = Signal(bool)  # presenting or not

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self._before: _Before | None = None
        self.zoom_label = QLabel("", window)
        self.zoom_label.setAccessibleName("Zoom")
        window.statusBar().addPermanentWidget(self.zoom_label)
        window.centralWidget().installEventFilter(self)  # a zoom changes its font: show the new percentage
        self._show_zoom()
        self.escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), window, self.leave)
        self.escape.setEnabled(False)  # Esc leaves presentation, as in a slide show; otherwise it is free

    @property
    def active(self) -> bool:
        return self._before is not None

    def toggle(self) -> None:
        self.leave() if self.active else self.enter()

    def enter(self) -> None:
        w = self.window
        if self.active:
            return
        self._before = _Before(w.isFullScreen(), w.isMaximized(), w.prefs.zoom,
                               tuple(p.isHidden() for p in self.panes()), w.normalGeometry())
        w.showFullScreen()
        self.escape.setEnabled(True)
        self._fit_zoom(max(w.prefs.zoom, min(PRESENTATION_ZOOM, ZOOM_STEPS[1])))
        QApplication.instance().setPalette(high_contrast_palette())
        w.restyle()
        self.changed.emit(True)
        w.statusBar().showMessage("Presentation: F11 or Esc to leave; F6, F7, F8 hide or show the "
                                  "passage, précis and feedback.", 8000)

    def leave(self) -> None:
        w, before = self.window, self._before
        if before is None:
            return
        self._before = None
        self.escape.setEnabled(False)
        for pane, hidden in zip(self.panes(), before.hidden):
            pane.setHidden(hidden)
        w.prefs = replace(w.prefs, zoom=before.zoom)
        save_preferences(w.store, w.prefs)  # a Ctrl+= while presenting is not kept either
        w.apply_zoom()
        from tutor.gui.theme import apply_theme

        apply_theme(QApplication.instance(), w.prefs.theme)
        w.restyle()
        if not before.full_screen:
            w.showMaximized() if before.maximized else w.showNormal()
            if not before.maximized:
                w.setGeometry(before.geometry)
        self.changed.emit(False)

    def _fit_zoom(self, high: int) -> None:
        """The largest zoom up to ``high`` at which the window still fits the screen's width
        (this session only: not saved). Ctrl+= still goes further, e.g. with a pane hidden."""
        w, low = self.window, self._before.zoom
        screen = (w.screen() or QApplication.primaryScreen()).geometry()
        for steps in range(high, low - 1, -1):
            w.prefs = with_zoom(w.prefs, steps)
            w.apply_zoom()
            if self._min_width() <= screen.width():
                break
        if w.geometry() != screen:  # a larger zoom tried on the way widened the window past the screen
            w.setGeometry(screen)
            w.showFullScreen()  # setGeometry drops the full-screen state

    def _min_width(self) -> int:
        """The narrowest the window can be now, measured after every layout has seen the new font."""
        w = self.window
        QApplication.sendPostedEvents()  # the font and layout changes the new zoom posted, no input
        w.layout().activate()
        return w.minimumSizeHint().width()

    # -- panes -------------------------------------------------------------------------------

    def panes(self) -> tuple:
        w = self.window
        return w.passage_pane, w.editor_pane, w.feedback_pane

    def toggle_pane(self, index: int) -> None:
        """Hide or bring back one pane (0 passage, 1 précis, 2 feedback); the last one stays."""
        pane = self.panes()[index]
        if pane.isVisible() and sum(p.isVisible() for p in self.panes()) == 1:
            return
        pane.setVisible(not pane.isVisible())
        shown = "shown" if pane.isVisible() else "hidden"
        self.window.statusBar().showMessage(f"The {PANE_NAMES[index]} pane is {shown}.", 3000)

    # -- the zoom percentage -------------------------------------------------------------------

    def _show_zoom(self) -> None:
        self.zoom_label.setText(f"Zoom {zoom_percent(self.window.prefs.zoom)}%")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FontChange and watched is self.window.centralWidget():
            self._show_zoom()
        return False
