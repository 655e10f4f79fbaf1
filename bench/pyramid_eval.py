"""Key points from a model précis against manual pyramid scoring (REALSumm).

    .venv/bin/python bench/pyramid_eval.py DATA_DIR [--n 300]

DATA_DIR is REALSumm's folder (Bhandari et al. 2020, CC BY 4.0). For each system summary,
the manual pyramid score is the share of the reference's content units (SCUs) that crowd
workers judged present. The tutor is given the reference, written out from its units, as a
model précis (``check --model``): it takes its key points from it (pyramid weights) and
reports key-point coverage and the content mark. The baseline is a bare word overlap with the model: the share of
the model's distinct content stems the summary uses. Printed: the Spearman correlation of
each with the manual pyramid score, over summaries. The data is read from the folder and
never copied into the project.
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tools"))

from fit_content import spearman  # noqa: E402
from realsumm import realsumm_items  # noqa: E402
from tutor.core.analysis import analyse_passage, check  # noqa: E402
from tutor.core.keypoints.words import content_terms  # noqa: E402
from tutor.core.passage import passage_from_text  # noqa: E402


def word_overlap(summary: str, model: str) -> float:
    """Share of the model's distinct content stems that the summary uses."""
    mine = {t.key for t in content_terms(summary)}
    theirs = {t.key for t in content_terms(model)}
    return len(mine & theirs) / len(theirs) if theirs else 0.0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("data_dir", type=Path)
    ap.add_argument("--n", type=int, default=300)
    a = ap.parse_args()
    items = random.Random(9).sample(realsumm_items(a.data_dir), a.n)
    manual, ours, mark, overlap = [], [], [], []
    for summary, units in items:
        model = " ".join(u if u.endswith(".") else u + "." for u, _ in units)
        # The passage is the model itself: REALSumm keeps no source articles.
        analysis = analyse_passage(passage_from_text(model), (model,))
        report = check(analysis, summary, title="Summary")
        manual.append(sum(p for _, p in units) / len(units))
        ours.append(report.coverage.ratio)
        mark.append(report.score.part("content").points)
        overlap.append(word_overlap(summary, model))
    print(f"{len(items)} summaries, key points from the model (source: {report.coverage.source})")
    print(f"key-point coverage against manual pyramid score: spearman {spearman(ours, manual):.3f}")
    print(f"content mark against manual pyramid score:       spearman {spearman(mark, manual):.3f}")
    print(f"bare word overlap with the model:               spearman {spearman(overlap, manual):.3f}")


if __name__ == "__main__":
    main()
