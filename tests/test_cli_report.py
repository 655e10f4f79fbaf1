"""``precis-tutor report`` and ``precis-tutor history``: files a teacher can print, and the attempts kept."""

from __future__ import annotations

import json
import os
import unicodedata

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # the PDF is laid out by Qt, with no screen

import pytest
from pypdf import PdfReader

from tutor.cli import main
from tutor.core.analysis import analyse_passage, check
from tutor.core.history import History
from tutor.core.passage import passage_from_text
from tutor.core.userdata import data_dir

# Written for these tests: the précis says 45 hectares where the passage says 30.
PASSAGE = ("Ten years ago the marshes east of Kellby were drained for farmland. Birds that had wintered there for "
           "centuries stopped coming, and floods reached the town twice in five years. In 2019 the farmers and the "
           "town agreed to spend $30 million flooding the fields again. The water now holds back storms, the geese have returned, and "
           "visitors who come to watch them spend money in the town's cafes and shops. Other towns along the coast "
           "are studying the scheme.\n")
PRECIS = ("Marshes Restored\n\nKellby's drained marshes had driven away birds and let floods in. Since 2019, "
          "a $45 million agreement has wetted the fields again, which calms storms, brings back geese and draws "
          "spending visitors <b>& birdwatchers</b>; other coastal towns are watching.\n")
WRONG_FIGURE = "The précis says “$45 million” where the passage says “$30 million”."


@pytest.fixture
def files(tmp_path):
    p, q = tmp_path / "passage.txt", tmp_path / "precis.txt"
    p.write_text(PASSAGE, encoding="utf-8")
    q.write_text(PRECIS, encoding="utf-8")
    return str(p), str(q)


def _pdf_text(path) -> str:
    text = " ".join(page.extract_text() for page in PdfReader(path).pages)
    return " ".join(unicodedata.normalize("NFKC", text).split())  # Qt sets "fl" as the ligature "ﬂ"


def test_report_pdf_holds_the_precis_and_the_wrong_figure_as_selectable_text(files, tmp_path, capsys):
    out = tmp_path / "report.pdf"
    assert main(["report", *files, "--pdf", str(out), "--grammar", "off"]) == 0
    reader = PdfReader(out)
    text = _pdf_text(out)
    assert WRONG_FIGURE in text
    assert "Kellby's drained marshes had driven away birds" in text
    assert "Score:" in text and "Key points" in text and "Own words" in text
    assert reader.pages[0].mediabox.width == pytest.approx(595, abs=1)  # A4
    assert f"Wrote {out} ({len(reader.pages)} page" in capsys.readouterr().out


def test_report_html_shows_the_students_markup_as_text(files, tmp_path):
    html_out, pdf_out = tmp_path / "r.html", tmp_path / "r.pdf"
    assert main(["report", *files, "--pdf", str(pdf_out), "--html", str(html_out), "--grammar", "off"]) == 0
    page = html_out.read_text(encoding="utf-8")
    assert "&lt;b&gt;&amp; birdwatchers&lt;/b&gt;" in page and "<b>& birdwatchers" not in page
    assert "$45 million" in page and "F1" in page  # the wrong figure is marked in the précis
    assert "<b>& birdwatchers</b>" in _pdf_text(pdf_out)


def test_report_into_a_missing_folder_is_refused_before_checking(files, tmp_path, capsys):
    assert main(["report", *files, "--pdf", str(tmp_path / "nowhere" / "r.pdf")]) == 2
    assert "does not exist" in capsys.readouterr().err


def test_history_lists_saved_attempts_and_their_reports(capsys):
    report = check(analyse_passage(passage_from_text(PASSAGE, title="Kellby marshes")), PRECIS)
    History.open(data_dir()).add(report.to_json(), report.precis.text, passage_text=PASSAGE,
                                 keep_passage_text=True, seconds=1925, mode="exam", time_limit=2400)
    assert main(["history"]) == 0
    out = capsys.readouterr().out
    assert "exam" in out and "32:05" in out and "Kellby marshes: Marshes Restored" in out
    assert main(["history", "--json"]) == 0
    [attempt] = json.loads(capsys.readouterr().out)
    assert attempt["report"] == report.to_json() and attempt["report"]["schema"] == 1
    assert attempt["seconds"] == 1925 and attempt["precis"] == PRECIS


def test_history_with_no_attempts_says_so(capsys):
    assert main(["history"]) == 0
    assert "No attempts saved yet" in capsys.readouterr().out


def test_report_pages_carry_a_numbered_footer_and_the_html_is_readable_by_others(files, tmp_path):
    pdf, html = tmp_path / "r.pdf", tmp_path / "r.html"
    assert main(["report", *files, "--pdf", str(pdf), "--html", str(html), "--grammar", "off"]) == 0
    pages = len(PdfReader(pdf).pages)
    assert f"page {pages} of {pages}" in _pdf_text(pdf)
    assert html.stat().st_mode & 0o044  # a teacher's web folder can serve it, unlike a private draft


def test_a_long_quotation_in_the_text_report_is_cut_at_a_word_end():
    from tutor.core.analysis import analyse_passage, check
    from tutor.core.passage import passage_from_text
    from tutor.core.report_text import render

    passage = passage_from_text("The river town built a new bridge in spring. Traders now cross in minutes, and the "
                                "old ferry has closed. Fares on the bus fell as the bridge opened.")
    aside = ("Cricket is a summer game played on a green field with a bat and a ball by two teams of eleven "
             "players.")
    text = render(check(analyse_passage(passage), "The new bridge lets traders cross quickly. " + aside,
                        title="The Bridge"))
    line = next(x for x in text.splitlines() if "Cricket is a summer game" in x)
    quoted = line.split("“")[1].split("”")[0]
    assert quoted.endswith("…")
    assert aside.startswith(quoted[:-1]) and aside[len(quoted) - 1] == " "  # whole words, then the ellipsis
