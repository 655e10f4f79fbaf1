"""Sentences that are not one sentence: fragments without a main verb, and run-ons.

* fragment: a sentence closed by a full stop whose main clause has no finite
  verb ("The committee that approved the budget because it was urgent."), or
  that is only a subordinate clause ("Because prices rose.");
* run-on: two sentences joined by a comma alone, the second starting with a
  personal pronoun, "this" or "there" and its verb ("Prices rose, they bought
  less."), also after a linking adverb ("..., however they bought less.").

Headings and titles (no full stop), questions, exclamations, short answers
(under four words) and lines after a colon are never judged.
"""

from __future__ import annotations

from tutor.core.grammar.inflection import base_form, third_person
from tutor.core.grammar.issue import GrammarIssue
from tutor.core.grammar.learner_rule import finding, has_child, is_finite
from tutor.core.grammar.tagging import Sentence, Word

RULE_FRAGMENT = "PRECIS_FRAGMENT"
RULE_RUN_ON = "PRECIS_RUN_ON"
LESSON_FRAGMENT = "A sentence needs a main clause: a subject and a finite verb that are not inside a “that”, “which” or “because” clause."
LESSON_RUN_ON = "Two sentences cannot be joined by a comma alone: use a full stop, a semicolon, or a linking word such as “and” or “because”."

_MIN_WORDS = 4
_SUBORDINATORS = frozenset({"because", "although", "though", "while", "whereas", "since", "unless", "if",
                            "when", "whenever", "after", "before", "until", "as", "so that"})
_SPLICE_SUBJECTS = frozenset({"i", "he", "she", "we", "they", "it", "this", "these", "you", "there"})
# "Prices rose, however the cost fell.": a linking adverb cannot join two sentences with a comma.
_LINKING_ADVERBS = frozenset({"however", "therefore", "thus", "hence", "moreover", "furthermore",
                              "consequently", "otherwise", "nevertheless", "besides"})


def check_sentence_shape(sentence: Sentence) -> list[GrammarIssue]:
    words = [w for w in sentence.words if w.text.isalnum() or w.text[:1].isalpha()]
    if len(words) < _MIN_WORDS or sentence.words[-1].text != ".":
        return []
    fragment = _fragment(sentence)
    if fragment:
        return [finding(sentence.words[:-1], RULE_FRAGMENT, fragment, LESSON_FRAGMENT)]
    return _run_ons(sentence)


def _fragment(sentence: Sentence) -> str:
    roots = [w for w in sentence.words if w.dep == "ROOT"]
    if len(roots) != 1 or any(w.text in {":", ";", '"', "“"} for w in sentence.words):
        return ""
    root = roots[0]
    if root.pos in {"ADP", "ADV"} and not any(w.tag.startswith("VB") or w.tag == "MD" for w in sentence.words):
        return "This sentence has no verb."  # "In the world oil price very high now."
    if root.pos in {"NOUN", "PROPN", "PRON", "ADJ"} and not _has_finite(sentence, root):
        if not any(is_finite(w) or _verb_read_as_noun(sentence, w) for w in sentence.words):
            return "This sentence has no finite verb."
        if root.pos == "NOUN" and _relative_clause_only(sentence, root):
            return "This sentence has no main verb: its verbs sit inside a clause that describes the noun."
    first = sentence.words[0]
    if (is_finite(root) and first.lower in _SUBORDINATORS and first.dep == "mark" and first.head == root.i
            and not any(w.text == "," for w in sentence.words)):
        return f"This is only a “{first.lower}” clause: it needs a main clause."
    return ""


def _relative_clause_only(sentence: Sentence, root: Word) -> bool:
    """"The committee that approved the budget ...": the word after the noun is a
    relative pronoun that is the subject of the clause's verb."""
    relative = sentence.after(root)
    if not (relative is not None and relative.lower in {"that", "which", "who"}
            and relative.dep == "nsubj" and sentence.head_of(relative).dep == "relcl"):
        return False
    return not any(_verb_read_as_noun(sentence, w) for w in sentence.words[relative.i + 2:])


def _verb_read_as_noun(sentence: Sentence, word: Word) -> bool:
    """"Farmers who grow cotton need water", "Trade and aid both matter": a noun that is
    also a present verb, straight after a noun, a pronoun or a floating "both", may be
    the main verb the parse missed."""
    previous = sentence.before(word)
    return (previous is not None and word.tag in {"NN", "NNS"} and word.text.islower()
            and (previous.tag in {"NN", "NNS", "NNP", "PRP"} or previous.lower in {"both", "all"})
            and word.lower in {base_form(word.text), third_person(word.text)})


def _has_finite(sentence: Sentence, root: Word) -> bool:
    return any(is_finite(c) and c.dep in {"cop", "aux"} for c in sentence.children(root))


def _run_ons(sentence: Sentence) -> list[GrammarIssue]:
    found = []
    for comma in sentence.words[2:-2]:
        if comma.text != ",":
            continue
        subject, verb = _clause_start(sentence, comma)
        if subject is None or subject.lower not in _SPLICE_SUBJECTS or subject.dep not in {"nsubj", "expl"} or not is_finite(verb):
            continue
        clause = sentence.head_of(subject)
        main = sentence.head_of(clause)
        if clause.dep not in {"ccomp", "conj", "parataxis", "ROOT"} or has_child(sentence, clause, "mark", "cc"):
            continue
        if not _independent_before(sentence, comma, clause, main) or _subordinate_segment(sentence, comma):
            continue
        found.append(finding(comma, RULE_RUN_ON, "Two sentences are joined here by a comma alone.",
                             LESSON_RUN_ON, (";", ".")))
    return found


def _clause_start(sentence: Sentence, comma: Word) -> tuple[Word | None, Word | None]:
    """The subject and verb after the comma, past a linking adverb ("however")."""
    at = comma.i + 1
    if sentence.words[at].lower in _LINKING_ADVERBS:
        at += 2 if at + 1 < len(sentence.words) and sentence.words[at + 1].text == "," else 1
    if at + 1 >= len(sentence.words):
        return None, None
    return sentence.words[at], sentence.words[at + 1]


def _subordinate_segment(sentence: Sentence, comma: Word) -> bool:
    """"..., and because they flow to households, they reach...": the words since the
    last comma form a subordinate clause, which a comma may close."""
    start = max((w.i for w in sentence.words[:comma.i] if w.text in {",", ";"}), default=-1) + 1
    return any(w.lower in _SUBORDINATORS for w in sentence.words[start:comma.i])


def _independent_before(sentence: Sentence, comma: Word, clause: Word, main: Word) -> bool:
    """The words before the comma make a sentence of their own: a finite verb with
    a subject, not introduced by a subordinator or a reporting verb."""
    before = sentence.words[:comma.i]
    if sentence.words[0].lower in _SUBORDINATORS or any(w.lower in {"said", "says", "think", "believe"} for w in before):
        return False
    return any(is_finite(w) and has_child(sentence, w, "nsubj", "nsubjpass") and w.i < comma.i
               and w.i != clause.i for w in before)
