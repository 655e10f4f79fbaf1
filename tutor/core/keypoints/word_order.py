"""Reversals that word order makes: swapped roles, comparisons and preferences turned round.

"The council fined the company" and "The company fined the council" share every content
word, and "Cities use more water than farms" and "Cities use less water than farms" share
them too: a précis that says either second sentence for the first says the opposite of
the passage, yet every word of the point is echoed. Three readings catch them:

* **roles**: in a point of the shape *subject – verb – object* (the content word just
  before its first finite verb, the verb, the content word just after it), a window that
  echoes all three with the object before the verb and the subject after it has swapped
  who did what to whom, if the window's word in the verb's place is a verb ("got a fine
  from" is no swap). A passive on either side ("the company was fined by the council",
  "was paid in advance by") says the same thing in the other order, so neither is read.
* **comparison**: a point that compares with "more" (or "less", "fewer") and a window that
  echoes its words in the same order but compares the other way, its comparative between
  the same two words ("use less of the canal", not "use the canal and pay less in tolls").
  The same words in another order ("Farms use less water than cities") make the same
  claim, so the order must hold. Set phrases ("once more", "no less", "more or less", "no
  more than half") compare nothing.
* **preference**: a point that sets one thing against another ("favour longer school days
  rather than extra homework", "prefer buses to trams") and a window that puts the second
  thing before its own "rather than" (or "to" after "prefer") and the first after it.
"""

from __future__ import annotations

import re
from functools import lru_cache
from dataclasses import dataclass

from tutor.core.keypoints import grammar_words as gw
from tutor.core.keypoints.words import term_key

# Which way a sentence says one thing caused another. After "because", "due to", "as a result of" the
# cause follows its effect; after ", so", "led to", "caused", "that is why" the effect follows its cause.
_EFFECT_FIRST = re.compile(r"\b(?:because(?:\s+of)?|due\s+to|owing\s+to|as\s+a\s+result\s+of)\b", re.IGNORECASE)
_CAUSE_FIRST = re.compile(r"(?:,\s*|\band\s+)so\s+(?!that\b|many\b|much\b|far\b|long\b|as\b|on\b|too\b)"
                          r"|\b(?:led|leads|lead|leading)\s+(?:\w+\s+){0,3}?to\b|\b(?:caused|causes|cause|causing)\b(?!\s+(?:of|by)\b)"
                          r"|\bresult(?:ed|s|ing)?\s+in\b|\b(?:that|this|which)\s+(?:is|was)\s+why\b", re.IGNORECASE)


_BACK = re.compile(r"\s+(?:this|that|it|these|those)\b", re.IGNORECASE)
# Which way a sentence orders two events: "X after Y" puts the later first, "X before Y" the earlier
# ("named after her", "looked after", "after all" order nothing).
_LATER_FIRST = re.compile(r"(?<!\bnamed )(?<!\blook )(?<!\blooked )(?<!\blooks )(?<!\blooking )(?<!\bcalled )"
                          r"\bafter\b(?!\s+all\b)(?!\s*[.,;:!?]|\s*$)", re.IGNORECASE)
# ("ever before", "never before" and a "before" that ends its clause are adverbs, and order nothing)
_EARLIER_FIRST = re.compile(r"(?<!\bever )(?<!\bnever )\bbefore\b(?!\s*[.,;:!?]|\s*$)", re.IGNORECASE)


def causal_split(text: str, start: int = 0, end: int | None = None) -> tuple[int, int, int, int]:
    """Where ``text[start:end]`` turns from one side of a cause to the other, as (``way``, offset,
    first, last): ``way`` +1 when what comes before the offset is the effect ("X because Y"), -1
    when it is the cause ("Y, so X", "Y led to X", "Because Y, X": the offset is then the comma);
    ``[first, last)`` the stretch the two sides share (between ";", ":", sentence ends and ", but",
    ", yet", ", while", ", whereas", ", although", ", though"; a marker that opens a sentence, "That is
    why …", "Because of this, …", takes in the sentence before). (0, -1, -1, -1) if the text says no
    cause. The first marker decides."""
    return _turn(text, start, len(text) if end is None else end, _EFFECT_FIRST, _CAUSE_FIRST, opening_way=-1)


def sequence_split(text: str, start: int = 0, end: int | None = None) -> tuple[int, int, int, int]:
    """``causal_split`` for time: ``way`` +1 when what comes before the offset happened later ("X
    after Y", "Before Y, X"), -1 when it happened first ("X before Y", "After Y, X")."""
    return _turn(text, start, len(text) if end is None else end, _LATER_FIRST, _EARLIER_FIRST, opening_way=None)


