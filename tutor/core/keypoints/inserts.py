"""What is set inside a clause: relative clauses, examples and quotations.

"The treaty, signed in 1960, which gave the eastern rivers to India" holds a relative clause;
"crops such as cotton and rice" an example; 'said, "we will not wait"' a quotation. Each is cut
out of its host clause and read as an idea of its own (see ``ideas``), unless cutting it would
leave a hole in the host ('had never seen "climate carnage on this scale"').
"""

from __future__ import annotations

import re

from tutor.core.keypoints import grammar_words as gw
from tutor.core.keypoints.words import content_terms
from tutor.core.scanning import text_pattern
from tutor.core.span import Span

INSERT_END = re.compile(r"[,;)—]")
WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
MIN_INSERT_TERMS = 3
_RELATIVE = re.compile(r",\s+(which|who|whom|whose)\s+", re.IGNORECASE)
# A relative clause that follows another of its kind ("one who has no convictions, who treats …")
# belongs to the first one's noun; after one of the other kind ("relatives who have lost income,
# which makes them …") it is a clause of its own.
_CHAINED = (re.compile(r"\b(?:who|whom|whose)\b", re.IGNORECASE), re.compile(r"\bwhich\b", re.IGNORECASE))
_EXAMPLE = text_pattern(r"(?:(?<=,)|(?<=\()|(?<=—)|(?<=\s))\s*(such as|for example|for instance|e\.g\.|including)\b",
                      re.IGNORECASE)
# "Pakistan, for example, spends …": set off by commas, the marker makes its whole clause an example.
ASIDE_EXAMPLE = re.compile(r",\s*(?:for example|for instance|e\.g\.),\s*", re.IGNORECASE)
# "such as we have described", "such as to alarm them": a comparison or a result, not an example.
_NOT_EXAMPLE_AFTER = frozenset("we i you he she they it one to".split())
QUOTE = re.compile(r"[“\"]([^”\"]{12,})[”\"]")


def count_terms(text: str, start: int, end: int) -> int:
    """How many content words ``text[start:end]`` holds."""
    return len(content_terms(text, start, end))


