"""Plural forms for counts in what the tutor says: "1 error", "2 errors"."""

from __future__ import annotations


def plural(count: int, one: str, many: str | None = None) -> str:
    """"1 word", "2 words"; ``many`` for irregular plurals ("1 breach", "2 breaches")."""
    return f"{count} {one if count == 1 else (many or one + 's')}"
