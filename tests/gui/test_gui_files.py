"""Opening passages and précis: good files load, bad ones are explained and change nothing."""

from __future__ import annotations

import json
import sys

import pytest
from PySide6.QtCore import QMimeData

from tutor.core.textfile import MAX_CHARS

WORK = "Councils turn flat roofs into gardens that cool the floors beneath them."


def start_work(window) -> tuple[str, str]:
    window.editor_pane.title.setText("Gardens in the sky")
    window.editor_pane.editor.setPlainText(WORK)
    return window.passage_pane.passage.text, window.editor_pane.precis_text()


def assert_work_kept(window, before) -> None:
    assert (window.passage_pane.passage.text, window.editor_pane.precis_text()) == before
    assert window.editor_pane.title_text() == "Gardens in the sky"


def test_a_broken_pack_shows_the_problem_and_keeps_the_work(qtbot, make_window, recorded_dialogs, tmp_path):
    window = make_window()
    before = start_work(window)
    broken = tmp_path / "broken.json"
    broken.write_text('{"format": "precis-tutor-pack", "version": 1, "passages": [', encoding="utf-8")
    assert window.commands.open_passage_path(str(broken)) is False
    kind, title, message = recorded_dialogs[0]
    assert kind == "problem" and "broken.json" in message and "not valid JSON" in message
    assert "Nothing was changed" in message
    assert_work_kept(window, before)


def test_a_binary_file_is_refused_with_a_clear_message(qtbot, make_window, recorded_dialogs, tmp_path):
    window = make_window()
    before = start_work(window)
    picture = tmp_path / "photo.txt"
    picture.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    window.commands.open_passage_path(str(picture))
    assert "not a text file" in recorded_dialogs[0][2]
    assert_work_kept(window, before)


def test_an_empty_passage_file_is_refused(qtbot, make_window, recorded_dialogs, tmp_path):
    window = make_window()
    before = start_work(window)
    empty = tmp_path / "empty.txt"
    empty.write_text("  \n\n", encoding="utf-8")
    window.commands.open_passage_path(str(empty))
    assert "is empty" in recorded_dialogs[0][2]
    assert_work_kept(window, before)


