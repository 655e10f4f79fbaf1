"""A 20,000-word précis in one paragraph is shown in pieces, and every word reads back as typed.

The editor swaps a space for a paragraph separator every 2,000 or so characters so that Qt
lays out a short paragraph on each key press (``tutor.gui.panes.soft_breaks``; the speed is in
``bench/gui.py``). These prove the student never sees that in their text: what is saved,
autosaved, copied, counted, undone and redone is exactly what they typed.
"""

from __future__ import annotations

import json

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication, QPlainTextEdit

from tutor.gui.panes.precis_edit import PrecisEdit
from tutor.gui.panes.soft_breaks import SPLIT_ABOVE, is_soft
from tutor.gui.panes.word_count import LiveWordCount
from tutor.gui.wording import plural

SENTENCE = "Councils turn flat roofs into gardens that cool the floors beneath them and recieve rain. "


def long_paragraph(words: int = 20_000) -> str:
    """One paragraph of about ``words`` words, with an emoji (two Qt positions) near the start."""
    count = words // len(SENTENCE.split()) + 1
    return ("Rooftop 🌱 gardens. " + SENTENCE * count).strip()


def shown_editor(qtbot, text: str) -> PrecisEdit:
    editor = PrecisEdit()
    qtbot.addWidget(editor)
    editor.resize(480, 360)
    editor.setPlainText(text)
    editor.show()
    qtbot.waitExposed(editor)
    return editor


def soft_breaks(editor: PrecisEdit) -> list[int]:
    """Qt positions of the separators that stand for spaces."""
    out, block = [], editor.document().firstBlock()
    while block.isValid():
        if is_soft(block):
            out.append(block.position() - 1)
        block = block.next()
    return out


def put_cursor(editor: PrecisEdit, position: int, anchor: int | None = None) -> None:
    cursor = editor.textCursor()
    cursor.setPosition(position if anchor is None else anchor)
    if anchor is not None:
        cursor.setPosition(position, QTextCursor.MoveMode.KeepAnchor)
    editor.setTextCursor(cursor)


def test_a_20000_word_paragraph_is_shown_in_pieces_and_reads_back_exactly(qtbot):
    text = long_paragraph()
    editor = shown_editor(qtbot, text)
    assert editor.document().blockCount() > len(text) // SPLIT_ABOVE
    assert editor.toPlainText() == text
    assert editor.document().availableUndoSteps() == 0  # loading is not an undo step


def test_text_of_plain_letters_only_reads_back_exactly_too(qtbot):
    text = long_paragraph().replace("🌱", "green")  # every Qt position is a Python index then
    editor = shown_editor(qtbot, text)
    first = soft_breaks(editor)[2]
    put_cursor(editor, first + 1)
    qtbot.keyClick(editor, Qt.Key.Key_Backspace)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert editor.toPlainText() == text[:first] + "\n" + text[first + 1:]
    presses = 0
    while editor.toPlainText() != text and presses < 3:  # the Return, maybe a split, the Backspace
        editor.undo()
        presses += 1
    assert editor.toPlainText() == text


def test_a_short_precis_and_paragraphs_typed_by_the_student_are_left_whole(qtbot):
    text = "Councils turn roofs into gardens.\nThey cool the floors below.\n\nResidents grow food."
    editor = shown_editor(qtbot, text)
    assert editor.document().blockCount() == 4
    assert soft_breaks(editor) == []
    assert editor.toPlainText() == text


def test_typing_deleting_and_enter_at_the_pieces_edges_keep_the_text_as_typed(qtbot):
    text = long_paragraph()
    editor = shown_editor(qtbot, text)
    expected = text
    first = soft_breaks(editor)[3]
    put_cursor(editor, first + 1)  # the start of a piece: Backspace deletes the space before it
    qtbot.keyClick(editor, Qt.Key.Key_Backspace)
    expected = expected[:first - 1] + expected[first:]  # the emoji's second Qt position
    assert editor.toPlainText() == expected
    qtbot.keyClicks(editor, " and planners share the roofs ")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    expected = expected[:first - 1] + " and planners share the roofs \n" + expected[first - 1:]
    assert editor.toPlainText() == expected
    assert expected.count("\n") == 1


