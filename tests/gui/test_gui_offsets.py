"""Python offsets and Qt positions meet in one place, and agree even with emoji."""

from __future__ import annotations

from PySide6.QtGui import QTextDocument

from tutor.gui.offsets import OffsetMap, qt_length


def _utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def test_offsets_round_trip_through_astral_characters():
    text = "a😀b🎉🎉c — naïve 𝔸 end"
    mapping = OffsetMap(text)
    for i in range(len(text) + 1):
        qt = _utf16_len(text[:i])
        assert mapping.to_qt(i) == qt
        assert mapping.from_qt(qt) == i


def test_a_position_inside_a_surrogate_pair_rounds_down():
    mapping = OffsetMap("x😀y")
    assert mapping.from_qt(2) == 1


def test_plain_text_maps_to_itself():
    mapping = OffsetMap("plain text")
    assert mapping.to_qt(5) == 5 and mapping.from_qt(5) == 5


def test_qt_document_positions_are_utf16_units(qapp):
    text = "😀 He recieve the letter"
    doc = QTextDocument(text)
    assert doc.characterCount() - 1 == qt_length(text)
    start, end = OffsetMap(text).to_qt(text.index("recieve")), OffsetMap(text).to_qt(text.index(" the"))
    cursor = doc.find("recieve")
    assert (cursor.selectionStart(), cursor.selectionEnd()) == (start, end)
