"""File → Mark a folder…: every précis in a folder against one passage, as a table.

The teacher picks a passage and a folder; the files are marked in the
background (``ClassRun``) with a progress bar and a working Cancel, and each row
appears as its file is done. The table sorts by any column, a row opens that
student's full report (read-only), Export CSV writes the same columns, in
the same order, as ``precis-tutor mark``, and Export PDF writes each student's
report (``ClassPdfExport``): one PDF per student, or one combined file.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import (QComboBox, QDialog, QFileDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit,
                               QMenu, QProgressBar, QPushButton, QVBoxLayout, QWidget)

from tutor.core.errors import InputProblem
from tutor.core.marking import class_files, open_csv, write_rows
from tutor.core.passage import Passage
from tutor.core.textfile import shown_name
from tutor.gui.classroom.class_pdf import ClassPdfExport
from tutor.gui.classroom.class_run import ClassRun, RunSettings
from tutor.gui.classroom.class_table import ClassTable
from tutor.gui.classroom.report_view import ReportView

def passage_label(passage: Passage) -> str:
    where = Path(passage.origin).name if passage.origin else "pasted"
    return f"{passage.title} ({passage.words} words, from {where})"


class MarkFolderDialog(QDialog):
    """Non-blocking: ``open()`` it; the window stays usable while a class is marked."""

    def __init__(self, worker, passages: tuple[Passage, ...], settings: RunSettings,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle("Mark a folder of précis")
        self.resize(1100, 560)
        self.worker, self.settings, self.run = worker, settings, None
        self.pdf_export: ClassPdfExport | None = None
        self.passages = passages
        self.views: list[ReportView] = []
        self._build()
        if parent is not None:
            parent.installEventFilter(self)  # the window closing cancels the run, not waits for it

    # -- building ------------------------------------------------------------------------

    def _build(self) -> None:
        self.passage = QComboBox(self)
        for p in self.passages:
            self.passage.addItem(passage_label(p))
        self.folder = QLineEdit(self)
        self.folder.setPlaceholderText("A folder of .txt précis files, one per student")
        browse = QPushButton("&Browse…", self)
        browse.clicked.connect(self.browse)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(browse)
        form = QFormLayout()
        form.addRow("&Passage:", self.passage)
        folder_label = QLabel("&Folder:", self)
        folder_label.setBuddy(self.folder)
        form.addRow(folder_label, folder_row)
        self.progress = QProgressBar(self)
        self.progress.setFormat("%v of %m files")
        self.status = QLabel("", self)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        self.table = ClassTable(self)
        self.table.cellDoubleClicked.connect(lambda row, _col: self.open_report(row))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.table, 1)
        layout.addLayout(self._buttons())

    def _buttons(self) -> QHBoxLayout:
        self.start_button = QPushButton("&Mark", self)
        self.start_button.setDefault(True)
        self.start_button.clicked.connect(self.start)
        self.cancel_button = QPushButton("&Cancel", self)
        self.cancel_button.setEnabled(False)
        self.cancel_button.clicked.connect(self.cancel)
        self.report_button = QPushButton("Open &report", self)
        self.report_button.clicked.connect(lambda: self.open_report(self.table.currentRow()))
        self.csv_button = QPushButton("Export &CSV…", self)
        self.csv_button.clicked.connect(self.export_csv)
        self.pdf_button = QPushButton("Export &PDF reports…", self)
        pdf_menu = QMenu(self.pdf_button)
        pdf_menu.addAction("One PDF per student, into a folder…", lambda: self.export_pdfs())
        pdf_menu.addAction("One combined PDF…", lambda: self.export_combined_pdf())
        self.pdf_button.setMenu(pdf_menu)
        close = QPushButton("Close", self)
        close.clicked.connect(self.reject)
        row = QHBoxLayout()
        for button in (self.start_button, self.cancel_button, self.report_button, self.csv_button, self.pdf_button):
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(close)
        return row

    # -- marking ---------------------------------------------------------------------------

    def browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, "Folder of précis files", self.folder.text())
        if folder:
            self.folder.setText(folder)

    def start(self) -> None:
        """Mark every .txt file of the folder; a bad folder is said in the status line."""
        if self.run is not None and self.run.running:
            return
        try:
            files = class_files(self.folder.text().strip() or ".")
        except InputProblem as problem:
            self.status.setText(str(problem))
            return
        self.table.setRowCount(0)
        self.progress.setRange(0, len(files))
        self.progress.setValue(0)
        self.status.setText(f"Marking {len(files)} files…")
        passage = self.passages[self.passage.currentIndex()]
        self.run = ClassRun(self.worker, passage, files, self.settings, self)
        self.run.marked.connect(self._add)
        self.run.failed.connect(self.status.setText)
        self.run.finished.connect(self._finished)
        self._set_running(True)
        self.run.start()

    def _add(self, marked) -> None:
        self.table.add(marked)
        self.progress.setValue(self.progress.value() + 1)

    def _finished(self, cancelled: bool) -> None:
        self._set_running(False)
        rows = self.table.all_marked()
        failed = sum(m.failed for m in rows)
        said = f"Cancelled after {len(rows)} of {self.progress.maximum()} files." if cancelled else \
            f"Marked {len(rows) - failed} of {len(rows)} précis."
        if failed:
            said += f" {failed} could not be read (see the Problem column)."
        if not self.status.text().startswith("Marking could not start"):
            self.status.setText(said)

    def _set_running(self, running: bool) -> None:
        self.start_button.setEnabled(not running)
        self.cancel_button.setEnabled(running)
        self.passage.setEnabled(not running)
        self.folder.setEnabled(not running)
        self.csv_button.setEnabled(not running)
        self.pdf_button.setEnabled(not running)

    def cancel(self) -> None:
        if self.pdf_export is not None and self.pdf_export.running:
            self.pdf_export.cancel()
        if self.run is not None:
            self.run.cancel()
            self.status.setText("Cancelling…")

    # -- what the teacher does with the table -------------------------------------------------

    def open_report(self, row: int) -> ReportView | None:
        marked = self.table.marked_at(row) if row >= 0 else None
        if marked is None or marked.report is None:
            return None
        view = ReportView(marked.path.name, marked.report, self)
        view.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.views.append(view)
        view.show()
        return view

    def export_csv(self, path: str = "") -> bool:
        """Write the table as ``precis-tutor mark`` would; False (and a status line) on failure."""
        if not self.table.rowCount():
            self.status.setText("Nothing to export yet: mark a folder first.")
            return False
        if not path:
            path, _ = QFileDialog.getSaveFileName(self, "Export the class table", "class.csv", "CSV (*.csv)")
            if not path:
                return False
        try:
            with open_csv(path, [m.path for m in self.table.all_marked()]) as out:
                write_rows(out, (m.row for m in self.table.all_marked()))
        except (InputProblem, OSError) as problem:
            self.status.setText(f"The CSV was not written: {problem}")
            return False
        self.status.setText(f"Wrote {shown_name(path)}.")
        return True

    def export_pdfs(self, folder: str = "") -> bool:
        """Start writing one PDF report per student into ``folder`` (asked when empty); False if not started."""
        if not self._can_export():
            return False
        folder = folder or QFileDialog.getExistingDirectory(self, "Folder for the students' PDF reports")
        return bool(folder) and self._export(folder, combined=False)

    def export_combined_pdf(self, path: str = "") -> bool:
        """Start writing every student's report into one PDF at ``path`` (asked when empty)."""
        if not self._can_export():
            return False
        if not path:
            path, _ = QFileDialog.getSaveFileName(self, "Export the class's reports", "class-reports.pdf",
                                                  "PDF (*.pdf)")
        if path and not path.lower().endswith(".pdf"):
            path += ".pdf"
        return bool(path) and self._export(path, combined=True)

    def _can_export(self) -> bool:
        if (self.run is not None and self.run.running) or (self.pdf_export is not None and self.pdf_export.running):
            self.status.setText("Wait until the marking or the export under way has finished.")
            return False
        if not self.table.rowCount():
            self.status.setText("Nothing to export yet: mark a folder first.")
            return False
        return True

    def _export(self, target: str, combined: bool) -> bool:
        self.pdf_export = ClassPdfExport(self.table.all_marked(), target, combined, self)
        self.progress.setRange(0, len(self.pdf_export.students))
        self.progress.setValue(0)
        self.progress.setFormat("%v of %m reports")
        self.status.setText(f"Writing {len(self.pdf_export.students)} reports…")
        self.pdf_export.progress.connect(lambda done, _total: self.progress.setValue(done))
        self.pdf_export.finished.connect(self._exported)
        self._set_running(True)
        self.pdf_export.start()
        return True

    def _exported(self, message: str) -> None:
        self._set_running(False)
        self.progress.setFormat("%v of %m files")
        self.status.setText(message)

    # -- closing -------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.parent() and event.type() == QEvent.Type.Close:
            self.cancel()
        return False

    def done(self, result: int) -> None:
        self.cancel()  # a run left behind would keep the worker busy for nobody
        super().done(result)
