"""Python's cyclic garbage collector kept out of the window's way, so that a check in the
background never stops the window taking key presses.

Python's full collection walks every tracked object while holding the interpreter lock,
so the GUI thread waits for it however short the switch interval is. Two things made it
stall the window (``bench/gui.py``, "longest stall", 20,000-word one-paragraph précis):

* What the app loads once (spaCy, lemminflect's tables, the word lists): hundreds of
  thousands of objects, walked in 0.1-0.3 s. ``gc.freeze`` moves everything alive at that
  moment to a generation the collector never walks again; those objects live as long as
  the app anyway.
* What a check holds while it runs (the précis's tokens, sentences, matches): collections
  triggered midway walked it in 40-60 ms each, several times a check, even with the loaded
  objects frozen. A check makes no cyclic garbage (a collection after a 20,000-word check
  frees nothing), so the collector is off while a background job runs (``pause_collection``)
  and the GUI thread collects the youngest generation when its result arrives, where all
  the job made still is (``resume_collection``, about 1 ms).

Until the loaded objects are frozen for good, a job that loads a library leaves them all in
the youngest generation: the first check imports nltk and builds lemminflect's tables
(236,000 objects, walked in 90-120 ms at the first report). So while start-up is loading,
a youngest generation larger than ``LOADED`` is frozen too, not walked.

Checks and the grammar engine now run in the check process (``check_process``); the pause
still covers what the window's own threads do meanwhile (reading a report, marking a class).
"""

from __future__ import annotations

import gc
import threading

# More objects than a check leaves in the youngest generation, and fewer than a library's
# import: nltk's, for the content analysis, 87,000; lemminflect's tables 65,000.
LOADED = 50_000
_frozen = False
_lock = threading.Lock()
_jobs_running = 0
_paused = False
_resume = True  # was the collector on when the pause began?


def freeze_loaded_objects() -> None:
    """Once per process, after the first check with every grammar rule (by then everything slow to
    load has been loaded). Later calls do nothing: what a check makes must stay collectable."""
    global _frozen
    if not _frozen:
        _frozen = True
        gc.freeze()


def pause_collection() -> None:
    """No automatic cyclic collection, in any thread, from now until ``resume_collection``
    (any thread; a background job calls it as it starts, and ``job_ended`` as it ends)."""
    global _jobs_running, _paused, _resume
    with _lock:
        if not _paused:
            _paused, _resume = True, gc.isenabled()
            gc.disable()
        _jobs_running += 1


def job_ended() -> None:
    """A job that paused collection has ended (any thread)."""
    global _jobs_running
    with _lock:
        _jobs_running -= 1


def resume_collection() -> None:
    """GUI thread only, when a job's result arrives: once no paused job is still running, the
    collector is back on (if it was on before) and the youngest generation, where everything
    the jobs made still is, is collected here (or, while start-up loads, frozen when it holds
    more than ``LOADED`` objects). Never in a job's thread: garbage can hold Qt objects, and a
    widget freed outside the GUI thread crashes the app."""
    global _paused
    with _lock:
        if _jobs_running or not _paused:
            return
        _paused = False
        if _resume:
            gc.enable()
    if not _frozen and gc.get_count()[0] > LOADED:
        gc.freeze()  # what start-up loaded: kept from now on, as freeze_loaded_objects keeps it
    else:
        gc.collect(0)  # outside the lock: finalizers it runs may start other work
