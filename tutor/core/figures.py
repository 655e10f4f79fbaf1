"""Figures in a text: amounts of money, percentages, years, multipliers and counted things.

Each figure carries its ``Quantity`` (value and the interval its wording allows),
so "$23.3 billion" agrees with "$23.33 billion", "ninefold" with "nine times",
"two-thirds" with "67 per cent", "the 1990s" with 1995, "5-7%" with 6%, and
"Rs 2.5 lakh crore" with "Rs 2.5 trillion". Paragraph and line citations
("para 5", "(11)") and list numbers are not figures.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from text_to_num import alpha2digit

from tutor.core.quantities import (CEILINGS, FLOORS, FRACTIONS, HEDGES, NUMBER_WORDS, ONES, ORDINALS, SCALES, TENS, Quantity,
                                   exactly, number_value, quantity, singular_scale, span_of)
from tutor.core.scanning import text_pattern
from tutor.core.span import Span
from tutor.core.tokens import stem

__all__ = ["Figure", "find_figures", "ONES", "TENS", "NUMBER_WORDS"]

CURRENCIES = {"$": "USD", "us$": "USD", "usd": "USD", "£": "GBP", "gbp": "GBP", "€": "EUR",
              "eur": "EUR", "₹": "RUPEE", "rs": "RUPEE", "rs.": "RUPEE", "pkr": "RUPEE", "inr": "RUPEE",
              "dollars": "USD", "dollar": "USD", "pounds": "GBP", "euros": "EUR", "rupees": "RUPEE",
              "yuan": "CNY", "rmb": "CNY", "renminbi": "CNY", "yen": "JPY"}

_WORD = r"(?:" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + r")"
_WORD_NUM = rf"(?:(?:a|an)\s+(?=hundred|thousand))?(?:{_WORD}|hundred|thousand)(?:(?:[\s-]+(?:and\s+)?)(?:{_WORD}|hundred|thousand)\b)*"
_SCALE = r"(?:hundred|thousand|million|billion|trillion|lakhs?|lacs?|crores?|bn|mn|mln|tn|cr|k|m|b)"
_FIGURE = text_pattern(
    r"(?P<cur>US\$|\$|£|€|₹|\b(?:Rs\.?|PKR|USD|GBP|EUR|INR)\s?)?"
    r"(?P<num>\d{1,2}(?:,\d\d)+,\d{3}(?:\.\d+)?|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\b" + _WORD_NUM + r"(?:\b|(?=fold\b)))"
    r"(?P<scale>(?:[\s-]?" + _SCALE + r"\b){1,2})?"
    r"(?:(?P<fold>-?fold\b|\s+times\b(?!\s+(?:a|an|per|each|every)\b))"
    r"|\s?(?P<pct>%|per\s?cent\b|percent\b|pc\b|percentage points?\b)"
    r"|\s(?P<cur2>dollars?|pounds|euros|rupees|yuan|renminbi|yen)\b"
    r"|(?P<decade>(?<=\d0)'?s\b))?",
    re.IGNORECASE,
)
# "a quarter of a century", "three quarters of an hour": a span of time or distance, not a share.
_SPAN_UNITS = r"(?:century|decade|year|month|week|day|hour|minute|mile)\b"
# "a third of", "two-thirds", "half of"; and "cut by half", "cut in half": a change of 50 per cent.
_FRACTION = text_pattern(
    r"\b(?:(?:(?P<n>a|an|one|two|three|four|five|seven|nine)[\s-]+)(?P<part>thirds?|quarters?|fifths?|tenths?)|(?P<half>half))"
    r"(?!\s+of\s+an?\s+" + _SPAN_UNITS + r")(?:(?=\s+of\b)|(?<=s)\b)"
    r"|(?<=\b(?:by|in)\s)(?P<by>half)\b(?!\s+(?:an?|the|of|past|time)\b)"
    # "fell by a quarter", "rose by two-thirds": a change of that share …
    # … and "about a third cycle to work": a hedge says the fraction is an amount
    r"|(?<=\b(?:by|about|around|nearly|almost|roughly|some|over|under|only|just|than)\s)(?:(?P<n2>a|an|one|two|three)[\s-]+"
    r"(?P<part2>thirds?|quarters?|fifths?|tenths?)(?!\s+of\s+an?\s+" + _SPAN_UNITS + r")|(?P<half2>half)(?!\s+(?:an?\s+(?:hour|minute|day|week|month|year|mile|dozen|century)|the\s+time|past|time|hour|"
    r"way)\b))\b", re.IGNORECASE)
# "one in three", "1 in 5", "two out of ten": a share, as "a third" is.
_ONE_IN = text_pattern(r"\b(?P<a>one|two|three|four|five|six|seven|eight|nine|\d{1,2})\s+"
                       r"(?:(?:household|person|adult|child|worker|family|farm|school|pupil|student|voter|woman|man|"
                       r"home|house|firm|patient|doctor|teacher|village|town)s?\s+)?(?:in|out\s+of)\s+"
                       r"(?P<b>two|three|four|five|six|seven|eight|nine|ten|twenty|hundred|\d{1,3})\b"
                       r"(?!\s*(?:%|per\s?cent|percent|years?|months?|weeks?|days?|hours?|minutes?)\b)", re.IGNORECASE)
# "the past decade", "two decades", "a century", "half a century": a span of years, which "ten
# years" (or "fifty years") restates.
_DECADES = text_pattern(r"\b(?:(?P<part>half\s+a|a\s+quarter\s+(?:of\s+)?a)\s+|(?P<n>a|one|two|three|four|five|several)\s+"
                        r"|(?:the\s+)?(?:past|last|next|previous)\s+)"
                        r"(?P<unit>decades?|century|centuries)\b", re.IGNORECASE)
_YEARS_IN = {"decade": 10.0, "decades": 10.0, "century": 100.0, "centuries": 100.0}
# "doubled", "is doubling", "plans to quadruple": a change by a multiple (the base form only after
# "to" or a modal: "a double room", "double standards" are no change).
_MULTIPLIED = text_pattern(r"\b(?P<verb>(?:doubl|tripl|trebl|quadrupl)(?:ed|es|ing)|halved|halving"
                           r"|(?:(?<=\bto )|(?<=\bwill )|(?<=\bwould )|(?<=\bcould )|(?<=\bmay )|(?<=\bmight )"
                           r"|(?<=\bcan )|(?<=\bshould )|(?<=\bmust ))(?:double|triple|treble|quadruple|halve))\b"
                           r"(?!\s+(?:as|up|over|back|down)\b)", re.IGNORECASE)
_ORDINAL = text_pattern(r"\b(?:(?P<word>" + "|".join(ORDINALS) + r")|(?P<num>\d+)(?:st|nd|rd|th))\b", re.IGNORECASE)
_SPLIT_YEAR = re.compile(r"[-–/](\d\d)\b(?![-–/]?\d)")
_RANGE_JOIN = re.compile(r"\s*(?:-|–|—|to|and)\s*$", re.IGNORECASE)
_CITATION = text_pattern(r"(?:\b(?:para(?:graph)?s?|par|pg|pp?|pages?|lines?|chapters?|ch|sections?|sentences?|verses?|"
                       r"stanzas?|acts?|scenes?|fig(?:ure)?s?|tables?|no|number|step|point)\.?|#)\s*$", re.IGNORECASE)
_NEXT_TOKEN = re.compile(r"\s*([A-Za-z][A-Za-z'’-]*|\S)")
_NOT_UNITS = frozenset(
    "and or to in of the a an as at by for from with per is are was were has have had such more than "
    "new other about over under some all these those who which that this its their his her our will would "
    "could may might can be been being now still only also just each every".split())
_MULTIPLIERS = {"doubl": 2.0, "tripl": 3.0, "trebl": 3.0, "quadrupl": 4.0, "halv": 0.5}
_UNIT_WORDS = 3
_BARE_SUM = 1000  # a number without a currency this large may restate a sum of money
_YEAR_NOUNS = frozenset("floods elections riots talks games olympics accords protests reforms budgets".split())
_CODE_AFTER = re.compile(r"-[A-Z]\b")
_AGE_AFTER = re.compile(r"[\s-]years?[\s-]old\b", re.IGNORECASE)
_AGE_BEFORE = re.compile(r"\baged\s+$", re.IGNORECASE)
_APPOSITION_BEFORE = re.compile(r"\b[A-Za-z][a-z'’]+\s+[A-Za-z][a-z'’]+\s*,\s*$")  # "Joshua Finbow, "
_APPOSITION_AFTER = re.compile(r"\s*,\s*[A-Za-z]")
_DIGITS = re.compile(r"\d[\d,]*(?:\.\d+)?")
_LEADING = re.compile(r"\d[\d,]*(?:\.\d+)?|[A-Za-z-]+")


@dataclass(frozen=True, slots=True)
class Figure:
    """A number as the text states it.

    ``kind`` is money, percent, year, age ("22-year-old"), times (a multiplier) or count; ``value`` is
    the amount in units (dollars, per cent, ...); ``amount`` the interval the
    wording allows; ``nouns`` the stems of the words a count counts.
    """

    text: str
    span: Span
    kind: str
    value: float
    unit: str = ""  # currency code, or "%"
    nouns: frozenset[str] = frozenset()  # stems of the words after a count: "children", "european", "town"
    amount: Quantity | None = None
    approximate: bool = False

    @property
    def quantity(self) -> Quantity:
        return self.amount or exactly(self.value)

    def counts_same_thing(self, other: "Figure") -> bool:
        """Whether two counts may be of the same thing; unknown nouns match anything."""
        return not self.nouns or not other.nouns or bool(self.nouns & other.nouns)

    def agrees(self, other: "Figure") -> bool:
        """Whether the two can state the same amount: compatible kinds and units, meeting intervals."""
        kinds = {self.kind, other.kind}
        if kinds in ({"count", "year"}, {"count", "age"}):
            return self.value == other.value  # "the 2022 floods" and "in 2022"; "aged 35" and "35 years"
        if len(kinds) > 1 and not ("count" in kinds and kinds <= {"count", "money"}
                                   and min(self.value, other.value) >= _BARE_SUM):
            return False  # a bare "2.5 trillion" may restate a sum; a bare "4" is no share, year or multiple
        if self.unit and other.unit and self.unit != other.unit:
            return False
        return self.quantity.agrees(other.quantity)


def _hedge(text: str, start: int) -> str:
    """The hedge just before a figure ("about", "more than"), or ""."""
    before = text[max(0, start - 24):start].lower()
    if before.rstrip().endswith("~"):
        return "about"
    words = re.findall(r"[a-z]+", before)[-3:]
    return next((" ".join(words[i:]) for i in range(len(words)) if " ".join(words[i:]) in HEDGES), "")


def _words_after(text: str, end: int) -> list[str]:
    """Up to three words after a figure, stopping at punctuation, small words skipped."""
    words: list[str] = []
    pos = end
    for _ in range(_UNIT_WORDS + 2):
        m = _NEXT_TOKEN.match(text, pos)
        if not m or not m.group(1)[0].isalpha():
            break
        pos = m.end()
        word = m.group(1).lower()
        if word not in _NOT_UNITS:
            words.append(word)
        if len(words) == _UNIT_WORDS:
            break
    return words


def _is_year(num: str, text: str, end: int) -> bool:
    """1000-2099 written plain, unless a plural noun follows ("1450 towns")."""
    if not re.fullmatch(r"1\d{3}|20\d\d", num):
        return False
    m = _NEXT_TOKEN.match(text, end)
    nxt = m.group(1) if m else ""
    plural = nxt.islower() and nxt.endswith("s") and not nxt.endswith(("ss", "'s", "’s")) and len(nxt) > 3
    return not plural or nxt in _NOT_UNITS or nxt in _YEAR_NOUNS


def _is_age(raw: str, text: str, start: int, end: int) -> bool:
    """"22-year-old", "aged 35", and a news apposition "Joshua Finbow, 23, a submarine engineer";
    written in digits ("aged five to sixteen" is a range a passage may word otherwise)."""
    if not raw.isdigit():
        return False
    if _AGE_AFTER.match(text, end) or _AGE_BEFORE.search(text[max(0, start - 8):start]):
        return True
    return bool(10 <= int(raw) <= 110 and _APPOSITION_BEFORE.search(text[max(0, start - 24):start])
                and _APPOSITION_AFTER.match(text, end))


def _scale(raw: str) -> tuple[float, str]:
    """"lakh crore" -> (1e12, "lakh crore"); "" -> (1.0, "")."""
    words = [singular_scale(w) for w in re.split(r"[\s-]+", raw.strip()) if w]
    factor = 1.0
    for w in words:
        factor *= SCALES.get(w, 1.0)
    return factor, " ".join(words)


def _cited(text: str, start: int, end: int) -> bool:
    """"para 5", "(11)", "line 3", or a list number at the start of a line."""
    if _CITATION.search(text[max(0, start - 12):start]):
        return True
    if text[start - 1:start] == "(" and text[end:end + 1] == ")":
        return True
    line_start = text.rfind("\n", 0, start) + 1
    return not text[line_start:start].strip() and text[end:end + 1] in (".", ")")


def _classify(m: re.Match, text: str) -> Figure | None:
    raw = m.group("num")
    factor, scale = _scale(m.group("scale") or "")
    cur = (m.group("cur") or m.group("cur2") or "").strip().lower()
    pct, word_number = m.group("pct"), not raw[0].isdigit()
    if scale in ("m", "b", "k") and not cur:
        return None  # "5 m" is a distance more often than five million
    if word_number and not (scale or cur or pct or m.group("fold")) and (number_value(raw) or 0) < 2:
        return None  # "one of the...", "zero-sum": not figures anyone would mistype
    if m.group("decade"):
        year = number_value(raw) or 0
        last = year + (99 if year % 100 == 0 else 9)  # "the 1800s" spans a century, "the 1870s" a decade
        return Figure(m.group(), Span(m.start(), m.end()), "year", year, amount=Quantity((year + last) / 2, year, last))
    hedge = _hedge(text, m.start())
    hedged = bool(hedge)
    amount = quantity(raw, factor, hedge)
    if amount is None:
        return None
    span = Span(m.start(), m.end())
    text_of = span.of(text)
    if m.group("fold"):
        return Figure(text_of, span, "times", amount.value, amount=amount, approximate=hedged)
    if pct:
        return Figure(text_of, span, "percent", amount.value, "%", amount=amount, approximate=hedged)
    if cur:
        return Figure(text_of, span, "money", amount.value, CURRENCIES.get(cur, cur.upper()), amount=amount,
                      approximate=hedged)
    if not scale and _is_year(raw, text, m.end()):
        split = _SPLIT_YEAR.match(text, m.end())
        last = int(amount.value) // 100 * 100 + int(split.group(1)) if split else 0
        if last > amount.value:  # "2022-23" (a financial or school year), "1914-18": the years from one to the other
            span = Span(m.start(), split.end())
            return Figure(span.of(text), span, "year", amount.value,
                          amount=Quantity((amount.value + last) / 2, amount.value, last))
        return Figure(text_of, span, "year", amount.value, amount=exactly(amount.value))
    if not scale and _is_age(raw, text, m.start(), m.end()):
        return Figure(text_of, span, "age", amount.value, amount=exactly(amount.value))
    nouns = frozenset(stem(w) for w in _words_after(text, m.end()))
    return Figure(text_of, span, "count", amount.value, nouns=nouns, amount=amount, approximate=hedged)


def _fractions(text: str, start: int, stop: int) -> list[Figure]:
    found = []
    for m in _FRACTION.finditer(text, start, stop):
        n = (m.group("n") or m.group("n2") or "a").lower()
        count = 1.0 if n in ("a", "an") else float(ONES[n])
        share = count * FRACTIONS[(m.group("part") or m.group("part2") or m.group("half") or m.group("half2") or m.group("by")).lower()]
        if share <= 100:
            found.append(_share(text, Span(m.start(), m.end()), share))
    return found


SHARE_SLACK = 4.0  # points either side of a share said in words: "a third" is 29 to 37 per cent
# "Nearly half", "almost a third": from this share of the fraction up to it.
SHARE_NEARLY = 0.8
# "More than a third" reaches up to this many times the fraction, "less than a third" down to the
# fraction divided by it: "under a third" is not said of 1 per cent, nor "more than a tenth" of 60.
SHARE_OPEN = 2.0


def _share(text: str, span: Span, share: float) -> Figure:
    """A share said in words ("a third", "one in three") as an approximate percentage, ±4 points;
    a hedge before it opens one side (``SHARE_OPEN``): "more than half" and "well over half" hold
    59 per cent, "less than a third" 20 per cent, "nearly half" 40 to 54."""
    hedge = _hedge(text, span.start)
    low, high = share - SHARE_SLACK, share + SHARE_SLACK
    if hedge in FLOORS:
        high = min(100.0, max(high, share * SHARE_OPEN))
    elif hedge in ("nearly", "almost", "just under"):
        low = share * SHARE_NEARLY
    elif hedge in CEILINGS:
        low = min(low, share / SHARE_OPEN)
    return Figure(span.of(text), span, "percent", share, "%", amount=Quantity(share, low, high), approximate=True)


def _one_in(text: str, start: int, stop: int) -> list[Figure]:
    """"one in three" as a share of about 33 per cent (``_ONE_IN``)."""
    found = []
    for m in _ONE_IN.finditer(text, start, stop):
        a, b = (number_value(m.group(g)) for g in ("a", "b"))
        if a and b and a < b:
            found.append(_share(text, Span(m.start(), m.end()), 100.0 * a / b))
    return found


def _decades(text: str, start: int, stop: int) -> list[Figure]:
    """"the past decade" as a count of 10 years, "two centuries" of 200 (``_DECADES``); the hedge
    before it, if any, widens it as it widens any count ("over a decade")."""
    found = []
    for m in _DECADES.finditer(text, start, stop):
        n = (m.group("n") or "one").lower()
        count = 3.0 if n == "several" else (1.0 if n in ("a", "one") else float(ONES[n]))
        if m.group("part"):  # "half a century", "a quarter of a century"
            count = 0.5 if m.group("part").lower().startswith("half") else 0.25
        raw = str(int(count * _YEARS_IN[m.group("unit").lower()]))
        hedge = _hedge(text, m.start())
        amount = quantity(raw, 1.0, hedge)
        span = Span(m.start(), m.end())
        found.append(Figure(span.of(text), span, "count", amount.value, nouns=frozenset({stem("years")}),
                            amount=amount, approximate=bool(hedge) or n == "several"))
    return found


# "the twelfth century", "the 19th century", "nineteenth-century": the hundred years a précis's
# "1100s" or "1800s" names (centuries before Christ are left alone).
_CENTURY = text_pattern(r"\b(?P<ord>(?:twenty[\s-])?[a-z]+|\d{1,2}(?:st|nd|rd|th))[\s-]+century\b"
                        r"(?!\s+(?:BC|BCE|B\.C)\b)", re.IGNORECASE)


def _centuries(text: str, start: int, stop: int) -> list[Figure]:
    """Each ordinal century as the years it spans ("the nineteenth century": 1800 to 1899), read by
    text2num's ``alpha2digit`` ("nineteenth" → "19th")."""
    found = []
    for m in _CENTURY.finditer(text, start, stop):
        said = m.group("ord").lower()
        digits = re.match(r"\d+", alpha2digit(said.replace("-", " "), "en") if said != "first" else "1")
        if not digits or not 1 <= int(digits.group()) <= 21:
            continue
        first = (int(digits.group()) - 1) * 100
        span = Span(m.start(), m.end())
        found.append(Figure(span.of(text), span, "year", first, amount=Quantity(first + 49.5, first, first + 99)))
    return found


