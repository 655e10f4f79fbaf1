"""One draft per passage: switching passages shelves the précis and takes down the new passage's own.

Kept in ``data_dir()/drafts-by-passage.json``, written atomically on every change::

    {"version": 1, "drafts": {"library:ir-corridor": {"title": "...", "precis": "...",
                                                        "file_path": "", "file_text": null}}}

A précis is therefore never checked against a passage it was not written for,
and switching back finds it as it was, with the file it belongs to.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from pathlib import Path

from tutor.core.userdata import write_atomic

FILE_NAME = "drafts-by-passage.json"
_VERSION = 1


@dataclass(frozen=True)
class FileLink:
    """The file a précis was opened from or saved to, and what that file holds
    (as ``precis_file_text`` writes it), so a change since can be told."""

    path: str
    text: str


@dataclass(frozen=True)
class ShelvedPrecis:
    title: str = ""
    precis: str = ""
    link: FileLink | None = None

    @property
    def has_writing(self) -> bool:
        return bool(self.title.strip() or self.precis.strip())


def _from_json(raw: dict) -> ShelvedPrecis:
    path, text = raw.get("file_path"), raw.get("file_text")
    link = FileLink(str(path), str(text)) if path and text is not None else None
    return ShelvedPrecis(str(raw.get("title", "")), str(raw.get("precis", "")), link)


def _to_json(item: ShelvedPrecis) -> dict:
    link = asdict(item.link) if item.link else {"path": "", "text": None}
    return {"title": item.title, "precis": item.precis, "file_path": link["path"], "file_text": link["text"]}


class DraftShelf:
    """The drafts of the passages not on screen, by ``PassageSource.key``."""

    def __init__(self, folder: Path):
        self.path = folder / FILE_NAME
        self._items = self._load()

    def _load(self) -> dict[str, ShelvedPrecis]:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            return {str(k): _from_json(v) for k, v in data["drafts"].items() if isinstance(v, dict)}
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            return {}  # none yet, or damaged: start an empty shelf (the current draft is in draft.json)

    def put(self, key: str, item: ShelvedPrecis) -> None:
        """Shelve ``item`` for the passage ``key`` (an empty précis leaves no entry).

        Raises OSError when the shelf cannot be written; the entry is kept in memory.
        """
        if item.has_writing:
            self._items[key] = item
        else:
            self._items.pop(key, None)
        self._write()

    def take(self, key: str) -> ShelvedPrecis | None:
        """The passage's shelved draft, or None; it stays on the shelf until replaced."""
        return self._items.get(key)

    def _write(self) -> None:
        data = {"version": _VERSION, "drafts": {k: _to_json(v) for k, v in self._items.items()}}
        write_atomic(self.path, json.dumps(data, ensure_ascii=False, indent=1))
