"""One student's full report, read-only: their précis with its marks beside the feedback.

Opened from the class table. It never touches the main window's editor, so the
teacher's own précis (or a student's draft) is never replaced. The précis text
is shown as plain text.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QSplitter, QVBoxLayout, QWidget

from tutor.gui.panes.feedback_pane import FeedbackPane, Jump
from tutor.gui.marks.marked_text import MarkedText
from tutor.gui.marks.precis_marks import build_marks
from tutor.gui.theme import colours_for


def read_only_precis(report, parent: QWidget) -> MarkedText:
    """A read-only view of ``report``'s précis (title line included) with the report's marks."""
    view = MarkedText(parent)
    view.setReadOnly(True)
    text = report.precis.text
    view.setPlainText(text)
    view.set_marks(build_marks(report, text, view.document(), colours_for(parent)))
    return view


class ReportView(QDialog):
    def __init__(self, name: str, report, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(f"Report: {name}")
        self.resize(1100, 640)
        self.report = report
        heading = QLabel(name, self)
        heading.setTextFormat(Qt.TextFormat.PlainText)  # a file name is never markup
        heading.setAccessibleName("File")
        self.precis = read_only_precis(report, self)
        self.precis.setAccessibleName("Précis (read-only)")
        self.feedback = FeedbackPane(self)
        self.feedback.show_report(report)
        self.feedback.jump_requested.connect(self._jump)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(self.precis)
        split.addWidget(self.feedback)
        split.setSizes([600, 480])
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(split, 1)
        layout.addWidget(buttons)

    def _jump(self, jump: Jump) -> None:
        if jump.precis is not None:
            self.precis.select_span(jump.precis)
