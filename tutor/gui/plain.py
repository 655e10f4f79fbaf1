"""Text from a pack or a file is shown as plain text everywhere, never as rich text.

Qt guesses: a label, a tooltip or a message box whose text looks like HTML is
rendered as HTML, so a pack could make a subject bold, load a local image,
grow the window to 30,000 pixels with ``<img width=30000>`` or offer a link
that starts a browser. Labels and message boxes are told ``Qt.PlainText``;
tooltips have no such switch, so their text is escaped inside ``<qt>``.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget


def plain_labels(*labels: QLabel) -> None:
    """Show these labels' text exactly as it is, whatever it holds."""
    for label in labels:
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setOpenExternalLinks(False)


def plain_tooltip(text: str) -> str:
    """A tooltip that shows ``text`` literally ("" stays "": no tooltip), lines kept."""
    if not text:
        return ""
    return "<qt style='white-space:pre-wrap'>" + html.escape(text) + "</qt>"


def message_box(parent: QWidget, icon: QMessageBox.Icon, title: str, text: str,
                buttons: QMessageBox.StandardButton = QMessageBox.StandardButton.Ok) -> QMessageBox:
    """A message box showing ``text`` as plain text, whose label opens no links."""
    box = QMessageBox(icon, title, text, buttons, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return box
