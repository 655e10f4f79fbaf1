"""Ctrl+Return hands the attempt in and leaves the précis as the student wrote it."""

from PySide6.QtCore import Qt

from tests.gui.test_gui_practice import PRECIS, TITLE, _attempts


def test_ctrl_return_in_the_editor_submits_without_adding_a_line(make_window, qtbot):
    window = make_window()
    window.editor_pane.set_precis(TITLE, PRECIS)
    editor = window.editor_pane.editor
    editor.setFocus()
    cursor = editor.textCursor()
    cursor.movePosition(cursor.MoveOperation.End)
    editor.setTextCursor(cursor)
    window.activateWindow()
    qtbot.waitUntil(lambda: window.isActiveWindow(), timeout=2_000)
    before = len(_attempts())
    qtbot.keyClick(editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: len(_attempts()) == before + 1, timeout=15_000)
    assert window.editor_pane.precis_text() == PRECIS
