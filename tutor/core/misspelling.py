"""A précis word that is a passage word misspelt by one letter: "tradgedy" for "tragedy".

Students misspell the passage's own words; such a word should still count as the
passage's. The test is the symmetric-delete method of Wolf Garbe's SymSpell: two
words are one letter apart (one added, dropped or changed, or two adjacent letters
swapped, roughly) when deleting at most one letter from each makes them equal.
Only words of ``MIN_LETTERS`` letters or more are matched: shorter ones are too
often another word ("hat", "hot").
"""

from __future__ import annotations

from dataclasses import dataclass

MIN_LETTERS = 5


def _deletions(word: str) -> set[str]:
    return {word, *(word[:i] + word[i + 1:] for i in range(len(word)))}


@dataclass(frozen=True)
class NearWords:
    """The passage's words by every form with at most one letter deleted, built once per passage."""

    forms: dict[str, str]  # deletion form → a passage word (lower case) that has it

    def match(self, word: str) -> str | None:
        """The passage word that ``word`` (lower case) is, or misspells by one letter; None
        if there is none or ``word`` is shorter than ``MIN_LETTERS`` or not all letters."""
        if len(word) < MIN_LETTERS or not word.isalpha():
            return None
        for form in _deletions(word):
            found = self.forms.get(form)
            if found is not None:
                return found
        return None


def near_words(words) -> NearWords:
    """``words``: the passage's words, lower case (any iterable of str)."""
    forms: dict[str, str] = {}
    for w in sorted(set(words)):
        if len(w) >= MIN_LETTERS and w.isalpha():
            for form in _deletions(w):
                forms.setdefault(form, w)
    return NearWords(forms)
