"""Every submitted attempt, kept in SQLite (``data_dir()/history.sqlite3``) for weeks of practice.

One row per attempt: the passage (id, SHA-256 of its text, and the text itself for
a pasted passage), the title and précis exactly as checked, the full report as
JSON (schema 1, from ``Report.to_json``), the score parts, the time taken and
the date. The schema version is SQLite's ``user_version``; ``_MIGRATIONS`` takes
a database from any older version to ``SCHEMA_VERSION``, one transaction per step.

A database that cannot be read (corrupt, not a database) or stays locked is moved
aside under a dated name, never deleted, and a fresh one is started; ``problem``
says so in a sentence for the student. Every write is one transaction, so a kill
mid-write loses at most the attempt being written.
"""

from __future__ import annotations

import calendar
import hashlib
import json
import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path

FILE_NAME = "history.sqlite3"
SCHEMA_VERSION = 2
LOCK_WAIT_SECONDS = 3.0
PART_COLUMNS = ("content", "language", "length", "own_words", "title")  # score part names, in report order
MODES = ("practice", "exam")

# Each step takes the database from version N-1 to N. Version 1 is the first release's schema.
_MIGRATIONS: dict[int, tuple[str, ...]] = {
    1: ("""CREATE TABLE attempts (
            id INTEGER PRIMARY KEY,
            created_at TEXT NOT NULL,
            passage_id TEXT NOT NULL,
            passage_hash TEXT NOT NULL,
            passage_title TEXT NOT NULL,
            passage_text TEXT NOT NULL DEFAULT '',
            title TEXT NOT NULL,
            precis TEXT NOT NULL,
            report_json TEXT NOT NULL,
            total REAL NOT NULL,
            content REAL, language REAL, length REAL, own_words REAL, title_points REAL,
            seconds REAL)""",),
    # Exams: how the attempt was written and the time allowed; a faster list per passage.
    2: ("ALTER TABLE attempts ADD COLUMN mode TEXT NOT NULL DEFAULT 'practice'",
        "ALTER TABLE attempts ADD COLUMN time_limit REAL",
        "CREATE INDEX attempts_by_passage ON attempts (passage_id, created_at)"),
}


class HistoryProblem(Exception):
    """The history cannot be read or written; the message is a sentence for the student."""


@dataclass(frozen=True, slots=True)
class Attempt:
    """One stored attempt. ``parts`` maps score part names (``PART_COLUMNS``) to points;
    ``seconds`` is the time taken (None when not timed); ``created_at`` is UTC ISO 8601."""

    id: int
    created_at: str
    passage_id: str
    passage_hash: str
    passage_title: str
    passage_text: str  # "" unless the passage was pasted or opened from a file
    title: str
    precis: str  # the précis as checked; every span in the report is an offset into it
    report_json: str
    total: float
    parts: tuple[tuple[str, float], ...]
    seconds: float | None
    mode: str
    time_limit: float | None

    def report(self) -> dict:
        """The report as it was (schema 1)."""
        return json.loads(self.report_json)

    @property
    def out_of(self) -> float:
        return float(self.report().get("score", {}).get("out_of", 20))

    def to_json(self) -> dict:
        """The attempt for ``precis-tutor history --json``: the stored report is included as it was."""
        return {"id": self.id, "created_at": self.created_at, "mode": self.mode,
                "passage": {"id": self.passage_id, "title": self.passage_title, "sha256": self.passage_hash,
                            "text": self.passage_text or None},
                "title": self.title, "precis": self.precis, "total": self.total, "parts": dict(self.parts),
                "seconds": self.seconds, "time_limit": self.time_limit, "report": self.report()}


@dataclass(frozen=True, slots=True)
class AttemptFilter:
    """Which attempts to list: all of them by default. ``since`` (inclusive) and ``before``
    (exclusive) are UTC times as stored (``2026-11-30T05:40:12Z``); scores are inclusive."""

    passage_id: str | None = None
    since: str | None = None
    before: str | None = None
    low: float | None = None
    high: float | None = None


