"""Typing in a very long paragraph: Qt lays each paragraph out whole, so make that happen once.

Qt keeps one ``QTextLayout`` per paragraph (``QTextBlock``) and, on every edit in
it, lays the whole paragraph out again: the Unicode analysis of every character
(``QUnicodeTools::initCharAttributes``), splitting into runs (``itemize``),
shaping and line breaking. In a 20,000-word précis written as one paragraph
(118,000 characters) that alone took 40–70 ms a key press here. The editors
show such a paragraph in pieces (``soft_breaks``); these two settings make Qt
do less for what is still long (a paragraph that cannot be split, a passage):

* Keep a long paragraph's layout data (``QTextLayout.setCacheEnabled``). Without
  it Qt frees the glyphs at the end of each layout, so every repaint and cursor
  move analysed and shaped the whole paragraph again: 12–23 ms a repaint, 2.5 ms
  with the cache (``bench/gui.py``). It costs some 40 bytes a character, only
  for paragraphs over ``CACHE_FROM`` characters.
* While some paragraph is over ``NO_SHAPING_FROM`` characters, skip OpenType
  shaping (``QFont.PreferNoShaping``). Qt still shapes every script that needs it
  (Arabic, Indic); Latin text then loses only ligatures and fine kerning, which
  nobody reads a 20,000-word paragraph for. About a third less per key press.
  The font keeps following the zoom: only the strategy is set on the widget.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QPlainTextEdit

CACHE_FROM = 2_000  # characters in one paragraph
NO_SHAPING_FROM = 20_000  # characters in one paragraph; shaping comes back below half of it in all


class LongParagraphs(QObject):
    """Watches ``edit``'s document and applies the two settings above; a child of ``edit``."""

    def __init__(self, edit: QPlainTextEdit) -> None:
        super().__init__(edit)
        self._edit = edit
        self.shaping = True
        # Changing the font lays the whole text out again: never inside an edit, once after it.
        self._refont = QTimer(self)
        self._refont.setSingleShot(True)
        self._refont.setInterval(0)
        self._refont.timeout.connect(self._apply_shaping)
        edit.document().contentsChange.connect(self._on_contents_change)

    def _on_contents_change(self, position: int, _removed: int, added: int) -> None:
        document = self._edit.document()
        block, end = document.findBlock(position), position + added
        longest = 0
        while block.isValid() and block.position() <= end:  # one block a key press
            length = block.length()
            if length > CACHE_FROM:
                block.layout().setCacheEnabled(True)
            longest = max(longest, length)
            block = block.next()
        if self.shaping and longest > NO_SHAPING_FROM:
            self.shaping = False
            self._refont.start()
        elif not self.shaping and document.characterCount() < NO_SHAPING_FROM // 2:
            self.shaping = True
            self._refont.start()

    def _apply_shaping(self) -> None:
        font = QFont()  # nothing else set: family, size and zoom still come from the parent
        if not self.shaping:
            font.setStyleStrategy(QFont.StyleStrategy.PreferNoShaping)
        self._edit.setFont(font)
