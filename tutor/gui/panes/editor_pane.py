"""The centre pane: the title field, the précis editor and the live word counter."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QPalette, QTextCursor
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from tutor.core.target import Target
from tutor.gui.opening import split_loaded_precis
from tutor.gui.plain import plain_labels
from tutor.gui.panes.precis_edit import PrecisEdit
from tutor.gui.theme import colours_for
from tutor.gui.panes.word_count import COUNT_AT_ONCE_BELOW, COUNT_EVERY_MS, LiveWordCount, counter_label

_VERDICT_WORDS = {"under": "too short", "within": "within the target", "over": "too long"}


def _paint_text(label: QLabel, colour: str | None) -> None:
    """Colour a label's text through its palette (a style sheet would stop it following the zoom)."""
    palette = QPalette()  # only the role set here overrides the inherited palette
    if colour:
        palette.setColor(QPalette.ColorRole.WindowText, QColor(colour))
    label.setPalette(palette)


class EditorPane(QWidget):
    changed = Signal()  # title or précis edited

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._counter = LiveWordCount()
        self._count_soon = QTimer(self)
        self._count_soon.setSingleShot(True)
        self._count_soon.setInterval(COUNT_EVERY_MS)
        self._count_soon.timeout.connect(self.refresh_counter)
        self._target: Target | None = None
        self._shown = ("", "")
        # (undo steps just after a replacement, title before, title after): Ctrl+Z in the
        # précis takes the title back with the text it replaced (see ``set_precis``).
        self._title_step: tuple[int, str, str] | None = None
        self._title_undone = False
        self.title = QLineEdit(self)
        self.title.setPlaceholderText("Title (not counted)")
        self.title.setAccessibleName("Précis title")
        self.editor = PrecisEdit(self)
        self.editor.setAccessibleName("Précis")
        self.count = QLabel(self)
        self.count.setAccessibleName("Word count")
        self.verdict = QLabel(self)
        bold = QFont()  # only the weight is set: the size still follows the zoom
        bold.setBold(True)
        self.count.setFont(bold)
        plain_labels(self.count, self.verdict)
        self.verdict.setFont(bold)
        self._build_layout()
        self.title.textChanged.connect(self._on_edit)
        self.editor.textChanged.connect(self._on_edit)
        self.editor.pasted_into_empty.connect(self._paste_whole)
        self.editor.document().undoCommandAdded.connect(self._forget_title_step_if_branched)
        self.editor.document().contentsChanged.connect(self._follow_title_step)
        self._on_edit()

    def _build_layout(self) -> None:
        heading = QLabel("<b>Your précis</b>", self)
        counter_row = QHBoxLayout()
        self.count.setWordWrap(True)  # a narrow pane at a large zoom wraps the count, never cuts it
        counter_row.addWidget(self.count, 1)
        counter_row.addWidget(self.verdict, 0, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(heading)
        layout.addWidget(self.title)
        layout.addWidget(self.editor, 1)
        layout.addLayout(counter_row)

    # -- reading --------------------------------------------------------------------

    def precis_text(self) -> str:
        return self.editor.toPlainText()

    def title_text(self) -> str:
        return self.title.text()

    def title_for_check(self) -> str | None:
        """The title field, or None when it is empty (the core then looks for a title line)."""
        return self.title.text() if self.title.text().strip() else None

    # -- writing ------------------------------------------------------------------------

    def set_target(self, target: Target | None) -> None:
        self._target = target
        self._on_edit()

    def set_precis(self, title: str, body: str, *, undoable: bool = True) -> None:
        """Replace title and précis. An undoable replacement is one Ctrl+Z step;
        otherwise (a restored draft) the undo history starts afresh."""
        old_title = self.title.text()
        self._title_step = None
        self.title.setText(title)
        self.title.setCursorPosition(0)  # show a long title from its start
        if not undoable:
            self.editor.setPlainText(body)
            return
        cursor = QTextCursor(self.editor.document())
        cursor.beginEditBlock()
        cursor.select(QTextCursor.SelectionType.Document)
        cursor.insertText(body)
        cursor.endEditBlock()
        if old_title != title:
            self._title_step = (self.editor.document().availableUndoSteps(), old_title, title)
            self._title_undone = False

    def _follow_title_step(self) -> None:
        """After an undo or redo in the précis, show the title that went with that text."""
        if self._title_step is None:
            return
        after, before, replaced = self._title_step
        undone = self.editor.document().availableUndoSteps() < after
        if undone != self._title_undone:
            self._title_undone = undone
            wanted, shown = (before, replaced) if undone else (replaced, before)
            if self.title.text() == shown:  # unless the student has retitled it since
                self.title.setText(wanted)

    def _forget_title_step_if_branched(self) -> None:
        # New typing after undoing the replacement: its redo is gone, and the title with it.
        # (A long paragraph put in pieces joins the step before: no new step, nothing gone.)
        if self.editor.soft_breaks.splitting:
            return
        if self._title_step is not None and self.editor.document().availableUndoSteps() <= self._title_step[0]:
            self._title_step = None

    def _paste_whole(self, text: str) -> None:
        title, body = split_loaded_precis(text)
        if title and not self.title.text().strip():
            self.title.setText(title)
            self.editor.insertPlainText(body)
        else:
            self.editor.insertPlainText(text)

    # -- the counter ------------------------------------------------------------------

    def words(self) -> int:
        return self._counter.body_words(self.editor.toPlainText(), self.title_for_check())

    def _on_edit(self) -> None:
        if self.editor.document().characterCount() < COUNT_AT_ONCE_BELOW:
            self.refresh_counter()
        elif not self._count_soon.isActive():  # not restarted: a steady typist still sees the count move
            self._count_soon.start()
        self.changed.emit()

    def refresh_counter(self) -> None:
        words = self.words()
        self.count.setText(counter_label(self._target, words))
        if self._target is None or words == 0:  # nothing written yet: nothing to judge

            if self._shown != ("", ""):
                self.verdict.setText("")
                self._shown = ("", "")
                _paint_text(self.count, None)
            return
        verdict = self._target.verdict(words)
        colour = getattr(colours_for(self), verdict)
        if (verdict, colour) != self._shown:  # restyling costs more than a keystroke may
            self._shown = (verdict, colour)
            for label in (self.count, self.verdict):
                _paint_text(label, colour)
            self.verdict.setText(_VERDICT_WORDS[verdict])

    def verdict_shown(self) -> str:
        """"under", "within", "over" or "" (no passage): what the counter's colour says."""
        return self._shown[0]

    def restyle(self) -> None:
        """Colours depend on the palette: redo them after a theme change."""
        self._shown = ("", "")
        self.refresh_counter()
