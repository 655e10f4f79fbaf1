"""Lemmas from lemminflect's tables (offline, shipped in its wheel), loaded in one place.

lemminflect's package ``__init__`` imports spaCy whenever spaCy is installed, to register
its token extensions, and then builds its tables at once. spaCy takes seconds to load, and a
check without grammar (the command line, the content mark) never needs it. So lemminflect is
imported here with spaCy hidden unless spaCy is already loaded; ``SPACY_IMPORT_LOCK`` is held
while doing so, and the grammar tagger holds it too when it imports spaCy, so neither sees
the other half-done.
"""

from __future__ import annotations

import sys
import threading
from functools import lru_cache

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


def lemminflect_names(*names: str):
    """lemminflect's functions by name (one, or a tuple of several), imported without spaCy.

    Raises ImportError when lemminflect is not installed."""
    module = lemminflect()
    if module is None:
        raise ImportError("lemminflect is not installed")
    found = tuple(getattr(module, n) for n in names)
    return found[0] if len(found) == 1 else found
