"""File → New passage pack… and Edit passage…: a teacher writes a passage with its key points.

The passage's details and text sit on the left; key points, model précis and a
preview of what the tutor says about a test précis on the right. Saving checks
the passage with the loader itself (``core.pack_writer``); the first problem is
shown at its field, worded as the loader words it (file, passage, field), and
nothing is written. New packs go to the teachers' packs folder in the data
folder, where the library finds them.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QComboBox, QDialog, QFileDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit,
                               QPlainTextEdit, QPushButton, QSpinBox, QSplitter, QTabWidget, QVBoxLayout,
                               QWidget)

from tutor.core.errors import InputProblem
from tutor.core.library import teacher_packs_dir
from tutor.core.pack_writer import add_to_pack, check_passage, save_pack, slug
from tutor.core.passage import LEVELS, Passage
from tutor.core.resources import passages_dir
from tutor.core.textfile import shown_name
from tutor.gui.classroom.plain import plain_tooltip
from tutor.gui.classroom.pack_sections import KeyPointsSection, ModelsSection, problem_label

PACK_FILTER = "Passage packs (*.json)"
_FIELD = re.compile(r"field '([^']+)'")
_FLAGGED = "border: 2px solid #D55E00;"


class PackEditor(QDialog):
    saved = Signal(str)  # the pack file written

    def __init__(self, window, passage: Passage | None = None, pack_path: str = ""):
        super().__init__(window)
        self.window = window
        bundled = pack_path and Path(pack_path).parent == passages_dir()
        self.pack_path = "" if bundled else pack_path  # the bundled library is never written to
        self.setWindowTitle("Edit passage" if passage else "New passage pack")
        self.resize(1200, 700)
        self.problem = problem_label(self)
        self._flagged: QWidget | None = None
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(self._details())
        split.addWidget(self._tabs())
        split.setSizes([560, 640])
        layout = QVBoxLayout(self)
        layout.addWidget(split, 1)
        layout.addWidget(self.problem)
        layout.addLayout(self._buttons())
        if passage is not None:
            self.set_passage(passage)

    # -- building --------------------------------------------------------------------------

    def _details(self) -> QWidget:
        box = QWidget(self)
        self.title = QLineEdit(box)
        self.passage_id = QLineEdit(box)
        self.passage_id.setPlaceholderText("made from the title")
        self.level = QComboBox(box)
        self.level.addItems(LEVELS)
        self.level.setCurrentText("intermediate")
        self.subject = QLineEdit(box)
        self.author = QLineEdit(box)
        self.author.setPlaceholderText("optional: who wrote the passage")
        self.question = QPlainTextEdit(box)
        self.question.setPlaceholderText("optional: the task set on the passage, as students read it")
        self.question.setTabChangesFocus(True)
        self.question.setFixedHeight(self.question.fontMetrics().lineSpacing() * 3 + 12)
        self.target = QSpinBox(box)
        self.target.setRange(0, 5000)
        self.target.setSpecialValueText("one third of the passage")
        self.text = QPlainTextEdit(box)
        self.text.setPlaceholderText("Write or paste the passage. Then select words in it to make a key point.")
        form = QFormLayout()
        for label, widget in (("&Title:", self.title), ("&Id:", self.passage_id), ("&Level:", self.level),
                              ("&Subject:", self.subject), ("&Author:", self.author),
                              ("&Question:", self.question), ("Tar&get words:", self.target)):
            form.addRow(label, widget)
        layout = QVBoxLayout(box)
        layout.addLayout(form)
        layout.addWidget(QLabel("Passage:", box))
        layout.addWidget(self.text, 1)
        return box

    def _tabs(self) -> QTabWidget:
        self.tabs = QTabWidget(self)
        self.points = KeyPointsSection(self.tabs)
        self.points.wants_selection.connect(self.add_point_from_selection)
        self.models = ModelsSection(self.tabs)
        self.tabs.addTab(self.points, "Key points")
        self.tabs.addTab(self.models, "Model précis")
        self.tabs.addTab(self._preview(), "Preview")
        return self.tabs

    def _preview(self) -> QWidget:
        box = QWidget(self)
        self.test_precis = QPlainTextEdit(box)
        self.test_precis.setPlaceholderText("A test précis (first line may be its title)")
        self.preview_button = QPushButton("&Preview what the tutor says", box)
        self.preview_button.clicked.connect(self.preview)
        self.preview_text = QPlainTextEdit(box)
        self.preview_text.setReadOnly(True)
        self.preview_text.setAccessibleName("Preview")
        layout = QVBoxLayout(box)
        layout.addWidget(self.test_precis, 1)
        layout.addWidget(self.preview_button)
        layout.addWidget(self.preview_text, 2)
        return box

    def _buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.save_button = QPushButton("&Save" if self.pack_path else "&Save as a new pack…", self)
        self.save_button.clicked.connect(lambda: self.save_to(self.pack_path) if self.pack_path else self.save_as())
        self.add_button = QPushButton("Add to an existing &pack…", self)
        self.add_button.clicked.connect(self.add_to_existing)
        close = QPushButton("Close", self)
        close.clicked.connect(self.reject)
        for button in (self.save_button, self.add_button):
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(close)
        return row

    # -- the passage in the form -----------------------------------------------------------------

    def set_passage(self, p: Passage) -> None:
        self.title.setText(p.title)
        self.passage_id.setText(p.id)
        self.level.setCurrentText(p.level)
        self.subject.setText(p.subject)
        self.author.setText(p.author)
        self.question.setPlainText(p.question)
        self.target.setValue(p.target_words or 0)
        self.text.setPlainText(p.text)
        self.points.set_points(p.key_points)
        self.models.set_models(p.model_precis)

    def passage(self) -> Passage:
        """The passage as the form says it (not yet checked)."""
        title = self.title.text().strip()
        return Passage(id=self.passage_id.text().strip() or slug(title), title=title,
                       text=self.text.toPlainText().strip("\n"), level=self.level.currentText(),
                       subject=self.subject.text().strip(), author=self.author.text().strip(),
                       question=self.question.toPlainText().strip(), key_points=self.points.points(),
                       model_precis=self.models.models(), target_words=self.target.value() or None)

    def add_point_from_selection(self) -> bool:
        words = self.text.textCursor().selectedText().replace("\u2029", "\n")
        if not self.points.add_from(words):
            self.show_problem(None, "Select the words of the passage the key point comes from, then add it.")
            return False
        self.tabs.setCurrentWidget(self.points)
        return True

    # -- saving --------------------------------------------------------------------------------

    def save_as(self) -> bool:
        suggested = str(teacher_packs_dir() / f"{slug(self.title.text())}.json")
        path, _ = QFileDialog.getSaveFileName(self, "Save the passage pack", suggested, PACK_FILTER)
        return self.save_to(path) if path else False

    def add_to_existing(self) -> bool:
        path, _ = QFileDialog.getOpenFileName(self, "Add to which pack?", str(teacher_packs_dir()), PACK_FILTER)
        return self.add_to(path) if path else False

    def save_to(self, path: str) -> bool:
        """Write the passage as a new pack at ``path`` (or back into the pack it came from)."""
        write = add_to_pack if path and path == self.pack_path else save_pack
        return self._write(path, write)

    def add_to(self, path: str) -> bool:
        return self._write(path, add_to_pack)

    def _write(self, path: str, write) -> bool:
        self.clear_problem()
        try:
            write(path, self.passage())
        except InputProblem as problem:
            self.show_problem(self._field_widget(str(problem)), str(problem))
            return False
        self.pack_path = path
        self.save_button.setText("&Save")
        self.problem.setStyleSheet("color: palette(window-text);")
        self.problem.setText(f"Saved to {shown_name(path)}.")
        self.problem.show()
        self.saved.emit(path)
        return True

    # -- problems at their fields ------------------------------------------------------------------

    def _field_widget(self, message: str) -> QWidget | None:
        """The widget holding the field a loader message names (``field 'key_points[1].source'``)."""
        found = _FIELD.search(message)
        if found is None:
            return None
        field = found.group(1)
        item = re.match(r"(key_points|model_precis)\[(\d+)\]\.?(\w*)", field)
        if item:
            section = self.points if item.group(1) == "key_points" else self.models
            self.tabs.setCurrentWidget(section)
            section.list.setCurrentRow(int(item.group(2)))
            return getattr(section, item.group(3), None) or section.list
        if field in ("key_points", "model_precis"):
            section = self.points if field == "key_points" else self.models
            self.tabs.setCurrentWidget(section)
            return section.list
        return {"title": self.title, "level": self.level, "subject": self.subject, "author": self.author,
                "question": self.question, "target_words": self.target,
                "text": self.text, "words": self.text}.get(field, self.passage_id if field.endswith(".id") else None)

    def show_problem(self, widget: QWidget | None, message: str) -> None:
        """Say ``message`` under the form and at ``widget`` (outlined, focused, with the message as its tip)."""
        self.clear_problem()
        self.problem.setStyleSheet("color: #C0392B; font-weight: bold;")
        self.problem.setText(message)
        self.problem.show()
        if widget is not None:
            widget.setStyleSheet(_FLAGGED)
            widget.setToolTip(plain_tooltip(message))
            widget.setFocus()
            self._flagged = widget

    def clear_problem(self) -> None:
        self.problem.hide()
        if self._flagged is not None:
            self._flagged.setStyleSheet("")
            self._flagged.setToolTip("")
            self._flagged = None

    @property
    def flagged(self) -> QWidget | None:
        return self._flagged

    # -- preview ---------------------------------------------------------------------------------

    def preview(self) -> None:
        """What the tutor would say about the test précis, checked against the form's passage."""
        try:
            check_passage(self.passage(), self.pack_path or "new pack")
        except InputProblem as problem:
            self.show_problem(self._field_widget(str(problem)), str(problem))
            return
        self.clear_problem()
        passage, precis = self.passage(), self.test_precis.toPlainText()
        if not precis.strip():
            self.preview_text.setPlainText("Write a test précis above first.")
            return
        self.preview_text.setPlainText("Checking…")
        self.window.worker.submit("check", lambda: _render_check(passage, precis), self._previewed)

    def _previewed(self, outcome) -> None:
        self.preview_text.setPlainText(outcome.value if outcome.ok else f"The check failed: {outcome.error}")


def _render_check(passage: Passage, precis: str) -> str:
    from tutor.core.analysis import analyse_passage, check
    from tutor.core.report_text import render

    return render(check(analyse_passage(passage), precis))
