"""Practice in the window: submitting attempts to the history, exam mode, and the report on paper.

``MainWindow`` makes one ``Practice``; the Practice menu calls it. The history is
opened on first use, and a problem with it (a corrupt or locked file, set aside)
is told to the student once.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from tutor.core.history import Attempt, History, HistoryProblem
from tutor.core.userdata import data_dir
from tutor.gui.practice.exam import ExamMode


class Practice(QObject):
    attempt_saved = Signal(object)  # the Attempt just stored

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self._history: History | None = None
        self._pending: tuple[str, float | None, float | None] | None = None  # (mode, seconds, limit) to save
        self.exam = ExamMode(window, self._save_next_report)
        self._attempts_dialog = None
        window.flow.result_ready.connect(self._on_result)
        window.flow.failed.connect(self._on_failed)

    @property
    def hides_feedback(self) -> bool:
        return self.exam.hides_feedback

    def history(self) -> History | None:
        """The history, opened once; None (after telling the student why) when it cannot be."""
        if self._history is None:
            try:
                self._history = History.open(data_dir())
            except HistoryProblem as exc:
                self.window.show_problem("History unavailable", str(exc))
                return None
            if self._history.problem:
                self.window.show_problem("History of attempts", self._history.problem)
        return self._history

    # -- submitting -----------------------------------------------------------------------------

    def submit(self) -> None:
        """Practice → Submit: the exam's submit during an exam, else save this check as an attempt."""
        if self.exam.hides_feedback:
            self.exam.submit()
        elif self.window.source is None or not self.window._has_precis():
            self.window.show_problem("Nothing to submit", "Write a précis of the passage first.")
        else:
            self._save_next_report("practice", None, None)

    def _save_next_report(self, mode: str, seconds: float | None, limit: float | None) -> None:
        """Save the report on the précis as it is now: at once if it is on screen, else after a check."""
        self._pending = (mode, seconds, limit)
        w = self.window
        if w.report is not None and not w.flow.busy and w.report.precis.text == w.editor_pane.precis_text():
            self._save(w.report)
            return
        for editable in (w.editor_pane.editor, w.editor_pane.title):
            editable.setReadOnly(True)  # the attempt is the précis as submitted, not what is typed next
        w.flow.check_now()

    def _on_result(self, result) -> None:
        if self._pending is not None and result.report is not None:
            self._save(result.report)

    def _on_failed(self, message: str) -> None:
        if self._pending is not None:
            self._pending = None
            self._editable()
            self.window.show_problem("Attempt not saved", f"The précis could not be checked, so it was not "
                                     f"saved: {message} It is still in the editor.")

    def _save(self, report) -> None:
        mode, seconds, limit = self._pending
        self._pending = None
        self._editable()
        history = self.history()
        if history is None:
            return
        try:
            attempt = history.add(report.to_json(), report.precis.text, passage_text=report.passage.text,
                                  keep_passage_text=self.window.source is None or self.window.source.kind != "library",
                                  seconds=seconds, mode=mode, time_limit=limit)
        except HistoryProblem as exc:
            self.window.show_problem("Attempt not saved", str(exc))
            return
        self.window.statusBar().showMessage(f"Attempt saved: {attempt.total:g} / {attempt.out_of:g}.", 10_000)
        self.attempt_saved.emit(attempt)

    def _editable(self) -> None:
        for editable in (self.window.editor_pane.editor, self.window.editor_pane.title):
            editable.setReadOnly(False)

    # -- looking back -----------------------------------------------------------------------------

    def show_attempts(self):
        from tutor.gui.practice.attempts_dialog import AttemptsDialog

        history = self.history()
        if history is None:
            return None
        if self._attempts_dialog is None:
            self._attempts_dialog = AttemptsDialog(history, self, self.window)
            self.attempt_saved.connect(lambda _a: self._attempts_dialog.reload())
        self._attempts_dialog.reload()
        self._attempts_dialog.show()
        self._attempts_dialog.raise_()
        return self._attempts_dialog

    def try_again(self, attempt: Attempt) -> None:
        """A new draft from a stored attempt: its passage and its précis, after asking before replacing words."""
        from tutor.gui.practice.attempt_view import source_for_attempt

        w = self.window
        if self.exam.hides_feedback:
            w.show_problem("Exam under way", "Submit or leave the exam first.")
            return
        if (w.editor_pane.precis_text().strip() or w.editor_pane.title_text().strip()) and not w.ask(
                "Try again?", "Replace the précis in the editor with this attempt's? (Edit → Undo brings it back.)"):
            return
        source = source_for_attempt(attempt, w.library)
        if source is not None and (w.source is None or w.source.passage.text != source.passage.text):
            w.use_passage(source)
        title_given = attempt.report()["precis"].get("title_span") is None
        w.editor_pane.set_precis(attempt.title if title_given else "", attempt.precis, undoable=True)
        w.activateWindow()

    # -- the report on paper ----------------------------------------------------------------------

    def current_report_html(self) -> str | None:
        w = self.window
        if self.exam.hides_feedback:
            w.show_problem("Exam under way", "The report is ready once you submit the exam.")
            return None
        if w.report is None:
            w.show_problem("No report yet", "Write a précis and wait for its report, then export or print it.")
            return None
        r = w.report
        from tutor.core.report_html import render_html  # deferred: it imports the key points (0.1 s at start)

        return render_html(r.to_json(), r.precis.text, r.passage.text)

    def export_current(self, kind: str) -> None:
        from tutor.gui.practice.report_export import export_report

        page = self.current_report_html()
        if page is not None:
            export_report(self.window, page, kind, self.window.report.passage.title)

    def print_current(self) -> None:
        from tutor.gui.practice.report_export import print_report

        page = self.current_report_html()
        if page is not None:
            print_report(self.window, page)

    def close(self) -> None:
        self.exam.save_state()
        if self._history is not None:
            self._history.close()
