"""Try first, then reveal: the score and feedback stay hidden while the class writes.

With the switch on, checks still run, but the window shows only what has been
revealed so far, in steps: length and title, then key points, then facts,
copying and conventions (with the précis' marks), then the score. "Reveal all"
jumps to the end. Turning the switch off shows everything again.

It follows the window rather than changing it: after the window has shown a
report (``CheckFlow.result_ready``), the parts not yet revealed are taken away
again before anything is painted.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from tutor.gui.panes.feedback_outline import Entry, outline
from tutor.gui.marks.mark import COVERAGE
from tutor.gui.marks.precis_marks import build_marks
from tutor.gui.theme import colours_for

HIDDEN, LENGTH_TITLE, KEY_POINTS, FINDINGS, SCORE = range(5)
STEP_NAMES = ("nothing yet", "length and title", "key points", "facts, copying and conventions", "the score")
# Outline sections (by key) each step reveals, added to the steps before it.
_SECTIONS = {KEY_POINTS: ("key_points",), FINDINGS: ("facts", "copied", "style", "grammar", "notes")}


def revealed_keys(stage: int) -> set[str]:
    return {key for step, keys in _SECTIONS.items() if step <= stage for key in keys}


def length_and_title(report) -> Entry:
    """The first step: how long the précis is against the target, and its title."""
    title = report.precis.title.strip()
    said = f"Title: “{title}” ({report.precis.title_words} words)" if title else "No title yet."
    return Entry("Length and title", children=(Entry(report.target.label(report.precis_words)), Entry(said)),
                 key="length_title")


def revealed(report, stage: int) -> tuple[tuple[str, str, str], tuple[Entry, ...]]:
    """(score, parts, summary) and the outline sections a class sees at ``stage`` (< SCORE)."""
    keys = revealed_keys(stage)
    sections = tuple(s for s in outline(report) if s.key in keys)
    if stage >= LENGTH_TITLE:
        sections = (length_and_title(report),) + sections
    shown = STEP_NAMES[1:stage + 1]
    parts = ("Revealed: " + ", ".join(shown) + "." if shown else "Try first: write, then reveal.")
    summary = f"Press F9 to reveal {STEP_NAMES[stage + 1]}; Shift+F9 reveals everything."
    return ("? / 20", parts, summary), sections


class TryFirst(QObject):
    stage_changed = Signal(int)

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.on = False
        self.stage = SCORE
        self._passage_text: str | None = None

    def follow(self) -> None:
        """Hide again what each new report shows: connect after the window's own handler."""
        self.window.flow.result_ready.connect(lambda _result: self.apply())

    def set_on(self, on: bool) -> None:
        """Turn the switch on (everything hidden again) or off (everything shown)."""
        self.on = on
        source = self.window.source
        self._passage_text = source.passage.text if source else None
        self._set_stage(HIDDEN if on else SCORE)

    def reveal_next(self) -> None:
        if self.on:
            self._set_stage(min(SCORE, self.stage + 1))

    def reveal_all(self) -> None:
        self._set_stage(SCORE)

    @property
    def everything_shown(self) -> bool:
        return not self.on or self.stage >= SCORE

    def _set_stage(self, stage: int) -> None:
        self.stage = stage
        self.apply()
        self.stage_changed.emit(stage)

    def apply(self) -> None:
        """Show the window's current report as far as it is revealed."""
        w = self.window
        report = w.report
        if report is not None and self.on and report.passage.text != self._passage_text:
            self._passage_text = report.passage.text  # a new passage: the class tries it first
            self.stage = HIDDEN
        if report is None:
            return
        if self.everything_shown:
            w.feedback_pane.show_report(report)
            w.passage_pane.show_report(report)
            self._editor_marks(report, everything=True)
            return
        w.feedback_pane.show_outline(*revealed(report, self.stage))
        w.passage_pane.show_report(report)
        view = w.passage_pane.view
        if self.stage < KEY_POINTS:
            view.clear_marks()
        elif self.stage < FINDINGS:
            view.set_marks([m for m in view.marks.marks if m.note.kind == COVERAGE])
        self._editor_marks(report, everything=self.stage >= FINDINGS)

    def _editor_marks(self, report, everything: bool) -> None:
        editor = self.window.editor_pane.editor
        text = editor.toPlainText()
        if text != report.precis.text:
            return  # typed since: the next check brings marks for the new text
        if not everything:
            editor.clear_marks()
        else:
            editor.set_marks(build_marks(report, text, editor.document(), colours_for(editor)))
