"""What the feedback pane says about a report, as plain data (no widgets).

The pane draws this outline. Keeping it as data lets the pane compare two
reports cheaply: while a student types, most checks change only where things
are, not what is said, and then the pane updates its links without redrawing.
"""

from __future__ import annotations

from dataclasses import dataclass

from tutor.core.grammar.issue import CATEGORY_NAMES
from tutor.core.grammar.summary import group_by_category
from tutor.core.span import Span
from tutor.core.style import GROUP_FROM, RULE_NAMES
from tutor.gui.wording import contraction_lesson, plural, suggestions_text

STATUS_LABELS = {"covered": "✓ Covered", "partial": "◐ Partly", "missing": "✗ Missing", "contradicted": "⊘ Contradicted"}


@dataclass(frozen=True)
class Jump:
    """Where an item's words are: a span of the précis text, of the passage, or both."""

    precis: Span | None = None
    passage: Span | None = None


@dataclass(frozen=True)
class Entry:
    text: str
    tooltip: str = ""
    jump: Jump | None = None
    status: str = ""  # a key point's coverage status: the pane shows its legend swatch
    children: tuple["Entry", ...] = ()
    key: str = ""  # sections only: remembers whether the student folded it

    def look(self) -> tuple:
        """Everything shown, without the jumps."""
        return self.text, self.tooltip, self.status, tuple(c.look() for c in self.children)


