"""How well a précis covers each key point.

A point is covered by one place in the précis: a sentence, or two adjacent
sentences. Its words scattered across the précis do not count. Within that
window each cue (content word of the point) earns the best credit of its keys:
the same stem in full, a synonym or related form a little less. The credit is
weighted by how informative the word is in the passage, so "Pakistan" in a
passage about Pakistan earns little and "BRICS" much.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from tutor.core.keypoints.model import COVERED, MISSING, PARTIAL, Cue, KeyPoint, KeyPointCoverage, Wording
from tutor.core.keypoints.synonyms import match_keys
from tutor.core.keypoints.words import Term, content_terms
from tutor.core.span import Span
from tutor.core.tokens import sentence_spans

COVERED_AT = 0.55  # weighted share of a point's cues one place in the précis must echo
PARTIAL_AT = 0.35  # below this, what the précis echoes is incidental (names, topic words)
WHOLE_AT = 0.8  # an accepted wording is short: echoing most of it is not enough
PAIR_FACTOR = 0.9  # two sentences are weaker evidence than one: they must echo clearly more
MAX_MISSING_TERMS = 3
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


def window_of(span: Span, terms: tuple[Term, ...], factor: float = 1.0) -> Window:
    """A window over ``terms``, with the best credit each key can earn in it."""
    keys: dict[str, tuple[float, int]] = {}
    for i, t in enumerate(terms):
        for key, credit in match_keys(t.word, t.key):
            if credit > keys.get(key, (0.0, 0))[0]:
                keys[key] = (credit, i)
    return Window(span, terms, keys, factor)


def _continues(precis: str, sentence: Span) -> bool:
    """Whether a sentence goes on with the one before ("It …", "This …", "But …")."""
    m = _FIRST_WORD.match(precis, sentence.start, sentence.end)
    return bool(m) and m.group(1).lower() in _CONTINUATIONS


def precis_windows(precis: str, body_start: int) -> tuple[Window, ...]:
    """Each sentence of the précis body, and each pair of adjacent sentences where the
    second carries on the first: one idea may take two sentences, two ideas are not one."""
    sentences = [(s, content_terms(precis, s.start, s.end)) for s in sentence_spans(precis, body_start)]
    windows = [window_of(s, t) for s, t in sentences]
    for (a, ta), (b, tb) in zip(sentences, sentences[1:]):
        if _continues(precis, b):
            windows.append(window_of(Span(a.start, b.end), ta + tb, PAIR_FACTOR))
    return tuple(windows)


@dataclass(frozen=True, slots=True)
class Match:
    score: float
    window: Window | None = None
    hits: tuple[int | None, ...] = ()  # per cue: the window term that echoes it
    cues: tuple[Cue, ...] = ()


def _match(wording: Wording, window: Window) -> Match:
    cues = wording.cues
    got = 0.0
    hits: list[int | None] = []
    for cue in cues:
        best, at = 0.0, None
        for key, credit in cue.keys:
            hit = window.keys.get(key)
            if hit and min(credit, hit[0]) > best:
                best, at = min(credit, hit[0]), hit[1]
        got += cue.weight * best
        hits.append(at)
    share = window.factor * got / wording.core if wording.core else 0.0
    if wording.whole:
        share *= COVERED_AT / WHOLE_AT  # so that WHOLE_AT of an accepted wording just covers it
    return Match(min(1.0, share), window, tuple(hits), cues)


def best_match(point: KeyPoint, windows: tuple[Window, ...]) -> Match:
    """The best-echoed wording of the point in the best window."""
    best = Match(0.0)
    for wording in point.wordings:
        for window in windows:
            m = _match(wording, window)
            if m.score > best.score:
                best = m
    return best


def _evidence(m: Match) -> Span | None:
    spans = [m.window.terms[i].span for i in m.hits if i is not None]
    return Span(min(s.start for s in spans), max(s.end for s in spans)) if spans else None


def _missing_terms(m: Match) -> tuple[str, ...]:
    """The heaviest words of the point the précis does not echo (only the informative half)."""
    if not m.cues:
        return ()
    weights = sorted(c.weight for c in m.cues)
    median = weights[len(weights) // 2]
    unmatched = [c for c, hit in zip(m.cues, m.hits) if hit is None and c.weight >= median]
    unmatched.sort(key=lambda c: -c.weight)
    return tuple(c.word for c in unmatched[:MAX_MISSING_TERMS])


def judge(point: KeyPoint, windows: tuple[Window, ...]) -> KeyPointCoverage:
    """Covered, partial or missing, with the evidence span and the words still lacking."""
    m = best_match(point, windows)
    if m.score >= COVERED_AT:
        return KeyPointCoverage(point, COVERED, 1.0, _evidence(m), _missing_terms(m))
    if m.score >= PARTIAL_AT:
        return KeyPointCoverage(point, PARTIAL, round(m.score / COVERED_AT, 2), _evidence(m), _missing_terms(m))
    return KeyPointCoverage(point, MISSING, 0.0, None, _missing_terms(m) or _heaviest(point))


def _heaviest(point: KeyPoint) -> tuple[str, ...]:
    """The point's own heaviest words, for a point nothing in the précis echoes."""
    if not point.wordings:
        return ()
    cues = sorted(point.wordings[0].cues, key=lambda c: -c.weight)
    return tuple(c.word for c in cues[:MAX_MISSING_TERMS])
