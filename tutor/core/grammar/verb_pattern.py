"""What a verb asks to follow it, and a "be" left out before a participle.

* "-ing", not "to" + verb, after avoid, enjoy, finish, mind, consider, deny,
  postpone, quit, imagine and "look forward to": "avoid to eat" -> "avoid eating";
* "from" + -ing after prevent, prohibit, discourage and deter: "prevent the
  disease to spread" -> "prevent the disease from spreading";
* "be" before a participle that works as an adjective with its preposition:
  "they interested in", "which they born with". Only participles of verbs
  that always take an object are judged, so a past tense ("they worried about
  money", "people used to write") is never flagged.
"""

from __future__ import annotations

from tutor.core.grammar.inflection import base_form, present_participle
from tutor.core.grammar.issue import GrammarIssue
from tutor.core.grammar.learner_rule import finding
from tutor.core.grammar.tagging import Sentence, Word

RULE_ID = "PRECIS_VERB_FORM"
LESSON_ING = "Some verbs take -ing, not “to” + verb: avoid doing, enjoy doing, look forward to doing; prevent something from happening."
LESSON_BE = "A participle used as an adjective needs “be”: “they are interested in”, “they were born in”."

_TAKE_ING = frozenset({"avoid", "enjoy", "finish", "mind", "consider", "deny", "postpone", "quit", "imagine"})
_TAKE_FROM = frozenset({"prevent", "prohibit", "discourage", "deter"})
# Participles whose verb always takes an object, so "they interested in" is never a past tense.
_ADJECTIVE_PARTICIPLES = frozenset("""
    born interested bored excited satisfied concerned scared surprised disappointed confused
    frightened amazed shocked embarrassed depressed addicted exposed involved located based
    supposed
""".split())
_GAP = 5  # words at most between "prevent" and "to"


def check_verb_patterns(sentence: Sentence) -> list[GrammarIssue]:
    """Findings in ``sentence``; spans are ``[start, end)`` offsets into the text it was parsed from."""
    found = []
    for to in sentence.words[1:-1]:
        verb = sentence.after(to)
        if to.lower != "to" or verb.tag != "VB" or not verb.text.isalpha():
            continue
        issue = _ing_after(sentence, to, verb) or _from_after(sentence, to, verb)
        if issue is not None:
            found.append(issue)
    return found + _missing_be(sentence)


def _ing_after(sentence: Sentence, to: Word, verb: Word) -> GrammarIssue | None:
    before = sentence.before(to)
    asker = sentence.before(before) if before.lower == "forward" else before
    if asker is None or not asker.tag.startswith("VB"):
        return None
    lemma = base_form(asker.text)
    if not (lemma in _TAKE_ING or (lemma == "look" and before.lower == "forward")):
        return None
    ing = present_participle(verb.text)
    if not ing:
        return None
    fix = f"to {ing}" if lemma == "look" else ing
    asked_by = " ".join(w.text for w in sentence.words[asker.i:to.i])
    return finding((to, verb), RULE_ID, f"After “{asked_by}”, write “{fix}”.", LESSON_ING, (fix,))


def _from_after(sentence: Sentence, to: Word, verb: Word) -> GrammarIssue | None:
    start = max(0, to.i - _GAP - 1)
    asker = next((w for w in reversed(sentence.words[start:to.i - 1])
                  if w.tag.startswith("VB") and base_form(w.text) in _TAKE_FROM), None)
    if asker is None or any(w.tag.startswith(("VB", "MD")) or not w.text.isalnum()
                            for w in sentence.words[asker.i + 1:to.i]):
        return None
    ing = present_participle(verb.text)
    if not ing:
        return None
    return finding((to, verb), RULE_ID, f"After “{asker.text}”, write “from {ing}”.", LESSON_ING, (f"from {ing}",))


def _missing_be(sentence: Sentence) -> list[GrammarIssue]:
    """"If they really interested in ...": subject, participle, preposition, and no "be"."""
    found = []
    for word in sentence.words[1:-1]:
        following = sentence.after(word)
        if word.lower not in _ADJECTIVE_PARTICIPLES or following.tag not in {"IN", "TO", "RP"}:
            continue
        subject = sentence.before(word)
        while subject is not None and subject.tag in {"RB"}:
            subject = sentence.before(subject)
        if subject is None or subject.lower not in _PRONOUNS:
            continue
        be = "were" if word.lower == "born" else _BE[subject.lower]
        gap = " … " if subject.i < word.i - 1 else " "
        found.append(finding(word, RULE_ID, f"“{subject.text}{gap}{word.text}” needs “{be}”.", LESSON_BE,
                             (f"{be} {word.text}",)))
    return found


_BE = {"i": "am", "you": "are", "we": "are", "they": "are", "he": "is", "she": "is", "it": "is"}
_PRONOUNS = frozenset(_BE)