def _multiplied(text: str, start: int, stop: int) -> list[Figure]:
    return [Figure(m.group(), Span(m.start(), m.end()), "times",
                   next(v for k, v in _MULTIPLIERS.items() if m.group().lower().startswith(k)))
            for m in _MULTIPLIED.finditer(text, start, stop)]


def ordinals(text: str, start: int = 0, end: int | None = None) -> tuple[Figure, ...]:
    """"the fourth day" as a count of 4 days: what a précis's "four days" may restate."""
    found = []
    for m in _ORDINAL.finditer(text, start, len(text) if end is None else end):
        value = float(ORDINALS[m.group("word").lower()] if m.group("word") else int(m.group("num")))
        nouns = frozenset(stem(w) for w in _words_after(text, m.end()))
        found.append(Figure(m.group(), Span(m.start(), m.end()), "count", value, nouns=nouns))
    return tuple(found)


def _joined_range(a: Figure, b: Figure, text: str) -> Figure | None:
    """"5-7%", "5 to 7 per cent", "between 5 and 7 per cent" as one figure spanning both ends."""
    between = text[a.span.end:b.span.start]
    if not _RANGE_JOIN.fullmatch(" " + between) or len(between) > 6:
        return None
    if between.strip().lower() == "and" and not text[:a.span.start].rstrip().lower().endswith("between"):
        return None
    if a.kind not in ("count", b.kind) or (a.unit and a.unit != b.unit) or a.kind == b.kind == "count":
        return None
    span = Span(a.span.start, b.span.end)
    low = a.quantity
    if a.kind == "count" and a.value == number_value(_LEADING.search(a.text).group()):
        b_number = number_value(_LEADING.search(b.text).group()) or 1.0
        low = Quantity(a.value * b.value / b_number, a.quantity.low * b.value / b_number,
                       a.quantity.high * b.value / b_number)
    return Figure(span.of(text), span, b.kind, b.value, b.unit, b.nouns, span_of(low, b.quantity), b.approximate)


