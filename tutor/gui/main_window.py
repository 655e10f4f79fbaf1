"""The main window: passage | précis | feedback, and the flow between them.

It owns no analysis: it sends snapshots to the worker (``CheckFlow``), shows
what comes back for the current revision, and keeps the draft safe.
"""

from __future__ import annotations

import time
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QByteArray, QEvent, QRect, QSettings, Qt, QTimer
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import (QApplication, QLabel, QLineEdit, QMainWindow, QMessageBox, QSplitter,
                               QVBoxLayout, QWidget)

from tutor.core.grammar.dictionary import PersonalDictionary
from tutor.core.target import target_for
from tutor.core.title import split_title
from tutor.core.userdata import data_dir, data_dir_problem, remove_leftovers
from tutor.gui import actions
from tutor.gui.drafts.autosave import DraftStore
from tutor.gui.checks.check_flow import CheckFlow
from tutor.gui.checks.checking import CheckRequest, CheckResult, GrammarPass
from tutor.gui.commands import Commands
from tutor.gui.drafts.draft_shelf import DraftShelf, ShelvedPrecis
from tutor.gui.panes.editor_pane import EditorPane
from tutor.gui.panes.feedback_pane import NO_PASSAGE, WAITING, FeedbackPane, Jump
from tutor.gui.panes.find_bar import FindBar
from tutor.gui.checks.grammar_host import GrammarHost
from tutor.gui.marks.grammar_menu import LanguageToolDownload
from tutor.gui.drafts.last_save import work_kept_before_quit
from tutor.gui.checks.long_lived import freeze_loaded_objects
from tutor.gui.marks.mark import Note, restyled
from tutor.gui.opening import PassageSource
from tutor.gui.panes.fitting import MIN_CHARS, SHARES, clamped, first_geometry, min_width_in_chars, shared
from tutor.gui.panes.passage_pane import PassagePane
from tutor.gui.plain import message_box, plain_labels, plain_tooltip
from tutor.gui.marks.precis_marks import anchors_for, build_marks, grammar_first_marks
from tutor.gui.problems import LOG_FILE, report_failure
from tutor.gui.settings import Preferences, load_preferences, open_store, save_preferences, with_zoom
from tutor.gui.theme import colours_for

AUTOSAVE_MS = 3000
APP_NAME = "Précis Tutor"


_UNZOOMED: list[QFont] = []


def unzoomed_font() -> QFont:
    """The application's font before any zoom (zooming changes the application's font)."""
    if not _UNZOOMED:
        _UNZOOMED.append(QFont(QApplication.font()))
    return QFont(_UNZOOMED[0])


