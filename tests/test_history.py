"""The history of attempts: every attempt kept, read back as written, and never lost to a bad file."""

from __future__ import annotations

import sqlite3
import subprocess
import sys

import pytest

from tutor.core.analysis import analyse_passage, check
from tutor.core.history import (FILE_NAME, SCHEMA_VERSION, AttemptFilter, History, HistoryProblem, _MIGRATIONS,
                                schema_version, text_hash)
from tutor.core.passage import passage_from_text

# Written for these tests: a passage with one figure, and a précis that gets it wrong.
PASSAGE = ("The river town of Marrow built its first library in 1902 with money raised by the mill workers. "
           "For decades it lent books to every family in the valley, and its reading room stayed open late so "
           "that shift workers could use it. When the mill closed, the council planned to sell the building, "
           "but volunteers raised 40,000 pounds to repair the roof and keep the doors open. Today the library "
           "also runs evening classes in English and computing, and more people visit it than ever before.")
PRECIS = ("Marrow's Library\n\nMill workers paid for Marrow's library in 1902, and it served the valley for decades. "
          "After the mill shut, volunteers raised 50,000 pounds to save the building, which now also teaches "
          "evening classes and draws more visitors than ever. “Ça marche”, they say.")


@pytest.fixture(scope="module")
def report():
    return check(analyse_passage(passage_from_text(PASSAGE, title="The Marrow library")), PRECIS)


def test_an_attempt_is_read_back_exactly_as_it_was_written(tmp_path, report):
    history = History.open(tmp_path)
    saved = history.add(report.to_json(), report.precis.text, passage_text=PASSAGE, keep_passage_text=True,
                        seconds=1234.5, mode="exam", time_limit=2400)
    [again] = History.open(tmp_path).attempts()
    assert again == saved
    assert again.precis == PRECIS and again.title == "Marrow's Library"
    assert again.report() == report.to_json()
    assert again.total == report.score.total
    assert dict(again.parts) == {p.name: p.points for p in report.score.parts}
    assert (again.seconds, again.mode, again.time_limit) == (1234.5, "exam", 2400)
    assert again.passage_hash == text_hash(PASSAGE) and again.passage_text == PASSAGE


def test_a_library_passage_is_kept_by_id_and_hash_without_its_text(tmp_path, report):
    history = History.open(tmp_path)
    saved = history.add(report.to_json(), report.precis.text, passage_text=PASSAGE, keep_passage_text=False)
    assert saved.passage_text == "" and saved.passage_hash == text_hash(PASSAGE)
    assert saved.seconds is None and saved.mode == "practice"


def test_attempts_are_filtered_by_passage_date_and_score(tmp_path, report):
    history = History.open(tmp_path)
    data = report.to_json()
    other = {**data, "passage": {**data["passage"], "id": "other"}, "score": {**data["score"], "total": 18.5}}
    history.add(data, PRECIS, passage_text=PASSAGE, keep_passage_text=True, created_at="2026-10-01T09:00:00Z")
    history.add(other, PRECIS, passage_text=PASSAGE, keep_passage_text=True, created_at="2026-10-05T23:59:59Z")
    history.add(data, PRECIS, passage_text=PASSAGE, keep_passage_text=True, created_at="2026-11-02T08:00:00Z")
    dates = lambda where: [a.created_at[:10] for a in history.attempts(where)]  # noqa: E731
    assert dates(AttemptFilter(passage_id="other")) == ["2026-10-05"]
    assert dates(AttemptFilter(since="2026-10-02T00:00:00Z", before="2026-10-06T00:00:00Z")) == ["2026-10-05"]
    assert dates(AttemptFilter(low=18)) == ["2026-10-05"]
    assert dates(AttemptFilter(high=report.score.total)) == ["2026-10-01", "2026-11-02"]
    assert {p for p, _ in history.passages()} == {"other", "pasted"}


def test_a_version_1_database_is_migrated_and_its_attempts_kept(tmp_path, report):
    db = sqlite3.connect(tmp_path / FILE_NAME)
    for statement in _MIGRATIONS[1]:
        db.execute(statement)
    db.execute("INSERT INTO attempts (created_at, passage_id, passage_hash, passage_title, title, precis, "
               "report_json, total, content, seconds) VALUES ('2026-09-01T10:00:00Z', 'pasted', ?, "
               "'The Marrow library', 'Old title', 'Old précis', ?, 12.5, 6.0, 900)",
               (text_hash(PASSAGE), __import__("json").dumps(report.to_json())))
    db.execute("PRAGMA user_version = 1")
    db.commit()
    db.close()
    history = History.open(tmp_path)
    assert history.problem == ""
    assert schema_version(sqlite3.connect(tmp_path / FILE_NAME)) == SCHEMA_VERSION
    [old] = history.attempts()
    assert (old.title, old.precis, old.total, old.seconds) == ("Old title", "Old précis", 12.5, 900)
    assert old.mode == "practice" and old.time_limit is None  # columns version 2 added, with their defaults
    assert dict(old.parts) == {"content": 6.0}
    history.add(report.to_json(), PRECIS, passage_text=PASSAGE, keep_passage_text=True, mode="exam")
    assert [a.mode for a in history.attempts()] == ["practice", "exam"]


