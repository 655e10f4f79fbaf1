"""The precis-tutor command line, as a student or a teacher uses it."""

import csv
import json
import os
import subprocess
import sys

import pytest

from tutor.cli import main
from tutor.core import marking

PASSAGE = ("Coastal towns in the south have lost a third of their beaches since 1990, as sea levels rose "
           "and sand mining went unchecked. A $12 billion plan approved in 2021 will build sea walls and "
           "restore dunes, while a new law bans mining within five kilometres of the shore. Engineers warn "
           "that walls alone shift erosion to neighbouring towns, so the plan pairs every wall with "
           "replanted mangroves. Fishermen, who depend on healthy shores, have been hired to plant them.\n")
PRECIS = ("Saving the Shore\n\nSouthern beaches have shrunk since 1990 because of rising seas and sand mining. "
          "A $15 billion scheme from 2021 funds walls and dunes and bans mining near the coast. Since walls "
          "move erosion elsewhere, each is paired with mangroves planted by fishermen.\n")


@pytest.fixture
def files(tmp_path):
    p, q = tmp_path / "passage.txt", tmp_path / "precis.txt"
    p.write_text(PASSAGE, encoding="utf-8")
    q.write_text(PRECIS, encoding="utf-8")
    return p, q


def test_check_json_follows_schema_one(files, capsys):
    assert main(["check", str(files[0]), str(files[1]), "--json", "--grammar", "off"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["schema"] == 1
    assert {"passage", "precis", "target", "key_points", "facts", "copied", "style", "grammar", "score"} <= set(report)
    assert report["precis"]["title"] == "Saving the Shore"
    assert report["passage"]["words"] == 80 and report["target"]["words"] == 27
    assert report["score"]["out_of"] == 20
    [fact] = report["facts"]
    assert (fact["precis_text"], fact["passage_text"]) == ("$15 billion", "$12 billion")
    assert PRECIS[slice(*fact["precis_span"])] == "$15 billion"
    assert PASSAGE[slice(*fact["passage_span"])] == "$12 billion"
    for kp in report["key_points"]:
        assert kp["status"] in ("covered", "partial", "missing") and 0 <= kp["score"] <= 1


def test_check_prints_a_readable_report(files, capsys):
    assert main(["check", str(files[0]), str(files[1]), "--grammar", "off"]) == 0
    out = capsys.readouterr().out
    assert "“$15 billion” where the passage says “$12 billion”" in out
    assert "Score:" in out and "/ 20" in out
    assert "Title:  “Saving the Shore”" in out


def test_a_given_title_and_target_are_used(files, capsys):
    files[1].write_text(PRECIS.split("\n\n", 1)[1])
    main(["check", str(files[0]), str(files[1]), "--json", "--grammar", "off", "--title", "Shores", "--target", "40"])
    report = json.loads(capsys.readouterr().out)
    assert report["precis"]["title"] == "Shores"
    assert (report["target"]["words"], report["target"]["min"], report["target"]["max"]) == (40, 36, 44)


def test_a_txt_passage_with_a_title_line_is_titled_and_counted_as_the_app_reads_it(files, capsys):
    files[0].write_text("Shores Under Threat\n\n" + PASSAGE, encoding="utf-8")
    assert main(["check", str(files[0]), str(files[1]), "--json", "--grammar", "off"]) == 0
    report = json.loads(capsys.readouterr().out)
    # The title line is the passage's title, not 3 more words of the passage to compress.
    assert report["passage"]["title"] == "Shores Under Threat"
    assert report["passage"]["words"] == 80 and report["target"]["words"] == 27


def test_a_txt_passage_without_a_title_line_is_titled_by_its_file_name(files, tmp_path, capsys):
    named = tmp_path / "coastal_towns.txt"
    named.write_text(PASSAGE, encoding="utf-8")
    assert main(["check", str(named), str(files[1]), "--grammar", "off"]) == 0
    assert "passage: Coastal towns (80 words" in capsys.readouterr().out


def test_a_missing_file_exits_2_and_names_it(files, capsys):
    assert main(["check", str(files[0]), "/no/such/precis.txt"]) == 2
    assert "/no/such/precis.txt does not exist" in capsys.readouterr().err


def test_an_empty_passage_exits_2(files, capsys):
    files[0].write_text("\n")
    assert main(["check", str(files[0]), str(files[1])]) == 2
    assert "is empty" in capsys.readouterr().err


def test_mark_writes_a_row_per_precis_and_a_row_with_the_error_for_a_bad_file(files, tmp_path, capsys):
    folder = tmp_path / "class"
    folder.mkdir()
    (folder / "ali.txt").write_text(PRECIS)
    (folder / "sara.txt").write_text(PRECIS.replace("$15", "$12"))
    (folder / "broken.txt").write_bytes(b"\x00\x01binary")
    (folder / "folder.txt").mkdir()
    (folder / "notes.md").write_text("not a précis")
    out = tmp_path / "marks.csv"
    assert main(["mark", str(files[0]), str(folder), "--csv", str(out), "--grammar", "off"]) == 0
    rows = {r["file"]: r for r in csv.DictReader(out.open(encoding="utf-8-sig"))}
    assert set(rows) == {"ali.txt", "sara.txt", "broken.txt", "folder.txt"}
    assert "not a text file" in rows["broken.txt"]["error"]
    assert "is a folder" in rows["folder.txt"]["error"]
    assert rows["ali.txt"]["wrong_facts"] == "1" and rows["sara.txt"]["wrong_facts"] == "0"
    # A wrong fact is reported, but costs no content until fact findings are precise on student text.
    assert float(rows["sara.txt"]["total"]) >= float(rows["ali.txt"]["total"])
    assert "Marked 2 of 4" in capsys.readouterr().out


def test_mark_refuses_an_unwritable_csv_before_marking(files, tmp_path, capsys):
    folder = tmp_path / "class"
    folder.mkdir()
    (folder / "ali.txt").write_text(PRECIS)
    assert main(["mark", str(files[0]), str(folder), "--csv", str(tmp_path / "no" / "such" / "m.csv"),
                 "--grammar", "off"]) == 2
    assert "cannot be written" in capsys.readouterr().err


def test_library_lists_the_bundled_passages(capsys):
    assert main(["library"]) == 0
    lines = capsys.readouterr().out.strip().splitlines()
    assert len(lines) >= 12
    assert all("words" in line for line in lines)


def test_python_dash_m_tutor_runs_the_same_command(files):
    result = subprocess.run([sys.executable, "-m", "tutor", "check", str(files[0]), str(files[1]), "--json",
                             "--grammar", "off"], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["schema"] == 1


def test_python_dash_m_tutor_cli_runs_the_same_command(files):
    result = subprocess.run([sys.executable, "-m", "tutor.cli", "check", str(files[0]), str(files[1]), "--json",
                             "--grammar", "off"], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["schema"] == 1


def test_check_fills_grammar_from_harper_and_names_the_engine(files, capsys):
    files[1].write_text(PRECIS.replace("Since walls", "They was warned that walls"))
    assert main(["check", str(files[0]), str(files[1]), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["grammar_engine"]["name"] == "harper"
    assert "Harper" in report["grammar_engine"]["status"]
    spans = [tuple(g["span"]) for g in report["grammar"]]
    text = files[1].read_text()
    assert any(text[a:b] == "was" for a, b in spans)


def test_an_unreachable_languagetool_server_falls_back_to_harper_with_a_reason(files, capsys):
    code = main(["check", str(files[0]), str(files[1]), "--json", "--grammar", "languagetool",
                 "--lt-server", "http://127.0.0.1:9"])
    assert code == 0
    status = json.loads(capsys.readouterr().out)["grammar_engine"]["status"]
    assert "unavailable" in status and "Harper" in status


def test_without_a_display_the_app_says_so_instead_of_crashing(monkeypatch):
    env = {k: v for k, v in __import__("os").environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    result = subprocess.run([sys.executable, "-m", "tutor"], capture_output=True, text=True, timeout=60, env=env)
    assert result.returncode == 2
    assert "no display found" in result.stderr and "precis-tutor check" in result.stderr


def test_a_report_redirected_to_a_file_in_another_encoding_does_not_crash(files, tmp_path):
    env = dict(__import__("os").environ, PYTHONIOENCODING="cp1252")
    result = subprocess.run([sys.executable, "-m", "tutor", "check", str(files[0]), str(files[1]), "--grammar", "off"],
                            capture_output=True, env=env, timeout=60)
    assert result.returncode == 0, result.stderr
    assert "“$15 billion”" in result.stdout.decode("utf-8")


@pytest.mark.parametrize("option", [["--target", "0"], ["--target", "-5"], ["--tolerance", "-0.5"],
                                    ["--tolerance", "1.5"], ["--tolerance", "nan"]])
def test_a_meaningless_target_or_tolerance_exits_2(files, capsys, option):
    assert main(["check", str(files[0]), str(files[1]), "--grammar", "off", *option]) == 2
    assert option[0] in capsys.readouterr().err


def test_a_model_precis_with_only_a_title_is_refused(files, tmp_path, capsys):
    model = tmp_path / "model.txt"
    model.write_text("Title: Shores\n")
    assert main(["check", str(files[0]), str(files[1]), "--grammar", "off", "--model", str(model)]) == 2
    assert "model.txt: the model précis has a title but no text" in capsys.readouterr().err


def test_a_model_precis_gives_the_key_points(files, tmp_path, capsys):
    model = tmp_path / "model.txt"
    model.write_text("Shores\n\nRising seas and unchecked sand mining have cost southern towns a third of their "
                     "beaches. A 2021 plan pays for sea walls, dunes and a ban on mining near the shore.\n")
    assert main(["check", str(files[0]), str(files[1]), "--grammar", "off", "--model", str(model), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["key_point_source"] == "model" and report["key_points"]


def test_check_from_a_fresh_start_reports_the_learner_rules_finding_with_a_complete_status(files, tmp_path):
    # A new process: spaCy has never loaded, as when a student runs the command.
    files[1].write_text(PRECIS.replace("Since walls move", "The fishermen was hired. Since walls move"))
    result = subprocess.run([sys.executable, "-m", "tutor", "check", str(files[0]), str(files[1])],
                            capture_output=True, text=True, timeout=300,
                            env={**os.environ, "PRECIS_TUTOR_HOME": str(tmp_path / "home")})
    assert result.returncode == 0, result.stderr
    assert "“was” → were (line 3): “was” does not agree with the plural subject “fishermen”" in result.stdout
    assert "Grammar and spelling (Grammar: Harper (British English)):" in result.stdout  # nothing left loading


STUDENT = os.path.join(os.path.dirname(__file__), "fixtures", "student")


def test_mark_counts_a_contradicted_point_so_the_statuses_add_up_to_the_key_points(tmp_path, capsys):
    folder = tmp_path / "class"
    folder.mkdir()
    for name in ("kot-sabir-good.txt", "kot-sabir-reversed.txt"):  # "reversed" says her girls scored lower
        (folder / name).write_text(open(os.path.join(STUDENT, name), encoding="utf-8").read(), encoding="utf-8")
    out = tmp_path / "marks.csv"
    assert main(["mark", os.path.join(STUDENT, "kot-sabir-pack.json"), str(folder), "--csv", str(out),
                 "--grammar", "off"]) == 0
    rows = {r["file"]: r for r in csv.DictReader(out.open(encoding="utf-8-sig"))}
    reversed_row = rows["kot-sabir-reversed.txt"]
    assert reversed_row["contradicted"] == "1" and rows["kot-sabir-good.txt"]["contradicted"] == "0"
    for row in rows.values():  # 7 required points in the pack (one more is an optional detail)
        assert sum(int(row[k]) for k in ("covered", "partial", "missing", "contradicted")) == 7


def test_mark_gives_each_key_point_a_column_and_lists_files_as_a_teacher_reads_them(tmp_path, capsys):
    folder = tmp_path / "class"
    folder.mkdir()
    good = open(os.path.join(STUDENT, "kot-sabir-good.txt"), encoding="utf-8").read()
    for name in ("student10.txt", "student2.txt", "Zoë.txt", "ali.txt"):
        (folder / name).write_text(good, encoding="utf-8")
    out = tmp_path / "marks.csv"
    assert main(["mark", os.path.join(STUDENT, "kot-sabir-pack.json"), str(folder), "--csv", str(out),
                 "--grammar", "off"]) == 0
    assert out.read_bytes().startswith(b"\xef\xbb\xbf")  # a byte-order mark, so Excel reads "Zoë" right
    rows = list(csv.DictReader(out.open(encoding="utf-8-sig")))
    assert [r["file"] for r in rows] == ["ali.txt", "student2.txt", "student10.txt", "Zoë.txt"]
    columns = [c for c in rows[0] if c not in marking.CSV_FIELDS]
    assert len(columns) == 8 and columns[0].startswith("kp1: ") and columns[-1].endswith("(optional)")
    statuses = [rows[0][c] for c in columns]
    assert set(statuses) <= {"covered", "partial", "missing", "contradicted"}
    assert statuses.count("covered") == int(rows[0]["covered"]) + (statuses[-1] == "covered")
