"""What a précis must say to cover a wording: its content words, each weighted by how
informative it is in this passage (IDF over the passage's ideas), with the keys it can match.

A proper name of several words ("China-Pakistan Economic Corridor (CPEC)") is one
cue, matched by any of its words or its acronym: a précis names a thing once,
and often shorter.
"""

from __future__ import annotations

import math
import re
from typing import Iterable

from tutor.core.keypoints.antonyms import alike_keys, opposite_keys
from tutor.core.keypoints.commonness import distinctiveness
from tutor.core.keypoints.grammar_words import has_finite_verb
from tutor.core.keypoints.model import Cue, Wording
from tutor.core.keypoints.negation import intended, negation, stops_a_gerund, within
from tutor.core.keypoints.synonyms import expanded_keys
from tutor.core.keypoints.word_order import ROUGHLY, SIDE_END, STRETCH_END, THAN, roles_of, said_by_us, shape_of
from tutor.core.keypoints.words import Term, content_terms, next_word
from tutor.core.quantities import NUMBER_WORDS

# A précis condenses: a long idea is covered by echoing its heavier part, not every word.
# The core is the weight of the heaviest CORE_SHARE of the cues (at least CORE_MIN of them).
CORE_SHARE, CORE_MIN = 0.65, 4
MIN_WEIGHT = 0.25  # even a word in every idea ("Pakistan") says something
_NAME_GAP = re.compile(r"^(?:[\s\-–]+|\s+(?:and|of|the|for|on|de|&)\s+|\s*\(\s*)$")


class Idf:
    """Inverse document frequency of stems over the units (ideas) of one passage."""

    def __init__(self, units: Iterable[Iterable[Term]]):
        self.df: dict[str, int] = {}
        self.n = 0
        for unit in units:
            self.n += 1
            for key in {t.key for t in unit}:
                self.df[key] = self.df.get(key, 0) + 1

    def weight(self, key: str) -> float:
        """Rare in the passage → heavy. A word the passage never uses (a teacher's paraphrase)
        weighs like one used once."""
        df = max(1, self.df.get(key, 0))
        return max(MIN_WEIGHT, math.log((self.n + 1) / (df + 0.5)))


def _weight(t: Term, idf: Idf) -> float:
    """How much echoing ``t`` says of a wording: its IDF weight in the passage, scaled by how
    distinctive the word is in English at large (``commonness``)."""
    return max(MIN_WEIGHT, idf.weight(t.key) * distinctiveness(t.word))


def _is_name(text: str, t: Term, first: bool) -> bool:
    word = t.span.of(text)
    return word[:1].isupper() and (not first or word.isupper() and len(word) > 1)


def _names(text: str, terms: tuple[Term, ...]) -> list[list[Term]]:
    """The terms grouped: each run of capitalised words (a name) together, and each compound
    ("curiosity-driven": one idea, said by its parts or by either), the rest alone."""
    groups: list[list[Term]] = []
    prev_name = False
    for n, t in enumerate(terms):
        name = _is_name(text, t, n == 0)
        gap = text[groups[-1][-1].span.end:t.span.start] if groups else ""
        if name and prev_name and _NAME_GAP.match(gap) or gap == "-":
            groups[-1].append(t)
        else:
            groups.append([t])
        prev_name = name
    return groups


def _name_keys(group: list[Term], idf: Idf) -> tuple[tuple[str, float], ...]:
    """What a word, or a name of several words, can match. A name's member earns credit in
    proportion to how distinctive it is: "CPEC" names the corridor, "China" hardly does."""
    if len(group) == 1:
        return expanded_keys(group[0].word, group[0].key)
    top = max(idf.weight(t.key) for t in group)
    best: dict[str, float] = {}
    for t in group:
        share = idf.weight(t.key) / top
        for key, credit in expanded_keys(t.word, t.key):
            best[key] = max(best.get(key, 0.0), round(credit * share, 3))
    return tuple(best.items())


