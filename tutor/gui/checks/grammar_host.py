"""The grammar engine's life: built in the background, handed over when warm, closed safely.

The engine lives in the check process (``remote_grammar``, ``check_process``). It is
built and warmed up there from the worker's ``engine`` lane and then used only from the
``check`` lane, so it is never entered from two threads at once. Until it is ready,
checks run without grammar and the status says so.

It comes in two steps, so underlines appear within a second or so of start:
Harper is handed over first (``ready``); the learner rules' tagger (spaCy,
seconds to load) then loads on the ``engine`` lane behind its own lock, and
checks take its rules up once it is there (``complete``). Only the tagger is
touched from both lanes, and a check never waits for it. The tagger starts
loading once the first report is on screen (``load_learner``), or LEARNER_WAIT_MS
after the engine was ready: loading it beside the first content analysis slowed
both, since both hold the GIL most of the time.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QObject, QTimer, Signal

from tutor.gui.checks.remote_grammar import RemoteGrammar, build_grammar
from tutor.gui.problems import report_failure
from tutor.gui.settings import Preferences
from tutor.gui.checks.worker import Outcome, Worker

LEARNER_WAIT_MS = 3000  # the longest the learner rules wait for the first report (see the docstring)
_ENGINE_NAMES = {"harper": "Harper", "languagetool": "LanguageTool", "off": "no engine"}


class GrammarHost(QObject):
    status_changed = Signal(str)
    ready = Signal()  # an engine is usable: check again (its learner rules may still be loading)
    complete = Signal()  # the learner rules joined the engine after ``ready``: check again to add their findings
    failed = Signal()  # the engine asked for could not be built (the status says why)

    def __init__(self, worker: Worker, dictionary, parent: QObject | None = None):
        super().__init__(parent)
        self.worker = worker
        self.dictionary = dictionary
        self.engine: RemoteGrammar | None = None
        self.status = "Grammar: not started"
        self.ready_at: float | None = None  # perf_counter when the current engine became usable
        self.complete_at: float | None = None  # ... and when its learner rules had loaded too
        self._key: tuple | None = None
        self._generation = 0
        self._ignored: frozenset[tuple[str, str]] = frozenset()
        self._learner_due: tuple[int, RemoteGrammar] | None = None  # an engine whose tagger is still to load

    def start(self, prefs: Preferences) -> None:
        """Build the engine ``prefs`` ask for, unless it is the one in use."""
        key = prefs.grammar_key()
        if key == self._key:
            return
        self._key = key
        self._generation += 1
        generation = self._generation
        self._set_status(f"Grammar: loading {_ENGINE_NAMES.get(prefs.engine, prefs.engine)}…")
        self.worker.submit(
            "engine",
            lambda: build_grammar(prefs.engine, prefs.dialect, prefs.lt_server, prefs.lt_folder, self.dictionary),
            lambda outcome: self._built(generation, outcome))

    def ignore(self, rule_id: str, text: str) -> None:
        """Hide this finding (same rule, same words) for the rest of the session."""
        self._ignored = self._ignored | {(rule_id, text)}
        if self.engine is not None:
            self.engine.ignored = self._ignored

    def _built(self, generation: int, outcome: Outcome) -> None:
        if not outcome.ok:
            if generation == self._generation:
                self._set_status(f"Grammar unavailable: {outcome.error}")
                self.failed.emit()
            return
        engine: RemoteGrammar = outcome.value
        if generation != self._generation:  # settings changed while it was built
            self._retire(engine)
            return
        old, self.engine = self.engine, engine
        engine.ignored = self._ignored
        if old is not None:
            self._retire(old)
        self.ready_at = time.perf_counter()
        pending = engine.learner_pending
        self.complete_at = None if pending else self.ready_at
        self._set_status(engine.status())
        self._learner_due = (generation, engine) if pending else None
        self.ready.emit()
        if pending:
            QTimer.singleShot(LEARNER_WAIT_MS, self, self.load_learner)

    def load_learner(self) -> None:
        """Start loading the learner rules' tagger of the engine in use, unless it has started
        already or there is none to load. The window calls it when its first report is shown."""
        due, self._learner_due = self._learner_due, None
        if due is None or due[1] is not self.engine:
            return
        generation, engine = due
        self.worker.submit("engine", engine.load_learner,
                           lambda outcome: self._learner_loaded(generation, engine, outcome))

    def _learner_loaded(self, generation: int, engine: RemoteGrammar, outcome: Outcome) -> None:
        if engine is not self.engine:  # replaced meanwhile: its successor loads its own
            return
        if not outcome.ok:
            report_failure(outcome)
        self.complete_at = time.perf_counter()
        if generation == self._generation:  # else the status says which engine is loading
            self._set_status(engine.status())
        self.complete.emit()

    def _retire(self, engine: RemoteGrammar) -> None:
        # Closed on the check lane, after any check still using it. A failure to close is not
        # the student's doing, but it is not swallowed either.
        self.worker.submit("check", engine.close, report_failure)

    def _set_status(self, text: str) -> None:
        self.status = text
        self.status_changed.emit(text)

    def close_now(self) -> None:
        """At exit, after the worker has drained: nothing else can be using the engine."""
        if self.engine is not None:
            self.engine.close()
            self.engine = None
