"""Common preposition errors after frequent verbs and adjectives, and in set phrases.

A table of pairs that are wrong in every sense ("interested on", "depend of",
"emphasise on" used as a verb), each with the word that belongs there. A pair
is judged only when the first word is tagged as the part of speech the table
names, so the noun "emphasis on" or "a request for" is never flagged.
"""

from __future__ import annotations

from tutor.core.grammar.inflection import base_form
from tutor.core.grammar.issue import GrammarIssue
from tutor.core.grammar.learner_rule import finding
from tutor.core.grammar.tagging import Sentence, Word

RULE_ID = "PRECIS_PREPOSITION"
LESSON = "Many verbs and adjectives choose their preposition: interested in, depend on, capable of, discuss (no preposition)."
LESSON_PHRASE = "Set phrases keep their own words: on the other hand, in my opinion, at the same time, in conclusion, thanks to."

# (head word, its kind, the wrong word after it) -> the right word ("" = leave it out)
_VERB_PAIRS = {
    ("depend", "of"): "on", ("depend", "from"): "on", ("emphasise", "on"): "", ("emphasize", "on"): "",
    ("stress", "on"): "", ("explain", "about"): "", ("mention", "about"): "", ("comprise", "of"): "",
    ("request", "for"): "", ("lack", "of"): "", ("cope", "up"): "", ("succeed", "to"): "in",
    ("insist", "to"): "on", ("consist", "from"): "of", ("result", "to"): "in", ("suffer", "with"): "from",
    ("demand", "for"): "", ("contact", "with"): "", ("reach", "to"): "", ("affect", "on"): "",
    ("influence", "on"): "", ("resemble", "to"): "", ("resemble", "with"): "", ("focus", "at"): "on",
    ("participate", "on"): "in", ("attack", "on"): "", ("obey", "to"): "", ("accompany", "with"): "",
    ("thank", "to"): "",
}
_ADJECTIVE_PAIRS = {
    ("interested", "on"): "in", ("interested", "for"): "in", ("interested", "about"): "in",
    ("married", "with"): "to", ("capable", "to"): "of", ("responsible", "of"): "for",
    ("aware", "about"): "of", ("afraid", "from"): "of", ("similar", "with"): "to",
    ("dependent", "of"): "on", ("addicted", "with"): "to", ("satisfied", "from"): "with",
}
# Set phrases written wrongly -> the slip's words in the phrase, [first, end), and what replaces them.
_PHRASES = {
    ("in", "the", "other", "hand"): (0, 1, "on"), ("on", "my", "opinion"): (0, 1, "in"),
    ("in", "the", "same", "time"): (0, 1, "at"), ("on", "the", "same", "time"): (0, 1, "at"),
    ("as", "a", "conclusion"): (0, 2, "in"), ("on", "real", "time"): (0, 1, "in"),
}
# Only at a sentence's start: "I thank to my parents" needs "thank my parents", not "thanks to".
_OPENING_PHRASES = {("thank", "to"): (0, 1, "thanks")}


def check_prepositions(sentence: Sentence) -> list[GrammarIssue]:
    phrases = _set_phrases(sentence)
    found = []
    for head in sentence.words[:-1]:
        after = sentence.after(head)
        right = _right_word(head, after)
        if right is None or any(p.span.overlaps(after.span) for p in phrases):
            continue
        message = (f"Write “{head.text} {right}”, not “{head.text} {after.text}”." if right
                   else f"“{head.text}” takes no “{after.text}” here.")
        found.append(finding(after, RULE_ID, message, LESSON, (right,)))
    return found + phrases


def _right_word(head: Word, after: Word) -> str | None:
    if head.tag.startswith("VB"):
        right = _VERB_PAIRS.get((base_form(head.text) or head.lower, after.lower))
        return right
    if head.tag in {"JJ", "VBN"} or head.pos == "ADJ":
        return _ADJECTIVE_PAIRS.get((head.lower, after.lower))
    return None


def _set_phrases(sentence: Sentence) -> list[GrammarIssue]:
    found = []
    lowers = [w.lower for w in sentence.words]
    for phrases, starts in ((_PHRASES, range(len(lowers))), (_OPENING_PHRASES, range(1))):
        for phrase, (first, end, right) in phrases.items():
            for start in starts:
                if tuple(lowers[start:start + len(phrase)]) == phrase:
                    found.append(_phrase_finding(sentence, start, phrase, first, end, right))
    return found


def _phrase_finding(sentence: Sentence, start: int, phrase: tuple[str, ...], first: int, end: int,
                    right: str) -> GrammarIssue:
    """The finding covers the whole phrase, and its mend is the whole phrase put right."""
    words = sentence.words[start:start + len(phrase)]
    mended = " ".join(phrase[:first] + (right,) + phrase[end:])
    fix = mended.capitalize() if words[0].text[:1].isupper() else mended
    return finding(words, RULE_ID, f"The phrase is “{mended}”.", LESSON_PHRASE, (fix,))
