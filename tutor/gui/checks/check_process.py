"""The check process: précis checks and the grammar engine, run out of the window's process.

A check of a long précis runs our Python for seconds. In a thread of the window's process it
held the interpreter lock whenever the window wanted it: typing in a 20,000-word précis
stalled the window 20-250 ms while a check ran (``bench/gui.py``, load 2-4 on 2 cores), where
the same typing beside a check in another process stalled it 4-11 ms. So checks, and the
grammar engine they use (Harper, the learner rules' tagger, LanguageTool's client), live in
one child process, forked before Qt loads or else started with ``spawn`` (never a copy of
Qt's state: ``_fork_safe``), at a lower priority than the window once its first report is
back (``_lower_priority``), and shared by every window of the app. Its first act is to build
Harper's tables (``_build_harper``): the first underlines wait for them.

The window's side (``CheckProcess``) talks to it over one pipe per lane that calls it
(``check``, ``engine``), so an engine loading never delays a check; each pipe is used by one
thread at a time. The child answers each pipe on a thread of its own. Requests and answers
are pickled: plain tuples, ``tutor.core``'s frozen dataclasses, exceptions.

If the child dies (killed, out of memory), the call under way raises ``CheckProcessLost``
and the next call starts a new one; engines are rebuilt there on first use (``RemoteGrammar``
sends what builds them with every call). ``stop`` ends it at once: closing the window does so
when a check is under way, so closing never waits for one.
"""

from __future__ import annotations

import multiprocessing
import os
import pickle
import signal
import sys
import threading
import traceback
from typing import Callable

LANES = ("check", "engine")
NICENESS = 10  # the child's, on Unix: where cores are short, the window runs first
START_NICENESS = 5  # ... and until its first report is back: the window is still being built
# ... but for the thread that builds Harper's tables, which nothing underlined can come before.
# Medians of 8 launches each, twice, load 4-6 on 2 cores, (window usable, first underlines):
# at 5, (1.11, 2.88) and (0.95, 2.41) s; at 2, (1.29, 2.64) and (0.90, 1.98); at the window's
# 0, (1.57, 2.67) and (1.34, 2.57): beside the window's own building, the build slowed it.
HARPER_NICENESS = 2


class CheckProcessLost(RuntimeError):
    """The check process ended while answering (it is started again on the next call)."""


