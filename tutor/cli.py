"""The ``precis-tutor`` command: the GUI by default, and check / report / mark / library / history without a window."""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import sys
from pathlib import Path

from typing import TYPE_CHECKING

from tutor import __version__
from tutor.core.errors import InputProblem
from tutor.core.textfile import one_line, read_text, shown_name
from tutor.core.title import split_title

# The analysis, marking and report modules are imported by the commands that use them, not
# here: they load nltk (0.75 s), and the desktop app, the default command, starts its
# grammar engine's build first and needs none of them for its first underlines.
if TYPE_CHECKING:
    from tutor.core.marking import Marked
    from tutor.core.report import Report

EXIT_OK, EXIT_BAD_INPUT = 0, 2
LT_START_SECONDS = 60


def _add_common(p: argparse.ArgumentParser) -> None:
    p.add_argument("--passage", metavar="ID", help="the passage's id, when PASSAGE is a pack (.json) or 'library'")
    p.add_argument("--author", metavar="TEXT", help="who wrote the passage (a pack's own author is used "
                   "otherwise): the précis may name them without a wrong-fact finding")
    p.add_argument("--question", metavar="TEXT", help="the task set on the passage: its names and counts "
                   "(\"three causes\") are not wrong facts")
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
    parser.add_argument("--self-test", action="store_true",
                        help="open the window offscreen, check a bundled passage with grammar, "
                             "and exit 0, or 1 with the reason")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    c = sub.add_parser("check", help="check one précis against its passage and print the report")
    c.add_argument("passage_file", metavar="PASSAGE", help="a .txt passage, a pack .json (with --passage), or 'library'")
    c.add_argument("precis_file", metavar="PRECIS", help="the précis, a .txt file (first line may be the title)")
    c.add_argument("--title", help="the précis title, when it is not the first line of PRECIS")
    c.add_argument("--json", action="store_true", help="print the report as JSON (schema 1)")
    _add_common(c)
    r = sub.add_parser("report", help="write the report on one précis as a PDF (and HTML) to print or hand in")
    r.add_argument("passage_file", metavar="PASSAGE", help="as for check")
    r.add_argument("precis_file", metavar="PRECIS", help="as for check")
    r.add_argument("--title", help="the précis title, when it is not the first line of PRECIS")
    r.add_argument("--pdf", required=True, metavar="OUT.pdf", help="where to write the PDF")
    r.add_argument("--html", metavar="OUT.html", help="also write the report as an HTML page")
    _add_common(r)
    m = sub.add_parser("mark", help="mark every .txt précis in a folder and write a CSV with one row per file")
    m.add_argument("passage_file", metavar="PACK_OR_TXT")
    m.add_argument("folder", metavar="DIR")
    m.add_argument("--csv", required=True, metavar="OUT", help="where to write the CSV")
    _add_common(m)
    sub.add_parser("library", help="list the bundled passages")
    h = sub.add_parser("history", help="list the attempts saved by the app, oldest first")
    h.add_argument("--json", action="store_true", help="print them as JSON, each with its report (schema 1)")
    g = sub.add_parser("gui", help="start the desktop app (the default)")
    for p in (parser, g):  # as the app's own options, with or without "gui"
        p.add_argument("--passage", dest="gui_passage", metavar="ID", help="open this library passage")
        p.add_argument("--restore", dest="gui_restore", choices=("ask", "yes", "no"),
                       help="after a crash, restore the autosaved draft: ask (default), yes or no")
        p.add_argument("--measure-startup", dest="gui_measure_startup", action="store_true",
                       help="print the times to a usable window and to grammar underlines, then quit")
    g.add_argument("--presentation", action="store_true", help="start in presentation mode (full screen, "
                   "large high-contrast text), e.g. from a classroom shortcut")
    return parser


def _engine(args: argparse.Namespace, passage_text: str):
    """The grammar engine, ready to check, with the passage's words accepted."""
    from tutor.core.marking import marking_engine

    return marking_engine(args.grammar, passage_text, dialect=args.dialect, lt_server=args.lt_server,
                          lt_folder=args.lt_folder, warm_up_seconds=LT_START_SECONDS)


def _models(paths: list[str]) -> tuple[str, ...]:
    """The bodies of the model précis files; a file with no body is bad input."""
    bodies = []
    for path in paths:
        body = split_title(read_text(path).text).body_text
        if not body.strip():
            raise InputProblem(f"{shown_name(path)}: the model précis has a title but no text.", path)
        bodies.append(body)
    return tuple(bodies)


def _check_one(analysis, path: str, args, engine, title: str | None = None) -> Report:
    from tutor.core.marking import check_file

    return check_file(analysis, path, title=title, target_words=args.target, tolerance=args.tolerance, engine=engine)


