"""Passage packs: versioned JSON files holding passages, key points and model précis.

A pack looks like::

    {"format": "precis-tutor-pack", "version": 1, "name": "...",
     "passages": [{"id": "...", "title": "...", "level": "intermediate",
                   "subject": "economics", "words": 312, "text": "...",
                   "author": "...", "question": "Summarise ...",
                   "target_words": 104,
                   "key_points": [{"id": "kp1", "text": "...", "weight": 2,
                                   "source": "verbatim words of the passage",
                                   "accept": ["another wording"], "optional": false}],
                   "model_precis": [{"title": "...", "text": "..."}]}]}

``author`` (who wrote the passage, one line), ``question`` (the task set on it),
``target_words`` and each key point's ``weight``, ``source``, ``accept`` and
``optional`` may be left out. A pack that breaks any rule is refused with a
message naming the file, the passage and the field.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tutor.core.errors import InputProblem
from tutor.core.passage import LEVELS, AuthoredKeyPoint, ModelPrecis, Passage
from tutor.core.textfile import MAX_CHARS, quoted, read_text, shown_name
from tutor.core.tokens import count_words

FORMAT = "precis-tutor-pack"
_NUMBER_TEXT = re.compile(r"\d+(?:\.\d+)?")
VERSION = 1


@dataclass(frozen=True, slots=True)
class Pack:
    name: str
    path: str
    passages: tuple[Passage, ...]

    def passage(self, passage_id: str) -> Passage:
        for p in self.passages:
            if p.id == passage_id:
                return p
        known = ", ".join(p.id for p in self.passages)
        raise InputProblem(f"{shown_name(self.path)}: no passage with id {quoted(passage_id)}. It has: {known}.",
                           self.path)


class _Where:
    """Builds the error messages: file, passage, field."""

    def __init__(self, path: str):
        self.path = path
        self.name = shown_name(path)  # for messages: one line, whatever the name holds
        self.passage = ""

    def fail(self, field: str, problem: str) -> InputProblem:
        where = f"passage {quoted(self.passage)}, " if self.passage else ""
        return InputProblem(f"{self.name}: {where}field '{field}': {problem}", self.path)


def _get(obj: dict, key: str, kind: type | tuple, where: _Where, field: str, required: bool = True) -> Any:
    if key not in obj:
        if required:
            raise where.fail(field, "is missing.")
        return None
    value = obj[key]
    if isinstance(value, bool) and kind is not bool and bool not in (kind if isinstance(kind, tuple) else (kind,)):
        raise where.fail(field, f"must be {_kind_name(kind)}, not true/false.")
    if not isinstance(value, kind):
        numeric = int in (kind if isinstance(kind, tuple) else (kind,))
        if numeric and isinstance(value, str) and _NUMBER_TEXT.fullmatch(value.strip()):
            raise where.fail(field, f"must be {_kind_name(kind)}, written without quotes ({value.strip()}, "
                                    f"not {quoted(value)}).")
        raise where.fail(field, f"must be {_kind_name(kind)}.")
    if isinstance(value, str) and required and not value.strip():
        raise where.fail(field, "is empty.")
    return value


def _whole_number(obj: dict, key: str, most: int, where: _Where) -> int | None:
    """An optional whole number from 1 to ``most``; anything else (400 digits, 2**63, 0) is refused."""
    value = _get(obj, key, int, where, key, required=False)
    if value is not None and not 1 <= value <= max(1, most):
        shown = str(value) if -10**12 < value < 10**12 else f"a number of {len(str(abs(value)))} digits"
        raise where.fail(key, f"must be a whole number from 1 to {max(1, most):,}, not {shown}.")
    return value


def _broken_text(raw: Any) -> str:
    """The place of the first text holding a lone UTF-16 surrogate (``"\\ud800"`` in the
    JSON: half of a character, which no file can store), or "" when there is none."""
    stack: list[tuple[str, Any]] = [("", raw)]
    while stack:  # a loop, not recursion: the JSON may be nested deeply
        place, value = stack.pop()
        if isinstance(value, str) and any("\ud800" <= ch <= "\udfff" for ch in value):
            return place or "the pack"
        if isinstance(value, dict):
            for key, item in value.items():
                stack.append((f"{place}.{key}" if place else str(key), key))
                stack.append((f"{place}.{key}" if place else str(key), item))
        elif isinstance(value, list):
            stack.extend((f"{place}[{i}]", item) for i, item in enumerate(value))
    return ""


def _kind_name(kind: type | tuple) -> str:
    names = {str: "text", int: "a whole number", float: "a number", list: "a list",
             dict: "an object", bool: "true or false"}
    kinds = kind if isinstance(kind, tuple) else (kind,)
    if set(kinds) == {int, float}:
        return "a number"
    return " or ".join(names.get(k, k.__name__) for k in kinds)


def _key_point(raw: Any, index: int, text: str, where: _Where) -> AuthoredKeyPoint:
    field = f"key_points[{index}]"
    if not isinstance(raw, dict):
        raise where.fail(field, "must be an object.")
    kp_id = _get(raw, "id", str, where, f"{field}.id")
    kp_text = _get(raw, "text", str, where, f"{field}.text")
    weight = _get(raw, "weight", (int, float), where, f"{field}.weight", required=False)
    if weight is not None and not (0 < weight < 1e6):  # also refuses NaN and Infinity
        raise where.fail(f"{field}.weight", "must be a number greater than 0.")
    source = _get(raw, "source", str, where, f"{field}.source", required=False)
    if source is not None and not source.strip():
        raise where.fail(f"{field}.source", "is empty; quote the words of the passage the point comes from.")
    if source is not None and source not in text:
        raise where.fail(f"{field}.source", f"{quoted(_shortened(source))} is not a verbatim part of the passage "
                                            f"text: {_first_difference(source, text)}.")
    accept = _get(raw, "accept", list, where, f"{field}.accept", required=False) or []
    if not all(isinstance(a, str) and a.strip() for a in accept):
        raise where.fail(f"{field}.accept", "must be a list of non-empty texts.")
    optional = _get(raw, "optional", bool, where, f"{field}.optional", required=False)
    return AuthoredKeyPoint(kp_id, kp_text, float(weight or 1.0), tuple(accept), source, bool(optional))


def _shortened(text: str, most: int = 60) -> str:
    return text if len(text) <= most else text[:most].rstrip() + "…"


def _first_difference(source: str, text: str) -> str:
    """Where a key point's ``source`` stops matching the passage ``text``, in words a teacher can
    act on: the source's next characters against the passage's (a curly apostrophe for a straight
    one, a word changed)."""
    low, high = 0, len(source)  # the longest start of the source found in the passage (search halves)
    while low < high:
        mid = (low + high + 1) // 2
        if source[:mid] in text:
            low = mid
        else:
            high = mid - 1
    if low == 0:
        return "not even its first character is in the passage"
    at = text.find(source[:low]) + low
    before = source[max(0, low - 25):low]
    mine, theirs = source[low], text[at] if at < len(text) else ""
    if theirs and not mine.isalnum() and not theirs.isalnum():  # "’" for "'": name the two marks
        return (f"after {quoted(('…' if low > 25 else '') + before)} the source has {mine} "
                f"({unicodedata.name(mine, 'U+%04X' % ord(mine)).lower()}) where the passage has {theirs} "
                f"({unicodedata.name(theirs, 'U+%04X' % ord(theirs)).lower()})")
    return (f"after {quoted(('…' if low > 25 else '') + before)} the source has {quoted(source[low:low + 12])} "
            f"where the passage has {quoted(text[at:at + 12])}")


def _model(raw: Any, index: int, where: _Where) -> ModelPrecis:
    field = f"model_precis[{index}]"
    if not isinstance(raw, dict):
        raise where.fail(field, "must be an object.")
    return ModelPrecis(_get(raw, "text", str, where, f"{field}.text"),
                       _get(raw, "title", str, where, f"{field}.title", required=False) or "")


_AUTHOR_CHARS = 200
_QUESTION_CHARS = 2000


def _short_text(raw: dict, key: str, most: int, where: _Where, one_line: bool) -> str:
    """An optional text field of at most ``most`` characters (one line if ``one_line``), stripped."""
    value = (_get(raw, key, str, where, key, required=False) or "").strip()
    if len(value) > most:
        raise where.fail(key, f"is {len(value):,} characters long; at most {most:,} are allowed.")
    if one_line and "\n" in value.replace("\r", "\n"):
        raise where.fail(key, "must be one line.")
    return value


def _passage(raw: Any, index: int, where: _Where) -> Passage:
    where.passage = ""
    if not isinstance(raw, dict):
        raise where.fail(f"passages[{index}]", "must be an object.")
    pid = _get(raw, "id", str, where, f"passages[{index}].id")
    where.passage = pid
    text = _get(raw, "text", str, where, "text").replace("\r\n", "\n").replace("\r", "\n")
    level = _get(raw, "level", str, where, "level")
    if level not in LEVELS:
        raise where.fail("level", f"'{level}' is not one of {', '.join(LEVELS)}.")
    length = count_words(text)
    words = _whole_number(raw, "words", MAX_CHARS, where)
    if words is not None and words != length:
        raise where.fail("words", f"says {words}, but the text has {length} words.")
    target = _whole_number(raw, "target_words", length, where)
    kps = _get(raw, "key_points", list, where, "key_points", required=False) or []
    key_points = tuple(_key_point(k, i, text, where) for i, k in enumerate(kps))
    ids = [k.id for k in key_points]
    if len(set(ids)) != len(ids):
        raise where.fail("key_points", "two key points share an id.")
    models = _get(raw, "model_precis", list, where, "model_precis", required=False) or []
    return Passage(
        id=pid, title=_get(raw, "title", str, where, "title"), text=text, level=level,
        subject=_get(raw, "subject", str, where, "subject", required=False) or "",
        author=_short_text(raw, "author", _AUTHOR_CHARS, where, one_line=True),
        question=_short_text(raw, "question", _QUESTION_CHARS, where, one_line=False),
        key_points=key_points, model_precis=tuple(_model(m, i, where) for i, m in enumerate(models)),
        target_words=target, origin=where.path,
    )


def parse_pack(data: str, path: str) -> Pack:
    """Validate the JSON text of a pack; raise ``InputProblem`` on any fault."""
    where = _Where(path)
    try:
        raw = json.loads(data)
    except json.JSONDecodeError as e:
        raise InputProblem(f"{where.name}: not valid JSON (line {e.lineno}, column {e.colno}: {e.msg}).", path)
    except RecursionError:
        raise InputProblem(f"{where.name}: not a passage pack (its JSON is nested too deeply to read).", path)
    except ValueError:  # Python refuses to read integers of over 4,300 digits
        raise InputProblem(f"{where.name}: not a passage pack (it holds a number too long to read, "
                           "with thousands of digits).", path)
    if not isinstance(raw, dict) or raw.get("format") != FORMAT:
        raise where.fail("format", f"must be \"{FORMAT}\"; this is not a passage pack.")
    version = raw.get("version")
    if type(version) is not int or version != VERSION:  # true is not 1
        shown = json.dumps(version)[:40] if version is not None else "missing"
        raise where.fail("version", f"is {shown}; this version of Précis Tutor reads version {VERSION}.")
    broken = _broken_text(raw)
    if broken:
        raise where.fail(broken, "holds a broken character (half of a UTF-16 pair, such as \"\\ud800\"). "
                         "Correct that text and save the pack again.")
    items = _get(raw, "passages", list, where, "passages")
    if not items:
        raise where.fail("passages", "holds no passages.")
    passages = tuple(_passage(p, i, where) for i, p in enumerate(items))
    where.passage = ""
    ids = [p.id for p in passages]
    dup = next((i for i in ids if ids.count(i) > 1), None)
    if dup:
        raise where.fail("passages", f"the id {quoted(dup)} is used twice.")
    return Pack(name=raw.get("name") or Path(path).stem, path=path, passages=passages)


def load_pack(path: str | Path) -> Pack:
    return parse_pack(read_text(path).text, str(path))


def is_pack_file(path: str | Path) -> bool:
    return str(path).lower().endswith(".json")