class CheckProcess:
    """The window's side of the check process (any thread)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._process = None
        self._pipes: dict = {}
        self._lane_locks = {lane: threading.Lock() for lane in LANES}
        self.starts = 0  # processes started so far (for tests)

    @property
    def running(self) -> bool:
        return self._process is not None and self._process.is_alive()

    @property
    def pid(self) -> int | None:
        return self._process.pid if self._process is not None else None

    def start(self, prepare: tuple = ()) -> None:
        """Start the child unless it is running; returns at once (it loads in the background).
        ``prepare``: (function, *args), picklable, that the child runs first (tests hold back
        its learner rules' tagger so). Started by ``fork`` where that is safe (``_fork_safe``),
        else by ``spawn``."""
        with self._lock:
            if self.running:
                return
            context = multiprocessing.get_context("fork" if _fork_safe() else "spawn")
            pairs = {lane: context.Pipe() for lane in LANES}
            process = context.Process(target=serve, args=({lane: child for lane, (_, child) in pairs.items()},
                                                          prepare),
                                      name="precis-checks", daemon=True)
            process.start()
            for _, child in pairs.values():
                child.close()
            self._process, self._pipes = process, {lane: ours for lane, (ours, _) in pairs.items()}
            self.starts += 1

    def call(self, lane: str, verb: str, *args, wanted: Callable[[], bool] | None = None,
             meanwhile: Callable[[], object] | None = None):
        """Run ``verb(*args)`` (see ``_VERBS``) in the child and return its value; blocks this
        thread (not the interpreter lock) until the answer comes, running ``meanwhile()`` first
        if given. With ``wanted``, an answer it no longer wants when it comes is dropped unread:
        None (unpickling the report of a 20,000-word précis holds the interpreter lock about
        8 ms). Raises what the child raised, or ``CheckProcessLost``."""
        self.start()
        with self._lane_locks[lane]:
            pipe = self._pipes[lane]
            try:
                pipe.send((verb, args))
                if meanwhile is not None:
                    meanwhile()
                answer = pipe.recv_bytes()
            except (EOFError, OSError) as exc:
                raise CheckProcessLost("The checker stopped unexpectedly; it restarts on the next check.") from exc
        if wanted is not None and not wanted():
            return None
        ok, value = pickle.loads(answer)
        if ok:
            return value
        error, trace = value
        error.add_note(f"In the check process:\n{trace}")
        raise error

    def call_if_running(self, lane: str, verb: str, *args) -> None:
        """``call``, unless the child is not running (nothing to tell it then), ignoring its loss."""
        if self.running:
            try:
                self.call(lane, verb, *args)
            except CheckProcessLost:
                pass

    def stop(self, wait_s: float = 2.0) -> None:
        """End the child now, whatever it is doing: calls under way raise ``CheckProcessLost``."""
        with self._lock:
            process, self._process, self._pipes = self._process, None, {}
        if process is None:
            return
        process.terminate()  # the child closes its engines (LanguageTool's server) and exits
        process.join(wait_s)
        if process.is_alive():
            process.kill()
            process.join(1.0)


def _fork_safe() -> bool:
    """May the child be a fork of this process? Only on Linux, before Qt is imported and while
    this process has no other thread: the app's first start (``tutor.gui.app.main``). A fork
    runs at once, where a spawned child first starts a new interpreter and imports what it
    needs to unpickle its task (0.1-0.25 s here, the resource tracker's process beside it):
    the first underlines wait for that. Any later start (after a crash; tests) spawns: a fork
    would copy Qt's state and threads that are not there in the child."""
    return (sys.platform.startswith("linux") and "PySide6" not in sys.modules
            and threading.active_count() == 1)


_shared = CheckProcess()


def shared() -> CheckProcess:
    """The app's one check process (``worker.check_process`` starts it; the app, before Qt loads)."""
    return _shared


# ---- the child -------------------------------------------------------------------------------

def serve(pipes: dict, prepare: tuple = ()) -> None:
    """The child's whole life: answer every pipe until the window's process closes them or
    sends SIGTERM; then close every engine (a LanguageTool server we started ends with it)."""
    threading.Thread(target=_build_harper, name="harper-head-start", daemon=True).start()
    if prepare:
        prepare[0](*prepare[1:])
    _nice(0, START_NICENESS)  # this thread, and every thread started from here on (not the head start)
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl+C in a terminal is for the window's process
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    engines = _Engines()
    threads = [threading.Thread(target=_answer, args=(pipe, engines), name=f"lane-{lane}", daemon=True)
               for lane, pipe in pipes.items()]
    for thread in threads:
        thread.start()
    try:
        while any(thread.is_alive() for thread in threads):
            threads[0].join(0.5)  # wakes for SIGTERM in between
    finally:
        engines.close_all()


_settled = threading.Event()


def _lower_priority() -> None:
    """Once the first report has gone back, every thread of the child yields to the window
    (NICENESS). Until then it yields less (START_NICENESS): at start-up, under load 4-5 on
    2 cores, a child at NICENESS from the first gave the first underlines 1.6 s later than
    checks in the window's own process did, and one at the window's priority made the window
    usable 0.8 s later. Linux gives each thread its own niceness, so each is lowered (threads
    started later inherit it); elsewhere the process's is."""
    if _settled.is_set():
        return
    _settled.set()
    threads = [int(t) for t in os.listdir("/proc/self/task")] if sys.platform.startswith("linux") else [0]
    for thread in threads:
        _nice(thread, NICENESS)


def _nice(thread: int, niceness: int) -> None:
    """Set the niceness of ``thread`` (a native id; 0: the calling one), where allowed."""
    if hasattr(os, "setpriority"):
        try:
            os.setpriority(os.PRIO_PROCESS, thread, niceness)
        except OSError:
            pass  # not allowed here, or the thread has ended: it runs at the window's priority


def _build_harper() -> None:
    """Harper's process-wide tables (``harper_tables``, about a second of CPU), built while the
    window loads: the first thing the child does, before it imports the rest of what it runs,
    at HARPER_NICENESS (see there)."""
    _nice(0, HARPER_NICENESS)
    from tutor.core.grammar.harper_tables import build_shared_tables

    build_shared_tables()


def _answer(pipe, engines: "_Engines") -> None:
    while True:
        try:
            verb, args = pipe.recv()
        except (EOFError, OSError):
            return  # the window's process has gone
        try:
            reply = (True, _VERBS[verb](engines, *args))
        except BaseException as exc:  # noqa: BLE001 - every failure goes back to the window
            reply = (False, (exc, traceback.format_exc()))
        try:
            pipe.send(reply)
        except (EOFError, OSError):
            return
        except Exception as exc:  # noqa: BLE001 - an answer that cannot be pickled
            pipe.send((False, (RuntimeError(f"{exc.__class__.__name__}: {exc}"), traceback.format_exc())))
        if verb == "check":
            _lower_priority()


class _Engines:
    """The grammar engines in the child, by the id ``RemoteGrammar`` gave each; built on first use."""

    def __init__(self) -> None:
        self._by_id: dict[int, tuple] = {}  # id -> (SessionGrammar, PersonalDictionary)
        self._lock = threading.Lock()

    def get(self, wire):
        """The engine ``wire`` (``RemoteGrammar.wire``) names, up to date with the student's
        choices; None for None."""
        if wire is None:
            return None
        engine_id, key, ignored, words, learner = wire
        with self._lock:
            known = self._by_id.get(engine_id)
        if known is None:
            known = self._build(engine_id, key, words)
            if learner:  # a new child: the window had seen this engine's learner rules load
                known[0].load_learner()
        engine, dictionary = known
        dictionary.words, dictionary.ignored_rules = words
        engine.ignored = ignored
        return engine

    def _build(self, engine_id: int, key: tuple, words: tuple) -> tuple:
        from tutor.core.grammar.dictionary import PersonalDictionary
        from tutor.gui.checks.checking import build_grammar

        name, dialect, lt_server, lt_folder, path, note = key
        dictionary = PersonalDictionary(path, *words, note=note)
        known = (build_grammar(name, dialect, lt_server, lt_folder, dictionary), dictionary)
        with self._lock:
            self._by_id[engine_id] = known
        return known

    def close(self, engine_id: int) -> None:
        with self._lock:
            known = self._by_id.pop(engine_id, None)
        if known is not None:
            known[0].close()

    def close_all(self) -> None:
        with self._lock:
            ids = list(self._by_id)
        for engine_id in ids:
            try:
                self.close(engine_id)
            except Exception:  # noqa: BLE001 - exiting: close the others all the same
                pass


def _state(engine) -> tuple[str, str, bool]:
    """What the window shows of an engine: (name, status line, learner rules still to load)."""
    return engine.name, engine.status(), engine.learner_pending


def _build(engines: _Engines, wire) -> tuple[str, str, bool]:
    return _state(engines.get(wire))


def _load_learner(engines: _Engines, wire) -> tuple[bool, tuple[str, str, bool]]:
    engine = engines.get(wire)
    return engine.load_learner(), _state(engine)


def _check(engines: _Engines, request, wire):
    from tutor.gui.checks.checking import check_here

    engine = engines.get(wire)
    return check_here(request, engine), _state(engine) if engine is not None else None


def _grammar_pass(engines: _Engines, request, wire):
    from tutor.gui.checks.checking import grammar_pass_here

    engine = engines.get(wire)
    return grammar_pass_here(request, engine), _state(engine)


def _grammar(engines: _Engines, wire, passage, text: str):
    engine = engines.get(wire)
    engine.use_passage(passage)
    return engine.check(text), _state(engine)


def _close(engines: _Engines, engine_id: int) -> None:
    engines.close(engine_id)


_VERBS = {"build": _build, "learner": _load_learner, "check": _check, "grammar_pass": _grammar_pass,
          "grammar": _grammar, "close": _close}
