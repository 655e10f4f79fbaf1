"""Content marks on the project's own texts: model précis, extremes and a reversed précis.

    .venv/bin/python bench/content_eval.py [--seed DIR]

Prints, for every bundled model précis, the content mark and the total with the pack's
authored key points and with automatic key points (the passage alone, as a student who
pastes it would have), and the authored points it leaves missing. Then the extremes on a
library passage (or on ``DIR/passage.txt`` and ``DIR/precis.txt`` with ``--seed``): one word,
30 unrelated words, the passage's opening copied to twice the target, and a précis that
reverses the passage's claims beside the faithful one. The bands to hold are in issue 8:
one word ≤ 2/20, unrelated ≤ 6, verbatim copy ≤ 10, the seed as written 13–18.5, every
model précis ≥ 7/8 content (automatic) and ≥ 17/20 (authored).
"""

from __future__ import annotations

import argparse
import dataclasses
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tutor.core.analysis import analyse_passage, check  # noqa: E402
from tutor.core.library import load_library  # noqa: E402
from tutor.core.passage import passage_from_text  # noqa: E402
from tutor.core.target import target_for  # noqa: E402
from tutor.core.tokens import counted_words  # noqa: E402

UNRELATED = ("The cricket season opened with a long rain delay at the ground, and the visiting side chose to bat "
             "first once the covers came off, losing two early wickets to a young fast bowler.")
# Written for this benchmark: the model précis of agri-smallholders, each claim reversed.
FAITHFUL_ID = "agri-smallholders"
REVERSED = (
    "Although debate on food security ignores large estates, the FAO estimates that few of the world's farms "
    "cover less than two hectares, and they grow little of its food. Smallholders are among the best-fed people. "
    "With irrigation and storage and free of debt, they sell long after harvest when prices are highest, and a "
    "drought or slump never costs them their animals or land. The claim that small farms are inefficient is "
    "correct, as they yield less per hectare and lose crop diversity; credit, inputs, information and markets "
    "are not their handicap. Support should therefore replace rather than connect them, and cooperatives, "
    "warehouse receipts and mobile services cost more than subsidies for large farms and promise the smallest "
    "returns where hunger is worst.")


def model_table() -> None:
    print(f"{'passage':24} {'model':>5} {'auto content':>12} {'auto total':>10} {'authored content':>16} "
          f"{'authored total':>14}  authored points missing")
    for passage in load_library().passages:
        bare = dataclasses.replace(passage, key_points=(), model_precis=())
        authored, automatic = analyse_passage(passage), analyse_passage(bare)
        for n, m in enumerate(passage.model_precis, 1):
            a = check(automatic, m.text, title=m.title)
            r = check(authored, m.text, title=m.title)
            missing = [c.point.id for c in r.coverage.points if c.status == "missing" and not c.point.optional]
            print(f"{passage.id:24} {n:5} {a.score.part('content').points:12.1f} {a.score.total:10.1f} "
                  f"{r.score.part('content').points:16.1f} {r.score.total:14.1f}  {', '.join(missing) or '-'}")


def extremes(passage, title: str, precis: str | None) -> None:
    analysis = analyse_passage(passage)
    target = target_for(passage.words, passage.target_words).words
    words = counted_words(passage.text)
    copy = passage.text[: words[min(len(words), 2 * target) - 1].end]
    cases = [("one word", "Hello."), ("30 unrelated words", UNRELATED), ("verbatim copy, twice the target", copy)]
    if precis is not None:
        cases.append(("the précis as written", precis))
    for name, text in cases:
        r = check(analysis, text, title=title)
        print(f"  {name:34} {r.score.total:5.1f} / 20   content {r.score.part('content').points:.1f}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seed", type=Path, help="a folder with passage.txt and precis.txt")
    a = ap.parse_args()
    model_table()
    library = {p.id: p for p in load_library().passages}
    faithful = library[FAITHFUL_ID]
    print(f"\nExtremes on {FAITHFUL_ID} (title 'Small Farms, Big Harvests'):")
    extremes(faithful, "Small Farms, Big Harvests", None)
    if a.seed:
        print(f"\nExtremes on {a.seed}:")
        text = (a.seed / "precis.txt").read_text(encoding="utf-8")
        first, _, rest = text.partition("\n")
        extremes(passage_from_text((a.seed / "passage.txt").read_text(encoding="utf-8")), first.strip(" #*"),
                 rest)
    bare = dataclasses.replace(faithful, key_points=(), model_precis=())
    print("\nFaithful against reversed (agri-smallholders):")
    for source, passage in (("authored", faithful), ("automatic", bare)):
        analysis = analyse_passage(passage)
        f = check(analysis, faithful.model_precis[0].text, title="Small Farms")
        r = check(analysis, REVERSED, title="Small Farms")
        print(f"  {source:9} faithful {f.score.total:5.1f} (content {f.score.part('content').points:.1f}), "
              f"reversed {r.score.total:5.1f} (content {r.score.part('content').points:.1f}, "
              f"{len(r.coverage.contradicted)} points contradicted)")


if __name__ == "__main__":
    main()
