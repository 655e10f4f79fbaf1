"""View → Model précis beside mine: a passage's model précis next to the student's.

Both are checked against the same key points (the model on the worker's
``check`` lane, with the session's grammar engine), so the scores sit side by
side and each text marks the words that cover each key point: solid for covered,
dashed for partly, with the point's number in the tooltip. A table below gives
every key point's status in both, by symbol as well as colour. Where a passage
has several models, Previous and Next step through them. Pack text is plain text.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QDialog, QGridLayout, QHBoxLayout, QHeaderView, QLabel, QPushButton, QTableWidget,
                               QTableWidgetItem, QVBoxLayout, QWidget)

from tutor.core.passage import ModelPrecis
from tutor.gui.panes.feedback_outline import STATUS_LABELS
from tutor.gui.marks.marked_text import MarkedText
from tutor.gui.marks.mark import COVERAGE, Note, coverage_format, make_mark
from tutor.gui.offsets import OffsetMap
from tutor.gui.theme import colours_for
from tutor.gui.checks.worker import Outcome

MODEL_LANE = "check"  # the session's grammar engine is only ever used on this lane
MARKED = ("covered", "partial")  # statuses whose words are marked in the texts


def status_label(status: str) -> str:
    """A key point's status by symbol and word (never by colour alone)."""
    return STATUS_LABELS.get(status, status)


def check_model(passage, model: ModelPrecis, tolerance: float, grammar):
    """The report on a model précis, as if a student had written it (runs in the background)."""
    from tutor.core.analysis import analyse_passage, check

    if grammar is not None:
        grammar.use_passage(passage)
    return check(analyse_passage(passage), model.text, title=model.title or None, tolerance=tolerance,
                 engine=grammar)


def point_marks(report, view: MarkedText) -> list:
    """Marks over the words of ``report``'s précis that cover (or partly cover) each key point."""
    colours, text = colours_for(view), view.toPlainText()
    offsets, marks = OffsetMap(text), []
    for number, c in enumerate(report.coverage.points, 1):
        span = c.evidence_span
        if c.status not in MARKED or span is None or span.end <= span.start or span.end > len(text):
            continue
        note = Note(COVERAGE, f"Key point {number}, {status_label(c.status)}: {c.point.text}", c.status)
        marks.append(make_mark(view.document(), *offsets.span_to_qt(span), coverage_format(colours, c.status), note))
    return marks


def _plain_label(text: str, parent: QWidget, bold: bool = False) -> QLabel:
    label = QLabel(text, parent)
    label.setTextFormat(Qt.TextFormat.PlainText)  # titles come from packs and students
    label.setWordWrap(True)
    if bold:
        font = label.font()
        font.setBold(True)
        label.setFont(font)
    return label


