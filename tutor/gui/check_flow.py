"""When checks run, and which results count.

A check starts after a pause in typing (300 ms, single-shot timer) and runs in
the background. Every edit raises the revision number; a result for an older
revision is dropped, and a queued check that is already outdated never starts.
When there is nothing to check (no passage, or no précis body), ``cleared`` says
so: whatever an older revision's report put on screen is out of date.
"""

from __future__ import annotations

import logging
from typing import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from tutor.gui.checking import CheckRequest, CheckResult, run_check
from tutor.gui.worker import Outcome, Worker

PAUSE_MS = 300
log = logging.getLogger("tutor.gui")


class CheckFlow(QObject):
    result_ready = Signal(object)  # CheckResult for the current revision
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

    def changed(self) -> None:
        """The text or the passage changed: results in flight are now stale; check after a pause."""
        self.revision += 1
        self._timer.start()

    def check_soon(self) -> None:
        """Check now, unless the student is typing (the pause timer will check then)."""
        if not self._timer.isActive():
            self.check_now()

    def refresh(self) -> None:
        """The checker got better (more rules loaded): results in flight are stale; check now,
        unless the student is typing (the pause timer will check then)."""
        self.revision += 1
        self.check_soon()

    def check_now(self) -> None:
        self._timer.stop()
        request = self._make_request(self.revision)
        if request is None:
            self.cleared.emit()
            return
        self._running += 1
        if self._running == 1:
            self.busy_changed.emit(True)
        self.worker.submit("check", lambda: run_check(request, self.is_current), self._finished)

    def is_current(self, revision: int) -> bool:
        # Read from the worker thread: an int compare, no lock needed.
        return revision == self.revision

    @property
    def busy(self) -> bool:
        return self._running > 0 or self._timer.isActive()

    def _finished(self, outcome: Outcome) -> None:
        self._running -= 1
        if self._running == 0:
            self.busy_changed.emit(False)
        if not outcome.ok:
            log.error("A check failed:\n%s", outcome.trace.rstrip())
            self.failed.emit(f"The check failed: {outcome.error.__class__.__name__}: {outcome.error}")
            return
        result: CheckResult | None = outcome.value
        if result is None or result.revision != self.revision:
            self.dropped += 1
            return
        self.result_ready.emit(result)
