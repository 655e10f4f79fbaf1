"""An exam's countdown, as plain values: started, paused, warned, expired or submitted.

Times are seconds from a monotonic clock that the caller passes in (``now``), so the
clock is tested without waiting and the GUI owns the only timer. The state is saved
with the draft (``ExamState``, ``data_dir()/exam.json``): after a crash the exam comes
back paused with the time it had left at the last save.

Default length: 40 minutes, a common allowance for the 20-mark précis question of the
CSS English paper (three hours for the whole paper, précis one question of several).
"""

from __future__ import annotations

import json
import math
import time
from dataclasses import asdict, dataclass, replace
from pathlib import Path

from tutor.core.userdata import write_atomic

DEFAULT_MINUTES = 40
MINUTES_RANGE = (5, 180)
WARN_SECONDS = 5 * 60
READY, RUNNING, PAUSED, EXPIRED, SUBMITTED = "ready", "running", "paused", "expired", "submitted"
FILE_NAME = "exam.json"
_VERSION = 1


@dataclass(frozen=True, slots=True)
class ExamClock:
    """``limit`` seconds allowed; ``used`` seconds spent before ``since`` (the monotonic time the
    clock last started running, None unless running); ``warned`` once five minutes are left."""

    limit: float
    used: float = 0.0
    since: float | None = None
    state: str = READY
    warned: bool = False

    def start(self, now: float) -> "ExamClock":
        return replace(self, state=RUNNING, since=now) if self.state in (READY, PAUSED) else self

    resume = start

    def pause(self, now: float) -> "ExamClock":
        if self.state != RUNNING:
            return self
        return replace(self, state=PAUSED, used=self.elapsed(now), since=None)

    def elapsed(self, now: float) -> float:
        """Seconds spent writing, pauses excluded, never more than the limit."""
        running = (now - self.since) if self.since is not None else 0.0
        return min(self.limit, self.used + max(0.0, running))

    def remaining(self, now: float) -> float:
        return max(0.0, self.limit - self.elapsed(now))

    def tick(self, now: float) -> "ExamClock":
        """The clock at ``now``: warned at five minutes left, expired (stopped) at none."""
        if self.state != RUNNING:
            return self
        left = self.remaining(now)
        if left <= 0:
            return replace(self, state=EXPIRED, used=self.limit, since=None, warned=True)
        return replace(self, warned=True) if left <= WARN_SECONDS and not self.warned else self

    def submit(self, now: float) -> "ExamClock":
        if self.state not in (RUNNING, PAUSED, EXPIRED):
            return self
        return replace(self, state=SUBMITTED if self.state != EXPIRED else EXPIRED, used=self.elapsed(now),
                       since=None)

    @property
    def finished(self) -> bool:
        return self.state in (EXPIRED, SUBMITTED)

    def display(self, now: float) -> str:
        """Calm: whole minutes ("38 min") until the last five, then minutes and seconds ("4:59")."""
        left = self.remaining(now)
        if left > WARN_SECONDS:
            return f"{math.ceil(left / 60)} min"
        whole = math.ceil(left)
        return f"{whole // 60}:{whole % 60:02d}"

    def saved(self, now: float) -> "ExamClock":
        """The clock to write down: running time folded into ``used``, no monotonic time kept."""
        state = self.state
        return replace(self, used=self.elapsed(now), since=None, state=PAUSED if state == RUNNING else state)


@dataclass(frozen=True, slots=True)
class ExamState:
    """An exam under way, as autosaved: which passage (id and SHA-256 of its text) and its clock."""

    passage_id: str
    passage_hash: str
    passage_title: str
    clock: ExamClock


def exam_path(folder: Path) -> Path:
    return Path(folder) / FILE_NAME


def save_exam(folder: Path, state: ExamState, now: float) -> None:
    """Write the exam's state atomically (the clock paused at ``now``). Raises OSError."""
    data = {"version": _VERSION, "saved_at": time.strftime("%Y-%m-%dT%H:%M:%S"),
            "passage_id": state.passage_id, "passage_hash": state.passage_hash,
            "passage_title": state.passage_title, "clock": asdict(state.clock.saved(now))}
    write_atomic(exam_path(folder), json.dumps(data, ensure_ascii=False, indent=1))


def load_exam(folder: Path) -> ExamState | None:
    """The exam left under way (paused), or None when there is none or its file cannot be read."""
    try:
        data = json.loads(exam_path(folder).read_text(encoding="utf-8"))
        c = data["clock"]
        clock = ExamClock(limit=float(c["limit"]), used=float(c["used"]), state=str(c["state"]),
                          warned=bool(c["warned"]))
        state = ExamState(str(data["passage_id"]), str(data["passage_hash"]), str(data["passage_title"]), clock)
    except (OSError, ValueError, KeyError, TypeError):
        return None
    return state if clock.state == PAUSED and clock.limit > 0 else None


def clear_exam(folder: Path) -> None:
    exam_path(folder).unlink(missing_ok=True)
