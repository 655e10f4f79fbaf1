"""Export a report as PDF or HTML, or print it through the system's print dialog."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtWidgets import QFileDialog

from tutor.core.textfile import shown_name
from tutor.gui.practice.report_pdf import html_document, page_layout, write_pdf

FILTERS = {"pdf": "PDF (*.pdf)", "html": "Web page (*.html)"}


def choose_report_path(window, kind: str, suggested: str) -> str:
    """Where to write; "" when the student cancels (the one place tests answer for the student)."""
    path, _ = QFileDialog.getSaveFileName(window, f"Export the report as {kind.upper()}", suggested, FILTERS[kind])
    return path


def _suggested(title: str, kind: str) -> str:
    stem = re.sub(r"[^\w\- ]+", "", title).strip().replace(" ", "-")[:60] or "precis"
    return str(Path.home() / f"report-{stem}.{kind}")


def export_report(window, html: str, kind: str, title: str) -> str:
    """Ask where, then write the report there as ``kind`` ("pdf" or "html"); the path written, or ""."""
    path = choose_report_path(window, kind, _suggested(title, kind))
    if not path:
        return ""
    if not path.lower().endswith(f".{kind}"):
        path += f".{kind}"
    try:
        if kind == "pdf":
            pages = write_pdf(html, path, f"Précis report: {title}")
            done = f"{pages} page{'s' * (pages != 1)}"
        else:
            Path(path).write_text(html, encoding="utf-8")
            done = "web page"
    except OSError as exc:
        window.show_problem("Report not written", f"{shown_name(path)} could not be written: {exc.strerror or exc}.")
        return ""
    window.statusBar().showMessage(f"Report written to {shown_name(path)} ({done}).", 10_000)
    return path


def print_report(window, html: str) -> bool:
    """The system's print dialog, then the report on the chosen printer; False if cancelled."""
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageLayout(page_layout())
    dialog = QPrintDialog(printer, window)
    dialog.setWindowTitle("Print the report")
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return False
    print_html(html, printer)
    return True


def print_html(html: str, printer) -> None:
    """Lay the report out on ``printer``'s pages (Qt adds page numbers) and print it."""
    html_document(html).print_(printer)
