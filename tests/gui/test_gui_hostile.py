"""The app under attack: markup in packs, a data folder that cannot be written, a session ended by SIGTERM."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QTextCursor, QTextDocument
from PySide6.QtGui import Qt as GuiQt  # mightBeRichText lives in QtGui's Qt namespace
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox

from tutor.core.packs import parse_pack
from tutor.core.userdata import LEFTOVER_AGE_S
from tutor.gui.drafts.autosave import DraftStore
from tutor.gui.opening import PassageSource

ROOT = Path(__file__).resolve().parents[2]
HOSTILE = '<b>bold</b><img src="roof.png" width=30000 height=30000><a href="https://example.com/">link</a>'
TEXT = ("Rooftop gardens cool the floors beneath them. " + HOSTILE + " They also catch rain and feed families.")


def shown(text: str, fmt: Qt.TextFormat = Qt.TextFormat.AutoText) -> str:
    """What a person sees of ``text`` in a label, tooltip or box with format ``fmt``."""
    if fmt == Qt.TextFormat.PlainText or (fmt == Qt.TextFormat.AutoText and not GuiQt.mightBeRichText(text)):
        return text
    doc = QTextDocument()
    doc.setHtml(text)
    return doc.toPlainText()


def hostile_passage():
    pack = {"format": "precis-tutor-pack", "version": 1, "passages": [{
        "id": "roofs", "title": "Roofs " + HOSTILE, "level": "foundation", "subject": HOSTILE, "text": TEXT,
        "key_points": [{"id": "kp1", "text": "Gardens cool floors " + HOSTILE,
                        "source": "Rooftop gardens cool the floors beneath them."}]}]}
    return parse_pack(json.dumps(pack), "hostile.json").passages[0]


def test_pack_markup_is_shown_as_typed_in_every_label_and_tooltip(qtbot, make_window, wait_for_report):
    window = make_window()
    window.use_passage(PassageSource(hostile_passage(), "pack", "hostile.json"))
    window.editor_pane.editor.setPlainText("Gardens on roofs cool the rooms below and catch the rain.")
    wait_for_report(window)
    qtbot.wait(50)
    labels = [w for w in window.findChildren(QLabel) if "<img" in w.text()]
    assert {window.passage_pane.heading, window.passage_pane.info} <= set(labels)
    for label in labels:
        assert HOSTILE in shown(label.text(), label.textFormat()), label.accessibleName()
    tips = [i.toolTip(0) for i in window.feedback_pane.items() if "<img" in i.toolTip(0) or "&lt;img" in i.toolTip(0)]
    assert tips and all(HOSTILE in shown(t) for t in tips)
    view = window.passage_pane.view
    start = TEXT.index("Rooftop")
    cursor = QTextCursor(view.document())
    cursor.setPosition(start + 3)
    tip = view.shown_tooltip_at(view.cursorRect(cursor).center())
    assert "Gardens cool floors" in tip and HOSTILE in shown(tip)
    assert window.width() < 3000 and window.minimumSizeHint().width() < 3000  # no 30,000-pixel image


def test_library_dialog_tooltips_and_problems_show_pack_markup_as_typed(qtbot):
    from tutor.gui.dialogs.library_dialog import LibraryDialog

    dialog = LibraryDialog((hostile_passage(),), (f"pack.json: field 'level': '{HOSTILE}' is wrong",), None)
    qtbot.addWidget(dialog)
    item = dialog.list.topLevelItem(0)
    assert HOSTILE in shown(item.toolTip(0))
    [note] = [w for w in dialog.findChildren(QLabel) if "could not be loaded" in w.text()]
    assert HOSTILE in shown(note.text(), note.textFormat())


def _answer_next_box(seen: list, button=None) -> None:
    """When the next modal message box opens, record what it shows and close it."""

    def look() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, look)
            return
        seen.append((box.textFormat(), box.text(), box.textInteractionFlags()))
        box.done(0) if button is None else box.button(button).click()

    QTimer.singleShot(0, look)


def test_a_hostile_pack_error_dialog_shows_plain_text_and_opens_no_link(qtbot, make_window, tmp_path):
    window = make_window()
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"format": "precis-tutor-pack", "version": 1, "passages": [
        {"id": HOSTILE, "title": "t", "level": HOSTILE, "text": "Some words."}]}), encoding="utf-8")
    seen: list = []
    _answer_next_box(seen)
    assert window.commands.open_passage_path(str(bad)) is False
    [(fmt, text, flags)] = seen
    assert fmt == Qt.TextFormat.PlainText and HOSTILE in shown(text, fmt)
    assert not flags & Qt.TextInteractionFlag.LinksAccessibleByMouse


# --- work that must not be lost ------------------------------------------------------

def _break_autosave(window, tmp_path) -> None:
    """Point the draft at a folder that cannot exist (a file has its name): every save fails."""
    blocker = tmp_path / "full-disk"
    blocker.write_text("")
    window.drafts = DraftStore(blocker / "data")


@pytest.mark.parametrize("answer", ["cancel", "save", "discard"])
def test_quitting_after_a_failed_autosave_asks_and_keeps_the_words(qtbot, make_window, tmp_path, monkeypatch,
                                                                   answer):
    window = make_window()
    qtbot.keyClicks(window.editor_pane.editor, "Gardens cool roofs.")
    _break_autosave(window, tmp_path)
    assert window.autosave_now() is False
    assert "only in this window" in window.statusBar().currentMessage()
    asked: list[str] = []
    monkeypatch.setattr(window, "ask_unsaved_quit", lambda message: asked.append(message) or answer)
    rescued = tmp_path / "rescued.txt"
    monkeypatch.setattr(window.commands, "choose_save_path", lambda caption, suggested: str(rescued))
    closed = window.close()
    assert asked and "could not be saved" in asked[0]
    assert closed is (answer != "cancel")
    if answer == "cancel":
        assert window.isVisible() and window.editor_pane.precis_text() == "Gardens cool roofs."
    if answer == "save":
        assert "Gardens cool roofs." in rescued.read_text(encoding="utf-8")


def test_the_timers_autosave_failing_in_the_background_is_reported_and_retried(qtbot, make_window, tmp_path,
                                                                               monkeypatch):
    window = make_window()
    monkeypatch.setattr(window, "ask_unsaved_quit", lambda message: "discard")
    _break_autosave(window, tmp_path)
    window._autosave.setInterval(50)
    qtbot.keyClicks(window.editor_pane.editor, "Gardens cool roofs.")
    qtbot.waitUntil(lambda: "only in this window" in window.statusBar().currentMessage(), timeout=5000)
    window.drafts = DraftStore(tmp_path / "working")  # the words are not forgotten: a later tick saves them
    qtbot.waitUntil(lambda: window.autosave_failure == "", timeout=5000)
    assert DraftStore(tmp_path / "working").load().draft.precis == "Gardens cool roofs."


def test_a_shutdown_with_a_failed_autosave_writes_a_rescue_copy_without_asking(qtbot, make_window, tmp_path,
                                                                               monkeypatch):
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    window = make_window()
    qtbot.keyClicks(window.editor_pane.editor, "Gardens cool roofs.")
    _break_autosave(window, tmp_path)
    monkeypatch.setattr(window, "ask_unsaved_quit", lambda message: pytest.fail("asked during a shutdown"))
    window.ending_session = True  # as the SIGTERM handler sets it
    assert window.close() is True
    [rescued] = home.glob("precis-rescued-*.txt")
    assert "Gardens cool roofs." in rescued.read_text(encoding="utf-8")


def test_quitting_with_a_working_autosave_asks_nothing(qtbot, make_window, monkeypatch):
    window = make_window()
    qtbot.keyClicks(window.editor_pane.editor, "Gardens cool roofs.")
    monkeypatch.setattr(window, "ask_unsaved_quit", lambda message: pytest.fail("asked although the draft was saved"))
    assert window.close() is True


def test_an_unusable_data_folder_is_reported_and_the_app_still_works(qtbot, make_window, tmp_path, monkeypatch,
                                                                     recorded_dialogs):
    blocker = tmp_path / "home-is-a-file"
    blocker.write_text("")
    monkeypatch.setenv("PRECIS_TUTOR_HOME", str(blocker / "precis"))
    window = make_window()
    [(kind, title, message)] = [d for d in recorded_dialogs if d[0] == "problem"]
    assert "cannot be saved automatically" in title and str(blocker / "precis") in message
    qtbot.keyClicks(window.editor_pane.editor, "Gardens cool roofs.")
    window.zoom(1)  # a setting changes in memory
    assert window.prefs.zoom == 1
    monkeypatch.setattr(window, "ask_unsaved_quit", lambda message: "discard")
    assert window.close() is True


def test_leftover_temporary_drafts_are_removed_when_the_app_starts(make_window, private_user_data):
    private_user_data.mkdir(parents=True, exist_ok=True)
    leftover = private_user_data / ".draft.json.k1ll3d.tmp"
    leftover.write_text('{"half": ')
    stamp = time.time() - LEFTOVER_AGE_S - 5
    os.utime(leftover, (stamp, stamp))
    make_window()
    assert not leftover.exists()


@pytest.mark.skipif(sys.platform == "win32", reason="SIGTERM is POSIX")
def test_sigterm_closes_the_app_cleanly_with_the_draft_saved(tmp_path):
    """A real app process: a logout's SIGTERM must save the draft as clean and exit 0, not die as a crash."""
    home = tmp_path / "home"
    home.mkdir()
    draft = {"passage_kind": "text", "passage_title": "Roofs", "passage_text": "Roofs hold gardens now.",
             "precis": "Gardens on roofs."}
    (home / "draft.json").write_text(json.dumps({"version": 1, "clean": False, "saved_at": "", "draft": draft}))
    ready = home / ".draft.json.started.tmp"  # removed as the app starts: then it is running
    ready.write_text("")
    os.utime(ready, (time.time() - LEFTOVER_AGE_S - 5,) * 2)
    env = dict(os.environ, PRECIS_TUTOR_HOME=str(home), QT_QPA_PLATFORM="offscreen")
    app = subprocess.Popen([sys.executable, "-m", "tutor", "--restore", "yes"], cwd=ROOT, env=env,
                           stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        end = time.monotonic() + 60
        while ready.exists() and time.monotonic() < end and app.poll() is None:
            time.sleep(0.1)
        assert not ready.exists(), "the app did not start"
        time.sleep(0.5)
        app.send_signal(signal.SIGTERM)
        code = app.wait(timeout=30)
    finally:
        if app.poll() is None:
            app.kill()
            app.wait()
    assert code == 0, app.stderr.read().decode(errors="replace")
    saved = DraftStore(home).load()
    assert saved.clean is True and saved.draft.precis == "Gardens on roofs."


def test_a_trickling_languagetool_server_neither_holds_up_underlines_nor_closing(qtbot, make_window, monkeypatch):
    """Against a local stand-in (tests/grammar_server.py, not LanguageTool itself) that answers one
    byte every 0.1 s: Harper's underlines still come, and the window closes at once."""
    from grammar_server import TricklingServer, block_non_loopback_connections
    from tutor.gui.settings import open_store

    attempts = block_non_loopback_connections(monkeypatch)
    server = TricklingServer(interval=0.1)
    try:
        store = open_store()
        store.setValue("grammar/lt_server", server.url)
        store.sync()
        window = make_window(engine="languagetool")
        window.editor_pane.editor.setPlainText("Rooftop gardens cool cities. He recieve the letter.")
        qtbot.waitUntil(lambda: any(m.note.text == "recieve" for m in window.editor_pane.editor.marks.marks),
                        timeout=30_000)
        assert "using Harper" in window.engine_label.toolTip()
        started = time.monotonic()
        window.close()
        assert window.worker.drain(10_000)
        assert time.monotonic() - started < 5
    finally:
        server.close()
    assert attempts == []
