"""Nothing typed is lost: the draft is autosaved and comes back after a crash."""

from __future__ import annotations

import json

from tutor.gui.drafts.autosave import DraftStore


def crash(window) -> None:
    """Destroy the window the way a crash would: no closeEvent, no clean save."""
    window.worker.drain()
    window._autosave.stop()
    window.hide()
    window.deleteLater()


def test_autosaved_draft_comes_back_after_the_window_is_destroyed_without_saving(
        qtbot, make_window, private_user_data, rooftop_passage):
    first = make_window()
    first.editor_pane.title.setText("Gardens in the sky")
    qtbot.keyClicks(first.editor_pane.editor, "Councils turn roofs into gardens.")
    first.autosave_now()
    crash(first)
    saved = json.loads((private_user_data / "draft.json").read_text(encoding="utf-8"))
    assert saved["clean"] is False
    second = make_window(restore="yes", passage=False)
    assert second.editor_pane.title_text() == "Gardens in the sky"
    assert second.editor_pane.precis_text() == "Councils turn roofs into gardens."
    assert second.source.passage.text == rooftop_passage.text


def test_after_a_crash_the_student_is_asked_before_restoring(qtbot, make_window, monkeypatch):
    first = make_window()
    first.editor_pane.editor.setPlainText("Councils turn roofs into gardens.")
    first.autosave_now()
    crash(first)
    questions = []
    second = make_window(restore="ask", start=False)
    monkeypatch.setattr(second, "ask", lambda title, question: questions.append(question) or True)
    second.start()
    assert questions and "did not close properly" in questions[0]
    assert second.editor_pane.precis_text() == "Councils turn roofs into gardens."


def test_a_declined_draft_is_kept_aside_not_deleted(qtbot, make_window, monkeypatch, private_user_data):
    first = make_window()
    first.editor_pane.editor.setPlainText("Councils turn roofs into gardens.")
    first.autosave_now()
    crash(first)
    second = make_window(restore="ask", start=False)
    monkeypatch.setattr(second, "ask", lambda title, question: False)
    second.start()
    assert second.editor_pane.precis_text() == ""
    kept = list(private_user_data.glob("draft-not-restored-*.json"))
    assert kept and "Councils turn roofs" in kept[0].read_text(encoding="utf-8")


def test_a_clean_quit_saves_the_draft_and_the_next_start_continues_it(qtbot, make_window, private_user_data):
    first = make_window()
    first.editor_pane.editor.setPlainText("Councils turn roofs into gardens.")
    first.close()
    assert DraftStore(private_user_data).load().clean is True
    second = make_window(restore="ask", passage=False)  # no question: nothing crashed
    assert second.editor_pane.precis_text() == "Councils turn roofs into gardens."


def test_autosave_runs_by_itself_every_few_seconds(qtbot, make_window, private_user_data):
    window = make_window()
    window._autosave.setInterval(50)
    window.editor_pane.editor.setPlainText("Councils turn roofs into gardens.")
    qtbot.waitUntil(lambda: (private_user_data / "draft.json").exists(), timeout=3000)
    store = DraftStore(private_user_data)
    qtbot.waitUntil(lambda: store.load().draft.precis == "Councils turn roofs into gardens.", timeout=3000)


def test_a_damaged_draft_file_is_kept_aside_and_the_app_starts(qtbot, make_window, private_user_data):
    private_user_data.mkdir(parents=True, exist_ok=True)
    (private_user_data / "draft.json").write_text("{not json", encoding="utf-8")
    window = make_window(restore="yes")
    assert window.editor_pane.precis_text() == ""
    assert list(private_user_data.glob("draft-unreadable-*.json"))
