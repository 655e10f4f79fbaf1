"""Content terms: the words that carry an idea, normalised for comparison.

Function words are dropped (our own list: nltk's stopwords are not installed),
numbers are folded so "sixty-five", "65" and "$65" meet, "co-operation" meets
"cooperation", and every term is stemmed (Snowball + British/American folding).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from tutor.core.figures import ONES, TENS
from tutor.core.lemmas import all_lemmas
from tutor.core.span import Span
from tutor.core.tokens import stem, terms

# Learners often leave out the apostrophe: "didnt" is a function word, and a negator
# (``negation``), as "didn't" is.
BARE_NEGATIVES = frozenset("""
dont doesnt didnt isnt arent wasnt werent cant couldnt wouldnt shouldnt hasnt havent hadnt mustnt neednt aint
""".split())

STOPWORDS = frozenset("""
a about above across after afterwards again against all almost alone along already also although always am
among amongst an and another any anyhow anyone anything anyway anywhere are around as at be became because
become becomes becoming been before beforehand behind being below beside besides between beyond both but by
can cannot could did do does doing done down during each either else elsewhere enough etc even ever every
everyone everything everywhere except few for former formerly from further furthermore had has have having he
hence her here hereby herein hers herself him himself his how however i ie if in indeed into is it its itself
just last latter latterly least less let lot lots made make makes many may maybe me meanwhile might mine more
moreover most mostly much must my myself namely neither never nevertheless next no nobody none noone nor not
nothing now nowhere of off often on once one only onto or other others otherwise our ours ourselves out over
own per perhaps please put quite rather re really said same say says seem seemed seeming seems several she
should since so some somehow someone something sometime sometimes somewhere still such than that the their
theirs them themselves then thence there thereafter thereby therefore therein thereupon these they thing
things this those though thus to together too toward towards under unless until up upon us very via was we
well were what whatever when whence whenever where whereafter whereas whereby wherein whereupon wherever
whether which while whither who whoever whole whom whose why will with within without would yet you your
yours yourself yourselves likewise also thus hence therefore perhaps indeed certainly surely merely simply
s t d ll m ve o re y fact way ways go goes going gone went get gets got getting come comes came coming
ones through throughout instead despite amid amidst whilst fewer fewest
""".split()) | BARE_NEGATIVES | frozenset(
    # The writer's comment on a statement, not part of it: "This aspect luckily comes with …".
    """luckily fortunately unfortunately happily sadly interestingly paradoxically ironically oddly strangely
    surprisingly curiously notably admittedly arguably undoubtedly evidently obviously clearly apparently
    presumably naturally frankly once again""".split())

# Nouns that, after "this", "that" or "such", only point back to what was said before:
# "This aspect comes with political unanimity" says nothing about an aspect.
SHELL_NOUNS = frozenset("""
aspect aspects fact facts matter matters issue point development situation trend phenomenon respect regard
""".split())
_POINTING = frozenset("this that these those such".split())

# Number words fold to digits; "one" stays a function word ("one of the reasons").
_UNITS = {w: n for w, n in ONES.items() if w != "one"}
_TENS = TENS
_ORDINALS = {"first": "1st", "second": "2nd", "third": "3rd", "fourth": "4th", "fifth": "5th"}
# Prefixes written with or without a hyphen: "co-operation" is "cooperation".
_BOUND_PREFIXES = frozenset("co re pre non multi anti inter post sub semi self mid over under counter".split())


@dataclass(frozen=True, slots=True)
class Term:
    """A content word: ``word`` is as compared (lower case, numbers as digits), ``key`` its stem."""

    word: str
    key: str
    span: Span


def _fold_number(word: str) -> str:
    if word in _UNITS:
        return str(_UNITS[word])
    if word in _TENS:
        return str(_TENS[word])
    return _ORDINALS.get(word, word)


def _merged(text: str, tokens) -> list[tuple[str, Span]]:
    """Tokens with hyphenated prefixes, digit groups ("1,000", "3.5") and "sixty-five" joined."""
    out: list[tuple[str, Span]] = []
    for tok in tokens:
        word = tok.norm
        if out:
            prev, prev_span = out[-1]
            gap = text[prev_span.end:tok.start]
            joined = None
            if gap == "-" and prev in _BOUND_PREFIXES:
                joined = prev + word
            elif prev.isdigit() and word.isdigit() and gap == "," and len(word) == 3:
                joined = prev + word
            elif prev.isdigit() and word.isdigit() and gap == ".":
                joined = f"{prev}.{word}"
            elif gap in ("-", " ") and prev in _TENS and word in _UNITS:
                joined = str(_TENS[prev] + _UNITS[word])
            if joined is not None:
                out[-1] = (joined, Span(prev_span.start, tok.end))
                continue
        out.append((word, tok.span))
    return out


_NEXT_WORD = re.compile(r"\s+(\w+)")


def next_word(text: str, end: int) -> str:
    """The word (lower-case) after the whitespace that starts at offset ``end`` of ``text``: "warmer"
    after "grew" in "summers grew warmer"; "" when punctuation or the end of the text comes first."""
    m = _NEXT_WORD.match(text, end)
    return m.group(1).lower() if m else ""


@lru_cache(maxsize=20_000)
def term_key(word: str) -> str:
    """The comparison key of one normalised word: digits as they are, else its stem."""
    word = _fold_number(word)
    if any(c.isdigit() for c in word):
        return word
    return stem(word)


def is_content(word: str) -> bool:
    """Whether a normalised word can carry meaning in a key point."""
    if word in STOPWORDS:
        return False
    return len(word) > 1 or word.isdigit()


# Phrasal verbs a précis often uses for a one-word verb ("put off" for "postpone"): the verb's
# lemma and its particle become one term, "put_off", which the synonym table links to the
# single word. Both words are function words on their own, so without this the phrase is lost.
PHRASAL_VERBS = frozenset("""
put_off look_into turn_down set_up carry_out give_up cut_down cut_back bring_about call_off find_out
point_out take_over break_down go_up go_down put_up look_after keep_on hold_back pass_away put_out
rule_out sort_out take_up turn_up wipe_out phase_out step_down back_down keep_at stick_at carry_on
cost_more cost_less shoot_up step_up stick_with fall_behind pull_ahead catch_up keep_up set_aside use_up
throw_out give_off cover_up play_down
""".split())
_PARTICLES = frozenset(p.split("_")[1] for p in PHRASAL_VERBS)
# "like" is a verb ("farmers like the scheme") only after a subject pronoun, a modal, "to" or a form
# of "do"; elsewhere it is a preposition ("structured like a pyramid", "it is not like today") and
# carries no idea: denied there, it made "was not like it is today" say the opposite of any point
# with "like" in it.
_LIKE_VERB_AFTER = frozenset("""
i you we they who to would should could might will do does did dont doesnt didnt don't doesn't didn't
also really still often usually
""".split())
_DO = frozenset("do does did would".split())


def _is_preposition_like(word: str, before: str, before_that: str) -> bool:
    """Whether ``word`` is "like" used as a preposition, from the two words before it."""
    if word != "like":
        return False
    if before == "not":
        return before_that not in _DO
    return before not in _LIKE_VERB_AFTER


@lru_cache(maxsize=20_000)
def verb_lemmas(word: str) -> tuple[str, ...]:
    """``word`` and its verb lemmas ("went" → "go"), from lemminflect when installed."""
    return (word, *all_lemmas(word, "VERB").get("VERB", ()))


def is_base_verb(word: str) -> bool:
    """Whether lemminflect lists ``word`` (lower case) as its own verb lemma: a verb's base form,
    which agrees with a plural subject or follows "to" ("encourage", "measure"; not "falls", "fell")."""
    return word in verb_lemmas(word)[1:]


def _phrasal(first: str, second: str) -> str | None:
    """``"put_off"`` for ("putting", "off"), or None when the pair is no phrasal verb we know."""
    if second not in _PARTICLES:
        return None
    return next((f"{v}_{second}" for v in verb_lemmas(first) if f"{v}_{second}" in PHRASAL_VERBS), None)


def content_terms(text: str, start: int = 0, end: int | None = None) -> tuple[Term, ...]:
    """The content words of ``text[start:end]`` in order, with their offsets in ``text``;
    a phrasal verb ("put off") is one term spanning both words."""
    out = []
    previous = before_previous = ""
    merged = _merged(text, terms(text, start, end))
    skip = False
    for n, (word, span) in enumerate(merged):
        if skip:
            skip = False
            continue
        nxt = merged[n + 1] if n + 1 < len(merged) else None
        phrase = _phrasal(word, nxt[0]) if nxt and text[span.end:nxt[1].start].isspace() else None
        if phrase:
            out.append(Term(phrase, term_key(phrase), Span(span.start, nxt[1].end)))
            before_previous, previous, skip = word, nxt[0], True
            continue
        word = _fold_number(word) if not word[:1].isdigit() else word
        if is_content(word) and not (previous in _POINTING and word in SHELL_NOUNS) \
                and not _is_preposition_like(word, previous, before_previous):
            out.append(Term(word, term_key(word), span))
        before_previous, previous = previous, word
    return tuple(out)
