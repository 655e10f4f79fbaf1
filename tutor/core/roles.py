"""Who or what a figure belongs to: the words of its clause, before it and after it.

"Exports rose 15.5% while imports surged 56.1%" gives 15.5% the role word
"exports" and 56.1% "imports". A précis that keeps the figures but trades their
role words ("Imports rose 15.5%") has moved a figure into another's role; one
that keeps the verb but trades the actors either side ("The cooperatives lent
Rs 40 crore to the provincial bank") has swapped lender and borrower.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from tutor.core.keypoints.grammar_words import AUXILIARIES
from tutor.core.keypoints.words import STOPWORDS
from tutor.core.lemmas import has_lemma
from tutor.core.scanning import text_pattern
from tutor.core.span import Span
from tutor.core.tokens import stem, terms

_CLAUSE_BREAK = re.compile(r",(?!\d)|[;:()\u2013\u2014]|\b(?:while|whereas|but|although|though|which|who|whose|when|and)\b",
                           re.IGNORECASE)
# Verbs of change and exchange: they say what happened to a figure, not whose it is.
_ACTION_VERBS = frozenset(stem(w) for w in (
    "rise rose risen rising fall fell fallen grow grew grown surge jump drop decline increase decrease reach "
    "lend lent borrow spend spent pay paid receive get got give gave climb soar plunge hit total stood stand "
    "stay remain widen narrow shrink shrank expand gain lose lost cut raise raised slip slid record recorded "
    "say said report reported estimate estimated").split())
_SCALE_WORDS = frozenset("per cent percent billion million trillion thousand hundred lakh crore bn mn tn rs usd "
                         "dollar dollars rupee rupees pound pounds euro euros fold times record almost about nearly "
                         "over some around roughly".split())
_AUXILIARY = AUXILIARIES | frozenset(("being", "getting", "get", "got"))
_WINDOW = 5
_DENIAL_WINDOW = 8  # words either side of a figure, within its clause, where a "not" denies it
# "did not get electricity until 1958" says it came in 1958: a denial before "until" and the figure
# dates the claim, it does not deny it ("got electricity only in 1958" restates it).
_UNTIL = re.compile(r"\b(?:until|till|unless)\b", re.IGNORECASE)
_DENIED_SENTENCE = re.compile(r"\s*it\s+is\s+(?:not\s+true|untrue|false)\s+that\b", re.IGNORECASE)
# "no" and "without" before a noun deny a thing ("a hospital without running water"), not the
# claim that holds the figure: only a verb's negation does.
_DENIAL = text_pattern(r"\b(?:not|never|neither|nor)\b"
                     r"(?!\s+(?:only|fewer|less|more|longer|sooner|doubt|accident|wonder|surprise)\b)|n['’]t\b",
                     re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Roles:
    """Stems of the content words in a figure's clause: ``before`` it, ``after`` it, and its ``verbs``."""

    before: frozenset[str]
    after: frozenset[str]
    verbs: frozenset[str]
    clause: Span
    denied_near: bool = False  # "not", "never", "no"... within a few words of the figure
    denied_anywhere: bool = False  # ... anywhere in its sentence
    denied_words: tuple[str, ...] = ()  # the words (lower case) the denials near it fall on ("did not *give*")

    @property
    def words(self) -> frozenset[str]:
        return self.before | self.after


def _clause_bounds(text: str, sentence: Span, figure: Span) -> Span:
    start, end = sentence.start, sentence.end
    for m in _CLAUSE_BREAK.finditer(text, sentence.start, figure.start):
        start = m.end()
    m = _CLAUSE_BREAK.search(text, figure.end, sentence.end)
    if m:
        end = m.start()
    return Span(start, end)


def _content(text: str, start: int, end: int) -> tuple[list[str], set[str]]:
    words, verbs = [], set()
    for t in terms(text, start, end):
        if t.norm in STOPWORDS or t.norm in _SCALE_WORDS or len(t.norm) < 3 or t.norm[0].isdigit():
            continue
        s = stem(t.norm)
        if s in _ACTION_VERBS or t.norm.endswith("ed"):
            verbs.add(s)
        else:
            words.append(s)
    return words, verbs


def content_words(text: str, span: Span) -> frozenset[str]:
    """Stems of the content words in ``text[span.start:span.end]``, verbs included."""
    words, verbs = _content(text, span.start, span.end)
    return frozenset(words) | verbs


def roles_of(text: str, sentence: Span, figure: Span) -> Roles:
    """The role words of the figure at ``figure`` inside ``sentence`` (offsets into ``text``)."""
    clause = _clause_bounds(text, sentence, figure)
    before, verbs_b = _content(text, clause.start, figure.start)
    after, verbs_a = _content(text, figure.end, clause.end)
    near = Span(max(clause.start, _nth_word_back(text, figure.start, _DENIAL_WINDOW)),
                min(clause.end, _nth_word_on(text, figure.end, _DENIAL_WINDOW)))
    denied_near = _denied(text, near, figure) or bool(_DENIED_SENTENCE.match(text, sentence.start))
    denied_anywhere = denied_near or _denied(text, sentence, figure)
    return Roles(frozenset(before[-_WINDOW:]), frozenset(after[:_WINDOW]), frozenset(verbs_b | verbs_a), clause,
                 denied_near, denied_anywhere, _denied_words(text, near, figure, clause.end) if denied_near else ())


