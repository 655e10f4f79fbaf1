"""How often does each grammar rule catch a learner error, and how often does it cry wolf?

Run: ``python bench/grammar_eval.py DATA_DIR [--show RULE] [--engine harper]``

``DATA_DIR`` holds ``jfleg-test/`` (test.src, test.ref0..3) and ``conll14/``
(source.txt, official-2014.combined.m2), laid out as the shared development data
is. Nothing from it is copied into the project. The sentences are checked the
way ``dev_eval.py grammar`` checks them (one précis: a title line, then the
sentences as paragraphs) but in-process, and the figures are split by rule:

* flagged: erroneous sentences (JFLEG: 3+ of 4 annotators corrected it; CoNLL:
  both annotators edited it) with at least one finding;
* false alarms: unchanged sentences with a finding;
* only: erroneous sentences that this rule alone flags.

For CoNLL, LanguageTool's own corrections (``languagetool_corrections.txt``,
one line per sentence) give its figures without running it, and those of the
merge: a sentence is flagged when either LanguageTool or we flag it. No
LanguageTool release can be downloaded here, so the merge is estimated this way.

Last, every passage and model précis that ships in resources/passages is checked:
the project's own prose must raise no finding at all.

``--half even`` (or ``odd``) keeps only the sentences at even (odd) positions, so a
rule can be fitted on one half and its figures read on the other, which it never saw.
"""

from __future__ import annotations

import argparse
import re
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tutor.core.grammar import PersonalDictionary, make_engine, passage_vocabulary  # noqa: E402
from tutor.core.grammar.title_and_body import check_title_and_body  # noqa: E402
from tutor.core.library import load_library  # noqa: E402
from tutor.core.title import split_title  # noqa: E402

PASSAGE = "Students write sentences. Teachers read them and correct the errors they find.\n"
TITLE = "Practice sentences\n\n"


def detok(s: str) -> str:
    """The detokenising dev_eval.py applies before checking."""
    s = re.sub(r" ([.,!?;:%)])", r"\1", s).replace("( ", "(")
    for a in ("n't", "'s", "'re", "'m", "'ve", "'ll", "'d"):
        s = s.replace(" " + a, a)
    return s.strip()


def jfleg(folder: Path) -> tuple[list[str], list[int]]:
    """Sentences and labels: 1 erroneous, 0 unchanged, -1 neither (left out)."""
    src = [line.rstrip("\n") for line in open(folder / "test.src", encoding="utf-8")]
    refs = [[line.rstrip("\n") for line in open(folder / f"test.ref{i}", encoding="utf-8")] for i in range(4)]
    labels = []
    for i, s in enumerate(src):
        changed = sum(r[i].strip() != s.strip() for r in refs)
        labels.append(1 if changed >= 3 else 0 if changed == 0 else -1)
    return [detok(s) for s in src], labels


def conll(folder: Path) -> tuple[list[str], list[int]]:
    source = [line.rstrip("\n") for line in open(folder / "source.txt", encoding="utf-8")]
    edits: list[set[int]] = []
    for line in open(folder / "official-2014.combined.m2", encoding="utf-8"):
        if line.startswith("S "):
            edits.append(set())
        elif line.startswith("A "):
            parts = line.rstrip("\n")[2:].split("|||")
            if parts[1] != "noop":
                edits[-1].add(int(parts[-1]))
    labels = [1 if len(e) == 2 else 0 if not e else -1 for e in edits]
    return [detok(s) for s in source], labels


def rules_by_sentence(engine, sentences: list[str]) -> list[dict[str, list[str]]]:
    """For each sentence, rule id -> the text each finding of that rule covers."""
    text = TITLE + "\n\n".join(sentences) + "\n"
    starts, pos = [], len(TITLE)
    for s in sentences:
        starts.append((pos, pos + len(s)))
        pos += len(s) + 2
    hits: list[dict[str, list[str]]] = [defaultdict(list) for _ in sentences]
    for issue in check_title_and_body(engine, split_title(text)):
        for i, (a, b) in enumerate(starts):
            if issue.span.start < b and issue.span.end > a:
                hits[i][issue.rule_id].append(issue.span.of(text))
    return hits


