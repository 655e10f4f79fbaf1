"""Key points from the passage alone: its most central ideas.

Ideas are ranked by TextRank over their content words (synonym groups link
"collaborative" to "cooperation"), by position (an editorial states its case
first and concludes last) and by repetition (words the passage keeps coming
back to). About one idea per ``WORDS_PER_POINT`` target words is kept.
"""

from __future__ import annotations

import math

from tutor.core.keypoints.ideas import Idea
from tutor.core.keypoints.model import KeyPoint
from tutor.core.keypoints.passage_ideas import PassageIdeas
from tutor.core.keypoints.synonyms import EXACT, RELATED, match_keys
from tutor.core.keypoints.textrank import cosine, pagerank, similarity_matrix
from tutor.core.keypoints.words import Term

WORDS_PER_POINT = 11
MIN_POINTS, MAX_POINTS = 3, 12
MAX_DETAIL_POINTS = 4
REDUNDANT = 0.6  # an idea this similar to one already kept says nothing new
_RANK, _POSITION, _REPETITION = 0.75, 0.15, 0.1  # tried against the library's authored points
_SYNONYM_LINK = 0.5
_THIN_TERMS, _THIN_FACTOR = 4, 0.8  # ideas of few content words are often asides
_LATER_CLAUSE_FACTOR = 0.85  # a sentence's first clause usually carries its point


def point_count(target_words: int) -> int:
    """How many key points a précis of ``target_words`` words can carry."""
    return max(MIN_POINTS, min(MAX_POINTS, round(target_words / WORDS_PER_POINT)))


def _vector(terms: tuple[Term, ...], pi: PassageIdeas) -> dict[str, float]:
    """Content words weighted by IDF; synonym groups at a discount so related ideas link up."""
    vec: dict[str, float] = {}
    for t in terms:
        w = pi.idf.weight(t.key)
        for key, credit in match_keys(t.word, t.key):
            if credit in (EXACT, RELATED):  # prefixes are too loose to link ideas
                vec[key] = max(vec.get(key, 0.0), w * (1.0 if credit == EXACT else _SYNONYM_LINK))
    return vec


def _position(idea: Idea, first: Idea, last_sentence: int) -> float:
    if idea.sentence == first.sentence:
        return 1.0
    if idea.sentence == last_sentence:
        return 0.6
    return 0.0


def _repetition(terms: tuple[Term, ...], counts: dict[str, int]) -> float:
    """Mean of log(count in passage) over the idea's distinct words."""
    keys = {t.key for t in terms}
    return sum(math.log(counts[k]) for k in keys) / len(keys) if keys else 0.0


def rank_ideas(pi: PassageIdeas) -> list[float]:
    """A centrality score for each idea of the passage, 0..1."""
    vectors = [_vector(t, pi) for t in pi.terms]
    tr = pagerank(similarity_matrix(vectors))
    counts: dict[str, int] = {}
    for terms in pi.terms:
        for t in terms:
            counts[t.key] = counts.get(t.key, 0) + 1
    rep = [_repetition(t, counts) for t in pi.terms]
    top_tr, top_rep = max(tr, default=1) or 1, max(rep, default=1) or 1
    last = max((i.sentence for i in pi.ideas), default=0)
    scores = []
    for n, (idea, terms, r, p) in enumerate(zip(pi.ideas, pi.terms, tr, rep)):
        s = _RANK * r / top_tr + _POSITION * _position(idea, pi.ideas[0], last) + _REPETITION * p / top_rep
        s *= _THIN_FACTOR if len({t.key for t in terms}) < _THIN_TERMS else 1.0
        s *= _LATER_CLAUSE_FACTOR if n and pi.ideas[n - 1].sentence == idea.sentence else 1.0
        scores.append(s)
    return scores


def _choose(pi: PassageIdeas, scores: list[float], count: int, optional: bool) -> list[int]:
    vectors = {}
    chosen: list[int] = []
    for i in sorted(range(len(pi.ideas)), key=lambda i: -scores[i]):
        if pi.ideas[i].optional != optional or len(chosen) >= count:
            continue
        vectors[i] = _vector(pi.terms[i], pi)
        if any(cosine(vectors[i], vectors[j]) >= REDUNDANT for j in chosen):
            continue
        chosen.append(i)
    return chosen


def automatic_points(pi: PassageIdeas, target_words: int) -> tuple[KeyPoint, ...]:
    """The passage's central ideas as key points, with its detail as optional points, in passage order."""
    scores = rank_ideas(pi)
    keep = _choose(pi, scores, point_count(target_words), optional=False)
    keep += _choose(pi, scores, MAX_DETAIL_POINTS, optional=True)
    keep.sort(key=lambda i: pi.ideas[i].span.start)
    return tuple(pi.point(f"a{n + 1}", pi.ideas[i].text, 1.0, pi.ideas[i].parts, pi.ideas[i].optional)
                 for n, i in enumerate(keep))
