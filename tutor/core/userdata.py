"""The user's data folder: settings, autosaved drafts, personal dictionary.

``PRECIS_TUTOR_HOME`` overrides the location (tests point it at a temporary folder).
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path


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
    root.mkdir(parents=True, exist_ok=True)
    return root


def write_atomic(path: Path, text: str) -> None:
    """Write ``text`` so that a crash leaves either the old file or the new one, never half."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(text)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
