"""Every command's one-line messages stay one line whatever a file name or value holds,
and ``report`` never writes over the files it reads."""

from __future__ import annotations

import shutil
import sys

import pytest

from test_cli_hostile import PASSAGE, PRECIS
from tutor.cli import main
from tutor.core.resources import passages_dir

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="Windows file names cannot hold a newline")


@pytest.fixture
def odd(tmp_path):
    """A passage, a précis and a class folder whose names hold a newline and a tab."""
    passage = tmp_path / "pass\nage.txt"
    passage.write_text(PASSAGE, encoding="utf-8")
    precis = tmp_path / "pré\tcis.txt"
    precis.write_text(PRECIS, encoding="utf-8")
    folder = tmp_path / "cla\nss"
    folder.mkdir()
    return tmp_path, str(passage), str(precis), str(folder)


def one_line_error(capsys, argv: list[str]) -> str:
    code = main(argv + ["--grammar", "off"])
    err = capsys.readouterr().err
    assert code == 2, err
    assert err.count("\n") == 1 and err.endswith("\n"), err
    return err


@pytest.mark.parametrize("case", [
    "missing précis", "missing passage", "missing model", "unknown library id", "unknown pack id",
    "pdf into a missing folder", "pdf onto a folder", "html onto a folder", "mark a missing folder",
    "mark an empty folder", "csv onto the passage",
])
def test_every_command_names_an_odd_file_on_one_line_escaped_like_repr(odd, capsys, case):
    tmp, passage, precis, folder = odd
    pack = tmp / "pa\nck.json"
    shutil.copy(next(passages_dir().glob("*.json")), pack)  # a bundled pack, under an odd name
    missing = str(tmp / "no\nne.txt")
    full = tmp / "full"
    full.mkdir()
    (full / "amina.txt").write_text(PRECIS, encoding="utf-8")
    argv, shown = {
        "missing précis": (["check", passage, missing], r"'" + missing.replace("\n", r"\n") + "'"),
        "missing passage": (["check", missing, precis], r"no\nne.txt"),
        "missing model": (["check", passage, precis, "--model", missing], r"no\nne.txt"),
        "unknown library id": (["check", "library", precis, "--passage", "no\nsuch"], r"'no\nsuch'"),
        "unknown pack id": (["check", str(pack), precis, "--passage", "no\nsuch"], r"'no\nsuch'"),
        "pdf into a missing folder": (["report", passage, precis, "--pdf", str(tmp / "gone\n" / "r.pdf")],
                                      r"gone\n"),
        "pdf onto a folder": (["report", passage, precis, "--pdf", folder], r"cla\nss"),
        "html onto a folder": (["report", passage, precis, "--pdf", str(tmp / "r.pdf"), "--html", folder],
                               r"cla\nss"),
        "mark a missing folder": (["mark", passage, str(tmp / "no\nfolder"), "--csv", str(tmp / "m.csv")],
                                  r"no\nfolder"),
        "mark an empty folder": (["mark", passage, folder, "--csv", str(tmp / "m.csv")], r"cla\nss"),
        "csv onto the passage": (["mark", passage, str(full), "--csv", passage], r"pass\nage.txt"),
    }[case]
    assert shown in one_line_error(capsys, argv)


@pytest.mark.parametrize("victim", ["precis", "passage", "model"])
def test_report_refuses_to_write_its_pdf_or_html_over_a_file_it_reads(odd, capsys, victim):
    tmp, passage, precis, _folder = odd
    model = tmp / "model.txt"
    model.write_text(PRECIS, encoding="utf-8")
    target = {"precis": precis, "passage": passage, "model": str(model)}[victim]
    before = open(target, "rb").read()
    for outputs in (["--pdf", target], ["--pdf", str(tmp / "r.pdf"), "--html", target]):
        err = one_line_error(capsys, ["report", passage, precis, "--model", str(model), *outputs])
        assert "would overwrite it" in err
        assert open(target, "rb").read() == before
    assert not (tmp / "r.pdf").exists()


def test_report_refuses_the_same_file_for_pdf_and_html(odd, capsys):
    tmp, passage, precis, _folder = odd
    err = one_line_error(capsys, ["report", passage, precis, "--pdf", str(tmp / "r\n.pdf"), "--html",
                                  str(tmp / "r\n.pdf")])
    assert "same file" in err and r"r\n.pdf" in err


def test_report_names_odd_output_files_on_one_line_each(odd, capsys):
    tmp, passage, precis, _folder = odd
    code = main(["report", passage, precis, "--grammar", "off", "--pdf", str(tmp / "r\n.pdf"),
                 "--html", str(tmp / "r\n.html")])
    out = capsys.readouterr().out.splitlines()
    assert code == 0
    assert [line.split(" (")[0] for line in out] == [f"Wrote {str(tmp / 'r') !r}"[:-1] + r"\n.html'",
                                                    f"Wrote {str(tmp / 'r') !r}"[:-1] + r"\n.pdf'"]
