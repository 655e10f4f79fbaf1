"""The content mark: how much of the passage's substance a précis carries, out of 8.

Five continuous parts, each 0..1 (see ``ContentEvidence``), are combined by a small
monotone model whose coefficients live in ``tutor/core/calibration.py`` and are fitted
by ``tools/fit_content.py`` against human content scores (CommonLit student summaries,
fitted on one prompt, reported on the other):

* key-point coverage: the weighted coverage of the key points (a contradicted point
  counts 0);
* term recall: the share of the passage's distinct content words (weighted by how often
  the passage uses them) that the précis echoes, by lemma, stem or synonym, relative to
  what a model précis reaches;
* amount: how much relevant text there is, relative to the target length (at most the
  target's worth of the words not in clauses that contradict the passage, scaled down when
  fewer than ``calibration.RELEVANT_SHARE`` of its content words echo the passage and fewer
  than ``STATED_RELEVANT`` of its sentences state something of it: see ``relevance``);
* statements: how many of its sentences state something of the passage (two or more of its
  content words echo the passage, or the sentence is the evidence for a covered key point),
  relative to the target length or, beyond its band, to the précis's own length (one per
  ``WORDS_PER_STATEMENT`` words): at the same length, a précis of several distinct
  statements carries more of the passage than one long sentence;
* copying: the share of the précis copied from the passage in runs of five words or more
  (close paraphrase counts against own words, not here: the fit was made without it);
* contradiction: the share of the key points' weight that the précis says the opposite of.

The model is ``8 × (wK·coverage + wR·recall + wA·amount + wS·statements) × (1 − κ·excess copying)
× (1 − λ·contradiction)`` with non-negative weights that sum to 1, 0 ≤ κ ≤ 1 and λ =
``CONTRADICTION_PENALTY``, so more coverage, recall, relevant text or statements never lowers the
mark, more copying or contradiction never raises it, a précis that carries everything in its own
words earns 8, and one that carries nothing earns 0.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from tutor.core import calibration
from tutor.core.keypoints.commonness import distinctiveness
from tutor.core.keypoints.grammar_words import FINITE_VERBS, has_finite_verb
from tutor.core.keypoints.synonyms import match_keys
from tutor.core.keypoints.words import Term, term_key
from tutor.core.misspelling import NearWords, near_words
from tutor.core.reading import PrecisSentence
from tutor.core.span import Span
from tutor.core.target import DEFAULT_TOLERANCE


# Quoting a phrase or two is part of summarising; a précis copied beyond this share loses content.
COPYING_ALLOWED = 0.5
# A key point the précis says the opposite of costs the whole content mark twice that point's share
# of the key points' weight: misreporting the passage is worse than leaving an idea out, and the
# contradicting sentence still reads as a statement about the passage. By design, not fitted:
# CommonLit's human scores do not mark reversals (the tutor finds one in 9 of its 4,066 summaries,
# and the penalty moves its correlation by less than 0.001). With it, one point in ten said the
# opposite of costs about 1.5 of the 8 points where leaving it out costs about 0.3.
CONTRADICTION_PENALTY = 2.0
# A sentence states something of the passage when this many of its content words echo it (or it is
# the evidence for a covered key point); a précis of the target length holds about one such
# statement per this many words (précis sentences run 15 to 25 words). Both by design; the
# count of statements, length held fixed, agrees with CommonLit's human content scores
# (partial Spearman 0.28 and 0.24 per prompt, against 0.12 and 0.09 for the relevant words).
# Under a teacher's key points, a précis that says a third of them (a partial point counting half)
# earns the length-led parts of the mark in full; one that says none keeps a fifth of them. By
# design, from helper-46's pack (four passages, 32 précis judged point by point): the off-topic
# précis on the passage's subject earned 5.2 and 5.9 of 8, above the précis that gave half the
# points; one point taken for partly said by chance ("the government should build" for "officials
# say …") should not undo it.
CARRIED_FULL = 1 / 3
CARRIED_FLOOR = 0.2
STATEMENT_TERMS = 2
WORDS_PER_STATEMENT = 20
# A "sentence" of at least this many items between commas, none longer than NOTES_WORDS words, is
# a list of notes ("Ashby, paper mill, closed, 2009, workshops, railway, …"): it names the passage's
# words but states nothing of it ("The middle class included merchants, traders, …" and "They sold
# jewelry, pottery, …" have a clause and are statements). By design; on CommonLit 3 of 17,358
# summary sentences are such lists ("Gods,Pharoahs,Nobles and Priests,Viziers and scribe,soldiers,…").
NOTES_ITEMS = 5
NOTES_WORDS = 3
_ITEM_BREAK = re.compile(r"[,;/]")
# A précis with at least this share of its words in sentences that state something of the passage is
# about the passage, whatever share of its other words the passage uses (a student who writes "a
# fatal flaw" for "some error or frailty" still writes about the passage). By design; on CommonLit
# it recovers most of what the echo gate costs real summaries (Spearman 0.836 → 0.842 on dev_eval's
# sample, 39c16e 0.817 → 0.832).
STATED_RELEVANT = 0.5
STATED_FROM = 1 / 3  # … and below this share, none of it: a précis on another subject reaches it by chance
# … where such a sentence counts only if this share of its content words echo the passage and one
# of them is a word the passage uses more than once: a sentence on another subject echoes two or
# three words by chance ("year", "week", "city"), seldom the passage's own subject.
ABOUT_SHARE = 0.25
# A sentence with fewer than this share of its content words echoing the passage, none of them a
# word the passage uses more than once, and no key point covered in it, is on another subject: its
# words add nothing to the amount and it states nothing, so a long sentence about cricket beside one
# about the passage cannot carry itself on its neighbour's echo. By design, from the share of words
# in such sentences (before the exceptions below): 1.0% of real summaries' words on CommonLit (a
# sample of 800), none in the bundled model précis, 63% in the summaries of the other prompt and 60%
# in the bundled model précis checked against another passage.
OFF_SUBJECT_BELOW = 0.2
# … judged only in a sentence with this many content words (fewer are too little evidence: "Her
# bravery saved many lives."), and never in one that names the passage ("the writer tells of …"),
# or continues the sentence before it ("This shows …", "They do all this …") after one on the
# subject. By design, on a review's 110 faithful and 25 off-topic sentences written for it: faithful
# flagged 28 → 9 (all nine paraphrases in wholly other words), off-topic caught 15 → 14. A key point
# covered in part is no sign: a cricket sentence "covers" one by chance ("losing … young").
OFF_SUBJECT_MIN_TERMS = 4
# A précis is about the passage, whatever share of all its words echo it, when most of its text is in
# sentences that name the passage's subject: one of its SUBJECT_WORDS most distinctive repeated words
# ("tragedy", "pity", "plots"; "pharaohs", "vizier"), by stem or misspelt by a letter. Full from
# SUBJECT_RELEVANT of its words, none below SUBJECT_FROM, in proportion between. By design, from
# the share of words in such sentences: on CommonLit, median 0.88 and 0.67 in each prompt's own
# summaries, 0.00 (90th percentile 0.00 and 0.11) in the other prompt's; the bundled model précis
# median 0.75 against their own passage and 0.00 (90th percentile 0.25, at most 0.59) against the
# others. A student who writes "a normal character makes a mistake that leads to his downfall" about
# a tragedy echoes few of the passage's words but is not on another subject (dev_eval content
# 0.848 → 0.854, partial given length 0.301 → 0.318; all 4,066 summaries 0.868 → 0.870).
SUBJECT_WORDS = 5
SUBJECT_RARITY = 0.5  # … of words no commoner than this (``commonness.distinctiveness``): not "use" or "people"; no numbers
SUBJECT_FROM = 1 / 3
SUBJECT_RELEVANT = 2 / 3
_META = frozenset(term_key(w) for w in """
author writer passage text article essay extract excerpt story narrative poem poet speech chapter
""".split())
_CONTINUING = re.compile(r"\W*(?:this|these|those|such|it|its|they|them|their|he|she|his|her|so|thus|"
                         r"therefore|hence|overall|consequently)\b", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class PassageTerms:
    """The passage side of term recall, built once per passage: each content stem with its
    weight (1 + ln of its count), and every match key any passage word has."""

    weights: dict[str, float]
    keys_of: dict[str, tuple[str, ...]]  # stem → the match keys of its first occurrence
    keys: frozenset[str]
    stems: frozenset[str]  # the stem keys alone: see ``echoes``
    near: NearWords  # the passage's words, to recognise them misspelt
    topic: frozenset[str] = frozenset()  # stem keys of the words the passage uses more than once
    subject: frozenset[str] = frozenset()  # stems of its SUBJECT_WORDS most distinctive repeated words
    subject_near: NearWords = near_words(())  # … to recognise them misspelt

    def names_subject(self, sentence: PrecisSentence) -> bool:
        """Whether a précis sentence uses one of the passage's subject words (``SUBJECT_WORDS``)."""
        return any(t.key in self.subject or self.subject_near.match(t.word) for t in sentence.terms)

    def echoes(self, word: str, keys: tuple[str, ...]) -> bool:
        """Whether a précis word (``word`` normalised, ``keys`` its match keys) echoes the
        passage: by its stem or a lemma's stem, or as a passage word misspelt by one letter
        ("tradgedy" for "tragedy": ``misspelling``). Synonym groups do not count here: they
        would let a précis of another passage echo a quarter of this one's words by chance;
        stems alone give about a tenth (the bundled model précis against the other passages:
        median 0.13, at most 0.33, against at least 0.63 for their own passage)."""
        if any(k in self.stems for k in keys):
            return True
        return self.near.match(word) is not None