def text_hash(text: str) -> str:
    """SHA-256 of the passage text (UTF-8), as 64 hex digits."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _now() -> str:
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())


class History:
    """The attempts database. Open with ``History.open(folder)``; ``problem`` is "" when all was well."""

    def __init__(self, connection: sqlite3.Connection, path: Path, problem: str = ""):
        self._db = connection
        self.path = path
        self.problem = problem

    @classmethod
    def open(cls, folder: Path, lock_wait: float = LOCK_WAIT_SECONDS) -> "History":
        """The history in ``folder``, migrated to ``SCHEMA_VERSION``.

        Raises HistoryProblem only when the file was written by a newer Précis Tutor
        (it is left as it is) or a fresh database cannot be created either.
        """
        path = Path(folder) / FILE_NAME
        try:
            return cls(_connect(path, lock_wait), path)
        except sqlite3.DatabaseError as exc:  # corrupt, not a database, or locked past the wait
            why = "locked" if "locked" in str(exc).lower() or "busy" in str(exc).lower() else "unreadable"
        aside = keep_aside(path, why)
        try:
            fresh = _connect(path, lock_wait)
        except sqlite3.DatabaseError as exc:
            raise HistoryProblem(f"The history of attempts cannot be opened: {exc}.") from exc
        reason = "was locked by another program" if why == "locked" else "could not be read"
        kept = f" The old file is kept as {aside.name}." if aside else ""
        return cls(fresh, path, f"The history of attempts ({path}) {reason}, so a new one was started.{kept}")

    def close(self) -> None:
        self._db.close()

    def add(self, report: dict, precis: str, *, passage_text: str, keep_passage_text: bool,
            seconds: float | None = None, mode: str = "practice", time_limit: float | None = None,
            created_at: str | None = None) -> Attempt:
        """Store one attempt in one transaction and return it.

        ``report`` is ``Report.to_json()`` (schema 1); ``precis`` the text its spans point into;
        ``seconds`` and ``time_limit`` are in seconds. Raises HistoryProblem if it cannot be written.
        """
        if mode not in MODES:
            raise ValueError(f"mode must be one of {MODES}, not {mode!r}")
        parts = report["score"]["parts"]
        row = {"created_at": created_at or _now(), "passage_id": report["passage"]["id"] or "",
               "passage_hash": text_hash(passage_text), "passage_title": report["passage"]["title"] or "",
               "passage_text": passage_text if keep_passage_text else "", "title": report["precis"]["title"] or "",
               "precis": precis, "report_json": json.dumps(report, ensure_ascii=False),
               "total": float(report["score"]["total"]), "seconds": seconds, "mode": mode, "time_limit": time_limit,
               **{_column(name): parts[name]["points"] for name in PART_COLUMNS if name in parts}}
        sql = (f"INSERT INTO attempts ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})")
        try:
            with _transaction(self._db):
                new_id = self._db.execute(sql, tuple(row.values())).lastrowid
        except sqlite3.DatabaseError as exc:
            raise HistoryProblem(f"The attempt could not be saved in the history: {exc}. "
                                 "Your précis is still in the editor.") from exc
        return self.get(new_id)

    def get(self, attempt_id: int) -> Attempt:
        """One attempt by id; raises KeyError when there is none."""
        found = self._select("WHERE id = ?", (attempt_id,))
        if not found:
            raise KeyError(attempt_id)
        return found[0]

    def attempts(self, where: AttemptFilter = AttemptFilter()) -> tuple[Attempt, ...]:
        """The attempts that match, oldest first."""
        clauses, args = [], []
        for sql, value in (("passage_id = ?", where.passage_id), ("created_at >= ?", where.since),
                           ("created_at < ?", where.before), ("total >= ?", where.low),
                           ("total <= ?", where.high)):
            if value is not None:
                clauses.append(sql)
                args.append(value)
        return self._select(("WHERE " + " AND ".join(clauses)) if clauses else "", tuple(args))

    def passages(self) -> tuple[tuple[str, str], ...]:
        """(passage id, latest title) of every passage attempted, by title."""
        rows = self._db.execute("SELECT passage_id, passage_title FROM attempts GROUP BY passage_id "
                                "HAVING id = MAX(id) ORDER BY passage_title").fetchall()
        return tuple((r[0], r[1]) for r in rows)

    def _select(self, where: str, args: tuple) -> tuple[Attempt, ...]:
        cols = ", ".join(("id", "created_at", "passage_id", "passage_hash", "passage_title", "passage_text", "title",
                          "precis", "report_json", "total") + tuple(_column(p) for p in PART_COLUMNS)
                         + ("seconds", "mode", "time_limit"))
        try:
            rows = self._db.execute(f"SELECT {cols} FROM attempts {where} ORDER BY created_at, id", args).fetchall()
        except sqlite3.DatabaseError as exc:
            raise HistoryProblem(f"The history of attempts cannot be read: {exc}.") from exc
        return tuple(_attempt(r) for r in rows)


def local_time(created_at: str) -> str:
    """``2026-11-30T05:40:12Z`` (UTC) as local ``2026-11-30 10:40``."""
    try:
        stamp = calendar.timegm(time.strptime(created_at, "%Y-%m-%dT%H:%M:%SZ"))
    except ValueError:
        return created_at
    return time.strftime("%Y-%m-%d %H:%M", time.localtime(stamp))


def minutes(seconds: float | None) -> str:
    """Time taken as ``38:05`` (minutes:seconds), or "" when it was not timed."""
    if seconds is None:
        return ""
    whole = int(round(seconds))
    return f"{whole // 60}:{whole % 60:02d}"


def _column(part: str) -> str:
    return "title_points" if part == "title" else part  # "title" is the précis title's column


def _attempt(r: tuple) -> Attempt:
    parts = tuple((name, float(v)) for name, v in zip(PART_COLUMNS, r[10:15]) if v is not None)
    return Attempt(id=r[0], created_at=r[1], passage_id=r[2], passage_hash=r[3], passage_title=r[4],
                   passage_text=r[5], title=r[6], precis=r[7], report_json=r[8], total=float(r[9]), parts=parts,
                   seconds=r[15], mode=r[16], time_limit=r[17])


class _transaction:
    """BEGIN IMMEDIATE ... COMMIT, or ROLLBACK on any error: all of a write or none of it."""

    def __init__(self, db: sqlite3.Connection):
        self.db = db

    def __enter__(self):
        self.db.execute("BEGIN IMMEDIATE")

    def __exit__(self, kind, _value, _tb):
        self.db.execute("COMMIT" if kind is None else "ROLLBACK")
        return False


def _connect(path: Path, lock_wait: float) -> sqlite3.Connection:
    """Open, check and migrate; raises sqlite3.DatabaseError for a bad or locked file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    db = sqlite3.connect(str(path), timeout=lock_wait, isolation_level=None)
    try:
        if db.execute("PRAGMA quick_check").fetchone()[0] != "ok":
            raise sqlite3.DatabaseError("the integrity check failed")
        migrate(db)
    except BaseException:
        db.close()
        raise
    return db


