"""Checks in the background: where they start, when they run, and which results count."""
