"""Time `check` in-process for passages of 250, 1,000 and 5,000 words (précis of one third).

Prints one line per size: the passage-side work done once, and the median of
repeated précis checks (passage side cached, as while a student types).
Targets: under 20 ms for 250 words, under 100 ms for 1,000, growing no faster
than linearly.

    .venv/bin/python bench/analysis.py
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from textgen import prose  # noqa: E402

from tutor.core import analysis  # noqa: E402
from tutor.core.passage import passage_from_text  # noqa: E402


def _median_ms(fn, runs: int) -> float:
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t) * 1000)
    return statistics.median(times)


def main() -> None:
    analysis.check(analysis.analyse_passage(passage_from_text(prose(100, seed=99))), "warm up")
    print(f"{'passage words':>13} {'passage side (ms)':>18} {'check median (ms)':>18} {'ms per 1k words':>16}")
    for size in (250, 1000, 5000):
        passage = passage_from_text(prose(size, seed=size))
        precis = "A Title\n\n" + prose(size // 3, seed=size + 1)
        t = time.perf_counter()
        pa = analysis.analyse_passage(passage)
        first = (time.perf_counter() - t) * 1000
        runs = 30 if size < 5000 else 10
        med = _median_ms(lambda: analysis.check(pa, precis), runs)
        print(f"{passage.words:>13} {first:>18.1f} {med:>18.2f} {med / passage.words * 1000:>16.2f}")


if __name__ == "__main__":
    main()
