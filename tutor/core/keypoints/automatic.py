"""Key points from the passage alone: its most central ideas.

Ideas are ranked by TextRank over their content words (synonym groups link
"collaborative" to "cooperation"), by position (an editorial states its case
first and concludes last) and by repetition (words the passage keeps coming
back to). An attribution or example set in a sentence lends its words to the
claim it supports ("This aspect comes with political unanimity, as the Vice
Minister reiterated on his visit"), and a short clause made only of the
passage's topic words ("China and Pakistan have a long way to go") says too
little to be a key point. About one idea per ``WORDS_PER_POINT`` target words
is kept.
"""

from __future__ import annotations

import math
import re

from tutor.core.keypoints.ideas import Idea
from tutor.core.keypoints.model import KeyPoint
from tutor.core.keypoints.passage_ideas import PassageIdeas
from tutor.core.keypoints.rebuttals import rejected_views
from tutor.core.keypoints.referents import main_clause, says_something
from tutor.core.keypoints.statements import leading_clause, subject_of
from tutor.core.keypoints.synonyms import EXACT, RELATED, match_keys
from tutor.core.keypoints.textrank import cosine, pagerank, similarity_matrix
from tutor.core.keypoints.words import Term, content_terms

WORDS_PER_POINT = 11
MIN_POINTS, MAX_POINTS = 3, 12
MAX_DETAIL_POINTS = 4
REDUNDANT = 0.6  # an idea this similar to one already kept says nothing new
_RANK, _POSITION, _REPETITION = 0.75, 0.15, 0.1  # tried against the library's authored points
_SYNONYM_LINK = 0.5
_REPEATED_REASON = 0.7  # a leading reason this much contained in another kept point is said there already
_THIN_TERMS, _THIN_FACTOR = 4, 0.8  # ideas of few content words are often asides
_VAGUE_FACTOR = 0.3  # … and if fewer than _DISTINCTIVE_MIN of them are distinctive, they say next to nothing
_DISTINCTIVE_DF, _DISTINCTIVE_MIN = 2, 2  # a distinctive word is in at most this many of the passage's ideas
_SUPPORT_SHARE = 0.5  # how much of its supporting detail's words a claim is ranked with
# A sentence that announces what the text will do ("we must proceed to consider what the poet should
# aim at", "in this chapter we look at …") says nothing of the subject itself: ranked as a vague frame.
_ANNOUNCING = re.compile(
    r"\b(?:we|I)\s+(?:must|shall|will|now|may|should|can)\s+(?:now\s+)?(?:proceed|go\s+on)\s+to\s+"
    r"(?:consider|discuss|examine|describe|explore|look\s+at|show)\b"
    r"|\b(?:we|I)\s+(?:must|shall|will)\s+(?:now\s+)?(?:consider|discuss|examine|describe|explore)\s+"
    r"(?:what|how|why|whether|which|who|the\s+question)\b"
    r"|\blet\s+us\s+(?:now\s+)?(?:consider|turn|look|examine|see)\b"
    r"|\bin\s+this\s+(?:chapter|essay|article|section|passage|book)\s*,?\s*(?:we|I)\b", re.IGNORECASE)


# Words with which a writer marks the claim the rest supports: "the lesson of this history is …",
# "the moral of", "in short", "nevertheless", "the tale suggests". A thesis or a moral shares few
# words with the sentences that argue for it, so TextRank alone ranks it low; the first
# ``MAX_SIGNPOSTED`` so marked are kept as the frame is. On the bundled library and CommonLit's two
# passages the key points stay the same; in a probe of six passages written in the CSS style it
# brought in two theses ("The doctrine is, nevertheless, a doctrine that will not bear close
# examination"; "The lesson of this history is not that trade requires force").
_SIGNPOST = re.compile(
    r"\b(?:the\s+(?:(?:real\s+)?(?:lesson|moral|point|truth|conclusion|question|problem))\s+(?:is|was|"
    r"of\s+(?:this|the|that|these|such|his|her|its|their))\b"
    r"|in\s+(?:short|sum|the\s+end|conclusion)\b|nevertheless|nonetheless|above\s+all"
    r"|(?:the|this)\s+(?:tale|story|fable|history|episode|experience)\s+(?:suggests|shows|teaches)\b"
    r"|what\s+matters\b)", re.IGNORECASE)
