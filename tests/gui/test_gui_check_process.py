"""Checks run in a process of their own: feedback still comes, stale reports are dropped,
a checker that dies is replaced, and closing never waits for a long check."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

from tutor.gui.checks import worker

LONG_PRECIS = ("Councils are turning flat city roofs into gardens that cool the floors beneath them and ease "
               "the drains in storms. ") * 600  # 12,000 words: a check of seconds


def test_feedback_comes_from_another_process_and_grammar_with_it(qtbot, make_window, wait_for_report, underlined):
    window = make_window(engine="harper")
    qtbot.waitUntil(lambda: window.grammar.engine is not None, timeout=30_000)
    window.editor_pane.editor.setPlainText("Councils plant gardens on roofs. They recieve seeds.")
    wait_for_report(window, timeout=30_000)
    assert worker.check_process().pid != os.getpid()
    assert window.report.precis.text == window.editor_pane.precis_text()
    assert "recieve" in underlined(window)


def test_a_report_on_words_since_changed_is_dropped(qtbot, make_window, wait_for_report):
    window = make_window()
    editor = window.editor_pane.editor
    editor.setPlainText(LONG_PRECIS)
    window.flow.check_now()
    qtbot.waitUntil(lambda: window.worker.busy, timeout=5_000)  # that check is under way
    editor.setPlainText("Councils plant gardens on roofs to cool homes.")
    qtbot.waitUntil(lambda: window.flow.dropped >= 1, timeout=60_000)
    wait_for_report(window, timeout=60_000)
    assert window.report.precis.text == "Councils plant gardens on roofs to cool homes."


def test_a_checker_that_died_is_replaced_and_the_student_still_gets_feedback(qtbot, make_window,
                                                                            wait_for_report):
    window = make_window(engine="harper")
    qtbot.waitUntil(lambda: window.grammar.engine is not None, timeout=30_000)
    editor = window.editor_pane.editor
    editor.setPlainText("Councils plant gardens on roofs.")
    wait_for_report(window, timeout=30_000)
    checks = worker.check_process()
    started = checks.starts
    os.kill(checks.pid, signal.SIGKILL)  # as the system would end it when memory runs out
    qtbot.waitUntil(lambda: not checks.running, timeout=5_000)
    editor.setPlainText("Councils plant gardens on roofs. They recieve seeds.")
    qtbot.waitUntil(lambda: window.report is not None and "recieve" in window.report.precis.text
                    and not window.flow.busy, timeout=60_000)
    assert checks.starts == started + 1
    assert any(issue.span.of(window.report.precis.text) == "recieve" for issue in window.report.grammar)


def test_closing_while_a_long_check_runs_does_not_wait_for_it(qtbot, make_window):
    window = make_window()
    window.editor_pane.editor.setPlainText(LONG_PRECIS)
    window.flow.check_now()
    qtbot.waitUntil(lambda: window.worker.busy, timeout=5_000)
    qtbot.wait(300)  # well into the check, which takes seconds
    started = time.perf_counter()
    window.close()
    assert not window.isVisible()
    assert time.perf_counter() - started < 1.5


FORKED_BEFORE_QT = """
import sys
from tutor.core.passage import Passage
from tutor.gui.checks.check_process import _fork_safe, shared

forked = _fork_safe()
checks = shared()
checks.start()
engine = (1, ("harper", "british", "", "", sys.argv[1], ""), frozenset(), (frozenset(), frozenset()), False)
checks.call("engine", "build", engine)
passage = Passage(id="roofs", title="Roofs", text="Councils plant gardens on roofs.")
issues, _state = checks.call("check", "grammar", engine, passage, "They recieve the seeds.")
import PySide6.QtCore  # noqa: F401
print(forked, checks.pid is not None, [issue.rule_id for issue in issues], _fork_safe())
checks.stop()
"""


def test_the_checker_started_before_qt_loads_is_forked_and_finds_slips(tmp_path):
    # As the app starts it (tutor.gui.app.main), before Qt loads: a fork, which starts at once.
    # Once Qt is loaded, a checker started again (after a crash) is spawned, never a copy of Qt.
    out = subprocess.run([sys.executable, "-c", FORKED_BEFORE_QT, str(tmp_path / "dictionary.json")],
                         capture_output=True, text=True, timeout=120, check=True).stdout
    assert out.split(" ", 2)[:2] == ["True", "True"]
    assert "SpellCheck" in out and out.strip().endswith("False")