# The words a summary frames the passage with ("the author argues", "the main idea", "lastly"): they
# are about the passage whether or not the passage uses them, so relevance is judged without them.
FRAME_WORDS = frozenset(term_key(w) for w in """
author writer passage text article essay extract excerpt paragraph summary chapter story
believe believes believed think thinks thought state states stated say says said note notes noted
claim claims claimed argue argues argued explain explains explained describe describes described
suggest suggests suggested mention mentions mentioned write writes wrote discuss discusses discussed
point points idea ideas main also lastly finally firstly secondly thirdly overall conclude concludes
conclusion example examples
""".split())


def passage_terms(terms: tuple[Term, ...], known: tuple[Term, ...] = ()) -> PassageTerms:
    """``terms``: the passage's content terms (``keypoints.words.content_terms``); ``known``:
    terms of its title, author and question, which a précis may echo (they count towards
    relevance) though they add nothing to recall."""
    counts: dict[str, int] = {}
    keys_of: dict[str, tuple[str, ...]] = {}
    word_of: dict[str, str] = {}
    for t in terms:
        counts[t.key] = counts.get(t.key, 0) + 1
        if t.key not in keys_of:
            keys_of[t.key] = tuple(k for k, _ in match_keys(t.word, t.key))
            word_of[t.key] = t.word
    weights = {k: 1.0 + math.log(n) for k, n in counts.items()}
    keys = frozenset(k for ks in keys_of.values() for k in ks)
    stems = {k for k in keys if k.startswith("s:")}
    stems.update(k for t in known for k, _ in match_keys(t.word, t.key) if k.startswith("s:"))
    topic = frozenset(k for stem, n in counts.items() if n > 1 for k in keys_of[stem] if k.startswith("s:"))
    rarity = {k: distinctiveness(word_of[k]) for k, n in counts.items() if n > 1 and word_of[k].isalpha()}
    distinct = {k: weights[k] * r for k, r in rarity.items() if r >= SUBJECT_RARITY}
    subject = sorted(distinct, key=lambda k: (-distinct[k], k))[:SUBJECT_WORDS]
    return PassageTerms(weights, keys_of, keys, frozenset(stems), near_words(t.word for t in (*terms, *known)), topic,
                        frozenset(subject), near_words(word_of[k] for k in subject))


