"""Fit the content mark (tutor/core/content.py) against human content scores.

    .venv/bin/python tools/fit_content.py DATA_DIR [--n 500] [--write]

DATA_DIR is a folder holding CommonLit's ``prompts.csv`` and ``summaries.csv`` (student
summaries of two source texts with human ``content`` scores; Crossley et al., the CLASSE
corpus). The data is read from there and never copied into the project.

What is fitted, and how:
* ``RECALL_FULL``: the median raw term recall of the project's own model précis (the
  bundled library), so that a précis like a model answer earns full recall credit.
* the weights of coverage, recall, amount and statements (non-negative, summing to 1, coverage at least
  ``--min-coverage-weight``, 0.3 by default: an examiner marks a précis on its key ideas,
  and CommonLit's scores, given to school summaries, reward length far more), the copying
  penalty κ (0..1), the amount exponent (1 or 0.5) and how relevance is judged (the share of
  echoing content words from which all of a précis's words count, ``RELEVANT_SHARE``; the
  power below it, ``RELEVANCE_EXPONENT``, is 3 by design: see ``POWERS``), by grid search for the highest
  Spearman rank correlation with the human content score on ONE prompt (among models within
  ``FLAT`` of it, the one with the highest partial Spearman given length); the figures are
  then reported on the OTHER prompt. κ is at least 0.5 by design, and applies to the part of the
  précis copied beyond half (``content.COPYING_ALLOWED``): a précis is written in the
  student's own words, and one that is mostly copied shows little understanding, though
  CommonLit's content scores do not penalise copying (its wording scores do). The figures are, reported on the prompt the fit never saw (leave one passage out).
  Spearman is blind to scale, so the scale is fixed by design: a précis that carries
  everything in its own words earns 8/8, one that carries nothing 0.

With ``--write`` the constants fitted on the first prompt are written to
tutor/core/calibration.py, with the figures in a comment.
"""

from __future__ import annotations

import argparse
import csv
import dataclasses
import itertools
import random
import statistics
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tutor.core import calibration  # noqa: E402
from tutor.core.analysis import analyse_passage, check  # noqa: E402
from tutor.core.content import ContentEvidence, amount_of, excess_copying  # noqa: E402
from tutor.core.library import load_library  # noqa: E402
from tutor.core.passage import passage_from_text  # noqa: E402

GRID = 20  # weight steps of 1/20
FLAT = 0.003  # Spearman this close to the best is a tie (the standard error on 2,000 summaries is about 0.01)
SHARES = (0.4, 0.5, 0.6)  # candidate RELEVANT_SHARE values: above the 0.33 of its stems that a précis of another
# passage echoes at most (the bundled model précis against the other passages), by design
POWERS = (3,)  # RELEVANCE_EXPONENT, by design: with a gentler power, 30 words on another subject that share a
# fifth of their stems with the passage by chance would earn over 6/20 (issue 8's band); the fit
# prefers 1 by about 0.01 of Spearman


def rank(x: list[float]) -> list[float]:
    order = sorted(range(len(x)), key=lambda i: x[i])
    r = [0.0] * len(x)
    i = 0
    while i < len(order):
        j = i
        while j + 1 < len(order) and x[order[j + 1]] == x[order[i]]:
            j += 1
        for k in range(i, j + 1):
            r[order[k]] = (i + j) / 2
        i = j + 1
    return r


def pearson(a: list[float], b: list[float]) -> float:
    ma, mb = statistics.mean(a), statistics.mean(b)
    num = sum((x - ma) * (y - mb) for x, y in zip(a, b))
    den = (sum((x - ma) ** 2 for x in a) * sum((y - mb) ** 2 for y in b)) ** 0.5
    return num / den if den else 0.0


def spearman(a: list[float], b: list[float]) -> float:
    return pearson(rank(a), rank(b))


def partial_spearman(x: list[float], y: list[float], z: list[float]) -> float:
    rx, ry, rz = rank(x), rank(y), rank(z)
    rxy, rxz, ryz = pearson(rx, ry), pearson(rx, rz), pearson(ry, rz)
    return (rxy - rxz * ryz) / max(1e-9, ((1 - rxz ** 2) * (1 - ryz ** 2))) ** 0.5