def _money_range(a: Figure, b: Figure, text: str) -> Figure | None:
    """"$15-20 billion", "$5-6": a sum of money and a bare number after it, the scale said once,
    after the second, holding for both."""
    if a.kind != "money" or b.kind != "count" or text[a.span.end:b.span.start].strip() not in ("-", "–", "to"):
        return None
    digits = _DIGITS.search(a.text)  # "US$15", "Rs 500"; or "nine dollars" in words
    a_number = number_value(digits.group() if digits else _LEADING.search(a.text).group())
    b_number = number_value(_LEADING.search(b.text).group()) or 1.0
    factor = b.value / b_number
    if a_number is None or a_number != a.value or a_number >= b_number:
        return None  # "$2 billion-3" or "$20-15": no range
    low = Quantity(a.value * factor, a.quantity.low * factor, a.quantity.high * factor)
    span = Span(a.span.start, b.span.end)
    return Figure(span.of(text), span, "money", b.value, a.unit, amount=span_of(low, b.quantity), approximate=a.approximate)


def _ranges(figures: list[Figure], text: str) -> list[Figure]:
    out: list[Figure] = []
    for fig in figures:
        joined = (_joined_range(out[-1], fig, text) or _money_range(out[-1], fig, text)) if out else None
        if joined:
            out[-1] = joined
        else:
            out.append(fig)
    return out


