"""What the menus do with files and dialogs: open, paste, choose, save, restore.

A file that cannot be used is reported in one clear dialog and changes
nothing: the passage and the précis on screen stay as they were. That holds
even when the core refuses a file with an error it did not word for the
student (anything but ``InputProblem``): the dialog names the file and the
error, and the traceback goes to the log.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtWidgets import QDialog, QFileDialog

from tutor.core.errors import InputProblem
from tutor.core.textfile import shown_name
from tutor.core.userdata import write_atomic
from tutor.gui.dialogs.library_dialog import LibraryDialog
from tutor.gui.drafts.draft_shelf import FileLink
from tutor.gui.dialogs.paste_dialog import PasteDialog
from tutor.gui.opening import (PassageSource, open_passage_file, open_precis_file, pasted_source,
                               precis_file_text, source_from_draft)

_KEEP = "\n\nNothing was changed: your passage and précis are as they were."
PASSAGE_FILTER = "Passages (*.txt *.json);;Plain text (*.txt);;Passage packs (*.json);;All files (*)"
TEXT_FILTER = "Plain text (*.txt);;All files (*)"
_PACK_HINT = " If it is a passage pack (.json), check it against the pack format described in the README."
log = logging.getLogger("tutor.gui")


def _unworded(path: str, error: Exception, hint: str = "") -> str:
    """What to say when the core refused a file without a sentence for the student."""
    log.error("Opening %s failed unexpectedly", path, exc_info=error)
    return f"{shown_name(path)} could not be read: {error.__class__.__name__}: {error}.{hint}"


class Commands:
    def __init__(self, window):
        self.window = window
        self.link: FileLink | None = None  # the précis's file: where Ctrl+S writes, and what it holds
        self._last_folder = str(Path.home())

    # -- file names (one place, so tests can answer for the student) --------------------

    def choose_open_path(self, caption: str, file_filter: str) -> str:
        path, _ = QFileDialog.getOpenFileName(self.window, caption, self._last_folder, file_filter)
        if path:
            self._last_folder = str(Path(path).parent)
        return path

    def choose_save_path(self, caption: str, suggested: str) -> str:
        path, _ = QFileDialog.getSaveFileName(self.window, caption, suggested, TEXT_FILTER)
        return path

    # -- passages --------------------------------------------------------------------------

    def open_passage(self) -> None:
        path = self.choose_open_path("Open a passage", PASSAGE_FILTER)
        if path:
            self.open_passage_path(path)

    def open_passage_path(self, path: str) -> bool:
        try:
            opened = open_passage_file(path)
        except InputProblem as problem:
            self.window.show_problem("This passage cannot be opened", f"{problem}{_KEEP}")
            return False
        except Exception as error:  # noqa: BLE001 - still the student's dialog, never a traceback
            self.window.show_problem("This passage cannot be opened", f"{_unworded(path, error, _PACK_HINT)}{_KEEP}")
            return False
        source = opened.sources[0] if len(opened.sources) == 1 else self._choose(opened.sources, Path(path).name)
        if source is None:
            return False
        self.window.use_passage(source)
        if opened.note:
            self.window.show_note("Passage opened with a note", opened.note + " Check that quotation marks, "
                                  "dashes and accents look right.")
        return True

    def choose_from_library(self) -> None:
        library = self.window.library
        if library is None or not library.passages:
            problems = "\n".join(library.problems) if library else ""
            self.window.show_problem("The library is empty", "No passages could be loaded. " + problems)
            return
        sources = tuple(PassageSource(p, "library") for p in library.passages)
        source = self._choose(sources, "", library.problems)
        if source is not None:
            self.window.use_passage(source)

    def _choose(self, sources, pack_name: str, problems=()) -> PassageSource | None:
        title = f"Choose a passage from {pack_name}" if pack_name else "Choose a passage"
        dialog = LibraryDialog(tuple(s.passage for s in sources), problems, self.window, title)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.chosen() is None:
            return None
        chosen = dialog.chosen()
        return next(s for s in sources if s.passage is chosen)

    def paste_passage(self) -> None:
        dialog = PasteDialog(self.window)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            title = dialog.title.text().strip() or "Pasted passage"
            self.window.use_passage(pasted_source(dialog.passage_text, title))

    # -- the précis ---------------------------------------------------------------------------

    def open_precis(self) -> None:
        path = self.choose_open_path("Open a précis", TEXT_FILTER)
        if path:
            self.open_precis_path(path)

    def open_precis_path(self, path: str) -> bool:
        try:
            title, body, note = open_precis_file(path)
        except InputProblem as problem:
            self.window.show_problem("This précis cannot be opened", f"{problem}{_KEEP}")
            return False
        except Exception as error:  # noqa: BLE001
            self.window.show_problem("This précis cannot be opened", f"{_unworded(path, error)}{_KEEP}")
            return False
        if not self._may_replace(Path(path).name):
            return False
        self.window.editor_pane.set_precis(title, body)
        self.link = FileLink(path, precis_file_text(title, body))
        self.window.show_file_state()
        if note:
            self.window.show_note("Précis opened with a note", note)
        return True

    @property
    def saved_path(self) -> str:
        return self.link.path if self.link else ""

    def unsaved_file_changes(self) -> bool:
        """Has the précis changed since it was opened from or saved to its file?"""
        if self.link is None:
            return False
        pane = self.window.editor_pane
        return precis_file_text(pane.title_text(), pane.precis_text()) != self.link.text

    def _may_replace(self, name: str) -> bool:
        """Ask before a file replaces writing that is kept nowhere else."""
        pane = self.window.editor_pane
        if not (pane.title_text().strip() or pane.precis_text().strip()):
            return True
        if self.link is not None and not self.unsaved_file_changes():
            return True  # all of it is in its file
        answer = self.window.choose(
            "Replace your précis?",
            f"Opening {name} replaces the précis you are writing, which is not saved to a file. "
            "Edit → Undo brings it back.", ("Replace", "Cancel"))
        return answer == "Replace"

    def save_precis(self, choose: bool = False) -> bool:
        path = self.saved_path
        if choose or not path:
            suggested = str(Path(self._last_folder) / "precis.txt")
            path = self.choose_save_path("Save the précis", suggested)
            if not path:
                return False
        pane = self.window.editor_pane
        text = precis_file_text(pane.title_text(), pane.precis_text())
        try:
            write_atomic(Path(path), text)
        except OSError as exc:
            self.window.show_problem("The précis was not saved", f"{shown_name(path)} could not be written: {exc}. "
                                     "Your précis is still here; try another folder.")
            return False
        self.link = FileLink(path, text)
        self.window.show_file_state()
        self.window.statusBar().showMessage(f"Précis saved to {shown_name(path)}", 5000)
        return True

    # -- the draft from last time ------------------------------------------------------------

    def restore_or_default(self) -> None:
        """Bring back the last draft (asking first after a crash), else open the passage asked
        for on the command line, else the library's first passage. A draft not brought back
        is kept aside, never deleted."""
        window = self.window
        saved = window.drafts.load()
        if saved is not None and self._should_restore(saved) and self._restore(saved.draft):
            return
        if saved is not None and saved.draft.has_writing:
            window.drafts.keep_aside("not-restored")
        window.use_passage(self._starting_passage())

    def _should_restore(self, saved) -> bool:
        window = self.window
        if window.restore_policy == "no":
            return False
        crashed = not saved.clean and saved.draft.has_writing
        if not crashed:
            return not window.passage_id  # a clean draft continues unless another passage was asked for
        return window.restore_policy == "yes" or window.ask(
            "Restore your draft?",
            f"Précis Tutor did not close properly last time. Your draft was saved at "
            f"{saved.saved_at.replace('T', ' ')}. Restore it?")

    def _starting_passage(self) -> PassageSource | None:
        library = self.window.library
        if self.window.passage_id:
            try:
                return PassageSource(library.find(self.window.passage_id), "library")
            except InputProblem as problem:
                self.window.show_problem("No such passage", str(problem))
        passages = library.passages if library else ()
        return PassageSource(passages[0], "library") if passages else None

    def _restore(self, draft) -> bool:
        try:
            source = source_from_draft(draft, self.window.library)
        except InputProblem:
            source = None
        if source is None and not draft.has_writing:
            return False
        self.window.editor_pane.set_precis(draft.title, draft.precis, undoable=False)
        self.window.use_passage(source)
        self.window.dirty = False
        return True
