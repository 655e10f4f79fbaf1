"""Every mark meets WCAG AA contrast on its background, in every theme, by computed ratio."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from tutor.core.keypoints.model import CONTRADICTED, COVERED, MISSING, PARTIAL
from tutor.gui.classroom.contrast import high_contrast_palette
from tutor.gui.marks.contrast import GRAPHIC_AA, TEXT_AA, format_checks, ratio
from tutor.gui.panes.feedback_outline import STATUS_LABELS
from tutor.gui.panes.legend import ENTRIES
from tutor.gui.marks.mark import every_format
from tutor.gui.theme import apply_theme, colours_for


@pytest.fixture(params=["light", "dark", "classroom high contrast"])
def theme(request, qapp):
    if request.param == "classroom high contrast":  # what presentation mode (F11) sets
        qapp.setPalette(high_contrast_palette())
    else:
        apply_theme(qapp, request.param)
    yield request.param
    apply_theme(qapp, "light")


def test_the_ratio_matches_the_wcag_examples():
    assert ratio(QColor("#000000"), QColor("#FFFFFF")) == pytest.approx(21.0)
    assert ratio(QColor("#777777"), QColor("#FFFFFF")) == pytest.approx(4.48, abs=0.01)  # just fails AA


def test_every_mark_meets_wcag_aa_on_the_text_background(theme):
    palette = QApplication.palette()
    base, text = palette.color(QPalette.ColorRole.Base), palette.color(QPalette.ColorRole.Text)
    checks = [c for name, fmt in every_format(colours_for()).items() for c in format_checks(name, fmt, base, text)]
    assert len(checks) >= 20
    assert {"closely paraphrased line", "contradicted sentence line"} <= {c.what for c in checks}
    failing = [f"{c.what}: {c.ratio:.2f} < {c.needed}" for c in checks if not c.passes]
    assert failing == []


def test_every_key_point_status_has_its_own_colour_label_and_line(theme):
    colours = colours_for()
    statuses = (COVERED, PARTIAL, MISSING, CONTRADICTED)
    assert len({getattr(colours, s) for s in statuses}) == len(statuses)
    assert len({STATUS_LABELS[s] for s in statuses}) == len(statuses)
    assert len({line for key, _name, line in ENTRIES if key in statuses}) == len(statuses)


def test_copied_words_stand_out_from_the_background_not_only_the_text(theme):
    palette = QApplication.palette()
    base = palette.color(QPalette.ColorRole.Base)
    highlight = QColor(colours_for().copied)
    assert ratio(highlight, base) >= GRAPHIC_AA
    assert ratio(QColor(colours_for().copied_text), highlight) >= TEXT_AA


def test_the_counter_colours_are_readable_on_the_window(theme):
    window = QApplication.palette().color(QPalette.ColorRole.Window)
    colours = colours_for()
    for verdict in ("under", "within", "over"):
        assert ratio(QColor(getattr(colours, verdict)), window) >= TEXT_AA, verdict