def _turn(text: str, start: int, stop: int, second_first: re.Pattern, first_first: re.Pattern,
          opening_way: int | None) -> tuple[int, int, int, int]:
    """``causal_split`` and ``sequence_split``: ``second_first`` marks "X <marker> Y" with Y the first
    (the cause, the earlier); ``first_first`` the other way. A marker that opens the sentence
    ("Because Y, X", "After Y, X", "Before Y, X") turns at the comma after it, ``opening_way`` (or,
    if None, the way its marker's own reading reverses) before it; "Because of this", "After that"
    make the sentence before it one side."""
    first = second_first.search(text, start, stop)
    then = first_first.search(text, start, stop)
    marker, way = (first, 1) if first and (not then or first.start() < then.start()) else (then, -1)
    if marker is None:
        return 0, -1, -1, -1
    opens = marker.start()
    opening = text[start:opens].rstrip(" \t\n\"'“‘(")
    back = False  # "… in human form. Because of this, they were entrusted …": the sentence before is one side
    if opening and not opening.endswith((".", "!", "?")):
        at = opens  # "X because Y", "Y, so X", "X before Y"
    elif way == 1 and _BACK.match(text, marker.end()):
        at, way, back = opens, -way, True
    elif opening_way is None or way == 1:
        sentence = _SENTENCE_END.search(text, marker.end(), stop)
        at = text.find(",", marker.end(), sentence.start() if sentence else stop)  # "Because Y, X"
        way = opening_way if opening_way is not None else -way
        if at < 0:
            return 0, -1, -1, -1
    else:
        at, back = opens, True  # "… failed two years running. That is why the villages emptied."
    bounds = [m.end() for m in _CAUSE_BOUNDS.finditer(text, start, opens)]
    if back:
        bounds = bounds[:-1]
    after = _CAUSE_BOUNDS.search(text, at, stop)
    return way, at, bounds[-1] if bounds else start, after.start() if after else stop


# Where the two sides of a cause or an order end: a clause after ";" or ", but" is on neither side.
_SENTENCE_END = re.compile(r"[.!?](?=\s|$)")
_CAUSE_BOUNDS = re.compile(r"[;:]|[.!?](?=\s|$)|,\s+(?=(?:but|yet|while|whereas|although|though)\b)", re.IGNORECASE)


def cause_turned(way: int, split: int, hits: list[int | None], window_way: int, window_split: int,
                 span: tuple[int, int] = (0, 1 << 20), window_span: tuple[int, int] = (0, 1 << 20)) -> bool:
    """Whether the window says the point's cause as the effect and its effect as the cause ("A
    drop in sales led the owner to cut the hours" for "Sales fell because the owner had cut the
    hours"). ``way``, ``split``: the point's ``causal_split`` as (way, how many of its cues come
    before the offset); ``window_way``, ``window_split``: the window's, in window terms; ``span``,
    ``window_span``: the cues and window terms ``[first, last)`` of the stretch the two sides share
    (a later clause after ";" is on neither side). Turned when each side of the point has two
    echoed cues or more, and most of them land on the other side."""
    if not way or not window_way or split <= 0 or split >= len(hits) or window_split < 0:
        return False

    def effect(before: bool, w: int) -> bool:
        return before == (w > 0)

    moved = {True: [0, 0], False: [0, 0]}  # per side of the point (effect?): [echoed, landed on the other]
    for n, h in enumerate(hits):
        if h is None or not span[0] <= n < span[1] or not window_span[0] <= h < window_span[1]:
            continue
        mine = effect(n < split, way)
        moved[mine][0] += 1
        moved[mine][1] += effect(h < window_split, window_way) != mine
    return all(echoed >= 2 and 2 * landed > echoed for echoed, landed in moved.values())


# "was *rejected* by the committee", "were *opposed* by most": the participle of a passive verb with its agent.
_PARTICIPLE = re.compile(r"\b(?:is|are|was|were|been|being|be)\s+(?:(?:\w+ly|then|often|even|also|not|never)\s+)?"
                         r"(?!(?:then|often|even|open)\b)(\w+(?:ed|en|wn|nt))\s+(?:\w+\s+){0,3}?by\b",
                         re.IGNORECASE)
_PASSIVE = re.compile(r"\b(?:is|are|was|were|been|being|be|get|gets|got)\s+(?:\w+ly\s+)?\w+(?:ed|en|wn|nt)\b"
                      r"|\b(?:is|are|was|were|been|being|be|get|gets|got)\s+(?:\w+\s+){1,6}?by\b"  # "was paid … by"
                      # "paid by", "money sent home by its workers": a participle, a word or two, then "by"
                      r"|\b\w+(?:ed|en|wn|nt|ght|id|ld)\s+(?:\w+\s+){0,2}?by\b", re.IGNORECASE)