def raw_mode() -> None:
    """Features before normalisation: recall as a plain share, amount linear."""
    calibration.RECALL_FULL = 1.0
    calibration.AMOUNT_EXPONENT = 1.0


def model_recall() -> float:
    """Median raw term recall of the bundled model précis."""
    values = []
    for passage in load_library().passages:
        analysis = analyse_passage(passage)
        for m in passage.model_precis:
            values.append(check(analysis, m.text, title=m.title).content.recall)
    return statistics.median(values)


Row = tuple[ContentEvidence, int, float, int]

MODEL_FLOOR = 7.0  # issue 8's band: every bundled model précis earns at least 7/8 with automatic key points


def model_rows() -> list[Row]:
    """The bundled model précis as rows, each checked against its passage's automatic key points
    (the passage alone, as a student who pastes it would): a fitted model must keep all of them
    at ``MODEL_FLOOR`` or more."""
    rows = []
    for passage in load_library().passages:
        bare = dataclasses.replace(passage, key_points=(), model_precis=())
        analysis = analyse_passage(bare)
        for m in passage.model_precis:
            rep = check(analysis, m.text, title=m.title)
            rows.append((rep.content, rep.precis_words, 8.0, rep.target.words))
    return rows


def features(data_dir: Path, n: int) -> dict[str, list[Row]]:
    """Per prompt: (evidence, words, human content score, target words) for a random sample of ``n``."""
    prompts = list(csv.DictReader(open(data_dir / "prompts.csv", encoding="utf-8")))
    rows = list(csv.DictReader(open(data_dir / "summaries.csv", encoding="utf-8")))
    rnd = random.Random(11)
    out = {}
    for pr in prompts:
        analysis = analyse_passage(passage_from_text(pr["prompt_text"].replace("\r\n", "\n"), title=pr["prompt_title"]))
        mine = [r for r in rows if r["prompt_id"] == pr["prompt_id"]]
        got = []
        for r in rnd.sample(mine, min(n, len(mine))):
            rep = check(analysis, r["text"], title="Summary")
            got.append((rep.content, rep.precis_words, float(r["content"]), rep.target.words))
        out[pr["prompt_id"]] = got
    return out


@dataclass(frozen=True)
class Model:
    """One setting of the content mark's constants."""

    weights: tuple[float, float, float, float]  # coverage, recall, amount, statements
    kappa: float  # copying penalty
    gamma: float  # amount exponent
    share: float  # RELEVANT_SHARE
    power: int  # RELEVANCE_EXPONENT


def amounts(rows: list[Row], m: Model) -> list[float]:
    """The amount part of each row under ``m``'s relevance and exponent."""
    calibration.RELEVANT_SHARE, calibration.RELEVANCE_EXPONENT, calibration.AMOUNT_EXPONENT = m.share, m.power, m.gamma
    return [amount_of(e.words, e.echo, t, e.stated_share, e.subject_share) for e, _, _, t in rows]


def predictions(rows: list[Row], m: Model, full: float, amount: list[float] | None = None) -> list[float]:
    w = m.weights
    return [(w[0] * e.coverage + w[1] * min(1.0, e.recall / full) + w[2] * a + w[3] * e.statements)
            * (1 - m.kappa * excess_copying(e.copying))
            for (e, _, _, _), a in zip(rows, amount or amounts(rows, m))]