def cues(text: str, idf: Idf) -> tuple[Cue, ...]:
    """The distinct content words (and names) of ``text`` as cues, in order of first use."""
    seen: set[str] = set()
    out = []
    no = negation(text)
    groups = _names(text, content_terms(text))
    # A word said both ways ("not from bad to good, but from good to bad") is not denied.
    asserted = {t.key for g in groups for t in g if not within(t.span, no.denied)}
    frame = _frame(text)
    for group in groups:
        fresh = [t for t in group if t.key not in seen]
        if not fresh:
            continue
        seen.update(t.key for t in group)
        word = text[group[0].span.start:group[-1].span.end]  # as written: "multi-billion", "BRICS"
        single = len(group) == 1
        framing = frame is not None and group[0].span.start < frame.end()
        stopping = stops_a_gerund(text, group[0].span)
        plain = single and not (_links_an_adjective(text, group[0]) or _compared_with(text, group[0]) or stopping)
        opposites = opposite_keys(group[0].word, group[0].key) if plain and not framing else ()
        alike = alike_keys(group[0].word, group[0].key) if single and opposites else ()
        denied = within(group[0].span, no.denied) and group[0].key not in asserted
        out.append(Cue(word, round(max(_weight(t, idf) for t in fresh), 3), _name_keys(group, idf),
                       denied, within(group[0].span, no.negative), opposites, alike,
                       round(max(idf.weight(t.key) for t in fresh), 3),
                       denied and _NOT_BEFORE.search(text, 0, group[0].span.start) is not None,
                       said_by_us(text, group[0].span.start),
                       len(STRETCH_END.findall(text, 0, group[0].span.start)),
                       stopping or bool(_FROM_FIGURE.search(text, 0, group[0].span.end)),
                       len(SIDE_END.findall(text, 0, group[0].span.start)),
                       bool(intended(text, 0, len(text), (group[0].span.start,)))))
    return tuple(out)


# "rose from *6%* to 22%", "fell from *112* to 47": the figure a change started from
_FROM_FIGURE = re.compile(rf"\bfrom\s+{ROUGHLY}[$£€]?(?:\d[\d,.]*%?|{'|'.join(sorted(NUMBER_WORDS))})$",
                          re.IGNORECASE)
_NOT_BEFORE = re.compile(r"\b(?:not|never|n[’']t)\s+(?:\w+\s+)?$", re.IGNORECASE)


def wording(text: str, idf: Idf, condensed: bool = True) -> Wording | None:
    """``text`` prepared for matching, or None if it has no content words. ``condensed``:
    a précis may echo only the heavier part of it; otherwise (an accepted wording, already
    minimal) all of it."""
    found = cues(text, idf)
    if not found:
        return None
    weights = sorted((c.weight for c in found), reverse=True)
    n = max(CORE_MIN, math.ceil(CORE_SHARE * len(found))) if condensed else len(found)
    shape = shape_of(text)
    salient = sorted((c.salience for c in found), reverse=True)
    return Wording(found, sum(weights[:n]), whole=not condensed, telling=telling_weight(found),
                   stretch_telling=telling_weight(found, long=True), salient_core=sum(salient[:n]), passive=shape.passive,
                   participle=_cue_at(text, shape.participle_at, idf),
                   causal=_turn_cues(text, shape.causal, idf), order=_turn_cues(text, shape.order, idf),
                   change=shape.change, never_before=shape.never_before, exception=shape.exception,
                   opposed=_opposed(found),
                   contrast=bool(_CONTRAST.search(text)), anaphoric=(anaphoric := bool(_PRONOUN_SUBJECT.match(text))),
                   anaphoric_upto=_anaphoric_upto(text, found, idf) if anaphoric else 0,
                   small_share_at=_small_share_at(text, idf),
                   roles=roles_of([c.word for c in found], shape, text), comparison=shape.comparison,
                   compared=(compared := _cues_before(text, shape.compare_at, idf) if shape.compare_at > 0 else 0),
                   quantified=shape.quantified_at >= 0
                   and _cues_before(text, _word_end(text, shape.quantified_at), idf) == compared + 1,
                   sequence=shape.sequence, sequenced=_cue_at(text, shape.sequenced_at, idf),
                   than=_cues_before(text, shape.than_at, idf) if shape.than_at > 0 else 0,
                   preferred=_cues_before(text, shape.pivot, idf) if shape.pivot > 0 else 0,
                   preferred_upto=_cues_before(text, shape.aside_end, idf) if shape.aside_end > 0 else 0,
                   **_contrast_cues(text, shape, idf))


