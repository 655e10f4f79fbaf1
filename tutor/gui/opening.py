"""Reading passages and précis from files, without any dialog: the window shows the outcome.

Every function raises ``InputProblem`` (a full sentence for the student) when
the file cannot be used, before anything on screen has changed.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from pathlib import Path

from tutor.core.packs import is_pack_file, load_pack
from tutor.core.passage import Passage, passage_from_file, passage_from_text
from tutor.core.textfile import check_size, read_text
from tutor.core.title import split_title
from tutor.gui.drafts.autosave import Draft


@dataclass(frozen=True)
class PassageSource:
    """A passage and where it came from (so a draft can find it again)."""

    passage: Passage
    kind: str  # "library", "pack" or "text" (a .txt file or a paste)
    pack_path: str = ""

    @property
    def key(self) -> str:
        """Names the passage across sessions: its drafts are kept under this."""
        p = self.passage
        if self.kind == "library":
            return f"library:{p.id}"
        if self.kind == "pack":
            return f"pack:{self.pack_path}:{p.id}"
        return "text:" + hashlib.sha256(p.text.encode("utf-8")).hexdigest()[:20]

    def draft(self, title: str, precis: str) -> Draft:
        p = self.passage
        return Draft(passage_kind=self.kind, passage_id=p.id, pack_path=self.pack_path, passage_title=p.title,
                     passage_text=p.text, origin=p.origin, title=title, precis=precis)


@dataclass(frozen=True)
class Opened:
    sources: tuple[PassageSource, ...]  # one, or a pack's passages to choose from
    note: str = ""  # e.g. the file was read as Windows-1252


def split_loaded_precis(text: str) -> tuple[str, str]:
    """(title, body) of a précis opened or pasted whole: a title line goes to the title field."""
    found = split_title(text)
    if found.title_span is None:
        return "", text
    line_end = text.find("\n", found.title_span.end)
    body = text[line_end + 1:] if line_end >= 0 else ""
    return found.title, body.lstrip("\n")


def open_passage_file(path: str) -> Opened:
    """A .txt passage, or the passages of a pack (.json)."""
    if is_pack_file(path):
        pack = load_pack(path)
        return Opened(tuple(PassageSource(p, "pack", str(path)) for p in pack.passages))
    loaded = read_text(path)
    passage = passage_from_file(loaded.text, path)
    return Opened((PassageSource(passage, "text"),), loaded.note)


def open_precis_file(path: str) -> tuple[str, str, str]:
    """(title, body, note) of a précis in a .txt file; a first line that is a title goes to the title."""
    loaded = read_text(path)
    title, body = split_loaded_precis(loaded.text)
    return title, body, loaded.note


def pasted_source(text: str, title: str) -> PassageSource:
    return PassageSource(passage_from_text(text, origin="", title=title.strip()), "text")


def source_from_draft(draft: Draft, library) -> PassageSource | None:
    """The draft's passage: from the library or its pack when still there, else its saved text."""
    try:
        if draft.passage_kind == "library":
            return PassageSource(library.find(draft.passage_id), "library")
        if draft.passage_kind == "pack":
            return PassageSource(load_pack(draft.pack_path).passage(draft.passage_id), "pack", draft.pack_path)
    except Exception:  # noqa: BLE001 - moved, changed or now refused: the saved text still holds it
        pass
    if not draft.passage_text.strip():
        return None
    check_size(draft.passage_text, "The saved passage")
    passage = Passage(id=draft.passage_id or "pasted", title=draft.passage_title or "Passage",
                      text=draft.passage_text, origin=draft.origin)
    return PassageSource(passage, "text")


def precis_file_text(title: str, body: str) -> str:
    """What "Save précis" writes: the title on its own line, a blank line, the précis."""
    body = body.rstrip("\n") + "\n"
    return f"{title.strip()}\n\n{body}" if title.strip() else body