def schema_version(db: sqlite3.Connection) -> int:
    return db.execute("PRAGMA user_version").fetchone()[0]


def migrate(db: sqlite3.Connection) -> int:
    """Bring ``db`` to ``SCHEMA_VERSION``, one transaction per step; the version reached.

    Raises HistoryProblem for a database from a newer Précis Tutor (it is not touched).
    """
    version = schema_version(db)
    if version > SCHEMA_VERSION:
        raise HistoryProblem(f"The history was written by a newer Précis Tutor (schema {version}); "
                             "update the app to see it. It has not been changed.")
    for step in range(version + 1, SCHEMA_VERSION + 1):
        with _transaction(db):
            for statement in _MIGRATIONS[step]:
                db.execute(statement)
            db.execute(f"PRAGMA user_version = {step}")
    return schema_version(db)


def keep_aside(path: Path, why: str) -> Path | None:
    """Move a bad database (and its journal) to ``history-WHY-YYYYmmdd-HHMMSS.sqlite3``; where it went."""
    if not path.exists():
        return None
    stamp = time.strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.stem}-{why}-{stamp}{path.suffix}")
    n = 1
    while target.exists():
        n += 1
        target = path.with_name(f"{path.stem}-{why}-{stamp}-{n}{path.suffix}")
    path.replace(target)
    journal = path.with_name(path.name + "-journal")
    if journal.exists():
        journal.replace(target.with_name(target.name + "-journal"))
    return target