# Punctuation that ends a stretch of a text: a point's cues and a window's terms are numbered by it.
STRETCH_END = re.compile(r"[,;:()—–]")
# Where one side of a claim ends and another begins: a stretch's end, a sentence's, or a word that sets
# one clause against another ("refused the reward *but* accepted the seed", "lost money *whereas* its
# rival made a profit").
SIDE_END = re.compile(r"[,;:()—–.!?]|\b(?:but|whereas|while|although|though|yet)\b", re.IGNORECASE)
ROLES_WITHIN = 3  # the verb is among the point's first few cues: a later one is in a subordinate clause
# A number after "than" makes "more than …" a bound on an amount ("more than 40", "fewer than six"), not a comparison.
_A_NUMBER = (r"(?:\d|half|a\s+(?:third|quarter|half|few|dozen|hundred|thousand|million)|one|two|three|four|"
             r"five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundreds?|thousands?|"
             r"millions?|twice|double)")
_AMOUNT = r"(?!\s+than\s+" + _A_NUMBER + r"\b)"
# … and the superlatives, before the word they say most or least of ("the *most* energetic", "the
# *least* costly"; not "at least", "not least", "most of").
_MORE = re.compile(r"(?<!\bonce )(?<!\bno )(?<!\bany )(?<!\bnone the )\b(?:more\b(?!\s+or\s+less)" + _AMOUNT
                   + r"|most\b(?!\s+of\b))", re.IGNORECASE)
_LESS = re.compile(r"(?<!\bno )(?<!\bnone the )(?<!\bmore or )\b(?:(?:less|fewer)\b" + _AMOUNT
                   + r"|(?<!\bat )(?<!\bnot )(?:least|fewest)\b(?!\s+of\b))", re.IGNORECASE)
# The comparative stands right before the word it says more or less of: "more women", "fewer jobs",
# "less costly" (not "more than", "more and more", "less of the land").
_QUANTIFIED = re.compile(r"\s+(?!(?:than|and|or|of|to|in|on|at|by|for|with|the|a|an)\b)\w", re.IGNORECASE)
# "After the rains" and "before the rains" put one thing on either side of another in time.
_SEQUENCE = re.compile(r"\b(before|after)\s+(?:(?:the|a|an|its|their|his|her|our|this|that|these|those)\s+)?(?=\w)",
                       re.IGNORECASE)
# The "than" of a comparison (not "rather than", "other than", nor "more than 40": see ``_AMOUNT``).
# "one" as a pronoun, not a number: "burns less fuel than *one in a* villa", "than one who stays".
_PRONOUN_ONE = (r"one\s+(?:(?:in|with|from|on|at|of|near|by|for)\s+(?:a|an|the|its|their|his|her|our|this|that|those)"
                r"|who|that|which|whose)\b")
THAN = re.compile(r"(?<!\brather )(?<!\bother )\bthan\b"
                  r"(?!\s+(?!" + _PRONOUN_ONE + r")(?:" + _A_NUMBER + r"|ever|usual|expected)\b)", re.IGNORECASE)
_PIVOT = re.compile(r"\b(?:rather\s+than|instead\s+of|in\s+place\s+of|as\s+opposed\s+to)\b"
                    r"(?!\s+(?:it|that|this|them|these|those)\b)"  # "instead of it, parents favour …"
                    r"|\bprefer(?:s|red|ring)?\s+\w[^.;:!?]{0,60}?\s(?:to|over)\b", re.IGNORECASE)  # not "prefer to go"


# What a sentence sets against what: "not A but B", "B, not A", "B rather than A" (A the side it
# rejects, B the side it holds). "Not only A but also B" adds, and sets nothing against anything.
_NOT_BUT = re.compile(r"\b(?:not|never)\s+(?!only\b|merely\b|just\b|simply\b|even\b)([^.;:!?]{1,90}?),?\s+but\s+"
                      r"(?!also\b|rather\b)([^.;:!?,]{1,90})", re.IGNORECASE)
_COMMA_NOT = re.compile(r"([^.;:!?,]{1,90}),\s+(?:and\s+)?not\s+(?!only\b|even\b|least\b|always\b|all\b|yet\b)"
                        r"([^.;:!?,]{1,90})", re.IGNORECASE)
