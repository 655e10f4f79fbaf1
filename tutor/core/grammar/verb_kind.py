"""Verbs put in a construction their kind does not allow.

* a passive of a verb that takes no object: "The accident was happened at
  night", "It is consisted of three parts", "The rule has been existed";
* the progressive of a state verb: "I am knowing the answer", "Many people are
  believing in it", "The house is belonging to my uncle".

Only verbs that have no object and no ongoing sense in every ordinary use are
listed, so "was gone", "was collapsed" (a menu) or "I'm understanding it better"
are never judged.
"""

from __future__ import annotations

from tutor.core.grammar.inflection import base_form, third_person
from tutor.core.grammar.issue import GrammarIssue
from tutor.core.grammar.learner_rule import BE_FORMS, finding
from tutor.core.grammar.tagging import Sentence, Word

RULE_ID = "PRECIS_VERB_FORM"
LESSON_NO_PASSIVE = "Verbs with no object (happen, occur, exist, consist, belong, disappear) have no passive: “it happened”, not “it was happened”."
LESSON_STATE = "Verbs of knowing, believing and having (know, believe, belong, own) are rarely used with -ing: “I know”, not “I am knowing”."

_NO_OBJECT = frozenset("""
    happen occur exist consist belong die arrive emerge remain seem appear disappear result
    matter vanish deteriorate
""".split())
_STATE = frozenset("""
    know believe belong consist contain own possess prefer resemble deserve exist seem comprise
""".split())


def check_verb_kinds(sentence: Sentence) -> list[GrammarIssue]:
    """Findings in ``sentence``; spans are ``[start, end)`` offsets into the text it was parsed from."""
    found = []
    for aux in sentence.words:
        if aux.lower not in BE_FORMS or aux.head <= aux.i or aux.dep not in {"aux", "auxpass"}:
            continue
        verb = sentence.head_of(aux)
        if not _next_to(sentence, aux, verb):
            continue
        lemma = base_form(verb.text)
        if verb.tag == "VBN" and lemma in _NO_OBJECT:
            active = _active_form(aux, verb, lemma)
            found.append(finding((aux, verb), RULE_ID, f"“{lemma}” has no passive: leave out “{aux.text}”.",
                                 LESSON_NO_PASSIVE, (active,) if active else ()))
        elif verb.tag == "VBG" and lemma in _STATE and aux.dep == "aux" and aux.lower not in {"being", "been"}:
            simple = _simple_present(aux, lemma)
            found.append(finding((aux, verb), RULE_ID, f"“{lemma}” is a state, not an action: write it without “{aux.text} …ing”.",
                                 LESSON_STATE, (simple,) if simple else ()))
    return found


def _simple_present(aux: Word, lemma: str) -> str:
    """"is belonging" -> "belongs", "are believing" -> "believe"; "" after a past "be"."""
    if aux.lower in {"is", "'s"}:
        return third_person(lemma)
    return lemma if aux.lower in {"are", "am", "'re", "'m"} else ""


def _active_form(aux: Word, verb: Word, lemma: str) -> str:
    """"was happened" -> "happened", "is consisted" -> "consists", "are existed" -> "exist",
    "been existed" / "be happened" -> the participle or base the chain before them asks for."""
    word = aux.lower
    if word in {"is", "'s"}:
        return third_person(lemma)
    if word in {"are", "am", "'re", "'m", "be"}:
        return lemma
    return verb.lower  # was, were, been: the past or participle ("happened", "existed")


def _next_to(sentence: Sentence, aux: Word, verb: Word) -> bool:
    """Only adverbs ("not", "still", "always") may stand between them."""
    return verb.i > aux.i and all(w.tag in {"RB", "RBR"} for w in sentence.words[aux.i + 1:verb.i])
