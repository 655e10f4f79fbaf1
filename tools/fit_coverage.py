"""Fit the thresholds that turn a key point's coverage value into covered / partial / missing.

    .venv/bin/python tools/fit_coverage.py DATA_DIR [--n 400] [--write]

DATA_DIR is REALSumm's folder (Bhandari et al. 2020, CC BY 4.0): news summaries, each with
the content units (SCUs) of its reference and three crowd workers' judgement of whether each
unit is present in the summary. Each unit becomes an authored key point, as
``shared/tools/dev_eval.py coverage`` builds it, and the tutor's coverage value is compared
with the judgement. The references are split in two halves (``tools/realsumm.split``): the
thresholds are fitted on one, and balanced accuracy is reported on the other, whose units the
fit never saw. ``COVERED_FROM`` maximises balanced accuracy of "covered" against "present";
Where the balanced-accuracy curve is flat (within 0.01 of its best), the threshold nearest
the matcher's design value (0.55) is kept. ``PARTIAL_FROM`` keeps the design ratio to it
(0.35 : 0.55): REALSumm's yes/no judgements say nothing of a half-said idea. With ``--write`` both go to
tutor/core/calibration.py with the figures. The data is never copied into the project.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tools"))

from realsumm import realsumm_items, split  # noqa: E402
from tutor.core.analysis import analyse_passage, check  # noqa: E402
from tutor.core.packs import parse_pack  # noqa: E402


PRIOR_COVERED, PRIOR_PARTIAL = 0.55, 0.35  # the matcher's design values, kept where the data cannot tell
FLAT = 0.01


def values(items) -> list[tuple[float, bool]]:
    """(coverage value, present) for every unit of every item."""
    out = []
    for k, (summary, units) in enumerate(items):
        text = " ".join(u if u.endswith(".") else u + "." for u, _ in units)
        kps = [{"id": f"u{i}", "text": u, "weight": 1, "source": u} for i, (u, _) in enumerate(units)]
        pack = {"format": "precis-tutor-pack", "version": 1, "name": "realsumm",
                "passages": [{"id": f"r{k}", "title": "Units", "level": "advanced", "text": text,
                              "key_points": kps}]}
        passage = parse_pack(json.dumps(pack), "realsumm.json").passages[0]
        report = check(analyse_passage(passage), summary, title="Summary")
        got = {c.point.id: (0.0 if c.status == "contradicted" else c.score) for c in report.coverage.points}
        out += [(got[f"u{i}"], present) for i, (_, present) in enumerate(units)]
    return out


def balanced_accuracy(pairs: list[tuple[float, bool]], threshold: float) -> float:
    tp = sum(1 for v, p in pairs if v >= threshold and p)
    fn = sum(1 for v, p in pairs if v < threshold and p)
    tn = sum(1 for v, p in pairs if v < threshold and not p)
    fp = sum(1 for v, p in pairs if v >= threshold and not p)
    return (tp / max(1, tp + fn) + tn / max(1, tn + fp)) / 2


def best_threshold(pairs: list[tuple[float, bool]], prior: float = PRIOR_COVERED) -> tuple[float, float]:
    """The threshold with the best balanced accuracy; where the curve is flat (within
    ``FLAT`` of the best), the one nearest ``prior``, the value the matcher was designed
    around (a REALSumm unit is a short news fact, a key point a précis idea)."""
    curve = [(balanced_accuracy(pairs, i / 100), i / 100) for i in range(5, 100)]
    top = max(ba for ba, _ in curve)
    for ba, t in curve[::5]:
        print(f"  threshold {t:.2f}: balanced accuracy {ba:.3f}")
    return min(((ba, t) for ba, t in curve if ba >= top - FLAT), key=lambda x: abs(x[1] - prior))


def write(covered: float, partial: float, lines: list[str]) -> None:
    path = ROOT / "tutor" / "core" / "calibration.py"
    text = path.read_text(encoding="utf-8")
    start, end = text.index("# Key-point labels"), text.index("# end of key-point labels")
    block = ["# Key-point labels from the coverage value (tutor/core/keypoints/matcher.py judge),",
             "# fitted by tools/fit_coverage.py on REALSumm (one half of the references; reported on the other):",
             *[f"# {line}" for line in lines], f"COVERED_FROM = {covered:.2f}", f"PARTIAL_FROM = {partial:.2f}", ""]
    path.write_text(text[:start] + "\n".join(block) + "\n" + text[end:], encoding="utf-8")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("data_dir", type=Path)
    ap.add_argument("--n", type=int, default=400, help="summaries sampled from each half")
    ap.add_argument("--write", action="store_true")
    a = ap.parse_args()
    fit, rest = split(realsumm_items(a.data_dir))
    rnd = random.Random(5)
    fit_pairs = values(rnd.sample(fit, min(a.n, len(fit))))
    rest_pairs = values(rnd.sample(rest, min(a.n, len(rest))))
    fit_ba, covered = best_threshold(fit_pairs)
    partial = round(covered * PRIOR_PARTIAL / PRIOR_COVERED, 2)
    lines = [f"fit half: {len(fit_pairs)} unit judgements; covered from {covered:.2f} (balanced accuracy {fit_ba:.3f})",
             f"report half: {len(rest_pairs)} unit judgements; balanced accuracy of covered = present "
             f"{balanced_accuracy(rest_pairs, covered):.3f}, of covered or partial = present "
             f"{balanced_accuracy(rest_pairs, partial):.3f} (partial from {partial:.2f})",
             f"report half, bare threshold of the former labels (0.55): {balanced_accuracy(rest_pairs, 0.55):.3f}"]
    print("\n".join(lines))
    if a.write:
        write(covered, partial, lines)
        print("written to tutor/core/calibration.py")


if __name__ == "__main__":
    main()
