"""A plural noun where a number or a plural determiner asks for one.

"three country", "many problem", "these reason", "one of the main cause".
Only countable nouns with a distinct plural are judged; units written after a
figure as a compound ("a five year plan" is a hyphen slip, not this one) and
nouns with a noun after them are left alone.
"""

from __future__ import annotations

import re

from tutor.core.grammar.agreement import SINGULAR_PLURALS
from tutor.core.grammar.articles import COUNTABLE_NOUNS
from tutor.core.grammar.inflection import base_form, plural, third_person
from tutor.core.grammar.issue import GrammarIssue
from tutor.core.grammar.learner_rule import finding
from tutor.core.grammar.stray_article import UNCOUNTABLE_NOUNS
from tutor.core.grammar.tagging import Sentence, Word
from tutor.core.lemmas import lemminflect_names

RULE_ID = "PRECIS_NOUN_NUMBER"
LESSON = "After a number above one, and after “many”, “several”, “some”, “these”, “those” or “one of the”, a countable noun is plural."
LESSON_PLURAL_ALREADY = "“Media”, “criteria” and “phenomena” are already plural: they take no -s."
LESSON_SINGULAR = "“This”, “each”, “every” and “another” go with a singular noun; “these” and “those” with a plural one."

# Determiners that ask for a singular noun ("a"/"an" are the extra-article rule's).
_SINGULAR_DETERMINERS = {"this": "these", "each": "", "every": "", "another": "other"}
# Nouns ending in -s that are singular (the tagger sometimes reads them as plurals).
_SINGULAR_IN_S = SINGULAR_PLURALS | frozenset("lens bus gas status process analysis basis crisis thesis".split())
# Between the determiner and the noun: "every two years", "each few weeks", "another three days".
_COUNTED = frozenset({"CD"})

_PLURAL_DETERMINERS = frozenset({"many", "several", "these", "those", "various", "numerous", "both", "few",
                                 "different"})
_NUMBER_WORDS = frozenset("two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty hundreds thousands millions dozens".split())
# "some person", "some way": "some" can mean "a certain" with these.
_SOME_SINGULAR = frozenset({"person", "individual", "way", "time", "place", "day", "reason", "idea", "system"})
_DIGITS = re.compile(r"^\d{1,3}(?:,\d{3})*$")
# Nouns often used in the singular after a figure or a plural determiner.
_LEFT_ALONE = UNCOUNTABLE_NOUNS | frozenset("""
    per cent percent hundred thousand million billion lakh crore dozen score
    times time year old foot feet head stone pound rupee dollar euro yuan yen fish sheep deer
    aircraft series species means people police cattle staff data media
""".split())


def check_noun_number(sentence: Sentence) -> list[GrammarIssue]:
    found = []
    for noun in sentence.words:
        if noun.tag != "NN" or not noun.text.isalpha() or noun.lower in _LEFT_ALONE:
            continue
        cue = _plural_cue(sentence, noun)
        if cue is None or _followed_by_noun(sentence, noun):
            continue
        form = plural(noun.text)
        if form:
            found.append(finding(noun, RULE_ID, f"After “{cue.text}”, write “{form}”.", LESSON, (form,)))
    return found + _plural_after_singular_determiner(sentence) + _double_plural(sentence)


# Plurals with an -s added again; Harper's dictionary catches the others ("datas", "childrens").
_DOUBLE_PLURALS = {"medias": "media"}


def _double_plural(sentence: Sentence) -> list[GrammarIssue]:
    """"social medias": a Latin plural given an English -s as well."""
    return [finding(w, RULE_ID, f"“{_DOUBLE_PLURALS[w.lower]}” is already plural: write “{_DOUBLE_PLURALS[w.lower]}”.",
                    LESSON_PLURAL_ALREADY, (_DOUBLE_PLURALS[w.lower],))
            for w in sentence.words if w.lower in _DOUBLE_PLURALS and w.text.islower()]


def _plural_after_singular_determiner(sentence: Sentence) -> list[GrammarIssue]:
    """"this things", "every students", "another friends": the determiner is singular."""
    found = []
    for noun in sentence.words:
        if (noun.tag != "NNS" or not noun.text.isalpha() or not noun.text.islower()
                or not noun.lower.endswith("s") or noun.lower in _SINGULAR_IN_S
                or noun.dep in {"compound", "npadvmod"} or _followed_by_noun(sentence, noun)):
            continue
        det = next((c for c in sentence.children(noun) if c.dep == "det" and c.i < noun.i
                    and c.lower in _SINGULAR_DETERMINERS), None)
        if det is None or any(w.tag in _COUNTED or w.lower in {"few", "other"} for w in sentence.words[det.i + 1:noun.i]):
            continue
        if det.i == noun.i - 1 and _may_be_verb(sentence, noun):
            continue  # "This results in ...": the -s word is the verb of "this"
        found.append(_singular_determiner_finding(det, noun))
    return found


