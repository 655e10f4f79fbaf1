"""Words, terms and sentences, each with its offsets in the text.

Two notions of "word" live here on purpose:

* a *counted word* follows the examiners' rule (see ``count_words``);
* a *term* is what the matchers compare: a lower-cased run of letters and
  digits, so "China-Pakistan" gives two terms and "$65" gives "65".
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from functools import lru_cache

from tutor.core.span import Span

# A chunk between spaces or dashes: an en dash, an em dash, a horizontal bar or a typed
# double hyphen separates words, as a reader counts them; a single hyphen joins them.
_CHUNK = re.compile(r"(?:[^\s\u2013\u2014\u2015-]|(?<!-)-(?!-))+")
_HAS_ALNUM = re.compile(r"[^\W_]")
# "£23million" and "$4bn" are a figure and its scale, as "23 million" is: two terms.
_TERM = re.compile(r"\d+(?=(?:million|billion|trillion|thousand|bn|mn)\b)|[^\W_]+(?:['’][^\W_]+)*", re.IGNORECASE)
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'"})


@dataclass(frozen=True, slots=True)
class Token:
    """A piece of text with its place: ``text`` is as written, ``norm`` as compared."""

    text: str
    norm: str
    span: Span

    @property
    def start(self) -> int:
        return self.span.start

    @property
    def end(self) -> int:
        return self.span.end


def counted_words(text: str, start: int = 0, end: int | None = None) -> tuple[Token, ...]:
    """The words an examiner counts, between ``start`` and ``end``.

    A word is a token holding at least one letter or digit, between spaces or
    dashes (en dash, em dash, "--"); a single hyphen joins. So "China-Pakistan"
    and "they've" are one word each, "$65 billion" and "conflicts—and" are two,
    and "→" or "-" are not words at all.
    """
    stop = len(text) if end is None else end
    return tuple(
        Token(m.group(), m.group().lower(), Span(m.start(), m.end()))
        for m in _CHUNK.finditer(text, start, stop)
        if _HAS_ALNUM.search(m.group())
    )


def count_words(text: str, start: int = 0, end: int | None = None) -> int:
    """``len(counted_words(text, start, end))`` without building the tokens: three times
    faster, and the library's passages are all counted while the window starts."""
    stop = len(text) if end is None else end
    return sum(1 for m in _CHUNK.finditer(text, start, stop) if _HAS_ALNUM.search(m.group()))


@lru_cache(maxsize=50_000)  # every check reads each word several times; a word's norm never changes
def normalise(word: str) -> str:
    """Lower case with one kind of apostrophe and no possessive ending."""
    word = word.translate(_APOSTROPHES).lower()
    if word.endswith("'s"):
        word = word[:-2]
    elif word.endswith("s'"):
        word = word[:-1]
    return word


# What ``terms`` has read inside ``terms_read_once``: (text, start, end) -> its terms.
_read: ContextVar[dict[tuple[str, int, int], tuple[Token, ...]] | None] = ContextVar("terms_read", default=None)


@contextmanager
def terms_read_once() -> Iterator[None]:
    """While inside, ``terms`` reads each stretch of a text once and then answers from memory:
    one check asks for every précis sentence's terms four times (reading, negation, actors,
    names). The memory is dropped on leaving, so it holds no text after the check."""
    token = _read.set({})
    try:
        yield
    finally:
        _read.reset(token)


def terms(text: str, start: int = 0, end: int | None = None) -> tuple[Token, ...]:
    """Lower-cased runs of letters and digits, for matching texts against each other."""
    stop = len(text) if end is None else end
    memo = _read.get()
    if memo is None:
        return _read_terms(text, start, stop)
    key = (text, start, stop)
    found = memo.get(key)
    if found is None:
        found = memo[key] = _read_terms(text, start, stop)
    return found


def _read_terms(text: str, start: int, stop: int) -> tuple[Token, ...]:
    return tuple(
        Token(m.group(), normalise(m.group()), Span(m.start(), m.end()))
        for m in _TERM.finditer(text, start, stop)
    )


def is_capitalised(word: str) -> bool:
    return word[:1].isupper()


def is_acronym(word: str) -> bool:
    letters = [c for c in word if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


@lru_cache(maxsize=1)
def _sentence_splitter():
    """Punkt with its trained English model when nltk's data is installed,
    otherwise Punkt untrained, which still handles ordinary prose well."""
    from nltk.tokenize.punkt import PunktSentenceTokenizer

    try:
        from nltk.tokenize import _get_punkt_tokenizer  # nltk >= 3.8.2

        return _get_punkt_tokenizer("english")
    except (LookupError, ImportError, OSError, ValueError):
        return PunktSentenceTokenizer()


_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")
# A full stop with no space after it ("a simple one.The hero", "to the slaves.the pharaohs"), as
# learners type in haste: Punkt reads the two sentences as one word. Two lower-case letters before
# the stop keep "U.S.A." and "Ph.D." whole; after it, a capitalised word, or one of the words
# a sentence most often starts with, keeps "3.5", "file.txt" and "example.com" whole.
_UNSPACED_STOP = re.compile(r"(?<=[a-z][a-z][.!?])(?=[A-Z][a-z ]|(?:the|they|he|she|it|this|these|there|then|we|his"
                            r"|her|their|in|so|but)\b)")


def sentence_spans(text: str, start: int = 0, end: int | None = None) -> tuple[Span, ...]:
    """Sentences in ``text[start:end]``, as ``[start, end)`` spans into ``text``; a blank
    line always ends a sentence, and so does a stop followed at once by a capitalised word
    ("one.The")."""
    stop = len(text) if end is None else end
    splitter = _sentence_splitter()
    spans: list[Span] = []
    para_start = start
    breaks = [m for m in _PARAGRAPH_BREAK.finditer(text, start, stop)]
    bounds = [(para_start, breaks[0].start())] if breaks else [(start, stop)]
    for prev, nxt in zip(breaks, breaks[1:] + [None]):
        bounds.append((prev.end(), nxt.start() if nxt else stop))
    for lo, hi in bounds:
        chunk = text[lo:hi]
        for s, e in splitter.span_tokenize(chunk):
            cuts = [s, *(m.start() for m in _UNSPACED_STOP.finditer(chunk, s, e)), e]
            spans.extend(Span(lo + a, lo + b) for a, b in zip(cuts, cuts[1:]) if _HAS_ALNUM.search(chunk[a:b]))
    return tuple(spans)


@lru_cache(maxsize=1)
def _stemmer():
    from nltk.stem.snowball import SnowballStemmer

    return SnowballStemmer("english")


@lru_cache(maxsize=50_000)
def stem(word: str) -> str:
    """Snowball stem of a normalised word; British and American spellings meet here
    ("organise"/"organize", "colour"/"color" are folded first)."""
    return _stemmer().stem(fold_spelling(word))


_SPELLING_FOLDS = (("isation", "ization"), ("ise", "ize"), ("ising", "izing"), ("ised", "ized"),
                   ("our", "or"), ("yse", "yze"), ("tre", "ter"), ("ogue", "og"), ("ence", "ense"))


def fold_spelling(word: str) -> str:
    """Fold common British spellings to American ones, for comparison only."""
    for brit, amer in _SPELLING_FOLDS:
        if word.endswith(brit) and len(word) > len(brit) + 2:
            return word[: -len(brit)] + amer
    return word