MAX_SIGNPOSTED = 2


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


def _with_support(pi: PassageIdeas, vectors: list[dict[str, float]]) -> list[dict[str, float]]:
    """Each claim's vector with the words of the detail that follows it in its sentence
    (attribution, example), at a discount: the detail ties the claim to the rest of the passage."""
    out = []
    for n, (idea, vec) in enumerate(zip(pi.ideas, vectors)):
        vec = dict(vec)
        for m in range(n + 1, len(pi.ideas)):
            if idea.optional or pi.ideas[m].sentence != idea.sentence or not pi.ideas[m].optional:
                break
            for key, w in vectors[m].items():
                vec[key] = max(vec.get(key, 0.0), _SUPPORT_SHARE * w)
        out.append(vec)
    return out


def _size_factor(terms: tuple[Term, ...], pi: PassageIdeas, announcing: bool = False) -> float:
    """Ideas of few content words are often asides; if those words are the passage's topic
    words ("China", "Pakistan"), the idea is a vague frame, not a point; so is one in a
    sentence that announces what the text will do (``announcing``: see ``_announcing``)."""
    if announcing:
        return _VAGUE_FACTOR
    keys = {t.key for t in terms}
    if len(keys) >= _THIN_TERMS:
        return 1.0
    distinctive = sum(1 for k in keys if pi.idf.df.get(k, 0) <= _DISTINCTIVE_DF)
    return _THIN_FACTOR if distinctive >= _DISTINCTIVE_MIN else _VAGUE_FACTOR


def _announcing(pi: PassageIdeas) -> frozenset[int]:
    """The sentences that announce what the text will do (``_ANNOUNCING``): each of their
    clauses ("and by what means the effect will be produced") is part of the announcement."""
    return frozenset(idea.sentence for idea in pi.ideas if _ANNOUNCING.search(idea.source(pi.text)))


def rank_ideas(pi: PassageIdeas) -> list[float]:
    """A centrality score for each idea of the passage, 0..1."""
    vectors = _with_support(pi, [_vector(t, pi) for t in pi.terms])
    tr = pagerank(similarity_matrix(vectors))
    counts: dict[str, int] = {}
    for terms in pi.terms:
        for t in terms:
            counts[t.key] = counts.get(t.key, 0) + 1
    rep = [_repetition(t, counts) for t in pi.terms]
    top_tr, top_rep = max(tr, default=1) or 1, max(rep, default=1) or 1
    last = max((i.sentence for i in pi.ideas), default=0)
    announcing = _announcing(pi)
    scores = []
    for idea, terms, r, p in zip(pi.ideas, pi.terms, tr, rep):
        s = _RANK * r / top_tr + _POSITION * _position(idea, pi.ideas[0], last) + _REPETITION * p / top_rep
        scores.append(s * _size_factor(terms, pi, idea.sentence in announcing or idea.dangling))
    return scores


_RELATIVE_OPENING = re.compile(r"\W*(?:which|who|whom|whose)\b", re.IGNORECASE)


def _frame(pi: PassageIdeas) -> list[int]:
    """The first and the last main ideas that say something (not a vague frame of topic words):
    a passage's case and its conclusion, a story's frame (who did what) and its outcome; and the
    claims the writer marks as the point (``_SIGNPOST``). They are kept whatever their rank."""
    announcing = _announcing(pi)
    main = [i for i, idea in enumerate(pi.ideas) if not idea.optional and not idea.dangling
            and _size_factor(pi.terms[i], pi, idea.sentence in announcing) > _VAGUE_FACTOR]
    # A main clause, not what a relative clause adds to it ("which had planned to close the light").
    clauses = [i for i in main if not _RELATIVE_OPENING.match(pi.ideas[i].source(pi.text))]
    if not clauses:
        return []
    signposted = [i for i in clauses if _SIGNPOST.search(pi.ideas[i].source(pi.text))][:MAX_SIGNPOSTED]
    return sorted({clauses[0], clauses[-1], *signposted})


