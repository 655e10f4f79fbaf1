"""A first, sentence-by-sentence coverage so the pipeline runs end to end.

Replaced by the real key-point matcher; kept small on purpose.
"""

from __future__ import annotations

from nltk.stem.snowball import SnowballStemmer

from tutor.core.keypoints.model import COVERED, MISSING, PARTIAL, Coverage, KeyPoint, KeyPointCoverage
from tutor.core.passage import Passage
from tutor.core.span import Span
from tutor.core.tokens import sentence_spans, terms

_STEM = SnowballStemmer("english").stem
_FUNCTION = frozenset("a an the of to in on for and or but is are was were be been it its this that with as by at from".split())


def _stems(text: str) -> set[str]:
    return {_STEM(t.norm) for t in terms(text) if t.norm not in _FUNCTION}


def key_points(passage: Passage) -> tuple[str, tuple[KeyPoint, ...]]:
    if passage.key_points:
        pts = []
        for kp in passage.key_points:
            at = passage.text.find(kp.source) if kp.source else -1
            span = Span(at, at + len(kp.source)) if at >= 0 else Span(0, 0)
            pts.append(KeyPoint(kp.id, kp.text, kp.weight, span, kp.optional, kp.accept))
        return "authored", tuple(pts)
    spans = sentence_spans(passage.text)
    return "automatic", tuple(KeyPoint(f"s{i + 1}", s.of(passage.text), 1.0, s) for i, s in enumerate(spans))


def assess(passage_text: str, points: tuple[KeyPoint, ...], source: str, precis: str, body_start: int) -> Coverage:
    sentences = [(s, _stems(s.of(precis))) for s in sentence_spans(precis, body_start)]
    out = []
    for p in points:
        want = _stems(p.text)
        best, best_span = 0.0, None
        for span, have in sentences:
            score = len(want & have) / len(want) if want else 0.0
            if score > best:
                best, best_span = score, span
        status = COVERED if best >= 0.6 else PARTIAL if best >= 0.3 else MISSING
        out.append(KeyPointCoverage(p, status, round(best, 2), best_span))
    return Coverage(source, tuple(out))
