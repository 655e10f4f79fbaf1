"""The command line's ``report`` and ``history``: files to hand in, and the attempts the app saved."""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from tutor.core.errors import InputProblem
from tutor.core.history import Attempt, History, HistoryProblem, local_time, minutes
from tutor.core.report import Report
from tutor.core.report_html import render_html
from tutor.core.textfile import one_line, shown_name
from tutor.core.userdata import data_dir

EXIT_OK = 0


def write_report_files(report: Report, pdf: str, html: str | None) -> int:
    """Write the report as a PDF (and HTML); print what was written. Raises InputProblem on a write error."""
    from tutor.gui.practice.report_pdf import write_pdf

    page = render_html(report.to_json(), report.precis.text, report.passage.text,
                       (f"Checked on {time.strftime('%d %B %Y, %H:%M')}",))
    target = html or pdf
    try:
        if html:
            Path(html).write_text(page, encoding="utf-8")  # readable by others, unlike a draft
            print(f"Wrote {shown_name(html)} ({Path(html).stat().st_size / 1024:.0f} kB).")
        target = pdf
        pages = write_pdf(page, pdf, f"Précis report: {report.passage.title}")
    except OSError as e:
        raise InputProblem(f"The report cannot be written to {shown_name(target)}: {e.strerror or e}.") from e
    print(f"Wrote {shown_name(pdf)} ({pages} page{'s' * (pages != 1)}, {Path(pdf).stat().st_size / 1024:.0f} kB).")
    return EXIT_OK


def _line(a: Attempt) -> str:
    return (f"{a.id:4}  {local_time(a.created_at):16}  {a.total:4g} / {a.out_of:g}  {a.mode:8}  "
            f"{minutes(a.seconds):>6}  {a.passage_title}: {a.title or '(no title)'}")


def print_history(as_json: bool) -> int:
    try:
        history = History.open(data_dir())
    except HistoryProblem as e:
        raise InputProblem(str(e)) from e
    if history.problem:
        print(f"warning: {one_line(history.problem)}", file=sys.stderr)
    try:
        attempts = history.attempts()
    except HistoryProblem as e:
        raise InputProblem(str(e)) from e
    finally:
        history.close()
    if as_json:
        print(json.dumps([a.to_json() for a in attempts], ensure_ascii=False, indent=2))
    elif not attempts:
        print(f"No attempts saved yet ({history.path}).")
    else:
        print("  id  date              score      mode        time  passage: title")
        for a in attempts:
            print(_line(a))
    return EXIT_OK
