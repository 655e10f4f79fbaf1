"""Writing passage packs (format ``precis-tutor-pack``, version 1), as teachers author them.

Every write is checked by the same loader that reads packs (``packs.parse_pack``)
before anything touches the disk, so a pack this module writes always opens, and
a problem is reported exactly as the loader words it (file, passage, field).
Files are written atomically: a failed save leaves the old pack as it was.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from tutor.core.errors import InputProblem
from tutor.core.packs import FORMAT, VERSION, Pack, load_pack, parse_pack
from tutor.core.passage import AuthoredKeyPoint, Passage
from tutor.core.textfile import read_text, shown_name
from tutor.core.userdata import write_atomic


def slug(text: str, fallback: str = "passage") -> str:
    """A file- and id-friendly name: lower-case ASCII words joined by hyphens (at most 40 characters)."""
    words = re.findall(r"[a-z0-9]+", text.lower())
    return "-".join(words)[:40].strip("-") or fallback


def key_point_json(point: AuthoredKeyPoint) -> dict:
    raw: dict = {"id": point.id, "text": point.text, "weight": point.weight}
    if point.source is not None:
        raw["source"] = point.source
    if point.accept:
        raw["accept"] = list(point.accept)
    if point.optional:
        raw["optional"] = True
    return raw


def passage_json(passage: Passage) -> dict:
    """One passage as a pack holds it; ``words`` is left out (the loader counts it)."""
    raw: dict = {"id": passage.id, "title": passage.title, "level": passage.level, "text": passage.text}
    if passage.subject:
        raw["subject"] = passage.subject
    if passage.author:
        raw["author"] = passage.author
    if passage.question:
        raw["question"] = passage.question
    if passage.target_words is not None:
        raw["target_words"] = passage.target_words
    if passage.key_points:
        raw["key_points"] = [key_point_json(k) for k in passage.key_points]
    if passage.model_precis:
        raw["model_precis"] = [{"title": m.title, "text": m.text} if m.title else {"text": m.text}
                               for m in passage.model_precis]
    return raw


def pack_text(name: str, passages: list[dict]) -> str:
    """The JSON text of a pack holding ``passages`` (raw passage objects), UTF-8 friendly."""
    return json.dumps({"format": FORMAT, "version": VERSION, "name": name, "passages": passages},
                      ensure_ascii=False, indent=2) + "\n"


def check_passage(passage: Passage, path: str | Path) -> Pack:
    """Validate one passage as the loader would read it from ``path``; ``InputProblem`` if not."""
    return parse_pack(pack_text(Path(path).stem, [passage_json(passage)]), str(path))


def save_pack(path: str | Path, passage: Passage, name: str = "") -> Pack:
    """Write a new pack holding ``passage`` (replacing any file at ``path``).

    Raises ``InputProblem`` naming the file, passage and field of the first fault,
    or saying why the file cannot be written; nothing is written then.
    """
    text = pack_text(name or Path(path).stem, [passage_json(passage)])
    pack = parse_pack(text, str(path))
    _write(path, text)
    return pack


def add_to_pack(path: str | Path, passage: Passage) -> Pack:
    """Add ``passage`` to the existing pack at ``path``, replacing the passage with its id.

    The other passages are kept as written (fields this version does not know included).
    Raises ``InputProblem`` if the pack cannot be read, or the result would not load.
    """
    load_pack(path)  # a broken pack is refused with the loader's own message
    raw = json.loads(read_text(path).text)
    others = [p for p in raw["passages"] if not (isinstance(p, dict) and p.get("id") == passage.id)]
    at = next((i for i, p in enumerate(raw["passages"]) if isinstance(p, dict) and p.get("id") == passage.id),
              len(others))
    others.insert(at, passage_json(passage))
    raw["passages"] = others
    text = json.dumps(raw, ensure_ascii=False, indent=2) + "\n"
    pack = parse_pack(text, str(path))
    _write(path, text)
    return pack


def _write(path: str | Path, text: str) -> None:
    try:
        write_atomic(Path(path), text)
    except OSError as e:
        raise InputProblem(f"{shown_name(path)} cannot be written: {e.strerror or e}.", str(path))

