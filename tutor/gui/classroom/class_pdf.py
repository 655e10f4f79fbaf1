"""A marked class's reports as PDF: one file per student into a folder, or one combined file.

Each page is the same report ``precis-tutor report`` writes (``tutor.core.report_html``
laid out by ``report_pdf``), headed with the student's file name. Qt lays text out
for a PDF on the GUI thread, so the export writes one student per event-loop turn:
the window stays responsive and Cancel works between students. Files that could not
be read have no report; they are skipped and named in the closing message.
"""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from tutor.core.marking import Marked
from tutor.core.report_html import render_html
from tutor.gui.practice.report_pdf import PdfBook, write_pdf


def student_html(marked: Marked, when: str) -> str:
    """One student's report page (HTML), headed with the file's name and ``when`` it was marked."""
    report = marked.report
    return render_html(report.to_json(), report.precis.text, report.passage.text,
                       (f"Student file: {marked.path.name}", f"Marked on {when}"))


def pdf_name(marked: Marked) -> str:
    """The per-student PDF's file name: ``amina.txt`` → ``amina-report.pdf``."""
    return f"{marked.path.stem}-report.pdf"


class ClassPdfExport(QObject):
    """Writes ``rows``' reports to ``target``: a folder (``combined`` False) or one PDF file.

    ``start()`` once; ``progress(done, total)`` follows each student and ``finished(message)``
    ends it (written, cancelled, or the write error), in the GUI thread.
    """

    progress = Signal(int, int)
    finished = Signal(str)

    def __init__(self, rows: list[Marked], target: str | Path, combined: bool, parent: QObject | None = None):
        super().__init__(parent)
        self.students = [m for m in rows if m.report is not None]
        self.skipped = [m.path.name for m in rows if m.report is None]
        self.target, self.combined = Path(target), combined
        self.when = time.strftime("%d %B %Y, %H:%M")
        self.done, self.cancelled, self.running = 0, False, False
        self._book: PdfBook | None = None

    def start(self) -> None:
        self.running = True
        if not self.students:
            return self._end("No PDF written: no file of the class could be read.")
        try:
            if self.combined:
                self._book = PdfBook(self.target, "Précis reports")
        except OSError as problem:
            return self._end(f"The PDF was not written: {problem}.")
        QTimer.singleShot(0, self._next)

    def cancel(self) -> None:
        self.cancelled = True

    def _next(self) -> None:
        if self.cancelled:
            return self._end(f"PDF export cancelled after {self.done} of {len(self.students)} students.")
        marked = self.students[self.done]
        html = student_html(marked, self.when)
        try:
            if self._book is not None:
                self._book.add(html, marked.path.name)
            else:
                write_pdf(html, self.target / pdf_name(marked), f"Précis report: {marked.path.name}")
        except OSError as problem:
            return self._end(f"The PDF was not written: {problem}.")
        self.done += 1
        self.progress.emit(self.done, len(self.students))
        if self.done < len(self.students):
            QTimer.singleShot(0, self._next)
        else:
            self._end(self._written())

    def _written(self) -> str:
        n = len(self.students)
        said = f"Wrote {n} report{'s' * (n != 1)} "
        said += f"into {self.target}." if self.combined else f"as {n} PDF{'s' * (n != 1)} into {self.target}."
        if self.skipped:
            said += f" Skipped (could not be read, no report): {', '.join(self.skipped)}."
        return said

    def _end(self, message: str) -> None:
        if self._book is not None:
            book, self._book = self._book, None
            try:
                book.close()
            except OSError as problem:
                message = f"The PDF was not written: {problem}."
        self.running = False
        self.finished.emit(message)