@dataclass(frozen=True, slots=True)
class ContentEvidence:
    """The parts of the content mark, each 0..1."""

    coverage: float  # weighted key-point coverage
    recall: float  # passage term recall relative to a model précis (capped at 1)
    amount: float  # relevant words relative to the target (capped at 1)
    copying: float  # share of the précis's words in copied runs, of those not on another subject (close paraphrase is not counted here)
    relevant_words: int  # words about the passage, in sentences that do not contradict it
    words: int = 0  # all words of the sentences that do not contradict the passage
    echo: float = 0.0  # share of their content words whose stem or lemma the passage uses, 0..1
    statements: float = 0.0  # sentences that state something of the passage, relative to the target (capped at 1)
    stated_share: float = 0.0  # share of those sentences' words in sentences about the passage (see ``relevance``), 0..1
    subject_share: float = 0.0  # share of their words in sentences that name the passage's subject (``SUBJECT_WORDS``), 0..1
    off_subject: int = 0  # of ``words``, those in sentences on another subject (``OFF_SUBJECT_BELOW``)
    off_subject_spans: tuple[Span, ...] = ()  # those sentences, [start, end) into the précis text
    contradicted: float = 0.0  # share of the required key points' weight the précis says the opposite of, 0..1
    carried: float = 1.0  # share of a teacher's required key points' weight said (partial counts half), 0..1 (1 otherwise)

    def to_json(self) -> dict:
        return {"coverage": round(self.coverage, 3), "recall": round(self.recall, 3),
                "amount": round(self.amount, 3), "copying": round(self.copying, 3),
                "relevant_words": self.relevant_words,
                "statements": round(self.statements, 3), "stated_share": round(self.stated_share, 3),
                "subject_share": round(self.subject_share, 3),
                "off_subject_words": self.off_subject, "contradicted": round(self.contradicted, 3),
                "carried": round(self.carried, 3),
                "off_subject_spans": [[x.start, x.end] for x in self.off_subject_spans]}


