"""Small pieces of wording: plurals (from the core), and the full form of a contraction.

The full forms come from the ``contractions`` package (a table of English
contractions and their expansions), not from a list of our own.
"""

from __future__ import annotations

from functools import lru_cache

from tutor.core.wording import plural  # noqa: F401  (one rule for plurals, core and window alike)


@lru_cache(maxsize=256)
def expansion(word: str) -> str:
    """The full form of a contraction, in the word's own case ("they'll" -> "they will",
    "Can't" -> "Cannot"); the word itself when it is not a contraction."""
    import contractions  # deferred: it builds its tables on first import

    full = contractions.fix(word.replace("\u2019", "'"))
    if word[:1].isupper() and full[:1].islower():
        full = full[:1].upper() + full[1:]
    return full


def contraction_lesson(word: str) -> str:
    """The précis convention for contractions, with this finding's own example."""
    return f"A précis is formal writing: write words out in full (“{expansion(word)}”, not “{word}”)."


def suggestions_text(suggestions) -> str:
    """Suggested fixes, each in quotation marks so its own punctuation is not read as ours:
    ("In my view,",) -> "“In my view,”" (it was "Try: In my view,.")."""
    return ", ".join(f"“{s}”" for s in suggestions)
