"""Settings: grammar engine, dialect, LanguageTool's place, the target's tolerance, the theme."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QDoubleSpinBox, QFileDialog, QFormLayout,
                               QHBoxLayout, QLabel, QLineEdit, QPushButton, QSpinBox, QVBoxLayout, QWidget)

from tutor.core.exam import MINUTES_RANGE

from tutor.core.grammar.harper_engine import DIALECTS
from tutor.gui.settings import THEMES, TOLERANCES, Preferences

ENGINE_LABELS = {"harper": "Harper (built in, offline)", "languagetool": "LanguageTool (server or local Java)",
                 "off": "Off"}
THEME_LABELS = {"system": "Follow the system", "light": "Light", "dark": "Dark"}


def _combo(parent: QWidget, labels: dict[str, str], current: str) -> QComboBox:
    box = QComboBox(parent)
    for key, label in labels.items():
        box.addItem(label, key)
    box.setCurrentIndex(max(0, box.findData(current)))
    return box


class SettingsDialog(QDialog):
    def __init__(self, prefs: Preferences, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle("Settings")
        self._prefs = prefs
        self.engine = _combo(self, ENGINE_LABELS, prefs.engine)
        self.dialect = _combo(self, {k: v[1] for k, v in DIALECTS.items()}, prefs.dialect)
        self.lt_server = QLineEdit(prefs.lt_server, self)
        self.lt_server.setPlaceholderText("e.g. http://localhost:8081 (empty: start LanguageTool here)")
        self.lt_folder = QLineEdit(prefs.lt_folder, self)
        self.lt_folder.setPlaceholderText("Folder holding a LanguageTool release (optional)")
        self.tolerance = QDoubleSpinBox(self)
        self.tolerance.setRange(TOLERANCES[0] * 100, TOLERANCES[1] * 100)
        self.tolerance.setDecimals(0)
        self.tolerance.setSuffix(" %")
        self.tolerance.setValue(prefs.tolerance * 100)
        self.theme = _combo(self, {k: THEME_LABELS[k] for k in THEMES}, prefs.theme)
        self.exam_minutes = QSpinBox(self)
        self.exam_minutes.setRange(*MINUTES_RANGE)
        self.exam_minutes.setSuffix(" min")
        self.exam_minutes.setValue(prefs.exam_minutes)
        layout = QVBoxLayout(self)
        layout.addLayout(self._grammar_form())
        layout.addLayout(self._other_form())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.engine.currentIndexChanged.connect(self._enable_lt)
        self._enable_lt()

    def _grammar_form(self) -> QFormLayout:
        form = QFormLayout()
        form.addRow(QLabel("<b>Grammar and spelling</b>", self))
        form.addRow("Engine:", self.engine)
        form.addRow("English:", self.dialect)
        form.addRow("LanguageTool server:", self.lt_server)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.lt_folder, 1)
        browse = QPushButton("Browse…", self)
        browse.clicked.connect(self._browse)
        folder_row.addWidget(browse)
        form.addRow("LanguageTool folder:", folder_row)
        return form

    def _other_form(self) -> QFormLayout:
        form = QFormLayout()
        form.addRow(QLabel("<b>Length and look</b>", self))
        form.addRow("Target tolerance (±):", self.tolerance)
        form.addRow("Theme:", self.theme)
        form.addRow("Exam length:", self.exam_minutes)
        return form

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, "LanguageTool folder", self.lt_folder.text())
        if folder:
            self.lt_folder.setText(folder)

    def _enable_lt(self) -> None:
        uses_lt = self.engine.currentData() == "languagetool"
        self.lt_server.setEnabled(uses_lt)
        self.lt_folder.setEnabled(uses_lt)
        self.dialect.setEnabled(self.engine.currentData() != "off")

    def preferences(self) -> Preferences:
        """The preferences as the dialog shows them (zoom and other unshown ones kept)."""
        return replace(self._prefs, engine=self.engine.currentData(), dialect=self.dialect.currentData(),
                       lt_server=self.lt_server.text().strip(), lt_folder=self.lt_folder.text().strip(),
                       tolerance=round(self.tolerance.value() / 100, 2), theme=self.theme.currentData(),
                       exam_minutes=self.exam_minutes.value())
