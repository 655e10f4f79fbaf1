"""Rhetorical questions read as the statements they make.

An essay argues with questions it does not mean to ask: "Is it any wonder that a generation
raised on short texts finds long novels hard?" says "It is no wonder that …"; "Is the picture
really as dark as we are told?" says "The picture is not as dark as we are told." A key point
is a statement, so such a question is restated; any other question is left as it is.
"""

from __future__ import annotations

import re

from tutor.core.keypoints.statements import finish

_ANY_WONDER = re.compile(r"^(is|was)\s+it\s+(?:any|a|not\s+a)\s+(wonder|surprise)\s+(that|if)\s+(.+)\?$", re.IGNORECASE)
_WHO_DOUBTS = re.compile(r"^who\s+(can|could|would|will)\s+(doubt|deny|dispute|question)\s+(that\s+.+)\?$", re.IGNORECASE)
_REALLY = re.compile(r"^(is|are|was|were|can|could|will|would|should|does|do|did|has|have)\s+((?:\S+\s+){1,6}?)"
                     r"really\s+(.+)\?$", re.IGNORECASE)


def as_statement(statement: str) -> str:
    """``statement`` restated if it is a rhetorical question of a known form, else unchanged.
    "Is it any wonder that X?" → "It is no wonder that X."; "Who can doubt that X?" → "No one
    can doubt that X."; "Is the picture really as dark as they say?" → "The picture is not as
    dark as they say." (the doubt "really" casts is the denial)."""
    s = statement.strip()
    if not s.endswith("?"):
        return statement
    m = _ANY_WONDER.match(s)
    if m:
        return finish(f"it {m.group(1).lower()} no {m.group(2).lower()} {m.group(3).lower()} {m.group(4)}")
    m = _WHO_DOUBTS.match(s)
    if m:
        return finish(f"no one {m.group(1).lower()} {m.group(2).lower()} {m.group(3)}")
    m = _REALLY.match(s)
    if m and "," not in m.group(2):
        return finish(f"{m.group(2).strip()} {m.group(1).lower()} not {m.group(3)}")
    return statement
