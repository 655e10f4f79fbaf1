"""File → Mark a folder…: a class marked in the background, as a sortable table that agrees with
``precis-tutor mark`` number for number."""

from __future__ import annotations

import unicodedata
from pathlib import Path

from PySide6.QtCore import Qt

from classroom_texts import SECOND_STUDENT, STUDENT, write_pack
from tutor.cli import main as cli_main


def _class_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "class"
    folder.mkdir()
    (folder / "amina.txt").write_text(STUDENT, encoding="utf-8")
    (folder / "bilal.txt").write_text(SECOND_STUDENT, encoding="utf-8")
    (folder / "chen.txt").write_bytes(b"\x00\x01binary, not a precis\x00" * 20)  # unreadable
    (folder / "notes.md").write_text("not a précis: not marked", encoding="utf-8")
    return folder


def _marked_dialog(window, qtbot, folder: Path):
    dialog = window.classroom.mark_folder()
    dialog.folder.setText(str(folder))
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.run.running, timeout=60_000)
    return dialog


def test_marking_a_folder_agrees_with_the_command_line_csv(make_window, qtbot, tmp_path):
    pack = write_pack(tmp_path / "rooftops.json")
    folder = _class_folder(tmp_path)
    cli_csv = tmp_path / "cli.csv"
    assert cli_main(["mark", pack, str(folder), "--csv", str(cli_csv), "--grammar", "harper"]) == 0

    window = make_window(engine="harper")
    assert window.commands.open_passage_path(pack)
    dialog = _marked_dialog(window, qtbot, folder)
    assert "Marked 2 of 3 précis. 1 could not be read" in dialog.status.text()
    gui_csv = tmp_path / "gui.csv"
    assert dialog.export_csv(str(gui_csv))

    assert gui_csv.read_text(encoding="utf-8") == cli_csv.read_text(encoding="utf-8")
    assert dialog.table.rowCount() == 3
    assert dialog.progress.value() == 3


def test_an_unreadable_file_gets_a_row_with_its_problem(make_window, qtbot, tmp_path):
    window = make_window()
    assert window.commands.open_passage_path(write_pack(tmp_path / "rooftops.json"))
    dialog = _marked_dialog(window, qtbot, _class_folder(tmp_path))
    files = dialog.table.column_values("File")
    problems = dialog.table.column_values("Problem")
    chen = files.index("chen.txt")
    assert "chen.txt" in problems[chen] and problems[chen]
    assert dialog.table.column_values("Total /20")[chen] == ""
    assert all(problems[i] == "" for i in range(len(files)) if i != chen)


def test_the_class_table_sorts_by_score(make_window, qtbot, tmp_path):
    window = make_window()
    assert window.commands.open_passage_path(write_pack(tmp_path / "rooftops.json"))
    dialog = _marked_dialog(window, qtbot, _class_folder(tmp_path))
    header = dialog.table.horizontalHeader()
    total = [h for h in range(dialog.table.columnCount())
             if dialog.table.horizontalHeaderItem(h).text() == "Total /20"][0]
    dialog.table.sortItems(total, Qt.SortOrder.DescendingOrder)
    scores = [s for s in dialog.table.column_values("Total /20") if s != ""]
    assert scores == sorted(scores, reverse=True) and len(scores) == 2
    assert header.sortIndicatorSection() == total


def test_a_rows_full_report_opens_read_only_with_its_marks(make_window, qtbot, tmp_path):
    window = make_window()
    assert window.commands.open_passage_path(write_pack(tmp_path / "rooftops.json"))
    mine = "My own précis, kept."
    window.editor_pane.set_precis("Mine", mine)
    dialog = _marked_dialog(window, qtbot, _class_folder(tmp_path))
    row = dialog.table.column_values("File").index("amina.txt")
    view = dialog.open_report(row)
    assert view.precis.isReadOnly()
    assert view.precis.toPlainText() == STUDENT
    assert view.feedback.score.text() == f"{view.report.score.total:g} / 20"
    assert window.editor_pane.precis_text() == mine  # the teacher's editor is untouched


def test_cancel_stops_marking_and_says_so(make_window, qtbot, tmp_path):
    window = make_window()
    assert window.commands.open_passage_path(write_pack(tmp_path / "rooftops.json"))
    folder = tmp_path / "big"
    folder.mkdir()
    for i in range(40):
        (folder / f"s{i:02}.txt").write_text(STUDENT, encoding="utf-8")
    dialog = window.classroom.mark_folder()
    dialog.folder.setText(str(folder))
    dialog.start()
    assert dialog.cancel_button.isEnabled() and not dialog.start_button.isEnabled()
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.run.running, timeout=60_000)
    assert dialog.table.rowCount() < 40
    assert dialog.status.text().startswith("Cancelled")
    assert dialog.start_button.isEnabled()


