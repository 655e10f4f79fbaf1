"""How fast is grammar checking? Run: ``python bench/grammar.py``.

Prints the time to build Harper's linter (paid once per session, in the
background) and the median time to check original texts of 100, 300 and
1,000 words after warm-up: Harper alone, and with the tutor's extras
(passage words, personal dictionary, stray-article rule). Target: < 30 ms
for 300 words, so checking can follow typing.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tutor.core.grammar import PersonalDictionary, PrecisChecker, passage_vocabulary  # noqa: E402
from tutor.core.grammar.harper_engine import HarperEngine  # noqa: E402
from tutor.core.tokens import count_words  # noqa: E402

PARAGRAPH = (
    "The China-Pakistan Economic Corridor is a network of roads, railways and pipelines "
    "that links the port of Gwadar with western China. Its supporters say it will bring "
    "investment, jobs and electricity to regions that have long been neglected, while its "
    "critics worry about debt and about who will really benefit. Both countries have "
    "collaborated on defence as well as a technology, and they hope trade will grow. "
    "However, the students must recieve clear guidance before they writes their precis. "
)
SIZES = (100, 300, 1000)
RUNS = 20


def text_of(words: int) -> str:
    """The paragraph repeated and cut to exactly ``words`` words."""
    pool = (PARAGRAPH * (words // count_words(PARAGRAPH) + 1)).split()
    return " ".join(pool[:words])


def median_ms(check, text: str) -> float:
    check(text)  # warm-up: first call per text shape pays one-off costs
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        check(text)
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def main() -> None:
    harper = HarperEngine("british")
    start = time.perf_counter()
    harper.warm_up()
    print(f"Harper linter build: {(time.perf_counter() - start) * 1000:.0f} ms")
    with tempfile.TemporaryDirectory() as home:
        checker = PrecisChecker(HarperEngine("british"), PersonalDictionary.load(Path(home) / "d.json"))
        checker.warm_up()
        checker.accept_words(passage_vocabulary(PARAGRAPH))
        print(f"{'words':>6} {'findings':>9} {'Harper':>10} {'with extras':>12}   (median of {RUNS})")
        for words in SIZES:
            text = text_of(words)
            assert count_words(text) == words
            plain, full = median_ms(harper.check, text), median_ms(checker.check, text)
            print(f"{words:>6} {len(checker.check(text)):>9} {plain:>8.1f}ms {full:>10.1f}ms")
        checker.close()


if __name__ == "__main__":
    main()
