"""The user's data folder: settings, autosaved drafts, personal dictionary.

``PRECIS_TUTOR_HOME`` overrides the location (tests point it at a temporary folder).
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

LEFTOVER_AGE_S = 60  # a .tmp file this old belongs to no write in progress


def data_dir() -> Path:
    override = os.environ.get("PRECIS_TUTOR_HOME")
    if override:
        root = Path(override)
    elif sys.platform == "win32":
        root = Path(os.environ.get("APPDATA", Path.home())) / "PrecisTutor"
    elif sys.platform == "darwin":
        root = Path.home() / "Library" / "Application Support" / "PrecisTutor"
    else:
        root = Path(os.environ.get("XDG_DATA_HOME", Path.home() / ".local" / "share")) / "precis-tutor"
    try:
        root.mkdir(parents=True, exist_ok=True)
    except OSError:
        pass  # data_dir_problem() says why; readers find nothing, writers report their own failure
    return root


def data_dir_problem() -> str:
    """Why the data folder cannot hold the student's files (one line), or "" when it can.

    A read-only home, or a file where the folder should be, make it unusable.
    """
    root = data_dir()
    if not root.is_dir():
        return f"the data folder {root} cannot be created" + (
            " (a file has that name)." if root.exists() else " (permission denied or read-only).")
    if not os.access(root, os.W_OK | os.X_OK):
        return f"the data folder {root} cannot be written to (permission denied or read-only)."
    return ""


def remove_leftovers(folder: Path) -> int:
    """Delete the ``.NAME.*.tmp`` files that ``write_atomic`` left when the app was killed
    mid-write (older than ``LEFTOVER_AGE_S`` seconds, so another instance's write in
    progress is safe). Returns how many were removed; never raises."""
    removed = 0
    try:
        candidates = list(folder.glob(".*.tmp"))
    except OSError:
        return 0
    for path in candidates:
        try:
            if time.time() - path.stat().st_mtime > LEFTOVER_AGE_S:
                path.unlink()
                removed += 1
        except OSError:
            continue
    return removed


def write_atomic(path: Path, text: str) -> None:
    """Write ``text`` so that a crash leaves either the old file or the new one, never half.

    Raises ``OSError`` (a full disk, a read-only folder), never ``UnicodeEncodeError``:
    a lone surrogate, which UTF-8 cannot hold, is written as its escape ``\\ud800``,
    which a JSON reader turns back into the same character.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", errors="backslashreplace") as f:
            f.write(text)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
