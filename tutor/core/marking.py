"""Marking a class: every précis file in a folder against one passage, one row per file.

``precis-tutor mark`` and the GUI's *Mark a folder…* both call these functions,
so the two agree number for number: the same files in the same order, the same
engine setup, the same row for each file.
"""

from __future__ import annotations

import csv
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

from tutor.core.analysis import PassageAnalysis, check
from tutor.core.csv_file import CsvFile
from tutor.core.errors import InputProblem
from tutor.core.keypoints.model import KeyPoint
from tutor.core.report import Report
from tutor.core.target import DEFAULT_TOLERANCE
from tutor.core.textfile import read_text, shown_name

CSV_FIELDS = ("file", "error", "notes", "title", "words", "target", "verdict", "total", "content", "language", "length",
              "own_words", "title_points", "covered", "partial", "missing", "contradicted", "wrong_facts", "copied_runs",
              "own_words_share", "style_findings", "grammar_findings")


@dataclass(frozen=True, slots=True)
class Marked:
    """One file of the class: its CSV row, and the full report unless it could not be read."""

    path: Path
    row: dict  # CSV_FIELDS keys (only "file" and "error" for an unreadable file)
    report: Report | None = None

    @property
    def failed(self) -> bool:
        return bool(self.row.get("error"))


def class_files(folder: str | Path) -> tuple[Path, ...]:
    """The ``.txt`` entries of ``folder``, sorted by name as a teacher reads a list: case aside,
    and numbers by value ("student2" before "student10").

    Every ``*.txt`` entry counts, so a folder or a broken link named ``*.txt`` is
    reported in its row, not skipped. Raises ``InputProblem`` when ``folder`` is
    not a folder or holds no ``.txt`` entry.
    """
    folder = Path(folder)
    if not folder.is_dir():
        raise InputProblem(f"{shown_name(folder)} is not a folder.", str(folder))
    entries = tuple(sorted((p for p in folder.iterdir() if p.suffix.lower() == ".txt"), key=lambda p: _natural(p.name)))
    if not entries:
        raise InputProblem(f"{shown_name(folder)} holds no .txt précis files.", str(folder))
    return entries


def _natural(name: str) -> list:
    """A sort key that reads a name as a teacher does: case aside, numbers by value ("student2"
    before "student10", "kp2" before "kp10")."""
    return [(0, int(part), "") if part.isdigit() else (1, 0, part.casefold()) for part in re.split(r"(\d+)", name) if part]


POINT_TEXT_CHARS = 48  # a key point's text in its column's header, cut to this many characters


def point_column(point: KeyPoint) -> str:
    """The CSV header of one key point's column: its id and the start of its text ("kp2: Water
    tables are falling fast, and small farmers…"), "(optional)" after an optional one."""
    text = point.text if len(point.text) <= POINT_TEXT_CHARS else point.text[:POINT_TEXT_CHARS].rstrip() + "…"
    return f"{point.id}: {text}" + (" (optional)" if point.optional else "")


def check_file(analysis: PassageAnalysis, path: str | Path, *, title: str | None = None,
               target_words: int | None = None, tolerance: float = DEFAULT_TOLERANCE, engine=None) -> Report:
    """The report on one précis file (first line may be its title); ``InputProblem`` if unreadable."""
    read = read_text(path)
    notes = (read.note,) if read.note else ()
    return check(analysis, read.text, title=title, target_words=target_words, tolerance=tolerance,
                 engine=engine, notes=notes)


