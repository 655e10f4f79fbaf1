"""Who did it: a précis that restates a passage's words about one actor with another actor as subject.

Passage: "Sherwood has been impressed with the teenager, who is now at the centre of a
tug of war." Précis: "Sherwood is now at the centre of a tug of war." The précis keeps
the passage's predicate word for word but gives it to Sherwood, whom the same passage
sentence names in another role. That is a wrong fact about who did what.

The check is narrow on purpose (precision first):

* a précis sentence must share a run of at least ``MIN_RUN`` words with one passage
  sentence, starting at the clause's verb, and the word just before the run must differ;
* the subject of that verb is read from spaCy's dependency parse on both sides (a
  relative "who"/"which"/"that" stands for the noun it hangs on; a verb joined by "and"
  takes its partner's subject);
* the précis's subject must be a noun, share no content word with the passage's subject,
  and appear in the passage sentence outside that subject; a pronoun on either side is
  left alone, since "he" may well be the précis's actor.

Sentences are parsed only when the cheap word-run test passes, so most checks parse nothing.
"""

from __future__ import annotations

from dataclasses import dataclass

from tutor.core.grammar.tagging import Sentence, Word, shared_tagger
from tutor.core.keypoints.words import STOPWORDS
from tutor.core.names import is_common_word
from tutor.core.span import Span
from tutor.core.tokens import Token, terms

MIN_RUN = 4  # words of a predicate shared word for word: shorter runs are common phrasing
_TRIES = 3  # passage sentences parsed against one précis sentence, at most (the first runs found)
_SUBJECTS = ("nsubj", "nsubjpass")
# Links from a noun up to the verb it is a party to. Not "attr"/"oprd" ("leaders, called pharaohs"; "X is
# Y"), nor "appos": those name one party twice.
_ARGUMENT_PATH = frozenset(("compound", "amod", "nsubj", "nsubjpass", "dobj", "pobj", "prep", "agent", "dative",
                            "npadvmod", "nmod", "poss"))
_RELATIVES = frozenset(("who", "which", "that", "whom"))
_PRONOUNS = frozenset("i you he she it we they me him her us them this that these those one who which "
                      "someone anyone everyone something".split())


@dataclass(frozen=True, slots=True)
class ActorSwap:
    """A précis subject (``precis_span``) doing what the passage says of another
    (``passage_span``, its subject); offsets ``[start, end)`` into précis and passage."""

    precis_span: Span
    passage_span: Span
    passage_sentence: Span


class PassageClauses:
    """The passage's sentences as word lists, with an index of their word runs."""

    def __init__(self, text: str, sentences: tuple[Span, ...]):
        self.text = text
        self.sentences = sentences
        self.words: list[tuple[Token, ...]] = [terms(text, s.start, s.end) for s in sentences]
        self.index: dict[tuple[str, ...], list[tuple[int, int]]] = {}
        for si, words in enumerate(self.words):
            norms = [w.norm for w in words]
            for i in range(len(norms) - MIN_RUN + 1):
                self.index.setdefault(tuple(norms[i:i + MIN_RUN]), []).append((si, i))

    def swaps(self, precis: str, sentences: tuple[Span, ...]) -> tuple[ActorSwap, ...]:
        """Précis subjects given a passage predicate that belongs to another actor."""
        found = []
        for span in sentences:
            words = terms(precis, span.start, span.end)
            tried: set[int] = set()
            for i, si, j in self._runs(precis, words):
                if si in tried or len(tried) == _TRIES:
                    continue
                tried.add(si)
                swap = self._swap(precis, span, words[i], si, self.words[si][j])
                if swap:
                    found.append(swap)
                    break
        return tuple(found)

    def _runs(self, precis: str, words: tuple[Token, ...]):
        """(précis word, passage sentence, passage word) where a shared run starts after
        different words, or after the end of a clause only the passage has ("the collection,
        which was made by Baker, will be sold" / "Baker will be sold"): the run may be the
        same predicate with a different subject."""
        norms = [w.norm for w in words]
        for i in range(1, len(norms) - MIN_RUN + 1):
            for si, j in self.index.get(tuple(norms[i:i + MIN_RUN]), ()):
                theirs = self.words[si]
                if j > 0 and (theirs[j - 1].norm != norms[i - 1] or "," in self.text[theirs[j - 1].end:theirs[j].start]
                              and "," not in precis[words[i - 1].end:words[i].start]):
                    yield i, si, j

    def _swap(self, precis: str, span: Span, start: Token, si: int, passage_start: Token) -> ActorSwap | None:
        sentence = self.sentences[si]
        mine, theirs = shared_tagger().parse_sentences([span.of(precis), sentence.of(self.text)]) or (None, None)
        if mine is None:
            return None  # no parser: say nothing rather than guess
        subject = _subject_before(mine, start.start - span.start)
        their_subject = _subject_before(theirs, passage_start.start - sentence.start)
        if subject is None or their_subject is None:
            return None
        if (subject.lower in _PRONOUNS or subject.pos not in ("NOUN", "PROPN") or their_subject.lower in _PRONOUNS
                or any(c.dep == "det" for c in mine.children(subject))):
            return None  # "the word", "the victim": a description may be the passage's actor under another name
        own_words = _content(mine, range(next(w.i for w in mine.words if w.start >= start.start - span.start)))
        their_inside = _phrase(theirs, their_subject)
        if own_words & _content(theirs, their_inside):
            return None
        own_name = _name_words(mine, subject)
        passage_sentence = sentence.of(self.text)
        elsewhere = [w for w in theirs.words if w.lower == subject.lower and w.i not in their_inside
                     and _name_words(theirs, w) <= own_name  # "Khan" is not "Faryal Makhdoom Khan"
                     and not _aside(passage_sentence, w.start)]
        if not any(_co_arguments(theirs, w, their_subject) for w in elsewhere):
            return None  # "the midfielder" may well be Gerrard: only two parties of one verb are surely two
        lead = min(their_inside)
        named = [c for c in mine.children(subject) if c.dep == "compound" and c.pos == "PROPN"] + [subject]
        return ActorSwap(Span(span.start + named[0].start, span.start + subject.end),
                         Span(sentence.start + theirs.words[lead].start, sentence.start + their_subject.end), sentence)


