"""Text from packs and students' files, shown as plain text wherever Qt would guess at markup."""

from __future__ import annotations

import html


def plain_tooltip(text: str) -> str:
    """A tooltip that shows ``text`` literally: Qt renders any tooltip that looks like HTML as
    HTML, so the text is escaped and marked as rich text (a file named ``<b>x</b>.txt`` stays that)."""
    if not text:
        return ""
    return "<qt>" + html.escape(text).replace("\n", "<br>") + "</qt>"
