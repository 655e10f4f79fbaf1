"""Practising for weeks: exam mode, the attempts list, the progress plot and exported reports."""

from __future__ import annotations

import unicodedata

import pytest
from pypdf import PdfReader

from tutor.core.history import History
from tutor.core.userdata import data_dir

# Written for these tests: the rooftop passage says $3 million; this précis says $5 million.
TITLE = "Gardens on City Roofs"
PRECIS = ("Councils are turning flat city roofs into gardens that cool the floors below and slow storm water. "
          "A $5 million scheme gives four hundred families plots to grow food, and schools use them for lessons. "
          "Critics note the weight of soil and the cost of repairs, yet planners now treat roofs as shared land.")
WRONG_FIGURE = "The précis says “$5 million” where the passage says “$3 million”."


class FakeClock:
    """The exam's monotonic clock, moved by the test instead of waited for."""

    def __init__(self):
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def exam_window(make_window, recorded_dialogs):
    def make(**kwargs):
        window = make_window(**kwargs)
        clock = FakeClock()
        window.practice.exam.monotonic = clock
        return window, clock

    return make


def _attempts():
    return History.open(data_dir()).attempts()


def test_an_exam_hides_feedback_warns_at_five_minutes_and_submits_when_time_is_up(exam_window, qtbot,
                                                                                    recorded_dialogs):
    window, clock = exam_window()
    window.practice.exam.start()
    exam = window.practice.exam
    assert exam.toolbar.isVisible() and not window.feedback_pane.isVisible()
    assert exam.bar.time_left.text() == "40 min left"
    window.editor_pane.set_precis(TITLE, PRECIS)
    window.flow.check_now()
    qtbot.wait(300)
    assert window.report is None and window.editor_pane.editor.marks.marks == []  # no feedback while it runs
    clock.now += 35 * 60
    exam.tick()
    assert exam.bar.time_left.text() == "5:00 left" and "Five minutes left" in window.statusBar().currentMessage()
    clock.now += 5 * 60 + 2
    exam.tick()
    qtbot.waitUntil(lambda: len(_attempts()) == 1, timeout=15_000)
    [attempt] = _attempts()
    assert (attempt.mode, attempt.seconds, attempt.time_limit) == ("exam", 2400, 2400)
    assert attempt.precis == PRECIS and attempt.title == TITLE
    assert ("note", "Time is up") == recorded_dialogs[-1][:2]
    assert window.feedback_pane.isVisible() and not exam.toolbar.isVisible()
    assert WRONG_FIGURE in [f["message"] for f in attempt.report()["facts"]]


def test_submitting_an_exam_early_records_the_time_taken_without_the_pause(exam_window, qtbot):
    window, clock = exam_window()
    window.practice.exam.start()
    window.editor_pane.set_precis(TITLE, PRECIS)
    clock.now += 600
    window.practice.exam.pause_or_resume()
    assert window.editor_pane.editor.isReadOnly() and "(paused)" in window.practice.exam.bar.time_left.text()
    clock.now += 3000  # a long pause costs nothing
    window.practice.exam.pause_or_resume()
    clock.now += 125
    window.practice.submit()
    qtbot.waitUntil(lambda: len(_attempts()) == 1, timeout=15_000)
    assert _attempts()[0].seconds == 725
    qtbot.waitUntil(lambda: window.report is not None)
    assert window.feedback_pane.isVisible() and not window.editor_pane.editor.isReadOnly()


def test_an_exam_survives_a_crash_and_comes_back_paused_with_its_time(exam_window, qtbot):
    window, clock = exam_window()
    window.practice.exam.start()
    window.editor_pane.set_precis(TITLE, PRECIS)
    clock.now += 10 * 60
    for _ in range(5):  # the exam's state is written every five ticks
        window.practice.exam.tick()
    window.autosave_now()  # the draft, as the autosave timer would
    # The app dies here (no close). The next start restores the draft, then the exam.
    again, _ = exam_window(restore="yes", passage=False)
    exam = again.practice.exam
    assert again.editor_pane.precis_text() == PRECIS
    assert exam.clock.state == "paused" and exam.bar.time_left.text() == "30 min left (paused)"
    assert not again.feedback_pane.isVisible() and again.editor_pane.editor.isReadOnly()
    exam.pause_or_resume()
    assert exam.clock.state == "running" and not again.editor_pane.editor.isReadOnly()


def test_leaving_an_exam_asks_first_and_saves_no_attempt(exam_window, monkeypatch, qtbot):
    window, clock = exam_window()
    window.practice.exam.start()
    window.editor_pane.set_precis(TITLE, PRECIS)
    assert not window.actions["open_passage"].isEnabled()  # no other passage comes in mid-exam
    monkeypatch.setattr(window, "ask", lambda title, question: False)
    window.practice.exam.leave()
    assert window.practice.hides_feedback  # "No": still in the exam
    monkeypatch.setattr(window, "ask", lambda title, question: True)
    window.practice.exam.leave()
    assert not window.practice.hides_feedback and window.feedback_pane.isVisible()
    assert window.editor_pane.precis_text() == PRECIS and window.actions["open_passage"].isEnabled()
    qtbot.wait(200)
    assert _attempts() == ()


def _submit(window, qtbot, title: str, body: str) -> None:
    before = len(_attempts())
    window.editor_pane.set_precis(title, body)
    window.practice.submit()
    qtbot.waitUntil(lambda: len(_attempts()) == before + 1, timeout=15_000)


