"""Grammar and spelling findings are underlined on exactly the right words, whatever happens meanwhile."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtGui import QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QApplication

from tutor.gui.marks.mark import GRAMMAR, Note, grammar_format, is_wavy, make_mark
from tutor.gui.theme import LIGHT


def grammar_marks(window):
    return [m for m in window.editor_pane.editor.marks.marks if m.note.kind == GRAMMAR]


def marked_words(window) -> list[str]:
    return [m.cursor.selectedText() for m in grammar_marks(window)]


def wait_for_grammar(qtbot, window, word: str, timeout: int = 20_000) -> None:
    qtbot.waitUntil(lambda: word in marked_words(window), timeout=timeout)


def point_in_viewport(editor, position: int) -> QPoint:
    cursor = QTextCursor(editor.document())
    cursor.setPosition(position)
    return editor.cursorRect(cursor).center()


def test_misspelt_word_gets_a_wavy_underline_in_the_right_place(qtbot, make_window):
    window = make_window(engine="harper")
    qtbot.keyClicks(window.editor_pane.editor, "He recieve the letter.")
    wait_for_grammar(qtbot, window, "recieve")
    mark = next(m for m in grammar_marks(window) if m.cursor.selectedText() == "recieve")
    assert (mark.start, mark.end) == (3, 10)
    assert is_wavy(mark.format)  # drawn by the editor, not by Qt's one-pixel SpellCheckUnderline
    assert mark.format.underlineStyle() == QTextCharFormat.UnderlineStyle.NoUnderline
    assert mark.note.category == "spelling"
    (line,) = window.editor_pane.editor.wave_lines()  # the editor paints it: Qt is handed nothing to draw
    assert line.colour == LIGHT.category("spelling")


def test_underline_lands_right_with_emoji_before_the_error(qtbot, make_window):
    window = make_window(engine="harper")
    text = "😀🎉 Rooftop gardens 🌱 cool cities. He recieve the letter."
    window.editor_pane.editor.setPlainText(text)
    wait_for_grammar(qtbot, window, "recieve")
    mark = next(m for m in grammar_marks(window) if m.cursor.selectedText() == "recieve")
    utf16_start = len(text[:text.index("recieve")].encode("utf-16-le")) // 2
    assert (mark.start, mark.end) == (utf16_start, utf16_start + 7)


def test_hovering_an_underline_shows_its_message(qtbot, make_window):
    window = make_window(engine="harper")
    editor = window.editor_pane.editor
    editor.setPlainText("Gardens cool the city. He recieve the letter.")
    wait_for_grammar(qtbot, window, "recieve")
    inside = editor.toPlainText().index("recieve") + 3
    tip = editor.tooltip_at(point_in_viewport(editor, inside))
    assert tip.startswith("Spelling:") and "receive" in tip
    assert editor.tooltip_at(point_in_viewport(editor, 1)) == ""


def test_right_click_offers_suggestions_ignore_and_add_to_dictionary(qtbot, make_window):
    window = make_window(engine="harper")
    editor = window.editor_pane.editor
    editor.setPlainText("He recieve the letter.")
    wait_for_grammar(qtbot, window, "recieve")
    menu = editor.build_context_menu(point_in_viewport(editor, 5))
    texts = [a.text() for a in menu.actions()]
    assert texts[0] == "receive"
    assert "Ignore" in texts and "Add to dictionary" in texts
    next(a for a in menu.actions() if a.text() == "receive").trigger()
    assert editor.toPlainText() == "He receive the letter."
    editor.undo()
    assert editor.toPlainText() == "He recieve the letter."


def test_add_to_dictionary_removes_the_underline_and_is_remembered(qtbot, make_window, private_user_data,
                                                                   wait_for_report):
    window = make_window(engine="harper")
    editor = window.editor_pane.editor
    editor.setPlainText("The Zorblat council planted roofs.")
    wait_for_grammar(qtbot, window, "Zorblat")
    menu = editor.build_context_menu(point_in_viewport(editor, 6))
    next(a for a in menu.actions() if a.text() == "Add to dictionary").trigger()
    assert "Zorblat" not in marked_words(window)
    assert "Zorblat" in (private_user_data / "dictionary.json").read_text(encoding="utf-8")
    wait_for_report(window)
    assert "Zorblat" not in marked_words(window)


def test_ignore_hides_the_finding_for_the_session(qtbot, make_window, wait_for_report):
    window = make_window(engine="harper")
    editor = window.editor_pane.editor
    editor.setPlainText("He recieve the letter.")
    wait_for_grammar(qtbot, window, "recieve")
    menu = editor.build_context_menu(point_in_viewport(editor, 5))
    next(a for a in menu.actions() if a.text() == "Ignore").trigger()
    assert "recieve" not in marked_words(window)
    window.flow.check_now()
    wait_for_report(window)
    assert "recieve" not in marked_words(window)
    assert all("recieve" not in g.span.of(window.report.precis.text) for g in window.report.grammar)


def test_underlines_follow_their_words_when_text_is_typed_before_them(qtbot, make_window):
    window = make_window(engine="harper")
    editor = window.editor_pane.editor
    editor.setPlainText("He recieve the letter.")
    wait_for_grammar(qtbot, window, "recieve")
    cursor = QTextCursor(editor.document())
    cursor.insertText("Yesterday 🌧 ")  # before the mark, while no check has run yet
    assert marked_words(window) == ["recieve"]


def test_editing_an_underlined_word_removes_its_underline_at_once(qtbot, make_window):
    window = make_window(engine="harper")
    editor = window.editor_pane.editor
    editor.setPlainText("He recieve the letter.")
    wait_for_grammar(qtbot, window, "recieve")
    cursor = QTextCursor(editor.document())
    cursor.setPosition(6)
    cursor.insertText("x")
    assert marked_words(window) == []


def test_edits_made_while_a_check_runs_never_misplace_underlines(qtbot, make_window, monkeypatch):
    window = make_window(engine="harper")
    qtbot.waitUntil(lambda: window.grammar.engine is not None, timeout=20_000)
    held = []
    monkeypatch.setattr(window.worker, "submit", lambda lane, fn, done: held.append((fn, done)))
    editor = window.editor_pane.editor
    editor.setPlainText("He recieve the letter.")
    window.flow.check_now()
    editor.textCursor().insertText("🌧 Sadly, ")  # typed while that check was running
    for fn, done in held:
        window.worker.run_inline("check", fn, done)
    assert marked_words(window) == []  # the old result was dropped, not shifted onto other words
    held.clear()
    window.flow.check_now()
    for fn, done in held:
        window.worker.run_inline("check", fn, done)
    assert marked_words(window) == ["recieve"]


# -- how thick the wavy lines are ------------------------------------------------------------


def editor_with_a_marked_word(make_window):
    """A window with no passage (so no check replaces the mark) and "recieve" marked by hand."""
    window = make_window(passage=False)
    assert window.source is None
    editor = window.editor_pane.editor
    editor.setPlainText("He recieve the letter.")
    return window, editor


def mark_recieve(editor, fmt) -> None:
    editor.set_marks([make_mark(editor.document(), 3, 10, fmt, Note(GRAMMAR, "Spelling", "spelling"))])


def ink_under(editor, start: int, end: int) -> float:
    """Ink per column under the word at [start, end) (1.0: one black pixel), as on the
    screen now, after pending repaints: how heavy its underline looks, and whether one is left over."""
    for _ in range(5):
        QApplication.processEvents()
    window = editor.window()
    origin = editor.viewport().mapTo(window, QPoint(0, 0))
    image = window.screen().grabWindow(window.winId()).toImage()
    left, right = point_in_viewport(editor, start).x() + 2, point_in_viewport(editor, end).x() - 2
    rect = editor.cursorRect(QTextCursor(editor.document()))
    top, bottom = rect.top() + editor.fontMetrics().ascent() + 1, rect.bottom() + 8  # below the baseline
    ink = 0
    for x in range(left, right):
        for y in range(top, bottom):
            c = image.pixelColor(origin.x() + x, origin.y() + y)
            ink += (255 * 3 - c.red() - c.green() - c.blue()) / (255 * 3)
    return ink / (right - left)


def test_the_wave_sits_under_its_words_only(qtbot, make_window):
    window, editor = editor_with_a_marked_word(make_window)
    mark_recieve(editor, grammar_format(LIGHT, "spelling"))
    (line,) = editor.wave_lines()
    start, end = point_in_viewport(editor, 3), point_in_viewport(editor, 10)
    cursor = QTextCursor(editor.document())
    cursor.setPosition(3)
    assert abs(line.x1 - editor.cursorRect(cursor).center().x()) <= 1.5
    cursor.setPosition(10)
    assert abs(line.x2 - editor.cursorRect(cursor).center().x()) <= 1.5
    rect = editor.cursorRect(cursor)
    assert rect.top() + rect.height() / 2 < line.y < rect.bottom() + 3  # below the middle of the letters
    assert start.y() == end.y()
    assert ink_under(editor, 11, 14) == 0  # "the" is not underlined


def test_wavy_lines_thicken_with_the_zoom_and_are_heavier_than_qts_own(qtbot, make_window):
    window, editor = editor_with_a_marked_word(make_window)
    qts = QTextCharFormat()
    qts.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SpellCheckUnderline)
    qts.setUnderlineColor(LIGHT.category("spelling"))
    ours = grammar_format(LIGHT, "spelling")

    def measure():
        mark_recieve(editor, ours)
        mine = ink_under(editor, 3, 10)
        mark_recieve(editor, qts)
        return mine, ink_under(editor, 3, 10)

    normal_width = editor.wave().width
    normal, qt_normal = measure()
    window.zoom(4)  # the projector setting
    assert editor.wave().width > normal_width * 1.3
    projector, qt_projector = measure()
    assert normal > qt_normal * 2  # about 5 times the ink of Qt's one-pixel wave
    assert projector > qt_projector * 2  # about 3 times
    assert projector > normal * 1.1
    window.zoom(0)
    assert editor.wave().width == normal_width


def test_a_removed_underline_leaves_no_trace(qtbot, make_window):
    window, editor = editor_with_a_marked_word(make_window)
    window.zoom(4)
    assert ink_under(editor, 3, 10) == 0
    mark_recieve(editor, grammar_format(LIGHT, "spelling"))
    assert ink_under(editor, 3, 10) > 0.5
    editor.clear_marks()
    assert editor.wave_lines() == []
    assert ink_under(editor, 3, 10) == 0


def test_a_mark_across_a_line_break_gets_a_wave_on_each_line(qtbot, make_window):
    window = make_window(passage=False)
    editor = window.editor_pane.editor
    words = "gardens cool the floors beneath them " * 12
    editor.setPlainText(words)
    layout = editor.document().firstBlock().layout()
    qtbot.waitUntil(lambda: layout.lineCount() > 1)
    wrap = layout.lineAt(1).textStart()
    start, end = wrap - 8, wrap + 8
    editor.set_marks([make_mark(editor.document(), start, end, grammar_format(LIGHT, "grammar"),
                                Note(GRAMMAR, "Grammar", "grammar"))])
    first, second = editor.wave_lines()
    assert second.y - first.y == pytest.approx(layout.lineAt(1).y() - layout.lineAt(0).y())
    assert first.x2 > first.x1 > second.x1 and second.x2 > second.x1


def test_in_a_long_paragraph_scrolled_half_way_each_word_on_screen_gets_its_wave_and_no_other(qtbot, make_window):
    """Waves are placed from what is on screen (cost in proportion to the view, see bench/gui.py),
    so a misspelling in the middle of a one-paragraph précis of thousands of words must still
    get exactly its own wave."""
    window = make_window()
    editor = window.editor_pane.editor
    words = ("roofs cool homes and catch rain " * 800).split()
    words[19::40] = ["recieve"] * len(words[19::40])
    text = " ".join(words)
    editor.setPlainText(text)
    fmt = grammar_format(LIGHT, "spelling")
    starts = [i for i in range(len(text)) if text.startswith("recieve", i)]
    note = Note(GRAMMAR, "Spelling: recieve", "spelling", ("receive",), "SPELL", "recieve")
    editor.set_marks([make_mark(editor.document(), s, s + 7, fmt, note) for s in starts])
    cursor = QTextCursor(editor.document())
    cursor.setPosition(len(text) // 2)
    editor.setTextCursor(cursor)
    editor.centerCursor()
    qtbot.wait(20)
    height = editor.viewport().height()

    def word_rect(start: int):
        c = QTextCursor(editor.document())
        c.setPosition(start)
        left = editor.cursorRect(c)
        c.setPosition(start + 7)
        return left, editor.cursorRect(c)

    on_screen = [s for s in starts if word_rect(s)[0].bottom() >= 0 and word_rect(s)[0].top() <= height]
    assert len(on_screen) > 3
    lines = editor.wave_lines()
    assert len(lines) == len(on_screen)
    for line, start in zip(lines, on_screen):
        left, right = word_rect(start)
        assert abs(line.x1 - left.x()) <= 1 and abs(line.x2 - right.x()) <= 1
        assert left.top() < line.y <= left.bottom() + line.rect.height()