# "55 per cent a decade earlier", "two years later": a year the passage states by its distance
# from one it names before.
_RELATIVE_YEAR = text_pattern(r"\b(?P<n>half\s+a|a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+"
                              r"(?P<unit>decades?|years?|century|centuries)\s+(?P<way>earlier|later|before|after|"
                              r"previously|on)\b",
                              re.IGNORECASE)


def _relative_years(found: list[Figure], text: str, start: int, stop: int) -> list[Figure]:
    """Years a passage states relative to the last one it names before them ("in 2022, up from 55
    per cent a decade earlier" → 2012; "In 1871 … . The council refused. Two years later …" → 1873;
    "Half a century after she had first asked", paragraphs on → 1921), so that a précis that works
    them out is not told the year is wrong."""
    out = []
    for m in _RELATIVE_YEAR.finditer(text, start, stop):
        named = [f for f in found if f.kind == "year" and f.span.end <= m.start()]
        if not named:
            continue
        said = m.group("n").lower()
        n = 1.0 if said in ("a", "an") else 0.5 if said.startswith("half") else number_value(said)
        if not n:
            continue
        years = n * _YEARS_IN.get(m.group("unit").lower(), 1.0)
        sign = -1 if m.group("way").lower() in ("earlier", "before", "previously") else 1
        value = named[-1].value + sign * years
        out.append(Figure(m.group(), Span(m.start(), m.end()), "year", value, amount=exactly(value)))
    return out


