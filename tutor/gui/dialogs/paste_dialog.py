"""Pasting a passage's text: a title and the text, checked before it replaces anything."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QTimer, Signal
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
                               QVBoxLayout, QWidget)

from tutor.core.errors import InputProblem
from tutor.core.textfile import MAX_CHARS, check_size, normalise_newlines
from tutor.gui.panes.long_paragraphs import LongParagraphs
from tutor.gui.plain import plain_labels
from tutor.gui.panes.soft_breaks import PiecedEdit
from tutor.gui.panes.word_count import COUNT_AT_ONCE_BELOW, COUNT_EVERY_MS, LiveWordCount
from tutor.gui.wording import plural


def check_pasted_passage(text: str) -> str:
    """The text ready to use; ``InputProblem`` with a full sentence when it cannot be."""
    text = normalise_newlines(text).strip("\n")
    check_size(text, "The pasted passage")
    if not text.strip():
        raise InputProblem("The pasted passage is empty: paste the passage's text into the box first.")
    return text


class _PassageBox(PiecedEdit):
    """The box the passage is pasted into: a paste that would take it over ``MAX_CHARS`` is
    refused at once, so a 200,000-word paste never sits in the box making every key slow; a
    passage pasted as one long paragraph is shown in pieces (``soft_breaks``)."""

    paste_refused = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.long_paragraphs = LongParagraphs(self)  # a passage pasted as one paragraph

    def insertFromMimeData(self, source: QMimeData) -> None:
        text = source.text() if source.hasText() else ""
        size = len(self.toPlainText()) - len(self.textCursor().selectedText()) + len(text)
        if size > MAX_CHARS:
            self.paste_refused.emit(f"That paste is too large: the passage would have {size:,} characters, and "
                                    f"the limit is {MAX_CHARS:,}. Nothing was pasted.")
            return
        super().insertFromMimeData(source)


class PasteDialog(QDialog):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle("Paste a passage")
        self.resize(640, 480)
        self.title = QLineEdit(self)
        self.title.setPlaceholderText("Optional: a name for this passage")
        self.text = _PassageBox(self)
        self.text.setPlaceholderText("Paste the passage here (Ctrl+V).")
        self.problem = QLabel(self)
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("font-weight: bold;")
        self.problem.hide()
        plain_labels(self.problem)
        self.text.paste_refused.connect(self._say)
        self.words = QLabel("0 words", self)
        self._counter = LiveWordCount()  # a keystroke after a 200,000-character paste recounts one sentence
        self._count_soon = QTimer(self)
        self._count_soon.setSingleShot(True)
        self._count_soon.setInterval(COUNT_EVERY_MS)
        self._count_soon.timeout.connect(self._count)
        self.text.textChanged.connect(self._on_edit)
        form = QFormLayout()
        form.addRow("Name:", self.title)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.words)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.passage_text = ""

    def _on_edit(self) -> None:
        if self.text.document().characterCount() < COUNT_AT_ONCE_BELOW:
            self._count()
        elif not self._count_soon.isActive():  # not restarted: a steady typist still sees the count move
            self._count_soon.start()

    def _count(self) -> None:
        self.words.setText(plural(self._counter.words(self.text.toPlainText()), "word"))

    def accept(self) -> None:
        """Close only when the text can be used; otherwise say why and keep it in the box."""
        try:
            self.passage_text = check_pasted_passage(self.text.toPlainText())
        except InputProblem as problem:
            self._say(str(problem))
            return
        super().accept()

    def _say(self, problem: str) -> None:
        self.problem.setText(problem)
        self.problem.show()