def report_row(path: Path, report: Report) -> dict:
    """The CSV row of one report: score parts (points), key-point counts by status (required points only:
    covered, partial, missing, contradicted, which add up to the required points),
    findings counted, ``own_words_share`` 0..1 rounded to 3 places; then each key point's status
    under its ``point_column`` header, in the order of the points' ids."""
    parts = {p.name: p.points for p in report.score.parts}
    statuses = [c.status for c in report.coverage.points if not c.point.optional]
    return {"file": path.name, "error": "", "notes": " ".join(report.notes), "title": report.precis.title,
            "words": report.precis_words, "target": report.target.words, "verdict": report.length_verdict,
            "total": report.score.total, "content": parts["content"], "language": parts["language"],
            "length": parts["length"], "own_words": parts["own_words"], "title_points": parts["title"],
            "covered": statuses.count("covered"), "partial": statuses.count("partial"),
            "missing": statuses.count("missing"), "contradicted": statuses.count("contradicted"),
            "wrong_facts": sum(f.certain for f in report.facts),
            "copied_runs": len(report.copied), "own_words_share": round(report.own_share, 3),
            "style_findings": len(report.style), "grammar_findings": len(report.grammar),
            **{point_column(c.point): c.status for c in sorted(report.coverage.points, key=lambda c: _natural(c.point.id))}}


def mark_file(analysis: PassageAnalysis, path: Path, *, target_words: int | None = None,
              tolerance: float = DEFAULT_TOLERANCE, engine=None) -> Marked:
    """Mark one file; an unreadable one gets a row naming its problem instead of raising."""
    try:
        report = check_file(analysis, path, target_words=target_words, tolerance=tolerance, engine=engine)
    except InputProblem as e:
        return Marked(path, {"file": path.name, "error": str(e)})
    return Marked(path, report_row(path, report), report)


def marking_engine(name: str, passage_text: str, *, dialect: str = "british", lt_server: str | None = None,
                   lt_folder: str | None = None, warm_up_seconds: float = 60):
    """A grammar engine for a marking run ("harper", "languagetool" or "off" for None), with
    the passage's words accepted and no personal dictionary, so every teacher's run agrees.
    A local LanguageTool is waited for up to ``warm_up_seconds``; Harper answers if it fails."""
    if name == "off":
        return None
    from tutor.core.grammar import make_engine, passage_vocabulary

    engine = make_engine(name, dialect=dialect, lt_server=lt_server, lt_folder=lt_folder)
    engine.accept_words(passage_vocabulary(passage_text))
    # Side by side: Harper's dictionary (outside the GIL), the tagger, lemminflect's tables;
    # one after another on the first check, they took a second or two longer.
    engine.warm_up(warm_up_seconds)
    return engine


def open_csv(path: str | Path, inputs: Iterable[str | Path] = ()) -> CsvFile:
    """The class CSV at ``path``, for ``with open_csv(path) as out:``; opened before any
    marking, so an unwritable path is found at once, and written whole or not at all
    (see ``CsvFile``). Raises ``InputProblem``, also when ``path`` is one of ``inputs``
    (the passage, a model, a précis), which writing would overwrite."""
    refuse_overwriting(path, inputs)
    return CsvFile(path)


def refuse_overwriting(out: str | Path, inputs: Iterable[str | Path], what: str = "the CSV",
                       inputs_are: str = "the files being marked") -> None:
    """``InputProblem`` when ``out`` names one of ``inputs`` (by any spelling or hard link);
    the message says ``out`` is one of ``inputs_are`` and names ``what`` would be written."""
    target = Path(out)
    for path in map(Path, inputs):
        if target.resolve() == path.resolve() or _same_file(target, path):
            raise InputProblem(f"{shown_name(out)} is one of {inputs_are} ({shown_name(path)}); "
                               f"writing {what} there would overwrite it. Name a new file for {what}.", str(out))


def _same_file(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:  # one of them does not exist (yet)
        return False


def write_rows(out, rows: Iterable[dict]) -> None:
    """Write the header and ``rows`` (CSV_FIELDS keys, then one column per key point, named by
    ``point_column``) to an open text file; a row without a point's column (a file that could
    not be read) leaves it empty."""
    rows = list(rows)
    points: dict[str, None] = {}
    for row in rows:
        points.update((k, None) for k in row if k not in CSV_FIELDS)
    writer = csv.DictWriter(out, fieldnames=CSV_FIELDS + tuple(points), restval="")
    writer.writeheader()
    for row in rows:
        writer.writerow(row)
