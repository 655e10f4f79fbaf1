"""The window as a whole: library, zoom, layout memory, find, keys, settings, theme, start-up."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from tutor.core.library import Library, load_library
from tutor.core.packs import Pack


def point_size(widget) -> float:
    return widget.font().pointSizeF()


def test_the_bundled_librarys_first_passage_is_selected_by_default(qtbot, make_window):
    library = load_library()
    if not library.passages:
        import pytest

        pytest.skip("the bundled library has no passages yet")
    window = make_window(library=library, passage=False)
    assert window.source.passage == library.passages[0]
    assert str(library.passages[0].words) in window.passage_pane.info.text()


def test_library_dialog_filters_as_the_student_types(qtbot):
    from tutor.gui.dialogs.library_dialog import LibraryDialog

    library = load_library()
    if len(library.passages) < 2:
        import pytest

        pytest.skip("the bundled library has fewer than two passages yet")
    dialog = LibraryDialog(library.passages)
    qtbot.addWidget(dialog)
    wanted = library.passages[1]
    dialog.search.setText(wanted.title)
    assert dialog.chosen() is wanted


def test_zoom_scales_every_pane_together(qtbot, make_window):
    window = make_window()
    panes = (window.passage_pane.view, window.editor_pane.editor, window.editor_pane.title,
             window.feedback_pane.tree, window.editor_pane.count)
    before = [point_size(w) for w in panes]
    window.actions["zoom_in"].trigger()
    window.actions["zoom_in"].trigger()
    after = [point_size(w) for w in panes]
    assert all(a > b for a, b in zip(after, before))
    assert len({round(a / b, 3) for a, b in zip(after, before)}) == 1
    window.actions["zoom_reset"].trigger()
    assert [point_size(w) for w in panes] == before


def test_zoom_keys_follow_desktop_conventions(qtbot, make_window):
    window = make_window()
    keys = {name: [s.toString() for s in window.actions[name].shortcuts()]
            for name in ("zoom_in", "zoom_out", "open_passage", "save", "undo", "redo", "find", "help")}
    assert "Ctrl+=" in keys["zoom_in"] and "Ctrl+-" in keys["zoom_out"]
    assert "Ctrl+O" in keys["open_passage"] and "Ctrl+S" in keys["save"]
    assert "Ctrl+Z" in keys["undo"] and "Ctrl+Shift+Z" in keys["redo"]
    assert "Ctrl+F" in keys["find"] and "F1" in keys["help"]


def test_zoom_is_remembered_between_runs(qtbot, make_window):
    first = make_window()
    first.zoom(3)
    first.close()
    second = make_window()
    assert second.prefs.zoom == 3


def test_splitter_sizes_are_remembered_between_runs(qtbot, make_window, rooftop_passage):
    library = Library((Pack("test", "", (rooftop_passage,)),))
    first = make_window(library=library)
    first.resize(780, 560)
    qtbot.waitUntil(lambda: first.width() == 780)
    first.splitter.setSizes([320, 250, 200])
    remembered = first.splitter.sizes()
    assert remembered[0] > remembered[2]
    first.close()
    second = make_window(library=library)
    qtbot.waitUntil(lambda: second.width() == 780)
    assert second.splitter.sizes() == remembered


def test_find_selects_words_in_the_passage_and_the_precis(qtbot, make_window):
    window = make_window()
    window.editor_pane.editor.setPlainText("Roof gardens cool homes. Gardens also hold rain.")
    window.actions["find"].trigger()
    assert window.find_bar.isVisible()
    window.find_bar.query.setText("gardens")
    assert window.find_bar.find()
    assert window.editor_pane.editor.selected_text() == "gardens"
    window.find_bar.open("passage")
    window.find_bar.query.setText("loneliness")
    assert window.find_bar.find()
    assert window.passage_pane.view.selected_text() == "loneliness"
    window.find_bar.query.setText("volcano")
    assert not window.find_bar.find() and window.find_bar.result.text() == "not found"


def test_undo_and_redo_work_from_the_menu(qtbot, make_window):
    window = make_window()
    editor = window.editor_pane.editor
    editor.setFocus()
    qtbot.keyClicks(editor, "Gardens")
    window.actions["undo"].trigger()
    assert editor.toPlainText() == ""
    window.actions["redo"].trigger()
    assert editor.toPlainText() == "Gardens"


def test_help_page_states_the_precis_and_counting_rules(qtbot, make_window):
    window = make_window()
    window.actions["help"].trigger()
    text = window._help.browser.toPlainText()
    for rule in ("one third", "$65 billion", "not counted", "±10%", "third person", "hyphenated"):
        assert rule in text.lower() or rule in text


def test_changing_the_tolerance_changes_the_target_band(qtbot, make_window):
    window = make_window()
    goal = round(window.passage_pane.passage.words / 3)
    window.apply_preferences(replace(window.prefs, tolerance=0.2))
    assert f"({round(goal * 0.8)}–{round(goal * 1.2)})" in window.editor_pane.count.text()


def test_settings_dialog_returns_the_choices_made(qtbot):
    from tutor.gui.dialogs.settings_dialog import SettingsDialog
    from tutor.gui.settings import Preferences

    dialog = SettingsDialog(Preferences())
    qtbot.addWidget(dialog)
    dialog.engine.setCurrentIndex(dialog.engine.findData("languagetool"))
    dialog.lt_server.setText("http://localhost:8081")
    dialog.dialect.setCurrentIndex(dialog.dialect.findData("american"))
    dialog.tolerance.setValue(15)
    prefs = dialog.preferences()
    assert (prefs.engine, prefs.lt_server, prefs.dialect, prefs.tolerance) == (
        "languagetool", "http://localhost:8081", "american", 0.15)


def test_switching_grammar_off_is_shown_in_the_status_line(qtbot, make_window):
    window = make_window(engine="harper")
    window.apply_preferences(replace(window.prefs, engine="off"))
    qtbot.waitUntil(lambda: "off" in window.engine_label.text().lower(), timeout=20_000)


def test_dark_theme_gives_light_marks_on_a_dark_background(qtbot, make_window, wait_for_report):
    from tutor.gui.theme import DARK, LIGHT, is_dark

    window = make_window()
    window.editor_pane.editor.setPlainText("They've planted gardens on roofs.")
    wait_for_report(window)
    window.set_theme("dark")
    try:
        qtbot.waitUntil(lambda: is_dark(window))
        style = next(m for m in window.editor_pane.editor.marks.marks if m.note.kind == "style")
        assert style.format.underlineColor().name().upper() == DARK.style.upper()
    finally:
        window.set_theme("light")
    qtbot.waitUntil(lambda: not is_dark(window))
    style = next(m for m in window.editor_pane.editor.marks.marks if m.note.kind == "style")
    assert style.format.underlineColor().name().upper() == LIGHT.style.upper()


def test_main_shows_the_window_and_returns_when_it_closes(qtbot, monkeypatch):
    from tutor.gui import app
    from tutor.gui.main_window import MainWindow

    shown = []

    def close_soon() -> None:
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
        shown.extend(windows)
        for w in windows:
            w.worker.drain()
            w.close()

    QTimer.singleShot(300, close_soon)
    assert app.main(["--restore", "no"]) == 0
    assert shown and shown[0].windowTitle().endswith("Précis Tutor")


def test_a_passage_asked_for_by_id_opens_instead_of_the_first(qtbot, rooftop_passage):
    from tutor.core.passage import passage_from_text
    from tutor.gui.main_window import MainWindow

    other = passage_from_text("A second passage about river ferries and the towns they join.", title="Ferries")
    other = replace(other, id="ferries")
    window = MainWindow(restore="no", library=Library((Pack("test", "", (rooftop_passage, other)),)),
                        passage_id="ferries")
    window.show()
    window.start()
    try:
        assert window.source.passage.id == "ferries"
    finally:
        window.worker.drain()
        window.close()


def test_the_grammar_menu_switches_the_engine(qtbot, make_window):
    window = make_window(engine="off")
    window.actions["engine_harper"].trigger()
    assert window.prefs.engine == "harper"
    qtbot.waitUntil(lambda: window.engine_label.text().startswith("Grammar: Harper"), timeout=20_000)
    assert window.engine_label.text() in window.engine_label.toolTip()


def test_declining_the_languagetool_download_changes_nothing(qtbot, make_window, monkeypatch):
    window = make_window()
    submitted = []
    monkeypatch.setattr(window, "ask", lambda title, question: False)
    monkeypatch.setattr(window.worker, "submit", lambda *job: submitted.append(job))
    window.actions["download_lt"].trigger()
    assert submitted == [] and window.prefs.engine == "off"


def test_quitting_during_a_languagetool_download_returns_promptly(qtbot, make_window, monkeypatch):
    """Closing the window mid-download cancels it instead of waiting for it to finish.

    The real download is replaced by a stand-in for the network: a local job that
    'downloads' until its cancel event is set. It gives up by itself after 20 s, so
    if closing ever stops cancelling, this test fails instead of hanging.
    """
    import threading
    import time

    from tutor.core.grammar import lt_download

    running, cancels = threading.Event(), []

    def endless_download(progress, cancel, **_options):
        cancels.append(cancel)
        running.set()
        deadline = time.monotonic() + 20
        while not cancel.is_set() and time.monotonic() < deadline:
            progress(1_000_000, None)
            time.sleep(0.01)
        raise lt_download.DownloadCancelled()

    monkeypatch.setattr(lt_download, "download_languagetool", endless_download)
    window = make_window()
    monkeypatch.setattr(window, "ask", lambda title, question: True)
    window.actions["download_lt"].trigger()
    qtbot.waitUntil(running.is_set, timeout=5000)
    started = time.monotonic()
    window.close()
    assert time.monotonic() - started < 2.0
    assert cancels[0].is_set() and window.worker.drain(0)
    assert window.prefs.engine == "off"  # a cancelled download switches nothing on


def test_help_states_the_dash_rule_and_the_keyboard_keys(qtbot, make_window):
    window = make_window()
    window.show_help()
    text = window._help.browser.toPlainText()
    assert "“conflicts—and” is two words" in text.replace('"conflicts—and"', "“conflicts—and”")
    assert "Shift+F10" in text and "passage → title → précis → feedback" in text
    window._help.close()
