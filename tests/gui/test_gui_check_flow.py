"""Checks start after a pause in typing, in the background, and stale results are dropped."""

from __future__ import annotations


def hold_jobs(window, monkeypatch) -> list:
    held = []
    monkeypatch.setattr(window.worker, "submit", lambda lane, fn, done: held.append((lane, fn, done)))
    return held


def run(window, jobs) -> None:
    for lane, fn, done in jobs:
        window.worker.run_inline(lane, fn, done)
    jobs.clear()


def test_a_stale_result_is_dropped(qtbot, make_window, monkeypatch):
    window = make_window()
    held = hold_jobs(window, monkeypatch)
    window.editor_pane.editor.setPlainText("Councils plant gardens on roofs.")
    window.flow.check_now()
    stale = list(held)
    held.clear()
    window.editor_pane.editor.setPlainText("Councils plant gardens on roofs to cool homes.")
    run(window, stale)
    assert window.report is None and window.flow.dropped == 1
    window.flow.check_now()
    run(window, held)
    assert window.report.precis.text == "Councils plant gardens on roofs to cool homes."


def test_checks_wait_for_a_pause_in_typing(qtbot, make_window, monkeypatch):
    window = make_window()
    qtbot.waitUntil(lambda: window.grammar.engine is not None)
    held = hold_jobs(window, monkeypatch)
    for word in ("Councils ", "plant ", "gardens "):
        qtbot.keyClicks(window.editor_pane.editor, word)
        qtbot.wait(100)
    assert [lane for lane, *_ in held] == []
    qtbot.waitUntil(lambda: len(held) == 1, timeout=2000)
    assert held[0][0] == "check"


def test_an_outdated_check_never_starts_its_work(qtbot, make_window, monkeypatch):
    window = make_window()
    held = hold_jobs(window, monkeypatch)
    window.editor_pane.editor.setPlainText("Councils plant gardens.")
    window.flow.check_now()
    window.editor_pane.editor.setPlainText("Councils plant gardens on roofs.")
    lane, fn, done = held.pop(0)
    assert fn() is None  # the job saw a newer revision and returned before analysing


def test_the_real_worker_delivers_results_on_the_gui_thread(qtbot, make_window, wait_for_report):
    from PySide6.QtCore import QThread

    window = make_window()
    threads = []
    window.flow.result_ready.connect(lambda _r: threads.append(QThread.currentThread()))
    window.editor_pane.editor.setPlainText("Councils plant gardens on roofs.")
    wait_for_report(window)
    assert threads == [window.thread()]


def test_a_failing_check_is_reported_not_raised(qtbot, make_window, monkeypatch):
    window = make_window()
    monkeypatch.setattr(window.worker, "submit", window.worker.run_inline)
    monkeypatch.setattr("tutor.gui.checks.check_flow.run_check", lambda request, current: 1 / 0)
    window.editor_pane.editor.setPlainText("Councils plant gardens.")
    window.flow.check_now()
    assert "ZeroDivisionError" in window.statusBar().currentMessage()


# -- an emptied précis: nothing of the old report may stay on screen ---------------------------

PRECIS = ("Councils are turning flat city roofs into gardens that cool the floors beneath them and ease "
          "the drains in storms. Residents grow food there and meet neighbours, but many roofs need "
          "costly repairs.")


def report_on_screen(window) -> dict:
    """What the student sees of a report, pane by pane."""
    return {"score": window.feedback_pane.score.text(), "items": len(window.feedback_pane.items()),
            "précis marks": len(window.editor_pane.editor.marks.marks),
            "passage marks": len(window.passage_pane.view.marks.marks), "anchors": len(window._anchors)}


def write_and_wait(qtbot, window, wait_for_report) -> dict:
    qtbot.keyClicks(window.editor_pane.editor, PRECIS)
    wait_for_report(window)
    shown = report_on_screen(window)
    assert shown["score"] != "– / 20" and shown["items"] and shown["passage marks"] and shown["anchors"]
    return shown


def select_all_and_delete(qtbot, window) -> None:
    from PySide6.QtCore import Qt

    editor = window.editor_pane.editor
    editor.setFocus()
    qtbot.keyClick(editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(editor, Qt.Key.Key_Delete)
    assert editor.toPlainText() == ""


def assert_waiting(qtbot, window) -> None:
    """The feedback pane is back to its waiting state, and nothing else of the report is left."""
    from tutor.gui.panes.feedback_pane import WAITING

    qtbot.waitUntil(lambda: window.report is None and not window.flow.busy, timeout=5000)
    assert report_on_screen(window) == {"score": "– / 20", "items": 0, "précis marks": 0,
                                        "passage marks": 0, "anchors": 0}
    assert window.feedback_pane.summary.text() == WAITING
    qtbot.wait(500)  # longer than the typing pause: no late report brings the old one back
    assert window.report is None and window.feedback_pane.score.text() == "– / 20"


def test_deleting_the_whole_precis_clears_the_report(qtbot, make_window, wait_for_report):
    window = make_window()
    write_and_wait(qtbot, window, wait_for_report)
    select_all_and_delete(qtbot, window)
    assert_waiting(qtbot, window)


def test_deleting_the_precis_while_its_check_runs_still_clears_the_report(qtbot, make_window, wait_for_report):
    window = make_window()
    write_and_wait(qtbot, window, wait_for_report)
    qtbot.keyClicks(window.editor_pane.editor, " More words.")
    qtbot.waitUntil(lambda: window.checking_label.text() == "checking…"
                    or window.report.precis.text.endswith("More words."))
    select_all_and_delete(qtbot, window)  # the running check is now stale and will be dropped
    assert_waiting(qtbot, window)


def test_a_title_with_an_empty_body_counts_as_empty(qtbot, make_window, wait_for_report):
    window = make_window()
    window.editor_pane.title.setText("Gardens in the sky")
    write_and_wait(qtbot, window, wait_for_report)
    select_all_and_delete(qtbot, window)
    assert_waiting(qtbot, window)
    assert window.editor_pane.title_text() == "Gardens in the sky"  # the title stays; only the report goes


def test_a_title_line_alone_counts_as_empty(qtbot, make_window, wait_for_report):
    window = make_window()
    write_and_wait(qtbot, window, wait_for_report)
    select_all_and_delete(qtbot, window)
    qtbot.keyClicks(window.editor_pane.editor, "Title: Gardens in the sky")
    assert_waiting(qtbot, window)


def test_writing_again_after_clearing_brings_a_fresh_report(qtbot, make_window, wait_for_report):
    window = make_window()
    first = write_and_wait(qtbot, window, wait_for_report)
    select_all_and_delete(qtbot, window)
    assert_waiting(qtbot, window)
    assert write_and_wait(qtbot, window, wait_for_report) == first