_CONTRAST_MARK = re.compile(r"\b(?:not|never|rather|instead|opposed)\b", re.IGNORECASE)
_RATHER_THAN = re.compile(r"([^.;:!?,]{1,90}?)\s+(?:rather\s+than|instead\s+of|as\s+opposed\s+to)\s+([^.;:!?,]{1,90})",
                          re.IGNORECASE)


def contrast_sides(text: str, start: int = 0, end: int | None = None) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """The first contrast in ``text[start:end]``: ((start, end) of the side it rejects, (start, end)
    of the side it holds), offsets into ``text`` ([start, end)); None when it sets nothing against
    anything."""
    stop = len(text) if end is None else end
    if not _CONTRAST_MARK.search(text, start, stop):
        return None  # (most windows: the patterns below scan back from every position)
    found = []
    m = _NOT_BUT.search(text, start, stop)
    if m:
        found.append((m.start(), (m.start(1), m.end(1)), (m.start(2), m.end(2))))
    m = _COMMA_NOT.search(text, start, stop)
    if m and not re.search(r"\b(?:but|whether|if)\b", m.group(2), re.IGNORECASE):
        found.append((m.start(), (m.start(2), m.end(2)), _held_before(m)))
    m = _RATHER_THAN.search(text, start, stop)
    if m:
        found.append((m.start(), (m.start(2), m.end(2)), _held_before(m)))
    if not found:
        return None
    _, rejected, held = min(found)
    return rejected, held


_WORDS = re.compile(r"[\w’'-]+")
HELD_MOST_WORDS = 6


def _held_before(m: re.Match) -> tuple[int, int]:
    """The side held in "B, not A" or "B rather than A": the words right before the marker, from
    the word the rejected side opens with where it opens with a preposition or "to" ("The peace
    rested *upon trust*, not upon force"), else as many words as the rejected side has (at least
    two, at most ``HELD_MOST_WORDS``): not the subject and verb both sides share."""
    words = list(_WORDS.finditer(m.string, m.start(1), m.end(1)))
    if not words:
        return m.start(1), m.end(1)
    first = _WORDS.search(m.group(2))
    opener = first.group().lower() if first else ""
    if opener in _PARALLEL_OPENERS:  # "upon trust, not upon the cannon": the held side opens as the other does
        same = [w for w in words[-2 * HELD_MOST_WORDS:] if w.group().lower() == opener]
        if same:
            return same[-1].start(), m.end(1)
    k = min(HELD_MOST_WORDS, max(2, len(_WORDS.findall(m.group(2)))), len(words))
    return words[-k].start(), m.end(1)


_PARALLEL_OPENERS = frozenset("to upon on by in for from with at of into through".split())


# "we must choose", "you do not decide", "I will not sell": a first or second person as the subject.
_BY_US = re.compile(r"\b(?:we|you|i)\s+(?:(?:must|should|can|could|will|would|may|might|shall|do|did|does|have|has|"
                    r"had|not|never|still|always|n[’']t|then|alone)\s+){0,3}$", re.IGNORECASE)
_US = re.compile(r"\b(?:we|you|i)\b", re.IGNORECASE)


def said_by_us(text: str, start: int) -> bool:
    """Whether the word at offset ``start`` of ``text`` has "we", "you" or "I" for its subject."""
    return _BY_US.search(text, max(0, start - 60), start) is not None


def by_us(text: str, start: int, end: int, offsets) -> frozenset[int]:
    """Which of the words at ``offsets`` (offsets into ``text``, between ``start`` and ``end``) have
    "we", "you" or "I" for their subject (``said_by_us``)."""
    if not _US.search(text, start, end):
        return frozenset()
    return frozenset(n for n, at in enumerate(offsets) if said_by_us(text, at))


@dataclass(frozen=True, slots=True)
class Shape:
    """What word order says in one text: ``passive`` (a passive verb somewhere), and
    ``comparison``: +1 if it compares with "more" only, -1 with "less"/"fewer" only, else 0,
    the comparative word starting at offset ``compare_at``."""

    passive: bool = False
    comparison: int = 0
    compare_at: int = -1
    pivot: int = -1  # offset just after the first "rather than" / "instead of" / "prefer … to", or -1
    aside_end: int = -1  # in "Parents, rather than worksheets, are …": the offset of the comma closing the aside
    quantified_at: int = -1  # the offset of the word the comparative quantifies ("more *women*"), or -1
    sequence: int = 0  # +1 if it says "after" (of a thing), -1 "before", 0 neither or both
    sequenced_at: int = -1  # the offset of the word after "after" / "before" ("after the first *rains*"), or -1
    than_at: int = -1  # the offset of the first "than" of a comparison ("loses more ice *than* it gains"), or -1
    contrast: tuple[tuple[int, int], tuple[int, int]] | None = None  # ``contrast_sides``: (rejected, held)
    participle_at: int = -1  # the offset of the first passive participle with an agent ("was *rejected* by"), or -1
    causal: tuple[int, int, int, int] = (0, -1, -1, -1)  # ``causal_split``: which way it says a cause, where it turns
    order: tuple[int, int, int, int] = (0, -1, -1, -1)  # ``sequence_split``: which way it orders two events
    change: tuple[tuple[float, float], ...] = ()  # ``change_of``: the figures each change went from and to
    never_before: bool = False  # a denial with "before" after it: "had never grown it before", "no woman had … before her"
    exception: tuple[int, str] = (0, "")  # ``exception_of``: who alone did it (+1) or alone did not (-1), as a stem


