"""Try first, then reveal; and the model précis beside the student's."""

from __future__ import annotations

from classroom_texts import KEY_POINTS, MODEL, SECOND_MODEL, STUDENT, write_pack
from tutor.gui.marks.mark import COVERAGE

# Written for this test: a contraction (a convention breach) and a run copied from the passage.
TRYING = ("In crowded cities, flat rooftops that once held only water tanks are being turned into gardens. "
          "They don't just look nice: a planted roof makes the floor under it cooler in summer.")


def _sections(window) -> list[str]:
    tree = window.feedback_pane.tree
    return [tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())]


def _kinds(view) -> set[str]:
    return {m.note.kind for m in view.marks.marks}


def _window_with_report(make_window, wait_for_report, tmp_path, precis=TRYING):
    window = make_window()
    assert window.commands.open_passage_path(write_pack(tmp_path / "rooftops.json"))
    window.editor_pane.set_precis("Rooftop gardens", precis)
    wait_for_report(window)
    return window


def test_try_first_hides_the_score_and_feedback_then_reveals_each_step(make_window, wait_for_report, tmp_path):
    window = _window_with_report(make_window, wait_for_report, tmp_path)
    total = f"{window.report.score.total:g} / 20"
    editor, passage = window.editor_pane.editor, window.passage_pane.view
    window.actions["try_first"].trigger()

    assert window.feedback_pane.score.text() == "? / 20"
    assert _sections(window) == []
    assert not editor.marks.marks and not passage.marks.marks

    window.actions["reveal_next"].trigger()  # 1: length and title
    assert _sections(window) == ["Length and title"]
    assert window.feedback_pane.score.text() == "? / 20" and not editor.marks.marks

    window.actions["reveal_next"].trigger()  # 2: key points, tinted in the passage
    assert _sections(window)[1].startswith("Key points:")
    assert _kinds(passage) == {COVERAGE} and not editor.marks.marks

    window.actions["reveal_next"].trigger()  # 3: facts, copying, conventions, with the précis' marks
    shown = " ".join(_sections(window))
    assert "Copied from the passage (1)" in shown and "Précis conventions (1)" in shown
    assert {"copied", "style"} <= _kinds(editor)
    assert window.feedback_pane.score.text() == "? / 20"

    window.actions["reveal_next"].trigger()  # 4: the score
    assert window.feedback_pane.score.text() == total
    assert any(s.startswith("How the") for s in _sections(window))


def test_new_checks_stay_hidden_until_revealed(make_window, wait_for_report, tmp_path, qtbot):
    window = _window_with_report(make_window, wait_for_report, tmp_path)
    window.actions["try_first"].trigger()
    window.editor_pane.editor.moveCursor(window.editor_pane.editor.textCursor().MoveOperation.End)
    qtbot.keyClicks(window.editor_pane.editor, " Families grow vegetables there.")
    qtbot.waitUntil(lambda: window.report is not None and "Families" in window.report.precis.text
                    and not window.flow.busy, timeout=15_000)
    assert window.feedback_pane.score.text() == "? / 20" and _sections(window) == []
    window.actions["reveal_all"].trigger()
    assert window.feedback_pane.score.text() == f"{window.report.score.total:g} / 20"


def test_turning_try_first_off_shows_everything_again(make_window, wait_for_report, tmp_path):
    window = _window_with_report(make_window, wait_for_report, tmp_path)
    before = _sections(window)
    window.actions["try_first"].trigger()
    window.actions["try_first"].trigger()
    assert _sections(window) == before
    assert window.feedback_pane.score.text() != "? / 20"


def test_the_model_precis_shows_which_key_points_each_covers(make_window, wait_for_report, tmp_path, qtbot):
    window = _window_with_report(make_window, wait_for_report, tmp_path, precis=STUDENT.split("\n\n", 1)[1])
    view = window.actions["models"].trigger() or window.classroom.dialogs[-1]
    qtbot.waitUntil(lambda: view.model_report is not None, timeout=15_000)

    assert view.position.text() == "Model précis 1 of 2"
    assert view.model_text.toPlainText() == MODEL
    assert view.statuses("Key point") == [k["text"] for k in KEY_POINTS]
    # The student covered the gardens (partly) and the cooling; the model covers all five.
    assert view.statuses("Yours") == ["◐ Partly", "✓ Covered", "✗ Missing", "✗ Missing", "✗ Missing"]
    assert view.statuses("Model") == ["✓ Covered"] * 5
    assert len(view.model_text.marks.marks) == 5 and len(view.student_text.marks.marks) == 2
    assert view.student_score.text() == f"Yours: {window.report.score.total:g} / 20"
    assert view.model_score.text() == f"Model: {view.model_report.score.total:g} / 20"

    view.next.click()
    qtbot.waitUntil(lambda: view.model_report is not None, timeout=15_000)
    assert view.position.text() == "Model précis 2 of 2" and not view.next.isEnabled()
    assert view.model_text.toPlainText() == SECOND_MODEL
    # "slow storm water so that old drains cope" says the rain point in other words: covered.
    assert view.statuses("Model") == ["✓ Covered", "✓ Covered", "✓ Covered", "✗ Missing", "✓ Covered"]


def test_the_model_precis_waits_for_the_reveal(make_window, wait_for_report, tmp_path, recorded_dialogs):
    window = _window_with_report(make_window, wait_for_report, tmp_path)
    window.actions["try_first"].trigger()
    window.actions["models"].trigger()
    assert recorded_dialogs[-1][1] == "Reveal first"
    assert not window.classroom.dialogs


def test_choosing_a_key_point_selects_its_words_in_both_precis(make_window, wait_for_report, tmp_path, qtbot):
    window = _window_with_report(make_window, wait_for_report, tmp_path, precis=STUDENT.split("\n\n", 1)[1])
    view = window.classroom.show_models()
    qtbot.waitUntil(lambda: view.model_report is not None, timeout=15_000)
    view.table.setCurrentCell(1, 1)  # the cooling: covered in both
    assert "planted roof" in view.student_text.selected_text()
    assert "planted roofs cool" in view.model_text.selected_text()
