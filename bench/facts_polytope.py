"""Wrong-fact flags on news summaries with human error labels (Polytope), in process and fast.

Takes the path of ``polytope.json`` (a dict of items with ``document``, ``claim``,
``label`` (0 = the summary has an error), ``errors`` and ``ID``). The data stays where
it is: nothing is copied into the project. It reads the passage as ``check
PASSAGE.txt --title Summary`` does (a plain-text passage named after its file) and
counts a summary as flagged when the check has any fact finding, as
``dev_eval.py facts`` does, so a run here predicts that figure in seconds.

``--part`` chooses the items: ``fit`` (IDs whose CRC32 is even; tune on these),
``holdout`` (odd: report on these), ``dev`` (the sample dev_eval draws: every
error-free item and 100 with an error, seed 3) or ``all``. ``--show`` prints each
flag with its context, so a person can judge it.

    .venv/bin/python bench/facts_polytope.py /path/to/polytope.json --part fit --show
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import zlib
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tutor.core.facts import PassageFacts, check_facts  # noqa: E402
from tutor.core.passage import passage_from_text  # noqa: E402
from tutor.core.title import split_title  # noqa: E402
from tutor.core.tokens import terms  # noqa: E402


def _items(path: Path, part: str) -> list[dict]:
    data = list(json.load(open(path, encoding="utf-8")).values())
    if part == "dev":  # the same draw as dev_eval.py facts with its default n=200
        rnd = random.Random(3)
        bad = [x for x in data if x["label"] == 0]
        good = [x for x in data if x["label"] == 1]
        return rnd.sample(bad, min(100, len(bad))) + rnd.sample(good, min(100, len(good)))
    if part == "all":
        return data
    parity = 0 if part == "fit" else 1
    return [x for x in data if zlib.crc32(x["ID"].encode()) % 2 == parity]


def _around(text: str, start: int, end: int, width: int = 60) -> str:
    shown = text[max(0, start - width):start] + "[[" + text[start:end] + "]]" + text[end:end + width]
    return shown.replace("\n", " ")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("data", type=Path, help="polytope.json")
    ap.add_argument("--part", choices=("fit", "holdout", "dev", "all"), default="fit")
    ap.add_argument("--show", choices=("none", "bad", "good", "all"), default="none",
                    help="print the flags on summaries with an error, without one, or both")
    a = ap.parse_args()
    counts, by_status = Counter(), Counter()
    for x in _items(a.data, a.part):
        passage = passage_from_text(x["document"], title="p")
        facts = PassageFacts(passage.text, terms(passage.text), known=passage.title)
        claim = x["claim"]
        found = check_facts(facts, claim, split_title(claim, "Summary").body)
        wrong = x["label"] == 0
        counts[(wrong, bool(found))] += 1
        by_status.update((wrong, f.status, f.kind) for f in found)
        if found and a.show in ("all", "bad" if wrong else "good"):
            print(f"== {x['ID']} {'ERROR ' + str(x['errors']) if wrong else 'CORRECT'}")
            for f in found:
                print(f"  {f.status:15} {f.kind:7} {_around(claim, f.precis_span.start, f.precis_span.end)}"
                      + (f" | passage: {f.passage_text[:120]}" if f.passage_text else ""))
    tp, fn, fp, tn = counts[(True, True)], counts[(True, False)], counts[(False, True)], counts[(False, False)]
    recall, specificity = tp / max(1, tp + fn), tn / max(1, tn + fp)
    print(f"part {a.part}: with an error, flagged {tp}/{tp + fn}; without, passed {tn}/{tn + fp}; "
          f"balanced accuracy {(recall + specificity) / 2:.3f}, precision {tp / max(1, tp + fp):.3f}")
    print("findings (has error, status, kind):", dict(sorted(by_status.items(), key=str)))


if __name__ == "__main__":
    main()
