"""The Practice menu: exams, submitting attempts, the history, the progress plot, reports."""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu


def build_practice_menu(window, menu: QMenu, make_action) -> dict[str, QAction]:
    """``make_action(menu, text, slot, shortcuts)`` is actions._action, so every menu behaves alike."""
    p = window.practice
    acts = {
        "exam_start": make_action(menu, "Start an &exam…", p.exam.start, ["Ctrl+E"]),
        "exam_pause": make_action(menu, "&Pause or resume the exam", p.exam.pause_or_resume, ["Ctrl+Shift+E"]),
        "exam_leave": make_action(menu, "&Leave the exam…", p.exam.leave),
        "submit": make_action(menu, "&Submit this attempt", p.submit, ["Ctrl+Return"]),
    }
    menu.addSeparator()
    acts["attempts"] = make_action(menu, "&Attempts and progress…", p.show_attempts, ["Ctrl+H"])
    menu.addSeparator()
    acts["export_pdf"] = make_action(menu, "Export the report as P&DF…", lambda: p.export_current("pdf"))
    acts["export_html"] = make_action(menu, "Export the report as &HTML…", lambda: p.export_current("html"))
    acts["print"] = make_action(menu, "P&rint the report…", p.print_current, [QKeySequence.StandardKey.Print])
    return acts
