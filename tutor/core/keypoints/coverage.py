"""Assessing a précis against prepared key points: the precis side of every check."""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

from tutor.core.keypoints.matcher import COVERED_AT, Contest, best_match, contest, contested_matches, judge
from tutor.core.keypoints.model import Coverage, KeyPoint
from tutor.core.keypoints.passage_ideas import passage_ideas
from tutor.core.keypoints.windows import precis_windows, text_window
from tutor.core.keypoints.words import Term
from tutor.core.span import Span


def _prepared(passage_text: str, point: KeyPoint) -> KeyPoint:
    """A point made elsewhere without cues gets them here (IDF from this passage)."""
    if point.wordings:
        return point
    source = " ".join(p.of(passage_text) for p in point.parts)
    return replace(point, wordings=passage_ideas(passage_text).wordings(point.text, point.accept, source))


@lru_cache(maxsize=16)
def _competition(passage_text: str, points: tuple[KeyPoint, ...]) -> Contest:
    """The points and the passage's ideas as rivals for the précis's words; an idea does not
    compete with a point it is part of (in the point's source, or echoed by its text)."""
    pi = passage_ideas(passage_text)
    ideas = tuple(pi.point(f"idea{i}", idea.text, 0.0, idea.parts) for i, idea in enumerate(pi.ideas))
    exempt = []
    for p in points:
        mine = set()
        own_words = list(pi.windows_over(p.parts))
        own_words.append(text_window(p.text))
        for i, idea in enumerate(ideas):
            if any(part.overlaps(q) for part in p.parts for q in idea.parts) or \
                    best_match(idea, tuple(own_words)).score >= COVERED_AT:
                mine.add(len(points) + i)
        exempt.append(frozenset(mine))
    return contest(points, ideas, tuple(exempt))


def assess(passage_text: str, points: tuple[KeyPoint, ...], source: str, precis: str, body_start: int,
           sentences: tuple[tuple[Span, tuple[Term, ...]], ...] | None = None,
           verbatim: tuple[Span, ...] = ()) -> Coverage:
    """How well ``precis`` (as given, title line included; its body starts at ``body_start``)
    covers each point; results in passage order, spans into ``precis``. ``sentences``: the
    body's sentences with their content terms when the précis has been read already
    (``tutor.core.reading``); ``verbatim``: précis spans copied word for word from the passage,
    which never say the opposite of it."""
    windows = precis_windows(precis, body_start, sentences, verbatim)
    prepared = tuple(_prepared(passage_text, p) for p in points)
    matches = contested_matches(prepared, windows, _competition(passage_text, prepared))
    judged = [judge(p, windows, m) for p, m in zip(prepared, matches)]
    judged.sort(key=lambda c: c.point.source_span.start)
    return Coverage(source, tuple(judged))