# "Had never grown rice before", "no woman had captained the club before Janet Hale": what "for the
# first time" and "the first woman to" say, so neither reverses the other.
# "Before Aziz, nobody in his family had gone to university" says the same.
_NEVER_BEFORE = re.compile(r"\b(?:never|not|no|nobody|none|n't)\b[^.;:!?]{0,60}?\bbefore\b"
                           r"|\bbefore\b[^.;:!?]{1,40}?,\s*(?:nobody|no\s+one|none|no)\b", re.IGNORECASE)


# "Only the eldest son inherited", "Karim alone objected", "Dorran was the only province to join", "nobody
# except the priests could enter" say that one did and the rest did not; "all the children except the eldest
# son inherited", "everyone but the priests could enter" say the reverse of the same one. ("Only a third",
# "only after", "not only", "all but one" are no such claims.)
_DETERMINER = r"(?:(?:the|his|her|its|their|our)\s+)?"
_NAMED = r"([A-Za-z][\w'’-]*)"
# (what follows "only" or "except" when it is an amount or a time, not someone: "only a third", "all but one")
_NOT_SOMEONE = r"(?!(?:a|an|after|when|if|in|then|by|because|to|recently|once|now|few|some|about|around|half|" \
               r"one|two|three|four|five|ten|third|quarter|fraction|handful|minority|small|tiny|little|\d)\b)"
_ONLY_ONE = re.compile(r"(?:^|[,;:]\s*|\b(?:that|when|and|yet|but)\s+)(?:only|just)\s+" + _NOT_SOMEONE + _DETERMINER
                       + _NOT_SOMEONE + _NAMED
                       + r"|" + _NAMED + r"\s+alone\b"
                       + r"|" + _NAMED + r"\s+(?:was|were|is|are)\s+the\s+only\b"
                       + r"|\b(?:nobody|no\s+one|none|no\s+\w+)\b[^.;:!?,]{0,40}?\b(?:except|save|apart\s+from|"
                       r"other\s+than|but)\s+" + _NOT_SOMEONE + _DETERMINER + _NAMED, re.IGNORECASE)
_ALL_BUT_ONE = re.compile(r"\b(?:all|every|everyone|everybody|each)\b[^.;:!?,]{0,40}?\b(?:except|save|apart\s+from|"
                          r"other\s+than|but)\s+" + _NOT_SOMEONE + _DETERMINER + _NOT_SOMEONE + _NAMED, re.IGNORECASE)


def exception_of(text: str, start: int = 0, end: int | None = None) -> tuple[int, str]:
    """Who ``text[start:end]`` says alone did a thing (+1: "only the miller owned a horse", "nobody except
    the miller …") or alone did not (-1: "everyone except the miller owned one"), as the stem of the
    first word naming them; ``(0, "")`` when it says neither, or both."""
    stop = len(text) if end is None else end
    only, all_but = _ONLY_ONE.search(text, start, stop), _ALL_BUT_ONE.search(text, start, stop)
    if bool(only) == bool(all_but):
        return (0, "")
    m = only or all_but
    return (1 if only else -1, term_key(next(g for g in m.groups() if g).lower()))


