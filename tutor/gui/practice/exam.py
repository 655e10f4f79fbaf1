"""Exam mode in the window: a countdown, the feedback hidden until the end, the attempt saved.

The clock is ``tutor.core.exam.ExamClock``; this module owns the one-second QTimer
that moves it, the bar that shows it, and the autosave of its state
(``data_dir()/exam.json``, every few seconds and at every change), so an exam
survives a crash and comes back paused.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QToolBar

from tutor.core.exam import ExamClock, ExamState, clear_exam, load_exam, save_exam
from tutor.core.history import text_hash
from tutor.core.userdata import data_dir
from tutor.gui.practice.exam_bar import ExamBar

TICK_MS = 1000
SAVE_EVERY_TICKS = 5
# The exam is on the passage on screen: no other passage or précis file comes in until it ends.
LOCKED_ACTIONS = ("library", "open_passage", "paste_passage", "open_precis", "exam_start")


class ExamMode(QObject):
    def __init__(self, window, submit_attempt):
        super().__init__(window)
        self.window = window
        self._submit_attempt = submit_attempt  # (mode, seconds, time_limit) -> None: saves the next report
        self.clock: ExamClock | None = None
        self.passage_hash = ""
        self.monotonic = time.monotonic  # tests move time by replacing this
        self._ticks = 0
        self.timer = QTimer(self)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self.tick)
        self.bar = ExamBar(window)
        self.toolbar = QToolBar("Exam", window)
        self.toolbar.setObjectName("exam_toolbar")
        self.toolbar.setMovable(False)
        self.toolbar.toggleViewAction().setVisible(False)  # the clock cannot be hidden by a right-click
        self.toolbar.addWidget(self.bar)
        window.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.toolbar)
        self.toolbar.hide()
        self.bar.pause_clicked.connect(self.pause_or_resume)
        self.bar.submit_clicked.connect(self.submit)
        self.bar.leave_clicked.connect(self.leave)

    @property
    def hides_feedback(self) -> bool:
        """True while an exam is under way: no score, marks or underlines until it ends."""
        return self.clock is not None and not self.clock.finished

    # -- starting and restoring -------------------------------------------------------------

    def start(self) -> None:
        w = self.window
        if w.source is None:
            w.show_problem("No passage", "Choose a passage first; the exam is on the passage on screen.")
            return
        if self.hides_feedback:
            return
        minutes = w.prefs.exam_minutes
        if w.editor_pane.precis_text().strip() or w.editor_pane.title_text().strip():
            if not w.ask("Start an exam?", f"A {minutes}-minute exam starts with an empty précis. What you have "
                         "written now is cleared (Edit → Undo brings it back). Start the exam?"):
                return
            w.editor_pane.set_precis("", "", undoable=True)
        self._begin(ExamClock(minutes * 60.0).start(self.monotonic()), w.source.passage)

    def _begin(self, clock: ExamClock, passage) -> None:
        self.clock = clock
        self.passage_hash = text_hash(passage.text)
        self.window.feedback_pane.hide()
        self.window.flow.changed()  # clears the report and the marks; no check runs while hidden
        self.toolbar.show()
        self.timer.start()
        self._enable_actions(False)
        self._lock_if_paused()
        self.save_state()
        self._show()

    def _lock_if_paused(self) -> None:
        paused = self.clock is not None and self.clock.state == "paused"
        for editable in (self.window.editor_pane.editor, self.window.editor_pane.title):
            editable.setReadOnly(paused)  # no writing while the clock is stopped

    def restore(self) -> bool:
        """After the draft came back: an exam left under way on this passage, offered back paused."""
        w = self.window
        state = load_exam(data_dir())
        if state is None or w.restore_policy == "no":
            return False
        if w.source is None or text_hash(w.source.passage.text) != state.passage_hash:
            clear_exam(data_dir())
            return False
        left = state.clock.display(0.0)
        if w.restore_policy != "yes" and not w.ask(
                "Continue the exam?", f"An exam on “{state.passage_title}” was under way, with {left} left. "
                "Continue it? It stays paused until you press Resume."):
            clear_exam(data_dir())
            return False
        self._begin(state.clock, w.source.passage)
        return True

    # -- while it runs --------------------------------------------------------------------------

    def tick(self) -> None:
        if self.clock is None or self.clock.finished:
            return
        old, self.clock = self.clock, self.clock.tick(self.monotonic())
        if self.clock.warned and not old.warned:
            self.window.statusBar().showMessage("Five minutes left. Read your précis through once more.", 30_000)
        if self.clock.finished:
            self._end("Time is up. Your précis has been submitted; the report is below.")
            self.window.show_note("Time is up", "Time is up. Your précis has been submitted and saved; "
                                  "the report now shows in the feedback pane.")
            return
        self._ticks += 1
        if self._ticks % SAVE_EVERY_TICKS == 0:
            self.save_state()
        self._show()

    def pause_or_resume(self) -> None:
        if not self.hides_feedback:
            return
        now = self.monotonic()
        self.clock = self.clock.pause(now) if self.clock.state == "running" else self.clock.resume(now)
        self._lock_if_paused()
        self.save_state()
        self._show()

    def submit(self) -> None:
        if self.hides_feedback:
            self.clock = self.clock.submit(self.monotonic())
            self._end("Submitted. Your attempt is being saved; the report is below.")

    def leave(self) -> None:
        if not self.hides_feedback:
            return
        if not self.window.ask("Leave the exam?", "Leave the exam without submitting? It is not saved as an "
                               "attempt; your précis stays in the editor and the feedback comes back."):
            return
        self.clock = None
        self._stop("You left the exam; nothing was saved as an attempt.")
        self.window.flow.changed()

    # -- ending -----------------------------------------------------------------------------------

    def _end(self, message: str) -> None:
        clock = self.clock
        self._stop(message)
        self._submit_attempt("exam", clock.elapsed(self.monotonic()), clock.limit)

    def _stop(self, message: str) -> None:
        self.timer.stop()
        self.toolbar.hide()
        self._enable_actions(True)
        for editable in (self.window.editor_pane.editor, self.window.editor_pane.title):
            editable.setReadOnly(False)
        self.window.feedback_pane.show()
        clear_exam(data_dir())
        self.window.statusBar().showMessage(message, 15_000)

    def _enable_actions(self, enabled: bool) -> None:
        for name in LOCKED_ACTIONS:
            action = getattr(self.window, "actions", {}).get(name)
            if action is not None:
                action.setEnabled(enabled)

    def save_state(self) -> None:
        """Write the clock (paused at now) so a crash loses at most a few seconds of it."""
        if not self.hides_feedback or self.window.source is None:
            return
        passage = self.window.source.passage
        try:
            save_exam(data_dir(), ExamState(passage.id, self.passage_hash, passage.title, self.clock),
                      self.monotonic())
        except OSError as exc:
            self.window.statusBar().showMessage(f"Could not save the exam's timer: {exc}", 10_000)

    def _show(self) -> None:
        now = self.monotonic()
        self.bar.show_clock(self.clock.display(now), warned=self.clock.warned, paused=self.clock.state == "paused")
