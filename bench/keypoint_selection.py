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

A teacher's ``source`` quotes only part of what the point says ("Such
investments are cheap compared with subsidies for large farms and give the
greatest returns where hunger is concentrated" quotes the second half). The
second line of figures ("by content") also lets an automatic point find an
authored one when the teacher's wording covers the automatic point's idea, as
the coverage matcher judges it.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tutor.core.keypoints.authored import authored_points  # noqa: E402
from tutor.core.keypoints.automatic import automatic_points  # noqa: E402
from tutor.core.keypoints.matcher import COVERED_AT, best_match  # noqa: E402
from tutor.core.keypoints.windows import text_window  # noqa: E402
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


def says(authored: KeyPoint, auto: KeyPoint) -> bool:
    """Whether the teacher's wording of a point (its text or an accepted wording) covers the automatic point."""
    windows = tuple(text_window(w) for w in (authored.text, *authored.accept))
    return best_match(auto, windows).score >= COVERED_AT


class Tally:
    def __init__(self) -> None:
        self.found = self.authored = self.useful = self.auto = 0

    def add(self, hit_gold: list[bool], hit_auto: list[bool]) -> None:
        self.found += sum(hit_gold)
        self.authored += len(hit_gold)
        self.useful += sum(hit_auto)
        self.auto += len(hit_auto)

    def figures(self) -> str:
        recall = self.found / self.authored if self.authored else 1.0
        precision = self.useful / self.auto if self.auto else 1.0
        return (f"recall {recall:.2f} ({self.found}/{self.authored})  "
                f"precision {precision:.2f} ({self.useful}/{self.auto})")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--library", type=Path, default=None)
    parser.add_argument("--verbose", action="store_true", help="list each passage's points")
    args = parser.parse_args(argv)
    by_span, by_content = Tally(), Tally()
    for passage in load_library(args.library).passages:
        if not passage.key_points:
            continue
        pi = passage_ideas(passage.text)
        gold = [p for p in authored_points(pi, passage.key_points) if not p.optional]
        target = target_for(passage.words, passage.target_words).words
        auto = [p for p in automatic_points(pi, target) if not p.optional]
        pairs = [[finds(a, g) for g in gold] for a in auto]
        by_span.add([any(row[j] for row in pairs) for j in range(len(gold))], [any(row) for row in pairs])
        fuller = [[hit or says(g, a) for hit, g in zip(row, gold)] for row, a in zip(pairs, auto)]
        hit_gold = [any(row[j] for row in fuller) for j in range(len(gold))]
        hit_auto = [any(row) for row in fuller]
        by_content.add(hit_gold, hit_auto)
        print(f"{passage.id:24} authored found {sum(hit_gold)}/{len(gold)}  automatic useful {sum(hit_auto)}/{len(auto)}"
              " (by content)")
        if args.verbose:
            for g, hit, strict in zip(gold, hit_gold, (any(row[j] for row in pairs) for j in range(len(gold)))):
                print(f"    {'+' if strict else ('~' if hit else '-')} {g.id:4} {g.text[:90]}")
            for a, hit, row in zip(auto, hit_auto, pairs):
                print(f"    {'+' if any(row) else ('~' if hit else '?')} auto {a.text[:90]}")
    print(f"by span:    {by_span.figures()}")
    print(f"by content: {by_content.figures()}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
