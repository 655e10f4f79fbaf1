"""Reports on paper: a PDF written with Qt's own PDF writer, and the system's print dialog.

The page is ``tutor.core.report_html``'s HTML laid out by ``QTextDocument``, so
the text in the PDF is real text (selectable, searchable), not a picture.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import QFont, QGuiApplication, QPageLayout, QPageSize, QPainter, QPdfWriter, QTextDocument

PDF_DPI = 300
MARGIN_MM = 15.0
FOOTER_PT = 8.0


def ensure_app() -> QGuiApplication:
    """A Qt application for laying out text: the running one, or one for the command line.

    On Linux the command line's is offscreen: it shows no window, and needs no display.
    It is a full QApplication, so widgets made later in the same process still work.
    """
    from PySide6.QtWidgets import QApplication

    app = QGuiApplication.instance()
    if app is None:
        if sys.platform.startswith("linux"):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = QApplication(["precis-tutor"])
    return app


def page_layout() -> QPageLayout:
    """A4 portrait, 15 mm margins (printing on Letter paper still fits)."""
    return QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                       QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM), QPageLayout.Unit.Millimeter)


def html_document(html: str) -> QTextDocument:
    doc = QTextDocument()
    doc.setHtml(html)
    return doc


def write_pdf(html: str, path: str | Path, title: str = "Précis report") -> int:
    """Write the report's HTML as an A4 PDF at ``path``, each page with a footer
    ("title · page 2 of 3"); the number of pages. Raises OSError when it cannot be written."""
    book = PdfBook(path, title)
    book.add(html, title)
    return book.close()


class PdfBook:
    """One PDF of several reports, each starting on a new page with its own page numbers
    ("amina.txt · page 1 of 2"): a class's reports in one file. ``add`` one report at a time
    (the GUI adds one per event-loop turn), then ``close``. Raises OSError when the file
    cannot be written (on opening, or on closing when it came out empty).
    """

    def __init__(self, path: str | Path, title: str = "Précis report"):
        ensure_app()
        self.path, self.pages = Path(path), 0
        self._writer = QPdfWriter(str(path))
        self._writer.setResolution(PDF_DPI)
        self._writer.setPageLayout(page_layout())
        self._writer.setTitle(title)
        self._writer.setCreator("Précis Tutor")
        self._painter = QPainter()
        if not self._painter.begin(self._writer):
            raise OSError(f"{path} could not be written")

    def add(self, html: str, title: str) -> int:
        """Lay out one report's HTML from a new page; the number of pages it took."""
        doc = html_document(html)
        # Laid out in the writer's own pixels, so 10 pt text is 10 pt on paper and pages break where printed.
        doc.documentLayout().setPaintDevice(self._writer)
        rect = self._writer.pageLayout().paintRectPixels(PDF_DPI)
        footer = round(FOOTER_PT * 2.5 * PDF_DPI / 72)  # the footer's line and the gap above it
        doc.setPageSize(QSizeF(rect.width(), rect.height() - footer))
        if self.pages:
            self._writer.newPage()
        _paint_pages(self._painter, self._writer, doc, title, footer)
        self.pages += doc.pageCount()
        return doc.pageCount()

    def close(self) -> int:
        """End the file; the number of pages written. Raises OSError when it came out empty."""
        if self._painter.isActive():
            self._painter.end()
        self._writer = None  # ends the PDF: the file is complete only once the writer is gone
        if not self.path.is_file() or self.path.stat().st_size == 0:
            raise OSError(f"{self.path} could not be written")
        return self.pages


def _paint_pages(painter: QPainter, writer: QPdfWriter, doc: QTextDocument, title: str, footer: int) -> None:
    width, height = doc.pageSize().width(), doc.pageSize().height()
    font = QFont()
    font.setPointSizeF(FOOTER_PT)
    pages = doc.pageCount()
    for page in range(pages):
        if page:
            writer.newPage()
        painter.save()
        painter.translate(0, -page * height)
        doc.drawContents(painter, QRectF(0, page * height, width, height))
        painter.restore()
        painter.setFont(font)
        painter.setPen(Qt.GlobalColor.darkGray)
        painter.drawText(QRectF(0, height, width, footer), Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom,
                         f"{title} · page {page + 1} of {pages}")
