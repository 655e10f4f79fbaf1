"""How well the automatic key points find the ones teachers wrote, on the bundled passages.

    python bench/keypoint_selection.py [--library FOLDER] [--verbose]

For each passage with authored key points, the automatic points are made from
the passage alone (as for a pasted passage, with the same target length) and
set against the authored ones. An automatic point *finds* an authored point
when their passage spans overlap substantially: the shared characters are at
least ``OVERLAP`` of the shorter of the two spans (a teacher's ``source`` is
often a short quotation inside the clause an automatic point stands for).

Only required points count on both sides. Recall: the share of authored
points some automatic point finds. Precision: the share of automatic points
that find some authored point.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tutor.core.keypoints.authored import authored_points  # noqa: E402
from tutor.core.keypoints.automatic import automatic_points  # noqa: E402
from tutor.core.keypoints.model import KeyPoint  # noqa: E402
from tutor.core.keypoints.passage_ideas import passage_ideas  # noqa: E402
from tutor.core.library import load_library  # noqa: E402
from tutor.core.target import target_for  # noqa: E402

OVERLAP = 0.5


def _shared(a: KeyPoint, b: KeyPoint) -> int:
    return sum(max(0, min(x.end, y.end) - max(x.start, y.start)) for x in a.parts for y in b.parts)


def _length(p: KeyPoint) -> int:
    return sum(len(x) for x in p.parts)


def finds(auto: KeyPoint, authored: KeyPoint) -> bool:
    shorter = min(_length(auto), _length(authored))
    return shorter > 0 and _shared(auto, authored) >= OVERLAP * shorter


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--library", type=Path, default=None)
    parser.add_argument("--verbose", action="store_true", help="list each passage's points")
    args = parser.parse_args(argv)
    found_authored = total_authored = useful_auto = total_auto = 0
    for passage in load_library(args.library).passages:
        if not passage.key_points:
            continue
        pi = passage_ideas(passage.text)
        gold = [p for p in authored_points(pi, passage.key_points) if not p.optional]
        target = target_for(passage.words, passage.target_words).words
        auto = [p for p in automatic_points(pi, target) if not p.optional]
        hit_gold = [any(finds(a, g) for a in auto) for g in gold]
        hit_auto = [any(finds(a, g) for g in gold) for a in auto]
        found_authored += sum(hit_gold)
        total_authored += len(gold)
        useful_auto += sum(hit_auto)
        total_auto += len(auto)
        print(f"{passage.id:24} authored found {sum(hit_gold)}/{len(gold)}  automatic useful {sum(hit_auto)}/{len(auto)}")
        if args.verbose:
            for g, hit in zip(gold, hit_gold):
                print(f"    {'+' if hit else '-'} {g.id:4} {g.text[:90]}")
            for a, hit in zip(auto, hit_auto):
                print(f"    {'+' if hit else '?'} auto {a.text[:90]}")
    recall = found_authored / total_authored if total_authored else 1.0
    precision = useful_auto / total_auto if total_auto else 1.0
    print(f"recall {recall:.2f} ({found_authored}/{total_authored})  precision {precision:.2f} ({useful_auto}/{total_auto})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
