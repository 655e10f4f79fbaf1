"""Subject–verb agreement with noun and pronoun subjects, across a phrase between them.

"The farmers was pleased", "The members of the committee was divided",
"There is many reasons". The subject is read from the dependency parse, so a
prepositional phrase between subject and verb does not mislead the rule.

Left alone on purpose (each is correct somewhere or too often misparsed):
collective nouns with a plural verb ("the committee were divided" is British
usage), quantity nouns ("a number of", "the majority of"), subjects joined by
"and" or "or", and "were" after "if", "as if", "as though" or "wish" (the subjunctive).
"""

from __future__ import annotations

from tutor.core.grammar.inflection import base_form, is_common_word, third_person
from tutor.core.grammar.issue import GrammarIssue
from tutor.core.grammar.learner_rule import child, finding, has_child
from tutor.core.grammar.tagging import Sentence, Word

RULE_ID = "PRECIS_AGREEMENT"
LESSON = "A verb agrees with the head noun of its subject, not with a noun in a phrase between them."

_SINGULAR_PRONOUNS = frozenset({"he", "she", "it", "this", "that", "everyone", "everybody", "everything",
                                "someone", "somebody", "something", "anyone", "anybody", "nobody", "nothing"})
_PLURAL_PRONOUNS = frozenset({"we", "they", "these", "those"})
# Singular nouns that take a plural verb in good British usage or in a quantity phrase.
_COLLECTIVE_OR_QUANTITY = frozenset("""
    army audience board cabinet class committee community company council couple crew
    family fleet government group jury majority minority number staff team public police
    panel parliament party percent cent per population proportion rest remainder half
    lot total variety range bunch series kind sort type youth management media data
    faculty generation personnel clergy cattle part most all none some any each
    few dozen pair set handful host multitude plenty third quarter fifth tenth fraction
    percentage amount
""".split())
# Plural-looking nouns that take a singular verb.
SINGULAR_PLURALS = frozenset("""
    news mathematics physics economics politics statistics ethics athletics linguistics
    measles series species means headquarters whereabouts crossroads
""".split())
_QUANTIFIERS = frozenset({"all", "some", "any", "most", "none", "half", "lot"})
# "every family", "each committee": one member at a time, singular even for a collective noun.
_DISTRIBUTIVE = frozenset({"every", "each"})
# "one of the members happens": the head is "one", whatever follows "of".
_ONE_OF = frozenset({"one", "each", "every"})
# A plural determiner on a singular noun is the noun's slip ("many problem"), not the verb's.
_PLURAL_DETERMINERS = frozenset({"many", "several", "these", "those", "various", "numerous", "both", "few",
                                 "different"})
# Words that ask for the mandative subjunctive, a bare verb: "insist that he go".
_MANDATIVE = frozenset("""
    insist suggest demand recommend require request propose urge ask order important essential
    vital necessary imperative crucial advise rather lest
""".split())
# Words after which a bare verb is right: causatives and perception verbs ("make it
# work", "saw prices rise"), and the mandatives.
_BARE_VERB_ASKERS = _MANDATIVE | frozenset("make let have help see watch hear feel notice bid".split())
_SUBJUNCTIVE_MARKS = frozenset({"if", "though", "wish", "wished", "unless"})
_SWAP = {"is": "are", "are": "is", "was": "were", "were": "was", "has": "have",
         "have": "has", "does": "do", "do": "does", "doesn't": "don't", "don't": "doesn't",
         "isn't": "aren't", "aren't": "isn't", "wasn't": "weren't", "weren't": "wasn't"}


def check_agreement(sentence: Sentence) -> list[GrammarIssue]:
    found = []
    for verb in sentence.words:
        number = _verb_number(sentence, verb)
        if number is None:
            continue
        subject = _subject_of(sentence, verb)
        if subject is None:
            continue
        wanted = _subject_number(sentence, subject, verb)
        if wanted is None or wanted == number or _subjunctive(sentence, verb, number, wanted):
            continue
        found.append(finding(verb, RULE_ID, _message(sentence, subject, verb, wanted), LESSON,
                             _suggestion(verb, wanted)))
    return found