def shape_of(text: str, start: int = 0, end: int | None = None) -> Shape:
    """The shape of ``text[start:end]``."""
    stop = len(text) if end is None else end
    more = _MORE.search(text, start, stop)
    less = _LESS.search(text, start, stop)
    comparison = (bool(more) and not less) - (bool(less) and not more)
    compare_at = (more or less).start() if comparison else -1
    pivot = _PIVOT.search(text, start, stop)
    aside_end = -1
    if pivot and text[start:pivot.start()].rstrip().endswith(","):
        aside_end = text.find(",", pivot.end(), stop)
    quantified = _QUANTIFIED.match(text, (more or less).end(), stop) if comparison else None
    order = {m.group(1).lower(): m for m in _SEQUENCE.finditer(text, start, stop)}
    sequence = ("after" in order) - ("before" in order)
    return Shape(bool(_PASSIVE.search(text, start, stop)), comparison, compare_at,
                 pivot.end() if pivot else -1, aside_end, quantified.end() - 1 if quantified else -1,
                 sequence, order["after" if sequence > 0 else "before"].end() if sequence else -1,
                 _than_at(text, start, stop), contrast_sides(text, start, stop),
                 (participle.start(1) if (participle := _PARTICIPLE.search(text, start, stop)) else -1),
                 causal_split(text, start, stop), sequence_split(text, start, stop), change_of(text, start, stop),
                 bool(_NEVER_BEFORE.search(text, start, stop)), exception_of(text, start, stop))


# "fell from over 900 a day to about 150", "climbed from 47 to 112", "4,500, up from fewer than 300"
ROUGHLY = r"(?:(?:about|around|roughly|nearly|almost|some|just|over|under|only|barely|more\s+than|fewer\s+than|" \
          r"less\s+than)\s+)?"
_FIGURE = r"[$£€]?(\d[\d,]*(?:\.\d+)?)"
_FROM_TO = re.compile(rf"\bfrom\s+{ROUGHLY}{_FIGURE}\b(?:[^.;:!?]{{0,40}}?)\s+to\s+{ROUGHLY}{_FIGURE}", re.IGNORECASE)
_UP_FROM = re.compile(rf"{_FIGURE}\b[^.;:!?\d]{{0,40}}?[,–—]\s*(?:up|down|rising|falling)\s+from\s+"
                      rf"{ROUGHLY}{_FIGURE}", re.IGNORECASE)


def _year(x: float) -> bool:
    return x.is_integer() and 1000 <= x <= 2100


def change_of(text: str, start: int = 0, end: int | None = None) -> tuple[tuple[float, float], ...]:
    """The changes of a figure that ``text[start:end]`` states, each as (from, to): "fell from 900 to
    150" → (900, 150), "4,500, up from 300" → (300, 4500). A span of years ("from 2010 to 2020") or a
    figure that runs to a year ("from 3 in the decade to 2019") is no change."""
    stop = len(text) if end is None else end
    if "from" not in text[start:stop].lower():
        return ()
    found = [(m.start(), m.group(1), m.group(2)) for m in _FROM_TO.finditer(text, start, stop)]
    found += [(m.start(), m.group(2), m.group(1)) for m in _UP_FROM.finditer(text, start, stop)]
    out = []
    for _, a, b in sorted(found):
        x, y = float(a.replace(",", "")), float(b.replace(",", ""))
        if x != y and not _year(x) and not _year(y):
            out.append((x, y))
    return tuple(out)


def change_turned(point: tuple[tuple[float, float], ...], window: tuple[tuple[float, float], ...]) -> bool:
    """Whether a window states one of the point's changes of a figure the other way round, and not
    also the point's own way: the same two figures, from the one the point goes to ("climbed from 47
    to 112" for "fell from 112 to 47"; "900 a day, up from 150" for "fell from over 900 a day to about
    150"). ``point``, ``window``: ``change_of`` of each."""
    return any((b, a) in window and (a, b) not in window for a, b in point)


# "Produces *twice* as much wheat *as* the south": the second "as" of a multiple is a comparison's "than".
_TIMES_AS = re.compile(r"\b(?:twice|thrice|(?:two|three|four|five|ten)\s+times)\s+as\s+[\w'’-]+"
                       r"(?:\s+[\w'’-]+){0,4}?\s+(as)\b", re.IGNORECASE)


def _than_at(text: str, start: int, stop: int) -> int:
    """The offset of the first "than" of a comparison in ``text[start:stop]`` (not "rather than",
    "other than", "more than 40": see ``_AMOUNT``), or of the "as" after "twice as much …", or -1."""
    m = THAN.search(text, start, stop) or _TIMES_AS.search(text, start, stop)
    return m.start(m.lastindex or 0) if m else -1


# "By 2022 *yields* on …", "their *costs*": a word that may be a verb is a noun after a determiner,
# a possessive or a number.
_NOUN_BEFORE = re.compile(r"\b(?:the|a|an|its|their|his|her|our|my|your|this|these|those|\d[\d,.]*)\s+",
                          re.IGNORECASE)


