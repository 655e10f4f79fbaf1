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
    monkeypatch.setattr("tutor.gui.check_flow.run_check", lambda request, current: 1 / 0)
    window.editor_pane.editor.setPlainText("Councils plant gardens.")
    window.flow.check_now()
    assert "ZeroDivisionError" in window.statusBar().currentMessage()
