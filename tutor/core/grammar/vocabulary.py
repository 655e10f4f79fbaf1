"""Words of the passage that a spelling checker must not call misspelt.

A précis is about a passage full of names and acronyms ("CPEC", "Gwadar",
"BRI") that no general dictionary knows. The student copies them from the
passage, so flagging them would teach nothing and bury real slips.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable

_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*(?:-[^\W_]+(?:['’][^\W_]+)*)*")
_POSSESSIVE = re.compile(r"(?:['’]s|(?<=s)['’])$", re.IGNORECASE)
# Shorter capitals ("PA", "CH") are too often real slips to excuse as abbreviations.
_MIN_ABBREVIATION = 3


def strip_possessive(word: str) -> str:
    """ "CPEC's" -> "CPEC", "States'" -> "States"; other words unchanged."""
    return _POSSESSIVE.sub("", word)


def passage_vocabulary(passage_text: str) -> set[str]:
    """Every word of the passage as written (case kept, possessive dropped).

    Hyphenated words are kept whole and also split, because checkers differ
    in whether they report "China-Pakistan" or "Pakistan". The initials of a
    name of several words are words too: "European Union" gives "EU".
    """
    words: set[str] = set(_initialisms(passage_text))
    for match in _WORD.finditer(passage_text):
        word = strip_possessive(match.group())
        words.add(word)
        if "-" in word:
            words.update(part for part in word.split("-") if part)
    return words


_NAME = re.compile(r"[A-Z][a-z]+(?:\s+(?:(?:of|and|for|the)\s+)?[A-Z][a-z]+)+")


def _initialisms(text: str) -> set[str]:
    """"European Union" -> "EU", "Food and Agriculture Organization" -> "FAO"."""
    found = set()
    for m in _NAME.finditer(text):
        initials = "".join(w[0] for w in m.group().split() if w[0].isupper())
        # The run may start with a sentence's first word: "The European Union".
        found.update(initials[i:] for i in range(len(initials) - 1))
    return found


@dataclass(frozen=True)
class Vocabulary:
    """A set of accepted words, ready for fast look-ups."""

    exact: frozenset[str] = frozenset()
    lowered: frozenset[str] = frozenset()
    names: tuple[str, ...] = ()  # upper-cased names, for abbreviation checks

    @classmethod
    def of(cls, words: Iterable[str]) -> "Vocabulary":
        exact = frozenset(strip_possessive(w.strip()) for w in words if w.strip())
        lowered = frozenset(w.lower() for w in exact)
        # A name is capitalised in the passage and never written in lower case
        # there: "Pakistan" is a name, sentence-initial "The" is not.
        names = tuple(sorted({w.upper() for w in exact
                              if w[:1].isupper() and w.lower() not in exact}))
        return cls(exact, lowered, names)

    def __bool__(self) -> bool:
        return bool(self.exact)

    def knows(self, word: str) -> bool:
        """True for a passage word, its possessive, or a capitals abbreviation
        of a passage name ("PAK" for "Pakistan")."""
        stem = strip_possessive(word.strip())
        if not stem:
            return False
        if stem in self.exact or stem.lower() in self.lowered:
            return True
        return _is_abbreviation_of_name(stem, self.names)


def _is_abbreviation_of_name(stem: str, names: tuple[str, ...]) -> bool:
    if len(stem) < _MIN_ABBREVIATION or not (stem.isalpha() and stem.isupper()):
        return False
    return any(len(name) > len(stem) and name.startswith(stem) for name in names)