def _singular_determiner_finding(det: Word, noun: Word) -> GrammarIssue:
    singular = f"{det.text} {_singular(noun)}"
    plural_det = _SINGULAR_DETERMINERS[det.lower]
    if plural_det and det.text[:1].isupper():
        plural_det = plural_det.capitalize()
    both = (singular, f"{plural_det} {noun.text}") if plural_det else (singular,)
    message = f"“{det.text}” goes with a singular noun: " + " or ".join(f"“{b}”" for b in both) + "."
    # A mend only where nothing stands between them: "this important things" keeps its adjective.
    return finding((det, noun), RULE_ID, message, LESSON_SINGULAR, both if det.i == noun.i - 1 else ())


def _may_be_verb(sentence: Sentence, noun: Word) -> bool:
    """The -s word is also a verb's present form, and no verb follows that could be the sentence's."""
    if third_person(base_form(noun.text)) != noun.lower:
        return False
    after = sentence.after(noun)
    return after is None or not (after.pos in {"VERB", "AUX"} or after.tag == "MD")


def _singular(noun: Word) -> str:
    getAllLemmas = lemminflect_names('getAllLemmas')  # deferred: the tables load on first use

    lemmas = getAllLemmas(noun.lower, upos="NOUN").get("NOUN", ())
    return lemmas[0] if lemmas else noun.text


def _plural_cue(sentence: Sentence, noun: Word) -> Word | None:
    for word in sentence.children(noun):
        if word.i > noun.i:
            continue
        if word.dep == "nummod" and (word.lower in _NUMBER_WORDS or _DIGITS.match(word.text)) \
                and word.text not in {"1", "one"} and not _is_year(word) and not _number_as_pronoun(sentence, word, noun):
            return word
        if (word.lower == "some" and word.dep == "det" and word.i == noun.i - 1
                and noun.lower in COUNTABLE_NOUNS - _SOME_SINGULAR):
            return word  # "some family": with a countable noun, "some" asks for the plural
        if word.dep in {"det", "amod"} and word.lower in _PLURAL_DETERMINERS:
            previous = sentence.before(word)
            if word.lower == "few" and previous is not None and previous.lower in {"a", "very"}:
                continue
            if word.lower == "both" and previous is not None and previous.tag in {"NN", "NNS", "NNP", "PRP"}:
                continue  # "Trade and aid both matter": "both" floats after its nouns; "matter" is the verb
            return word
    return _one_of_the(sentence, noun)


def _one_of_the(sentence: Sentence, noun: Word) -> Word | None:
    """"one of the main cause": the noun is the object of "of" after "one"."""
    if noun.dep != "pobj":
        return None
    of = sentence.head_of(noun)
    if of.lower != "of" or of.head == of.i:
        return None
    one = sentence.head_of(of)
    if one.lower == "one" and any(c.lower in {"the", "my", "our", "their", "his", "her", "its", "your", "this"}
                                  for c in sentence.children(noun)):
        return one
    return None


# Nouns said bare after a verb of going or reaching ("reached college", "left school"): after a number
# with a word between them, the number is the subject and the word its verb ("nine reached college"),
# though the parser may read the verb as an adjective ("three elected members").
_BARE_PLACES = frozenset("college school university church hospital prison court home work office power".split())


def _number_as_pronoun(sentence: Sentence, number: Word, noun: Word | None = None) -> bool:
    """"the two share a border": "the two" is the subject and "share" its verb; "nine reached
    college": "nine" is the subject and "college" the place it reached."""
    before = sentence.before(number)
    if noun is not None and noun.lower in _BARE_PLACES and noun.i > number.i + 1:
        return True
    return before is not None and before.lower in {"the", "all", "these", "those", "both", "its", "their"}


def _is_year(word: Word) -> bool:
    return len(word.text) == 4 and word.text.isdigit()


def _followed_by_noun(sentence: Sentence, noun: Word) -> bool:
    after = sentence.after(noun)
    return after is not None and (after.tag in {"NN", "NNS", "NNP", "CD"} or after.text == "-")
