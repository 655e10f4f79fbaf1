"""Close paraphrase (patchwriting): a précis sentence that follows one passage sentence
in order and structure, with some words swapped for synonyms.

"The coming of inexpensive phones changed how growers market their harvest." follows
"The arrival of cheap phones transformed how farmers sell their crops." word for
word: the same small words ("the … of … how … their") in the same places, and each
content word either kept or swapped for a synonym. Copy detection, which looks for
runs of identical words, misses it; this finds it.

Method: the two sentences' words are aligned in order (a longest common subsequence,
as in plagiarism detectors' "aligned word order"); a content word aligns with another
of the same lemma or a synonym (``synonyms.match_keys``), a function word only with
itself. A précis sentence is a close paraphrase of a passage sentence when most of its
words align (``precision``), most of the passage sentence is carried over
(``recall``), and both its content words and its function-word skeleton follow it. The
thresholds were measured with ``bench/close_paraphrase.py``: every bundled model
précis passes, synthetic patchwriting of the bundled passages is caught.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache

from tutor.core.copying import CopiedRun
from tutor.core.keypoints.synonyms import match_keys
from tutor.core.keypoints.words import is_content, term_key
from tutor.core.span import Span
from tutor.core.tokens import Token, sentence_spans, terms

MIN_CONTENT = 4          # a précis sentence needs this many content words to be judged
MIN_MATCHED = 3          # … and this many of them echoed (lemma or synonym) in order
MIN_PRECISION = 0.8      # share of the précis sentence's words in the passage sentence's order and places
MIN_RECALL = 0.6         # share of the passage sentence's words carried over (kept or swapped in place)
MIN_CONTENT_SHARE = 0.3  # share of the précis sentence's content words echoed by lemma or synonym
MIN_SKELETON = 0.6       # share of its function words standing where the passage has them
COPIED_ALREADY = 0.8     # a sentence this much inside copied runs is reported as copying instead
_SWAP_GAP = 2
_CANDIDATES = 3        # passage sentences aligned per précis sentence (those sharing most words)


@dataclass(frozen=True, slots=True)
class CloseParaphrase:
    """A précis sentence that closely follows one passage sentence.

    ``precis_span`` is into the précis text as checked, ``passage_span`` into the
    passage text; ``share`` (0..1) is the share of the précis sentence's words that
    follow the passage sentence in order; ``words`` the précis sentence's words
    (terms) not already reported as copied, which count against own words.
    """

    precis_span: Span
    passage_span: Span
    precis_text: str
    passage_text: str
    share: float
    words: int

    @property
    def advice(self) -> str:
        """One line for the student: what is wrong and what to do."""
        return (f"Close paraphrase of the passage's sentence “{' '.join(self.passage_text.split())}”: the same "
                "sentence with some words swapped. Say the idea in a sentence of your own.")


@dataclass(frozen=True, slots=True)
class _Word:
    norm: str
    content: bool
    keys: frozenset[str]  # what it can match: its own word, or its lemma and synonym groups
    span: Span


@dataclass(frozen=True, slots=True)
class _Sentence:
    span: Span
    words: tuple[_Word, ...]
    where: dict[str, int]  # each key → bit mask of the positions of the words holding it
    content: int  # how many of its words are content words


@lru_cache(maxsize=50_000)
def _keys(norm: str) -> tuple[bool, frozenset[str]]:
    """Whether a normalised word is a content word, and the keys it matches by."""
    if is_content(norm):
        return True, frozenset(k for k, _credit in match_keys(norm, term_key(norm)))
    return False, frozenset(("f:" + norm,))


def _sentences(text: str, start: int = 0, end: int | None = None, tokens: tuple[Token, ...] | None = None,
               passage: bool = False, spans: tuple[Span, ...] | None = None) -> tuple[_Sentence, ...]:
    """The sentences of ``text[start:end]`` with their words; ``tokens`` (its terms,
    ``tokens.terms``) and ``spans`` (its sentences) when already read, so they are not read twice."""
    if tokens is None:
        tokens = terms(text, start, end)
    starts = [t.start for t in tokens]
    out = []
    for s in spans if spans is not None else sentence_spans(text, start, end):
        words = tuple(_Word(t.norm, *_keys(t.norm), t.span)
                      for t in tokens[bisect_left(starts, s.start):bisect_left(starts, s.end)])
        out.append(_Sentence(s, words, _positions(words) if passage else {}, sum(w.content for w in words)))
    return tuple(out)


@dataclass(frozen=True)
class PassageSentences:
    """The passage side, built once per passage: its sentences' words and an index from
    each content key to the sentences holding it."""

    text: str
    sentences: tuple[_Sentence, ...]
    index: dict[str, tuple[int, ...]]


@lru_cache(maxsize=16)
def passage_sentences(text: str) -> PassageSentences:
    sentences = _sentences(text, passage=True)
    index: dict[str, list[int]] = {}
    for n, s in enumerate(sentences):
        for key in {k for w in s.words if w.content for k in w.keys}:
            index.setdefault(key, []).append(n)
    return PassageSentences(text, sentences, {k: tuple(v) for k, v in index.items()})


@dataclass(frozen=True, slots=True)
class Alignment:
    """How one précis sentence follows one passage sentence (each figure 0..1)."""

    precision: float  # précis words aligned or swapped in place / précis words
    recall: float  # passage words aligned or swapped in place / passage words
    content_share: float  # précis content words aligned by lemma or synonym / précis content words
    skeleton: float  # précis function words aligned / précis function words
    matched: int  # content words aligned by lemma or synonym

    def is_close(self) -> bool:
        return (self.matched >= MIN_MATCHED and self.precision >= MIN_PRECISION and self.recall >= MIN_RECALL
                and self.content_share >= MIN_CONTENT_SHARE and self.skeleton >= MIN_SKELETON)


def _positions(words: tuple[_Word, ...]) -> dict[str, int]:
    """Each key → a bit mask of the positions of the words holding it."""
    where: dict[str, int] = {}
    for j, w in enumerate(words):
        for key in w.keys:
            where[key] = where.get(key, 0) | (1 << j)
    return where


def _hits(a: tuple[_Word, ...], where: dict[str, int]) -> list[int]:
    """For each word of ``a``, a bit mask of the positions of the words it matches (their keys meet)."""
    out = []
    for w in a:
        mask = 0
        for key in w.keys:
            mask |= where.get(key, 0)
        out.append(mask)
    return out


def _lcs_length(hits: list[int], m: int) -> int:
    """The length of a longest in-order alignment, bit-parallel (Allison & Dix 1986; Hyyrö 2004):
    a cheap test before ``_lcs`` builds the alignment itself."""
    full = (1 << m) - 1
    v = full
    for hit in hits:
        u = v & hit
        v = ((v + u) | (v - u)) & full
    return m - v.bit_count()


def _lcs(hits: list[int], m: int) -> list[tuple[int, int]]:
    """Pairs (i, j) of a longest in-order alignment, from each word's ``hits``."""
    n = len(hits)
    table = [[0] * (m + 1) for _ in range(n + 1)]
    for i in range(n - 1, -1, -1):
        row, below, hit = table[i], table[i + 1], hits[i]
        for j in range(m - 1, -1, -1):
            if hit >> j & 1:
                row[j] = below[j + 1] + 1
            else:
                down, right = below[j], row[j + 1]
                row[j] = down if down >= right else right
    pairs, i, j = [], 0, 0
    while i < n and j < m:
        if hits[i] >> j & 1 and table[i][j] == table[i + 1][j + 1] + 1:
            pairs.append((i, j))
            i, j = i + 1, j + 1
        elif table[i + 1][j] >= table[i][j + 1]:
            i += 1
        else:
            j += 1
    return pairs