def _prepare(args):
    from tutor.core.analysis import analyse_passage
    from tutor.core.sources import open_passage

    passage, notes = open_passage(args.passage_file, args.passage)
    given = {k: v.strip() for k, v in (("author", args.author), ("question", args.question)) if v and v.strip()}
    if given:
        passage = dataclasses.replace(passage, **given)
    if not passage.text.strip():
        raise InputProblem(f"{shown_name(args.passage_file)}: the passage is empty.", args.passage_file)
    analysis = analyse_passage(passage, _models(args.model)) if args.model else analyse_passage(passage)
    return analysis, notes


def _report(args) -> Report:
    """The report on one précis, as ``check`` and ``report`` make it."""
    analysis, notes = _prepare(args)
    read_text(args.precis_file)  # a bad précis file is reported before any engine starts
    engine = _engine(args, analysis.passage.text)
    try:
        report = _check_one(analysis, args.precis_file, args, engine, args.title)
    finally:
        if engine is not None:
            engine.close()
    return _with_notes(report, notes) if notes else report


def cmd_check(args) -> int:
    from tutor.core.report_text import render

    report = _report(args)
    if args.json:
        print(json.dumps(report.to_json(), ensure_ascii=False, indent=2))
    else:
        print(render(report), end="")
    return EXIT_OK


def _with_notes(report: Report, notes: tuple[str, ...]) -> Report:
    from dataclasses import replace

    return replace(report, notes=notes + report.notes)


def cmd_mark(args) -> int:
    from tutor.core.marking import class_files, mark_file, open_csv, write_rows

    entries = class_files(args.folder)
    analysis, _ = _prepare(args)
    # Opened first: an unwritable path, or one naming an input, is found before minutes of marking.
    out = open_csv(args.csv, [args.passage_file, *args.model, *entries])
    engine = _engine(args, analysis.passage.text)
    marked: list[Marked] = []

    def rows():
        for path in entries:
            marked.append(mark_file(analysis, path, target_words=args.target, tolerance=args.tolerance,
                                    engine=engine))
            yield marked[-1].row

    with out as stream:
        try:
            write_rows(stream, rows())
        finally:
            if engine is not None:
                engine.close()
    failed = sum(m.failed for m in marked)
    print(f"Marked {len(entries) - failed} of {len(entries)} précis; wrote {shown_name(args.csv)}."
          + (f" {failed} could not be read (see the 'error' column)." if failed else ""))
    return EXIT_OK


def cmd_report(args) -> int:
    from tutor.cli_history import write_report_files
    from tutor.core.marking import refuse_overwriting

    inputs = [args.precis_file, *args.model] + ([] if args.passage_file == "library" else [args.passage_file])
    for out, what in ((args.pdf, "the PDF"), (args.html, "the HTML page")):
        if out:  # before the checking, which may take a while
            _check_writable(out)
            refuse_overwriting(out, inputs, what, "the files being read")
    if args.html and Path(args.html).resolve() == Path(args.pdf).resolve():
        raise InputProblem(f"--html and --pdf name the same file ({shown_name(args.pdf)}); give each its own.",
                           args.html)
    return write_report_files(_report(args), args.pdf, args.html)


def _check_writable(path: str) -> None:
    folder, name = Path(path).resolve().parent, shown_name(path)
    if Path(path).is_dir():
        raise InputProblem(f"{name} is a folder; give a file name to write.", path)
    if not folder.is_dir():
        raise InputProblem(f"{name} cannot be written: the folder {shown_name(folder)} does not exist.", path)
    if not os.access(folder, os.W_OK) or (Path(path).exists() and not os.access(path, os.W_OK)):
        raise InputProblem(f"{name} cannot be written: permission denied.", path)


def cmd_history(args) -> int:
    from tutor.cli_history import print_history

    return print_history(args.json)


def cmd_library(args) -> int:
    from tutor.core.library import load_library

    lib = load_library()
    for p in lib.passages:
        print(f"{p.id:28} {p.level:13} {p.words:4} words  {p.title}")
    for problem in lib.problems:
        print(f"warning: {one_line(str(problem))}", file=sys.stderr)
    return EXIT_OK


def cmd_gui(args) -> int:
    from tutor.gui.app import main as gui_main

    argv = []
    for option, value in (("--passage", args.gui_passage), ("--restore", args.gui_restore)):
        argv += [option, value] if value else []
    flags = [flag for flag, on in (("--presentation", getattr(args, "presentation", False)),
                                   ("--measure-startup", args.gui_measure_startup)) if on]
    return gui_main(argv + flags)


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
    if args.self_test:
        from tutor.gui.self_test import run

        return run()
    commands = {"check": cmd_check, "report": cmd_report, "mark": cmd_mark, "library": cmd_library,
                "history": cmd_history, "gui": cmd_gui, None: cmd_gui}
    try:
        _check_numbers(args)
        return commands[args.command](args)
    except InputProblem as e:
        print(f"precis-tutor: {one_line(str(e))}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except BrokenPipeError:
        return EXIT_OK


if __name__ == "__main__":  # "python -m tutor.cli …" runs the same command as "python -m tutor …"
    raise SystemExit(main())
