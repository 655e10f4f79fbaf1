"""Lemmas from lemminflect's tables (offline, shipped in its wheel), loaded in one place.

lemminflect's package ``__init__`` imports spaCy whenever spaCy is installed, to register
its token extensions, and then builds its tables at once. spaCy takes seconds to load, and a
check without grammar (the command line, the content mark) never needs it. So lemminflect is
imported here with spaCy hidden unless spaCy is already loaded; ``SPACY_IMPORT_LOCK`` is held
while doing so, and the grammar tagger holds it too when it imports spaCy, so neither sees
the other half-done.

Whether the table lists a word at all (``has_lemma``) is read from the table's file itself,
without importing lemminflect: its import loads numpy and its own reader builds the whole
table (0.6 s under the interpreter lock, here), and the false-alarm filter on Harper's first
spelling findings at start-up needs only that yes or no (0.1 s).
"""

from __future__ import annotations

import gzip
import importlib.util
import re
import sys
import threading
from functools import lru_cache
from pathlib import Path

SPACY_IMPORT_LOCK = threading.RLock()


class _HideSpacy:
    """An import finder that says spaCy is not installed (for as long as it is on sys.meta_path)."""

    def find_spec(self, name, path=None, target=None):
        if name == "spacy" or name.startswith("spacy."):
            raise ModuleNotFoundError(f"No module named {name!r}", name=name)
        return None


_HIDE_SPACY = _HideSpacy()


@lru_cache(maxsize=1)
def lemminflect():
    """The lemminflect module, or None when it is not installed. Never loads spaCy."""
    with SPACY_IMPORT_LOCK:
        hide = "spacy" not in sys.modules
        if hide:
            sys.meta_path.insert(0, _HIDE_SPACY)  # "import spacy" inside lemminflect raises ImportError
        try:
            import lemminflect as module
        except ImportError:
            return None
        finally:
            if hide:
                sys.meta_path.remove(_HIDE_SPACY)
        return module


def all_lemmas(word: str, upos: str | None = None) -> dict[str, tuple[str, ...]]:
    """lemminflect's ``getAllLemmas``: ``{"VERB": ("rise",), "NOUN": ("rose",)}``; ``{}`` when
    lemminflect is missing or does not know the word."""
    module = lemminflect()
    if module is None:
        return {}
    return module.getAllLemmas(word, upos=upos) if upos else module.getAllLemmas(word)


def has_lemma(word: str, upos: str | None = None) -> bool:
    """Does lemminflect's lemma table (or its overrides) list ``word``, in any case, and with
    ``upos`` ("NOUN", "VERB", "ADJ", "ADV", "AUX") as that part of speech? The same answer as
    ``bool(lemminflect.getAllLemmas(word, upos))``, without loading lemminflect (see the
    module's docstring). False when lemminflect is not installed."""
    table = _lemma_table_text()
    if table is None or upos not in _TABLE_CATEGORIES:
        return bool(all_lemmas(word, upos))
    return word.lower() in _listed_words(upos)


# Parts of speech (upos) -> the categories lemminflect's table files them under; None: any.
_TABLE_CATEGORIES = {None: r"[^,\n]+", "NOUN": "noun", "VERB": "verb", "ADJ": "adj", "ADV": "adv",
                     "AUX": "(?:aux|modal)"}


@lru_cache(maxsize=None)
def _listed_words(upos: str | None) -> frozenset[str]:
    """The words the table (and its overrides) list as ``upos``, or as anything for None."""
    pieces, overrides = _lemma_table_text()
    line = re.compile(r"^([^,\n]+),%s," % _TABLE_CATEGORIES[upos], re.MULTILINE)
    wanted = (upos or "").upper()
    words = {w for w, pos in overrides if pos == wanted or upos is None}
    for piece in pieces:  # piece by piece: the window's thread gets the interpreter lock between them
        words.update(line.findall(piece))
    return frozenset(words)


@lru_cache(maxsize=1)
def _lemma_table_text() -> tuple[tuple[str, ...], tuple[tuple[str, str], ...]] | None:
    """lemminflect's lemma table as text in pieces of whole lines ("word,category,lemma/lemma"),
    and its overrides as (word, UPOS) pairs, read from the files in its wheel (found without
    importing it, as lemminflect's own ``config`` names them); None when they cannot be read."""
    spec = importlib.util.find_spec("lemminflect")
    if spec is None or not spec.submodule_search_locations:
        return None
    folder = Path(list(spec.submodule_search_locations)[0]) / "resources"
    try:
        table = gzip.decompress((folder / "lemma_lu.csv.gz").read_bytes()).decode("utf-8")
        lines = (folder / "lemma_overrides.csv").read_text(encoding="utf-8").splitlines()
    except (OSError, EOFError, ValueError):  # ValueError: a damaged file (gzip, UTF-8)
        return None
    fields = (line.strip().split(",") for line in lines if line.strip() and not line.startswith("#"))
    return _pieces(table), tuple((f[0], f[1]) for f in fields if len(f) == 3)


def _pieces(text: str, size: int = 32_768) -> tuple[str, ...]:
    """``text`` cut after a line break every ``size`` characters or so. A regular expression
    holds the interpreter lock while it scans: over the whole table (1.9 MB) for 45 ms, longer
    than a frame of the window, over a piece for under 1 ms."""
    pieces, start = [], 0
    while start < len(text):
        end = text.find("\n", start + size)
        end = len(text) if end < 0 else end + 1
        pieces.append(text[start:end])
        start = end
    return tuple(pieces)


def lemminflect_names(*names: str):
    """lemminflect's functions by name (one, or a tuple of several), imported without spaCy.

    Raises ImportError when lemminflect is not installed."""
    module = lemminflect()
    if module is None:
        raise ImportError("lemminflect is not installed")
    found = tuple(getattr(module, n) for n in names)
    return found[0] if len(found) == 1 else found
