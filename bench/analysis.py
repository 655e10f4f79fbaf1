"""Time `check` in-process for passages of 250, 1,000 and 5,000 words (précis of one third).

Passages are built from the bundled library's own texts (cut at a sentence
end near the size), and précis from its model précis, so the prose is varied
as real passages are. Prints one line per size: the passage-side work done
once, and the median of repeated précis checks (passage side cached, as while
a student types). A last line runs the same sizes on machine-made text that
repeats a few dozen phrases: a worst case for the key-point contest, where
every idea shares words with every other.

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
from tutor.core.library import load_library  # noqa: E402
from tutor.core.passage import passage_from_text  # noqa: E402
from tutor.core.tokens import count_words, sentence_spans  # noqa: E402

SIZES = (250, 1000, 5000)


def _cut(text: str, words: int) -> str:
    """The first sentences of ``text`` holding about ``words`` words."""
    out = ""
    for span in sentence_spans(text):
        out = text[: span.end]
        if count_words(out) >= words:
            break
    return out


def library_texts(words: int) -> tuple[str, str]:
    passages = load_library().passages
    text = "\n\n".join(p.text for p in passages * 2)
    models = " ".join(m.text for p in passages * 4 for m in p.model_precis)
    return _cut(text, words), "A Title\n\n" + _cut(models, words // 3)


def synthetic_texts(words: int) -> tuple[str, str]:
    return prose(words, seed=words), "A Title\n\n" + prose(words // 3, seed=words + 1)


def _median_ms(fn, runs: int) -> tuple[float, float]:
    """Median wall-clock and CPU time of ``fn`` in ms: on a loaded machine (CI, or other jobs
    sharing the cores) the wall clock also counts time spent waiting; the CPU time does not."""
    wall, cpu = [], []
    for _ in range(runs):
        t, c = time.perf_counter(), time.process_time()
        fn()
        wall.append((time.perf_counter() - t) * 1000)
        cpu.append((time.process_time() - c) * 1000)
    return statistics.median(wall), statistics.median(cpu)


def measure(texts) -> list[tuple[int, float, tuple[float, float]]]:
    rows = []
    for size in SIZES:
        text, precis = texts(size)
        passage = passage_from_text(text)
        t = time.perf_counter()
        pa = analysis.analyse_passage(passage)
        first = (time.perf_counter() - t) * 1000
        rows.append((passage.words, first, _median_ms(lambda: analysis.check(pa, precis), 15 if size < 5000 else 7)))
    return rows


def main() -> None:
    analysis.check(analysis.analyse_passage(passage_from_text(prose(100, seed=99))), "warm up")
    print(f"{'passage words':>13} {'passage side (ms)':>18} {'check median (ms)':>18} {'of it CPU (ms)':>15} "
          f"{'ms per 1k words':>16}")
    for words, first, (med, cpu) in measure(library_texts):
        print(f"{words:>13} {first:>18.1f} {med:>18.2f} {cpu:>15.2f} {med / words * 1000:>16.2f}")
    stress = measure(synthetic_texts)
    print("repetitive machine-made text, check median (ms, CPU in brackets): "
          + ", ".join(f"{w} words {m:.1f} ({c:.1f})" for w, _, (m, c) in stress))


if __name__ == "__main__":
    main()