@lru_cache(maxsize=64)
def after_determiner(text: str) -> frozenset[int]:
    """The offsets of the words of ``text`` that follow a determiner, a possessive or a number
    (``_NOUN_BEFORE``): "a *paid* apprenticeship", "their *costs*" (nouns or adjectives there, not
    finite verbs)."""
    return frozenset(m.end() for m in _NOUN_BEFORE.finditer(text))


# Between a verb and the cue after it, these say that the cue is no object of the verb: a cause ("the war
# *began* because of a *dispute*") or a time. No one did anything to that cue, so no role can be swapped.
_NO_OBJECT_BETWEEN = re.compile(r"\b(?:because|due|owing|thanks|since|during|despite|although|though|while|"
                                r"when|until)\b", re.IGNORECASE)
# … and a verb of being or having later in the same clause is its verb: what looked like one before it
# was a noun ("wheat *yields* in Halsey were higher").
_CLAUSE_VERB = re.compile(r"[,;:.!?]|\b(?:that|which|who|whom|whose|because|since|when|while|although|though|"
                          r"if|and|but|so|as|where|than)\b|\b(?P<verb>is|are|was|were|has|have|had)\b",
                          re.IGNORECASE)


def _takes_object(text: str, verb: str, after: str) -> bool:
    """Whether, in the point ``text``, the cue word ``after`` can be the object of the cue word
    ``verb`` before it: nothing of ``_NO_OBJECT_BETWEEN`` stands between their first occurrences,
    and no verb of being or having follows ``verb`` in its clause (``_CLAUSE_VERB``)."""
    v = re.search(rf"\b{re.escape(verb)}\b", text, re.IGNORECASE)
    if v is None:
        return True
    o = re.search(rf"\b{re.escape(after)}\b", text[v.end():], re.IGNORECASE)
    if o is not None and _NO_OBJECT_BETWEEN.search(text, v.end(), v.end() + o.start()):
        return False
    stop = _CLAUSE_VERB.search(text, v.end())
    return stop is None or stop.group("verb") is None


def roles_of(words: list[str], shape: Shape, text: str = "") -> tuple[int, int, int] | None:
    """Indices (subject, verb, object) into a point's cue ``words`` (in text order): the cue
    before the first finite verb that is not the first cue (and is within the first
    ``ROLES_WITHIN`` + 1), the verb, and the cue after it; None for a passive point or one
    without that shape. Where ``text`` (the point) joins that verb to the next cue by "to"
    ("Whitehead *set* out to *disprove* Snow's theory"), the verb is the one after "to"."""
    if shape.passive:
        return None
    for v in range(1, min(len(words) - 1, ROLES_WITHIN + 1)):
        if gw.is_finite_verb(words[v].lower(), None) and not (text and any(
                m.start() in after_determiner(text) for m in re.finditer(rf"\b{re.escape(words[v])}\b", text))):
            if text and not _takes_object(text, words[v], words[v + 1]):
                continue
            if text and v + 2 < len(words) and re.search(
                    rf"\b{re.escape(words[v])}\s+(?:\w+\s+)?to\s+{re.escape(words[v + 1])}\b", text, re.IGNORECASE):
                return v - 1, v + 1, v + 2
            return v - 1, v, v + 1
    return None


def roles_swapped(roles: tuple[int, int, int] | None, hits: list[int | None],
                  window: Shape, participle: int = -1) -> tuple[int, int, int] | None:
    """The window terms (subject, verb, object) echoing the point's roles when a window
    whose terms ``hits`` echo the point's cues (window term index per cue, None where not
    echoed) puts the object before the verb and the subject after it, in the active voice,
    or keeps them in the point's order with the verb as its passive participle (``participle``,
    a window term index, or -1): "the journalist was questioned by the minister" for "the
    journalist questioned the minister"; else None."""
    if roles is None:
        return None
    s, v, o = (hits[i] for i in roles)
    if None in (s, v, o):
        return None
    if window.passive:
        return (s, v, o) if v == participle and s < v < o else None
    return (s, v, o) if o < v < s else None


def comparison_turned(point: int, compared: int, hits: list[int | None], window: Shape,
                      window_at: int) -> bool:
    """Whether the window compares the other way from the point ("less" for "more") with the
    point's echoed words in the point's order and its comparative between the echoes of the
    two cues the point's stands between. ``point``: the point's comparison (+1, -1, 0);
    ``compared``: how many of its cues come before its comparative; ``window_at``: how many
    window terms come before the window's comparative."""
    if not point or window.comparison != -point or not 0 < compared < len(hits):
        return False
    echoed = [h for h in hits if h is not None]
    # the nearest echoed cues on either side ("changed less in ten years" for "changed more in the
    # last ten years": "last" is not echoed, "years" is)
    before = next((h for h in reversed(hits[:compared]) if h is not None), None)
    after = next((h for h in hits[compared:] if h is not None), None)
    # (the cues before the comparative all before it, those after it all after: "Lahore's libraries
    # have changed less" echoes "libraries in Lahore" in another order, on the same side)
    return (len(echoed) >= 2 and before is not None and after is not None and before < window_at <= after
            and all(h < window_at for h in hits[:compared] if h is not None)
            and all(h >= window_at for h in hits[compared:] if h is not None))


