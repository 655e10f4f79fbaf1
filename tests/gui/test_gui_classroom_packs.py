"""Writing a passage pack in the app: write, save, find it in the library, reopen, check a précis."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor

from conftest import ROOFTOP_PASSAGE
from classroom_texts import MODEL, STUDENT
from tutor.core.library import teacher_packs_dir
from tutor.core.packs import load_pack
from tutor.gui.dialogs.library_dialog import LibraryDialog

HOSTILE_TITLE = "<img src=x> <a href='https://example.org'>Roof</a> gardens"


def _select(editor, words: str) -> None:
    cursor = editor.text.document().find(words)
    assert not cursor.isNull()
    editor.text.setTextCursor(cursor)


def _add_point(qtbot, editor, words: str, said: str, weight: float) -> None:
    _select(editor, words)
    qtbot.mouseClick(editor.points.add_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(editor.points.text, said)
    editor.points.weight.setValue(weight)


def _write_passage(qtbot, editor, title: str = "Gardens on the roof") -> None:
    qtbot.keyClicks(editor.title, title)
    editor.level.setCurrentText("foundation")
    qtbot.keyClicks(editor.subject, "cities")
    editor.text.setPlainText(ROOFTOP_PASSAGE)  # pasted
    _add_point(qtbot, editor, "flat rooftops that once held only water tanks are being turned into gardens",
               "City rooftops are being turned into gardens.", 2)
    _add_point(qtbot, editor, "a planted roof can lower the temperature of the floor beneath it",
               "A planted roof cools the floor beneath it.", 2)
    _add_point(qtbot, editor, "Critics warn that many roofs cannot carry the weight of wet soil",
               "Critics warn many roofs cannot carry wet soil.", 1)
    editor.models.add()
    qtbot.keyClicks(editor.models.title, "Gardens above the city")
    editor.models.text.setPlainText(MODEL)


def test_a_pack_written_in_the_editor_opens_again_and_checks_a_precis(make_window, wait_for_report, qtbot):
    window = make_window()
    editor = window.classroom.new_pack()
    _write_passage(qtbot, editor)
    path = str(teacher_packs_dir() / "gardens.json")
    assert editor.save_to(path)

    pack = load_pack(path)
    (passage,) = pack.passages
    assert (passage.id, passage.level, passage.subject) == ("gardens-on-the-roof", "foundation", "cities")
    assert [k.text for k in passage.key_points] == ["City rooftops are being turned into gardens.",
                                                    "A planted roof cools the floor beneath it.",
                                                    "Critics warn many roofs cannot carry wet soil."]
    assert [k.weight for k in passage.key_points] == [2, 2, 1]
    assert passage.model_precis[0].title == "Gardens above the city"

    found = [p for p in window.library.passages if p.id == "gardens-on-the-roof"]  # the library knows it now
    assert found and found[0].origin == path
    assert window.commands.open_passage_path(path)
    window.editor_pane.set_precis("Rooftop gardens", STUDENT.split("\n\n", 1)[1])
    report = wait_for_report(window)
    assert report.coverage.source == "authored"
    assert [(c.point.id, c.status) for c in report.coverage.points] == [
        ("kp1", "partial"), ("kp2", "covered"), ("kp3", "missing")]


def test_the_library_finds_teachers_packs_and_says_where_each_passage_comes_from(make_window, qtbot):
    from tutor.core.library import load_library_with_packs

    window = make_window()
    editor = window.classroom.new_pack()
    _write_passage(qtbot, editor, HOSTILE_TITLE)
    assert editor.save_to(str(teacher_packs_dir() / "class9.json"))
    library = load_library_with_packs()
    dialog = LibraryDialog(library.passages, library.problems, window)
    rows = [dialog.list.topLevelItem(i) for i in range(dialog.list.topLevelItemCount())]
    origins = {row.text(0): row.text(5) for row in rows}
    assert origins[HOSTILE_TITLE] == "class9.json"  # shown literally: no image, no link
    assert set(origins.values()) - {"class9.json"} == {"built in"}


def test_a_problem_is_shown_at_its_field_and_nothing_is_written(make_window, qtbot):
    window = make_window()
    editor = window.classroom.new_pack()
    _write_passage(qtbot, editor)
    editor.points.list.setCurrentRow(1)
    editor.points.text.clear()  # a key point with no words of its own
    path = teacher_packs_dir() / "broken.json"
    assert not editor.save_to(str(path))
    assert f"{path}: passage 'gardens-on-the-roof', field 'key_points[1].text': is empty." in editor.problem.text()
    assert editor.flagged is editor.points.text and editor.points.list.currentRow() == 1
    assert not path.exists()


def test_the_author_and_question_written_in_the_editor_are_saved_and_shown_with_the_passage(make_window, qtbot):
    window = make_window()
    editor = window.classroom.new_pack()
    _write_passage(qtbot, editor)
    qtbot.keyClicks(editor.author, "Imogen Vantreight")
    qtbot.keyClicks(editor.question, "Summarise the 2 benefits of rooftop gardens the passage gives.")
    path = str(teacher_packs_dir() / "gardens.json")
    assert editor.save_to(path)
    (passage,) = load_pack(path).passages
    assert passage.author == "Imogen Vantreight"
    assert passage.question == "Summarise the 2 benefits of rooftop gardens the passage gives."

    assert window.commands.open_passage_path(path)
    pane = window.passage_pane
    assert pane.heading.text() == "Gardens on the roof · by Imogen Vantreight"
    assert pane.question.isVisible() and "the 2 benefits of rooftop gardens" in pane.question.text()
    reopened = window.classroom.edit_passage()
    assert reopened.author.text() == "Imogen Vantreight" and "2 benefits" in reopened.question.toPlainText()


def test_a_question_too_long_is_shown_at_its_field(make_window, qtbot):
    editor = make_window().classroom.new_pack()
    _write_passage(qtbot, editor)
    editor.question.setPlainText("Why? " * 500)
    assert not editor.save_to(str(teacher_packs_dir() / "long.json"))
    assert "field 'question'" in editor.problem.text() and editor.flagged is editor.question


def test_preview_says_what_the_tutor_would_say_before_saving(make_window, qtbot):
    window = make_window()
    editor = window.classroom.new_pack()
    _write_passage(qtbot, editor)
    editor.test_precis.setPlainText(STUDENT)
    editor.preview()
    qtbot.waitUntil(lambda: "/ 20" in editor.preview_text.toPlainText(), timeout=15_000)
    assert "✗ missing" in editor.preview_text.toPlainText()


def test_edit_passage_changes_the_pack_it_came_from(make_window, qtbot, tmp_path):
    from classroom_texts import write_pack

    window = make_window()
    path = write_pack(tmp_path / "rooftops.json")
    assert window.commands.open_passage_path(path)
    editor = window.classroom.edit_passage()
    assert editor.title.text() == "Gardens on the roof" and len(editor.points.items) == 5
    editor.title.setText("Gardens up on the roof")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert load_pack(path).passages[0].title == "Gardens up on the roof"
    assert len(load_pack(path).passages[0].key_points) == 5
    assert json.loads(open(path, encoding="utf-8").read())["name"] == "Class 9 packs"


def test_adding_a_key_point_needs_selected_words(make_window):
    editor = make_window().classroom.new_pack()
    editor.text.setPlainText(ROOFTOP_PASSAGE)
    editor.text.moveCursor(QTextCursor.MoveOperation.Start)
    assert not editor.add_point_from_selection()
    assert "Select the words" in editor.problem.text() and not editor.points.items


def test_editing_the_passage_on_screen_shows_the_saved_version_and_keeps_the_precis(make_window, tmp_path):
    from classroom_texts import write_pack

    window = make_window()
    path = write_pack(tmp_path / "rooftops.json")
    assert window.commands.open_passage_path(path)
    window.editor_pane.set_precis("Mine", "My précis stays.")
    editor = window.classroom.edit_passage()
    editor.points.list.setCurrentRow(4)
    editor.points.remove()
    assert editor.save_to(path)
    assert len(window.source.passage.key_points) == 4
    assert window.editor_pane.precis_text() == "My précis stays."


def test_a_hostile_file_name_shows_literally_in_the_class_table_tooltip(make_window, qtbot, tmp_path):
    from classroom_texts import write_pack

    window = make_window()
    assert window.commands.open_passage_path(write_pack(tmp_path / "rooftops.json"))
    folder = tmp_path / "class"
    folder.mkdir()
    (folder / "<b>x<b>.txt").write_text(STUDENT, encoding="utf-8")
    dialog = window.classroom.mark_folder()
    assert not dialog.isModal()
    dialog.folder.setText(str(folder))
    dialog.start()
    qtbot.waitUntil(lambda: not dialog.run.running, timeout=30_000)
    assert "&lt;b&gt;x&lt;b&gt;.txt" in dialog.table.item(0, 0).toolTip()
    assert dialog.table.item(0, 0).text() == "<b>x<b>.txt"