def _choose(pi: PassageIdeas, scores: list[float], count: int, optional: bool,
            rejected: frozenset[int] = frozenset()) -> list[int]:
    """The best-ranked ideas (main or ``optional``), at most ``count``, none redundant with one
    chosen before and none in a sentence that reports a view the passage rejects (``rejected``:
    ``rebuttals.rejected_views``)."""
    vectors = {}
    chosen: list[int] = []
    first = _frame(pi) if not optional else []
    for i in first + sorted(range(len(pi.ideas)), key=lambda i: -scores[i]):
        if i in chosen or pi.ideas[i].sentence in rejected:
            continue
        if pi.ideas[i].optional != optional or len(chosen) >= count or not says_something(pi.ideas[i].text):
            continue
        vectors[i] = _vector(pi.terms[i], pi)
        if any(cosine(vectors[i], vectors[j]) >= REDUNDANT for j in chosen):
            continue
        chosen.append(i)
    if not optional:
        chosen = _every_paragraph(pi, scores, chosen, set(first), rejected, vectors)
    return chosen


def _every_paragraph(pi: PassageIdeas, scores: list[float], chosen: list[int], kept: set[int],
                     rejected: frozenset[int], vectors: dict[int, dict[str, float]]) -> list[int]:
    """``chosen`` with a point from each paragraph that has none, in place of the lowest-ranked
    point of a paragraph that has several (never one of ``kept``, the frame): a story's turning
    point ("yet he refused") or an essay's middle step shares few words with the rest, so
    TextRank ranks it below a second detail of a paragraph already represented."""
    chosen = list(chosen)
    eligible = [i for i, idea in enumerate(pi.ideas) if not idea.optional and not idea.dangling
                and idea.sentence not in rejected and says_something(idea.text)]
    for paragraph in sorted({pi.ideas[i].paragraph for i in eligible} - {pi.ideas[i].paragraph for i in chosen}):
        counts: dict[int, int] = {}
        for i in chosen:
            counts[pi.ideas[i].paragraph] = counts.get(pi.ideas[i].paragraph, 0) + 1
        spare = [i for i in chosen if i not in kept and counts[pi.ideas[i].paragraph] > 1]
        if not spare:
            break
        best = max((i for i in eligible if pi.ideas[i].paragraph == paragraph), key=lambda i: scores[i])
        vec = vectors.get(best) or _vector(pi.terms[best], pi)
        if any(cosine(vec, vectors.get(j) or _vector(pi.terms[j], pi)) >= REDUNDANT for j in chosen):
            continue
        chosen.remove(min(spare, key=lambda i: scores[i]))
        chosen.append(best)
    return chosen


def _predicate(clause: str) -> str:
    """What a clause says of its subject: its words from the verb on (the subject of a leading
    reason becomes the main clause's own when it is cut)."""
    subject = subject_of(clause)[0]
    return clause[len(subject):] if subject and clause.startswith(subject) else clause


def _contained(part: dict[str, float], whole: dict[str, float]) -> float:
    """The share of ``part``'s weight whose words ``whole`` also holds, 0..1."""
    total = sum(part.values())
    return sum(w for k, w in part.items() if k in whole) / total if total else 0.0


def _without_repeated_reason(pi: PassageIdeas, keep: list[int]) -> list[str]:
    """Each kept idea's statement; one that opens with a reason another kept point already
    states ("Because the villagers believed that their elders spoke for the ancestors, they
    trusted …" beside "The elders were believed to speak for the ancestors") keeps its main
    clause alone."""
    texts = []
    for i in keep:
        text, split = pi.ideas[i].text, leading_clause(pi.ideas[i].text)
        if split:
            said = _predicate(split[0])
            reason = _vector(content_terms(said, 0, len(said)), pi)
            if any(_contained(reason, _vector(pi.terms[j], pi)) >= _REPEATED_REASON for j in keep if j != i):
                text = main_clause(split)
        texts.append(text)
    return texts


def automatic_points(pi: PassageIdeas, target_words: int) -> tuple[KeyPoint, ...]:
    """The passage's central ideas as key points, with its detail as optional points, in passage order."""
    scores = rank_ideas(pi)
    rejected = rejected_views(pi.text)
    keep = _choose(pi, scores, point_count(target_words), optional=False, rejected=rejected)
    keep += _choose(pi, scores, MAX_DETAIL_POINTS, optional=True, rejected=rejected)
    keep.sort(key=lambda i: pi.ideas[i].span.start)
    texts = _without_repeated_reason(pi, keep)
    return tuple(pi.point(f"a{n + 1}", text, 1.0, pi.ideas[i].parts, pi.ideas[i].optional)
                 for n, (i, text) in enumerate(zip(keep, texts)))
