"""Word forms for suggestions and for telling countable nouns: lemminflect's tables.

lemminflect (PyPI, with its data) inflects from a lexicon built on the
Automatically Generated Inflection Database and the English Lexicon; it loads in
well under a second and needs no network. Every function returns "" (or False)
for a word it does not know, so a rule can stay quiet rather than guess.
"""

from __future__ import annotations

from functools import lru_cache
from tutor.core.lemmas import has_lemma, lemminflect_names


@lru_cache(maxsize=4096)
def base_form(word: str) -> str:
    """The verb's base form ("became" -> "become"), or ""."""
    getAllLemmas = lemminflect_names('getAllLemmas')  # deferred: loading the tables takes a moment

    lemmas = getAllLemmas(word.lower(), upos="VERB").get("VERB", ())
    return lemmas[0] if lemmas else ""


def _inflect(lemma: str, tag: str) -> str:
    getInflection = lemminflect_names('getInflection')

    forms = getInflection(lemma, tag=tag) if lemma else ()
    return forms[0] if forms else ""


@lru_cache(maxsize=4096)
def third_person(word: str) -> str:
    """"go" -> "goes"; ""."""
    return _inflect(base_form(word) or word.lower(), "VBZ")


@lru_cache(maxsize=4096)
def past_participle(word: str) -> str:
    """"went" -> "gone", "build" -> "built"; ""."""
    return _inflect(base_form(word), "VBN")


@lru_cache(maxsize=4096)
def present_participle(word: str) -> str:
    """"try" -> "trying"; ""."""
    return _inflect(base_form(word), "VBG")


@lru_cache(maxsize=4096)
def plural(noun: str) -> str:
    """"country" -> "countries"; "" for an unknown noun or one whose plural is itself."""
    getAllInflections, getAllLemmas = lemminflect_names('getAllInflections', 'getAllLemmas')

    lower = noun.lower()
    if lower not in getAllLemmas(lower, upos="NOUN").get("NOUN", ()):
        return ""
    forms = getAllInflections(lower, upos="NOUN").get("NNS", ())
    return next((f for f in forms if f != lower), "")


@lru_cache(maxsize=8192)
def is_common_word(word: str) -> bool:
    """True when ``word`` in lower case is an English noun, verb, adjective or adverb
    in lemminflect's lexicon (names such as "Paris" or "English" are not). Never loads
    lemminflect itself (``tutor.core.lemmas.has_lemma``): Harper's first spelling
    findings at start-up ask it."""
    return has_lemma(word)