def _swaps(pairs: list[tuple[int, int]], n: int, m: int) -> int:
    """Words swapped in place: between two aligned words (or a sentence's edge), a gap of one or
    two words on both sides, as when "cheap" becomes "low-cost" in the same slot."""
    bounds = [(-1, -1)] + pairs + [(n, m)]
    swaps = 0
    for (i1, j1), (i2, j2) in zip(bounds, bounds[1:]):
        gp, gq = i2 - i1 - 1, j2 - j1 - 1
        if 0 < gp <= _SWAP_GAP and 0 < gq <= _SWAP_GAP:
            swaps += min(gp, gq)
    return swaps


def align(sentence: _Sentence, other: _Sentence) -> Alignment | None:
    """How closely a précis sentence's words follow a passage sentence's, in order; None when
    they align too little for a close paraphrase (so the alignment was not worked out)."""
    precis, passage, content = sentence.words, other.words, sentence.content
    hits = _hits(precis, other.where)
    function = len(precis) - content
    # Aligned words are echoed content words plus function words in place: too few, and no
    # alignment of this length can pass ``is_close``.
    if _lcs_length(hits, len(passage)) < max(MIN_MATCHED, MIN_CONTENT_SHARE * content) + MIN_SKELETON * function:
        return None
    pairs = _lcs(hits, len(passage))
    matched = sum(1 for i, _ in pairs if precis[i].content)
    kept = len(pairs) + _swaps(pairs, len(precis), len(passage))
    return Alignment(kept / len(precis) if precis else 0.0, kept / len(passage) if passage else 0.0,
                     matched / content if content else 0.0,
                     (len(pairs) - matched) / function if function else 1.0, matched)


