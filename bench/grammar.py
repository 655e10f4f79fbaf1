"""How fast is grammar checking? Run: ``python bench/grammar.py``.

Prints the start-up times (Harper's linter, spaCy's tagger: paid once per
session, in the background) and the median time to check texts of 100, 300 and
1,000 words after warm-up:

* Harper alone;
* typing: the tutor's full checker (passage words, personal dictionary, false
  alarms, stray-article and learner-error rules) while one sentence changes
  between checks, as when a student types (parses are cached per sentence);
* cold: every sentence new to the checker (a pasted précis).

Times are CPU time of the process (``--wall`` for wall-clock). Target: < 30 ms
for 300 words while typing, so checking can follow typing, and
ready within 1.5 s of start. "Ready" is measured in fresh processes, wall-clock from
launch (the median of ``--starts N``, default 3): the first findings as the GUI gets
them (Harper, learner rules still loading) and all findings; and the command line's
``check`` of a précis from launch to its printed report. With ``DATA_DIR`` (the folder holding jfleg-test/
and conll14/), also prints the detection figures of ``bench/grammar_eval.py``.
"""

from __future__ import annotations

import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tutor.core.grammar import PersonalDictionary, PrecisChecker, passage_vocabulary  # noqa: E402
from tutor.core.grammar.harper_engine import HarperEngine  # noqa: E402
from tutor.core.grammar.learner_rules import LearnerRules  # noqa: E402
from tutor.core.grammar.tagging import Tagger  # noqa: E402
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
# CPU seconds of this process (all its threads): on a shared machine, wall time
# mostly measures the neighbours. Pass --wall for wall-clock time.
CLOCK = time.perf_counter if "--wall" in sys.argv else time.process_time
RUNS = 20


def text_of(words: int) -> str:
    """The paragraph repeated and cut to exactly ``words`` words."""
    pool = (PARAGRAPH * (words // count_words(PARAGRAPH) + 1)).split()
    return " ".join(pool[:words])


def median_ms(check, texts) -> float:
    """Median time of ``check`` over ``texts`` (one call each, after one warm-up call)."""
    check(texts[0])
    times = []
    for text in texts[1:]:
        start = CLOCK()
        check(text)
        times.append(CLOCK() - start)
    return statistics.median(times) * 1000


def typed(text: str, runs: int) -> list[str]:
    """``text`` with one word of its last sentence changed in each version."""
    head, _, last = text.rpartition(". ")
    return [f"{head}. {last} {n}" for n in range(runs + 1)]


def pasted(text: str, runs: int) -> list[str]:
    """``text`` with every sentence made new in each version."""
    count = iter(range(10 ** 6))
    return [re.sub(r"\. ", lambda _: f" {next(count)}. ", text) for _ in range(runs + 1)]


def startup() -> None:
    start = CLOCK()
    HarperEngine("british").warm_up()
    harper = CLOCK() - start
    start = CLOCK()
    Tagger().warm_up()
    tagger = CLOCK() - start
    with tempfile.TemporaryDirectory() as home:
        start = time.perf_counter()
        PrecisChecker(HarperEngine("british"), PersonalDictionary.load(Path(home) / "d.json"),
                      LearnerRules(Tagger())).warm_up()
        ready = time.perf_counter() - start
    print(f"start-up: Harper linter {harper * 1000:.0f} ms, spaCy tagger {tagger * 1000:.0f} ms; "
          f"both, side by side in the background: ready after {ready * 1000:.0f} ms wall")


# Run in a fresh process: the GUI's order (Harper first, the learner rules after it).
_READY = """
import time, json
from tutor.core.grammar import make_engine
engine = make_engine("harper")
engine.defer_learner()
engine.warm_up()
harper = time.time()
first = engine.check(TEXT)
shown = time.time()
engine.load_learner()
learner = time.time()
every = engine.check(TEXT)
print(json.dumps([harper, shown, learner, time.time(), len(first), len(every)]))
"""


def fresh_ready(starts: int) -> None:
    """Wall seconds from launching a process to Harper's findings and to every rule's."""
    text = PARAGRAPH * 2
    rows = []
    for _ in range(starts):
        launched = time.time()
        out = subprocess.run([sys.executable, "-c", f"TEXT = {text!r}\n{_READY}"], capture_output=True,
                             text=True, check=True, cwd=ROOT).stdout
        *stamps, first, every = json.loads(out)
        rows.append([t - launched for t in stamps] + [first, every])
    harper, shown, learner, done, first, every = (statistics.median(c) for c in zip(*rows))
    print(f"ready from launch (median of {starts} fresh processes, wall): Harper {harper:.2f} s, "
          f"first findings {shown:.2f} s ({first:.0f}), learner rules loaded {learner:.2f} s, "
          f"all findings {done:.2f} s ({every:.0f})")


def fresh_cli(starts: int) -> None:
    """Wall seconds of ``python -m tutor check`` on a précis, launch to report."""
    with tempfile.TemporaryDirectory() as folder:
        passage, precis = Path(folder) / "passage.txt", Path(folder) / "precis.txt"
        passage.write_text(PARAGRAPH * 3, encoding="utf-8")
        precis.write_text(PARAGRAPH, encoding="utf-8")
        times = []
        for _ in range(starts):
            launched = time.perf_counter()
            subprocess.run([sys.executable, "-m", "tutor", "check", str(passage), str(precis)], check=True,
                           cwd=ROOT, capture_output=True, env={**os.environ, "PRECIS_TUTOR_HOME": folder})
            times.append(time.perf_counter() - launched)
    print(f"command line `check` from launch to report (median of {starts}, wall): {statistics.median(times):.2f} s")


def main() -> None:
    starts = int(sys.argv[sys.argv.index("--starts") + 1]) if "--starts" in sys.argv else 3
    fresh_ready(starts)
    fresh_cli(starts)
    startup()
    harper = HarperEngine("british")
    harper.warm_up()
    with tempfile.TemporaryDirectory() as home:
        checker = PrecisChecker(HarperEngine("british"), PersonalDictionary.load(Path(home) / "d.json"))
        checker.warm_up()
        checker.accept_words(passage_vocabulary(PARAGRAPH))
        print(f"{'words':>6} {'findings':>9} {'Harper':>10} {'typing':>10} {'cold':>10}   (median of {RUNS})")
        for words in SIZES:
            text = text_of(words)
            assert count_words(text) == words
            plain = median_ms(harper.check, [text] * (RUNS + 1))
            typing = median_ms(checker.check, typed(text, RUNS))
            cold = median_ms(checker.check, pasted(text, RUNS))
            print(f"{words:>6} {len(checker.check(text)):>9} {plain:>8.1f}ms {typing:>8.1f}ms {cold:>8.1f}ms")
        checker.close()
    folders = [a for a in sys.argv[1:] if not a.startswith("--") and not a.isdigit()]
    if folders:
        import grammar_eval  # the detection figures, from the data folder given

        sys.argv = [sys.argv[0], folders[0], "--skip-own"]
        grammar_eval.main()


if __name__ == "__main__":
    main()
