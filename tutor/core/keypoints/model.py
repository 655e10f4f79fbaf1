"""The results the key-point code hands to the report and the GUI."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from tutor.core.span import Span

COVERED, PARTIAL, MISSING = "covered", "partial", "missing"
CONTRADICTED = "contradicted"  # the précis says the opposite of the point
DETAIL = "detail"  # coverage-map colour of optional detail, whatever the précis did with it
SOURCES = ("authored", "model", "automatic")


@dataclass(frozen=True, slots=True)
class Cue:
    """A content word a précis should echo: ``weight`` is its informativeness in the
    passage, ``keys`` what it can match (stem, synonym groups, …) with the credit each earns,
    ``denied`` whether the wording says it does not hold."""

    word: str
    weight: float
    keys: tuple[tuple[str, float], ...]
    denied: bool = False  # said not to hold ("did not *endorse*")
    negative: bool = False  # in a clause with a negator
    opposites: tuple[str, ...] = ()  # match keys of words that say the opposite ("approved" for "rejected")
    alike: tuple[str, ...] = ()  # match keys of words that point the same way ("shrink" for "fall")
    # Its weight in the passage alone (IDF), before scaling by commonness in English: what decides
    # whether reversing it contradicts the point ("finished", "greatest" say which way a claim goes,
    # however common they are).
    salience: float = 1.0
    not_before: bool = False  # denied by "not", "never" or "n't" right before it ("does not *lie*"), not by "no"
    by_us: bool = False  # said with "we", "you" or "I" as its subject ("we must *choose*")
    clause: int = 0  # which stretch of its wording, between punctuation marks, it stands in (0 the first)
    # A précis that denies it contradicts nothing: "stop" before a gerund (the gerund carries the claim:
    # "cannot *stop* ageing", "cannot stop it"), a change's starting figure ("rose from *6%* to 22%":
    # "22%, not 6%" says the same)
    settled: bool = False
    side: int = 0  # which side of its wording it stands on (``word_order.SIDE_END``; 0 the first)
    intended: bool = False  # only meant or attempted ("promised to *raise* taxes"; ``negation.intended``)


@dataclass(frozen=True, slots=True)
class Wording:
    """One wording that counts for a key point, as cues; ``core`` is the cue weight a
    window must echo to cover it fully (less than the total for a long, detailed wording).
    ``whole``: an accepted wording, already minimal, covered only when nearly all echoed.
    ``telling``: the least salience of a cue whose reversal contradicts the point (see
    ``cues.wording``)."""

    cues: tuple[Cue, ...]
    core: float
    whole: bool = False
    salient_core: float = 0.0  # ``core`` in the cues' salience: what a contradiction weighs how much of the point a place is about by
    telling: float = float("inf")  # a reversal of a cue this heavy contradicts the point (inf: none can)
    # … and in a long point (``telling`` inf), a cue this heavy reversed contradicts it where the précis says
    # the whole stretch that holds it ("In urban slums coverage actually *declined*, from 66 to 63 percent, …")
    stretch_telling: float = float("inf")
    contrast: bool = False  # weighs one thing against another ("A rather than B"): a denial may be its other side
    anaphoric: bool = False  # its subject is a bare pronoun ("It neither satisfies …"): what is denied of it is unknown
    # … for its first this many cues: a clause after "that" with a subject of its own ("He understood
    # that the old man had never planted for himself") says who is denied what
    anaphoric_upto: int = 0
    small_share_at: int = -1  # cues before a small share ("only a third approved": "few approved" restates what follows), or -1
    roles: tuple[int, int, int] | None = None  # cue indices of subject, verb, object (``word_order.roles_of``)
    passive: bool = False  # it has a passive verb (``word_order.shape_of``)
    participle: int = -1  # the cue that is its passive participle ("was *opposed* by"), or -1
    # which way it says a cause (``word_order.causal_split``), the cues before its turn, and the cues
    # [first, last) of the stretch its two sides share
    causal: tuple[int, int, int, int] = (0, -1, -1, -1)
    order: tuple[int, int, int, int] = (0, -1, -1, -1)  # … and which way it orders two events (``sequence_split``)
    change: tuple[tuple[float, float], ...] = ()  # the figures each change went from and to (``word_order.change_of``)
    never_before: bool = False  # a denial with "before" after it (``word_order.Shape.never_before``)
    exception: tuple[int, str] = (0, "")  # who alone did it, or alone did not (``word_order.exception_of``)
    # pairs of cue numbers (n < m) where one cue is an opposite of the other ("lost" … "profit")
    opposed: tuple[tuple[int, int], ...] = ()
    comparison: int = 0  # +1 compares with "more", -1 with "less" / "fewer" (``word_order.shape_of``)
    compared: int = 0  # how many cues come before the comparative
    quantified: bool = False  # the comparative stands right before cue number ``compared`` ("more *women*")
    than: int = 0  # how many cues come before the "than" of its comparison (0: none)
    sequence: int = 0  # +1 it says "after" a thing, -1 "before" (``word_order.shape_of``)
    sequenced: int = -1  # the cue right after that word ("after the first *rains*"), or -1
    preferred: int = 0  # how many cues come before "rather than" / "prefer … to" (0: none)
    preferred_upto: int = 0  # … and before the comma closing "X, rather than Y," (0: the end)
    rejected: tuple[int, int] = (0, 0)  # cue numbers [start, end) of the side a contrast rejects ("not *A* but B")
    held: tuple[int, int] = (0, 0)  # … and of the side it holds ("not A but *B*"); (0, 0): no contrast


@dataclass(frozen=True, slots=True)
class KeyPoint:
    """One idea of the passage a précis should carry.

    ``source_span`` is where the idea stands in the passage (``source_parts`` the
    pieces, when a clause is set inside another). ``optional`` marks supporting
    detail (an example, a quotation, an incidental date) that a précis may leave
    out. ``wordings`` are the prepared cues of each wording that counts (the
    text, each accepted wording, the passage source), built once per passage.
    """

    id: str
    text: str
    weight: float
    source_span: Span
    optional: bool = False
    accept: tuple[str, ...] = ()
    source_parts: tuple[Span, ...] = ()
    wordings: tuple[Wording, ...] = field(default=(), compare=False, repr=False)

    @property
    def parts(self) -> tuple[Span, ...]:
        return self.source_parts or (self.source_span,)


@dataclass(frozen=True, slots=True)
class KeyPointCoverage:
    point: KeyPoint
    status: str  # COVERED, PARTIAL, MISSING or CONTRADICTED
    score: float  # coverage 0..1: how much of the idea the best evidence says (0 when contradicted)
    evidence_span: Span | None  # into the précis text as read (title line included)
    missing_terms: tuple[str, ...] = ()

    @property
    def credit(self) -> float:
        """What the point earns towards key-point coverage, 0..1: full from the covered
        threshold, in proportion to the coverage value below it (so a missing point's faint
        echo earns a little, as human content scores reward it), nothing when contradicted.
        On CommonLit's human content scores this ranks summaries better than the former
        credit, which started only at half the partial threshold (Spearman 0.49 and 0.73 per
        prompt, against 0.39 and 0.67; ``tools/fit_content.py``)."""
        from tutor.core import calibration

        if self.status == CONTRADICTED:
            return 0.0
        return max(0.0, min(1.0, self.score / calibration.COVERED_FROM))

    @property
    def advice(self) -> str:
        """One line for the student about a point that is not fully covered."""
        if self.status == COVERED:
            return ""
        if self.point.optional:
            return f"Detail a précis can leave out: {self.point.text}"
        if self.status == MISSING:
            return f"Missing: {self.point.text}"
        if self.status == CONTRADICTED:
            return f"Says the opposite of the passage: {self.point.text}"
        part = missing_part(self.point.text, self.missing_terms)
        lacking = f" Not yet said: {part}." if part else ""
        return f"Only partly covered: {self.point.text}{lacking}"


# A statement breaks into phrases at punctuation and before the words that open a clause or phrase.
_PHRASE_BREAK = re.compile(r"(?<=[,;:])\s+|\s+(?=(?:and|but|or|because|which|who|whose|that|when|where|while|whereas|"
                           r"although|though|since|so|as|if|unless|for|with|without|by|from|in|on|at|after|before|"
                           r"through|despite|into|rather\s+than|(?<!rather\s)than)\b)", re.IGNORECASE)


_THAN = re.compile(r"than\b", re.IGNORECASE)
_LEADING_JOINER = re.compile(r"^(?:and|but|or|so)\s+", re.IGNORECASE)


def missing_part(text: str, missing_words: tuple[str, ...]) -> str:
    """The phrases of a key point's statement that hold the words a précis left out, in the
    point's own plain words ("sell their harvest … when prices are lowest"), or "" when
    none of them is in the statement or they are all of it."""
    from tutor.core.keypoints.words import content_terms, term_key

    wanted = {term_key(w) for w in missing_words}
    pieces = [p for p in _PHRASE_BREAK.split(text.strip().rstrip(".")) if p and p.strip()]
    lacking = [sum(1 for t in content_terms(p) if t.key in wanted) for p in pieces]
    chosen = [n > 0 for n in lacking]
    if all(chosen):  # every phrase lacks something: name those that lack most
        chosen = [n == max(lacking) for n in lacking]
    # "than farms" says nothing alone: the comparison it ends ("more water than farms") goes with it.
    chosen = [c or (n + 1 < len(pieces) and chosen[n + 1] and _THAN.match(pieces[n + 1]) is not None)
              for n, c in enumerate(chosen)]
    if not any(chosen) or all(chosen):
        return ""
    runs: list[list[str]] = []
    for piece, keep, kept_before in zip(pieces, chosen, [False] + chosen[:-1]):
        if keep:
            (runs[-1].append(piece) if kept_before and runs else runs.append([piece]))
    return " … ".join(_LEADING_JOINER.sub("", " ".join(r).strip(" ,;:")) for r in runs)


@dataclass(frozen=True, slots=True)
class Coverage:
    source: str  # one of SOURCES
    points: tuple[KeyPointCoverage, ...]  # in passage order

    @property
    def ratio(self) -> float:
        """Key-point coverage 0..1, what the content mark is built on: the weighted mean credit
        of the required points. With points from model précis (``source == "model"``) it is
        the pyramid score instead: the weight (number of models sharing the idea) of the
        points covered over the weight of all (Nenkova and Passonneau 2004), as content units
        are judged present or not. On REALSumm's manual pyramid scores (``bench/pyramid_eval.py``)
        it ranks summaries at Spearman 0.60 where the graded credit reaches 0.52.

        A point the précis says the opposite of counts against it as much as a covered point
        counts for it (floored at 0): misreporting the passage is worse than leaving an idea out,
        as an examiner marks it."""
        required = [c for c in self.points if not c.point.optional]
        total = sum(c.point.weight for c in required)
        if not total:
            return 0.0
        against = sum(c.point.weight for c in required if c.status == CONTRADICTED)
        if self.source == "model":
            return max(0.0, sum(c.point.weight for c in required if c.status == COVERED) - against) / total
        return max(0.0, sum(c.point.weight * c.credit for c in required) - against) / total

    @property
    def included_detail(self) -> tuple[KeyPointCoverage, ...]:
        """Optional detail the précis included: "detail a précis can leave out"."""
        return tuple(c for c in self.points if c.point.optional and c.status != MISSING)

    @property
    def contradicted_share(self) -> float:
        """The share (0..1) of the required points' weight that the précis says the opposite of."""
        required = [c for c in self.points if not c.point.optional]
        total = sum(c.point.weight for c in required)
        return sum(c.point.weight for c in required if c.status == CONTRADICTED) / total if total else 0.0

    @property
    def carried_share(self) -> float:
        """How much of the required points' weight the précis says (0..1), when a teacher wrote the
        points: a covered point counts whole, a partial one half; 1.0 for automatic or model points."""
        if self.source != "authored":
            return 1.0
        required = [c for c in self.points if not c.point.optional]
        total = sum(c.point.weight for c in required)
        said = {COVERED: 1.0, PARTIAL: 0.5}
        return sum(c.point.weight * said.get(c.status, 0.0) for c in required) / total if total else 1.0

    @property
    def contradicted(self) -> tuple[KeyPointCoverage, ...]:
        """Points the précis says the opposite of, in passage order."""
        return tuple(c for c in self.points if c.status == CONTRADICTED)

    @property
    def missed(self) -> tuple[KeyPointCoverage, ...]:
        """Required points the précis leaves out, only touches or contradicts, in passage order."""
        return tuple(c for c in self.points if not c.point.optional and c.status != COVERED)


def coverage_map(coverage: Coverage) -> tuple[tuple[Span, str], ...]:
    """Passage spans coloured by status (COVERED, PARTIAL, MISSING, or DETAIL for optional
    points), sorted and not overlapping: where two points share text, the later-starting
    (inner) one wins, so a clause set inside another keeps its own colour."""
    painted: list[tuple[Span, str]] = []
    for c in sorted(coverage.points, key=lambda c: c.point.source_span.start):
        status = DETAIL if c.point.optional else c.status
        for part in c.point.parts:
            if len(part):
                painted = [piece for old in painted for piece in _cut(old, part)]
                painted.append((part, status))
    return tuple(sorted(painted, key=lambda x: x[0].start))


def _cut(old: tuple[Span, str], new: Span) -> list[tuple[Span, str]]:
    """What is left of a painted span once ``new`` is painted over it."""
    span, status = old
    if not span.overlaps(new):
        return [old]
    left, right = Span(span.start, new.start), Span(new.end, span.end)
    return [(s, status) for s in (left, right) if len(s) > 0]
