"""When checks run, and which results count.

A check starts after a pause in typing (300 ms, single-shot timer) and runs in
the background. Every edit raises the revision number; a result for an older
revision is dropped, and a queued check that is already outdated never starts.
When there is nothing to check (no passage, or no précis body), ``cleared`` says
so: whatever an older revision's report put on screen is out of date.

At start-up the first check is held (``hold``) until the grammar engine is ready,
and then the engine's findings come first (``engine_ready``): a first content
analysis takes seconds, and queued behind it, or slowed by it while Harper is
still being built, the underlines of a restored précis would wait for it.
"""

from __future__ import annotations

import logging
from typing import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from tutor.gui.checks.checking import CheckRequest, CheckResult, GrammarPass
from tutor.gui.checks.remote_grammar import run_check, run_grammar_pass
from tutor.gui.checks.worker import Outcome, Worker

PAUSE_MS = 300
# The longest a held check waits for the grammar engine (``hold``): Harper is ready in
# one to two seconds here; a slower engine must not keep the content feedback away.
HOLD_MS = 4000
log = logging.getLogger("tutor.gui")


class CheckFlow(QObject):
    result_ready = Signal(object)  # CheckResult for the current revision
    grammar_found = Signal(object)  # GrammarPass for the current revision, ahead of its CheckResult
    busy_changed = Signal(bool)
    failed = Signal(str)
    cleared = Signal()  # nothing to check for the current revision: show no report

    def __init__(self, worker: Worker, make_request: Callable[[int], CheckRequest | None],
                 parent: QObject | None = None, pause_ms: int = PAUSE_MS):
        super().__init__(parent)
        self.worker = worker
        self.revision = 0
        self.dropped = 0  # stale results thrown away (for tests and the bench)
        self._make_request = make_request
        self._running = 0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(pause_ms)
        self._timer.timeout.connect(self.check_now)
        self._held = False  # checks wait for ``release`` (or HOLD_MS)
        self._asked_while_held = False
        self._grammar_first = False  # the next check runs a grammar pass ahead of itself

    def changed(self) -> None:
        """The text or the passage changed: results in flight are now stale; check after a pause."""
        self.revision += 1
        self._timer.start()

    def check_soon(self) -> None:
        """Check now, unless the student is typing (the pause timer will check then)."""
        if not self._timer.isActive():
            self.check_now()

    def skip_pause(self) -> None:
        """The latest change was not typed (a draft restored at start-up): check it now, not
        after the pause for typing; while held, as soon as the engine is ready. The pause
        would otherwise still be running when Harper comes, and hold its underlines up to
        PAUSE_MS longer."""
        if self._timer.isActive():
            self.check_now()

    def refresh(self) -> None:
        """The checker got better (more rules loaded): results in flight are stale; check now,
        unless the student is typing (the pause timer will check then)."""
        self.revision += 1
        self.check_soon()

    def hold(self, most_ms: int | None = None) -> None:
        """Start no check until ``release`` (at most ``most_ms``, HOLD_MS by default): a check
        asked for meanwhile runs then."""
        self._held = True
        QTimer.singleShot(HOLD_MS if most_ms is None else most_ms, self, self.release)

    def release(self) -> None:
        """End a ``hold``; run the check asked for meanwhile, if any."""
        if not self._held:
            return
        self._held = False
        if self._asked_while_held:
            self._asked_while_held = False
            self.check_soon()

    def engine_ready(self, grammar_first: bool = True) -> None:
        """The grammar engine has just become usable: end any hold and check now, unless the
        student is typing (the pause timer checks then). With ``grammar_first`` (an engine
        that finds something), that check shows the engine's findings on their own first
        (``grammar_found``), then the full report as ever."""
        self._held = self._asked_while_held = False
        self._grammar_first = grammar_first
        self.check_soon()

    def check_now(self) -> None:
        self._timer.stop()
        if self._held:
            self._asked_while_held = True
            return
        request = self._make_request(self.revision)
        grammar_first, self._grammar_first = self._grammar_first, False
        if request is None:
            self.cleared.emit()
            return
        if grammar_first and request.grammar is not None:
            self._start("check", lambda: run_grammar_pass(request, self.is_current), self._grammar_done)
        self._start("check", lambda: run_check(request, self.is_current), self._finished)

    def _start(self, lane: str, job: Callable[[], object], on_done: Callable[[Outcome], None]) -> None:
        self._running += 1
        if self._running == 1:
            self.busy_changed.emit(True)
        self.worker.submit(lane, job, on_done)

    def is_current(self, revision: int) -> bool:
        # Read from the worker thread: an int compare, no lock needed.
        return revision == self.revision

    @property
    def busy(self) -> bool:
        return self._running > 0 or self._timer.isActive() or self._asked_while_held

    def _grammar_done(self, outcome: Outcome) -> None:
        self._one_done()
        found: GrammarPass | None = outcome.value if outcome.ok else None
        # A failure is left to the full check that follows, which meets it too and says so.
        if found is not None and found.revision == self.revision:
            self.grammar_found.emit(found)

    def _one_done(self) -> None:
        self._running -= 1
        if self._running == 0:
            self.busy_changed.emit(False)

    def _finished(self, outcome: Outcome) -> None:
        self._one_done()
        if not outcome.ok:
            log.error("A check failed:\n%s", outcome.trace.rstrip())
            self.failed.emit(f"The check failed: {outcome.error.__class__.__name__}: {outcome.error}")
            return
        result: CheckResult | None = outcome.value
        if result is None or result.revision != self.revision:
            self.dropped += 1
            return
        self.result_ready.emit(result)
