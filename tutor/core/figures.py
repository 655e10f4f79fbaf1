"""Figures in a text: amounts of money, percentages, years and counted things."""

from __future__ import annotations

import re
from dataclasses import dataclass

from tutor.core.span import Span
from tutor.core.tokens import stem

ONES = {"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
        "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
        "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19}
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
NUMBER_WORDS = {**ONES, **TENS}
SCALES = {"hundred": 1e2, "thousand": 1e3, "million": 1e6, "m": 1e6, "mn": 1e6, "billion": 1e9,
          "bn": 1e9, "b": 1e9, "trillion": 1e12, "tn": 1e12, "lakh": 1e5, "lakhs": 1e5,
          "crore": 1e7, "crores": 1e7, "millions": 1e6, "billions": 1e9, "thousands": 1e3,
          "hundreds": 1e2}
CURRENCIES = {"$": "USD", "us$": "USD", "usd": "USD", "£": "GBP", "gbp": "GBP", "€": "EUR",
              "eur": "EUR", "₹": "INR", "rs": "PKR", "rs.": "PKR", "pkr": "PKR", "inr": "INR",
              "dollars": "USD", "dollar": "USD", "pounds": "GBP", "euros": "EUR", "rupees": "PKR",
              "yuan": "CNY", "rmb": "CNY", "yen": "JPY"}

_WORD_NUM = (r"(?:(?:" + "|".join(TENS) + r")(?:[-\s](?:" + "|".join(list(ONES)[1:10])
             + r"))?|" + "|".join(sorted(ONES, key=len, reverse=True)) + r")")
_FIGURE = re.compile(
    r"(?P<cur>US\$|\$|£|€|₹|\b(?:Rs\.?|PKR|USD|GBP|EUR|INR)\s?)?"
    r"(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\b" + _WORD_NUM + r"\b)"
    r"(?:[\s-]?(?P<scale>hundred|thousand|million|billion|trillion|lakhs?|crores?|bn|mn|tn|m|b)\b)?"
    r"(?:\s?(?P<pct>%|per\s?cent\b|percent\b|percentage points?\b))?"
    r"(?:\s(?P<cur2>dollars?|pounds|euros|rupees|yuan|renminbi|yen)\b)?",
    re.IGNORECASE,
)
_NEXT_TOKEN = re.compile(r"\s*([A-Za-z][A-Za-z'’-]*|\S)")
_NOT_UNITS = frozenset(
    "and or to in of the a an as at by for from with per is are was were has have had such more than "
    "new other about over under some all these those who which that this its their his her our will would "
    "could may might can be been being now still only also just each every".split())
_UNIT_WORDS = 3


@dataclass(frozen=True, slots=True)
class Figure:
    """A number as the text states it: ``kind`` is money, percent, year or count."""

    text: str
    span: Span
    kind: str
    value: float
    unit: str = ""  # currency code, or "%"
    nouns: frozenset[str] = frozenset()  # stems of the words after a count: "children", "european", "town"

    def counts_same_thing(self, other: "Figure") -> bool:
        """Whether two counts may be of the same thing; unknown nouns match anything."""
        return not self.nouns or not other.nouns or bool(self.nouns & other.nouns)



def _number(raw: str) -> float | None:
    raw = raw.lower().replace(",", "")
    try:
        return float(raw)
    except ValueError:
        pass
    total = 0
    for part in re.split(r"[-\s]+", raw):
        if part not in NUMBER_WORDS:
            return None
        total += NUMBER_WORDS[part]
    return float(total)


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
    nxt = m.group(1).lower() if m else ""
    return not (nxt.endswith("s") and not nxt.endswith("ss") and nxt not in _NOT_UNITS and len(nxt) > 3)


def _classify(m: re.Match, text: str) -> Figure | None:
    value = _number(m.group("num"))
    if value is None:
        return None
    scale = (m.group("scale") or "").lower()
    cur = (m.group("cur") or m.group("cur2") or "").strip().lower()
    word_number = not m.group("num")[0].isdigit()
    if scale in ("m", "b") and not cur:
        return None  # "5 m" is a distance more often than five million
    if word_number and not (scale or cur or m.group("pct")) and value < 2:
        return None  # "one of the...", "zero-sum": not figures anyone would mistype
    amount = value * SCALES.get(scale, 1.0)
    span = Span(m.start(), m.end())
    if m.group("pct"):
        return Figure(span.of(text), span, "percent", amount, "%")
    if cur:
        return Figure(span.of(text), span, "money", amount, CURRENCIES.get(cur, cur.upper()))
    if not scale and _is_year(m.group("num"), text, m.end()):
        return Figure(span.of(text), span, "year", amount)
    nouns = frozenset(stem(w) for w in _words_after(text, m.end()))
    return Figure(span.of(text), span, "count", amount, nouns=nouns)


def find_figures(text: str, start: int = 0, end: int | None = None) -> tuple[Figure, ...]:
    stop = len(text) if end is None else end
    found = []
    for m in _FIGURE.finditer(text, start, stop):
        if m.start() > 0 and (text[m.start() - 1].isalnum() or text[m.start() - 1] == "-" and m.group()[0].isdigit()):
            continue  # part of a word or a code such as "G-20" or "COVID-19"
        fig = _classify(m, text)
        if fig:
            found.append(fig)
    return tuple(found)
