"""The sections of the pack editor: key points made from the passage's words, and model précis.

Each section keeps its items as plain dicts while the teacher edits, and gives
them back as the core's frozen types. Everything is plain-text widgets: text
from a pack is never read as markup.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QCheckBox, QDoubleSpinBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit,
                               QListWidget, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget)

from tutor.core.passage import AuthoredKeyPoint, ModelPrecis


def problem_label(parent: QWidget) -> QLabel:
    """Where a validation problem is shown, as plain text, in the warning colour."""
    label = QLabel("", parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setStyleSheet("color: #C0392B; font-weight: bold;")
    label.setAccessibleName("Problem")
    label.hide()
    return label


def _short(text: str, limit: int = 70) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit - 1] + "…"


class _ItemList(QWidget):
    """A list of items on the left, the chosen item's fields on the right."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.items: list[dict] = []
        self.list = QListWidget(self)
        self.list.currentRowChanged.connect(self._show)
        self._loading = False

    def _refresh_list(self, keep: int | None = None) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        self.list.addItems([f"{i + 1}. {self._label(item)}" for i, item in enumerate(self.items)])
        self.list.blockSignals(False)
        row = keep if keep is not None else self.list.currentRow()
        self.list.setCurrentRow(min(max(row, 0), len(self.items) - 1) if self.items else -1)
        self._show(self.list.currentRow())

    def current(self) -> dict | None:
        row = self.list.currentRow()
        return self.items[row] if 0 <= row < len(self.items) else None

    def remove(self) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self.items):
            del self.items[row]
            self._refresh_list(row)

    def _edited(self) -> None:
        item = self.current()
        if item is None or self._loading:
            return
        self._store(item)
        row = self.list.currentRow()
        self.list.item(row).setText(f"{row + 1}. {self._label(item)}")

    def _show(self, row: int) -> None:
        item = self.items[row] if 0 <= row < len(self.items) else None
        self._loading = True
        self._load(item)
        self._loading = False


class KeyPointsSection(_ItemList):
    """Key points: select words in the passage, then "Add a key point from the selection"."""

    wants_selection = Signal()  # asks the editor for the passage's selected words

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.text = QLineEdit(self)
        self.text.setPlaceholderText("The point in plain words, as a student should say it")
        self.weight = QDoubleSpinBox(self)
        self.weight.setRange(0.5, 10)
        self.weight.setSingleStep(0.5)
        self.source = QPlainTextEdit(self)
        self.source.setReadOnly(True)
        self.source.setMaximumHeight(70)
        self.accept = QPlainTextEdit(self)
        self.accept.setPlaceholderText("Other wordings that count, one per line (optional)")
        self.accept.setMaximumHeight(80)
        self.optional = QCheckBox("Optional detail (a précis may leave it out)", self)
        for signal in (self.text.textChanged, self.weight.valueChanged, self.accept.textChanged,
                       self.optional.toggled):
            signal.connect(self._edited)
        self._layout()

    def _layout(self) -> None:
        self.add_button = QPushButton("&Add a key point from the selected words", self)
        self.add_button.clicked.connect(self.wants_selection)
        remove = QPushButton("Remove", self)
        remove.clicked.connect(self.remove)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(remove)
        form = QFormLayout()
        form.addRow("&Point:", self.text)
        form.addRow("&Weight:", self.weight)
        form.addRow("Passage words:", self.source)
        form.addRow("Also &accept:", self.accept)
        form.addRow("", self.optional)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.list, 1)
        layout.addLayout(form)

    def add_from(self, words: str) -> bool:
        """A new key point quoting ``words`` of the passage; False when nothing was selected."""
        if not words.strip():
            return False
        used = {p["id"] for p in self.items}
        number = next(n for n in range(1, len(used) + 2) if f"kp{n}" not in used)
        self.items.append({"id": f"kp{number}", "text": "", "weight": 1.0, "source": words, "accept": "",
                           "optional": False})
        self._refresh_list(len(self.items) - 1)
        self.text.setFocus()
        return True

    def set_points(self, points: tuple[AuthoredKeyPoint, ...]) -> None:
        self.items = [{"id": k.id, "text": k.text, "weight": k.weight, "source": k.source,
                       "accept": "\n".join(k.accept), "optional": k.optional} for k in points]
        self._refresh_list(0)

    def points(self) -> tuple[AuthoredKeyPoint, ...]:
        return tuple(AuthoredKeyPoint(p["id"], p["text"].strip(), p["weight"],
                                      tuple(a.strip() for a in p["accept"].splitlines() if a.strip()),
                                      p["source"], p["optional"]) for p in self.items)

    def _label(self, item: dict) -> str:
        said = item["text"] or f"(write the point) “{_short(item['source'] or '', 40)}”"
        return _short(f"{said}  ·  weight {item['weight']:g}" + ("  ·  optional" if item["optional"] else ""))

    def _store(self, item: dict) -> None:
        item.update(text=self.text.text(), weight=self.weight.value(), accept=self.accept.toPlainText(),
                    optional=self.optional.isChecked())

    def _load(self, item: dict | None) -> None:
        for widget in (self.text, self.weight, self.accept, self.optional):
            widget.setEnabled(item is not None)
        item = item or {"text": "", "weight": 1.0, "source": "", "accept": "", "optional": False}
        self.text.setText(item["text"])
        self.weight.setValue(item["weight"])
        self.source.setPlainText(item["source"] or "")
        self.accept.setPlainText(item["accept"])
        self.optional.setChecked(item["optional"])


class ModelsSection(_ItemList):
    """Model précis: a title and a text each."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.title = QLineEdit(self)
        self.title.setPlaceholderText("The model's title")
        self.text = QPlainTextEdit(self)
        self.text.setPlaceholderText("The model précis")
        self.title.textChanged.connect(self._edited)
        self.text.textChanged.connect(self._edited)
        add = QPushButton("Add a &model précis", self)
        add.clicked.connect(self.add)
        remove = QPushButton("Remove", self)
        remove.clicked.connect(self.remove)
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(remove)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.list)
        layout.addWidget(self.title)
        layout.addWidget(self.text, 1)

    def add(self) -> None:
        self.items.append({"title": "", "text": ""})
        self._refresh_list(len(self.items) - 1)
        self.text.setFocus()

    def set_models(self, models: tuple[ModelPrecis, ...]) -> None:
        self.items = [{"title": m.title, "text": m.text} for m in models]
        self._refresh_list(0)

    def models(self) -> tuple[ModelPrecis, ...]:
        return tuple(ModelPrecis(m["text"], m["title"].strip()) for m in self.items)

    def _label(self, item: dict) -> str:
        return _short(item["title"] or item["text"] or "(empty)")

    def _store(self, item: dict) -> None:
        item.update(title=self.title.text(), text=self.text.toPlainText())

    def _load(self, item: dict | None) -> None:
        self.title.setEnabled(item is not None)
        self.text.setEnabled(item is not None)
        item = item or {"title": "", "text": ""}
        self.title.setText(item["title"])
        self.text.setPlainText(item["text"])
