"""A guard against a reference-counting bug in PySide6 6.12 on Python 3.11 and older.

PySide6 6.12.0 returns ``None`` from every void method (``setText``,
``QTimer.start``...) and ``True`` from ``Signal.emit`` without taking a
reference. From Python 3.12 on, these objects are immortal (PEP 683) and
nothing happens; on 3.11 each call drops one reference the interpreter never
gave away, and after a few thousand calls (a page of typing) the process dies
with "Fatal Python error: none_dealloc".

The fix belongs in the binding (pin PySide6 below 6.12 on Python 3.11). Until
then, ``guard_refcount_bug`` gives those singletons the headroom that Python
3.12 gives them, only on the combination known to be broken.
"""

from __future__ import annotations

import ctypes
import sys

_HEADROOM = 1 << 40  # a trillion leaked references: centuries of typing
_done = False


def needs_guard(pyside_version: tuple[int, ...], python_version: tuple[int, ...]) -> bool:
    return pyside_version[:2] == (6, 12) and python_version[:2] < (3, 12) and sys.implementation.name == "cpython"


def guard_refcount_bug() -> bool:
    """Make None, True and False effectively immortal if this PySide6 leaks them; True when applied."""
    global _done
    import PySide6

    if _done or not needs_guard(tuple(PySide6.__version_info__[:3]), tuple(sys.version_info[:3])):
        return False
    for singleton in (None, True, False):
        # ob_refcnt is the first field of every object in CPython 3.11 and older.
        refcount = ctypes.c_ssize_t.from_address(id(singleton))
        refcount.value += _HEADROOM
    _done = True
    return True
