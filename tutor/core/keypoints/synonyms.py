"""Words that can stand for each other in a précis.

A built-in table of editorial and précis vocabulary always applies; WordNet adds
more when nltk's wordnet data or a system WordNet (Debian's ``wordnet-base``) is installed
(``wordnet_data``; it is never downloaded).
A word's *keys* say what it can match: its own stem at full credit, the
groups it belongs to at ``RELATED`` credit, and a long stem prefix at ``PREFIX``.
"""

from __future__ import annotations

import re
from functools import lru_cache

from tutor.core.keypoints.synonym_table import GROUPS as _GROUPS
from tutor.core.lemmas import all_lemmas
from tutor.core.keypoints.wordnet_data import load_wordnet
from tutor.core.keypoints.words import is_content, term_key

EXACT, RELATED, WORDNET, PREFIX = 1.0, 0.85, 0.8, 0.7
_PREFIX_LEN = 7
# A word's first WordNet sense only: later ones are rarer and link loosely ("function" to "serve"
# and "purpose" through its third). Measured with Debian's WordNet 3.0 against none: CommonLit
# dev sample 0.854/0.318 -> 0.856/0.326 (three senses: 0.858/0.338, but a library précis that
# drops an idea was then read as saying it); REALSumm covered 0.761 either way.
_WORDNET_SENSES = 1


@lru_cache(maxsize=1)
def _table() -> dict[str, frozenset[int]]:
    """Each stem → the ids of the groups it belongs to."""
    table: dict[str, set[int]] = {}
    for gid, line in enumerate(_GROUPS.splitlines()):
        for word in line.split():
            for linked in _linked_forms(word):
                table.setdefault(term_key(linked), set()).add(gid)
    return {k: frozenset(v) for k, v in table.items()}


_PARTICIPLE = re.compile(r"(?:ed|en|ing)$")


def _linked_forms(word: str) -> tuple[str, ...]:
    """The forms through which a table word links its group: the word itself; for a compound,
    its joined form ("selfreliant", as ``content_terms`` joins a bound prefix) and the one part
    that carries its meaning: its head noun ("foreign-exchange" links "exchange", "real-estate"
    "estate", "one-third" "third"), or the first part of an adjective made of a participle
    ("short-lived" links "short", "curiosity-driven" "curiosity"). The other part links nothing:
    "real" is not "property", nor "lived" "temporary"."""
    if "-" not in word:
        return (word,) if is_content(word) else ()
    parts = [p for p in word.split("-") if is_content(p)]
    if not parts:
        return ()
    carrier = parts[0] if len(parts) > 1 and _PARTICIPLE.search(parts[-1]) else parts[-1]
    return "".join(word.split("-")), carrier


@lru_cache(maxsize=1)
def _wordnet():
    """A WordNet reader if nltk's data or a system WordNet is installed, else None. Never
    downloads (``wordnet_data.load_wordnet``)."""
    return load_wordnet()


def wordnet_available() -> bool:
    return _wordnet() is not None


@lru_cache(maxsize=20_000)
def wordnet_keys(word: str) -> frozenset[str]:
    """Stems of WordNet synonyms and derivationally related forms of ``word``."""
    wn = _wordnet()
    if wn is None or not word.isalpha():
        return frozenset()
    found: set[str] = set()
    try:
        for synset in wn.synsets(word)[:_WORDNET_SENSES]:
            for lemma in synset.lemmas():
                found.add(lemma.name().lower())
                found.update(d.name().lower() for d in lemma.derivationally_related_forms())
    except (LookupError, OSError):
        return frozenset()
    return frozenset(term_key(w) for w in found if w.isalpha())


@lru_cache(maxsize=50_000)
def lemma_keys(word: str, key: str) -> tuple[str, ...]:
    """The stems of ``word``'s dictionary lemmas other than ``key`` ("rose" → "rise",
    "went" → "go", "children" → "child"), from lemminflect's tables (offline, installed
    with the package); ``()`` for a word it does not know or whose stem already is its lemma."""
    if not word.isalpha():
        return ()
    found = {term_key(lemma) for forms in all_lemmas(word).values() for lemma in forms if lemma.isalpha()}
    found.discard(key)
    return tuple(sorted(found))


@lru_cache(maxsize=50_000)
def match_keys(word: str, key: str) -> tuple[tuple[str, float], ...]:
    """What a term can match, with the credit each match earns: its stem and the stems
    of its lemmas, its built-in groups, a long stem prefix. Symmetric: use it on both sides."""
    stems = (key, *lemma_keys(word, key))
    keys = [("s:" + k, EXACT) for k in stems]
    keys += [(f"g:{gid}", RELATED) for gid in sorted({g for k in stems for g in _table().get(k, ())})]
    if len(key) >= _PREFIX_LEN and key.isalpha():
        keys.append(("p:" + key[:_PREFIX_LEN], PREFIX))
    return tuple(keys)


def expanded_keys(word: str, key: str) -> tuple[tuple[str, float], ...]:
    """``match_keys`` plus WordNet's synonyms as stems: for the key-point side only,
    so a précis word matches if it is a WordNet synonym of the key-point word."""
    extra = tuple(("s:" + k, WORDNET) for k in sorted(wordnet_keys(word)) if k != key)
    return match_keys(word, key) + extra
