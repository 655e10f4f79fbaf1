"""A 20,000-word précis in one paragraph: what the student sees stays right while Qt does less.

The speed itself is measured by ``bench/gui.py``; these prove the economies change nothing a
student can see: the text shown after typing, the zoom, the underlines near and far from an edit.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QTextCursor
from PySide6.QtWidgets import QVBoxLayout, QWidget

from tutor.gui.panes.long_paragraphs import NO_SHAPING_FROM
from tutor.gui.marks.mark import Note, grammar_format, make_mark
from tutor.gui.panes.precis_edit import PrecisEdit
from tutor.gui.theme import LIGHT

SENTENCE = "Councils turn flat roofs into gardens that cool the floors beneath them and recieve rain. "


def long_paragraph(chars: int) -> str:
    return (SENTENCE * (chars // len(SENTENCE) + 1)).strip()


def shown_editor(qtbot, text: str) -> PrecisEdit:
    editor = PrecisEdit()
    qtbot.addWidget(editor)
    editor.resize(480, 360)
    editor.setCursorWidth(0)  # a blinking cursor would make two pictures differ
    editor.setPlainText(text)
    editor.show()
    qtbot.waitExposed(editor)
    return editor


def put_cursor(editor: PrecisEdit, position: int) -> None:
    cursor = editor.textCursor()
    cursor.setPosition(position)
    editor.setTextCursor(cursor)
    editor.ensureCursorVisible()


def test_typing_in_a_long_paragraph_shows_what_laying_it_out_afresh_shows(qtbot):
    text = long_paragraph(3 * NO_SHAPING_FROM)
    typed = shown_editor(qtbot, text)
    put_cursor(typed, len(text) // 2)
    qtbot.keyClicks(typed, "and planners share the rooftops ")
    qtbot.keyClick(typed, Qt.Key.Key_Backspace)
    qtbot.wait(50)
    # The same pieces (``soft_breaks``), each a paragraph of its own, laid out afresh.
    fresh = shown_editor(qtbot, typed.document().toPlainText())
    fresh.setFont(typed.font())  # unshaped, as the text was one paragraph when it came
    put_cursor(fresh, typed.textCursor().position())
    fresh.verticalScrollBar().setValue(typed.verticalScrollBar().value())
    qtbot.wait(50)
    assert "and planners share the rooftops" in typed.toPlainText()
    assert typed.viewport().grab().toImage() == fresh.viewport().grab().toImage()


def test_a_long_paragraph_still_follows_the_zoom_and_short_text_is_shaped_again(qtbot):
    holder = QWidget()  # as the window's central widget, whose font the zoom sets
    qtbot.addWidget(holder)
    editor = PrecisEdit(holder)
    QVBoxLayout(holder).addWidget(editor)
    holder.show()
    editor.setPlainText(long_paragraph(2 * NO_SHAPING_FROM))
    qtbot.waitUntil(lambda: bool(editor.font().styleStrategy() & QFont.StyleStrategy.PreferNoShaping))
    zoomed = QFont(holder.font())
    zoomed.setPointSizeF(holder.font().pointSizeF() * 1.5)
    holder.setFont(zoomed)
    assert editor.font().pointSizeF() == zoomed.pointSizeF()
    editor.setPlainText("A short précis again.")
    qtbot.waitUntil(lambda: not editor.font().styleStrategy() & QFont.StyleStrategy.PreferNoShaping)
    assert editor.font().pointSizeF() == zoomed.pointSizeF()


def test_an_edit_drops_only_the_underline_it_touches_in_a_long_paragraph(qtbot):
    text = long_paragraph(2 * NO_SHAPING_FROM)
    editor = shown_editor(qtbot, text)
    document = editor.document()
    starts = [i for i in range(len(text)) if text.startswith("recieve", i)]
    editor.set_marks([make_mark(document, s, s + 7, grammar_format(LIGHT, "spelling"),
                                Note("grammar", "Misspelt.", "spelling", text="recieve")) for s in starts])
    middle = starts[len(starts) // 2]
    cursor = QTextCursor(document)
    cursor.setPosition(middle + 3)
    cursor.insertText("i")  # into one misspelling, far from the others
    assert len(editor.marks.marks) == len(starts) - 1
    assert all(m.cursor.selectedText() == "recieve" for m in editor.marks.marks)
    assert middle not in {m.start for m in editor.marks.marks}
