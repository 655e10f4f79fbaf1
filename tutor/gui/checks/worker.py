"""Background work: the one place it starts, and the way results come back.

Two lanes, one thread each:

* ``check``: précis checks (core analysis and grammar). One thread, so a grammar
  engine is never entered from two threads at once, and jobs run in order.
* ``engine``: building and warming up a grammar engine (Harper takes about a
  second, LanguageTool longer). It hands the engine over when ready and never
  touches it again, so the two lanes never share an engine; then it loads the
  learner rules' tagger (spaCy, seconds), which has its own lock.
* ``download``: fetching LanguageTool when the student asks (minutes, cancellable).
* ``class``: marking a folder of précis for a teacher (one job per file, cancellable).
* ``save``: the timer's autosave of the draft (an fsync alone can take over a frame).

The ``check`` and ``engine`` lanes' jobs do their work in the check process
(``check_process``): one child process for the app, where the grammar engine lives, so a
long check never holds this process's interpreter lock. ``check_process()`` starts it; the
app starts it first thing, before Qt loads (``check_process.shared().start()``: this module
imports Qt), so it is forked at once and Harper's tables are built there meanwhile.

Jobs on the lanes that run our own Python at length (``QUIET_LANES``) run with Python's cyclic
collector paused until their result reaches the GUI thread (``tutor.gui.checks.long_lived``): its
collections hold the interpreter lock, and the window would wait for them.

Results are brought back to the GUI thread through a queued signal. Tests make
everything run inline by replacing ``Worker.submit`` with ``run_inline``.
"""

from __future__ import annotations

import traceback
from dataclasses import dataclass
from typing import Any, Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from tutor.gui.checks.check_process import CheckProcess, shared
from tutor.gui.checks.long_lived import job_ended, pause_collection, resume_collection

LANES = ("check", "engine", "download", "class", "save")
# Not "download" (minutes of waiting on the network: the collector stays on meanwhile) nor "save".
QUIET_LANES = ("check", "engine", "class")
_check_process: CheckProcess = shared()


def check_process() -> CheckProcess:
    """The app's one check process, started if it is not running (returns at once)."""
    _check_process.start()
    return _check_process


@dataclass(frozen=True, slots=True)
class Outcome:
    """What a background job produced: its value, or the error it raised."""

    value: Any = None
    error: BaseException | None = None
    trace: str = ""

    @property
    def ok(self) -> bool:
        return self.error is None


def run_safely(fn: Callable[[], Any]) -> Outcome:
    try:
        return Outcome(fn())
    except KeyboardInterrupt:  # only ever in the main thread (run_inline): Ctrl+C still stops the run
        raise
    except BaseException as exc:  # noqa: BLE001
        # Even SystemExit from a library: a failing job must reach the GUI as a message (and end its
        # "checking…"), not escape a pool thread where only stderr would hear of it.
        return Outcome(error=exc, trace=traceback.format_exc())


def run_on_lane(lane: str, fn: Callable[[], Any]) -> Outcome:
    """``run_safely``, with the cyclic collector paused on ``QUIET_LANES`` until ``resume_collection``."""
    if lane not in QUIET_LANES:
        return run_safely(fn)
    pause_collection()
    try:
        return run_safely(fn)
    finally:
        job_ended()


class _Job(QRunnable):
    def __init__(self, lane: str, fn: Callable[[], Any], on_done: Callable[[Outcome], None], relay):
        super().__init__()
        self._lane, self._fn, self._on_done, self._relay = lane, fn, on_done, relay
        self.setAutoDelete(True)

    def run(self) -> None:
        outcome = run_on_lane(self._lane, self._fn)
        try:
            self._relay.emit(self._on_done, outcome)
        except RuntimeError:
            pass  # the window was destroyed meanwhile: nobody is left to tell


class Worker(QObject):
    _finished = Signal(object, object)  # on_done, Outcome: emitted in a pool thread, delivered in the GUI thread

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._pools = {}
        for lane in LANES:
            pool = QThreadPool(self)
            pool.setMaxThreadCount(1)
            self._pools[lane] = pool
        self._pending = 0
        self._closed = False
        self._finished.connect(self._deliver)

    def submit(self, lane: str, fn: Callable[[], Any], on_done: Callable[[Outcome], None]) -> None:
        """Run ``fn()`` on ``lane`` in the background; ``on_done(Outcome)`` runs later in the GUI thread.

        This is the only place the app starts background work.
        """
        pool = self._pools[lane]
        self._pending += 1
        pool.start(_Job(lane, fn, on_done, self._finished))

    def run_inline(self, lane: str, fn: Callable[[], Any], on_done: Callable[[Outcome], None]) -> None:
        """A drop-in for ``submit`` that runs at once on the calling thread (for tests)."""
        outcome = run_on_lane(lane, fn)
        resume_collection()
        on_done(outcome)

    @property
    def busy(self) -> bool:
        return self._pending > 0

    def drain(self, msecs: int = 30_000) -> bool:
        """Wait until no job is queued or running (results may still be on their way)."""
        return all(pool.waitForDone(msecs) for pool in self._pools.values())

    def stop_checks(self) -> None:
        """Before closing: checks and engine loads still queued never start, and one under way
        is abandoned (the check process ends, and starts again for the next check), so that
        closing never waits for them."""
        pools = [self._pools[lane] for lane in ("check", "engine")]
        for pool in pools:
            pool.clear()
        if any(pool.activeThreadCount() for pool in pools):
            _check_process.stop()

    def wait(self, lane: str, msecs: int = 30_000) -> bool:
        """Wait until ``lane`` has no job queued or running."""
        return self._pools[lane].waitForDone(msecs)

    def shut(self) -> None:
        """Drop every result still to come: the window they were for is closing."""
        self._closed = True

    def _deliver(self, on_done: Callable[[Outcome], None], outcome: Outcome) -> None:
        self._pending -= 1
        resume_collection()
        if not self._closed:
            on_done(outcome)
