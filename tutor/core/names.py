"""Names a text mentions: runs of capitalised words a careful reader takes for a person, place or body.

Capitalisation alone does not make a name. The first word of a sentence, a
title-case heading, and a common word written with a capital ("Bilateral",
"Lastly") are not names. "The Red Cross" and "United Nations" are one name each.
Which words are common English comes from the Webster's Second word list in the
``english-words`` package: a word listed there only in lower case is common,
one listed with a capital is a name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from tutor.core.span import Span
from tutor.core.tokens import Token, is_acronym, is_capitalised, sentence_spans, terms

# Capitalised at a sentence start or in a heading, never names on their own.
_COMMON_CAPITALISED = frozenset(
    "i the a an this that these those it its in on at by for from with as but and or so yet if when while "
    "both each every all some many most such there their they he she we our his her firstly secondly "
    "thirdly lastly finally also however therefore overall mr mrs ms dr i'm i've i'd i'll etc aka vs ok "
    "bc bce ad ce am pm".split())
_HONORIFICS = frozenset("mr mrs ms dr sir professor prof".split())
# Adjectives of nation and faith ("the Greek philosopher"): background, not a named actor.
_DEMONYM = re.compile(r"(?:ese|ish|ian|ean|an|ic|ch|i|ek)$")
_JOINERS = frozenset("of the for de da von van".split())
_OPENERS = frozenset("\"'“‘(:-–—•*")
_HEADING_SHARE = 0.7
_TITLE_WORD = re.compile(r"\b[A-Z][a-z]")


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
    """"Bilateral", "Lastly", "Exports", "VERY": a form of it is listed in lower case."""
    words = _web2()
    return any(form.lower() in words for form in _forms(word))


def is_listed(word: str) -> bool:
    """Whether the word list has the word in any case: a real word or a known name, not a slip."""
    words = _web2()
    return any(form in words or form.lower() in words or form.capitalize() in words for form in _forms(word))


def _forms(word: str) -> tuple[str, ...]:
    """The word as written, and without a possessive or plural ending."""
    w = word[:-2] if word.endswith(("'s", "’s")) else word
    low = w.lower()
    forms = [w]
    if low.endswith("ies"):
        forms.append(w[:-3] + "y")
    if low.endswith("es"):
        forms.append(w[:-2])
    if low.endswith("s"):
        forms.append(w[:-1])
    return tuple(forms)


def near_listed_word(word: str) -> bool:
    """One slip (a letter dropped, added, changed or two swapped) from a common word:
    "Tumb", "Experssion", "Hisotry". Norvig's edits-1 candidates, looked up in the word list
    in lower case only, so "Indonesia" is not taken for a slip of "Indonesian"."""
    words, w = _web2(), word.lower()
    letters = "abcdefghijklmnopqrstuvwxyz"
    splits = [(w[:i], w[i:]) for i in range(len(w) + 1)]
    candidates = ([a + b[1:] for a, b in splits if b] + [a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1]
                  + [a + c + b[1:] for a, b in splits if b for c in letters]
                  + [a + c + b for a, b in splits for c in letters])
    singular = [c[:-1] for c in candidates if c.endswith("s")]
    return any(c in words for c in candidates + singular if c != w)


def is_compound(word: str) -> bool:
    """Two listed words run together: "Craftspersons", "Godsand"."""
    words, w = _web2(), _forms(word)[-1].lower()
    return any((w[:i] in words or w[:i - 1] in words and w[i - 1] == "s") and w[i:] in words
               for i in range(3, len(w) - 2))


def _starts_clause(text: str, tok: Token, prev: Token | None, sentence_start: int) -> bool:
    """First word of a sentence, or after an opening quote, bracket, colon or bullet."""
    between = text[prev.end if prev else sentence_start:tok.start].strip()
    glued = prev is not None and text[tok.start - 1:tok.start] == "."  # "USHistory.Org", "pyramids.Craftsmen"
    return prev is None or glued or bool(between) and between[-1] in _OPENERS


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
    honoured = len(words) > 1 and words[0].norm in _HONORIFICS  # "Mr Adeyemi", "Dr Smith": a person, however common the word
    initial = _starts_clause(text, toks[first], toks[first - 1] if first else None, sentence_start)
    if initial and (words[0].norm in _COMMON_CAPITALISED or is_common_word(words[0].text)):
        words = words[1:]
        initial = False
    words = [w for w in words if w.norm not in _COMMON_CAPITALISED and len(w.norm) > 1]
    if honoured and words:
        return words
    if len(words) >= 2:
        return words if _named_run(text, words) else []
    if not words:
        return []
    word = words[0]
    if initial:
        # "Moscow objected", "Cairo saw …": a word the list knows only as a name is one at a sentence's start too
        # (four letters at least: "Fo the second element" is a slip for "For", not the name the list has)
        known = len(word.norm) >= 4 and is_listed(word.text) and not is_acronym(word.text)
        return [word] if known and not is_common_word(word.text) else []
    if is_acronym(word.text) and not is_common_word(word.text):
        before = toks[first - 1] if first else None
        if before is not None and before.text[-1:].isdigit():
            return []  # "12 GW", "40 MW", "5 GB": a unit after its number, not a name
        return [] if _shouting(toks) else [word]
    following = toks[run[-1] + 1] if run[-1] + 1 < len(toks) else None
    if _DEMONYM.search(word.norm) and following and following.text.islower() \
            and not text[word.end:following.start].strip():
        return []  # "the Greek philosopher", "the Jewish people"
    return [] if is_common_word(word.text) else [word]


def _shouting(toks: tuple[Token, ...]) -> bool:
    """A sentence with words typed in capitals for emphasis ("SLAVES AND FARMERS, YALL!")."""
    return sum(t.text.isupper() and len(t.text) > 1 and is_common_word(t.text) for t in toks) >= 2


def _named_run(text: str, words: list[Token]) -> bool:
    """Several capitalised words are a name unless they are all common words written in capitals
    ("Flower Pots", "FIRST THROUGH FOURTH"); "the Red Cross" and "the United Nations" still are."""
    if all(w.text.isupper() for w in words) and any(is_common_word(w.text) for w in words):
        return False  # shouting, not a name: "FIRST THROUGH FOURTH"
    if not all(is_common_word(w.text) for w in words):
        return True
    return text[max(0, words[0].start - 4):words[0].start].lower().rstrip().endswith("the")


def find_names(text: str, start: int = 0, end: int | None = None,
               sentences: tuple[Span, ...] | None = None) -> tuple[Name, ...]:
    """Names in ``text[start:end]``, each once per mention, spans into ``text``.

    A text with no capitalised word at all has no names we can find. ``sentences`` are
    the sentence spans of that stretch when the caller has them already.
    """
    if not _TITLE_WORD.search(text, start, len(text) if end is None else end):
        return ()  # typed without capitals: no way to tell a name from a misspelt word
    found = []
    for s in sentences if sentences is not None else sentence_spans(text, start, end):
        toks = terms(text, s.start, s.end)
        if _is_heading(toks):
            continue
        for run in _runs(text, toks, s.start):
            words = _name_words(text, toks, run, s.start)
            if words:
                span = Span(words[0].start, words[-1].end)
                found.append(Name(span.of(text), span, tuple(words)))
    return tuple(found)