def has_verb(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` holds a finite verb."""
    words = [m.group().lower() for m in WORD.finditer(text, start, end)]
    return gw.has_finite_verb(words)


def _relative_end(text: str, at: int, c: Span, after_main_verb: bool) -> int:
    """Where a relative clause that starts at ``at`` in clause ``c`` ends: at the next comma,
    or, when it follows the clause's main verb (``after_main_verb``), past commas that set off
    a list or a closing phrase ("which gave the eastern rivers to India and the western rivers,
    the Indus and the Chenab, largely to Pakistan"); a cut there would graft the rest of
    the relative clause onto the main one. It stops before words with a verb or a joining word
    (", but who will …", ", is being pumped …"): the main clause goes on there."""
    stop = INSERT_END.search(text, at, c.end)
    while after_main_verb and stop and stop.group() == ",":
        nxt = INSERT_END.search(text, stop.end(), c.end)
        chunk_end = nxt.start() if nxt else c.end
        first = WORD.search(text, stop.end(), chunk_end)
        if not first or first.group().lower() in _JOINING or has_verb(text, stop.end(), chunk_end):
            break
        stop = nxt
    return stop.start() if stop else c.end


_JOINING = frozenset("and but or yet so nor while whereas because although though since when if as then".split())


def example_lists(text: str, s: Span) -> list[tuple[int, int]]:
    """Where the example lists of a sentence run ("such as apples, almonds, and blueberries"):
    their ", and" ends a list, not a clause."""
    return [(m.start(1), _example_end(text, m.end(), s.end)) for m in _EXAMPLE.finditer(text, s.start, s.end)]


LIST_ITEM_WORDS = 4  # "pears", "and plums": an item of an example list is a few words
OR_AND = frozenset(("and", "or"))


def _example_end(text: str, at: int, end: int) -> int:
    """Where an example that starts at ``at`` ends: over the items of a list ("apples, pears, and
    Isis", once an "and"/"or" item shows it is one) and before the verb of the clause it sits in
    ("such as apples, pears, and plums depend heavily on bees")."""
    stop_at, pos, items, listed = end, at, 0, False
    while pos < end:
        stop = INSERT_END.search(text, pos, end)
        chunk_end = stop.start() if stop else end
        words = list(WORD.finditer(text, pos, chunk_end))
        lower = [w.group().lower() for w in words]
        relative = next((n for n, w in enumerate(lower) if w in ("who", "which", "that", "whose")), len(lower))
        verb = next((n for n, w in enumerate(lower[:relative]) if (n or items) and w not in OR_AND
                     and gw.is_finite_verb(w, lower[n + 1] if n + 1 < len(lower) else None)), None)
        closing = not OR_AND.isdisjoint(lower) and len(words) <= 2 * LIST_ITEM_WORDS  # "real estate and farm income"
        if items and (not words or (verb is None and len(words) > LIST_ITEM_WORDS and not closing) or verb == 0):
            break  # not another item: the example ended at the comma before
        if items and verb is not None and not listed and OR_AND.isdisjoint(lower[:verb]):
            break  # "countries, including our own, parents are eager": the host's subject, not an item
        listed = listed or bool(lower and lower[0] in OR_AND) or (items > 0 and closing)
        if verb is not None:
            return words[verb].start()
        if items == 0:
            stop_at = chunk_end
        items += 1
        if listed or not stop or stop.group() != ",":
            return chunk_end
        pos = stop.end()
    return stop_at


def inserts(text: str, c: Span) -> list[tuple[Span, str, str]]:
    """Relative clauses, examples and quotations inside a clause: (span, kind, marker)."""
    found = []
    for m in _RELATIVE.finditer(text, c.start, c.end):
        chained = _CHAINED[m.group(1).lower() == "which"]
        if chained.search(text, max(c.start, text.rfind(",", c.start, m.start()) + 1), m.start()):
            continue  # "one who has no convictions, who treats …": the second clause belongs to the first one's noun
        found.append((m.start(1), "relative", m.group(1).lower()))
    for m in _EXAMPLE.finditer(text, c.start, c.end):
        after = WORD.search(text, m.end(), c.end)
        if re.search(r",\s*$", text[max(c.start, m.start(1) - 3):m.start(1)]) and text.startswith(",", m.end(1)):
            continue  # "Pakistan, for example, spends …": the clause is the example (see ``_pieces``)
        if not (m.group(1).lower() == "such as" and after and after.group().lower() in _NOT_EXAMPLE_AFTER):
            found.append((m.start(1), "example", m.group(1).lower()))
    out: list[tuple[Span, str, str]] = []
    for start, kind, marker in sorted(found):
        if out and start < out[-1][0].end:
            continue
        if kind == "example":
            end = _example_end(text, start + len(marker) + 1, c.end)
        else:
            end = _relative_end(text, start + len(marker) + 1, c, has_verb(text, c.start, start))
        need, host_need = (MIN_INSERT_TERMS, 2) if kind == "relative" else (1, 1)
        if count_terms(text, start, end) >= need and count_terms(text, c.start, start) >= host_need:
            out.append((Span(start, end), kind, marker))
    for m in QUOTE.finditer(text, c.start, c.end):
        if _quotation_is_object(text, c, m.start()):
            continue  # 'said that he had never seen "climate carnage on this scale"': cut out, a hole is left
        if not any(x.overlaps(Span(m.start(), m.end())) for x, _, _ in out) and len(m.group(1).split()) >= 4:
            out.append((Span(m.start(), m.end()), "quotation", ""))
    return sorted(out, key=lambda x: x[0].start)


def _quotation_is_object(text: str, c: Span, at: int) -> bool:
    """Whether the quotation opening at ``at`` is part of its clause's grammar (the object of
    "had never seen"): not set off by a comma, colon or dash, nor opening the clause."""
    before = text[c.start:at].rstrip()
    return bool(WORD.search(before)) and not before.endswith((",", ":", "—", "-", "("))