def _verb_of(sentence: Sentence, word: Word) -> Word | None:
    """The verb a noun is a party to: "Sherwood" in "Sherwood has been impressed with the
    teenager" and "teenager" both give "impressed". None through an apposition ("Campbell's
    girlfriend, Ng"), which names one party twice."""
    for _ in range(8):
        if word.pos in ("VERB", "AUX"):
            return word
        if word.dep not in _ARGUMENT_PATH or word.head == word.i:
            return None
        word = sentence.head_of(word)
    return None


def _co_arguments(sentence: Sentence, one: Word, other: Word) -> bool:
    """Whether two nouns are different parties to one verb, or ``one`` is a party to a clause
    that describes ``other`` ("the collection, which was created by Baker")."""
    verb = _verb_of(sentence, one)
    if verb is None:
        return False
    return verb == _verb_of(sentence, other) or (verb.dep == "relcl" and verb.head == other.i)


def _aside(text: str, offset: int) -> bool:
    """Whether ``offset`` lies between dashes or in brackets: "All Egyptians—from pharaohs to
    farmers—gave gifts" says who the subject is, not another party."""
    before = text[:offset]
    dashes = sum(before.count(d) for d in ("\u2014", "\u2013", " - ", "--"))
    return dashes % 2 == 1 or before.count("(") > before.count(")")


def _phrase(sentence: Sentence, noun: Word) -> frozenset[int]:
    """The noun's own phrase: its subtree without the clauses that describe it ("the collection",
    not "the collection, which was created by Baker")."""
    inside = set(sentence.subtree(noun))
    for child in sentence.children(noun):
        if child.dep in ("relcl", "acl", "appos"):
            inside -= sentence.subtree(child)
    return frozenset(inside)


def _name_words(sentence: Sentence, word: Word) -> frozenset[str]:
    """The word with the name words compounded with it: "faryal makhdoom khan"; titles and other
    common words ("coach", "artist") left out."""
    return frozenset(c.lower for c in sentence.children(word)
                     if c.dep == "compound" and not is_common_word(c.text)) | {word.lower}


def _content(sentence: Sentence, indices) -> frozenset[str]:
    return frozenset(sentence.words[i].lower for i in indices
                     if sentence.words[i].lower not in STOPWORDS and sentence.words[i].text[:1].isalnum())


def _subject_before(sentence: Sentence, offset: int) -> Word | None:
    """The head word of the subject of the verb at ``offset`` (an offset into the chunk), standing
    before it; None when the word there is no verb or has no subject before it."""
    word = next((w for w in sentence.words if w.start == offset), None)
    if word is None or word.pos not in ("VERB", "AUX"):
        return None
    verb = sentence.head_of(word) if word.dep in ("aux", "auxpass") else word
    for _ in range(3):  # "starred ... and is now": a joined verb takes its partner's subject
        subject = next((c for c in sentence.children(verb) if c.dep in _SUBJECTS), None)
        if subject is not None:
            break
        if verb.dep != "conj" or verb.head == verb.i:
            return None
        verb = sentence.head_of(verb)
    if subject is None or subject.start >= offset:
        return None
    if subject.lower in _RELATIVES and verb.dep == "relcl":
        subject = sentence.head_of(verb)  # "the teenager, who is ...": the teenager
    return subject
