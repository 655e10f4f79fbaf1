"""The verb form an auxiliary asks for.

* after a modal, "do" or "to": the base form ("will became", "did not went",
  "to goes", "should to go");
* after "have": the past participle ("has went", "had took");
* after "be" in the passive: the past participle ("was build", "were establish").

The form is judged from lemminflect's tables, not from the tag alone, so a verb
whose forms coincide ("put", "come") is never flagged.
"""

from __future__ import annotations

from tutor.core.grammar.inflection import base_form, past_participle, present_participle as _inflect_ing
from tutor.core.grammar.issue import GrammarIssue
from tutor.core.grammar.learner_rule import BE_FORMS, DO_FORMS, HAVE_FORMS, finding
from tutor.core.grammar.tagging import Sentence, Word

RULE_ID = "PRECIS_VERB_FORM"
LESSON_BASE = "After a modal (will, can, must...), after “do” and after “to”, use the base form of the verb."
# Verbs followed by "to" + verb: "are try to" is a progressive slip, while "was build to
# store water" is a passive one.
_TAKE_INFINITIVE = frozenset({"try", "want", "need", "plan", "hope", "attempt", "decide", "seem", "tend",
                              "like", "begin", "start", "continue", "wish", "prefer", "struggle", "fail"})
LESSON_BE = "An -ing verb cannot be the main verb alone: it needs “am”, “is”, “are”, “was” or “were”."
LESSON_PARTICIPLE = "After “have” and in the passive after “be”, use the past participle (gone, taken, built)."


def check_verb_forms(sentence: Sentence) -> list[GrammarIssue]:
    found = []
    for aux in sentence.words:
        if aux.dep not in {"aux", "auxpass"} or aux.head <= aux.i:
            continue
        verb = sentence.head_of(aux)
        if any(w.dep in {"aux", "auxpass"} and w.head == verb.i for w in sentence.words[aux.i + 1:verb.i]):
            continue  # only the auxiliary nearest the verb decides its form
        issue = _base_needed(aux, verb) or _participle_needed(sentence, aux, verb)
        if issue is not None:
            found.append(issue)
    found += _to_after_modal(sentence)
    found += _missing_be(sentence)
    found += _able_without_be(sentence)
    return found


def _base_needed(aux: Word, verb: Word) -> GrammarIssue | None:
    word = aux.lower
    if not (aux.tag == "MD" or word in DO_FORMS or aux.tag == "TO"):
        return None
    if verb.tag not in {"VBD", "VBZ", "VBN", "VBG"} or not verb.text.isalpha():
        return None
    base = base_form(verb.text)
    if not base or base == verb.lower:
        return None
    if aux.tag == "TO" and verb.tag in {"VBG", "VBN"}:
        return None  # "looking forward to meeting", "to be" chains: not this rule's business
    return finding(verb, RULE_ID, f"After “{aux.text}”, write “{base}”, not “{verb.text}”.",
                   LESSON_BASE, (base,))


def _participle_needed(sentence: Sentence, aux: Word, verb: Word) -> GrammarIssue | None:
    word = aux.lower
    passive = word in BE_FORMS and aux.dep == "auxpass"
    following = sentence.after(verb)
    if (word in BE_FORMS and verb.tag == "VB" and _next_to(sentence, aux, verb)
            and (aux.dep == "aux" or (following is not None and following.lower == "to"
                                      and verb.lower in _TAKE_INFINITIVE))):
        return _progressive_needed(aux, verb)  # "are try to talk": not a passive
    if not (word in HAVE_FORMS or passive) or not verb.text.isalpha():
        return None
    if verb.tag not in {"VBD", "VBN", "VB", "VBP"}:
        return None
    participle = past_participle(verb.text)
    if not participle or participle == verb.lower:
        return None
    if word in HAVE_FORMS and verb.lower == base_form(verb.text) and not _next_to(sentence, aux, verb):
        return None  # "have" + base form far apart is often a misparse ("have them go")
    return finding(verb, RULE_ID, f"After “{aux.text}”, write “{participle}”, not “{verb.text}”.",
                   LESSON_PARTICIPLE, (participle,))


def _missing_be(sentence: Sentence) -> list[GrammarIssue]:
    """"When my grandmother getting old": an -ing verb with a subject and no "be"."""
    found = []
    for verb in sentence.words:
        if verb.tag != "VBG" or verb.dep not in {"ROOT", "advcl"}:
            continue
        subject = next((c for c in sentence.children(verb) if c.dep == "nsubj"), None)
        if subject is None or subject.i != verb.i - 1 or any(
                c.dep in {"aux", "auxpass"} for c in sentence.children(verb)):
            continue
        if verb.dep == "advcl" and not any(c.dep == "mark" or (c.dep == "advmod" and c.tag == "WRB")
                                           for c in sentence.children(verb)):
            continue  # "Prices rising, the bank acted": an absolute phrase, good English
        found.append(finding(verb, RULE_ID, f"“{subject.text} {verb.text}” needs a form of “be”.",
                             LESSON_BE, tuple(f"{be} {verb.text}" for be in _be_for(subject))))
    return found


def _able_without_be(sentence: Sentence) -> list[GrammarIssue]:
    """"They may not able to": after a modal, "able" needs "be"."""
    found = []
    for word in sentence.words[1:]:
        previous = sentence.before(word)
        modal = sentence.before(previous) if previous.lower == "not" else previous
        if word.lower == "able" and modal is not None and modal.tag == "MD":
            found.append(finding(word, RULE_ID, f"After “{modal.text}”, “able” needs “be”: “be able”.",
                                 LESSON_BASE, ("be able",)))
    return found


def _be_for(subject: Word) -> tuple[str, str]:
    if subject.lower == "i":
        return "am", "was"
    if subject.lower in {"we", "you", "they"} or subject.tag == "NNS":
        return "are", "were"
    return "is", "was"


def _next_to(sentence: Sentence, aux: Word, verb: Word) -> bool:
    """Only "not" or an adverb may stand between them: "has not increase"."""
    between = sentence.words[aux.i + 1:verb.i]
    return len(between) <= 1 and all(w.tag in {"RB", "RBR"} for w in between)


def _progressive_needed(aux: Word, verb: Word) -> GrammarIssue | None:
    """"people who are try to talk": "be" + a base form is neither tense."""
    base = base_form(verb.text)
    if base != verb.lower or aux.lower in {"be", "being", "been"}:
        return None
    ing = _inflect_ing(base)
    return finding(verb, RULE_ID, f"After “{aux.text}”, write “{ing}”, or leave out “{aux.text}”.",
                   LESSON_BE, (ing,)) if ing else None


def _to_after_modal(sentence: Sentence) -> list[GrammarIssue]:
    """"should to go": a modal takes the bare infinitive ("ought to" excepted)."""
    found = []
    for word in sentence.words[1:-1]:
        previous, following = sentence.before(word), sentence.after(word)
        if (word.lower == "to" and previous.tag == "MD" and previous.lower != "ought"
                and following.tag == "VB"):
            found.append(finding(word, RULE_ID, f"Leave out “to” after “{previous.text}”.", LESSON_BASE, ("",)))
    return found