def _verb_number(sentence: Sentence, verb: Word) -> str | None:
    """"singular", "plural" or None (not a finite verb that shows number)."""
    word = verb.lower
    if word in {"was", "wasn't"}:
        return "singular"
    if word in {"were", "weren't"}:
        return "plural"
    if verb.tag == "VBZ":
        return "singular"
    if verb.tag == "VBP" and word not in {"am", "'m"}:
        # Only the first verb of a chain shows number: "can have" has none.
        previous = sentence.before(verb)
        if previous is not None and previous.tag == "MD":
            return None
        return "plural"
    if verb.tag == "VB" and _untagged_present(sentence, verb):
        return "plural"
    return None


def _untagged_present(sentence: Sentence, verb: Word) -> bool:
    """"If the mother undergo treatment": the tagger reads a present verb that
    disagrees with its subject as a base form. Only a verb with a subject before
    it, no auxiliary, and no word that asks for a bare verb ("make it work",
    "insist that he go", "let them be") is taken as a present."""
    previous = sentence.before(verb)
    if previous is None or previous.tag in {"TO", "MD"} or previous.lower in _BARE_VERB_ASKERS:
        return False
    if any(c.dep in {"aux", "auxpass"} for c in sentence.children(verb)):
        return False
    if verb.dep not in {"ROOT", "advcl", "relcl", "conj", "ccomp"} or verb.lower in {"be", "let"}:
        return False
    if any(w.lower in _BARE_VERB_ASKERS or base_form(w.text) in _BARE_VERB_ASKERS
           for w in sentence.words[:verb.i] if w.pos in {"VERB", "AUX", "ADJ", "NOUN"}):
        return False
    # A clause object after a verb is a bare verb there ("saw it fall") unless "that" opens it.
    return (verb.dep != "ccomp" or sentence.head_of(verb).pos not in {"VERB", "AUX"}
            or any(c.dep == "mark" and c.lower in {"that", "if", "whether"} for c in sentence.children(verb)))


def _subject_of(sentence: Sentence, verb: Word) -> Word | None:
    if verb.dep in {"aux", "auxpass"}:
        holder = sentence.head_of(verb)
    elif verb.dep == "ROOT" or verb.pos in {"VERB", "AUX"}:
        holder = verb
    else:
        return None
    if has_child(sentence, holder, "expl"):
        return child(sentence, holder, "attr", "nsubj")
    subject = child(sentence, holder, "nsubj", "nsubjpass", "csubj")
    if subject is not None and subject.dep == "csubj":
        return subject if subject.tag == "VBG" and subject.i == 0 else None  # "Having friends are vital"
    if subject is None or subject.i > verb.i:
        return None  # questions and inversions: the parse is less sure there
    return subject if _clean_subject(sentence, subject, verb) else None


def _clean_subject(sentence: Sentence, subject: Word, verb: Word) -> bool:
    """Only trust a parse whose subject phrase runs straight up to the verb (adverbs
    allowed), and whose subject noun does not read as a verb after a name or a
    pronoun ("Pakistan emits ...") or as the object of a verb before it ("to make
    those choices is ...")."""
    phrase = sentence.subtree(subject)
    for word in sentence.words[subject.i + 1:verb.i]:
        if word.i not in phrase and word.dep not in {"advmod", "neg", "aux", "auxpass", "preconj"}:
            return False
    first = sentence.before(sentence.words[min(phrase)])
    if first is not None and (first.tag.startswith("VB") or first.tag in {"NNP", "PRP", "MD", "TO"}):
        return False
    return not _verb_after_name(sentence, subject)


def _verb_after_name(sentence: Sentence, subject: Word) -> bool:
    """"Pakistan emits": an -s word after a name may be the verb the parse missed."""
    previous = sentence.before(subject)
    if previous is None or subject.tag != "NNS" or third_person(subject.text) != subject.lower:
        return False
    return previous.tag == "PRP" or (previous.text[:1].isupper() and previous.tag not in {"DT", "PRP$", "CD"}
                                      and not is_common_word(previous.text))


