"""Nothing goes wrong only on stderr: an uncaught exception, a failing background job or a
refused pack is always told to the student, in the window, without stopping their work."""

from __future__ import annotations

import json
import sys
import threading

import pytest
from PySide6.QtCore import QRunnable, QThread, QThreadPool, QTimer
from PySide6.QtWidgets import QApplication

from tutor.gui import problems
from tutor.gui.main_window import MainWindow

WORK = "Councils turn flat roofs into gardens that cool the floors beneath them."


@pytest.fixture
def reported(monkeypatch):
    """Install the app's error reporting on a window; yields (install, calls), where each call
    records the thread ``show_unexpected`` ran on. The hooks are put back afterwards."""
    calls: list[tuple[str, str, QThread]] = []
    original = MainWindow.show_unexpected

    def recording(self, summary, details):
        calls.append((summary, details, QThread.currentThread()))
        original(self, summary, details)

    monkeypatch.setattr(MainWindow, "show_unexpected", recording)
    reporters = []

    def install(window):
        reporters.append(problems.install(window))
        return reporters[-1]

    yield install, calls
    for reporter in reporters:
        reporter.uninstall()


def told(window) -> str:
    return window.statusBar().currentMessage()


def test_an_exception_in_a_slot_is_shown_without_blocking_the_student(qtbot, make_window, reported,
                                                                      private_user_data):
    install, calls = reported
    window = make_window()
    install(window)

    def broken_slot():
        raise KeyError("the slot's own words")

    QTimer.singleShot(0, broken_slot)
    qtbot.waitUntil(lambda: "Something went wrong" in told(window), timeout=5000)
    assert "KeyError" in told(window) and "the slot's own words" in told(window)
    box = window._unexpected
    assert box.isVisible() and not box.isModal() and QApplication.activeModalWidget() is None
    assert "broken_slot" in box.detailedText()  # the traceback, for a teacher or a bug report
    qtbot.keyClicks(window.editor_pane.editor, "Still typing")  # the dialog does not get in the way
    assert window.editor_pane.precis_text() == "Still typing"
    log = (private_user_data / problems.LOG_FILE).read_text(encoding="utf-8")
    assert "broken_slot" in log and "KeyError" in log


def test_many_errors_make_one_dialog(qtbot, make_window, reported):
    install, calls = reported
    window = make_window()
    install(window)
    for n in range(3):
        QTimer.singleShot(0, lambda n=n: 1 / 0)
    qtbot.waitUntil(lambda: len(calls) == 3, timeout=5000)
    boxes = [w for w in QApplication.topLevelWidgets() if w.isVisible() and w.windowTitle() == "Something went wrong"]
    assert boxes == [window._unexpected]


def test_an_exception_escaping_a_pool_thread_reaches_the_window_on_its_thread(qtbot, make_window, reported):
    install, calls = reported
    window = make_window()
    install(window)

    class Escaping(QRunnable):
        def run(self):
            raise RuntimeError("escaped a pool thread")

    QThreadPool.globalInstance().start(Escaping())
    qtbot.waitUntil(lambda: "escaped a pool thread" in told(window), timeout=5000)
    assert calls[0][2] is window.thread()  # widgets are touched only in the GUI thread


def test_an_exception_in_a_python_thread_reaches_the_window(qtbot, make_window, reported):
    install, calls = reported
    window = make_window()
    install(window)

    def failing():
        raise ValueError("from a plain thread")

    thread = threading.Thread(target=failing)
    thread.start()
    thread.join()
    qtbot.waitUntil(lambda: "from a plain thread" in told(window), timeout=5000)
    assert calls[0][2] is window.thread()


class NotAnException(BaseException):
    """Raised by a job, it is not an ``Exception``: it used to escape the pool thread."""


def test_a_background_job_that_raises_past_exception_ends_its_check_and_says_so(qtbot, make_window, monkeypatch):
    window = make_window()

    def raises(request, is_current):
        raise NotAnException("beyond Exception")

    monkeypatch.setattr("tutor.gui.checks.check_flow.run_check", raises)
    window.editor_pane.editor.setPlainText(WORK)
    window.flow.check_now()
    qtbot.waitUntil(lambda: "The check failed: NotAnException" in told(window), timeout=5000)
    qtbot.waitUntil(lambda: window.checking_label.text() == "" and not window.flow.busy, timeout=5000)


def test_a_library_calling_sys_exit_in_a_job_becomes_a_failure_not_the_end_of_the_app():
    # Escaping a pool thread (or a slot), SystemExit makes PySide end the whole process, with the
    # draft unsaved. The job runner turns it into a failed outcome like any other error.
    from tutor.gui.checks.worker import run_safely

    outcome = run_safely(lambda: sys.exit(3))
    assert isinstance(outcome.error, SystemExit) and "sys.exit(3)" in outcome.trace


def test_an_engine_that_fails_to_close_is_reported_not_swallowed(qtbot, make_window, reported):
    install, calls = reported
    window = make_window()
    install(window)

    class Stuck:
        def close(self):
            raise OSError("the grammar server would not stop")

    window.grammar._retire(Stuck())
    qtbot.waitUntil(lambda: "the grammar server would not stop" in told(window), timeout=5000)


def test_main_installs_the_reporting_and_puts_the_hooks_back(qtbot):
    from tutor.gui import app

    before = sys.excepthook
    seen = {}

    def broken_slot():
        raise LookupError("raised while the app runs")

    def look() -> None:
        window = next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible())
        seen["hooked"] = sys.excepthook is not before
        QTimer.singleShot(0, broken_slot)
        QTimer.singleShot(300, lambda: close(window))

    def close(window) -> None:
        seen["status"] = told(window)
        window.worker.drain()
        window.close()

    QTimer.singleShot(300, look)
    assert app.main(["--restore", "no"]) == 0
    assert seen["hooked"] and "LookupError: raised while the app runs" in seen["status"]
    assert sys.excepthook is before