def content_evidence(passage: PassageTerms, coverage: float, sentences: tuple[PrecisSentence, ...],
                     contradicting: tuple[Span, ...], target_words: int, copying: float,
                     supporting: tuple[Span, ...] = (), text: str = "", contradicted: float = 0.0,
                     carried: float = 1.0) -> ContentEvidence:
    """The parts of the content mark for one précis.

    ``sentences``: the body's sentences (``reading.PrecisReading.sentences``), spans into the
    précis text; ``contradicting``: précis spans that say the opposite of a key point (a
    sentence that is mostly such a span adds nothing; in a longer one, the content words
    inside the span and their share of its words add nothing); ``supporting``: précis spans
    that cover a key point (their sentences are about the passage, in whatever words: a
    paraphrase that uses none of the passage's own words is not off the subject); ``text``: the
    précis text the spans point into (a sentence's opening words say whether it
    continues the one before); ``coverage``, ``copying`` and ``contradicted`` (the share of the
    required key points' weight said the opposite of: ``Coverage.contradicted_share``) are 0..1;
    ``carried`` (0..1) is the share of a teacher's key points said, a partial one counting half
    (``Coverage.carried_share``), 1 where the key points are not a teacher's;
    ``target_words`` is the target length in words."""
    echoed: set[str] = set()
    words = terms = hits = statements = counted = about = off_subject = naming = 0
    elsewhere: list[Span] = []  # sentences on another subject
    previous_on = False  # whether the sentence before was on the subject
    for sentence in sentences:
        kept = tuple(t for t in sentence.terms if not any(t.span.overlaps(c) for c in contradicting))
        if len(kept) * 2 < len(sentence.terms) or not kept:
            continue  # the sentence is mostly a claim the passage denies
        keys = [tuple(k for k, _ in match_keys(t.word, t.key)) for t in kept]
        # Words in proportion to the content terms kept: a clause that says the opposite of the
        # passage adds nothing; the rest of a long sentence (a learner's run-on) still counts.
        its_words = round(sentence.words * len(kept) / len(sentence.terms))
        framed = [(t, ks) for t, ks in zip(kept, keys) if t.key not in FRAME_WORDS]
        terms += len(framed)
        if any(sentence.span.overlaps(c) for c in supporting):
            said = len(framed)
        else:
            said = sum(1 for t, ks in framed if passage.echoes(t.word, ks))
        hits += said
        counted += sentence.words  # in words: one long sentence on another subject weighs its length
        words += its_words
        on_topic = any(k in passage.topic for _, ks in framed for k in ks)
        if _off_subject(sentence, len(framed), said, on_topic, previous_on, text):
            off_subject += its_words
            elsewhere.append(sentence.span)
            previous_on = False
            continue
        previous_on = True
        naming += sentence.words if passage.names_subject(sentence) else 0
        statements += said >= STATEMENT_TERMS and not (text and is_notes(sentence.span.of(text)))
        about += sentence.words if (said >= STATEMENT_TERMS and said >= ABOUT_SHARE * len(framed) and on_topic) else 0
        echoed.update(k for ks in keys for k in ks)
    echo = hits / terms if terms else 0.0
    share = about / counted if counted else 0.0
    naming_share = naming / counted if counted else 0.0
    on_subject = words - off_subject
    relevant = round(on_subject * relevance(echo, share, naming_share))
    total = sum(passage.weights.values())
    got = sum(w for k, w in passage.weights.items() if any(x in echoed for x in passage.keys_of[k]))
    recall = min(1.0, (got / total if total else 0.0) / calibration.RECALL_FULL)
    amount = amount_of(on_subject, echo, target_words, share, naming_share)
    # Beyond the length band, statements per word: padding a précis with sentences adds no content.
    room = max(target_words, words / (1 + DEFAULT_TOLERANCE))
    stated = min(1.0, statements * WORDS_PER_STATEMENT / room) if target_words else 0.0
    if off_subject and words > off_subject:  # copying is a share of what is about the passage: padding does not dilute it
        copying = min(1.0, copying * words / (words - off_subject))
    return ContentEvidence(coverage, recall, amount, copying, relevant, words, echo, stated, share, naming_share,
                           off_subject, tuple(elsewhere), contradicted, carried)


