"""Background checks run with Python's cyclic collector paused, so its collections (which hold the
interpreter lock) never stop the window while the student types; it is back on after every job,
and whatever garbage a job left in reference cycles is collected then."""

from __future__ import annotations

import gc
import threading
import weakref

import pytest

from tutor.gui.checks import long_lived
from tutor.gui.checks.worker import Worker


class _Cycle:
    def __init__(self, freed_in: list | None = None):
        self.me = self
        self.freed_in = freed_in

    def __del__(self):
        if self.freed_in is not None:
            self.freed_in.append(threading.current_thread())


@pytest.fixture
def worker(qtbot):
    worker = Worker()
    yield worker
    worker.drain()


def _run(qtbot, worker, lane, fn):
    outcomes = []
    worker.submit(lane, fn, outcomes.append)
    qtbot.waitUntil(lambda: bool(outcomes), timeout=10_000)
    return outcomes[0]


def test_a_check_runs_with_the_collector_paused_and_leaves_it_on(qtbot, worker):
    outcome = _run(qtbot, worker, "check", gc.isenabled)
    assert outcome.value is False
    assert gc.isenabled()


def test_cycles_a_check_left_behind_are_collected_when_it_ends(qtbot, worker):
    outcome = _run(qtbot, worker, "check", lambda: weakref.ref(_Cycle()))
    assert outcome.value() is None


def test_garbage_is_collected_in_the_gui_thread_never_in_a_checks_thread(qtbot, worker):
    # Garbage can hold widgets, and a widget freed outside the GUI thread crashes the app.
    freed_in = []
    gc.collect()  # nothing left over from before
    _run(qtbot, worker, "check", lambda: _Cycle(freed_in) and None)
    assert freed_in == [threading.main_thread()]


def test_a_failing_check_still_turns_the_collector_back_on(qtbot, worker):
    def fail():
        raise ValueError("broken pack")

    outcome = _run(qtbot, worker, "check", fail)
    assert isinstance(outcome.error, ValueError)
    assert gc.isenabled()


def test_the_collector_stays_off_until_the_last_of_two_overlapping_jobs_ends(qtbot, worker):
    started, release = threading.Event(), threading.Event()

    def long_check():
        started.set()
        release.wait(10)

    checks = []
    worker.submit("check", long_check, checks.append)
    assert started.wait(10)
    assert _run(qtbot, worker, "engine", gc.isenabled).value is False
    assert not gc.isenabled()  # the check is still running
    release.set()
    qtbot.waitUntil(lambda: bool(checks), timeout=10_000)
    assert gc.isenabled()


def test_a_download_runs_with_the_collector_on(qtbot, worker):
    assert _run(qtbot, worker, "download", gc.isenabled).value is True


def test_the_collector_stays_off_after_a_job_when_it_was_off_before(qtbot, worker):
    gc.disable()
    try:
        _run(qtbot, worker, "check", gc.isenabled)
        assert not gc.isenabled()
    finally:
        gc.enable()


class _Loaded:
    """Stands for what a library's import leaves behind: many objects that live on."""

    kept: list = []


def _load_a_library():
    _Loaded.kept = [[i] for i in range(long_lived.LOADED + 10_000)]


def test_what_start_up_loads_is_set_aside_not_walked_in_the_gui_thread(qtbot, worker, monkeypatch):
    # Walking a library's objects held the interpreter lock for 90-120 ms at the first report.
    monkeypatch.setattr(long_lived, "_frozen", False)
    gc.collect()  # no other test's garbage is set aside with it
    frozen_before = gc.get_freeze_count()
    try:
        _run(qtbot, worker, "check", _load_a_library)
        assert gc.get_freeze_count() >= frozen_before + long_lived.LOADED
        assert gc.get_count()[0] < long_lived.LOADED
    finally:
        _Loaded.kept = []
        gc.unfreeze()  # the tests after this one collect as the app does


def test_once_start_up_has_loaded_a_large_jobs_cycles_are_still_collected(qtbot, worker, monkeypatch):
    monkeypatch.setattr(long_lived, "_frozen", True)

    def large_check():
        _load_a_library()
        return weakref.ref(_Cycle())

    try:
        assert _run(qtbot, worker, "check", large_check).value() is None
    finally:
        _Loaded.kept = []