# -- packs the core refuses always end in the window's problem dialog ---------------------------

def start_work(window) -> tuple[str, str]:
    window.editor_pane.title.setText("Gardens in the sky")
    window.editor_pane.editor.setPlainText(WORK)
    return window.passage_pane.passage.text, window.editor_pane.precis_text()


def assert_refused_and_work_kept(window, recorded_dialogs, before, name: str) -> str:
    assert [kind for kind, *_ in recorded_dialogs] == ["problem"]
    _kind, title, message = recorded_dialogs[0]
    assert title == "This passage cannot be opened" and name in message and "Nothing was changed" in message
    assert (window.passage_pane.passage.text, window.editor_pane.precis_text()) == before
    assert window.editor_pane.title_text() == "Gardens in the sky"
    return message


PASSAGE = {"id": "roofs", "title": "Roof gardens", "level": "foundation",
           "text": "Councils turn flat roofs into gardens. The gardens cool the floors beneath them."}
BROKEN_PACKS = {
    "not-a-pack": {"format": "something else", "version": 1, "passages": [PASSAGE]},
    "future-version": {"format": "precis-tutor-pack", "version": 99, "passages": [PASSAGE]},
    "no-passages": {"format": "precis-tutor-pack", "version": 1, "passages": []},
    "passages-not-a-list": {"format": "precis-tutor-pack", "version": 1, "passages": "roofs"},
    "passage-without-text": {"format": "precis-tutor-pack", "version": 1,
                             "passages": [{k: v for k, v in PASSAGE.items() if k != "text"}]},
    "unknown-level": {"format": "precis-tutor-pack", "version": 1, "passages": [{**PASSAGE, "level": "expert"}]},
    "source-not-in-text": {"format": "precis-tutor-pack", "version": 1, "passages": [
        {**PASSAGE, "key_points": [{"id": "k1", "text": "Roofs cool.", "source": "words not in the passage"}]}]},
    "key-point-not-an-object": {"format": "precis-tutor-pack", "version": 1,
                                "passages": [{**PASSAGE, "key_points": ["Roofs cool."]}]},
}


@pytest.mark.parametrize("name", sorted(BROKEN_PACKS))
def test_a_pack_the_core_refuses_gets_the_problem_dialog(qtbot, make_window, recorded_dialogs, tmp_path, name):
    window = make_window()
    before = start_work(window)
    path = tmp_path / f"{name}.json"
    path.write_text(json.dumps(BROKEN_PACKS[name]), encoding="utf-8")
    assert window.commands.open_passage_path(str(path)) is False
    assert_refused_and_work_kept(window, recorded_dialogs, before, f"{name}.json")


def test_a_deeply_nested_pack_gets_the_problem_dialog(qtbot, make_window, recorded_dialogs, tmp_path):
    window = make_window()
    before = start_work(window)
    path = tmp_path / "nested.json"
    path.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    assert window.commands.open_passage_path(str(path)) is False
    assert_refused_and_work_kept(window, recorded_dialogs, before, "nested.json")


def test_a_pack_refused_with_an_unworded_error_still_gets_the_problem_dialog(
        qtbot, make_window, recorded_dialogs, tmp_path, monkeypatch, caplog):
    # A stand-in for any core failure that is not an InputProblem (a bug, a new rule).
    def refuses(path):
        raise ValueError("passage 'roofs' has no usable sentences")

    monkeypatch.setattr("tutor.gui.opening.load_pack", refuses)
    window = make_window()
    before = start_work(window)
    path = tmp_path / "odd.json"
    path.write_text(json.dumps({"format": "precis-tutor-pack", "version": 1, "passages": [PASSAGE]}),
                    encoding="utf-8")
    assert window.commands.open_passage_path(str(path)) is False
    message = assert_refused_and_work_kept(window, recorded_dialogs, before, "odd.json")
    assert "ValueError: passage 'roofs' has no usable sentences" in message
    assert any(r.exc_info and "odd.json" in r.getMessage() for r in caplog.records)  # the traceback is logged


def test_a_precis_file_refused_with_an_unworded_error_gets_the_problem_dialog(
        qtbot, make_window, recorded_dialogs, tmp_path, monkeypatch):
    def refuses(path):
        raise LookupError("unknown encoding: x-student")

    monkeypatch.setattr("tutor.gui.opening.read_text", refuses)
    window = make_window()
    before = start_work(window)
    path = tmp_path / "mine.txt"
    path.write_text("Councils turn roofs into gardens.", encoding="utf-8")
    assert window.commands.open_precis_path(str(path)) is False
    assert recorded_dialogs[0][:2] == ("problem", "This précis cannot be opened")
    assert "mine.txt" in recorded_dialogs[0][2] and "LookupError" in recorded_dialogs[0][2]
    assert (window.passage_pane.passage.text, window.editor_pane.precis_text()) == before


def test_a_draft_whose_pack_is_now_refused_comes_back_from_its_saved_text(tmp_path, monkeypatch, rooftop_passage):
    from tutor.gui.drafts.autosave import Draft
    from tutor.gui.opening import source_from_draft

    def refuses(path):
        raise ValueError("not what it was")

    monkeypatch.setattr("tutor.gui.opening.load_pack", refuses)
    draft = Draft(passage_kind="pack", passage_id="roofs", pack_path=str(tmp_path / "gone.json"),
                  passage_title="Roof gardens", passage_text=rooftop_passage.text, precis=WORK)
    source = source_from_draft(draft, library=None)
    assert source.passage.text == rooftop_passage.text and source.kind == "text"
