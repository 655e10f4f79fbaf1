"""Underlines always match the current findings, after any edit, suggestion or undo."""

from __future__ import annotations

from PySide6.QtGui import QTextCursor

from tutor.gui.marks.marked_text import MarkedText
from tutor.gui.marks.mark import Note, is_wavy, line_style, make_mark, style_format
from tutor.gui.offsets import OffsetMap
from tutor.gui.marks.precis_marks import report_notes
from tutor.gui.theme import LIGHT

PRECIS = ("Councils are turning flat roofs into gardens that cool the floors beneath them. Both goverments "
          "pay for the plots, and they've found that older people feel less alone.")


def drawn(editor) -> set[tuple[int, int]]:
    """What is on screen: ExtraSelections (tints) and painted waves and lines, as Qt [start, end)."""
    shown = {(s.cursor.selectionStart(), s.cursor.selectionEnd()) for s in editor.extraSelections()}
    waves, lines = editor.wave_lines(), editor.mark_lines()
    for m in editor.marks.marks:
        painted = waves if is_wavy(m.format) else lines if line_style(m.format) is not None else []
        if any(line.colour == m.format.underlineColor() for line in painted):
            shown.add((m.start, m.end))
    return shown


def assert_every_visible_mark_is_drawn(editor) -> None:
    first, last = editor.visible_range()
    visible = {(m.start, m.end) for m in editor.marks.marks if not (m.end < first or m.start > last)}
    assert visible and visible <= drawn(editor)


def assert_marks_match_report(window) -> None:
    text = window.editor_pane.precis_text()
    offsets = OffsetMap(text)
    wanted = {(*offsets.span_to_qt(span), note.kind) for span, note in report_notes(window.report, text)
              if span.end > span.start}
    marks = {(m.start, m.end, m.note.kind) for m in window.editor_pane.editor.marks.marks}
    assert marks == wanted
    assert_every_visible_mark_is_drawn(window.editor_pane.editor)


def test_underlines_stay_drawn_when_lines_above_them_are_deleted(qtbot):
    editor = MarkedText()
    qtbot.addWidget(editor)
    editor.resize(400, 200)
    editor.show()
    lines = [f"Line {i}: they've planted gardens." for i in range(80)]
    editor.setPlainText("\n".join(lines))
    doc = editor.document()
    marks = []
    for i, line in enumerate(lines):
        start = doc.findBlockByNumber(i).position() + line.index("they've")
        marks.append(make_mark(doc, start, start + 7, style_format(LIGHT), Note("style", "A contraction.")))
    editor.set_marks(marks)
    editor.verticalScrollBar().setValue(30)
    qtbot.wait(10)
    cursor = QTextCursor(doc)
    cursor.setPosition(doc.findBlockByNumber(2).position())
    cursor.setPosition(doc.findBlockByNumber(25).position(), QTextCursor.MoveMode.KeepAnchor)
    cursor.removeSelectedText()  # the lines below move up into view, with no scrolling
    qtbot.waitUntil(lambda: bool(editor.mark_lines()) and editor.visible_range()[0] > 0)
    qtbot.wait(10)
    assert_every_visible_mark_is_drawn(editor)


def test_underlines_match_the_findings_after_a_suggestion_and_an_undo(qtbot, make_window, wait_for_report):
    window = make_window(engine="harper")
    editor = window.editor_pane.editor
    editor.setPlainText(PRECIS)
    qtbot.waitUntil(lambda: any(m.note.text == "goverments" for m in editor.marks.marks), timeout=20_000)
    wait_for_report(window)
    assert_marks_match_report(window)
    mark = next(m for m in editor.marks.marks if m.note.text == "goverments")
    editor.apply_suggestion(mark, "governments")
    report = wait_for_report(window)
    assert any(s.span.of(report.precis.text) == "they've" for s in report.style)
    qtbot.wait(10)
    assert_marks_match_report(window)
    editor.undo()
    qtbot.waitUntil(lambda: window.report is not None and "goverments" in window.report.precis.text
                    and not window.flow.busy, timeout=20_000)
    qtbot.wait(10)
    assert_marks_match_report(window)
