"""The student's personal dictionary and ignored rules, kept across runs.

Stored as ``data_dir()/dictionary.json``::

    {"version": 1, "words": ["Gwadar", ...], "ignored_rules": ["SpellCheck", ...]}

Promises: every change is written at once and atomically; a missing file is
an empty dictionary; a broken or unreadable file never crashes the app — the
dictionary starts empty, ``note`` says what happened, and the broken file is
kept aside (``dictionary.broken.json``) before it is first overwritten.
"""

from __future__ import annotations

import json
import shutil
import threading
from pathlib import Path

from tutor.core.userdata import data_dir, write_atomic

FILE_NAME = "dictionary.json"
_FORMAT_VERSION = 1


class PersonalDictionary:
    """Thread-safe: readers get immutable snapshots (``words``, ``ignored_rules``),
    so a check running in a worker thread never sees a half-made change."""

    def __init__(self, path: Path, words: frozenset[str] = frozenset(),
                 ignored_rules: frozenset[str] = frozenset(), note: str = "") -> None:
        self.path = path
        self.words = words
        self.ignored_rules = ignored_rules
        self.note = note
        self._broken = bool(note) and path.exists()
        self._lock = threading.Lock()

    @classmethod
    def load(cls, path: Path | None = None) -> "PersonalDictionary":
        """Read the dictionary (default: in ``data_dir()``); never raises for bad content."""
        path = path if path is not None else data_dir() / FILE_NAME
        try:
            raw = path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return cls(path)
        except (OSError, UnicodeDecodeError) as exc:
            return cls(path, note=f"Personal dictionary unreadable ({exc.__class__.__name__}); starting empty")
        try:
            words, rules = _parse(raw)
        except ValueError as exc:
            return cls(path, note=f"Personal dictionary damaged ({exc}); starting empty")
        return cls(path, words, rules)

    def add_word(self, word: str) -> None:
        word = word.strip()
        if word:
            self._change(words=self.words | {word})

    def remove_word(self, word: str) -> None:
        self._change(words=self.words - {word.strip()})

    def ignore_rule(self, rule_id: str) -> None:
        if rule_id:
            self._change(rules=self.ignored_rules | {rule_id})

    def unignore_rule(self, rule_id: str) -> None:
        self._change(rules=self.ignored_rules - {rule_id})

    def _change(self, words: frozenset[str] | None = None, rules: frozenset[str] | None = None) -> None:
        with self._lock:
            new_words = self.words if words is None else words
            new_rules = self.ignored_rules if rules is None else rules
            if (new_words, new_rules) == (self.words, self.ignored_rules):
                return
            self._keep_broken_file()
            write_atomic(self.path, _dump(new_words, new_rules))
            # Publish only after the write succeeded, so memory matches the disk.
            self.words, self.ignored_rules = new_words, new_rules

    def _keep_broken_file(self) -> None:
        # The student may want to rescue words from a damaged file by hand.
        if self._broken:
            try:
                shutil.copyfile(self.path, self.path.with_name("dictionary.broken.json"))
            except OSError:
                pass
            self._broken = False


def _parse(raw: str) -> tuple[frozenset[str], frozenset[str]]:
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise ValueError(f"not JSON: {exc.msg} at line {exc.lineno}") from None
    if not isinstance(data, dict):
        raise ValueError("not a JSON object")
    return _strings(data, "words"), _strings(data, "ignored_rules")


def _strings(data: dict, key: str) -> frozenset[str]:
    value = data.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ValueError(f"'{key}' is not a list of strings")
    return frozenset(v for v in value if v.strip())


def _dump(words: frozenset[str], rules: frozenset[str]) -> str:
    data = {"version": _FORMAT_VERSION, "words": sorted(words, key=str.casefold),
            "ignored_rules": sorted(rules)}
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
