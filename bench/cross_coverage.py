"""Key-point coverage that a précis of another passage earns: what the matcher credits to
text that does not say the idea.

    .venv/bin/python bench/cross_coverage.py [--worst N]

Checks every bundled library passage (its authored key points) against the model précis of
every OTHER library passage, and counts the required points labelled covered and partial, the
mean and highest key-point coverage ratio and the highest content mark. Then, for each
passage's OWN model précis, the authored points left missing and the content mark (each should
be ≥ 7/8 with none missing). ``--worst N`` lists the N highest-valued cross matches with the
précis text that earned them.
"""

from __future__ import annotations

import argparse
import statistics
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tutor.core.analysis import analyse_passage, check  # noqa: E402
from tutor.core.keypoints.model import COVERED, MISSING, PARTIAL  # noqa: E402
from tutor.core.library import load_library  # noqa: E402


def cross(passages, worst: list) -> None:
    covered = partial = points = 0
    ratios, contents = [], []
    for p in passages:
        analysis = analyse_passage(p)
        for q in passages:
            if q.id == p.id:
                continue
            for m in q.model_precis:
                r = check(analysis, m.text, title=m.title)
                required = [c for c in r.coverage.points if not c.point.optional]
                points += len(required)
                covered += sum(c.status == COVERED for c in required)
                partial += sum(c.status == PARTIAL for c in required)
                ratios.append(r.coverage.ratio)
                contents.append(r.score.part("content").points)
                for c in required:
                    if c.status in (COVERED, PARTIAL):
                        s = c.evidence_span
                        worst.append((c.score, p.id, c.point.text, c.status, m.text[s.start:s.end] if s else ""))
    print(f"cross pairs: {len(ratios)}; required points judged {points}: covered {covered}, partial {partial}")
    print(f"  key-point coverage ratio mean {statistics.mean(ratios):.3f}, max {max(ratios):.3f}")
    print(f"  content mark mean {statistics.mean(contents):.2f}/8, max {max(contents):.1f}/8")


def own(passages) -> None:
    low = []
    contents = []
    for p in passages:
        analysis = analyse_passage(p)
        for n, m in enumerate(p.model_precis, 1):
            r = check(analysis, m.text, title=m.title)
            missing = [c.point.id for c in r.coverage.points if c.status == MISSING and not c.point.optional]
            content = r.score.part("content").points
            contents.append(content)
            partial = [c.point.id for c in r.coverage.points if c.status == PARTIAL and not c.point.optional]
            if missing or content < 7 or partial:
                low.append(f"  {p.id} model {n}: content {content:.1f}/8, missing {missing or '-'}, "
                           f"partial {partial or '-'}")
    print(f"own model précis: {len(contents)}; content min {min(contents):.1f}/8, mean {statistics.mean(contents):.2f}")
    print("\n".join(low) or "  every own model précis: nothing missing or partial, content ≥ 7/8")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--worst", type=int, default=0)
    a = ap.parse_args()
    passages = load_library().passages
    worst: list = []
    cross(passages, worst)
    own(passages)
    for score, pid, point, status, evidence in sorted(worst, reverse=True)[:a.worst]:
        print(f"\n{score:.2f} {status:8} {pid}: {point}\n      by: {evidence}")


if __name__ == "__main__":
    main()
