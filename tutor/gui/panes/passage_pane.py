"""The left pane: the passage, read-only, coloured by how well the précis covers it."""

from __future__ import annotations


from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from tutor.core.passage import Passage
from tutor.core.span import Span
from tutor.core.target import Target
from tutor.gui.panes.legend import Legend
from tutor.gui.marks.marked_text import MarkedText
from tutor.gui.marks.mark import (COPIED, COVERAGE, PARAPHRASED, Mark, Note, copied_format, coverage_format, make_mark,
                             paraphrased_format)
from tutor.gui.offsets import OffsetMap
from tutor.gui.plain import plain_labels
from tutor.gui.theme import colours_for
from tutor.gui.wording import plural

_STATUS_WORDS = {"covered": "Covered", "partial": "Only partly covered", "missing": "Missing from the précis",
                 "contradicted": "Says the opposite of the passage"}


def passage_info(passage: Passage, target: Target) -> str:
    """"250 words · précis target 83 (75–91) · intermediate · economics"."""
    parts = [plural(passage.words, "word"), f"précis target {target.words} ({target.low}–{target.high})"]
    if passage.id != "pasted":
        parts.append(passage.level)
    if passage.subject:
        parts.append(passage.subject)
    return " · ".join(parts)


class PassagePane(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.passage: Passage | None = None
        self._map = OffsetMap("")
        self.heading = QLabel("Passage", self)
        bold = QFont()  # only the weight is set: the size still follows the zoom
        bold.setBold(True)
        self.heading.setFont(bold)
        self.heading.setWordWrap(True)
        self.info = QLabel(self)
        self.info.setWordWrap(True)
        self.info.setAccessibleName("Passage word count and précis target")
        self.question = QLabel(self)
        self.question.setWordWrap(True)
        self.question.setAccessibleName("The task set on the passage")
        self.question.hide()
        plain_labels(self.heading, self.info, self.question)
        self.legend = Legend(self)
        self.view = MarkedText(self)
        self.view.setReadOnly(True)
        # Read-only, but reachable and readable by keyboard: Tab moves on, arrows move a caret.
        self.view.setTabChangesFocus(True)
        self.view.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                          | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.view.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.view.setAccessibleName("Passage")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        for widget in (self.heading, self.info, self.question, self.legend):
            layout.addWidget(widget)
        layout.addWidget(self.view, 1)

    def set_passage(self, passage: Passage | None, target: Target | None) -> None:
        self.passage = passage
        self.view.clear_marks()
        if passage is None:
            self.heading.setText("No passage yet")
            self.info.setText("Choose one from the library (Ctrl+L), open a file (Ctrl+O) or paste one.")
            self.view.setPlainText("")
            self._map = OffsetMap("")
            self.question.hide()
            return
        self.heading.setText(f"{passage.title} · by {passage.author}" if passage.author else passage.title)
        self.question.setText(f"Task: {passage.question}")
        self.question.setVisible(bool(passage.question))
        self.info.setText(passage_info(passage, target) if target else "")
        self.view.setPlainText(passage.text)
        self._map = OffsetMap(passage.text)

    def show_report(self, report) -> None:
        """Colour each key point's sentence by its status and mark the copied runs and paraphrased sentences."""
        if self.passage is None or report.passage.text != self.passage.text:
            return
        colours = colours_for(self)
        doc = self.view.document()
        marks: list[Mark] = []
        for c in report.coverage.points:
            span = c.point.source_span
            if span is None or span.end <= span.start:
                continue
            optional = " (detail a précis may leave out)" if c.point.optional else ""
            note = Note(COVERAGE, f"{_STATUS_WORDS.get(c.status, c.status)}{optional}: {c.point.text}", c.status)
            marks.append(make_mark(doc, *self._map.span_to_qt(span), coverage_format(colours, c.status), note))
        for run in report.copied:
            note = Note(COPIED, f"Copied word for word into your précis ({plural(run.words, 'word')}).",
                        text=run.text)
            marks.append(make_mark(doc, *self._map.span_to_qt(run.passage_span), copied_format(colours), note))
        for para in report.close_paraphrases:
            note = Note(PARAPHRASED, "Closely paraphrased in the précis: the same sentence with some words swapped.",
                        text=para.passage_text)
            marks.append(make_mark(doc, *self._map.span_to_qt(para.passage_span), paraphrased_format(colours), note))
        self.view.set_marks(marks)

    def clear_report(self) -> None:
        self.view.clear_marks()

    def spotlight_span(self, span: Span) -> None:
        """Show where ``span`` (Python offsets into the passage) is, without selecting it."""
        self.view.spotlight_qt(*self._map.span_to_qt(span))