def _denied(text: str, within: Span, figure: Span) -> bool:
    """Whether a negator in ``text[within.start:within.end]`` denies the claim that holds the figure
    at ``figure``: not one followed by "until" before the figure ("did not … until 1958")."""
    return any(not _UNTIL.search(text, m.end(), figure.start) for m in _DENIAL.finditer(text, within.start, within.end))


def _denied_words(text: str, within: Span, figure: Span, clause_end: int) -> tuple[str, ...]:
    """The first verb (not an auxiliary) after each negator of ``_denied``, else its first content
    word (lower case), up to the end of the clause: what it denies ("never once *let* the light go
    out", "is not among the most *vulnerable*")."""
    out = []
    for m in _DENIAL.finditer(text, within.start, within.end):
        if _UNTIL.search(text, m.end(), figure.start):
            continue
        after = terms(text, m.end(), max(within.end, clause_end))
        first = next((t for t in after if t.norm not in _AUXILIARY and t.norm.isalpha() and has_lemma(t.norm, "VERB")),
                     None) or next((t for t in after if t.norm not in STOPWORDS and len(t.norm) > 2
                                    and not t.norm[0].isdigit()), None)
        if first is not None:
            out.append(first.norm)
    return tuple(out)


def _nth_word_back(text: str, pos: int, n: int) -> int:
    starts = [m.start() for m in re.finditer(r"\S+", text[max(0, pos - 200):pos])]
    return max(0, pos - 200) + starts[-n] if len(starts) >= n else max(0, pos - 200)


def _nth_word_on(text: str, pos: int, n: int) -> int:
    ends = [m.end() for m in re.finditer(r"\S+", text[pos:pos + 200])]
    return pos + ends[n - 1] if len(ends) >= n else min(len(text), pos + 200)


# Which way a figure moved: "costs rose by Rs 410 billion" against "costs fell by Rs 410 billion".
_UP = frozenset(stem(w) for w in "rise rose risen rising grow grew grown increase increased surge surged jump jumped "
                "climb climbed soar soared gain gained widen widened expand expanded raise raised double doubled".split())
_DOWN = frozenset(stem(w) for w in "fall fell fallen falling drop dropped decline declined decrease decreased plunge "
                  "plunged shrink shrank shrunk narrow narrowed lose lost cut slip slipped slid halve halved".split())


def direction(roles: Roles) -> int:
    """+1 when the verbs of a figure's clause say it went up ("rose by a third"), -1 down ("fell"),
    0 when they say neither or both."""
    up, down = bool(roles.verbs & _UP), bool(roles.verbs & _DOWN)
    return 0 if up == down else (1 if up else -1)


def turned(precis: Roles, passage: Roles) -> bool:
    """The précis moves the figure the other way from the passage ("fell by Rs 410 billion" for
    "had risen by Rs 410 billion"), neither side denying it ("did not fall" may restate "rose")."""
    a, b = direction(precis), direction(passage)
    return a * b < 0 and not precis.denied_near and not passage.denied_near


def denies(precis: Roles, passage: Roles) -> bool:
    """One side denies, near the figure, what the other states without a denial near it
    (the passage's denial may sit anywhere in the précis's sentence, restated loosely)."""
    return precis.denied_near and not passage.denied_near or passage.denied_near and not precis.denied_anywhere


def belongs_elsewhere(precis: Roles, own: Roles, other: Roles) -> bool:
    """Whether the précis gives a figure more of the role words of ``other`` than of its ``own``,
    or the subject before ``other`` in place of its own."""
    own_only, other_only = own.words - other.words, other.words - own.words
    if own_only and len(precis.words & other_only) > len(precis.words & own_only):
        return True
    own_subject, other_subject = own.before - other.before, other.before - own.before  # "Coal supplied" / "gas"
    return bool(own_subject and precis.before & other_subject and not precis.before & own_subject)


def roles_traded(mine: Roles, partner: Roles, own: Roles, other: Roles) -> bool:
    """Two figures of one passage sentence restated with their role words traded: the précis
    gives the first figure the second's role words and the second figure the first's."""
    return belongs_elsewhere(mine, own, other) and belongs_elsewhere(partner, other, own)


def actors_swapped(precis: Roles, passage: Roles) -> bool:
    """Same verb, but the words before and after the figure have changed sides."""
    if not passage.verbs or not precis.verbs & passage.verbs:
        return False
    crossed = precis.before & passage.after and precis.after & passage.before
    return bool(crossed) and not precis.before & passage.before and not precis.after & passage.after
