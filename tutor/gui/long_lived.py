"""What the app loads once (libraries, language models, word lists) kept out of the garbage
collector's way, so that collecting after a check never stops the window.

Python's full collection walks every tracked object while holding the interpreter lock.
With spaCy, lemminflect's tables and the word lists loaded that is hundreds of thousands
of objects, and a check of a 20,000-word précis triggered several collections of
0.3 s each, during which the window took no key press (``bench/gui.py``, "longest
stall"). ``gc.freeze`` moves everything alive at that moment to a generation the
collector never walks again; those objects live as long as the app anyway.
"""

from __future__ import annotations

import gc

_frozen = False


def freeze_loaded_objects() -> None:
    """Once per process, after the first check with every grammar rule (by then everything slow to
    load has been loaded). Later calls do nothing: what a check makes must stay collectable."""
    global _frozen
    if not _frozen:
        _frozen = True
        gc.freeze()