def report(name: str, sentences, labels, hits, show: str) -> None:
    bad = [i for i, y in enumerate(labels) if y == 1]
    clean = [i for i, y in enumerate(labels) if y == 0]
    flagged = sum(bool(hits[i]) for i in bad)
    alarms = sum(bool(hits[i]) for i in clean)
    print(f"{name}: erroneous flagged {flagged}/{len(bad)} = {flagged / len(bad):.1%}; "
          f"unchanged flagged {alarms}/{len(clean)} = {alarms / len(clean):.1%}")
    rules = sorted({r for h in hits for r in h})
    for rule in rules:
        det = sum(rule in hits[i] for i in bad)
        only = sum(set(hits[i]) == {rule} for i in bad)
        fa = sum(rule in hits[i] for i in clean)
        print(f"  {rule:<28} flagged {det:>4}  only {only:>4}  false alarms {fa:>3}")
    if show:
        for i in clean:
            if show in hits[i]:
                print(f"  FALSE ALARM {hits[i][show]}: {sentences[i]}")
        for i in bad[:400]:
            if show in hits[i]:
                print(f"  caught {hits[i][show]}: {sentences[i]}")


def merged_with_languagetool(folder: Path, labels: list[int], hits) -> None:
    path = folder / "languagetool_corrections.txt"
    if not path.exists():
        return
    source = [line.rstrip("\n") for line in open(folder / "source.txt", encoding="utf-8")]
    corrected = [line.rstrip("\n") for line in open(path, encoding="utf-8")]
    theirs = [a.strip() != b.strip() for a, b in zip(source, corrected)]
    for name, flags in (("LanguageTool", theirs), ("LanguageTool + ours", [t or bool(h) for t, h in zip(theirs, hits)])):
        bad = [f for f, y in zip(flags, labels) if y == 1]
        clean = [f for f, y in zip(flags, labels) if y == 0]
        print(f"CoNLL-2014 {name}: erroneous flagged {sum(bad) / len(bad):.1%}, "
              f"unchanged flagged {sum(clean) / len(clean):.1%}")


def own_prose(engine) -> int:
    """Findings on the shipped passages and model précis (each must have none)."""
    count = 0
    for passage in load_library().passages:
        engine.accept_words(passage_vocabulary(passage.text), replace=True)
        texts = [("passage", passage.text)] + [
            ("model précis", f"{m.title}\n\n{m.text}") for m in passage.model_precis]
        for label, text in texts:
            for issue in check_title_and_body(engine, split_title(text)):
                count += 1
                print(f"  {passage.id} {label}: {issue.rule_id} “{issue.span.of(text)}” — {issue.message}")
    print(f"own passages and model précis: {count} findings (must be 0)")
    return count


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("data", type=Path, help="folder with jfleg-test/ and conll14/")
    ap.add_argument("--show", default="", help="print the sentences this rule id flags")
    ap.add_argument("--engine", default="harper", choices=("harper", "languagetool"))
    ap.add_argument("--skip-own", action="store_true", help="leave out the project's own passages")
    ap.add_argument("--half", choices=("even", "odd"), help="only the sentences at even or odd positions")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as home:
        engine = make_engine(args.engine, dictionary=PersonalDictionary.load(Path(home) / "d.json"))
        engine.accept_words(passage_vocabulary(PASSAGE))
        for name, load, sub in (("JFLEG test", jfleg, "jfleg-test"), ("CoNLL-2014", conll, "conll14")):
            sentences, labels = load(args.data / sub)
            if args.half:
                keep = 0 if args.half == "even" else 1
                labels = [y if i % 2 == keep else -1 for i, y in enumerate(labels)]
            hits = rules_by_sentence(engine, sentences)
            report(name, sentences, labels, hits, args.show)
            if sub == "conll14":
                merged_with_languagetool(args.data / sub, labels, hits)
        if not args.skip_own:
            own_prose(engine)
        engine.close()


if __name__ == "__main__":
    main()
