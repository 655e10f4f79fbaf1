"""Assessing a précis against prepared key points: the precis side of every check."""

from __future__ import annotations

from dataclasses import replace

from tutor.core.keypoints.matcher import contested_matches, judge, precis_windows
from tutor.core.keypoints.model import Coverage, KeyPoint
from tutor.core.keypoints.passage_ideas import passage_ideas


def _prepared(passage_text: str, point: KeyPoint) -> KeyPoint:
    """A point made elsewhere without cues gets them here (IDF from this passage)."""
    if point.wordings:
        return point
    source = " ".join(p.of(passage_text) for p in point.parts)
    return replace(point, wordings=passage_ideas(passage_text).wordings(point.text, point.accept, source))


def assess(passage_text: str, points: tuple[KeyPoint, ...], source: str, precis: str, body_start: int) -> Coverage:
    """How well ``precis`` (as given, title line included; its body starts at ``body_start``)
    covers each point; results in passage order, spans into ``precis``."""
    windows = precis_windows(precis, body_start)
    prepared = tuple(_prepared(passage_text, p) for p in points)
    judged = [judge(p, windows, m) for p, m in zip(prepared, contested_matches(prepared, windows))]
    judged.sort(key=lambda c: c.point.source_span.start)
    return Coverage(source, tuple(judged))