def test_attempts_list_filters_opens_read_only_and_tries_again(make_window, qtbot, recorded_dialogs, monkeypatch):
    window = make_window()
    _submit(window, qtbot, TITLE, PRECIS)
    _submit(window, qtbot, "", "Roofs are gardens now. I think it's good!")
    dialog = window.practice.show_attempts()
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 2
    assert dialog.table.item(0, 2).text() == "(no title)"  # newest first
    dialog.low.setValue(8)
    assert dialog.table.rowCount() == 1 and dialog.table.item(0, 2).text() == TITLE
    view = dialog.open_selected()
    assert view.view.isReadOnly() and "$5 million" in view.view.toPlainText()
    assert WRONG_FIGURE in view.view.toPlainText()
    window.editor_pane.set_precis("", "something new")
    monkeypatch.setattr(window, "ask", lambda title, question: True)
    view._try_again()
    assert (window.editor_pane.title_text(), window.editor_pane.precis_text()) == (TITLE, PRECIS)


def test_progress_plot_draws_the_total_and_each_part_after_several_attempts(make_window, qtbot):
    window = make_window()
    for body in (PRECIS, PRECIS.replace("$5 million", "$3 million"), PRECIS + " They've spread fast!"):
        _submit(window, qtbot, TITLE, body)
    dialog = window.practice.show_attempts()
    qtbot.addWidget(dialog)
    dialog.tabs.setCurrentIndex(1)
    plot = dialog.plot
    assert plot is not None and plot.shown.attempts == 3
    assert len(plot.scores.getPlotItem().listDataItems()) == 6  # the total and five parts
    names = set(plot.shown.mistakes)
    assert {"Wrong facts", "Convention: contraction", "Convention: exclamation"} <= names
    assert plot.shown.mistakes["Wrong facts"] == (1, 0, 1)


def test_the_current_report_exports_as_a_pdf_with_selectable_text(make_window, qtbot, wait_for_report, tmp_path,
                                                                  monkeypatch):
    from tutor.gui.practice import report_export

    window = make_window()
    window.editor_pane.set_precis(TITLE, PRECIS)
    wait_for_report(window)
    out = tmp_path / "mine"
    monkeypatch.setattr(report_export, "choose_report_path", lambda *_a: str(out))
    window.practice.export_current("pdf")
    pages = PdfReader(tmp_path / "mine.pdf").pages
    text = " ".join(unicodedata.normalize("NFKC", " ".join(p.extract_text() for p in pages)).split())  # "ﬂ" → "fl"
    assert WRONG_FIGURE in text and "Councils are turning flat city roofs into gardens" in text
    assert "Report written to" in window.statusBar().currentMessage()


def test_the_exam_length_comes_from_settings(exam_window):
    from dataclasses import replace

    window, clock = exam_window()
    window.apply_preferences(replace(window.prefs, exam_minutes=25))
    window.practice.exam.start()
    assert window.practice.exam.bar.time_left.text() == "25 min left"
    assert window.practice.exam.clock.limit == 25 * 60


def test_attempts_are_filtered_by_local_dates_and_an_opened_attempt_exports_as_html(make_window, qtbot, tmp_path,
                                                                                      monkeypatch):
    from PySide6.QtCore import QDate

    from tutor.gui.practice import report_export

    window = make_window()
    _submit(window, qtbot, TITLE, PRECIS)
    dialog = window.practice.show_attempts()
    qtbot.addWidget(dialog)
    today = QDate.currentDate()
    dialog.since.setDate(today.addDays(1))
    assert dialog.table.rowCount() == 0 and dialog.count.text() == "No attempts match these filters."
    dialog.since.setDate(today)
    dialog.until.setDate(today)
    assert dialog.table.rowCount() == 1
    view = dialog.open_selected()
    monkeypatch.setattr(report_export, "choose_report_path", lambda *_a: str(tmp_path / "attempt.html"))
    view._export("html")
    page = (tmp_path / "attempt.html").read_text(encoding="utf-8")
    assert "Written on" in page and "$5 million" in page and "Gardens on the roof" in page


def test_printing_lays_the_report_out_on_the_printers_pages(make_window, wait_for_report, tmp_path):
    from PySide6.QtPrintSupport import QPrinter

    from tutor.gui.practice.report_export import print_html

    window = make_window()
    window.editor_pane.set_precis(TITLE, PRECIS)
    wait_for_report(window)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)  # what the print dialog hands back, sent to a file
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    print_html(window.practice.current_report_html(), printer)
    del printer
    text = " ".join(unicodedata.normalize("NFKC", " ".join(
        p.extract_text() for p in PdfReader(tmp_path / "printed.pdf").pages)).split())
    assert WRONG_FIGURE in text


def test_a_corrupt_history_is_set_aside_with_a_message_and_the_attempt_still_saved(make_window, qtbot,
                                                                                    recorded_dialogs):
    (data_dir() / "history.sqlite3").write_bytes(b"\x00garbage" * 64)
    window = make_window()
    window.editor_pane.set_precis(TITLE, PRECIS)
    window.practice.submit()
    qtbot.waitUntil(lambda: "Attempt saved" in window.statusBar().currentMessage(), timeout=15_000)
    [(kind, title, message)] = recorded_dialogs
    assert kind == "problem" and "could not be read" in message and "history-unreadable-" in message
    assert len(list(data_dir().glob("history-unreadable-*.sqlite3"))) == 1
    assert len(_attempts()) == 1
