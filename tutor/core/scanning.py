"""Regular expressions that scan a whole précis while the window stays responsive.

Checks run on a background thread of the desktop app, and Python's ``re`` holds
the interpreter lock for the whole of one search: over a 20,000-word précis one
``finditer`` step of the figures pattern took 160 ms and the sources pattern 195 ms,
and the window could not draw or take a key press meanwhile (``bench/gui.py``:
"longest stall"). The ``regex`` library (UAX #29 grapheme clusters already come
from it) releases the lock while it matches when asked (``concurrent=True``).

``text_pattern`` compiles with ``regex`` (its version 0 syntax is ``re``'s) and asks
for that on every call. Use it for patterns run over the whole text; a pattern only
ever run on a word or a short phrase is better left to ``re``.
"""

from __future__ import annotations

from typing import Any, Iterator

import regex


class TextPattern:
    """A compiled pattern with ``re.Pattern``'s methods (and match objects), releasing the
    interpreter lock while it matches."""

    __slots__ = ("_compiled",)

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self._compiled = regex.compile(pattern, flags)

    @property
    def pattern(self) -> str:
        return self._compiled.pattern

    def search(self, string: str, *args: Any) -> Any:
        return self._compiled.search(string, *args, concurrent=True)

    def match(self, string: str, *args: Any) -> Any:
        return self._compiled.match(string, *args, concurrent=True)

    def fullmatch(self, string: str, *args: Any) -> Any:
        return self._compiled.fullmatch(string, *args, concurrent=True)

    def finditer(self, string: str, *args: Any) -> Iterator[Any]:
        return self._compiled.finditer(string, *args, concurrent=True)

    def findall(self, string: str, *args: Any) -> list:
        return self._compiled.findall(string, *args, concurrent=True)

    def sub(self, repl: Any, string: str, count: int = 0) -> str:
        return self._compiled.sub(repl, string, count, concurrent=True)

    def split(self, string: str, maxsplit: int = 0) -> list[str]:
        return self._compiled.split(string, maxsplit, concurrent=True)


def text_pattern(pattern: str, flags: int = 0) -> TextPattern:
    """``re.compile(pattern, flags)`` for scanning whole texts (``re``'s flags are ``regex``'s)."""
    return TextPattern(pattern, flags)
