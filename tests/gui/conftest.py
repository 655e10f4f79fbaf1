"""GUI tests: real widgets on Qt's offscreen platform, each test with its own user data folder."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before anything imports Qt

import multiprocessing
from types import SimpleNamespace

import pytest
from held_back_tagger import hold_back_the_tagger

from tutor.core.library import Library
from tutor.core.passage import passage_from_text
from tutor.gui.checks import worker

# An original passage written for these tests (165 words, six sentences, one figure).
ROOFTOP_PASSAGE = (
    "Across crowded cities, flat rooftops that once held only water tanks are being turned into gardens. "
    "Local councils began the change to cool buildings, because a planted roof can lower the temperature "
    "of the floor beneath it by several degrees in summer. The gardens also catch heavy rain and release "
    "it slowly, which eases the strain on old drains during storms.\n\n"
    "Residents have found other reasons to care. In one district, a scheme costing $3 million now gives "
    "four hundred families a plot where they grow vegetables and meet their neighbours. Teachers take "
    "pupils up the stairs to learn how food is produced, and older people say the gardens ended years of "
    "loneliness. Critics warn that many roofs cannot carry the weight of wet soil without expensive "
    "repairs, and that the benefits fall mostly on buildings whose owners can pay for them. Even so, "
    "planners now treat rooftops as shared land rather than wasted space, and new buildings are "
    "increasingly designed with gardens in mind."
)


@pytest.fixture(autouse=True)
def private_user_data(tmp_path, monkeypatch):
    """Settings, drafts and the dictionary go to a fresh folder: tests never touch the real ones."""
    home = tmp_path / "precis-home"
    monkeypatch.setenv("PRECIS_TUTOR_HOME", str(home))
    return home


@pytest.fixture
def rooftop_passage():
    return passage_from_text(ROOFTOP_PASSAGE, title="Gardens on the roof")


def _set_engine(engine: str) -> None:
    from tutor.gui.settings import open_store

    store = open_store()
    store.setValue("grammar/engine", engine)
    store.sync()


@pytest.fixture
def make_window(qtbot, rooftop_passage):
    """Build a started main window showing the rooftop passage.

    ``engine="off"`` (default) keeps tests fast; ``engine="harper"`` loads the
    real engine in the background. Windows are closed only after the
    worker's thread pools have drained.
    """
    from tutor.gui.main_window import MainWindow
    from tutor.gui.opening import PassageSource

    windows = []

    def make(*, engine: str = "off", restore: str = "no", library=None, start: bool = True,
             passage=True) -> MainWindow:
        _set_engine(engine)
        window = MainWindow(restore=restore, library=library if library is not None else Library(()))
        window.show()
        windows.append(window)
        if start:
            window.start()
            if passage and window.source is None:
                window.use_passage(PassageSource(rooftop_passage, "text"))
        return window

    yield make
    for window in windows:
        window.worker.drain()
        window.commands.link = None  # a test that left a file unsaved must not wait on "Save your précis?"
        window.close()
        window.deleteLater()


@pytest.fixture
def recorded_dialogs(monkeypatch):
    """Every problem and note the window would show, recorded instead of blocking on a modal box."""
    from tutor.gui.main_window import MainWindow

    shown: list[tuple[str, str, str]] = []
    monkeypatch.setattr(MainWindow, "show_problem", lambda self, title, msg: shown.append(("problem", title, msg)))
    monkeypatch.setattr(MainWindow, "show_note", lambda self, title, msg: shown.append(("note", title, msg)))
    return shown


@pytest.fixture
def wait_for_report(qtbot):
    """``wait_for_report(window)``: wait until the window shows a report for the text now in the editor."""

    def wait(window, timeout: int = 15_000):
        qtbot.waitUntil(lambda: window.report is not None and not window.flow.busy, timeout=timeout)
        return window.report

    return wait


@pytest.fixture
def held_tagger():
    """The real learner rules' tagger in a new check process, held back until the test sets
    ``go`` (spaCy loads in a second or two, so without the hold the order of underlines would be
    left to chance)."""
    checks = worker._check_process
    go = multiprocessing.get_context("spawn").Event()
    checks.stop()
    checks.start(prepare=(hold_back_the_tagger, go))
    yield SimpleNamespace(go=go)
    go.set()  # never leave the engine lane waiting
    checks.stop()  # the next test's checks start a process of the usual kind


@pytest.fixture
def underlined():
    """``underlined(window)``: the précis's grammar underlines, underlined words -> the rule."""
    from tutor.gui.marks.mark import GRAMMAR

    def marked(window) -> dict[str, str]:
        return {m.cursor.selectedText(): m.note.rule_id
                for m in window.editor_pane.editor.marks.marks if m.note.kind == GRAMMAR}

    return marked