def _subject_number(sentence: Sentence, subject: Word, verb: Word) -> str | None:
    word = subject.lower
    if has_child(sentence, subject, "conj", "cc", "nummod", "quantmod"):
        return None
    if subject.dep == "csubj":
        return "singular"  # a gerund phrase is one thing
    if word in _SINGULAR_PRONOUNS and subject.tag != "WDT":
        return None if word in {"this", "that"} else "singular"
    if word in _PLURAL_PRONOUNS:
        return "plural"
    if subject.tag in {"WDT", "WP"}:
        return _antecedent_number(sentence, subject, verb)
    if word in _ONE_OF and any(c.lower == "of" and c.dep == "prep" for c in sentence.children(subject)):
        return "singular"
    if subject.tag == "NN" and word not in SINGULAR_PLURALS and _determiner_in(sentence, subject, _DISTRIBUTIVE):
        return "singular"
    if word in _COLLECTIVE_OR_QUANTITY or word in SINGULAR_PLURALS:
        return None
    if _quantity_determiner(sentence, subject):
        return None
    if not subject.text.isalpha() or (subject.text[:1].isupper() and subject.i > 0):
        return None  # a capital inside the sentence: a name, whose number the tag may miss
    if subject.tag == "NNS":
        return "plural"
    return "singular" if subject.tag == "NN" else None


def _antecedent_number(sentence: Sentence, relative: Word, verb: Word) -> str | None:
    """"people who has": a relative pronoun takes the number of the noun before it.
    Only when the pronoun directly follows that noun, and never after "one of".
    "who" stands for the person-noun just before it even where the parse hangs
    the clause elsewhere ("communication and people who depends")."""
    clause = sentence.head_of(relative)
    noun = sentence.head_of(clause)
    before = sentence.before(relative)
    if relative.lower == "who" and before is not None and before.tag in {"NN", "NNS"}:
        noun = before
    if clause.dep != "relcl" or relative.i != noun.i + 1 or noun.tag not in {"NN", "NNS"}:
        return None
    if any(w.lower == "one" for w in sentence.words[max(0, noun.i - 4):noun.i]):
        return None
    if noun.lower in _COLLECTIVE_OR_QUANTITY or noun.lower in SINGULAR_PLURALS:
        return None
    return "plural" if noun.tag == "NNS" else "singular"


def _determiner_in(sentence: Sentence, subject: Word, words: frozenset[str]) -> bool:
    return any(c.dep == "det" and c.lower in words for c in sentence.children(subject))


def _quantity_determiner(sentence: Sentence, subject: Word) -> bool:
    """"all the information", "some of", "a lot": number comes from elsewhere."""
    return any(c.lower in _QUANTIFIERS or (subject.tag == "NN" and c.lower in _PLURAL_DETERMINERS)
               for c in sentence.children(subject))


def _subjunctive(sentence: Sentence, verb: Word, number: str, wanted: str) -> bool:
    """"if the tax were lower", "they demanded that he resign": a bare verb or "were"
    after a word that asks for the subjunctive."""
    if number != "plural" or wanted != "singular":
        return False
    marks = _SUBJUNCTIVE_MARKS if verb.lower in {"were", "weren't"} else _MANDATIVE
    return any(w.lower in marks or base_form(w.text) in marks for w in sentence.words[:verb.i])


def _message(sentence: Sentence, subject: Word, verb: Word, wanted: str) -> str:
    if subject.dep == "csubj":
        return f"“{verb.text}” does not agree with the phrase “{subject.text} …”, which is one thing: singular."
    if subject.tag in {"WDT", "WP"}:
        noun = sentence.head_of(sentence.head_of(subject))
        return f"“{verb.text}” does not agree with “{subject.text}”, which stands for the {wanted} “{noun.text}”."
    return f"“{verb.text}” does not agree with the {wanted} subject “{subject.text}”."


def _suggestion(verb: Word, wanted: str) -> tuple[str, ...]:
    word = verb.lower
    if word in _SWAP:
        swapped = _SWAP[word]
    elif wanted == "plural":
        swapped = base_form(word)
    else:
        swapped = third_person(word)
    if not swapped:
        return ()
    return (swapped[:1].upper() + swapped[1:] if verb.text[:1].isupper() else swapped,)
