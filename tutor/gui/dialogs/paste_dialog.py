"""Pasting a passage's text: a title and the text, checked before it replaces anything."""

from __future__ import annotations

from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QPlainTextEdit,
                               QVBoxLayout, QWidget)

from tutor.core.errors import InputProblem
from tutor.core.textfile import check_size, normalise_newlines
from tutor.gui.wording import plural
from tutor.gui.plain import plain_labels
from tutor.gui.word_count import LiveWordCount


def check_pasted_passage(text: str) -> str:
    """The text ready to use; ``InputProblem`` with a full sentence when it cannot be."""
    text = normalise_newlines(text).strip("\n")
    check_size(text, "The pasted passage")
    if not text.strip():
        raise InputProblem("The pasted passage is empty: paste the passage's text into the box first.")
    return text


class PasteDialog(QDialog):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle("Paste a passage")
        self.resize(640, 480)
        self.title = QLineEdit(self)
        self.title.setPlaceholderText("Optional: a name for this passage")
        self.text = QPlainTextEdit(self)
        self.text.setPlaceholderText("Paste the passage here (Ctrl+V).")
        self.problem = QLabel(self)
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("font-weight: bold;")
        self.problem.hide()
        plain_labels(self.problem)
        self.words = QLabel("0 words", self)
        self._counter = LiveWordCount()  # a keystroke after a 200,000-character paste recounts one sentence
        self.text.textChanged.connect(
            lambda: self.words.setText(plural(self._counter.words(self.text.toPlainText()), "word")))
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

    def accept(self) -> None:
        """Close only when the text can be used; otherwise say why and keep it in the box."""
        try:
            self.passage_text = check_pasted_passage(self.text.toPlainText())
        except InputProblem as problem:
            self.problem.setText(str(problem))
            self.problem.show()
            return
        super().accept()