def _candidates(sentence: _Sentence, passage: PassageSentences) -> list[int]:
    """The passage sentences sharing the most content keys with ``sentence``; among equals, the
    earlier first (not in the order of a set of strings, which changes from run to run)."""
    counts: dict[int, int] = {}
    for key in {k for w in sentence.words if w.content for k in w.keys}:
        for n in passage.index.get(key, ()):
            counts[n] = counts.get(n, 0) + 1
    size = len(sentence.words)
    # Every précis word kept is one of the passage sentence's, so neither may be much the longer.
    ranked = sorted((n for n, c in counts.items() if c >= MIN_MATCHED
                     and MIN_RECALL * len(passage.sentences[n].words) <= size
                     and MIN_PRECISION * size <= len(passage.sentences[n].words)), key=lambda n: (-counts[n], n))
    return ranked[:_CANDIDATES]


def _uncopied(sentence: _Sentence, copied: tuple[CopiedRun, ...]) -> int:
    """The sentence's words not inside a copied run."""
    runs = [r.precis_span for r in copied if r.precis_span.overlaps(sentence.span)]  # (not the whole précis's)
    return sum(1 for w in sentence.words if not any(r.start <= w.span.start < r.end for r in runs))


def find_close_paraphrases(passage_text: str, precis_text: str, body: Span, copied: tuple[CopiedRun, ...] = (),
                           body_terms: tuple[Token, ...] | None = None,
                           sentences: tuple[Span, ...] | None = None) -> tuple[CloseParaphrase, ...]:
    """Précis sentences of ``precis_text[body]`` that closely follow a passage sentence, in précis order.

    ``copied`` are the copied runs already found: a sentence nearly all copied word for
    word is left to the copying report, and copied words are not counted twice.
    ``body_terms`` (``tokens.terms`` of the body) and ``sentences`` (its sentence spans):
    the précis as already read (``reading.read_precis``), when the caller has it.
    """
    passage = passage_sentences(passage_text)
    found = []
    for sentence in _sentences(precis_text, body.start, body.end, body_terms, spans=sentences):
        if sentence.content < MIN_CONTENT:
            continue
        best: tuple[float, int, Alignment] | None = None
        for n in _candidates(sentence, passage):
            a = align(sentence, passage.sentences[n])
            if a is not None and a.is_close() and (best is None or a.precision + a.recall > best[0]):
                best = (a.precision + a.recall, n, a)
        if best is None:
            continue
        own = _uncopied(sentence, copied)
        if own < (1 - COPIED_ALREADY) * len(sentence.words):
            continue
        q = passage.sentences[best[1]].span
        found.append(CloseParaphrase(sentence.span, q, sentence.span.of(precis_text), q.of(passage_text),
                                     round(best[2].precision, 3), own))
    return tuple(found)


def paraphrased_share(found: tuple[CloseParaphrase, ...], body_terms: int) -> float:
    """Share of the body's terms (0..1) in close paraphrases and not already counted as copied."""
    if not body_terms:
        return 0.0
    return min(1.0, sum(p.words for p in found) / body_terms)
