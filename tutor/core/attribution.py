"""Who said it: a précis that gives a claim the passage reports to another person it names.

Passage: "The agency's director, Kristian Holm, said the transition had cost about 65 billion
kroner. … Mette Lund, an economist, estimates that prices have doubled." Précis: "Mette Lund said
the transition had cost about 65 billion kroner." Every word is in the passage, and so is the
name; but the passage says it of Holm. A student who mixes up who argued what has misread the
passage, and a figure or a name check alone cannot see it.

The check is narrow on purpose (precision first):

* the précis sentence names a speaker right before a verb of saying ("Mette Lund said",
  "Lund argues that");
* the passage sentence that says the same claim is the one sharing most of its content words,
  at least ``MIN_SHARED`` of them and ``MIN_SHARE`` of the claim's;
* that passage sentence names its own speaker the same way ("Holm said", "according to
  Holm"), whom the précis's name shares no word with; and the précis's name is a name the
  passage uses elsewhere (a name it never uses is reported as new by the name check).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from tutor.core.names import Name, find_names
from tutor.core.roles import content_words
from tutor.core.span import Span
from tutor.core.tokens import sentence_spans, terms

MIN_SHARED = 3  # content words a précis claim must share with the passage sentence it restates
MIN_SHARE = 0.5  # … and this share of the claim's own content words
# A verb of saying right after the speaker's name, perhaps after an apposition: "Holm said",
# "Mette Lund, an economist at Aarhus University, estimates that".
_SAYS = re.compile(r"(?:,\s+(?:an?|the|his|her|its|their)\s+[^,.;:]{1,60})?,?\s+(?:also\s+|then\s+|has\s+|had\s+)?"
                   r"(?:said|says|argued|argues|estimated|estimates|claimed|claims|announced|announces|warned|warns|"
                   r"believes|believed|insisted|insists|admitted|admits|told|noted|notes|wrote|writes|blamed|blames|"
                   r"reported|reports|promised|promises|predicted|predicts|calculated|calculates|concluded|"
                   r"concludes|stated|states)\b", re.IGNORECASE)
_ACCORDING = re.compile(r"according\s+to\s+$", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class SourceSwap:
    """A précis speaker (``precis_span``, into the précis) given a claim the passage reports of
    another (``passage_span``, into the passage)."""

    precis_span: Span
    passage_span: Span


@dataclass(frozen=True, slots=True)
class _Reported:
    speakers: tuple[Name, ...]
    words: frozenset[str]


def _speakers(text: str, sentence: Span, names: tuple[Name, ...]) -> tuple[Name, ...]:
    """The names ``sentence`` reports a claim of: each right before a verb of saying, or after
    "according to"."""
    return tuple(n for n in names if sentence.start <= n.span.start < sentence.end
                 and (_SAYS.match(text, n.span.end) or _ACCORDING.search(text, max(sentence.start, n.span.start - 20),
                                                                         n.span.start)))


def _words_of(name: Name) -> frozenset[str]:
    return frozenset(w.norm for w in name.words)


class PassageSources:
    """The passage side: each sentence's speakers and content words, and every word of its names."""

    def __init__(self, text: str):
        self.text = text
        names = find_names(text)
        self.name_words = frozenset(w for n in names for w in _words_of(n))
        # Words of the passage's names of two words or more ("Kristian Holm", "Mette Lund"): people,
        # whom a précis can mix up; not a people or a place ("Egyptians", "Egypt"), said loosely.
        self.person_words = frozenset(w for n in names if len(n.words) > 1 for w in _words_of(n))
        self.sentences = [_Reported(_speakers(text, s, names + self._opening_name(text, s)), content_words(text, s))
                          for s in sentence_spans(text)]

    def swaps(self, precis: str, sentences: tuple[Span, ...], names: tuple[Name, ...]) -> tuple[SourceSwap, ...]:
        """Précis speakers given a claim the passage reports of someone else, in précis order.
        ``sentences``: the précis body's sentence spans (``[start, end)`` into ``precis``);
        ``names``: the names found in it (``names.find_names``)."""
        if not any(r.speakers for r in self.sentences):
            return ()
        found = []
        for sentence in sentences:  # (``_speakers`` keeps the names in the sentence)
            for name in _speakers(precis, sentence, names + self._opening_name(precis, sentence)):
                swap = self._swap(precis, sentence, name)
                if swap:
                    found.append(swap)
        return tuple(found)

    def _opening_name(self, text: str, sentence: Span) -> tuple[Name, ...]:
        """The sentence's first word as a name when the passage uses it in one ("Lund admits
        that …"): ``find_names`` leaves a lone capitalised word at a sentence's start alone."""
        words = terms(text, sentence.start, sentence.end)
        if not words or not text[words[0].span.start:words[0].span.start + 1].isupper() \
                or words[0].norm not in self.name_words:
            return ()
        return (Name(words[0].span.of(text), words[0].span, (words[0],)),)

    def _swap(self, precis: str, sentence: Span, name: Name) -> SourceSwap | None:
        mine = _words_of(name)
        if not mine <= self.person_words:
            return None  # a name the passage never uses (the name check reports it), or no person's
        claim = content_words(precis, sentence) - mine - content_words(precis, name.span)
        if len(claim) < MIN_SHARED:
            return None
        shared, best = max(((len(claim & r.words - self.name_words), r) for r in self.sentences),
                           key=lambda x: x[0])
        speakers = [s for s in best.speakers if _words_of(s) & self.person_words]
        if shared < MIN_SHARED or shared < MIN_SHARE * len(claim) or not speakers:
            return None
        if any(mine & _words_of(s) for s in best.speakers):
            return None
        return SourceSwap(name.span, speakers[0].span)