# "… that the old man had …": a complement clause that names its own subject.
_NAMED_CLAUSE = re.compile(r"\bthat\s+(?:the|a|an|his|her|their|its|our|my|[A-Z][\w’'-]*)\s", re.IGNORECASE)


def _opposed(found: tuple[Cue, ...]) -> tuple[tuple[int, int], ...]:
    """The pairs of cue numbers (n < m) where one cue says the opposite of the other ("lost" beside
    "profit"; see ``Cue.opposites``)."""
    return tuple((n, m) for n, a in enumerate(found) for m in range(n + 1, len(found))
                 if any(k in a.opposites for k, _ in found[m].keys)
                 or any(k in found[m].opposites for k, _ in a.keys))


def _anaphoric_upto(text: str, found: tuple[Cue, ...], idf: Idf) -> int:
    """How many of a pronoun-subject point's cues come before a clause that names its own subject
    (all of them when there is none)."""
    m = _NAMED_CLAUSE.search(text)
    return _cues_before(text, m.start(), idf) if m else len(found)


def _contrast_cues(text: str, shape, idf: Idf) -> dict[str, tuple[int, int]]:
    """The cue numbers [start, end) on each side of the point's contrast (``word_order.contrast_sides``)."""
    if shape.contrast is None:
        return {}
    (ra, rb), (ha, hb) = shape.contrast
    return {"rejected": (_cues_before(text, ra, idf), _cues_before(text, rb, idf)),
            "held": (_cues_before(text, ha, idf), _cues_before(text, hb, idf))}


# An opening phrase of time or circumstance ("During long periods of peace, soldiers also supervised
# the farmers") sets the scene of the claim: a précis that adds another scene ("soldiers fought in wars
# and supervised the farmers") does not reverse it, so its words have no opposites. On CommonLit, 14
# summaries were told they said the opposite of that point because "war" is the opposite of "peace".
_FRAME = re.compile(r"\s*(?:during|in|at|after|before|since|throughout|under|amid|amidst|over|for)\b[^,;:.]{1,60},",
                    re.IGNORECASE)
_PREPOSITIONS_ONLY = frozenset("during in at throughout under amid amidst over for".split())


def _frame(text: str) -> re.Match | None:
    """The opening phrase of time or circumstance that sets the scene of ``text`` (``_FRAME``), or
    None. After a mere preposition a finite verb before the comma means the main clause has begun
    ("In urban slums coverage actually *declined*, from 66 to 63 percent"): there is no frame."""
    m = _FRAME.match(text)
    if m is None:
        return None
    words = re.findall(r"[\w'’-]+", m.group().lower())
    return None if words[0] in _PREPOSITIONS_ONLY and has_finite_verb(words[1:]) else m


# "Parents, rather than worksheets, are the best resource" is also said by "Worksheets are not the
# best resource; parents are": a point that weighs one thing against another is not contradicted by
# a denial of one side.
_CONTRAST = re.compile(r"\b(?:rather than|instead of|as opposed to|not\b[^.;:]*\bbut|neither\b[^.;:]*\bbut)\b"
                       r"|\w,\s+not\s+(?!only\b|least\b|even\b)", re.IGNORECASE)  # "prudence, not haste, preserves …"
_WORD = re.compile(r"\w+")
_COMPARISON_ENDS = re.compile(r"[,;:.!?()]|\b(?:and|but|while|whereas|so)\b", re.IGNORECASE)
_LINKING = frozenset("grow grows grew grown growing get gets got getting".split())
_ADJECTIVES = frozenset("""
cold hot warm cool dark light old young rich poor weak strong tired angry worse better more less quiet
loud thin fat large small big long short dry wet scarce rare common tense calm bored worried restless
""".split())


# "Only a third approved of the plan" is also said by "few approved of the plan" and "not many
# approved": what a point says after a small share is not contradicted by a denial (an opposite word
# still can; and what it says before, "most supported the food collection, but only a third …", can
# be). A point with "few" itself is read as a denial (``negation``), so "most" reverses it.
_SMALL_SHARE = re.compile(r"\b(?:only|just|merely)\s+(?:about\s+|around\s+|some\s+)?(?:a\s+|one\s+)?"
                          r"(?:third|quarter|fifth|tenth|fraction|minority|handful|small\s+(?:number|share|part)|"
                          r"\d+(?:\.\d+)?\s*(?:per\s*cent|percent|%)|one\s+in\b)"
                          r"|\ba\s+(?:small\s+|tiny\s+)?minority\b|\ba\s+small\s+(?:number|share)\b"
                          r"|\bsmall\s+in\s+number\b", re.IGNORECASE)