def test_enter_in_a_piece_emptied_by_the_student_is_a_line_break(qtbot):
    text = long_paragraph()
    editor = shown_editor(qtbot, text)
    block = editor.document().findBlock(soft_breaks(editor)[5] + 1)
    start, end = block.position(), block.position() + block.length() - 1
    put_cursor(editor, end, anchor=start)
    emptied = editor.toPlainText()
    qtbot.keyClick(editor, Qt.Key.Key_Delete)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.keyClicks(editor, "New line")
    after = editor.toPlainText()
    assert after.count("\n") == 1
    offsets = editor.offsets(emptied)  # Qt positions count the emoji twice
    before, rest = emptied[:offsets.from_qt(start - 1)], emptied[offsets.from_qt(end):]
    assert after == before + " \nNew line" + rest  # the space before the emptied piece stays a space


def test_undo_and_redo_step_through_exactly_the_texts_the_student_made(qtbot):
    text = long_paragraph(3_000)
    editor = shown_editor(qtbot, text)
    made = [text]
    had = {text}  # every text the student had at some moment, key by key
    editor.document().contentsChanged.connect(lambda: had.add(editor.toPlainText()))
    for offset in (100, 2000, 4000):  # over a piece's edge: pieces merge and split again
        put_cursor(editor, soft_breaks(editor)[2] + 1)
        for _ in range(3):
            qtbot.keyClick(editor, Qt.Key.Key_Backspace)
        made.append(editor.toPlainText())
        put_cursor(editor, offset)
        qtbot.keyClicks(editor, "gardens " * 300)  # 2,400 characters: the piece grows past the limit
        made.append(editor.toPlainText())
    seen = []
    while editor.document().isUndoAvailable():
        editor.undo()
        seen.append(editor.toPlainText())
    assert editor.toPlainText() == text
    assert set(seen) <= had
    assert [t for t in made if t in seen or t == made[-1]] == made
    while editor.document().isRedoAvailable():
        editor.redo()
        assert editor.toPlainText() in had
    assert editor.toPlainText() == made[-1]


def test_copying_across_pieces_copies_the_words_as_typed(qtbot):
    text = long_paragraph()
    editor = shown_editor(qtbot, text)
    editor.selectAll()
    editor.copy()
    assert QApplication.clipboard().text() == text
    soft = soft_breaks(editor)[1]
    put_cursor(editor, soft + 30, anchor=soft - 30)
    editor.copy()
    copied = QApplication.clipboard().text()
    assert "\n" not in copied and len(copied) == 60
    assert copied in text
    editor.cut()
    editor.paste()  # and back: nothing changed
    assert editor.toPlainText() == text


def test_a_long_paragraph_is_saved_autosaved_and_counted_as_typed(qtbot, make_window, private_user_data, tmp_path,
                                                                  monkeypatch):
    window = make_window()
    text = long_paragraph()
    window.editor_pane.editor.setPlainText(text)
    window.editor_pane.editor.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(window.editor_pane.editor, " The end.")
    text += " The end."
    assert window.editor_pane.editor.document().blockCount() > 10
    assert window.editor_pane.precis_text() == text
    assert window.editor_pane.words() == LiveWordCount().body_words(text, None)
    window.autosave_now()
    saved = json.loads((private_user_data / "draft.json").read_text(encoding="utf-8"))
    assert saved["draft"]["precis"] == text
    target = tmp_path / "precis.txt"
    monkeypatch.setattr(window.commands, "choose_save_path", lambda caption, suggested: str(target))
    assert window.commands.save_precis()
    assert target.read_text(encoding="utf-8") == text + "\n"


