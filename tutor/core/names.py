"""Names a text mentions: runs of capitalised words a careful reader takes for a person, place or body.

Capitalisation alone does not make a name. The first word of a sentence, a
title-case heading, and a common word written with a capital ("Bilateral",
"Lastly") are not names. "The Red Cross" and "United Nations" are one name each.
Which words are common English comes from the Webster's Second word list in the
``english-words`` package: a word listed there only in lower case is common,
one listed with a capital is a name.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from tutor.core.span import Span
from tutor.core.tokens import Token, is_acronym, is_capitalised, sentence_spans, terms

# Capitalised at a sentence start or in a heading, never names on their own.
_COMMON_CAPITALISED = frozenset(
    "i the a an this that these those it its in on at by for from with as but and or so yet if when while "
    "both each every all some many most such there their they he she we our his her firstly secondly "
    "thirdly lastly finally also however therefore overall mr mrs ms dr".split())
_JOINERS = frozenset("of the for de da von van".split())
_OPENERS = frozenset("\"'“‘(:-–—•*")
_HEADING_SHARE = 0.7


@dataclass(frozen=True, slots=True)
class Name:
    """A name as written: ``words`` are its capitalised tokens (joiners such as "of" left out)."""

    text: str
    span: Span
    words: tuple[Token, ...]


@lru_cache(maxsize=1)
def _web2() -> frozenset[str]:
    from english_words import get_english_words_set

    return frozenset(get_english_words_set(["web2"], lower=False))


def warm_up() -> None:
    """Load the word list now (about half a second), not during the first check."""
    _web2()


def is_common_word(word: str) -> bool:
    """"Bilateral", "Lastly", "Exports": listed in lower case and never as a name."""
    words = _web2()
    for form in _forms(word):
        if form.lower() in words and form.capitalize() not in words:
            return True
    return False


def _forms(word: str) -> tuple[str, ...]:
    w = word.rstrip("'’s") if word.endswith(("'s", "’s")) else word
    forms = [w]
    if w.endswith("ies"):
        forms.append(w[:-3] + "y")
    if w.endswith("es"):
        forms.append(w[:-2])
    if w.endswith("s"):
        forms.append(w[:-1])
    return tuple(forms)


def _starts_clause(text: str, tok: Token, prev: Token | None, sentence_start: int) -> bool:
    """First word of a sentence, or after an opening quote, bracket, colon or bullet."""
    between = text[prev.end if prev else sentence_start:tok.start].strip()
    return prev is None or bool(between) and between[-1] in _OPENERS


def _runs(text: str, toks: tuple[Token, ...], sentence_start: int) -> list[list[int]]:
    """Indices of capitalised tokens joined into runs; joiners allowed between two capitals."""
    runs: list[list[int]] = []
    for i, t in enumerate(toks):
        if not (t.text[:1].isalpha() and is_capitalised(t.text)):
            continue
        prev = toks[i - 1] if i else None
        joined = (runs and runs[-1][-1] == i - 1 and not text[prev.end:t.start].strip())
        bridged = (runs and runs[-1][-1] == i - 2 and toks[i - 1].norm in _JOINERS
                   and not text[toks[i - 2].end:t.start].replace(toks[i - 1].text, "").strip())
        if joined or bridged:
            runs[-1].append(i)
        else:
            runs.append([i])
    return runs


def _is_heading(toks: tuple[Token, ...]) -> bool:
    words = [t for t in toks if t.text[:1].isalpha() and t.norm not in _JOINERS]
    return len(words) >= 3 and sum(is_capitalised(t.text) for t in words) >= _HEADING_SHARE * len(words)


def _name_words(text: str, toks: tuple[Token, ...], run: list[int], sentence_start: int) -> list[Token]:
    words = [toks[i] for i in run]
    first = run[0]
    initial = _starts_clause(text, toks[first], toks[first - 1] if first else None, sentence_start)
    if initial and (words[0].norm in _COMMON_CAPITALISED or is_common_word(words[0].text)):
        words = words[1:]
        initial = False
    if len(words) >= 2:
        return words
    if not words or initial or words[0].norm in _COMMON_CAPITALISED:
        return []
    word = words[0]
    if is_acronym(word.text):
        return [word]
    return [] if is_common_word(word.text) else [word]


def find_names(text: str, start: int = 0, end: int | None = None) -> tuple[Name, ...]:
    """Names in ``text[start:end]``, each once per mention, spans into ``text``."""
    found = []
    for s in sentence_spans(text, start, end):
        toks = terms(text, s.start, s.end)
        if _is_heading(toks):
            continue
        for run in _runs(text, toks, s.start):
            words = _name_words(text, toks, run, s.start)
            if words:
                span = Span(words[0].start, words[-1].end)
                found.append(Name(span.of(text), span, tuple(words)))
    return tuple(found)
