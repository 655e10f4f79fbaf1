"""Harper's process-wide tables: built once per process, before anything can be underlined.

Every ``harper.Linter`` shares Harper's curated dictionary: the first build takes about
0.9 s of CPU (Rust, without the GIL), a later one of any dialect about 10 ms, and a build
started meanwhile waits inside Harper for the first. The first lint then warms more shared
tables (0.07 s); later linters' first lints take a few ms. ``build_shared_tables`` does both,
once per process; the check process calls it first thing, before importing any module of
ours (this module imports nothing else, so the build starts at once), and ``HarperEngine``
calls it before building its own linter, so a check never pays for the tables beside it.
"""

from __future__ import annotations

import threading

_lock = threading.Lock()
_built = False


def build_shared_tables() -> None:
    """Build Harper's shared dictionary and warm its first lint, unless done in this process;
    a call meanwhile waits for the one under way (seconds, the first time; then nothing).
    Never raises: a broken wheel is reported by the ``HarperEngine`` that needs it."""
    global _built
    with _lock:
        if _built:
            return
        try:
            import harper

            harper.Linter().lint("They recieve it.")
        except Exception:  # noqa: BLE001 - the engine's own build meets the same failure and says why
            pass
        _built = True
