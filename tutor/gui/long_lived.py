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
  frees nothing), so ``collection_paused`` switches the collector off while a background job
  runs and collects the youngest generation after it, where all the job made still is
  (about 1 ms).
"""

from __future__ import annotations

import gc
import threading
from contextlib import contextmanager
from typing import Iterator

_frozen = False
_lock = threading.Lock()
_jobs_running = 0
_resume = True  # was the collector on when the first of the running jobs began?


def freeze_loaded_objects() -> None:
    """Once per process, after the first check with every grammar rule (by then everything slow to
    load has been loaded). Later calls do nothing: what a check makes must stay collectable."""
    global _frozen
    if not _frozen:
        _frozen = True
        gc.freeze()


@contextmanager
def collection_paused() -> Iterator[None]:
    """No automatic cyclic collection while the block runs, in any thread; then a collection of the
    youngest generation. Jobs on several lanes may overlap: the collector comes back when the
    last of them ends, and only if it was on before the first began."""
    global _jobs_running, _resume
    with _lock:
        if _jobs_running == 0:
            _resume = gc.isenabled()
            gc.disable()
        _jobs_running += 1
    try:
        yield
    finally:
        with _lock:
            _jobs_running -= 1
            last = _jobs_running == 0
            if last and _resume:
                gc.enable()
        if last:
            gc.collect(0)  # outside the lock: finalizers it runs may start other work
