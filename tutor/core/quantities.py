"""Reading one written number as a quantity: its value, its scale, and how exactly it is stated.

A figure is read as an interval, not a point, because a writer who rounds is
not wrong: "$23.3 billion" stands for anything from 23.25 to 23.35 billion, and
"about 60" for anything that rounds to the nearest ten. Number words ("forty-eight",
"two hundred and fifty") are read by text2num; fractions, multipliers and South
Asian scales (lakh = 10^5, crore = 10^7) are read here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from text_to_num import text2num

ONES = {"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
        "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
        "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19}
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
NUMBER_WORDS = {**ONES, **TENS}
ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
            "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12}
SCALES = {"hundred": 1e2, "thousand": 1e3, "k": 1e3, "million": 1e6, "m": 1e6, "mn": 1e6, "mln": 1e6,
          "billion": 1e9, "bn": 1e9, "b": 1e9, "trillion": 1e12, "tn": 1e12, "lakh": 1e5, "lac": 1e5,
          "crore": 1e7, "cr": 1e7}
# A fraction's value in per cent: "two-thirds" of something is about 67% of it.
FRACTIONS = {"half": 50.0, "third": 100 / 3, "thirds": 100 / 3, "quarter": 25.0, "quarters": 25.0,
             "fifth": 20.0, "fifths": 20.0, "tenth": 10.0, "tenths": 10.0}
# Words before a figure that say it is not exact. Source: the list ("about",
# "nearly", "over") and the hedges of news and exam prose.
HEDGES = frozenset(("about", "around", "nearly", "almost", "roughly", "some", "approximately", "over", "under",
                    "more than", "less than", "close to", "just", "up to", "at least", "at most", "an estimated",
                    "estimated", "upwards of", "as much as", "as many as", "as high as"))
# Hedges that bound a figure from one side: "more than 50%" agrees with 60%.
FLOORS = frozenset(("over", "more than", "at least", "upwards of", "just over"))
CEILINGS = frozenset(("under", "less than", "up to", "at most", "almost", "nearly", "just under", "as much as",
                      "as many as", "as high as"))
OPEN_SIDE = 0.2  # how far "more than" reaches upwards, as a share of the figure
OPEN_BELOW = 0.1  # how far "nearly" and "under" reach downwards
# Share of its own value an approximate figure may miss by (a teacher's "about right").
APPROXIMATE = 0.05
ROUND_AT_MOST = 0.15  # the most a hedged round number may be off, as a share of it


@dataclass(frozen=True, slots=True)
class Quantity:
    """A value with the interval the writing allows: ``low <= true value <= high``."""

    value: float
    low: float
    high: float

    def agrees(self, other: "Quantity") -> bool:
        """Whether the two statements can be of the same amount (their intervals meet)."""
        overlap = min(self.high, other.high) - max(self.low, other.low)
        tolerance = 1e-9 * max(abs(self.value), abs(other.value), 1.0)
        if self.low == self.high or other.low == other.high:  # an exact figure may sit on the other's edge
            return overlap >= -tolerance
        return overlap > tolerance  # two rounded figures that only touch ("about 10" and "roughly 8") differ


def singular_scale(word: str) -> str:
    w = word.lower().rstrip(".")
    return w[:-1] if w.endswith("s") and w[:-1] in SCALES else w


def number_value(raw: str) -> float | None:
    """"1,25,000" -> 125000.0, "48.5" -> 48.5, "forty-eight" -> 48.0, "a hundred" -> 100.0; None if not a number."""
    text = raw.lower().strip()
    if text[:1].isdigit():
        try:
            return float(text.replace(",", ""))
        except ValueError:
            return None
    text = re.sub(r"^(?:a|an)\s+", "one ", text).replace("-", " ")
    try:
        return float(text2num(text, "en"))
    except ValueError:
        return None


def _unit_of_last_digit(raw: str, hedged: bool) -> float:
    """The step the writer rounded to: 0.1 for "23.3"; 1 for "65"; 10 for "about 60"."""
    digits = raw.replace(",", "")
    if not digits[:1].isdigit():
        return 1.0
    if "." in digits:
        return 10.0 ** -len(digits.split(".")[1])
    if not hedged:
        return 1.0
    zeros = len(digits) - len(digits.rstrip("0"))
    return 10.0 ** min(zeros, len(digits) - 1)


def quantity(raw: str, scale: float = 1.0, hedge: str = "") -> Quantity | None:
    """The written number ``raw`` times ``scale``, with its rounding interval.

    With a ``hedge`` ("about", "over", ...), the figure may miss by the step it is
    rounded to and at least by ``APPROXIMATE`` of its value; "over" and "more than"
    open the interval upwards, "under" and "up to" downwards.
    """
    value = number_value(raw)
    if value is None:
        return None
    half = _unit_of_last_digit(raw, bool(hedge)) / 2
    if hedge:  # "about 10" is 8.5 to 11.5, not 5 to 15: rounding to tens is for larger numbers
        half = max(min(half, value * ROUND_AT_MOST), value * APPROXIMATE)
    low, high = (value - half) * scale, (value + half) * scale
    if not raw[:1].isdigit() and not hedge:
        low = high = value * scale  # words are exact: "nine" is 9
    if hedge in FLOORS:
        high = max(high, value * (1 + OPEN_SIDE) * scale)
    if hedge in CEILINGS:
        low = min(low, value * (1 - OPEN_BELOW) * scale)
    if hedge in ("as much as", "as many as", "as high as", "up to"):
        low = 0.0  # "as much as 60%" allows any share up to 60%
    return Quantity(value * scale, low, high)


def span_of(low: Quantity, high: Quantity) -> Quantity:
    """A range ("5-7%"): every value from the low end's bottom to the high end's top."""
    return Quantity((low.value + high.value) / 2, min(low.low, high.low), max(low.high, high.high))


def exactly(value: float, slack: float = 0.0) -> Quantity:
    return Quantity(value, value - slack, value + slack)
