"""Text from packs and students' files, shown as plain text wherever Qt would guess at markup.

One implementation for the whole GUI lives in ``tutor.gui.plain``; this name stays for the
classroom modules that import it.
"""

from __future__ import annotations

from tutor.gui.plain import plain_tooltip

__all__ = ["plain_tooltip"]