def _cues_before(text: str, offset: int, idf: Idf) -> int:
    """How many cues of ``text`` come before ``offset`` (a character offset into it)."""
    return len(cues(text[:offset], idf))


def _turn_cues(text: str, turn: tuple[int, int, int, int], idf: Idf) -> tuple[int, int, int, int]:
    """A ``word_order.causal_split`` or ``sequence_split`` with its offsets as counts of the cues before them."""
    way, at, first, last = turn
    if not way:
        return 0, -1, -1, -1
    return way, _cues_before(text, at, idf), _cues_before(text, first, idf), _cues_before(text, last, idf)


def _cue_at(text: str, start: int, idf: Idf) -> int:
    """The index of the cue that is the word starting at offset ``start`` of ``text``, or -1."""
    if start < 0:
        return -1
    n = _cues_before(text, start, idf)
    return n if _cues_before(text, _word_end(text, start), idf) == n + 1 else -1


def _links_an_adjective(text: str, term: Term) -> bool:
    """Whether ``term`` is "grow" or "get" as a linking verb ("when summers *grow* warmer", "as
    the nights *got* colder"): it says "become", so "shrink" or "lose" is no opposite of it."""
    if term.word.lower() not in _LINKING:
        return False
    after = next_word(text, term.span.end)
    return after in _ADJECTIVES or after.endswith(("er", "ier"))


def _compared_with(text: str, term: Term) -> bool:
    """Whether ``term`` is what the point compares with ("loses more ice than it *gains*"): its
    opposite ("shrinks") says the point's own side of the comparison, not the reverse of it."""
    return any(m.end() <= term.span.start and not _COMPARISON_ENDS.search(text, m.end(), term.span.start)
               for m in THAN.finditer(text, 0, term.span.start))


def _word_end(text: str, start: int) -> int:
    """The end of the word that starts at offset ``start`` of ``text``."""
    return _WORD.match(text, start).end()  # type: ignore[union-attr]


def _small_share_at(text: str, idf: Idf) -> int:
    """How many of ``text``'s cues come before its first small share ("only a third"), or -1."""
    m = _SMALL_SHARE.search(text)
    return _cues_before(text, m.start(), idf) if m else -1


# "It neither satisfies the moral sense nor calls forth pity" is said of something an earlier sentence
# named; a précis that says a tragedy should satisfy the moral sense is about another subject. A
# point whose subject is a bare pronoun is not contradicted by a denial (an opposite word still can).
_PRONOUN_SUBJECT = re.compile(r"\W*(?:it|this|that|these|those|they|he|she)\s+(?!of\b|is\s+why\b)"
                              # "It would be a mistake to …", "It is clear that …": no one is "it"
                              r"(?!(?:is|was|would\s+be|will\s+be|may\s+be|seems|seemed)\s+(?:(?:a|an|the|not|quite|"
                              r"very|often|always|no)\s+)*(?:mistake|error|wrong|right|foolish|wise|unwise|important|"
                              r"necessary|possible|impossible|easy|hard|difficult|clear|true|likely|unlikely|idle|vain|"
                              r"useless|better|best|folly)\s+(?:to|that)\b)", re.IGNORECASE)


# Only a reversal of one of a point's heavier words, in a point of one short claim, is read as a
# contradiction: long sentences hedge ("not from bad to good, but …") too often.
CONTRADICTION_MAX_CUES = 14


def telling_weight(found: tuple[Cue, ...], long: bool = False) -> float:
    """The median cue salience of a short point; infinity for a long one (never contradicted as a
    whole). ``long``: the median for a long point too (and infinity for a short one), for a
    reversal of one of its stretches said whole (``matcher._stretch_said``)."""
    if (len(found) > CONTRADICTION_MAX_CUES) != long:
        return float("inf")
    weights = sorted(c.salience for c in found)
    return weights[len(weights) // 2]