def fit(rows: list[Row], full: float, min_coverage: float, models: list[Row] | None = None) -> tuple[float, Model]:
    """The model with the highest Spearman on ``rows``; where the optimum is flat (within ``FLAT``
    of the best), the one whose mark says most beyond length (partial Spearman given the word
    count): that is what a content mark adds to a word counter. Only models that keep every
    row of ``models`` (the bundled model précis) at ``MODEL_FLOOR`` or more are considered."""
    human = [r[2] for r in rows]
    words = [float(r[1]) for r in rows]
    found: list[tuple[float, Model, list[float]]] = []
    for gamma, share, power in itertools.product((1.0, 0.5), SHARES, POWERS):
        amount = amounts(rows, Model((0, 0, 1, 0), 0.5, gamma, share, power))
        for a, b, c in itertools.product(range(GRID + 1), repeat=3):
            if a + b + c > GRID or a / GRID < min_coverage:
                continue
            w = (a / GRID, b / GRID, c / GRID, (GRID - a - b - c) / GRID)
            for kappa in (0.5, 0.75, 1.0):
                m = Model(w, kappa, gamma, share, power)
                if models and min(predictions(models, m, full)) * 8 < MODEL_FLOOR - 0.05:  # shown to 0.1
                    continue
                ours = predictions(rows, m, full, amount)
                found.append((spearman(ours, human), m, ours))
    if not found:
        raise SystemExit(f"no model keeps every bundled model précis at {MODEL_FLOOR}/8 or more: "
                         "check the library's model précis and the key points made from their passages")
    top = max(rho for rho, _, _ in found)
    near = [(partial_spearman(ours, human, words), rho, m) for rho, m, ours in found if rho >= top - FLAT]
    _, rho, m = max(near, key=lambda x: x[0])
    return rho, m


def report(tag: str, rows: list[Row], m: Model, full: float) -> str:
    ours = predictions(rows, m, full)
    human = [r[2] for r in rows]
    words = [float(r[1]) for r in rows]
    return (f"{tag}: n={len(rows)} spearman {spearman(ours, human):.3f}, partial given length "
            f"{partial_spearman(ours, human, words):.3f} (length alone {spearman(words, human):.3f}); "
            f"key-point coverage alone {spearman([r[0].coverage for r in rows], human):.3f}")


def write(m: Model, full: float, lines: list[str]) -> None:
    path = ROOT / "tutor" / "core" / "calibration.py"
    text = path.read_text(encoding="utf-8")
    start = text.index("# Content mark")
    end = text.index("# end of content mark")
    w = m.weights
    block = ["# Content mark (tutor/core/content.py), fitted by tools/fit_content.py on CommonLit prompt",
             *[f"# {line}" for line in lines],
             f"CONTENT_WEIGHTS = {{\"coverage\": {w[0]:.2f}, \"recall\": {w[1]:.2f}, \"amount\": {w[2]:.2f}, "
             f"\"statements\": {w[3]:.2f}}}",
             f"COPYING_PENALTY = {m.kappa:.2f}", f"AMOUNT_EXPONENT = {m.gamma:.1f}", f"RECALL_FULL = {full:.3f}",
             f"RELEVANT_SHARE = {m.share:.2f}", f"RELEVANCE_EXPONENT = {m.power}", ""]
    path.write_text(text[:start] + "\n".join(block) + "\n" + text[end:], encoding="utf-8")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("data_dir", type=Path)
    ap.add_argument("--n", type=int, default=500, help="summaries sampled per prompt")
    ap.add_argument("--min-coverage-weight", type=float, default=0.3,
                    help="the least weight key-point coverage keeps (a design floor: a précis is marked on "
                         "its key ideas; the data alone would let length stand in for them)")
    ap.add_argument("--write", action="store_true", help="write the constants fitted on the first prompt")
    a = ap.parse_args()
    raw_mode()
    full = model_recall()
    print(f"RECALL_FULL (median raw recall of the bundled model précis): {full:.3f}")
    models = model_rows()
    data = features(a.data_dir, a.n)
    ids = list(data)
    lines = []
    fitted = {}
    for fit_on, report_on in ((ids[0], ids[1]), (ids[1], ids[0])):
        rho, m = fit(data[fit_on], full, a.min_coverage_weight, models)
        fitted[fit_on] = m
        lines.append(f"fit on {fit_on}: weights {m.weights}, copying penalty {m.kappa}, amount exponent {m.gamma}, "
                     f"relevant from {m.share} (power {m.power}) (spearman {rho:.3f} there)")
        lines.append(report(f"  reported on {report_on}", data[report_on], m, full))
    pooled = data[ids[0]] + data[ids[1]]
    m = fitted[ids[0]]
    lines.append(report(f"pooled, constants fitted on {ids[0]}", pooled, m, full))
    print("\n".join(lines))
    if a.write:
        write(m, full, [f"{ids[0]}, reported on {ids[1]}:"] + lines)
        print("written to tutor/core/calibration.py")


if __name__ == "__main__":
    main()
