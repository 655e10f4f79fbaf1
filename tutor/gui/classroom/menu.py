"""The classroom's menu entries: File (packs, marking a folder) and View (presentation, try first)."""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from tutor.gui.actions import _action


def _before(menu: QMenu, anchor: QAction | None, act: QAction) -> QAction:
    """Move ``act`` (just added at the end) to stand before ``anchor``."""
    if anchor is not None:
        menu.removeAction(act)
        menu.insertAction(anchor, act)
    return act


def _file_entries(window, menu: QMenu, quit_action: QAction | None) -> dict[str, QAction]:
    c = window.classroom
    entries = (("new_pack", "&New passage pack…", c.new_pack, []),
               ("edit_passage", "&Edit passage…", c.edit_passage, []),
               ("mark_folder", "&Mark a folder…", c.mark_folder, ["Ctrl+Shift+M"]))
    acts = {name: _before(menu, quit_action, _action(menu, text, slot, keys)) for name, text, slot, keys in entries}
    menu.insertSeparator(quit_action) if quit_action is not None else menu.addSeparator()
    return acts


def _view_entries(window, menu: QMenu) -> dict[str, QAction]:
    c = window.classroom
    menu.addSeparator()
    acts = {"presentation": _action(menu, "&Presentation", c.presentation.toggle, ["F11"],
                                    "Full screen, large high-contrast text for a projector")}
    acts["presentation"].setCheckable(True)
    for i, name in enumerate(("passage", "précis", "feedback")):
        acts[f"pane_{i}"] = _action(menu, f"Hide or show the {name} pane", lambda i=i: c.presentation.toggle_pane(i),
                                    [f"F{6 + i}"])
    menu.addSeparator()
    try_first = _action(menu, "&Try first (hide the feedback)", lambda: None, ["Ctrl+Shift+T"])
    try_first.setCheckable(True)
    try_first.toggled.connect(c.try_first.set_on)
    acts["try_first"] = try_first
    acts["reveal_next"] = _action(menu, "Reveal the next &step", c.try_first.reveal_next, ["F9"])
    acts["reveal_all"] = _action(menu, "Reveal &all", c.try_first.reveal_all, ["Shift+F9"])
    acts["models"] = _action(menu, "&Model précis beside mine…", c.show_models, ["Ctrl+Shift+D"])
    return acts


def classroom_actions(window, file_menu: QMenu, view_menu: QMenu, quit_action: QAction | None) -> dict[str, QAction]:
    acts = _file_entries(window, file_menu, quit_action)
    acts |= _view_entries(window, view_menu)
    pres = acts["presentation"]
    # The check mark follows the mode, however it was entered or left (F11, Esc, --presentation).
    window.classroom.presentation.changed.connect(pres.setChecked)
    return acts
