"""How common a word is in English at large: a word every passage uses ("government",
"people", "support") says less about which idea a précis sentence carries than a word few
texts use ("remittances", "glaciers"), however rare both are in one passage.

The frequencies are wordfreq's English word list (Speer 2022; data CC BY-SA 4.0), installed
with the ``wordfreq`` package. Its file is read directly (a msgpack list of word buckets, the
bucket's index being minus the frequency in centibels), without importing ``wordfreq``, whose
import loads ftfy and langcodes (about 0.9 s here) for tokenising this reader never needs. With
the package absent every word counts as uncommon, as before.
"""

from __future__ import annotations

import gzip
import importlib.util
from functools import lru_cache
from pathlib import Path

RARE_FROM = 3.0  # Zipf frequency (log10 of occurrences per billion words) below which a word is fully distinctive
_ZIPF_TOP = 9.0  # the Zipf value of a word that were every word


@lru_cache(maxsize=1)
def _zipf_table() -> dict[str, float]:
    """Each word of wordfreq's small English list → its Zipf frequency; {} when it is not installed."""
    spec = importlib.util.find_spec("wordfreq")
    if spec is None or not spec.submodule_search_locations:
        return {}
    path = Path(next(iter(spec.submodule_search_locations))) / "data" / "small_en.msgpack.gz"
    try:
        import msgpack

        with gzip.open(path, "rb") as f:
            buckets = msgpack.load(f, raw=False)[1:]  # the first item is the file's header
    except (OSError, ValueError, ImportError, EOFError):  # a damaged or unreadable list: no frequencies
        return {}
    return {w: _ZIPF_TOP - n / 100 for n, bucket in enumerate(buckets) for w in bucket}


def zipf(word: str) -> float | None:
    """The Zipf frequency of a lower-case word (about 7.7 for "the", 3 for "glaciers"), or None
    when the list does not have it (a rare word, a name, a number)."""
    return _zipf_table().get(word)


def distinctiveness(word: str) -> float:
    """How much a word says of the idea it stands in, 0..1, from its self-information in English
    at large: 1.0 for a word rarer than ``RARE_FROM``, falling in proportion to how much more
    common it is ("government" 0.69, "people" 0.55)."""
    z = zipf(word)
    if z is None or z <= RARE_FROM:
        return 1.0
    return max(0.0, (_ZIPF_TOP - z) / (_ZIPF_TOP - RARE_FROM))