def test_a_passage_pasted_as_one_long_paragraph_is_taken_as_pasted(qtbot):
    from PySide6.QtCore import QMimeData

    from tutor.gui.dialogs.paste_dialog import PasteDialog

    dialog = PasteDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    text = long_paragraph()
    data = QMimeData()
    data.setText(text)
    dialog.text.insertFromMimeData(data)
    assert dialog.text.document().blockCount() > 10  # shown in pieces
    qtbot.keyClicks(dialog.text, " The end.")
    words = plural(LiveWordCount().words(text + " The end."), "word")
    qtbot.waitUntil(lambda: dialog.words.text() == words)  # the count follows typing, if not every key
    dialog.accept()
    assert dialog.passage_text == text + " The end."


def test_find_finds_words_either_side_of_a_pieces_edge(qtbot):
    from tutor.gui.panes.find_bar import FindBar

    text = long_paragraph()
    editor = shown_editor(qtbot, text)
    bar = FindBar({"précis": editor})
    qtbot.addWidget(bar)
    soft = soft_breaks(editor)[4]
    offsets = editor.offsets(text)
    at = offsets.from_qt(soft)
    words = text[at - 12:at + 12]  # the same words stand elsewhere inside one piece: find them all in turn
    bar.query.setText(words.upper())
    found = set()
    for _ in range(text.count(words) + 1):
        assert bar.find()
        assert editor.selected_text() == words
        found.add(editor.textCursor().selectionStart())
    assert soft - 12 in found
    assert len(found) == text.count(words)
    assert bar.find(backwards=True) and editor.selected_text() == words


def test_a_long_paragraph_autosaved_comes_back_exactly_after_a_crash(qtbot, make_window, private_user_data):
    from tests.gui.test_gui_autosave import crash

    first = make_window()
    text = long_paragraph()
    first.editor_pane.editor.setPlainText(text)
    first.autosave_now()
    crash(first)
    second = make_window(restore="yes", passage=False)
    assert second.editor_pane.editor.document().blockCount() > 10  # shown in pieces again
    assert second.editor_pane.precis_text() == text


def test_ctrl_backspace_at_a_pieces_start_deletes_as_in_a_paragraph_not_in_pieces(qtbot):
    text = ("Plain words only here. " * 1_000).strip()
    editor = shown_editor(qtbot, text)
    edge = soft_breaks(editor)[2]  # the Qt position (= Python index here) of a space shown as a break
    plain = QPlainTextEdit()  # the same paragraph, whole, in Qt's own editor
    qtbot.addWidget(plain)
    plain.setPlainText(text)
    for widget in (editor, plain):
        put_cursor(widget, edge + 1)
        qtbot.keyClick(widget, Qt.Key.Key_Backspace, Qt.KeyboardModifier.ControlModifier)
    assert editor.toPlainText() == plain.toPlainText() != text  # no words glued where a piece starts


def test_the_text_read_when_the_editor_says_it_changed_is_the_new_text(qtbot):
    # The text is read once per change and kept (reading walks every piece): whatever listens to
    # the editor must never be handed the text from before the edit, undo or redo.
    text = long_paragraph()
    editor = shown_editor(qtbot, text)
    qtbot.waitUntil(lambda: len(soft_breaks(editor)) > 5)
    assert editor.toPlainText() == text
    read = []
    editor.textChanged.connect(lambda: read.append(editor.toPlainText()))
    put_cursor(editor, len(text) // 2)
    qtbot.keyClicks(editor, "x")
    qtbot.waitUntil(lambda: not editor.soft_breaks._soon.isActive())
    assert read[-1] == editor.toPlainText()
    assert read[-1].count("x") == 1 and read[-1].replace("x", "") == text
    editor.undo()
    assert read[-1] == editor.toPlainText()
    while editor.document().isUndoAvailable() and editor.toPlainText() != text:
        editor.undo()
    assert read[-1] == editor.toPlainText() == text
    editor.redo()
    assert read[-1] == editor.toPlainText()
    editor.setPlainText("Roofs cool homes.")
    assert read[-1] == editor.toPlainText() == "Roofs cool homes."