def is_notes(sentence: str) -> bool:
    """Whether a sentence is a list of notes rather than a statement (``NOTES_ITEMS``)."""
    items = [x.split() for x in _ITEM_BREAK.split(sentence)]
    items = [x for x in items if x]
    return len(items) >= NOTES_ITEMS and all(len(x) <= NOTES_WORDS for x in items) \
        and not any(_clause(x) for x in items)


def _clause(item: list[str]) -> bool:
    """Whether an item of a list holds a clause: a verb of the closed list beside another word
    ("were soldiers"), or any finite verb in three words ("They sold jewelry"); "grants halved"
    and "closed" are notes."""
    words = [w.lower().strip(".,;:!?\"'()") for w in item]
    return (len(words) > 1 and any(w in FINITE_VERBS for w in words)) or \
        (len(words) >= NOTES_WORDS and has_finite_verb(words))


def _off_subject(sentence: PrecisSentence, framed: int, said: int, on_topic: bool, previous_on: bool,
                 text: str) -> bool:
    """Whether a sentence with ``framed`` content words (frame words left out), ``said`` of them
    echoing the passage, is on another subject (``OFF_SUBJECT_BELOW`` and what follows it)."""
    if framed < OFF_SUBJECT_MIN_TERMS or said >= OFF_SUBJECT_BELOW * framed or on_topic:
        return False
    if any(t.key in _META for t in sentence.terms):
        return False
    return not (previous_on and text and _CONTINUING.match(text, sentence.span.start))


def amount_of(words: int, echo: float, target_words: int, stated_share: float = 0.0,
              subject_share: float = 0.0) -> float:
    """The amount part, 0..1: the relevant share of at most ``target_words`` of the précis's
    ``words`` (``echo``, ``stated_share`` and ``subject_share`` 0..1, see ``relevance``), relative to the target, to
    ``calibration.AMOUNT_EXPONENT``. Words beyond the target add nothing, so twenty thousand
    words that echo the passage by chance cannot add up to a précis's worth."""
    if target_words <= 0:
        return 0.0
    relevant = round(min(words, target_words) * relevance(echo, stated_share, subject_share))
    return min(1.0, relevant / target_words) ** calibration.AMOUNT_EXPONENT


