"""Menus and keyboard shortcuts, following desktop conventions."""

from __future__ import annotations

from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

from tutor.gui.marks.grammar_menu import build_grammar_menu
from tutor.gui.settings import THEMES

Key = QKeySequence.StandardKey


def _action(menu: QMenu, text: str, slot, shortcuts=(), tip: str = "") -> QAction:
    act = QAction(text, menu)
    keys = [QKeySequence(k) if isinstance(k, str) else k for k in shortcuts]
    expanded: dict[str, QKeySequence] = {}
    for k in keys:
        for seq in (QKeySequence.keyBindings(k) if isinstance(k, QKeySequence.StandardKey) else [k]):
            expanded.setdefault(seq.toString(), seq)  # the same key twice would be ambiguous
    if expanded:
        act.setShortcuts(list(expanded.values()))
    if tip:
        act.setStatusTip(tip)
    act.triggered.connect(lambda _checked=False: slot())
    menu.addAction(act)
    return act


def _file_menu(window, menu: QMenu) -> dict[str, QAction]:
    c = window.commands
    acts = {
        "library": _action(menu, "Choose from the &library…", c.choose_from_library, ["Ctrl+L"]),
        "open_passage": _action(menu, "&Open a passage (.txt or pack)…", c.open_passage, [Key.Open]),
        "paste_passage": _action(menu, "&Paste a passage…", c.paste_passage, ["Ctrl+Shift+P"]),
    }
    menu.addSeparator()
    acts["open_precis"] = _action(menu, "Open a pré&cis (.txt)…", c.open_precis, ["Ctrl+Shift+O"])
    acts["save"] = _action(menu, "&Save the précis", c.save_precis, [Key.Save])
    acts["save_as"] = _action(menu, "Save the précis &as…", lambda: c.save_precis(choose=True), ["Ctrl+Shift+S"])
    menu.addSeparator()
    acts["quit"] = _action(menu, "&Quit", window.close, [Key.Quit, "Ctrl+Q"])
    return acts


def _edit_menu(window, menu: QMenu) -> dict[str, QAction]:
    acts = {
        "undo": _action(menu, "&Undo", lambda: window.focused_text_widget().undo(), [Key.Undo]),
        "redo": _action(menu, "&Redo", lambda: window.focused_text_widget().redo(), ["Ctrl+Shift+Z", "Ctrl+Y"]),
    }
    menu.addSeparator()
    acts["find"] = _action(menu, "&Find…", lambda: window.find_bar.open(_find_target(window)), [Key.Find])
    acts["find_next"] = _action(menu, "Find &next", lambda: window.find_bar.find(), [Key.FindNext, "F3"])
    acts["check"] = _action(menu, "Check &now", window.flow.check_now, ["F5"])
    menu.addSeparator()
    acts["settings"] = _action(menu, "Se&ttings…", window.open_settings, [Key.Preferences, "Ctrl+,"])
    return acts


def _find_target(window) -> str:
    return "passage" if window.passage_pane.view.hasFocus() else "précis"


def _view_menu(window, menu: QMenu) -> dict[str, QAction]:
    acts = {
        "zoom_in": _action(menu, "&Bigger text", lambda: window.zoom(1), ["Ctrl+=", "Ctrl++", Key.ZoomIn]),
        "zoom_out": _action(menu, "&Smaller text", lambda: window.zoom(-1), ["Ctrl+-", Key.ZoomOut]),
        "zoom_reset": _action(menu, "&Normal size", lambda: window.zoom(0), ["Ctrl+0"]),
    }
    menu.addSeparator()
    themes = menu.addMenu("&Theme")
    group = QActionGroup(themes)
    names = {"system": "Follow the &system", "light": "&Light", "dark": "&Dark"}
    for theme in THEMES:
        act = _action(themes, names[theme], lambda t=theme: window.set_theme(t))
        act.setCheckable(True)
        act.setChecked(window.prefs.theme == theme)
        group.addAction(act)
        acts[f"theme_{theme}"] = act
    return acts


def build_menus(window: QMainWindow) -> dict[str, QAction]:
    bar = window.menuBar()
    acts = {}
    file_menu, edit_menu, view_menu = bar.addMenu("&File"), bar.addMenu("&Edit"), bar.addMenu("&View")
    acts |= _file_menu(window, file_menu)
    acts |= _edit_menu(window, edit_menu)
    acts |= _view_menu(window, view_menu)
    acts |= build_grammar_menu(window, bar.addMenu("&Grammar"))
    # -- issue 15: practice (exams, attempts, reports) --
    from tutor.gui.practice.menu import build_practice_menu

    acts |= build_practice_menu(window, bar.addMenu("&Practice"), _action)
    # -- end issue 15 --
    help_menu = bar.addMenu("&Help")
    acts["help"] = _action(help_menu, "Précis &rules and help", window.show_help, [Key.HelpContents, "F1"])
    # -- classroom (issue 14): packs, marking a folder, presentation, try first ----------------
    from tutor.gui.classroom.menu import classroom_actions

    acts |= classroom_actions(window, file_menu, view_menu, acts["quit"])
    return acts