def test_a_corrupt_file_is_kept_aside_and_a_fresh_history_started(tmp_path, report):
    bad = b"this is not a database, it is half a file" * 100
    (tmp_path / FILE_NAME).write_bytes(bad)
    history = History.open(tmp_path)
    assert "could not be read" in history.problem and "a new one was started" in history.problem
    [kept] = tmp_path.glob("history-unreadable-*.sqlite3")
    assert kept.read_bytes() == bad and kept.name in history.problem
    assert history.attempts() == ()
    history.add(report.to_json(), PRECIS, passage_text=PASSAGE, keep_passage_text=True)
    assert len(History.open(tmp_path).attempts()) == 1


def test_a_locked_database_is_kept_aside_and_a_fresh_history_started(tmp_path, report):
    History.open(tmp_path).add(report.to_json(), PRECIS, passage_text=PASSAGE, keep_passage_text=True)
    holder = sqlite3.connect(tmp_path / FILE_NAME, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        history = History.open(tmp_path, lock_wait=0.2)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert "was locked by another program" in history.problem
    [kept] = tmp_path.glob("history-locked-*.sqlite3")
    assert len(History(sqlite3.connect(kept), kept).attempts()) == 1  # the old attempts are all there
    assert history.attempts() == ()


def test_a_history_from_a_newer_app_is_left_untouched(tmp_path):
    db = sqlite3.connect(tmp_path / FILE_NAME)
    db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    db.commit()
    db.close()
    before = (tmp_path / FILE_NAME).read_bytes()
    with pytest.raises(HistoryProblem, match="newer Précis Tutor"):
        History.open(tmp_path)
    assert (tmp_path / FILE_NAME).read_bytes() == before and len(list(tmp_path.iterdir())) == 1


KILLED_MID_WRITE = """
import os, sys
from tutor.core.history import History
from tutor.core import history as h
history = History.open(sys.argv[1])
real = h._transaction.__enter__
def enter_and_die_after_insert(self):
    real(self)
    self.db.execute("INSERT INTO attempts (created_at, passage_id, passage_hash, passage_title, title, precis, "
                    "report_json, total) VALUES ('x', 'p', 'h', 't', 't', 'half', '{}', 1)")
    os._exit(9)  # killed: no commit, no rollback, no clean close
h._transaction.__enter__ = enter_and_die_after_insert
history.add({"passage": {"id": "p", "title": "t"}, "precis": {"title": "t"},
             "score": {"total": 1, "parts": {}}}, "p", passage_text="p", keep_passage_text=False)
"""


def test_a_kill_mid_write_loses_only_that_attempt(tmp_path, report):
    History.open(tmp_path).add(report.to_json(), PRECIS, passage_text=PASSAGE, keep_passage_text=True)
    died = subprocess.run([sys.executable, "-c", KILLED_MID_WRITE, str(tmp_path)], capture_output=True, text=True)
    assert died.returncode == 9, died.stderr
    history = History.open(tmp_path)
    assert history.problem == ""
    assert [a.precis for a in history.attempts()] == [PRECIS]


def test_progress_shows_each_score_part_and_which_mistakes_become_rarer(tmp_path, report):
    from tutor.core.progress import FACTS, progress_of

    history = History.open(tmp_path)
    first = report.to_json()
    better = {**first, "facts": [], "score": {**first["score"], "total": first["score"]["total"] + 0.5}}
    history.add(first, PRECIS, passage_text=PASSAGE, keep_passage_text=True, created_at="2026-10-01T09:00:00Z")
    history.add(better, PRECIS, passage_text=PASSAGE, keep_passage_text=True, created_at="2026-10-08T09:00:00Z")
    progress = progress_of(history.attempts())
    assert progress.attempts == 2 and progress.times[1] - progress.times[0] == 7 * 86400
    assert progress.scores["Total"] == (first["score"]["total"], first["score"]["total"] + 0.5)
    assert set(progress.scores) == {"Total", "Content", "Language", "Length", "Own words", "Title"}
    assert progress.out_of["Title"] == 5 and progress.out_of["Total"] == 20
    assert progress.mistakes[FACTS] == (1, 0)  # the wrong figure, then none
    assert progress.mistakes["Convention: quotation"] == (1, 1)