def test_a_too_large_file_is_refused(qtbot, make_window, recorded_dialogs, tmp_path):
    window = make_window()
    before = start_work(window)
    huge = tmp_path / "huge.txt"
    huge.write_text("word " * (MAX_CHARS // 4), encoding="utf-8")
    window.commands.open_passage_path(str(huge))
    assert "too large" in recorded_dialogs[0][2]
    assert_work_kept(window, before)


def test_a_windows_1252_passage_opens_with_a_note(qtbot, make_window, recorded_dialogs, tmp_path):
    window = make_window()
    old = tmp_path / "old-notes.txt"
    old.write_bytes("Caf\xe9 owners \x93welcome\x94 rooftop gardens in every city.".encode("latin-1"))
    assert window.commands.open_passage_path(str(old)) is True
    assert window.passage_pane.passage.text.startswith("Café owners “welcome”")
    assert recorded_dialogs[0][0] == "note" and "Windows-1252" in recorded_dialogs[0][2]


def test_a_pack_file_with_one_passage_opens_it(qtbot, make_window, recorded_dialogs, tmp_path, rooftop_passage):
    pack = {"format": "precis-tutor-pack", "version": 1, "name": "Test pack",
            "passages": [{"id": "roofs", "title": "Roof gardens", "level": "foundation", "text": rooftop_passage.text,
                          "key_points": [{"id": "k1", "text": "Planted roofs cool the floor beneath them.",
                                          "source": "a planted roof can lower the temperature"}]}]}
    path = tmp_path / "roofs.json"
    path.write_text(json.dumps(pack), encoding="utf-8")
    window = make_window()
    assert window.commands.open_passage_path(str(path)) is True
    assert window.passage_pane.passage.id == "roofs" and recorded_dialogs == []
    assert "Roof gardens" in window.windowTitle()


def test_a_huge_paste_is_refused_and_the_precis_stays(qtbot, make_window, recorded_dialogs):
    window = make_window()
    before = start_work(window)
    data = QMimeData()
    data.setText("x" * (MAX_CHARS + 1))
    window.editor_pane.editor.insertFromMimeData(data)
    assert recorded_dialogs[0][0] == "problem" and "too large" in recorded_dialogs[0][2]
    assert_work_kept(window, before)


def test_pasting_a_titled_precis_into_an_empty_editor_fills_the_title(qtbot, make_window):
    window = make_window()
    data = QMimeData()
    data.setText("Title: Gardens in the sky\n\nCouncils turn roofs into gardens.")
    window.editor_pane.editor.insertFromMimeData(data)
    assert window.editor_pane.title_text() == "Gardens in the sky"
    assert window.editor_pane.precis_text() == "Councils turn roofs into gardens."


def test_a_precis_file_with_a_title_line_fills_the_title_field(qtbot, make_window, tmp_path):
    window = make_window()
    path = tmp_path / "mine.txt"
    path.write_text("Title :- GARDENS IN THE SKY\n\nCouncils turn roofs into gardens.\n\n6 words\n", encoding="utf-8")
    assert window.commands.open_precis_path(str(path))
    assert window.editor_pane.title_text() == "GARDENS IN THE SKY"
    assert window.editor_pane.precis_text().startswith("Councils turn roofs")
    window.editor_pane.editor.undo()  # opening a précis is one undoable step
    assert window.editor_pane.precis_text() == ""


def test_save_writes_the_title_and_the_precis(qtbot, make_window, tmp_path, monkeypatch):
    window = make_window()
    start_work(window)
    target = tmp_path / "out" / "precis.txt"
    monkeypatch.setattr(window.commands, "choose_save_path", lambda caption, suggested: str(target))
    assert window.commands.save_precis()
    assert target.read_text(encoding="utf-8") == f"Gardens in the sky\n\n{WORK}\n"


@pytest.mark.skipif(sys.platform == "win32", reason="Windows file names cannot hold a newline")
def test_saving_to_a_name_with_a_newline_keeps_the_status_line_on_one_line(qtbot, make_window, tmp_path,
                                                                          monkeypatch):
    window = make_window()
    start_work(window)
    target = tmp_path / "pré\ncis.txt"
    monkeypatch.setattr(window.commands, "choose_save_path", lambda caption, suggested: str(target))
    assert window.commands.save_precis()
    shown = window.statusBar().currentMessage()
    assert "\n" not in shown and repr(str(target)) in shown


def test_a_pasted_passage_that_is_empty_is_refused_inside_the_dialog(qtbot):
    from tutor.gui.dialogs.paste_dialog import PasteDialog

    dialog = PasteDialog()
    qtbot.addWidget(dialog)
    dialog.text.setPlainText("   ")
    dialog.accept()
    assert dialog.result() != PasteDialog.DialogCode.Accepted
    assert "empty" in dialog.problem.text()


def test_a_txt_passage_is_titled_by_its_first_line_or_its_file_name(qtbot, make_window, tmp_path):
    window = make_window()
    body = ("Ferries join river towns that have no bridge. The boats are old and slow, yet the towns "
            "depend on them for school, market and hospital.")
    titled = tmp_path / "passage.txt"
    titled.write_text(f"River Ferries\n\n{body}\n", encoding="utf-8")
    assert window.commands.open_passage_path(str(titled))
    assert window.passage_pane.passage.title == "River Ferries"
    assert window.passage_pane.passage.text == body  # the title line is not part of the passage
    untitled = tmp_path / "river_ferries.txt"
    untitled.write_text(body, encoding="utf-8")
    assert window.commands.open_passage_path(str(untitled))
    assert window.passage_pane.passage.title == "River ferries"
    assert "River ferries" in window.windowTitle()


def test_a_huge_paste_into_the_passage_box_is_refused_at_once_and_the_box_keeps_its_text(qtbot):
    from tutor.gui.dialogs.paste_dialog import PasteDialog

    dialog = PasteDialog()
    qtbot.addWidget(dialog)
    dialog.text.setPlainText("Rooftop gardens cool the floors beneath them.")
    data = QMimeData()
    data.setText("word " * (MAX_CHARS // 5 + 1))
    dialog.text.insertFromMimeData(data)
    assert dialog.text.toPlainText() == "Rooftop gardens cool the floors beneath them."
    assert "too large" in dialog.problem.text() and not dialog.problem.isHidden()