def relevance(echo: float, stated_share: float = 0.0, subject_share: float = 0.0) -> float:
    """How much of a précis's text counts as about the passage, 0..1, from ``echo``, the share
    of its content words that echo the passage (0..1), and ``stated_share``, the share of its
    sentences that state something of the passage (0..1). By echo: all of it from
    ``calibration.RELEVANT_SHARE``, below that in proportion to a power of the share, so
    misspellings cost little and a paragraph on another subject that shares a few common words
    with the passage counts for next to nothing. By statements: all of it once
    ``STATED_RELEVANT`` of its words are in sentences that state something of the passage,
    none of it below ``STATED_FROM``, in proportion between: a précis in its own words is not
    taken for one on another subject, and one on another subject with a sentence here and
    there that echoes the passage by chance gains nothing (real summaries on CommonLit are at
    0.5 or more in 19 of 20). By subject: all of it once ``SUBJECT_RELEVANT`` of its words are in
    sentences that name the passage's subject (``subject_share``), none below ``SUBJECT_FROM``, in
    proportion between. The largest of the three counts. The share is fitted on CommonLit (``tools/fit_content.py``); the
    power is 3 by design (see ``POWERS`` there)."""
    share = calibration.RELEVANT_SHARE
    by_echo = min(1.0, echo / share) ** calibration.RELEVANCE_EXPONENT if share > 0 else 1.0
    by_statements = (stated_share - STATED_FROM) / (STATED_RELEVANT - STATED_FROM)
    by_subject = (subject_share - SUBJECT_FROM) / (SUBJECT_RELEVANT - SUBJECT_FROM)
    return max(by_echo, min(1.0, max(0.0, by_statements, by_subject)))


def content_ratio(e: ContentEvidence) -> float:
    """The content mark as a share of its 8 points (0..1), by the fitted monotone model; under a
    teacher's key points, the parts that reward writing about the passage count only as far as
    the précis says the teacher's points (``carried_factor``)."""
    w = calibration.CONTENT_WEIGHTS
    base = w["coverage"] * e.coverage + (w["recall"] * e.recall + w["amount"] * e.amount
                                         + w["statements"] * e.statements) * carried_factor(e.carried)
    kept = (1.0 - calibration.COPYING_PENALTY * excess_copying(e.copying)) * contradiction_factor(e.contradicted)
    return max(0.0, min(1.0, base * kept))


def carried_factor(carried: float) -> float:
    """How much of the length-led parts of the mark (amount, statements, recall) stands, 0..1, when
    ``carried`` (0..1) of a teacher's key points are said (``Coverage.carried_share``): all of it from
    ``CARRIED_FULL``, down to ``CARRIED_FLOOR`` when none is. A teacher's key points are the content
    an examiner marks; a précis that writes about buses without one of the points of a passage
    on free buses says nothing of it, however long. Not applied to automatic key points: on
    CommonLit such a gate costs Spearman 0.871 → 0.82 (their statuses are too rough to gate on)."""
    return min(1.0, CARRIED_FLOOR + (1.0 - CARRIED_FLOOR) * carried / CARRIED_FULL)


def contradiction_factor(contradicted: float) -> float:
    """What is left of the content mark, 0..1, when ``contradicted`` (0..1) of the key points'
    weight is said the opposite of (``CONTRADICTION_PENALTY``)."""
    return max(0.0, 1.0 - CONTRADICTION_PENALTY * contradicted)


def excess_copying(copying: float) -> float:
    """How far beyond ``COPYING_ALLOWED`` the copied share goes, 0..1 (all copied → 1)."""
    return max(0.0, copying - COPYING_ALLOWED) / (1.0 - COPYING_ALLOWED)
