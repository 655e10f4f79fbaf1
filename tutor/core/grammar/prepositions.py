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

# (head word, its kind, the wrong word after it) -> the right word ("" = leave it out)
_VERB_PAIRS = {
    ("depend", "of"): "on", ("depend", "from"): "on", ("emphasise", "on"): "", ("emphasize", "on"): "",
    ("stress", "on"): "", ("explain", "about"): "", ("mention", "about"): "", ("comprise", "of"): "",
    ("request", "for"): "", ("lack", "of"): "", ("cope", "up"): "", ("succeed", "to"): "in",
    ("insist", "to"): "on", ("consist", "from"): "of", ("result", "to"): "in", ("suffer", "with"): "from",
    ("demand", "for"): "", ("contact", "with"): "", ("reach", "to"): "", ("affect", "on"): "",
    ("influence", "on"): "", ("resemble", "to"): "", ("resemble", "with"): "", ("focus", "at"): "on",
    ("participate", "on"): "in", ("attack", "on"): "", ("obey", "to"): "", ("accompany", "with"): "",
}
_ADJECTIVE_PAIRS = {
    ("interested", "on"): "in", ("interested", "for"): "in", ("interested", "about"): "in",
    ("married", "with"): "to", ("capable", "to"): "of", ("responsible", "of"): "for",
    ("aware", "about"): "of", ("afraid", "from"): "of", ("similar", "with"): "to",
    ("dependent", "of"): "on", ("addicted", "with"): "to", ("satisfied", "from"): "with",
}
_PHRASES = {
    ("in", "the", "other", "hand"): ("in", "on"), ("on", "my", "opinion"): ("on", "in"),
    ("in", "the", "same", "time"): ("in", "at"),
}


def check_prepositions(sentence: Sentence) -> list[GrammarIssue]:
    found = []
    for head in sentence.words[:-1]:
        after = sentence.after(head)
        right = _right_word(head, after)
        if right is None:
            continue
        message = (f"Write “{head.text} {right}”, not “{head.text} {after.text}”." if right
                   else f"“{head.text}” takes no “{after.text}” here.")
        found.append(finding(after, RULE_ID, message, LESSON, (right,)))
    found += _set_phrases(sentence)
    return found


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
    for phrase, (wrong, right) in _PHRASES.items():
        for start in range(len(lowers) - len(phrase) + 1):
            if tuple(lowers[start:start + len(phrase)]) == phrase and wrong != right:
                word = sentence.words[start]
                found.append(finding(word, RULE_ID, f"The phrase is “{right} {' '.join(phrase[1:])}”.",
                                     LESSON, (right if word.text.islower() else right.capitalize(),)))
    return found