def _quote(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return f"“{text[:limit]}…”" if len(text) > limit else f"“{text}”"


def headline(report) -> tuple[str, str, str]:
    """(score, marks by part, length and own-words summary)."""
    # Each part is held together (no-break spaces): a narrow pane wrapped "Own words" from its "1.6/2".
    parts = " · ".join(f"{p.label} {p.points:g}/{p.out_of:g}".replace(" ", "\u00a0") for p in report.score.parts)
    summary = f"{report.target.label(report.precis_words)} · {report.own_share:.0%} in your own words"
    return f"{report.score.total:g} / {report.score.out_of:g}", parts, summary


def outline(report) -> tuple[Entry, ...]:
    sections = (_facts(report), _key_points(report), _off_subject(report), _copied(report), _paraphrased(report),
                _style(report),
                _grammar(report),
                _notes(report), _marks(report))
    return tuple(s for s in sections if s is not None)


def _facts(report) -> Entry:
    items = tuple(Entry(f.message, jump=Jump(f.precis_span, f.passage_span)) for f in report.facts)
    return Entry(f"Facts to check ({len(report.facts)})",
                 children=items or (Entry("No wrong figures or added names found."),), key="facts")


def _point_label(c, counted: int) -> str:
    label = STATUS_LABELS.get(c.status, c.status.capitalize())
    if c.point.optional:  # detail is never counted against you: say why the row is not in the count
        outside = f"not one of the {counted} key points counted above"
        if c.status == "missing":
            return f"· Detail, rightly left out ({outside})"
        return f"· Detail you included ({outside}, so it earns no credit)"
    return label


def _reason(c, precis: str) -> str:
    """Why a point is not simply covered or missing, shown in the row itself: hover
    tooltips never reach keyboard or projector users. ``precis``: the text the report's
    spans point into; a contradiction quotes the précis beside the point's own words."""
    if c.point.optional or c.status in ("covered", "missing"):
        return ""
    if c.status == "contradicted":
        said = c.evidence_span.of(precis) if c.evidence_span is not None else ""
        return (f"You wrote {_quote(said)}: the opposite of the passage." if said.strip()
                else "Your précis says the opposite of the passage here.")
    # Imported here: the key-point package takes 0.1 s to import, and the window is built
    # before a report can exist, while Harper's first underlines wait for the CPU.
    from tutor.core.keypoints.model import missing_part

    part = missing_part(c.point.text, c.missing_terms)  # the phrase of the idea, not the passage's words
    return f"Not yet said: {part}." if part else "Only part of this idea is in your précis."


def _key_points(report) -> Entry:
    points = report.coverage.points
    required = [c for c in points if not c.point.optional]
    covered = sum(1 for c in required if c.status == "covered")
    items = []
    for c in points:
        evidence = c.evidence_span if c.status != "missing" else None  # a missing point has no words
        source = c.point.source_span if len(c.point.source_span) else None
        tip = c.advice or f"Covered: {c.point.text}"
        reason = _reason(c, report.precis.text)
        text = f"{_point_label(c, len(required))}: {c.point.text}" + (f"\n{reason}" if reason else "")
        items.append(Entry(text, tip, Jump(evidence, source), c.status))
    return Entry(f"Key points: {covered} of {len(required)} covered", children=tuple(items), key="key_points")


def _copied(report) -> Entry:
    items = tuple(Entry(f"{_quote(r.text)} ({plural(r.words, 'word')})", "Copied word for word: say it in your own words.",
                        Jump(r.precis_span, r.passage_span)) for r in report.copied)
    return Entry(f"Copied from the passage ({len(report.copied)})", key="copied",
                 children=items or (Entry("No long runs copied: your précis is in your own words."),))


def style_message(finding, text: str) -> str:
    """A convention's lesson, with an example made from the finding itself where there is one."""
    if finding.rule == "contraction":
        return contraction_lesson(finding.span.of(text))
    return finding.message


def _paraphrased(report) -> Entry | None:
    """Sentences patchwritten from one passage sentence; no section when there are none."""
    found = report.close_paraphrases
    if not found:
        return None
    items = tuple(Entry(f"{_quote(p.precis_text)} follows {_quote(p.passage_text, 40)}", p.advice,
                        Jump(p.precis_span, p.passage_span)) for p in found)
    return Entry(f"Close paraphrase of the passage ({len(found)})", key="paraphrased", children=items)


def _off_subject(report) -> Entry | None:
    """Sentences on another subject than the passage's; no section when there are none."""
    found = report.content.off_subject_spans if report.content is not None else ()
    if not found:
        return None
    tip = ("The tutor finds none of the passage's ideas in this sentence, so it earns no content marks. "
           "If it says one of them in other words, keep it; if not, cut it: a précis keeps to the passage's ideas.")
    reason = "No idea of the passage found here: no content marks."  # in the row: tooltips never reach a projector
    items = tuple(Entry(f"{_quote(s.of(report.precis.text))}\n{reason}", tip, Jump(s)) for s in found)
    return Entry(f"Off the subject ({len(found)})", key="off_subject", children=items)


def _style(report) -> Entry:
    text = report.precis.text
    by_rule: dict[str, list] = {}
    for s in report.style:
        by_rule.setdefault(s.rule, []).append(s)
    items = []
    for s in report.style:
        found = by_rule[s.rule]
        if len(found) < GROUP_FROM:
            items.append(Entry(f"{_quote(s.span.of(text), 30)}: {style_message(s, text)}", jump=Jump(s.span)))
        elif s is found[0]:
            places = tuple(Entry(f"{_quote(f.span.of(text), 30)}" + (
                f": {style_message(f, text)}" if f.rule == "contraction" else ""), jump=Jump(f.span)) for f in found)
            lesson = s.message if s.rule == "contraction" else style_message(s, text)
            items.append(Entry(f"{RULE_NAMES.get(s.rule, s.rule)} ({len(found)}): {lesson}", children=places,
                               key=f"style/{s.rule}"))
    return Entry(f"Précis conventions ({len(report.style)})", key="style",
                 children=tuple(items) or (Entry("No précis convention broken."),))  # said, like the other sections


def _grammar(report) -> Entry:
    text = report.precis.text
    groups = []
    for group in group_by_category(report.grammar):
        if not group.count:
            continue
        items = []
        for issue in group.issues:
            fixes = f" Try: {suggestions_text(issue.suggestions)}" if issue.suggestions else ""
            items.append(Entry(f"{_quote(issue.span.of(text), 30)}: {issue.message}{fixes}", jump=Jump(issue.span)))
        groups.append(Entry(f"{CATEGORY_NAMES.get(group.category, group.category)} ({group.count})",
                            children=tuple(items), key=f"grammar/{group.category}"))
    # An engine's name alone ("Grammar: Harper") did not say that it found nothing.
    found_nothing = () if report.grammar_engine == "off" else (Entry("No spelling, grammar or punctuation problems found."),)
    children = tuple(groups) or (*found_nothing, Entry(report.grammar_status))
    return Entry(f"Grammar and spelling ({len(report.grammar)})", children=children, key="grammar")


def _notes(report) -> Entry | None:
    notes = list(report.notes)
    if report.coverage.included_detail:
        notes.append("Your précis includes detail a précis can leave out (see the key points).")
    if not notes:
        return None
    return Entry(f"Notes ({len(notes)})", children=tuple(Entry(n) for n in notes), key="notes")


def _marks(report) -> Entry:
    items = tuple(Entry(f"{p.label}: {p.points:g} / {p.out_of:g}. {p.how}")
                  for p in report.score.parts)
    # "the score of 15.1 / 20", not "the 15.1 marks" (or "the 1 marks")
    return Entry(f"How the score of {report.score.total:g} / {report.score.out_of:g} was reached", children=items,
                 key="marks")
