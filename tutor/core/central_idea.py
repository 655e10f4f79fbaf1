"""The passage's central idea, as the words that carry it: what a good title names.

A title names the central idea when one of its words (or the passage word it
misspells by a letter), with its inflections, derivations and synonyms, carries
much of the passage: "Rest" for a passage that says "rested", "idleness" and
"leisure" names it, though "rest" itself never appears. Each word's *mass* is
how many of the passage's words it matches (``synonyms.match_keys``: the same
stem at full credit, a synonym group or a long shared prefix at less), with the
first and last sentences (where a passage states and closes its case) and the
heaviest key points counted extra.

Thresholds were set on the bundled library (each passage against the titles of
its own model précis and passage, and against every other passage's titles):
with the authored key points every own title is judged relevant but one
("Remittances and the Limits of Borrowed Comfort", whose passage mostly says
"transfers"), and 24 of 384 other passages' titles are; pasted, with automatic
key points, 30 of 32 and 23 of 384 (the exact-match rule it replaces: 31 of 32
and 35 of 384).
"""

from __future__ import annotations

from dataclasses import dataclass

from tutor.core.keypoints.model import KeyPoint
from tutor.core.keypoints.synonyms import expanded_keys, match_keys
from tutor.core.keypoints.words import content_terms, term_key
from tutor.core.misspelling import NearWords, near_words
from tutor.core.tokens import sentence_spans

EDGE_FACTOR = 2.0   # a word in the first or last sentence counts this many times
POINT_FACTOR = 1.0  # a word of one of the heaviest key points adds this much
TOP_WORDS = 8       # a title word among the passage's this many heaviest names its central idea …
WIDE_WORDS = 30     # … and so do titles with a third of their words among this many
WIDE_SHARE = 1 / 3
MIN_MASS = 1.5      # … but never a word the passage mentions once in passing
# An abstract noun in a title ("Friendship", "Growth") carries the mass of the word it is made from, in
# any of its forms ("one child had *befriended* him", "the place *grew*"), as an inflection would.
# Abstract-noun endings and what to put back to reach the word the noun is made from: "friend-ship",
# "lonel-iness" → "lonely", "sleep-lessness" → "sleep" (its lack), "grow-th", "persever-ance" → "persevere",
# "forgive-ness".
_THEME_ENDINGS = (("lessness", ""), ("iness", "y"), ("ness", ""), ("ship", ""), ("hood", ""), ("dom", ""), ("th", ""),
                  ("ance", "e"), ("ance", ""), ("ence", "e"), ("ence", ""), ("ment", ""), ("ity", ""),
                  ("ity", "e"), ("ation", "e"), ("ion", "e"), ("ion", ""), ("ism", ""))
_THEME_PREFIXES = ("", "be", "en")  # "befriended" is made from "friend"
_THEME_MIN = 3  # letters the word it is made from keeps ("dom" alone is no word of "freedom")


@dataclass(frozen=True)
class CentralIdea:
    """The passage side of title relevance, built once per passage.

    ``index`` maps a match key to the passage words holding it, as (word number,
    credit); ``factors`` is each word's count (more in the first and last sentences);
    ``top`` and ``wide`` are the masses of the ``TOP_WORDS``-th and ``WIDE_WORDS``-th
    heaviest distinct passage words (at least ``MIN_MASS``).
    """

    index: dict[str, tuple[tuple[int, float], ...]]
    factors: tuple[float, ...]
    top: float
    wide: float
    near: NearWords = near_words(())  # the passage's words, to read a misspelt title word as its own

    def mass(self, keys: tuple[tuple[str, float], ...]) -> float:
        """How much of the passage a word with these match keys carries: the sum, over the
        passage words it matches, of each one's count times the best credit of the match."""
        best: dict[int, float] = {}
        for key, credit in keys:
            for n, other in self.index.get(key, ()):
                best[n] = max(best.get(n, 0.0), credit * other)
        return sum(credit * self.factors[n] for n, credit in best.items())

    def named_by(self, title: str) -> bool:
        """Whether ``title`` names the central idea: one of its content words is among the
        passage's heaviest, or a third of them are among its wider set."""
        masses = [max(self.mass(expanded_keys(t.word, t.key)) or self._misspelt_mass(t.word), self.theme_mass(t.word))
                  for t in content_terms(title)]
        if not masses or not self.top:
            return False
        wide = sum(1 for m in masses if m >= self.wide)
        return max(masses) >= self.top or (wide >= 1 and wide >= WIDE_SHARE * len(masses))


    def theme_mass(self, word: str) -> float:
        """The mass of the word an abstract noun is made from ("friend" for "friendship", "grow"
        for "growth"), in any of its forms and with "be-" or "en-" before it ("befriended"); 0 for
        a word with no abstract-noun ending (``_THEME_ENDINGS``)."""
        lower = word.lower()
        best = 0.0
        for ending, back in _THEME_ENDINGS:
            base = lower[:-len(ending)] + back if lower.endswith(ending) else ""
            if len(base) < _THEME_MIN:
                continue
            for prefix in _THEME_PREFIXES:
                made = prefix + base
                best = max(best, self.mass(tuple((k, c) for k, c in match_keys(made, term_key(made))
                                                 if k.startswith("s:"))))
        return best

    def _misspelt_mass(self, word: str) -> float:
        """The mass of the passage word that ``word`` misspells by one letter ("Vilage"), or 0."""
        meant = self.near.match(word)
        return self.mass(expanded_keys(meant, term_key(meant))) if meant and meant != word else 0.0


def central_idea(text: str, points: tuple[KeyPoint, ...]) -> CentralIdea:
    """The central idea of passage ``text`` with its key points (the heaviest required ones count,
    when some weigh more than others)."""
    words: list[tuple[str, tuple[tuple[str, float], ...], float]] = []
    sentences = sentence_spans(text)
    for n, s in enumerate(sentences):
        factor = EDGE_FACTOR if n in (0, len(sentences) - 1) else 1.0
        words += [(t.key, match_keys(t.word, t.key), factor) for t in content_terms(text, s.start, s.end)]
    weights = [p.weight for p in points if not p.optional]
    heaviest = max(weights, default=1)
    for p in points:
        # Only where points differ in weight (a teacher's): equal automatic points would lift every idea.
        if not p.optional and p.weight >= heaviest > min(weights):
            words += [(t.key, match_keys(t.word, t.key), POINT_FACTOR) for t in content_terms(p.text)]
    index: dict[str, list[tuple[int, float]]] = {}
    for n, (_stem, keys, _factor) in enumerate(words):
        for key, credit in keys:
            index.setdefault(key, []).append((n, credit))
    idea = CentralIdea({k: tuple(v) for k, v in index.items()}, tuple(f for _s, _k, f in words), 0.0, 0.0)
    masses: dict[str, float] = {}
    for stem, keys, _factor in words:
        if stem not in masses:
            masses[stem] = idea.mass(keys)
    ranked = sorted(masses.values(), reverse=True)
    if not ranked:
        return idea
    return CentralIdea(idea.index, idea.factors, max(MIN_MASS, ranked[min(TOP_WORDS, len(ranked)) - 1]),
                       max(MIN_MASS, ranked[min(WIDE_WORDS, len(ranked)) - 1]),
                       near_words(t.word for t in content_terms(text)))
