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
    """The points and the passage's ideas as rivals for the précis's words. A rival does not
    compete with a point its own source or text would cover (``COVERED_AT``: "Real Madrid beat
    Granada 9-1" covers "Real Madrid beat Granada"), since a sentence that says the rival says
    the point too; nor does an idea that is part of the point (in its source, or echoed by its
    source or text), since saying it says part of the point. Otherwise the rival that a
    sentence's word serves better takes it (``matcher.contested_matches``)."""
    pi = passage_ideas(passage_text)
    ideas = tuple(pi.point(f"idea{i}", idea.text, 0.0, idea.parts) for i, idea in enumerate(pi.ideas))
    everyone = points + ideas
    own_words = [(*pi.windows_over(p.parts), text_window(p.text)) for p in everyone]
    exempt = []
    for n, p in enumerate(points):
        mine = set()
        for o, rival in enumerate(everyone):
            if o == n:
                continue
            if best_match(p, own_words[o]).score >= COVERED_AT:
                mine.add(o)  # the point is part of the rival: a sentence that says the rival says it too
            elif o >= len(points) and (any(part.overlaps(q) for part in p.parts for q in rival.parts)
                                       or best_match(rival, own_words[n]).score >= COVERED_AT):
                mine.add(o)  # an idea that is part of the point: saying it says part of the point
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