class MainWindow(QMainWindow):
    def __init__(self, *, store: QSettings | None = None, restore: str = "ask", library=None,
                 started_at: float | None = None, autosave_ms: int = AUTOSAVE_MS, passage_id: str = ""):
        super().__init__()
        self.started_at = started_at if started_at is not None else time.perf_counter()
        # Seconds since started_at: window_shown, grammar_ready (engine warm), first_underlines,
        # first_feedback (a report shown), learner_ready (the learner rules loaded too),
        # all_underlines (a check with every rule shown).
        self.timings: dict[str, float] = {}
        self.store = store if store is not None else open_store()
        self.prefs = load_preferences(self.store)
        self.restore_policy = restore  # "ask", "yes" (tests, --restore) or "no"
        self.passage_id = passage_id  # a library passage asked for on the command line
        self.library = library
        self.source: PassageSource | None = None
        self.report = None  # the Report shown, for the revision it was made for
        self._anchors: dict = {}
        self.drafts = DraftStore(data_dir())
        self.shelf = DraftShelf(data_dir())  # the drafts of the passages not on screen
        self.dirty = False
        self.autosave_failure = ""  # why the last autosave failed; "" when the draft is safe
        self.ending_session = False  # SIGTERM (logout, shutdown): save what can be saved, ask nothing
        self._help = None
        self._unexpected: QMessageBox | None = None
        self.worker = self._make_worker()
        self.grammar = GrammarHost(self.worker, PersonalDictionary.load(), self)
        self.flow = CheckFlow(self.worker, self._make_request, self)
        self.commands = Commands(self)
        self.lt_download = LanguageToolDownload(self)
        self.practice = self._make_practice()  # issue 15: exams, attempts, reports
        self._base_font = unzoomed_font()
        self._build_panes()
        self.classroom = self._make_classroom()
        self.actions = actions.build_menus(self)
        self._wire()
        self.classroom.follow()  # after the window's own handlers: try first hides what they showed
        self.apply_zoom()
        self._restore_layout()
        self._autosave = QTimer(self)
        self._autosave.setInterval(autosave_ms)
        self._autosave.timeout.connect(self.autosave_in_background)
        self._saving = False
        self.show_file_state()

    def _make_practice(self):
        from tutor.gui.practice.practice import Practice

        return Practice(self)

    def _make_worker(self):
        from tutor.gui.checks.worker import Worker

        return Worker(self)

    def _make_classroom(self):
        """Classroom (issue 14): presentation mode, try first, model précis, packs, marking a folder."""
        from tutor.gui.classroom.classroom import Classroom

        return Classroom(self)

    # -- building ---------------------------------------------------------------------

    def _build_panes(self) -> None:
        self.passage_pane = PassagePane(self)
        self.editor_pane = EditorPane(self)
        self.feedback_pane = FeedbackPane(self)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        for i, pane in enumerate(self.panes()):
            self.splitter.addWidget(pane)
            self.splitter.setCollapsible(i, False)  # hidden and shown whole with F6–F8 (classroom menu)
            self.splitter.setStretchFactor(i, SHARES[i])
        self.find_bar = FindBar({"précis": self.editor_pane.editor, "passage": self.passage_pane.view}, self)
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(2, 2, 2, 0)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.find_bar)
        self.setCentralWidget(central)
        self.checking_label = QLabel("", self)
        self.engine_label = QLabel(self.grammar.status, self)
        self.engine_label.setAccessibleName("Grammar engine")
        plain_labels(self.checking_label, self.engine_label)
        self.statusBar().addPermanentWidget(self.checking_label)
        self.statusBar().addPermanentWidget(self.engine_label)
        # Tab reads as the screen does: the passage first, then the title, the précis, the feedback.
        order = (self.passage_pane.view, self.editor_pane.title, self.editor_pane.editor, self.feedback_pane.tree)
        for before, after in zip(order, order[1:]):
            QWidget.setTabOrder(before, after)

    def _wire(self) -> None:
        self.editor_pane.changed.connect(self._on_edit)
        self.flow.result_ready.connect(self._apply)
        self.flow.grammar_found.connect(self._underline_first)
        self.flow.cleared.connect(self._clear_report)
        self.flow.cleared.connect(self.grammar.load_learner)  # no analysis to wait for
        self.flow.busy_changed.connect(lambda busy: self.checking_label.setText("checking…" if busy else ""))
        self.flow.busy_changed.connect(self.feedback_pane.show_updating)
        self.flow.failed.connect(lambda message: self.statusBar().showMessage(message, 10_000))
        self.grammar.status_changed.connect(self.show_engine_status)
        self.grammar.ready.connect(self._grammar_ready)
        self.grammar.complete.connect(self._learner_ready)
        self.grammar.failed.connect(self.flow.release)
        self.feedback_pane.jump_requested.connect(self.jump_to)
        edit = self.editor_pane.editor
        edit.ignore_requested.connect(self.ignore_finding)
        edit.add_word_requested.connect(self.add_to_dictionary)
        edit.never_flag_requested.connect(self.never_flag_rule)
        edit.paste_refused.connect(lambda message: self.show_problem("Paste refused", message))
        for view in (edit, self.passage_pane.view):
            view.zoom_requested.connect(lambda step: self.zoom(step))

    def panes(self) -> tuple[QWidget, QWidget, QWidget]:
        return self.passage_pane, self.editor_pane, self.feedback_pane

    def _restore_layout(self) -> None:
        geometry = self.store.value("window/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty() and self.restoreGeometry(geometry):
            self.fit_to(self._available())
        else:
            self.setGeometry(first_geometry(self._available()))
        self.share_width()

    def _available(self) -> QRect:
        screen = self.screen() or QGuiApplication.primaryScreen()
        return screen.availableGeometry()

    def fit_to(self, available: QRect) -> None:
        """Keep the whole window on ``available`` (a screen's free area, in screen pixels):
        a geometry remembered on a bigger screen or at another zoom is shrunk and moved."""
        if self.isMaximized() or self.isFullScreen():
            return
        self.setGeometry(clamped(self.geometry(), available, self.minimumSizeHint()))

    def share_width(self) -> None:
        """Split the width between the shown panes, none narrower than its minimum."""
        minimums = [max(p.minimumWidth(), p.minimumSizeHint().width()) for p in self.panes()]
        shown = [size > 0 for size in self.splitter.sizes()] if any(self.splitter.sizes()) else [True] * 3
        total = max(self.splitter.width(), self.width() - 8)
        self.splitter.setSizes(shared(total, minimums, shown))

    def _restore_splitter(self) -> None:
        # Only once the window has its size: restored earlier, the panes would be rescaled.
        self.centralWidget().layout().activate()
        state = self.store.value("window/splitter")
        if isinstance(state, QByteArray):
            self.splitter.restoreState(state)

    # -- starting -------------------------------------------------------------------------

    def start(self) -> None:
        """After the window is on screen: the library, the draft or first passage, the engine."""
        if "window_shown" not in self.timings:
            self.timings["window_shown"] = time.perf_counter() - self.started_at
        if self.prefs.engine == "harper":  # ready in a second or two; LanguageTool may take far longer
            self.flow.hold()  # the first check waits for the grammar engine: see CheckFlow
        self.grammar.start(self.prefs)  # first: the engine loads while the library and the draft are read
        if self.library is None:
            self.library = self._load_library()
        remove_leftovers(data_dir())  # half-written drafts of a session killed mid-save
        self.commands.restore_or_default()
        self.practice.exam.restore()  # issue 15: an exam left under way comes back paused
        self.flow.skip_pause()  # nobody typed the restored draft
        self._restore_splitter()
        self._autosave.start()
        problem = data_dir_problem()
        if problem:
            self.show_problem("Your work cannot be saved automatically",
                              f"Précis Tutor cannot keep its files: {problem}\n\nYou can still work: settings "
                              "last until you quit, and your précis is kept only in this window, so save it "
                              "with File → Save the précis as… before you quit.")

    def _load_library(self):
        from tutor.core.errors import InputProblem
        from tutor.core.library import Library, load_library_with_packs

        try:
            return load_library_with_packs()  # the bundled passages and the teachers' packs
        except InputProblem as e:  # a broken installation: say where we looked, once the window is up
            message = str(e)
            QTimer.singleShot(0, lambda: self.show_problem("The library is empty", message))
            return Library((), (message,))

    # -- the passage and the précis ------------------------------------------------------

    def use_passage(self, source: PassageSource | None) -> None:
        """Show ``source``'s passage. A different passage brings its own draft: the précis on
        screen is shelved for its passage, never checked against one it was not written for."""
        old, self.source = self.source, source
        if source is not None and (old is None or old.key != source.key):
            self._swap_drafts(old, source)
        passage = source.passage if source else None
        target = target_for(passage.words, passage.target_words, self.prefs.tolerance) if passage else None
        self.passage_pane.set_passage(passage, target)
        self.editor_pane.set_target(target)
        self._clear_report("Checking…" if source and self._has_precis() else None)
        self.show_file_state()
        self._on_edit()

    def _swap_drafts(self, old: PassageSource | None, new: PassageSource) -> None:
        pane = self.editor_pane
        here = ShelvedPrecis(pane.title_text(), pane.precis_text(), self.commands.link)
        if old is None and here.has_writing:  # a restored draft, or writing begun before any passage
            mine = self.shelf.take(new.key)
            if mine is not None and (mine.title, mine.precis) == (here.title, here.precis):
                self.commands.link = mine.link  # the same draft: it still belongs to its file
            return
        if old is not None:
            try:
                self.shelf.put(old.key, here)
            except OSError as exc:  # still on the shelf in memory for this session
                self.statusBar().showMessage(f"Could not save the draft of “{old.passage.title}”: {exc}", 10_000)
        mine = self.shelf.take(new.key) or ShelvedPrecis()
        pane.set_precis(mine.title, mine.precis, undoable=False)
        self.commands.link = mine.link

    def show_file_state(self) -> None:
        """The window title: the précis's file with an unsaved mark, the passage, the app."""
        parts = [Path(self.commands.link.path).name + "[*]"] if self.commands.link else []
        if self.source is not None:
            parts.append(self.source.passage.title)
        self.setWindowTitle(" — ".join(parts + [APP_NAME]))
        self.setWindowModified(self.commands.unsaved_file_changes())

    def _has_precis(self) -> bool:
        """Is there a précis body to check? A title alone (in the field, or a "Title: …" line
        with nothing under it) is not one."""
        text = self.editor_pane.precis_text()
        if not text.strip():
            return False
        return bool(split_title(text, self.editor_pane.title_for_check()).body_text.strip())

    def _clear_report(self, waiting: str | None = None) -> None:
        """Nothing on screen may come from an old report: no score, no marks, no anchors to jump to."""
        self.report = None
        self._anchors = {}
        self.editor_pane.editor.clear_marks()
        self.passage_pane.clear_report()
        self.feedback_pane.show_waiting(waiting or (WAITING if self.source is not None else NO_PASSAGE))

    def _on_edit(self) -> None:
        self.dirty = True
        if self.commands.link is not None:
            self.setWindowModified(self.commands.unsaved_file_changes())
        self.flow.changed()

    def _make_request(self, revision: int) -> CheckRequest | None:
        if self.source is None or not self._has_precis() or self.practice.hides_feedback:
            return None  # an exam hides all feedback until it ends
        return CheckRequest(revision, self.source.passage, self.editor_pane.precis_text(),
                            self.editor_pane.title_for_check(), self.prefs.tolerance, self.grammar.engine)

    def _apply(self, result: CheckResult) -> None:
        """Show a report; only ever called for the revision on screen."""
        text = result.request.precis
        editor = self.editor_pane.editor
        if editor.toPlainText() != text:  # belt and braces: the revision already guarantees it
            return
        self.report = result.report
        self.timings.setdefault("first_feedback", time.perf_counter() - self.started_at)
        self.grammar.load_learner()  # if still to come: now that this analysis is done (see GrammarHost)
        colours = colours_for(self)
        editor.set_marks(build_marks(self.report, text, editor.document(), colours))
        self._anchors = anchors_for(self.report, text, editor.document())
        self.passage_pane.show_report(self.report)
        self.feedback_pane.show_report(self.report)
        if result.request.grammar is not None:
            self.show_engine_status(self.report.grammar_status)
            self.timings.setdefault("first_underlines", time.perf_counter() - self.started_at)
        if result.all_grammar:  # spaCy too has loaded by now
            self.timings.setdefault("all_underlines", time.perf_counter() - self.started_at)
            freeze_loaded_objects()

    def _underline_first(self, found: GrammarPass) -> None:
        """The grammar engine's findings for the text on screen, ahead of their full report (the
        feedback pane keeps what it shows until that report comes)."""
        text = found.request.precis
        editor = self.editor_pane.editor
        if editor.toPlainText() != text:
            return
        shown = self.report if self.report is not None and self.report.precis.text == text else None
        editor.set_marks(grammar_first_marks(found.issues, shown, text, editor.document(), colours_for(self)))
        self.show_engine_status(found.status)
        self.timings.setdefault("first_underlines", time.perf_counter() - self.started_at)

    def show_engine_status(self, text: str) -> None:
        # A long reason (LanguageTool unavailable because...) must not widen the window.
        self.engine_label.setText(text if len(text) <= 70 else text[:69].rstrip() + "…")
        self.engine_label.setToolTip(plain_tooltip(text))

    def _grammar_ready(self) -> None:
        self.timings.setdefault("grammar_ready", time.perf_counter() - self.started_at)
        if self.grammar.complete_at is not None:  # nothing left to load
            self.timings.setdefault("learner_ready", self.grammar.complete_at - self.started_at)
        self.flow.engine_ready(grammar_first=self.grammar.engine.name != "off")

    def _learner_ready(self) -> None:
        """The learner rules joined: a check in flight lacks their findings, so check again."""
        self.timings.setdefault("learner_ready", time.perf_counter() - self.started_at)
        self.flow.refresh()

    def jump_to(self, jump: Jump) -> None:
        """Show a feedback item's words (in the précis, the passage, or both) with a passing
        highlight. Nothing is selected and focus stays in the feedback: the next key the
        student types can never replace their words."""
        if jump.passage is not None:
            self.passage_pane.spotlight_span(jump.passage)
        if jump.precis is not None:
            cursor = self._anchors.get(jump.precis)
            if cursor is not None:
                self.editor_pane.editor.spotlight_qt(cursor.selectionStart(), cursor.selectionEnd())

    # -- grammar choices ---------------------------------------------------------------

    def ignore_finding(self, note: Note) -> None:
        self.grammar.ignore(note.rule_id, note.text)
        self._drop_marks(lambda n: n.rule_id == note.rule_id and n.text == note.text)
        self.flow.changed()

    def add_to_dictionary(self, word: str) -> None:
        try:
            self.grammar.dictionary.add_word(word)
        except OSError as exc:
            self.show_problem("Could not save the dictionary", f"“{word}” could not be saved: {exc}")
            return
        self._drop_marks(lambda n: n.category == "spelling" and n.text == word)
        self.statusBar().showMessage(f"“{word}” added to your dictionary.", 5000)
        self.flow.changed()

    def never_flag_rule(self, rule_id: str) -> None:
        """Ignore a rule for good: saved in the personal dictionary, which the running
        engine's checker reads on every check (and a later session loads)."""
        try:
            self.grammar.dictionary.ignore_rule(rule_id)
        except OSError as exc:
            self.show_problem("Could not save the dictionary", f"The rule “{rule_id}” could not be saved: {exc}")
            return
        self._drop_marks(lambda n: n.rule_id == rule_id)
        self.statusBar().showMessage(f"The rule “{rule_id}” will not be flagged again. "
                                     "Grammar → Personal dictionary and ignored rules… turns it back on.", 8000)
        self.flow.changed()

    def manage_dictionary(self):
        """Grammar → Personal dictionary and ignored rules…: window-modal, but returns at once."""
        from tutor.gui.dialogs.dictionary_dialog import DictionaryDialog

        dialog = DictionaryDialog(self.grammar.dictionary, self)
        dialog.changed.connect(self.flow.changed)  # a word or rule given back: check again
        dialog.failed.connect(lambda message: self.show_problem("Could not save the dictionary", message))
        dialog.finished.connect(dialog.deleteLater)  # the window, its parent, keeps it alive until then
        dialog.open()
        return dialog

    def _drop_marks(self, matches) -> None:
        edit = self.editor_pane.editor
        edit.set_marks([m for m in edit.marks.marks if not (m.note.kind == "grammar" and matches(m.note))])

    # -- preferences, zoom and theme -------------------------------------------------------

    def apply_preferences(self, prefs: Preferences) -> None:
        old, self.prefs = self.prefs, prefs
        save_preferences(self.store, prefs)
        if old.theme != prefs.theme:
            from tutor.gui.theme import apply_theme

            apply_theme(QApplication.instance(), prefs.theme)
            self.restyle()  # now, not when the palette-change events arrive
        if old.tolerance != prefs.tolerance:
            self.use_passage(self.source)
        self.grammar.start(prefs)
        self.flow.changed()

    def open_settings(self) -> None:
        from tutor.gui.dialogs.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.prefs, self)
        if dialog.exec() == SettingsDialog.DialogCode.Accepted:
            self.apply_preferences(dialog.preferences())

    def set_theme(self, theme: str) -> None:
        self.apply_preferences(replace(self.prefs, theme=theme))

    def show_help(self) -> None:
        from tutor.gui.dialogs.help_dialog import HelpDialog

        if self._help is None:
            self._help = HelpDialog(self)
        self._help.show()
        self._help.raise_()

    def zoom(self, step: int) -> None:
        """+1, -1, or 0 to reset: every pane's text together."""
        self.prefs = with_zoom(self.prefs, 0 if step == 0 else self.prefs.zoom + step)
        save_preferences(self.store, self.prefs)
        self.apply_zoom()

    def apply_zoom(self) -> None:
        """Every pane, menu, dialog and message at the zoomed size (the application's font),
        each pane at least as wide as its words need, and the window still on its screen."""
        font = QFont(self._base_font)
        factor = 1 + 0.1 * self.prefs.zoom
        if self._base_font.pointSizeF() > 0:
            font.setPointSizeF(self._base_font.pointSizeF() * factor)
        else:
            font.setPixelSize(max(6, round(self._base_font.pixelSize() * factor)))
        QApplication.setFont(font)
        self.centralWidget().setFont(font)
        self.statusBar().setFont(font)
        for pane, chars in zip(self.panes(), MIN_CHARS.values()):
            min_width_in_chars(pane, chars)
        if self.isVisible():
            self.fit_to(self._available())
            self.share_width()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self.restyle()

    def restyle(self) -> None:
        """Redo every colour after the palette changed (light and dark need different ones)."""
        colours = colours_for(self)
        for view in (self.editor_pane.editor, self.passage_pane.view):
            view.set_marks(restyled(view.marks.marks, colours))
        self.editor_pane.restyle()
        self.feedback_pane.redraw()

    # -- talking to the student: the only places dialogs are shown --------------------------

    def show_problem(self, title: str, message: str) -> None:
        message_box(self, QMessageBox.Icon.Warning, title, message).exec()

    def show_unexpected(self, summary: str, details: str) -> None:
        """An error the app did not expect (see ``problems``): a status line and a dialog that
        does not block, so the student can keep writing. One dialog, however many errors."""
        self.statusBar().showMessage(f"Something went wrong: {summary}", 15_000)
        box = self._unexpected
        if box is None:
            box = message_box(self, QMessageBox.Icon.Warning, "Something went wrong", "",
                              QMessageBox.StandardButton.Close)
            box.setWindowModality(Qt.WindowModality.NonModal)
            box.finished.connect(lambda _result: self._forget_unexpected(box))
            self._unexpected = box
        box.setText("Précis Tutor ran into a problem it did not expect:\n\n"
                    f"{summary}\n\nYour précis is still here and you can keep writing. The details "
                    f"are also saved in {data_dir() / LOG_FILE}.")
        box.setDetailedText(details)
        box.show()

    def _forget_unexpected(self, box: QMessageBox) -> None:
        if self._unexpected is box:
            self._unexpected = None
        box.deleteLater()

    def show_note(self, title: str, message: str) -> None:
        message_box(self, QMessageBox.Icon.Information, title, message).exec()

    def choose(self, title: str, question: str, answers: tuple[str, ...]) -> str:
        """One of ``answers`` (buttons, the first the default); "Cancel" when the box is closed."""
        box = message_box(self, QMessageBox.Icon.Question, title, question, QMessageBox.StandardButton.NoButton)
        roles = {"Cancel": QMessageBox.ButtonRole.RejectRole, "Discard": QMessageBox.ButtonRole.DestructiveRole}
        buttons = {box.addButton(a, roles.get(a, QMessageBox.ButtonRole.AcceptRole)): a for a in answers}
        box.setDefaultButton(next(iter(buttons)))
        box.exec()
        return buttons.get(box.clickedButton(), "Cancel")

    def ask(self, title: str, question: str) -> bool:
        box = message_box(self, QMessageBox.Icon.Question, title, question,
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        box.setDefaultButton(QMessageBox.StandardButton.Yes)
        box.exec()
        clicked = box.clickedButton()
        return clicked is not None and box.standardButton(clicked) == QMessageBox.StandardButton.Yes

    # -- keeping the work ----------------------------------------------------------------------

    def current_draft(self):
        from tutor.gui.drafts.autosave import Draft

        title, precis = self.editor_pane.title_text(), self.editor_pane.precis_text()
        return self.source.draft(title, precis) if self.source else Draft(title=title, precis=precis)

    def autosave_in_background(self) -> None:
        """The timer's autosave: the draft is taken here and written on the ``save`` lane, since
        writing and fsync-ing it takes 20 ms or more (over a frame) on an ordinary disk."""
        if not self.dirty or self._saving:
            return
        draft, self.dirty, self._saving = self.current_draft(), False, True
        self.worker.submit("save", lambda: self.drafts.save(draft, clean=False), self._autosaved)

    def _autosaved(self, outcome) -> None:
        self._saving = False
        if outcome.ok:
            self._autosave_worked()
        elif isinstance(outcome.error, OSError):
            self.dirty = True  # still to be saved
            self._autosave_failed(outcome.error)
        else:
            report_failure(outcome)

    def autosave_now(self, clean: bool = False) -> bool:
        """Save the draft if it changed (always when ``clean``); False when it could not be saved."""
        if not (self.dirty or clean):
            return not self.autosave_failure
        self.worker.wait("save")  # a background save finishing later would overwrite this one
        try:
            self.drafts.save(self.current_draft(), clean=clean)
        except OSError as exc:
            self._autosave_failed(exc)
            return False
        self.dirty = False
        self._autosave_worked()
        return True

    def _autosave_failed(self, exc: OSError) -> None:
        self.autosave_failure = f"{self.drafts.path} could not be written: {exc.strerror or exc}"
        self.statusBar().showMessage(f"Could not autosave the draft ({self.autosave_failure}). Your work "
                                     "is only in this window: save it with File → Save the précis as…")

    def _autosave_worked(self) -> None:
        if self.autosave_failure:
            self.autosave_failure = ""
            self.statusBar().showMessage("The draft is autosaved again.", 5000)

    def may_close(self) -> bool:
        """Offer to save a précis whose file is out of date; False when the student cancels."""
        if not self.commands.unsaved_file_changes():
            return True
        name = Path(self.commands.link.path).name
        answer = self.choose("Save your précis?", f"Your précis has changed since it was saved to {name}. "
                             "Save the changes before quitting?", ("Save", "Discard", "Cancel"))
        if answer == "Save":
            return self.commands.save_precis()
        return answer == "Discard"  # the autosave still keeps the draft for next time

    def _shelve_current(self) -> None:
        """Put the précis on the shelf too, so next time it still knows its file."""
        if self.source is None:
            return
        pane = self.editor_pane
        try:
            self.shelf.put(self.source.key, ShelvedPrecis(pane.title_text(), pane.precis_text(), self.commands.link))
        except OSError:
            pass  # the autosave above holds the words; only the file's name would be forgotten

    def closeEvent(self, event) -> None:
        if not (self.ending_session or self.may_close()):  # a logout cannot answer questions
            event.ignore()
            return
        if not work_kept_before_quit(self):
            event.ignore()
            return
        self._shelve_current()
        self.practice.close()  # issue 15: the exam's timer state, the history
        self.store.setValue("window/geometry", self.saveGeometry())
        self.store.setValue("window/splitter", self.splitter.saveState())
        self.store.sync()
        self.lt_download.cancel()  # before draining: the pool would otherwise wait for the whole download
        self.worker.stop_checks()  # likewise for a check of a long précis
        self.worker.drain()
        self.worker.shut()
        self.grammar.close_now()
        super().closeEvent(event)

    def ask_unsaved_quit(self, message: str) -> str:
        """"save", "discard" or "cancel": what to do with a précis that could not be autosaved."""
        buttons = QMessageBox.StandardButton
        box = message_box(self, QMessageBox.Icon.Warning, "Your précis is not saved", message,
                          buttons.Save | buttons.Discard | buttons.Cancel)
        box.button(buttons.Save).setText("Save elsewhere…")
        box.button(buttons.Discard).setText("Quit without saving")
        box.setDefaultButton(buttons.Save)
        box.exec()
        clicked = box.clickedButton()
        answer = box.standardButton(clicked) if clicked is not None else buttons.Cancel
        return {buttons.Save: "save", buttons.Discard: "discard"}.get(answer, "cancel")

    def focused_text_widget(self):
        widget = QApplication.focusWidget()
        if isinstance(widget, QLineEdit) and widget is self.editor_pane.title:
            return widget
        return self.editor_pane.editor
