"""Key points a teacher wrote in the pack."""

from __future__ import annotations

from tutor.core.keypoints.model import KeyPoint
from tutor.core.keypoints.passage_ideas import PassageIdeas
from tutor.core.passage import AuthoredKeyPoint
from tutor.core.span import Span


def source_parts(pi: PassageIdeas, kp: AuthoredKeyPoint) -> tuple[Span, ...]:
    """Where the point stands in the passage: its verbatim source if given, else the
    idea (clause) its text and accepted wordings match best."""
    if kp.source:
        at = pi.text.find(kp.source)
        if at >= 0:
            return (Span(at, at + len(kp.source)),)
    if not pi.ideas:
        return ()
    best = max((pi.locate(w) for w in (kp.text, *kp.accept)), key=lambda x: x[1])
    return pi.ideas[best[0]].parts


def authored_points(pi: PassageIdeas, authored: tuple[AuthoredKeyPoint, ...]) -> tuple[KeyPoint, ...]:
    """The pack's key points, located in the passage and prepared for matching, in passage order."""
    points = [pi.point(kp.id, kp.text, kp.weight, source_parts(pi, kp), kp.optional, kp.accept) for kp in authored]
    return tuple(sorted(points, key=lambda p: p.source_span.start))
