"""The last save before the app closes: nothing typed is lost without the student choosing so.

Normally the draft is autosaved (clean) and the app closes. When it cannot be
(a full disk, a data folder that became read-only), the student chooses: save
the précis elsewhere, quit without it, or stay. A logout or shutdown (SIGTERM)
cannot ask, so the précis goes to a rescue file in the home folder instead
(the temporary folder if the home folder is not writable either).
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

from tutor.core.userdata import write_atomic
from tutor.gui.opening import precis_file_text


def work_kept_before_quit(window) -> bool:
    """True when the window may close; False means stay open (the student cancelled)."""
    window._autosave.stop()
    if window.autosave_now(clean=True) or not window.current_draft().has_writing:
        return True
    if window.ending_session:
        rescue_copy(window)
        return True
    choice = window.ask_unsaved_quit(
        f"Your draft could not be saved: {window.autosave_failure}.\n\n"
        "If you quit now, what you wrote is lost. Save your précis to another place first?")
    if choice == "save" and window.commands.save_precis(choose=True):
        return True
    if choice == "discard":
        return True
    window._autosave.start()
    return False


def rescue_copy(window) -> Path | None:
    """Write the précis to ``precis-rescued-DATE.txt`` in the home or temporary folder; where it
    went, or None when neither could be written."""
    pane = window.editor_pane
    text = precis_file_text(pane.title_text(), pane.precis_text())
    name = f"precis-rescued-{time.strftime('%Y%m%d-%H%M%S')}.txt"
    for folder in (Path.home(), Path(tempfile.gettempdir())):
        try:
            write_atomic(folder / name, text)
        except OSError:
            continue
        return folder / name
    return None
