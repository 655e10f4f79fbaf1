"""Grammar and spelling findings are underlined on exactly the right words, whatever happens meanwhile."""

from __future__ import annotations

from PySide6.QtCore import QPoint
from PySide6.QtGui import QTextCharFormat, QTextCursor

from tutor.gui.marks import GRAMMAR


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
    assert mark.format.underlineStyle() == QTextCharFormat.UnderlineStyle.SpellCheckUnderline
    assert mark.note.category == "spelling"
    shown = window.editor_pane.editor.extraSelections()
    assert any(s.cursor.selectedText() == "recieve" for s in shown)


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
