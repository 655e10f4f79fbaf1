"""Where the language of a précis breaks the précis conventions."""

from __future__ import annotations

import re
from dataclasses import dataclass

from tutor.core.scanning import TextPattern, text_pattern
from tutor.core.span import Span

LESSONS = {
    "first_person": "A précis reports the author's ideas in the third person; leave yourself out.",
    "direct_address": "A précis does not speak to the reader; report the ideas instead.",
    "quotation": "A précis uses reported speech, not quotations: give the gist in your own words.",
    "direct_speech": "A précis turns direct speech into reported speech.",
    "question": "A précis states ideas; turn a question into the point it makes.",
    "exclamation": "A précis keeps a calm, formal tone; drop the exclamation.",
    "contraction": "A précis is formal writing: write words out in full (\"they have\", not \"they've\").",
    "list_formatting": "A précis is one connected paragraph, without bullets, arrows or numbering.",
    "opinion": "A précis adds no opinion or comment of its own.",
}

# A convention broken this often is shown once, with its lesson and its places under it (the feedback
# pane, the terminal report): a long précis that says "our" 147 times needs the lesson once, not 147 times.
GROUP_FROM = 3
# What each convention is called where its findings are grouped.
RULE_NAMES = {"first_person": "First person", "direct_address": "Speaking to the reader", "quotation": "Quotations",
              "direct_speech": "Direct speech", "question": "Questions", "exclamation": "Exclamations",
              "contraction": "Contractions", "list_formatting": "Lists", "opinion": "Opinions"}

_RULES: tuple[tuple[str, TextPattern], ...] = (
    # (not the "i" of a tag such as "<i>" or "</i>" pasted with the text)
    ("first_person", text_pattern(r"(?<![</])\b(?:I|me|my|mine|myself)\b(?!>)|\b(?:we|us|our|ours|ourselves)\b",
                                  re.IGNORECASE)),
    ("direct_address", text_pattern(r"\b(?:you|your|yours|yourself|yourselves)\b", re.IGNORECASE)),
    ("contraction", text_pattern(
        r"\b[A-Za-z]+(?:n['’]t|['’](?:re|ve|ll|d|m))\b|\b(?:it|he|she|that|there|what|who|here|let|where)['’]s\b",
        re.IGNORECASE)),
    ("quotation", text_pattern(r"[“”„«»]|\"")),
    ("question", text_pattern(r"\?")),
    ("exclamation", text_pattern(r"!")),
    ("list_formatting", text_pattern(r"^[ \t]*(?:[-*•→⇒➢►▪◦–—>]|\d{1,2}[.)]|\(?[a-z][.)])(?=\s)",
                                     re.MULTILINE)),
    ("opinion", text_pattern(r"\b(?:in my (?:opinion|view)|i (?:think|believe|feel)|it seems to me|"
                           r"in the writer's opinion,? (?:rightly|wrongly))\b", re.IGNORECASE)),
    # The writer of the précis commenting at a sentence's head ("Sadly, …", "Surely it is time …").
    ("opinion", text_pattern(r"\b(?:Sadly|Surely|Unfortunately|Fortunately|Thankfully|Shockingly|Regrettably|"
                           r"Hopefully|Luckily|Tragically|Alarmingly|Disgracefully|Shamefully)\b")),
)
# "US" the country is not "us" the pronoun.
_UPPER_US = re.compile(r"\bUS\b")


@dataclass(frozen=True, slots=True)
class StyleFinding:
    rule: str
    message: str  # the one-line lesson
    span: Span


def _quotation_spans(text: str, start: int, end: int) -> list[Span]:
    """Whole quoted stretches where quotes pair up, else each stray quote mark."""
    marks = [m.start() for m in re.finditer(r"[“”\"«»„]", text[start:end])]
    spans = []
    for a, b in zip(marks[::2], marks[1::2]):
        spans.append(Span(start + a, start + b + 1))
    if len(marks) % 2:
        spans.append(Span(start + marks[-1], start + marks[-1] + 1))
    return spans


def check_style(text: str, body: Span) -> tuple[StyleFinding, ...]:
    found: list[StyleFinding] = []
    chunk = body.of(text)
    for rule, pattern in _RULES:
        if rule == "quotation":
            spans = _quotation_spans(text, body.start, body.end)
            for s in spans:
                speech = re.search(r"\b(?:said|says|asked|told|declared|stated|remarked)\b[,:]?\s*$",
                                   text[max(body.start, s.start - 40):s.start])
                r = "direct_speech" if speech else rule
                found.append(StyleFinding(r, LESSONS[r], s))
            continue
        for m in pattern.finditer(chunk):
            if rule == "first_person" and _UPPER_US.fullmatch(m.group()):
                continue
            found.append(StyleFinding(rule, LESSONS[rule], Span(body.start + m.start(), body.start + m.end())))
    found = _drop_overlaps(found)
    return tuple(sorted(found, key=lambda f: (f.span.start, f.rule)))


def _drop_overlaps(found: list[StyleFinding]) -> list[StyleFinding]:
    """An opinion phrase already says what its "I" would: keep the wider finding."""
    opinions = [f.span for f in found if f.rule == "opinion"]
    return [f for f in found if f.rule == "opinion" or not any(f.span.overlaps(o) for o in opinions)]
