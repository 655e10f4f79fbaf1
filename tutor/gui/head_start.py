"""The grammar engine's head start: Harper's dictionary is built while Qt loads.

Harper's linter takes over a second to build its curated dictionary, and the
dictionary is shared by every linter in the process. Started first thing, on a
thread of its own, that build runs beside the import of Qt and the building of
the window (Harper releases the GIL), so the engine the ``engine`` lane builds
later, of whatever dialect, is ready at once.

This is the one piece of background work not started by ``Worker.submit``: the
worker needs Qt, and loading Qt (about 0.3 s) is part of the time it wins.
Nothing is handed over and no result is read: the thread only fills Harper's
process-wide dictionary, and a linter built before it is done waits for it.
"""

from __future__ import annotations

import os
import sys
import threading

# The build's niceness on Linux: where the process has fewer free cores than threads with
# work (this 2-core machine under load), the window is built first and Harper takes the rest.
NICENESS = 10


def start_harper() -> threading.Thread:
    """Start building Harper's shared dictionary on a daemon thread; returns at once."""
    thread = threading.Thread(target=_build, name="harper-head-start", daemon=True)
    thread.start()
    return thread


def _build() -> None:
    from tutor.core.grammar.harper_engine import build_shared_dictionary

    _yield_to_the_window()
    build_shared_dictionary()


def _yield_to_the_window() -> None:
    """Lower this thread's priority below the GUI thread's. Linux only: there each thread has
    its own niceness, where elsewhere ``setpriority`` would lower the whole process."""
    if sys.platform.startswith("linux"):
        try:
            os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), NICENESS)
        except OSError:
            pass  # not allowed here: the build runs at the usual priority
