"""Score key-point coverage against labelled cases and print precision and recall of
"missing" calls.

    python bench/coverage_eval.py [FOLDER] [--library FOLDER] [--quiet]

FOLDER (default tests/fixtures/coverage) holds one JSON file per passage::

    {"passage": "<passage id>", "cases": [{"name": "...", "precis": "...",
                                            "missing": ["kp3"], "copied": true}]}

A case's ``missing`` lists the required points a précis leaves out. The tutor
*calls* a point missing when its status is "missing" (strict), or, in the
second line of figures, when it is "missing" or "partial" (lenient). Optional
points are never counted. Per-case mismatches are printed unless --quiet.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tutor.core.analysis import analyse_passage, check  # noqa: E402
from tutor.core.keypoints.model import MISSING, PARTIAL  # noqa: E402
from tutor.core.library import load_library  # noqa: E402

DEFAULT_CASES = Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "coverage"


@dataclass
class Tally:
    true_pos: int = 0
    false_pos: int = 0
    false_neg: int = 0
    mismatches: list[str] = field(default_factory=list)

    def add(self, called: set[str], truth: set[str], where: str) -> None:
        self.true_pos += len(called & truth)
        self.false_pos += len(called - truth)
        self.false_neg += len(truth - called)
        if called != truth:
            extra = ", ".join(sorted(called - truth)) or "-"
            lost = ", ".join(sorted(truth - called)) or "-"
            self.mismatches.append(f"{where}: called but covered: {extra}; missing but not called: {lost}")

    def figures(self) -> str:
        called, truth = self.true_pos + self.false_pos, self.true_pos + self.false_neg
        precision = self.true_pos / called if called else 1.0
        recall = self.true_pos / truth if truth else 1.0
        return (f"precision {precision:.2f} ({self.true_pos}/{called})  "
                f"recall {recall:.2f} ({self.true_pos}/{truth})")


def evaluate(folder: Path, library_folder: Path | None) -> tuple[Tally, Tally, int]:
    """Run every case; return the strict and lenient tallies and the number of cases."""
    library = load_library(library_folder)
    strict, lenient, cases = Tally(), Tally(), 0
    for path in sorted(folder.glob("*.json")):
        spec = json.loads(path.read_text(encoding="utf-8"))
        analysis = analyse_passage(library.find(spec["passage"]))
        for case in spec["cases"]:
            cases += 1
            report = check(analysis, case["precis"])
            required = [c for c in report.coverage.points if not c.point.optional]
            truth = set(case.get("missing", ()))
            where = f"{spec['passage']}/{case['name']}"
            strict.add({c.point.id for c in required if c.status == MISSING}, truth, where)
            lenient.add({c.point.id for c in required if c.status in (MISSING, PARTIAL)}, truth, where)
    return strict, lenient, cases


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", nargs="?", type=Path, default=DEFAULT_CASES)
    parser.add_argument("--library", type=Path, default=None, help="passage packs (default: the bundled library)")
    parser.add_argument("--quiet", action="store_true", help="figures only, no per-case mismatches")
    args = parser.parse_args(argv)
    strict, lenient, cases = evaluate(args.folder, args.library)
    print(f"{cases} cases in {args.folder}")
    print(f"missing = status missing:            {strict.figures()}")
    print(f"missing = status missing or partial: {lenient.figures()}")
    if not args.quiet:
        for title, tally in (("strict", strict), ("lenient", lenient)):
            if tally.mismatches:
                print(f"\nMismatches ({title}):")
                print("\n".join(f"  {m}" for m in tally.mismatches))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