def test_a_folder_without_precis_files_is_said_in_the_dialog(make_window, tmp_path):
    window = make_window()
    dialog = window.classroom.mark_folder()
    dialog.folder.setText(str(tmp_path))
    dialog.start()
    assert "holds no .txt précis files" in dialog.status.text()
    assert dialog.table.rowCount() == 0


def _pdf_text(path: Path) -> str:
    from pypdf import PdfReader

    return " ".join(_plain(page) for page in PdfReader(path).pages)


def _plain(page) -> str:
    """A PDF page's text as one line, with ligatures ("ﬁ") spelled out."""
    return " ".join(unicodedata.normalize("NFKC", page.extract_text()).split())


def _exported(dialog, qtbot, start) -> None:
    assert start()
    assert not dialog.pdf_button.isEnabled()  # one export at a time
    qtbot.waitUntil(lambda: not dialog.pdf_export.running, timeout=60_000)


def test_the_class_exports_one_pdf_per_student_and_skips_the_unreadable_file(make_window, qtbot, tmp_path):
    window = make_window()
    assert window.commands.open_passage_path(write_pack(tmp_path / "rooftops.json"))
    dialog = _marked_dialog(window, qtbot, _class_folder(tmp_path))
    out = tmp_path / "pdfs"
    out.mkdir()
    _exported(dialog, qtbot, lambda: dialog.export_pdfs(str(out)))

    assert sorted(p.name for p in out.iterdir()) == ["amina-report.pdf", "bilal-report.pdf"]
    amina, bilal = _pdf_text(out / "amina-report.pdf"), _pdf_text(out / "bilal-report.pdf")
    assert "Student file: amina.txt" in amina and "bilal.txt" not in amina
    assert "Student file: bilal.txt" in bilal
    # Amina's précis leaves out the families and is too short: her report says both.
    assert "✗ missing Families grow vegetables and meet neighbours on the roofs." in amina
    assert "too short" in amina and "changed into gardens by councils" in amina
    assert "Skipped (could not be read, no report): chen.txt" in dialog.status.text()
    assert dialog.pdf_button.isEnabled()


def test_the_class_exports_one_combined_pdf_with_every_readable_student(make_window, qtbot, tmp_path):
    from pypdf import PdfReader

    window = make_window()
    assert window.commands.open_passage_path(write_pack(tmp_path / "rooftops.json"))
    dialog = _marked_dialog(window, qtbot, _class_folder(tmp_path))
    combined = tmp_path / "class"  # ".pdf" is added
    _exported(dialog, qtbot, lambda: dialog.export_combined_pdf(str(combined)))

    text = _pdf_text(tmp_path / "class.pdf")
    assert text.index("Student file: amina.txt") < text.index("Student file: bilal.txt")
    assert "chen.txt" not in text
    assert "✗ missing Families grow vegetables and meet neighbours on the roofs." in text
    pages = [_plain(p) for p in PdfReader(tmp_path / "class.pdf").pages]
    bilal_first = [n for n, page in enumerate(pages) if "Student file: bilal.txt" in page][0]
    assert "amina.txt" not in pages[bilal_first]  # each student starts on a page of their own
    assert "class.pdf" in dialog.status.text() and "chen.txt" in dialog.status.text()


def test_pdf_export_before_marking_says_there_is_nothing_yet(make_window, tmp_path):
    dialog = make_window().classroom.mark_folder()
    assert not dialog.export_combined_pdf(str(tmp_path / "class.pdf"))
    assert "Nothing to export yet" in dialog.status.text()
    assert not (tmp_path / "class.pdf").exists()


def test_a_marked_class_is_listed_by_file_name_from_a_to_z(make_window, qtbot, tmp_path):
    window = make_window()
    assert window.commands.open_passage_path(write_pack(tmp_path / "rooftops.json"))
    dialog = _marked_dialog(window, qtbot, _class_folder(tmp_path))
    assert dialog.table.column_values("File") == ["amina.txt", "bilal.txt", "chen.txt"]  # was chen, bilal, amina
    assert dialog.table.horizontalHeader().sortIndicatorOrder() == Qt.SortOrder.AscendingOrder


def test_the_class_table_counts_contradicted_points_beside_covered_partial_and_missing(make_window, qtbot,
                                                                                     tmp_path):
    window = make_window()
    assert window.commands.open_passage_path(write_pack(tmp_path / "rooftops.json"))
    dialog = _marked_dialog(window, qtbot, _class_folder(tmp_path))
    headers = [dialog.table.horizontalHeaderItem(h).text() for h in range(dialog.table.columnCount())]
    assert headers[headers.index("Missing") + 1] == "Contradicted"
    assert [v for v in dialog.table.column_values("Contradicted") if v != ""] == [0, 0]