class ModelView(QDialog):
    COLUMNS = ("#", "Key point", "Yours", "Model")

    def __init__(self, worker, student_report, grammar, parent: QWidget | None = None, tolerance: float = 0.10):
        super().__init__(parent)
        self.setWindowTitle("Model précis beside yours")
        self.resize(1200, 700)
        self.worker, self.student, self.grammar, self.tolerance = worker, student_report, grammar, tolerance
        self.models = student_report.passage.model_precis
        self.index = 0
        self.model_report = None
        self._build()
        self.show_model(0)

    def _build(self) -> None:
        self.position = _plain_label("", self, bold=True)
        self.previous = QPushButton("◀ &Previous model", self)
        self.next = QPushButton("&Next model ▶", self)
        self.previous.clicked.connect(lambda: self.show_model(self.index - 1))
        self.next.clicked.connect(lambda: self.show_model(self.index + 1))
        top = QHBoxLayout()
        for widget in (self.position, self.previous, self.next):
            top.addWidget(widget)
        grid = QGridLayout()
        self.student_score = _plain_label("", self, bold=True)
        self.model_score = _plain_label("", self, bold=True)
        self.student_title = _plain_label(f"Title: {self.student.precis.title or '(none)'}", self)
        self.model_title = _plain_label("", self)
        self.student_text = self._text(self.student.precis.text, "Your précis")
        self.model_text = self._text("", "Model précis")
        for col, widgets in enumerate(((self.student_score, self.student_title, self.student_text),
                                       (self.model_score, self.model_title, self.model_text))):
            for row, widget in enumerate(widgets):
                grid.addWidget(widget, row, col)
        grid.setRowStretch(2, 1)
        self.table = self._make_table()
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(grid, 3)
        layout.addWidget(self.table, 2)
        self.student_text.set_marks(point_marks(self.student, self.student_text))
        self.student_score.setText(f"Yours: {self.student.score.total:g} / {self.student.score.out_of:g}")

    def _text(self, text: str, name: str) -> MarkedText:
        view = MarkedText(self)
        view.setReadOnly(True)
        view.setPlainText(text)
        view.setAccessibleName(name)
        return view

    def _make_table(self) -> QTableWidget:
        table = QTableWidget(len(self.student.coverage.points), len(self.COLUMNS), self)
        table.setHorizontalHeaderLabels(self.COLUMNS)
        table.verticalHeader().setVisible(False)
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        table.setWordWrap(True)
        for r, c in enumerate(self.student.coverage.points):
            for col, text in enumerate((str(r + 1), c.point.text, status_label(c.status), "…")):
                table.setItem(r, col, QTableWidgetItem(text))
        table.resizeColumnToContents(0)
        table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        table.currentCellChanged.connect(lambda row, *_: self.select_point(row))
        return table

    def select_point(self, row: int) -> None:
        """Select the words covering key point ``row`` in both texts (a click on its table row)."""
        for report, view in ((self.student, self.student_text), (self.model_report, self.model_text)):
            points = report.coverage.points if report is not None else ()
            span = points[row].evidence_span if 0 <= row < len(points) else None
            if span is not None and points[row].status in MARKED and span.end <= len(view.toPlainText()):
                view.select_span(span)
            else:
                view.moveCursor(view.textCursor().MoveOperation.Start)

    # -- stepping through the models -----------------------------------------------------------

    def show_model(self, index: int) -> None:
        """Show model ``index`` (0-based); its report arrives from the background a moment later."""
        self.index = max(0, min(len(self.models) - 1, index))
        model = self.models[self.index]
        self.model_report = None
        self.position.setText(f"Model précis {self.index + 1} of {len(self.models)}")
        self.previous.setEnabled(self.index > 0)
        self.next.setEnabled(self.index < len(self.models) - 1)
        self.model_title.setText(f"Title: {model.title or '(none)'}")
        self.model_text.setPlainText(model.text)
        self.model_text.clear_marks()
        self.model_score.setText("Model: checking…")
        index, passage = self.index, self.student.passage
        self.worker.submit(MODEL_LANE, lambda: check_model(passage, model, self.tolerance, self.grammar),
                           lambda outcome: self._checked(index, outcome))

    def _checked(self, index: int, outcome: Outcome) -> None:
        if index != self.index:
            return  # the teacher stepped on meanwhile
        if not outcome.ok:
            self.model_score.setText(f"Model: could not be checked ({outcome.error})")
            return
        report = self.model_report = outcome.value
        self.model_score.setText(f"Model: {report.score.total:g} / {report.score.out_of:g}")
        self.model_text.set_marks(point_marks(report, self.model_text))
        by_id = {c.point.id: c.status for c in report.coverage.points}
        for r, c in enumerate(self.student.coverage.points):
            self.table.item(r, 3).setText(status_label(by_id[c.point.id]) if c.point.id in by_id else "–")
        self.table.resizeRowsToContents()

    def statuses(self, column: str) -> list[str]:
        """The statuses shown in the "Yours" or "Model" column, in key-point order."""
        col = self.COLUMNS.index(column)
        return [self.table.item(r, col).text() for r in range(self.table.rowCount())]
