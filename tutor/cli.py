"""The ``precis-tutor`` command: the GUI by default, and check / mark / library without a window."""

from __future__ import annotations

import argparse
import csv
import json
import sys
from pathlib import Path

from tutor import __version__
from tutor.core.analysis import analyse_passage, check
from tutor.core.errors import InputProblem
from tutor.core.library import load_library
from tutor.core.report import Report
from tutor.core.report_text import render
from tutor.core.sources import open_passage
from tutor.core.textfile import read_text
from tutor.core.title import split_title

EXIT_OK, EXIT_BAD_INPUT = 0, 2
LT_START_SECONDS = 60


def _add_common(p: argparse.ArgumentParser) -> None:
    p.add_argument("--passage", metavar="ID", help="the passage's id, when PASSAGE is a pack (.json) or 'library'")
    p.add_argument("--target", type=int, metavar="N", help="target length in words (default: one third of the passage)")
    p.add_argument("--tolerance", type=float, default=0.10, metavar="F", help="allowed deviation from the target (default 0.10)")
    p.add_argument("--model", action="append", default=[], metavar="FILE",
                   help="a model précis to take key points from; repeat for several")
    p.add_argument("--grammar", choices=("harper", "languagetool", "off"), default="harper",
                   help="grammar engine (default: harper, built in and offline)")
    p.add_argument("--lt-server", metavar="URL", help="a LanguageTool server to use with --grammar languagetool")
    p.add_argument("--lt-folder", metavar="DIR", help="where a LanguageTool release is unpacked "
                   "(default: language_tool_python's cache folder)")
    p.add_argument("--dialect", default="british", choices=("british", "american", "australian", "canadian", "indian"),
                   help="English dialect for grammar and spelling (default: british)")


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="precis-tutor", description="Practise précis writing. "
                                     "With no command, the desktop app starts.")
    parser.add_argument("--version", action="version", version=f"precis-tutor {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    c = sub.add_parser("check", help="check one précis against its passage and print the report")
    c.add_argument("passage_file", metavar="PASSAGE", help="a .txt passage, a pack .json (with --passage), or 'library'")
    c.add_argument("precis_file", metavar="PRECIS", help="the précis, a .txt file (first line may be the title)")
    c.add_argument("--title", help="the précis title, when it is not the first line of PRECIS")
    c.add_argument("--json", action="store_true", help="print the report as JSON (schema 1)")
    _add_common(c)
    m = sub.add_parser("mark", help="mark every .txt précis in a folder and write a CSV with one row per file")
    m.add_argument("passage_file", metavar="PACK_OR_TXT")
    m.add_argument("folder", metavar="DIR")
    m.add_argument("--csv", required=True, metavar="OUT", help="where to write the CSV")
    _add_common(m)
    sub.add_parser("library", help="list the bundled passages")
    g = sub.add_parser("gui", help="start the desktop app (the default)")
    g.add_argument("--passage", metavar="ID", help="open this library passage")
    return parser


def _engine(args: argparse.Namespace, passage_text: str):
    """The grammar engine, ready to check, with the passage's words accepted."""
    if args.grammar == "off":
        return None
    from tutor.core.grammar import make_engine, passage_vocabulary

    engine = make_engine(args.grammar, dialect=args.dialect, lt_server=args.lt_server,
                         lt_folder=args.lt_folder)
    engine.accept_words(passage_vocabulary(passage_text))
    if args.grammar == "languagetool":
        engine.warm_up(LT_START_SECONDS)  # a one-shot run waits for the local server; Harper answers if it fails
    return engine


def _models(paths: list[str]) -> tuple[str, ...]:
    """The bodies of the model précis files; a file with no body is bad input."""
    bodies = []
    for path in paths:
        body = split_title(read_text(path).text).body_text
        if not body.strip():
            raise InputProblem(f"{path}: the model précis has a title but no text.", path)
        bodies.append(body)
    return tuple(bodies)


def _check_one(analysis, path: str, args, engine, title: str | None = None) -> Report:
    read = read_text(path)
    notes = (read.note,) if read.note else ()
    return check(analysis, read.text, title=title, target_words=args.target, tolerance=args.tolerance,
                 engine=engine, notes=notes)


def _prepare(args):
    passage, notes = open_passage(args.passage_file, args.passage)
    if not passage.text.strip():
        raise InputProblem(f"{args.passage_file}: the passage is empty.", args.passage_file)
    analysis = analyse_passage(passage, _models(args.model)) if args.model else analyse_passage(passage)
    return analysis, notes


def cmd_check(args) -> int:
    analysis, notes = _prepare(args)
    read_text(args.precis_file)  # a bad précis file is reported before any engine starts
    engine = _engine(args, analysis.passage.text)
    try:
        report = _check_one(analysis, args.precis_file, args, engine, args.title)
    finally:
        if engine is not None:
            engine.close()
    if notes:
        report = _with_notes(report, notes)
    if args.json:
        print(json.dumps(report.to_json(), ensure_ascii=False, indent=2))
    else:
        print(render(report), end="")
    return EXIT_OK


def _with_notes(report: Report, notes: tuple[str, ...]) -> Report:
    from dataclasses import replace

    return replace(report, notes=notes + report.notes)


CSV_FIELDS = ("file", "error", "notes", "title", "words", "target", "verdict", "total", "content", "language", "length",
              "own_words", "title_points", "covered", "partial", "missing", "wrong_facts", "copied_runs",
              "own_words_share", "style_findings", "grammar_findings")


def _row(path: Path, report: Report) -> dict:
    parts = {p.name: p.points for p in report.score.parts}
    statuses = [c.status for c in report.coverage.points if not c.point.optional]
    return {"file": path.name, "error": "", "notes": " ".join(report.notes), "title": report.precis.title, "words": report.precis_words,
            "target": report.target.words, "verdict": report.length_verdict, "total": report.score.total,
            "content": parts["content"], "language": parts["language"], "length": parts["length"],
            "own_words": parts["own_words"], "title_points": parts["title"], "covered": statuses.count("covered"),
            "partial": statuses.count("partial"), "missing": statuses.count("missing"),
            "wrong_facts": len(report.facts), "copied_runs": len(report.copied),
            "own_words_share": round(report.own_share, 3), "style_findings": len(report.style),
            "grammar_findings": len(report.grammar)}


def cmd_mark(args) -> int:
    folder = Path(args.folder)
    if not folder.is_dir():
        raise InputProblem(f"{folder} is not a folder.", str(folder))
    analysis, _ = _prepare(args)
    # Every .txt entry gets a row, so a folder or a broken link named *.txt is reported, not skipped.
    entries = sorted(p for p in folder.iterdir() if p.suffix.lower() == ".txt")
    if not entries:
        raise InputProblem(f"{folder} holds no .txt précis files.", str(folder))
    try:  # opened first: an unwritable path is found before minutes of marking
        out = open(args.csv, "w", newline="", encoding="utf-8")
    except OSError as e:
        raise InputProblem(f"{args.csv} cannot be written: {e.strerror or e}.", args.csv)
    engine = _engine(args, analysis.passage.text)
    with out:
        writer = csv.DictWriter(out, fieldnames=CSV_FIELDS)
        writer.writeheader()
        failed = 0
        try:
            for path in entries:
                row = _mark_one(analysis, path, args, engine)
                failed += bool(row["error"])
                writer.writerow(row)
        finally:
            if engine is not None:
                engine.close()
    print(f"Marked {len(entries) - failed} of {len(entries)} précis; wrote {args.csv}."
          + (f" {failed} could not be read (see the 'error' column)." if failed else ""))
    return EXIT_OK


def _mark_one(analysis, path: Path, args, engine) -> dict:
    try:
        return _row(path, _check_one(analysis, str(path), args, engine))
    except InputProblem as e:
        return {"file": path.name, "error": str(e)}


def cmd_library(args) -> int:
    lib = load_library()
    for p in lib.passages:
        print(f"{p.id:28} {p.level:13} {p.words:4} words  {p.title}")
    for problem in lib.problems:
        print(f"warning: {problem}", file=sys.stderr)
    return EXIT_OK


def cmd_gui(args) -> int:
    from tutor.gui.app import main as gui_main

    return gui_main(["--passage", args.passage] if getattr(args, "passage", None) else [])


def _check_numbers(args) -> None:
    target = getattr(args, "target", None)
    if target is not None and target <= 0:
        raise InputProblem(f"--target must be a number of words above 0, not {target}.")
    tolerance = getattr(args, "tolerance", None)
    if tolerance is not None and not (0 <= tolerance < 1):  # also refuses nan and inf
        raise InputProblem(f"--tolerance must be a share from 0 to below 1 (0.1 is ±10%), not {tolerance}.")


def _safe_output() -> None:
    """A report full of “quotes”, ✓ and emoji must not crash on a console or a file in
    another encoding: files and pipes get UTF-8; a console keeps its encoding and
    shows what it cannot draw as "?"."""
    for stream in (sys.stdout, sys.stderr):
        try:
            if stream.isatty():
                stream.reconfigure(errors="replace")
            else:
                stream.reconfigure(encoding="utf-8", errors="replace")
        except (AttributeError, ValueError, OSError):
            pass  # a replaced stream (tests, IDEs) that cannot be reconfigured


def main(argv: list[str] | None = None) -> int:
    _safe_output()
    args = _parser().parse_args(argv)
    commands = {"check": cmd_check, "mark": cmd_mark, "library": cmd_library, "gui": cmd_gui, None: cmd_gui}
    try:
        _check_numbers(args)
        return commands[args.command](args)
    except InputProblem as e:
        print(f"precis-tutor: {e}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except BrokenPipeError:
        return EXIT_OK
