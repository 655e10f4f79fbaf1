"""One marking run over a class folder, in the background, one file at a time.

The run is a queue of jobs on the worker's ``class`` lane (one thread, so they run
in order): prepare (analyse the passage, start the grammar engine), one job per
file, then close the engine. Each job calls the same core functions as
``precis-tutor mark`` (``tutor.core.marking``), so the GUI's table and the CLI's
CSV agree number for number. Cancel makes the remaining file jobs return at once.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from tutor.core.passage import Passage
from tutor.gui.checks.worker import Outcome, Worker

LANE = "class"


@dataclass(frozen=True)
class RunSettings:
    """What a run checks with: the grammar engine by name (as ``--grammar``), target and tolerance."""

    engine: str = "harper"
    dialect: str = "british"
    lt_server: str = ""
    lt_folder: str = ""
    tolerance: float = 0.10
    target_words: int | None = None


class ClassRun(QObject):
    """Marks ``files`` against ``passage``; tell it ``start()`` once, ``cancel()`` any time."""

    marked = Signal(object)  # tutor.core.marking.Marked, in file order
    failed = Signal(str)  # the run could not start (engine or passage problem)
    finished = Signal(bool)  # True when cancelled

    def __init__(self, worker: Worker, passage: Passage, files: tuple[Path, ...], settings: RunSettings,
                 parent: QObject | None = None):
        super().__init__(parent)
        self.worker, self.passage, self.files, self.settings = worker, passage, files, settings
        self.cancelled = False  # read by the worker thread: a plain bool, set once
        self.done = 0
        self._state: dict = {}  # analysis and engine: only ever touched on the class lane
        self._over = False

    def start(self) -> None:
        self.worker.submit(LANE, self._prepare, self._prepared)
        for path in self.files:
            self.worker.submit(LANE, lambda p=path: self._mark(p), self._file_done)
        self.worker.submit(LANE, self._close, self._closed)

    def cancel(self) -> None:
        self.cancelled = True

    # -- on the class lane ---------------------------------------------------------------

    def _prepare(self) -> None:
        from tutor.core.analysis import analyse_passage
        from tutor.core.marking import marking_engine

        s = self.settings
        self._state["analysis"] = analyse_passage(self.passage)
        self._state["engine"] = marking_engine(s.engine, self.passage.text, dialect=s.dialect,
                                               lt_server=s.lt_server or None, lt_folder=s.lt_folder or None)

    def _mark(self, path: Path):
        if self.cancelled or "analysis" not in self._state or "engine" not in self._state:
            return None
        from tutor.core.marking import mark_file

        s = self.settings
        return mark_file(self._state["analysis"], path, target_words=s.target_words, tolerance=s.tolerance,
                         engine=self._state["engine"])

    def _close(self) -> None:
        engine = self._state.pop("engine", None)
        if engine is not None:
            engine.close()

    # -- back on the GUI thread ------------------------------------------------------------

    def _prepared(self, outcome: Outcome) -> None:
        if not outcome.ok:
            self.cancelled = True
            self.failed.emit(f"Marking could not start: {outcome.error}")

    def _file_done(self, outcome: Outcome) -> None:
        if outcome.ok and outcome.value is not None:
            self.done += 1
            self.marked.emit(outcome.value)
        elif not outcome.ok and not self.cancelled:
            self.cancelled = True
            self.failed.emit(f"Marking stopped: {outcome.error.__class__.__name__}: {outcome.error}")

    def _closed(self, _outcome: Outcome) -> None:
        self._over = True
        self.finished.emit(self.cancelled)

    @property
    def running(self) -> bool:
        return not self._over
