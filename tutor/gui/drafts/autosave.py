"""The draft: autosaved every few seconds and on quit, offered back after a crash.

Stored as ``data_dir()/draft.json``, written atomically::

    {"version": 1, "clean": false, "saved_at": "2025-01-31T14:02:11",
     "draft": {"passage_kind": "library", "passage_id": "...", ...}}

``clean`` is true only when the app closed normally, so a start that finds
``clean: false`` knows the last session ended in a crash. A draft the student
declines to restore is kept aside, never deleted: nothing typed is lost.
"""

from __future__ import annotations

import json
import time
from dataclasses import asdict, dataclass, fields
from pathlib import Path

from tutor.core.userdata import write_atomic

FILE_NAME = "draft.json"
_VERSION = 1
KINDS = ("none", "library", "pack", "text")


@dataclass(frozen=True)
class Draft:
    passage_kind: str = "none"  # where the passage came from, one of KINDS
    passage_id: str = ""
    pack_path: str = ""
    passage_title: str = ""
    passage_text: str = ""  # always kept, so the passage comes back even if its file is gone
    origin: str = ""
    title: str = ""
    precis: str = ""

    @property
    def has_writing(self) -> bool:
        return bool(self.title.strip() or self.precis.strip())


@dataclass(frozen=True)
class SavedDraft:
    draft: Draft
    clean: bool
    saved_at: str


class DraftStore:
    def __init__(self, folder: Path):
        self.path = folder / FILE_NAME

    def save(self, draft: Draft, *, clean: bool) -> None:
        data = {"version": _VERSION, "clean": clean, "saved_at": time.strftime("%Y-%m-%dT%H:%M:%S"),
                "draft": asdict(draft)}
        write_atomic(self.path, json.dumps(data, ensure_ascii=False, indent=1))

    def load(self) -> SavedDraft | None:
        """The saved draft, or None when there is none or it cannot be read (it is then kept aside)."""
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            raw = data["draft"]
            draft = Draft(**{f.name: str(raw.get(f.name, "")) for f in fields(Draft)})
            if draft.passage_kind not in KINDS:
                draft = Draft(**{**asdict(draft), "passage_kind": "text"})
            return SavedDraft(draft, bool(data.get("clean")), str(data.get("saved_at", "")))
        except FileNotFoundError:
            return None
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            self.keep_aside("unreadable")
            return None

    def keep_aside(self, why: str) -> Path | None:
        """Move the draft file out of the way under a new name; the path it went to."""
        if not self.path.exists():
            return None
        target = self.path.with_name(f"draft-{why}-{time.strftime('%Y%m%d-%H%M%S')}.json")
        try:
            self.path.replace(target)
        except OSError:
            return None
        return target
