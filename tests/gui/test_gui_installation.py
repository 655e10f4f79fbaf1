"""The window when the installation is broken: the student is told, never shown a silent blank."""

from __future__ import annotations

import tutor.core.library as library_module
import tutor.core.resources as resources


def test_a_missing_library_is_shown_with_every_folder_looked_in(qtbot, recorded_dialogs, monkeypatch, tmp_path):
    from tutor.gui.main_window import MainWindow

    # An installation whose resources are absent: the only place to look is an empty folder.
    monkeypatch.setattr(resources, "resource_folders", lambda: (tmp_path,))
    monkeypatch.setattr(library_module, "resource_folders", lambda: (tmp_path,))
    window = MainWindow(restore="no")
    qtbot.addWidget(window)
    window.show()
    window.start()
    qtbot.waitUntil(lambda: bool(recorded_dialogs))
    [(kind, title, message)] = recorded_dialogs
    assert (kind, title) == ("problem", "The library is empty")
    assert str(tmp_path / "passages") in message and "reinstall" in message
    assert window.source is None
    window.worker.drain()
    window.close()
