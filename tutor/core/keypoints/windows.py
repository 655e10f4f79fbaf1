"""The places in a précis that evidence for a key point may come from: a sentence, two adjacent
sentences, or one clause, each read once into its content terms with what they can match, which
of them a negator denies, which were copied word for word, and the clauses they fall in.

``tutor.core.keypoints.matcher`` weighs a key point's cues against these windows.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, replace

from tutor.core.keypoints.ideas import clause_spans
from tutor.core.keypoints.negation import intended, negation, within
from tutor.core.keypoints.synonyms import match_keys
from tutor.core.keypoints.word_order import SIDE_END, STRETCH_END, Shape, after_determiner, by_us, shape_of
from tutor.core.keypoints.words import Term, content_terms
from tutor.core.scanning import text_pattern
from tutor.core.span import Span
from tutor.core.tokens import sentence_spans

PAIR_FACTOR = 0.9  # two sentences are weaker evidence than one: they must echo clearly more
_FIRST_WORD = re.compile(r"\W*([^\W\d_]+)")
_CONTINUATIONS = frozenset("""
it its they them their this these that those such he she his her so thus hence therefore but yet however
also moreover furthermore besides still instead consequently accordingly as because which who and or nor
""".split())


@dataclass(frozen=True, slots=True)
class Window:
    """One place in the précis evidence may come from: its terms and what they can match."""

    span: Span
    terms: tuple[Term, ...]
    keys: dict[str, tuple[float, int]]  # key → (best credit, index into terms)
    factor: float = 1.0
    sentences: tuple[tuple[int, "SentenceClauses"], ...] = ()  # (index of its first term, its clauses) per sentence
    denied: frozenset[int] = frozenset()  # terms a negator denies ("did not *endorse*")
    negative: frozenset[int] = frozenset()  # terms in a clause with a negator
    counted: frozenset[int] = frozenset()  # of ``denied``, terms "few" denies: said of the same word, not a synonym
    lessened: frozenset[int] = frozenset()  # terms said of less: "not grown *as quickly* as before"
    stretches: tuple[int, ...] = ()  # per term: which stretch of the window, between punctuation marks, holds it
    sides: tuple[int, ...] = ()  # per term: which side of the window holds it (``word_order.SIDE_END``)
    correlative: bool = False  # "neither … nor", "not … but": a denial there weighs one thing against another
    verbatim: frozenset[int] = frozenset()  # terms in runs copied word for word from the passage
    shape: Shape = Shape()  # its voice and which way it compares (``word_order``)
    dropped: frozenset[int] = frozenset()  # terms taken out (``without``): they echo nothing
    by_us: frozenset[int] = frozenset()  # terms whose subject is "we", "you" or "I" ("we must *choose*")
    intended: frozenset[int] = frozenset()  # terms only meant or attempted ("wanted to *give*")
    determined: frozenset[int] = frozenset()  # terms after a determiner or possessive ("a *paid* job")
    hyphened: frozenset[int] = frozenset()  # terms joined by a hyphen to the next term ("*lower*-class")


def window_of(span: Span, terms: tuple[Term, ...], factor: float = 1.0,
              sentences: tuple[tuple[int, "SentenceClauses"], ...] = (),
              polarity: tuple[frozenset[int], ...] = (frozenset(), frozenset())) -> Window:
    """A window over ``terms``, with the best credit each key can earn in it. ``polarity``:
    the terms denied, the terms in negative clauses, the terms "few" denies, and the terms said of
    less (see ``polarity_of``; the last one or two may be left out)."""
    return Window(span, terms, _keys(terms, denied=polarity[0]), factor, sentences, *polarity[:3],
                  lessened=polarity[3] if len(polarity) > 3 else frozenset())


_CORRELATIVE = text_pattern(r"\b(?:neither|nor|rather than|instead of|not\b[^.;:]*?\bbut)\b", re.IGNORECASE)


def with_word_order(window: Window, text: str) -> Window:
    """The window with what its word order says: whether it weighs one thing against another
    ("neither good nor bad", "not from bad to good, but from good to bad": negation there is no
    reversal), its shape (voice, comparison, preference: ``word_order.shape_of``), the stretch
    between punctuation marks and the side (``word_order.SIDE_END``) that holds each term, and which
    terms are only intended ("wanted to *give*"), follow a determiner ("a *paid* job") or open a
    hyphenated compound ("*lower*-class")."""
    shape = shape_of(text, window.span.start, window.span.end)
    correlative = bool(_CORRELATIVE.search(text, window.span.start, window.span.end))
    offsets = [t.span.start for t in window.terms]
    us = by_us(text, window.span.start, window.span.end, offsets)
    marks = [m.start() for m in STRETCH_END.finditer(text, window.span.start, window.span.end)]
    stretches = tuple(bisect_left(marks, t.span.start) for t in window.terms)
    ends = [m.start() for m in SIDE_END.finditer(text, window.span.start, window.span.end)]
    sides = tuple(bisect_left(ends, t.span.start) for t in window.terms)
    determiners = after_determiner(text)
    terms = window.terms
    hyphened = frozenset(n for n in range(len(terms) - 1)
                         if text[terms[n].span.end:terms[n + 1].span.start] == "-")
    return replace(window, correlative=correlative, shape=shape, by_us=us, stretches=stretches, sides=sides,
                   intended=intended(text, window.span.start, window.span.end, offsets),
                   determined=frozenset(n for n, at in enumerate(offsets) if at in determiners), hyphened=hyphened)


def polarity_of(text: str, terms: tuple[Term, ...],
                parts: tuple[Span, ...] | None = None) -> tuple[frozenset[int], ...]:
    """Which of ``terms`` (of ``text``, read within ``parts``) are denied, which stand in negative
    clauses, which of the denied a "few" denies, and which are said of less ("not *as quickly* as")."""
    found = [negation(text, p.start, p.end) for p in parts] if parts else [negation(text)]
    spans = (tuple(s for n in found for s in n.denied), tuple(s for n in found for s in n.negative),
             tuple(s for n in found for s in n.counted), tuple(s for n in found for s in n.lessened))
    return tuple(frozenset(i for i, t in enumerate(terms) if within(t.span, x)) for x in spans)  # type: ignore[return-value]


def _shifted(polarity: tuple[frozenset[int], ...], by: int, first: int = 0,
             last: int | None = None) -> tuple[frozenset[int], ...]:
    return tuple(frozenset(i + by for i in s if i >= first and (last is None or i <= last))  # type: ignore[return-value]
                 for s in polarity)


def text_window(text: str, span: Span | None = None) -> Window:
    """All of ``text`` as one window (a wording, a model's unit), negation read."""
    found = content_terms(text)
    return window_of(span or Span(0, len(text)), found, polarity=polarity_of(text, found))


def _keys(terms: tuple[Term, ...], dropped: set[int] | frozenset[int] = frozenset(),
          denied: frozenset[int] = frozenset()) -> dict[str, tuple[float, int]]:
    """Each key any of ``terms`` (but the ``dropped``) can match → (its best credit, the first term
    earning it). A word said both ways ("slaves worked with no pay …, and farmers pay taxes") is
    found where it is not ``denied``, as on the passage's side (``cues``)."""
    keys: dict[str, tuple[float, int]] = {}
    for i, t in enumerate(terms):
        if i in dropped:
            continue
        for key, credit in match_keys(t.word, t.key):
            held = keys.get(key)
            if held is None or credit > held[0] or (credit == held[0] and held[1] in denied and i not in denied):
                keys[key] = (credit, i)
    return keys


def _clause_windows(precis: str, sentence: Span, terms: tuple[Term, ...],
                    polarity: tuple[frozenset[int], ...]) -> tuple[tuple[int, Window], ...]:
    """The sentence's clauses as windows, each with the index of its first term in ``terms``."""
    out = []
    for c in clause_spans(precis, sentence):
        inside = [i for i, t in enumerate(terms) if c.start <= t.span.start < c.end]
        if inside:
            first, last = inside[0], inside[-1]
            out.append((first, window_of(c, terms[first:last + 1], polarity=_shifted(polarity, -first, first, last))))
    return tuple(out)


class SentenceClauses:
    """The clauses of one précis sentence as windows, split only when first asked for
    (most checks never need them)."""

    __slots__ = ("_precis", "_sentence", "_terms", "_polarity", "_found")

    def __init__(self, precis: str, sentence: Span, terms: tuple[Term, ...],
                 polarity: tuple[frozenset[int], ...]):
        self._precis, self._sentence, self._terms, self._polarity = precis, sentence, terms, polarity
        self._found: tuple[tuple[int, Window], ...] | None = None

    def __len__(self) -> int:
        """The sentence's number of terms."""
        return len(self._terms)

    def windows(self) -> tuple[tuple[int, Window], ...]:
        """Each clause with the index of its first term among the sentence's terms."""
        if self._found is None:
            self._found = _clause_windows(self._precis, self._sentence, self._terms, self._polarity)
        return self._found


def _continues(precis: str, sentence: Span) -> bool:
    """Whether a sentence goes on with the one before ("It …", "This …", "But …")."""
    m = _FIRST_WORD.match(precis, sentence.start, sentence.end)
    return bool(m) and m.group(1).lower() in _CONTINUATIONS


def precis_windows(precis: str, body_start: int,
                   read: tuple[tuple[Span, tuple[Term, ...]], ...] | None = None,
                   verbatim: tuple[Span, ...] = ()) -> tuple[Window, ...]:
    """Each sentence of the précis body, and each pair of adjacent sentences where the
    second carries on the first: one idea may take two sentences, two ideas are not one.
    ``read``: the body's sentences with their content terms, if already read (see
    ``tutor.core.reading``); otherwise they are read here. ``verbatim``: spans of the précis
    copied word for word from the passage (``[start, end)`` into ``precis``): the passage's own
    words say what the passage says, so no term in them reverses a point."""
    sentences = list(read) if read is not None else [
        (s, content_terms(precis, s.start, s.end)) for s in sentence_spans(precis, body_start)]
    polarity = [polarity_of(precis, t, (s,)) for s, t in sentences]
    clauses = [SentenceClauses(precis, s, t, p) for (s, t), p in zip(sentences, polarity)]
    windows = [window_of(s, t, 1.0, ((0, c),), p) for (s, t), c, p in zip(sentences, clauses, polarity)]
    for n, ((a, ta), (b, tb)) in enumerate(zip(sentences, sentences[1:])):
        if _continues(precis, b):
            both = ((0, clauses[n]), (len(ta), clauses[n + 1]))
            second = _shifted(polarity[n + 1], len(ta))
            pair = tuple(a | b for a, b in zip(polarity[n], second))
            windows.append(window_of(Span(a.start, b.end), ta + tb, PAIR_FACTOR, both, pair))
    return tuple(_with_verbatim(with_word_order(w, precis), verbatim, precis) for w in windows)


def _with_verbatim(window: Window, verbatim: tuple[Span, ...], precis: str) -> Window:
    """The window with the terms of its clauses copied whole from the passage marked (a clause
    with a negator of the précis's own, "are rarely designed with gardens in mind", is not)."""
    if not any(window.span.overlaps(v) for v in verbatim):
        return window
    inside = {n for terms, clause in clause_parts(window) if _copied_whole(clause.span, verbatim, precis)
              for n in terms}
    return replace(window, verbatim=frozenset(inside)) if inside else window


_CLAUSE_EDGE = re.compile(r"[\W_]*(?:(?:and|but|or|so|while|because|as|although|though)\b[\W_]*)?")


def _copied_whole(span: Span, verbatim: tuple[Span, ...], precis: str) -> bool:
    """Whether the clause at ``span`` (less a joining word and the punctuation around it) lies
    inside one copied run."""
    start = _CLAUSE_EDGE.match(precis, span.start, span.end).end()
    end = span.end
    while end > start and not precis[end - 1].isalnum():
        end -= 1
    return end > start and any(v.start <= start and end <= v.end for v in verbatim)


def clause_parts(window: Window):
    """Each of the window's clauses, in order, as (the window-term index range it holds, its own
    window); none if the window was not read into clauses."""
    for offset, clauses in window.sentences:
        for first, clause in clauses.windows():
            yield range(offset + first, offset + first + len(clause.terms)), clause


def clauses(window: Window):
    """The window-term index ranges of the window's clauses, in order (none if not read into clauses)."""
    return (terms for terms, _ in clause_parts(window))


def clause_at(window: Window, i: int) -> range | None:
    """The window-term indices of the clause holding term ``i``, or None if unknown."""
    return next((c for c in clauses(window) if i in c), None)


def without(window: Window, dropped: set[int]) -> Window:
    """The window with some of its terms taken out (their places kept, so hits still index ``terms``)."""
    return replace(window, keys=_keys(window.terms, dropped, window.denied),
                   dropped=window.dropped | frozenset(dropped))
