"""Read REALSumm (Bhandari et al. 2020) content-unit judgements from a data folder.

Used by ``tools/fit_coverage.py``; the data stays where it is (never copied into the project).
"""

from __future__ import annotations

import csv
import glob
import random
from pathlib import Path


def realsumm_items(folder: str | Path) -> list[tuple[str, list[tuple[str, bool]]]]:
    """``[(summary, [(unit, present), …]), …]`` from every ``*/*.csv`` under ``folder``.

    A unit is present when the crowd's answer is ``p``; units marked ``BLANK`` are skipped."""
    items = []
    for f in sorted(glob.glob(str(Path(folder) / "*" / "*.csv"))):
        with open(f, encoding="utf-8") as fh:
            for r in csv.DictReader(fh):
                units = []
                for i in range(1, 17):
                    s, a = r.get(f"Input.statement_{i}"), r.get(f"Answer.S{i}Answer")
                    if s and s != "BLANK" and a in ("p", "n"):
                        units.append((s.strip(), a == "p"))
                if units:
                    items.append((r["Input.summary_text"], units))
    return items


def split(items: list, seed: int = 7) -> tuple[list, list]:
    """Fit and report halves, split by reference (the same units never fall in both)."""
    refs = sorted({tuple(u for u, _ in units) for _, units in items})
    random.Random(seed).shuffle(refs)
    fit_refs = set(refs[: len(refs) // 2])
    fit = [x for x in items if tuple(u for u, _ in x[1]) in fit_refs]
    rest = [x for x in items if tuple(u for u, _ in x[1]) not in fit_refs]
    return fit, rest
