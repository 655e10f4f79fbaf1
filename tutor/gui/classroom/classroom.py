"""What the classroom menu entries do: the one object the main window holds for them."""

from __future__ import annotations

from tutor.core.errors import InputProblem
from tutor.core.packs import is_pack_file
from tutor.core.textfile import shown_name
from tutor.gui.classroom.presentation import Presentation
from tutor.gui.classroom.try_first import TryFirst


class Classroom:
    def __init__(self, window):
        self.window = window
        self.presentation = Presentation(window)
        self.try_first = TryFirst(window)
        self.dialogs: list = []  # open non-modal dialogs, kept alive until closed

    def follow(self) -> None:
        """Called once the window has wired its own handlers (see ``TryFirst.follow``)."""
        self.try_first.follow()

    def _keep(self, dialog):
        self.dialogs.append(dialog)
        dialog.finished.connect(lambda _r: self.dialogs.remove(dialog) if dialog in self.dialogs else None)
        dialog.show()  # not modal: the window stays usable (marking runs while the teacher works)
        return dialog

    # -- marking a class ---------------------------------------------------------------------

    def passages(self) -> tuple:
        """The passage on screen first, then the library's (teachers' packs included)."""
        w = self.window
        current = (w.source.passage,) if w.source else ()
        library = w.library.passages if w.library else ()
        return current + tuple(p for p in library if not current or p is not current[0])

    def mark_folder(self):
        from tutor.gui.classroom.class_run import RunSettings
        from tutor.gui.classroom.mark_folder_dialog import MarkFolderDialog

        w = self.window
        passages = self.passages()
        if not passages:
            w.show_problem("No passage to mark against", "Open or choose a passage first.")
            return None
        p = w.prefs
        settings = RunSettings(p.engine, p.dialect, p.lt_server, p.lt_folder, p.tolerance)
        return self._keep(MarkFolderDialog(w.worker, passages, settings, w))

    # -- model précis ----------------------------------------------------------------------

    def show_models(self):
        from tutor.gui.classroom.model_view import ModelView

        w = self.window
        passage = w.source.passage if w.source else None
        if passage is None or not passage.model_precis:
            w.show_note("No model précis", "This passage has no model précis. A teacher can add some with "
                        "File → Edit passage…")
            return None
        if not self.try_first.everything_shown:
            w.show_note("Reveal first", "The model précis is shown after the reveal (Shift+F9 reveals everything).")
            return None
        if w.report is None:
            w.show_note("Write first", "Write a précis first: the model is shown beside it.")
            return None
        return self._keep(ModelView(w.worker, w.report, w.grammar.engine, w, w.prefs.tolerance))

    # -- writing passages ------------------------------------------------------------------------

    def new_pack(self):
        from tutor.gui.classroom.pack_editor import PackEditor

        editor = PackEditor(self.window)
        editor.saved.connect(self._pack_saved)
        return self._keep(editor)

    def edit_passage(self):
        from tutor.gui.classroom.pack_editor import PackEditor

        w = self.window
        if w.source is None:
            return self.new_pack()
        source = w.source
        origin = source.passage.origin
        pack_path = source.pack_path or (origin if is_pack_file(origin) else "")  # a teacher's library pack too
        editor = PackEditor(w, source.passage, pack_path)
        editor.saved.connect(self._pack_saved)
        editor.saved.connect(lambda path: self._reopen(source, path, editor.passage().id))
        return self._keep(editor)

    def _pack_saved(self, path: str) -> None:
        """A saved pack shows up in the library at once."""
        from tutor.core.library import load_library_with_packs

        self.window.library = load_library_with_packs()
        self.window.statusBar().showMessage(
            f"Saved {shown_name(path)}. Its passages are in the library (Ctrl+L).", 8000)

    def _reopen(self, edited, path: str, passage_id: str) -> None:
        """The passage on screen was edited: show the saved version (the précis stays as it is)."""
        from tutor.core.packs import load_pack
        from tutor.gui.opening import PassageSource

        if self.window.source is not edited:
            return  # another passage was opened meanwhile
        try:
            passage = load_pack(path).passage(passage_id)
        except InputProblem:
            return
        self.window.use_passage(PassageSource(passage, "pack", path))
