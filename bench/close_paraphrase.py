"""How well close paraphrase (patchwriting) is told from ordinary writing, on the bundled passages.

    python bench/close_paraphrase.py [--library FOLDER] [--verbose]

Three sets, each made from the bundled library, so the right answer is known by construction:

* patchwriting (should be flagged): every passage sentence of 8+ words rewritten the
  way a patchwriter does it, at three strengths: its words kept in order, a share of its
  content words swapped (``swap``), some of them for a word of their synonym group and the
  rest (``unknown``) for a word the tutor cannot know is a synonym, and a share of all
  words dropped (``drop``);
* model précis (should not be flagged): every sentence of every bundled model précis,
  against its own passage;
* same topic (should not be flagged): each passage sentence against the other
  sentences of its passage, which share its topic words but not its structure.

It prints, for each set, how many sentences are flagged and the spread of the alignment
figures, so the thresholds in ``tutor/core/paraphrase.py`` can be checked.
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tutor.core import paraphrase as pp  # noqa: E402
from tutor.core.keypoints.synonym_table import GROUPS  # noqa: E402
from tutor.core.keypoints.words import is_content  # noqa: E402
from tutor.core.library import load_library  # noqa: E402
from tutor.core.tokens import terms  # noqa: E402

# (swap, unknown, drop): light, medium and heavy patchwriting.
STRENGTHS = {"light": (0.35, 0.0, 0.08), "medium": (0.5, 0.5, 0.1), "heavy": (0.6, 0.5, 0.2)}
_UNKNOWN = "notion venture shift burden matter pattern scheme effort outcome measure".split()


def _groups() -> dict[str, list[str]]:
    by_word: dict[str, list[str]] = {}
    for line in GROUPS.splitlines():
        words = line.split()
        for w in words:
            by_word.setdefault(w, []).extend(x for x in words if x != w)
    return by_word


def patchwrite(sentence: str, rng: random.Random, groups: dict[str, list[str]],
               strength: tuple[float, float, float]) -> str:
    swap, unknown, drop = strength
    out = []
    for t in terms(sentence):
        word = t.norm
        if rng.random() < drop:
            continue
        if is_content(word) and rng.random() < swap:
            known = groups.get(word)
            word = rng.choice(known) if known and rng.random() >= unknown else rng.choice(_UNKNOWN)
        out.append(word)
    return " ".join(out).capitalize() + "."


def _alignments(precis: str, passage_text: str) -> list[tuple[str, pp.Alignment | None]]:
    """Each précis sentence with its best alignment among the candidate passage sentences."""
    passage = pp.passage_sentences(passage_text)
    rows = []
    for s in pp._sentences(precis):
        if s.content < pp.MIN_CONTENT:
            continue
        found = [a for n in pp._candidates(s, passage) if (a := pp.align(s, passage.sentences[n]))]
        best = max(found, key=lambda a: (a.is_close(), a.precision + a.recall), default=None)
        rows.append((s.span.of(precis), best))
    return rows


def _report(name: str, rows: list[tuple[str, pp.Alignment | None]], verbose: bool, show_flagged: bool) -> None:
    flagged = [r for r in rows if r[1] is not None and r[1].is_close()]
    print(f"{name}: {len(flagged)} of {len(rows)} sentences flagged ({len(flagged) / max(1, len(rows)):.1%})")
    scored = sorted((a.precision for _, a in rows if a), reverse=True)
    if scored:
        q = [scored[int(f * (len(scored) - 1))] for f in (0.0, 0.1, 0.5, 0.9)]
        print("  precision max / p90 / median / p10: " + " / ".join(f"{x:.2f}" for x in q))
    for text, a in rows:
        if verbose and a and (a.is_close() == show_flagged):
            print(f"  P {a.precision:.2f} R {a.recall:.2f} C {a.content_share:.2f} S {a.skeleton:.2f} "
                  f"m {a.matched}: {text[:110]}")


def _other_sentences(text: str) -> list[tuple[str, pp.Alignment | None]]:
    sentences = pp.passage_sentences(text).sentences
    rows = []
    for n, s in enumerate(sentences):
        if s.content < pp.MIN_CONTENT:
            continue
        others = [a for m, o in enumerate(sentences) if m != n and o.content and (a := pp.align(s, o))]
        best = max(others, key=lambda a: (a.is_close(), a.precision + a.recall), default=None)
        rows.append((s.span.of(text), best))
    return rows


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--library", default=str(Path(__file__).resolve().parents[1] / "resources" / "passages"))
    ap.add_argument("--verbose", action="store_true", help="list the sentences flagged or missed")
    args = ap.parse_args(argv)
    groups = _groups()
    passages = load_library(Path(args.library)).passages
    for name, strength in STRENGTHS.items():
        rng, patch = random.Random(8), []
        for passage in passages:
            for s in pp.passage_sentences(passage.text).sentences:
                if len(s.words) >= 8:
                    patch += _alignments(patchwrite(s.span.of(passage.text), rng, groups, strength), passage.text)
        _report(f"{name} patchwriting {strength} (should be flagged)", patch, args.verbose, False)
    model, topic = [], []
    for passage in passages:
        for m in passage.model_precis:
            model += _alignments(m.text, passage.text)
        topic += _other_sentences(passage.text)
    _report("model précis (should not be flagged)", model, args.verbose, True)
    _report("same topic (should not be flagged)", topic, args.verbose, True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