def find_figures(text: str, start: int = 0, end: int | None = None, decades: bool = True) -> tuple[Figure, ...]:
    """Figures in ``text[start:end]``, in order; spans are offsets into ``text``. ``decades``:
    also "the past decade", "a century" as counts of years (``_decades``): a passage's, so that
    a précis's "ten years" agrees with it; a précis's own are not checked (precision first: "a
    century of progress" restates "the past century" loosely)."""
    stop = len(text) if end is None else end
    found = []
    for m in _FIGURE.finditer(text, start, stop):
        before = text[m.start() - 1] if m.start() > 0 else " "
        if found and found[-1].span.end > m.start():
            continue  # the "23" of "2022-23", read with its year
        hyphen_code = before == "-" and m.group()[0].isdigit() and not text[max(0, m.start() - 2):m.start() - 1].isdigit()
        if before.isalnum() or hyphen_code or _CODE_AFTER.match(text, m.end()):
            continue  # part of a word or a code such as "G-20", "COVID-19" or "Article 25-A" (not "5-7%")
        if _cited(text, m.start(), m.end()):
            continue
        fig = _classify(m, text)
        if fig:
            found.append(fig)
    extra = _fractions(text, start, stop) + _one_in(text, start, stop) + _multiplied(text, start, stop) \
        + (_decades(text, start, stop) + _centuries(text, start, stop) if decades else [])
    # "two years later" is both a count of years and, after "In 1871", the year 1873: both readings stay
    relative = _relative_years(found, text, start, stop) if decades else []
    found = [f for f in found if not any(f.span.overlaps(x.span) for x in extra)] + extra + relative
    return tuple(_ranges(sorted(found, key=lambda f: f.span.start), text))
