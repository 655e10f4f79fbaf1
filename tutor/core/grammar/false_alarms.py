"""Kinds of engine findings that are wrong, dropped before a student sees them.

* "to" read as a misspelling of "too" in a phrasal construction: "gave way to
  new states", "opened the way to modern trade" (Harper's ``WayTooAdjective``
  fires on "way to" + adjective; "way too" never follows a determiner or "give way").
* Spellings correct in British, Australian and Indian English that Harper's
  dictionary files under American only (found by checking a list of British
  spellings against Harper 0.2: "fulfilled", "fulfilling", "foetus").
* A regional word the passage itself uses ("lakh", "crore"): once the passage
  words are accepted, Harper still calls them regionalisms.
* A word Harper does not know, made with a common prefix from one it does
  ("unscrutinised"): the prefix is the student's right. The same for a word
  made with a learned prefix that Harper would split ("biomechanics" is not
  "bio mechanics").
* A mass noun with "a" before a phrase that limits it ("a diversity of crops",
  "a dependence on imports"), which is good English.
* A preposition read as a split prefix ("under water", "over time").
* "their" before a noun read as "they're" ("their share was").
* A capitalised word Harper does not know, inside a sentence and next to
  another capitalised word ("open Waseda Cafe"): part of a name the student
  brings — unless one slip away from a word Harper suggests ("Goverment").
  A lone unknown name ("the Zorblat council") is still shown, so it can be
  added to the dictionary.
"""

from __future__ import annotations

import re
from typing import Iterable

from tutor.core.grammar.inflection import is_common_word
from tutor.core.grammar.issue import GrammarIssue
from tutor.core.grammar.vocabulary import Vocabulary
from tutor.core.lemmas import has_lemma
from tutor.core.scanning import text_pattern

# Harper 0.2 marks these American-only; they are standard in every dialect we offer.
SHARED_SPELLINGS = frozenset({"fulfilled", "fulfilling", "foetus", "foetuses", "foetal"})
_SPELLING_RULES = frozenset({"SpellCheck"})
_REGIONAL_RULES = frozenset({"Regionalisms"})
_TOO_RULES = frozenset({"WayTooAdjective"})
_PREFIXES = ("un", "non", "re", "pre", "over", "under", "counter", "anti", "mis", "multi", "inter", "sub")
# Prefixes of learned compounds, written closed: "biomechanics", "geopolitics", "microfinance".
_LEARNED_PREFIXES = ("bio", "geo", "micro", "macro", "tele", "socio", "eco", "cyber", "nano", "hydro",
                     "photo", "psycho", "neuro", "thermo", "electro", "agro", "agri")
_LIMITING_WORDS = frozenset({"of", "on", "upon", "in", "for", "with", "that", "which", "between", "among"})
_PREPOSITION_PREFIXES = frozenset({"under", "over", "out", "off", "up", "down", "in", "on", "by"})
# Capitalised at a sentence's start, these say nothing about the word after them being a name.
_FUNCTION_WORDS = frozenset("""the a an this that these those our their his her its my your in on at for
    with by from to of and but or as when while if after before since because although""".split())
_NEXT_WORD = re.compile(r"\s*([A-Za-z]+)")
# What stands before "way" when "to" is a preposition: a determiner, or "give way".
_WAY_PHRASE = text_pattern(
    r"\b(?:the|a|this|that|its|their|his|her|our|my|your|no|any|every|each|one|same|"
    r"give|gives|gave|given|giving|make|makes|made|making|pave|paves|paved|paving)\s+way\s+$",
    re.IGNORECASE)


def drop_false_alarms(issues: Iterable[GrammarIssue], text: str,
                      vocabulary: Vocabulary = Vocabulary()) -> tuple[GrammarIssue, ...]:
    """``issues`` without the kinds above; order kept. Spans index ``text``."""
    return tuple(i for i in issues if not _false_alarm(i, text, vocabulary))


def _false_alarm(issue: GrammarIssue, text: str, vocabulary: Vocabulary) -> bool:
    word = issue.span.of(text)
    if issue.rule_id in _TOO_RULES:
        return bool(_WAY_PHRASE.search(text[max(0, issue.span.start - 40):issue.span.start]))
    if issue.rule_id in _SPELLING_RULES and word.lower() in SHARED_SPELLINGS:
        return True
    if issue.rule_id in _REGIONAL_RULES | _SPELLING_RULES:
        return (vocabulary.knows(word) or vocabulary.knows(_singular(word)) or _prefixed_word(word)
                or (_name_mid_sentence(word, text, issue.span.start)
                    and not any(_one_edit(word.lower(), s.lower()) for s in issue.suggestions)))
    following = _NEXT_WORD.match(text, issue.span.end)
    following = following.group(1).lower() if following else ""
    if issue.rule_id == "MassNouns":
        return following in _LIMITING_WORDS
    if issue.rule_id == "SplitWords":
        return _prefixed_word(word, _LEARNED_PREFIXES)
    if issue.rule_id == "DisjointPrefixes":
        return word.split()[0].lower() in _PREPOSITION_PREFIXES if word.split() else False
    if issue.rule_id == "TheirToTheyre":
        return _is_noun(following)
    return False


def _name_mid_sentence(word: str, text: str, start: int) -> bool:
    """A capitalised word inside a sentence, next to another capitalised word
    ("open Waseda Cafe"): part of a name of several words."""
    if not (word[:1].isupper() and word[1:].islower() and word.isalpha()):
        return False
    before = text[:start].rstrip(" \t\"'“‘(")
    if not before or before[-1] in ".!?\n:":
        return False
    previous = before.split()[-1] if before.split() else ""
    following = text[start + len(word):].split()[:1]
    previous_is_name = previous[:1].isupper() and previous.lower() not in _FUNCTION_WORDS
    return previous_is_name or bool(following and following[0][:1].isupper())


def _one_edit(a: str, b: str) -> bool:
    """True when ``b`` is ``a`` with one letter added, dropped, changed, or two swapped."""
    if abs(len(a) - len(b)) > 1 or a == b:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        return len(diff) == 1 or (len(diff) == 2 and diff[1] == diff[0] + 1
                                  and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]])
    short, long = sorted((a, b), key=len)
    return any(long[:i] + long[i + 1:] == short for i in range(len(long)))


def _prefixed_word(word: str, prefixes: tuple[str, ...] = _PREFIXES) -> bool:
    lower = word.lower()
    for prefix in prefixes:
        rest = lower[len(prefix):]
        if lower.startswith(prefix) and len(rest) >= 5 and is_common_word(rest):
            return True
    return False


def _is_noun(word: str) -> bool:
    return bool(word) and has_lemma(word, "NOUN")


def _singular(word: str) -> str:
    """"lakhs" -> "lakh": a passage word in the plural is still the passage's word."""
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word
