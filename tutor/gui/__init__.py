"""The desktop app: the passage beside an editor, a live word count, underlines, feedback.

Everything Qt lives here; ``tutor.core`` is only called, never changed, and its
results (frozen dataclasses) are only read.
"""
