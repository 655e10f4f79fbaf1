"""Every fact finding on real student summaries, printed with its context for a hand check.

Takes a folder holding ``prompts.csv`` (prompt_id, prompt_question, prompt_title,
prompt_text) and ``summaries.csv`` (student_id, prompt_id, text), the layout of the
CommonLit summaries. The data stays where it is: nothing is copied into the project.
Prints one block per flagged summary (a random sample of ``--n``, fixed seed), then
the share of summaries flagged, per status. The hand check itself is a person's work:
read each block and count the findings a teacher would not agree with.

    .venv/bin/python bench/facts_student.py /path/to/commonlit --n 60
"""

from __future__ import annotations

import argparse
import csv
import random
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tutor.core.facts import PassageFacts, check_facts  # noqa: E402
from tutor.core.passage import Passage, passage_from_text  # noqa: E402
from tutor.core.span import Span  # noqa: E402
from tutor.core.tokens import terms  # noqa: E402


def _passages(folder: Path, with_question: bool) -> dict[str, PassageFacts]:
    out = {}
    with open(folder / "prompts.csv", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            text = row["prompt_text"].replace("\r\n", "\n")
            passage = (Passage(id=row["prompt_id"], title=row["prompt_title"], text=text,
                               question=row["prompt_question"]) if with_question else passage_from_text(text))
            out[row["prompt_id"]] = PassageFacts(text, terms(text), known=passage.known_text)
    return out


def _around(text: str, span: Span, width: int = 50) -> str:
    return (text[max(0, span.start - width):span.start] + "[[" + span.of(text) + "]]"
            + text[span.end:span.end + width]).replace("\n", " ")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("folder", type=Path)
    ap.add_argument("--n", type=int, default=60, help="flagged summaries to print")
    ap.add_argument("--seed", type=int, default=10)
    ap.add_argument("--text-only", action="store_true",
                    help="know only the passage text and any byline in it, not its title and question "
                         "(as `check PASSAGE.txt` does without --question)")
    a = ap.parse_args()
    passages = _passages(a.folder, not a.text_only)
    with open(a.folder / "summaries.csv", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    flagged, statuses = [], Counter()
    for row in rows:
        text = row["text"]
        found = check_facts(passages[row["prompt_id"]], text, Span(0, len(text)))
        if found:
            flagged.append((row, found))
            statuses.update({f.status for f in found})
    for row, found in random.Random(a.seed).sample(flagged, min(a.n, len(flagged))):
        print(f"== {row['student_id']} ({row['prompt_id']})")
        for f in found:
            passage = f" | passage: {f.passage_text}" if f.passage_text else ""
            print(f"  {f.status:15} {f.kind:8} {_around(row['text'], f.precis_span)}{passage}")
    print(f"flagged {len(flagged)}/{len(rows)} summaries ({len(flagged) / max(1, len(rows)):.1%}); "
          f"summaries with a finding of each status: {dict(statuses)}")


if __name__ == "__main__":
    main()
