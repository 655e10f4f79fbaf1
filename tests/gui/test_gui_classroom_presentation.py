"""View → Presentation: full screen, 250% text, high contrast, panes hidden one key each; and back."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from tutor.gui.classroom.presentation import zoom_percent
from tutor.gui.classroom.contrast import TEXT_PAIRS, contrast_ratio, high_contrast_palette, over
from tutor.gui.theme import DARK, colours_for


def _point_size(window) -> float:
    return window.centralWidget().font().pointSizeF()


def test_presentation_mode_toggles_and_restores(make_window, qtbot):
    window = make_window()
    window.actions["pane_0"].trigger()  # F6, F8: only the précis, so 250% fits the 800-pixel test screen
    window.actions["pane_2"].trigger()
    base_size, base_palette = _point_size(window), QApplication.palette().color(QPalette.ColorRole.Base)
    window.actions["presentation"].trigger()

    assert window.windowState() & Qt.WindowState.WindowFullScreen
    assert window.actions["presentation"].isChecked()
    assert window.classroom.presentation.zoom_label.text() == "Zoom 250%"
    assert _point_size(window) == pytest.approx(base_size * 2.5)
    assert QApplication.palette().color(QPalette.ColorRole.Base) == QColor("#000000")
    assert colours_for(window) is DARK  # marks drawn for a dark background

    window.actions["pane_0"].trigger()  # the passage back while presenting
    assert window.passage_pane.isVisible()

    window.actions["presentation"].trigger()
    assert not window.windowState() & Qt.WindowState.WindowFullScreen
    assert not window.actions["presentation"].isChecked()
    assert _point_size(window) == pytest.approx(base_size)
    assert window.classroom.presentation.zoom_label.text() == "Zoom 100%"
    assert window.passage_pane.isHidden() and window.feedback_pane.isHidden()  # as they were
    assert QApplication.palette().color(QPalette.ColorRole.Base) == base_palette
    assert window.store.value("view/zoom") in (None, 0, "0")  # presenting is never saved as the zoom


def test_presentation_zoom_stops_where_the_window_still_fits_the_screen(make_window):
    window = make_window()
    window.classroom.presentation.enter()
    screen = window.screen().availableGeometry().width()
    zoom = window.prefs.zoom
    assert window.minimumSizeHint().width() <= screen or zoom == 0
    assert window.classroom.presentation.zoom_label.text() == f"Zoom {zoom_percent(zoom)}%"
    window.zoom(15)  # Ctrl+= still reaches 250%
    assert window.prefs.zoom == 15
    window.classroom.presentation.leave()
    assert window.prefs.zoom == 0 and int(window.store.value("view/zoom")) == 0


def test_escape_leaves_presentation(make_window, qtbot):
    window = make_window()
    window.classroom.presentation.enter()
    window.activateWindow()
    window.editor_pane.editor.setFocus()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window.editor_pane.editor, Qt.Key.Key_Escape)
    assert not window.classroom.presentation.active
    assert not window.windowState() & Qt.WindowState.WindowFullScreen


def test_each_pane_hides_and_returns_with_its_own_key_but_one_always_stays(make_window):
    window = make_window()
    panes = (window.passage_pane, window.editor_pane, window.feedback_pane)
    for i in range(3):
        window.actions[f"pane_{i}"].trigger()
    assert [p.isVisible() for p in panes] == [False, False, True]  # the last pane is never hidden
    assert window.actions["pane_1"].shortcut().toString() == "F7"
    window.actions["pane_1"].trigger()
    assert window.editor_pane.isVisible()


def test_the_high_contrast_theme_passes_wcag_by_computed_ratio():
    palette = high_contrast_palette()
    for text, background in TEXT_PAIRS:
        assert contrast_ratio(palette.color(text), palette.color(background)) >= 7.0  # AAA, above AA's 4.5
    base, text = palette.color(QPalette.ColorRole.Base), palette.color(QPalette.ColorRole.Text)
    for name in ("covered", "partial", "missing", "spelling", "grammar", "punctuation", "style", "fact"):
        assert contrast_ratio(QColor(getattr(DARK, name)), base) >= 4.5, name  # underlines and symbols
    for name in ("covered", "partial", "missing"):  # text on a coverage tint
        assert contrast_ratio(text, over(DARK.tint(name), base)) >= 7.0, name
    copied = QColor(DARK.copied)
    copied.setAlpha(DARK.copied_alpha)
    # Copied words carry their own text colour (the highlighter's), not the palette's.
    assert contrast_ratio(QColor(DARK.copied_text), over(copied, base)) >= 7.0


def test_gui_presentation_flag_starts_in_presentation_mode(qtbot):
    from tutor.gui import app
    from tutor.gui.main_window import MainWindow

    seen = []

    def close_soon() -> None:
        for w in QApplication.topLevelWidgets():
            if isinstance(w, MainWindow) and w.isVisible():
                seen.append((w.classroom.presentation.active, w.classroom.presentation.zoom_label.text()))
                w.worker.drain()
                w.close()

    QTimer.singleShot(400, close_soon)
    assert app.main(["--restore", "no", "--presentation"]) == 0
    assert len(seen) == 1 and seen[0][0] and seen[0][1].startswith("Zoom ")
