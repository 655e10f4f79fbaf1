"""A common word written with a capital in the middle of a sentence: "The strong Bilateral ties".

The word must be an ordinary English word (in lemminflect's lexicon, which has
no names), stand alone (a capital on the word before or after it makes it part
of a name: "Economic Corridor"), and not be a name the passage writes with a
capital. Months, days, offices and institutions that are often capitalised
("Government", "Constitution") are left alone, and so are words after a colon,
inside quotation marks, and lines without a full stop (headings). Pronouns and
function words are not judged: a capital "He" after an inserted opener is left to the reader.
"""

from __future__ import annotations

from tutor.core.grammar.inflection import is_common_word
from tutor.core.grammar.issue import GrammarIssue
from tutor.core.grammar.learner_rule import ends_with_stop, finding, is_capitalised_word
from tutor.core.grammar.tagging import Sentence, Word
from tutor.core.grammar.vocabulary import Vocabulary

RULE_ID = "PRECIS_CAPITAL"
LESSON = "Only names, and the first word of a sentence, start with a capital letter."

_OFTEN_CAPITALISED = frozenset("""
    january february march april may june july august september october november december
    monday tuesday wednesday thursday friday saturday sunday god internet web state states
    government president prime minister ministry parliament constitution assembly senate court
    army navy force bank council commission committee province provinces federal republic
    union nations kingdom east west north south eastern western northern southern mr mrs dr
    professor university college prophet holy quran bible church mosque street road river
    ocean sea mount lake city district division act article chapter section part ordinance
""".split())
# Nouns, adjectives, verbs and adverbs: the words learners capitalise for emphasis.
_CONTENT_TAGS = frozenset({"NN", "NNS", "JJ", "JJR", "JJS", "VB", "VBD", "VBG", "VBN", "VBP", "VBZ", "RB"})
_OPENERS = frozenset({":", '"', "“", "‘", "'", "(", "[", "-", "–", "—", ";"})


def check_capitals(sentence: Sentence, vocabulary: Vocabulary) -> list[GrammarIssue]:
    if not ends_with_stop(sentence):
        return []
    quoted = _inside_quotes(sentence)
    found = []
    for word in sentence.words[1:]:
        if word.i in quoted or not _stray_capital(sentence, word, vocabulary):
            continue
        lower = word.text.lower()
        found.append(finding(word, RULE_ID, f"Write “{lower}” with a small letter here.", LESSON, (lower,)))
    return found


def _stray_capital(sentence: Sentence, word: Word, vocabulary: Vocabulary) -> bool:
    if not is_capitalised_word(word) or word.lower in _OFTEN_CAPITALISED or not is_common_word(word.text):
        return False
    if word.tag in {"NNP", "NNPS"} or word.tag not in _CONTENT_TAGS:
        return False  # the tagger reads a name ("China", "Turkey"), or a pronoun or function word
    before, after = sentence.before(word), sentence.after(word)
    if before.text in _OPENERS or before.text.endswith((".", "!", "?")):
        return False
    if _capitalised(before) or (after is not None and (_capitalised(after) or after.text == "-")):
        return False
    return not (word.text in vocabulary.exact and word.lower not in vocabulary.exact)


def _capitalised(word: Word) -> bool:
    return word.text[:1].isupper() and word.i > 0 or word.tag == "NNP" and word.text[:1].isupper()


def _inside_quotes(sentence: Sentence) -> set[int]:
    inside, open_quote = set(), False
    for word in sentence.words:
        if word.text in {'"', "“", "”"} or (word.text in {"'", "‘", "’"} and word.dep == "punct"):
            open_quote = not open_quote if word.text in {'"', "'"} else word.text in {"“", "‘"}
        elif open_quote:
            inside.add(word.i)
    return inside
