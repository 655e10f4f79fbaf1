"""The report as a person reads it in a terminal."""

from __future__ import annotations

from tutor.core.keypoints.model import CONTRADICTED, COVERED, MISSING, PARTIAL, missing_part
from tutor.core.report import Report
from tutor.core.span import Span
from tutor.core.style import GROUP_FROM, RULE_NAMES
from tutor.core.wording import plural

_MARKS = {COVERED: "✓ covered", PARTIAL: "~ partial", MISSING: "✗ missing", CONTRADICTED: "⇄ opposite"}


def _where(text: str, span: Span | None) -> str:
    if span is None:
        return ""
    line = text.count("\n", 0, span.start) + 1
    return f"line {line}"


def _clip(s: str, n: int = 90) -> str:
    """``s`` on one line in at most ``n`` characters, cut at a word's end where one is near."""
    s = " ".join(s.split())
    if len(s) <= n:
        return s
    cut = s[: n - 1]
    space = cut.rfind(" ")
    return (cut[:space] if space >= n // 2 else cut).rstrip(" ,;:") + "…"


def _length(r: Report) -> str:
    verdict = r.length_verdict
    if verdict == "within":
        return f"{r.target.label(r.precis_words)}: within the target."
    off = r.target.low - r.precis_words if verdict == "under" else r.precis_words - r.target.high
    word = "short" if verdict == "under" else "long"
    return f"{r.target.label(r.precis_words)}: too {word} by {off} word{'s' * (off != 1)}."


def _title(r: Report) -> str:
    if not r.precis.title:
        return "none found. A précis needs exactly one short title (first line, or --title)."
    return f"“{r.precis.title}” ({plural(r.precis.title_words, 'word')})"


def _key_points(r: Report) -> list[str]:
    lines = [f"Key points ({r.coverage.source}):"]
    for c in r.coverage.points:
        if c.point.optional:
            why = "a précis may leave this out" if c.status == MISSING else "you included it; a précis may leave it out"
            lines.append(f"  {'· detail':10} {_clip(c.point.text, 80)} ({why})")
            continue
        lines.append(f"  {_MARKS.get(c.status, c.status):10} {_clip(c.point.text, 80)}")
        if c.status == CONTRADICTED and c.evidence_span is not None:
            lines.append(f"               you wrote “{_clip(c.evidence_span.of(r.precis.text), 70)}” "
                         f"({_where(r.precis.text, c.evidence_span)}); the passage says "
                         f"“{_clip(c.point.source_span.of(r.passage.text), 70)}”")
        lacking = missing_part(c.point.text, c.missing_terms) if c.status == PARTIAL else ""
        if lacking:  # said once, under its row: a second list of the same points only repeated them
            lines.append(f"               not yet said: {_clip(lacking, 80)}")
    return lines


def _findings(r: Report) -> list[str]:
    t = r.precis.text
    lines = ["Facts:"] + ([f"  {'✗' if f.certain else '?'} {f.message} ({_where(t, f.precis_span)})" for f in r.facts]
                          or ["  no wrong facts found."])
    lines.append(f"Copying: {r.own_share:.0%} of the précis is in your own words.")
    lines += [f"  copied ({plural(c.words, 'word')}, {_where(t, c.precis_span)}): “{_clip(c.text, 70)}”" for c in r.copied]
    for p in r.close_paraphrases:
        lines.append(f"  close paraphrase ({_where(t, p.precis_span)}): “{_clip(p.precis_text, 70)}”")
        lines.append(f"      the passage's “{_clip(p.passage_text, 70)}” with some words swapped:"
                     " say the idea in a sentence of your own.")
    elsewhere = r.content.off_subject_spans if r.content else ()
    if elsewhere:
        lines.append("Off the subject: the tutor finds none of the passage's ideas in these sentences, so they earn "
                     "no content marks. If one says a passage idea in other words, keep it; if not, cut it.")
        lines += [f"  “{_clip(s.of(t), 70)}” ({_where(t, s)})" for s in elsewhere]
    lines += _conventions(r)
    lines.append(f"Grammar and spelling ({r.grammar_status.rstrip('.')}):")  # not "(… is off.):"
    for g in r.grammar:
        fix = f" → {g.suggestions[0]}" if g.suggestions else ""
        lines.append(f"  {g.category:11} “{g.span.of(t)}”{fix} ({_where(t, g.span)}): {_clip(g.message, 80)}")
    if not r.grammar:
        lines.append("  nothing found." if r.grammar_engine != "off" else "  not checked.")
    return lines


def _conventions(r: Report) -> list[str]:
    """Each broken convention; one broken ``GROUP_FROM`` times or more is one line with its lesson
    and its places under it, as the feedback pane groups them."""
    t = r.precis.text
    by_rule: dict[str, list] = {}
    for s in r.style:
        by_rule.setdefault(s.rule, []).append(s)
    lines = ["Précis conventions:"]
    for s in r.style:
        found = by_rule[s.rule]
        if len(found) < GROUP_FROM:
            lines.append(f"  “{_clip(s.span.of(t), 30)}” ({_where(t, s.span)}): {s.message}")
        elif s is found[0]:
            lines.append(f"  {RULE_NAMES.get(s.rule, s.rule)} ({len(found)}): {s.message}")
            lines.append("      " + ", ".join(f"“{_clip(f.span.of(t), 30)}” ({_where(t, f.span)})" for f in found))
    return lines if r.style else lines + ["  none broken."]


def _score(r: Report) -> list[str]:
    lines = [f"Score: {r.score.total:g} / {r.score.out_of:g}"]
    for p in r.score.parts:
        lines.append(f"  {p.label:10} {p.points:4g} / {p.out_of:g}   {p.how}")
    return lines


def render(r: Report) -> str:
    head = [f"Précis Tutor report — passage: {r.passage.title} ({r.passage.words} words, "
            f"{r.passage_sentences} sentences)", "",
            f"Length: {_length(r)}", f"Title:  {_title(r)}", ""]
    body = _key_points(r) + [""] + _findings(r) + [""] + _score(r)
    notes = ([""] + ["Notes:"] + [f"  {n}" for n in r.notes]) if r.notes else []
    return "\n".join(head + body + notes) + "\n"