def quantity_turned(point: int, quantified: bool, compared: int, hits: list[int | None], window: Shape,
                    window_at: int) -> bool:
    """Whether the window says less of a thing where the point says more, or more where it says
    less, of the same word right after the comparative ("fewer women have entered engineering"
    for "more women have entered engineering"). ``point``: the point's comparison (+1, -1, 0);
    ``quantified``: its comparative stands right before its cue number ``compared``;
    ``window_at``: the window term right after the window's comparative, or -1. "Fewer men
    than women" for "more women than men" quantifies another word, and is no reversal."""
    return (bool(point) and quantified and window.comparison == -point and window_at >= 0
            and compared < len(hits) and hits[compared] == window_at)


def sequence_turned(point: int, sequenced: int, hits: list[int | None], window: Shape, window_at: int) -> bool:
    """Whether the window puts the point's event on the other side of the same thing in time
    ("planted before the first rains" for "planted after the first rains"). ``point``: +1 the point
    says "after", -1 "before", 0 neither or both; ``sequenced``: the cue right after its word (or
    -1); ``window_at``: the window term right after the window's, or -1."""
    return (bool(point) and window.sequence == -point and 0 <= sequenced < len(hits) and window_at >= 0
            and hits[sequenced] == window_at)


def sides_swapped(than: int, hits: list[int | None], window_than: int) -> bool:
    """Whether the window puts the two sides of the point's comparison the other way round
    ("gains more ice than it loses" for "loses more ice than it gains", "adults need less sleep
    than children" for "children need more sleep than adults"). ``than``: the point's cues
    before its "than" (0: it has none); ``hits``: the window term echoing each cue (or None);
    ``window_than``: the window terms before its own "than" (-1: it has none). Swapped when
    the point's first echoed cue after "than" is echoed before the window's "than", and one of
    its cues before "than" after it. Said with the same comparative, the claim is reversed; with
    the opposite one ("less", "worse"), it is the same claim."""
    if not 0 < than < len(hits) or window_than < 0:
        return False
    second = next((h for h in hits[than:] if h is not None), None)
    return second is not None and second < window_than and any(
        h is not None and h >= window_than for h in hits[:than])


def contrast_swapped(rejected: range, held: range, hits: list[int | None], window: range, window_held: range) -> bool:
    """Whether a window holds what the point rejects and rejects what it holds ("rested upon force,
    not upon trust" for "rested upon trust, not upon force"; "sought to join the commerce rather than
    to command it" for "sought not to join the commerce but to command it"). ``rejected``, ``held``:
    the point's cue numbers on each side (``contrast_sides``); ``hits``: the window term echoing each
    cue (or None); ``window``, ``window_held``: the window's term numbers on each side of its own
    contrast. Nothing the point holds may be held by the window too."""
    held_hits = [hits[i] for i in held if i < len(hits) and hits[i] is not None]
    rejected_hits = [hits[i] for i in rejected if i < len(hits) and hits[i] is not None]
    return any(h in window for h in held_hits) and not any(h in window_held for h in held_hits) \
        and any(h in window_held for h in rejected_hits)


def preference_swapped(before: int, hits: list[int | None], window_pivot: int | None, upto: int = 0) -> bool:
    """Whether a window puts a preference the other way round. ``before``: how many of the
    point's cues come before its pivot (0: the point sets nothing against anything);
    ``upto``: how many come before the end of the second thing (0: the end of the point; in
    "Parents, rather than worksheets, are the best resource" the aside ends at its comma);
    ``hits``: the window term echoing each cue (or None); ``window_pivot``: the index of the
    window's first term after its own pivot (None: it has none). Swapped when every echoed
    cue of the second thing stands before the window's pivot and the last cue of the first
    thing is echoed after it."""
    if not before or window_pivot is None or before >= len(hits):
        return False
    second = [h for h in hits[before:upto or len(hits)] if h is not None]
    first = hits[before - 1]
    return bool(second) and all(h < window_pivot for h in second) and first is not None and first >= window_pivot
