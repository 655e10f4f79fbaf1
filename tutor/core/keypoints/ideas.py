"""Splitting a text into ideas: clauses that each say one thing.

A long sentence often joins several ideas: ", and has stood the test of time",
"as Pakistan's bid was endorsed", ", which would bring industry". Each becomes
its own ``Idea``; a relative clause set inside a sentence leaves the main
clause in two parts. Examples, quotations and attributions ("reiterated by the
Vice Minister on his visit") are marked optional: detail a précis can leave out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from tutor.core.keypoints import grammar_words as gw
from tutor.core.keypoints import statements as st
from tutor.core.keypoints.referents import Reading, main_clause, read_alone
from tutor.core.keypoints.words import content_terms
from tutor.core.scanning import text_pattern
from tutor.core.span import Span
from tutor.core.tokens import sentence_spans

MIN_CLAUSE_TERMS = 3  # fewer content words than this is a phrase, not an idea: it stays with its host
MIN_INSERT_TERMS = 3
# ", and <subject> <verb>" opens a new clause only if its verb comes this early: in ", and taken it
# to new strengths at a time when the region is …" the "is" belongs to a subordinate clause.
CLAUSE_VERB_WITHIN = 6

_SEMICOLON = re.compile(r";\s*")
_CONJUNCTION = re.compile(r",\s+(and|but|yet|while|whereas|so|or|nor|because|although|though|since)\s+",
                          re.IGNORECASE)
_AS = re.compile(r"(?<=\s)as\s+", re.IGNORECASE)
_NOT_AS_BEFORE = frozenset("such well so same just as much many far long soon".split())
_NOT_AS_AFTER = frozenset("well if though a an soon long far much many to of for per part such the".split())
_AS_VERB_WITHIN = 7
_NOT = re.compile(r"\b(?:not|never|no longer)\b", re.IGNORECASE)
_NOT_BUT_OPENERS = frozenset("who whom what whether how where when which why that to rather also on in at by for with "
                             "through from".split())
_SUBORDINATORS = frozenset("when if because that which who whom where while unless".split())
_RELATIVE = re.compile(r",\s+(which|who|whom|whose)\s+", re.IGNORECASE)
_EXAMPLE = text_pattern(r"(?:(?<=,)|(?<=\()|(?<=—)|(?<=\s))\s*(such as|for example|for instance|e\.g\.|including)\b",
                      re.IGNORECASE)
# "Pakistan, for example, spends …": set off by commas, the marker makes its whole clause an example.
_ASIDE_EXAMPLE = re.compile(r",\s*(?:for example|for instance|e\.g\.),\s*", re.IGNORECASE)
# "such as we have described", "such as to alarm them": a comparison or a result, not an example.
_NOT_EXAMPLE_AFTER = frozenset("we i you he she they it one to".split())
_QUOTE = re.compile(r"[“\"]([^”\"]{12,})[”\"]")
_INSERT_END = re.compile(r"[,;)—]")
_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
_DECADE = re.compile(r"\b(?:1[5-9]|20)\d0s\b")
_NAMED = re.compile(r"(?<=\s)[A-Z][a-z]")
_IN_PLACE = re.compile(r"\W*In\s+([A-Z][a-z]+),")
_PASSIVE_ATTRIBUTION = re.compile(r"\b(?:%s)\s+(?:\w+\s+){0,2}by\s+(?:the\s+)?[A-Z]" % "|".join(sorted(gw.REPORTING)))


@dataclass(frozen=True, slots=True)
class Idea:
    """One idea of a text: where it stands (``parts``, usually one span) and a readable statement."""

    parts: tuple[Span, ...]
    sentence: int
    paragraph: int
    text: str
    optional: bool = False
    why: str = ""  # for optional ideas: example, quotation, attribution
    dangling: bool = False  # it cannot be read alone ("Nor, again, that of …"): see ``referents``

    @property
    def span(self) -> Span:
        return Span(self.parts[0].start, self.parts[-1].end)

    def source(self, text: str) -> str:
        """The idea's own words in the text, parts joined."""
        return " … ".join(p.of(text).strip() for p in self.parts)


@dataclass(frozen=True, slots=True)
class _Piece:
    parts: tuple[Span, ...]
    kind: str  # main, relative, example, quotation
    marker: str = ""  # the relative pronoun
    host: "_Piece | None" = None


def _trim(text: str, start: int, end: int) -> Span | None:
    """The span without surrounding spaces and joining punctuation; None if no word is left."""
    while start < end and (text[start].isspace() or text[start] in ",;:—-"):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:—-"):
        end -= 1
    return Span(start, end) if _WORD.search(text, start, end) else None


def _count(text: str, start: int, end: int) -> int:
    return len(content_terms(text, start, end))


def _chunk_has_verb(text: str, start: int, end: int, first: int = 0, last: int = 99, joiner: str = "") -> bool:
    """Whether the words from ``start`` to the next comma (or ``end``) hold a finite verb,
    counting only the words at positions ``first``..``last``. After a ``joiner`` such as "while"
    and an "-ing" word only the words before a relative word count: in "while building the
    industries that would …" the verb is the relative clause's, and the words are a participle
    phrase, not a clause (after "and", "reading scores that fell have …" is a clause)."""
    stop = _INSERT_END.search(text, start, end)
    words = [m.group().lower() for m in _WORD.finditer(text, start, stop.start() if stop else end)]
    if words and words[0].endswith("ing") and joiner.lower() in _PARTICIPLE_JOINERS:
        words = words[:next((n for n, w in enumerate(words) if n and w in _RELATIVE_WORDS), len(words))]
    return any(gw.is_finite_verb(w, nxt) for w, nxt in list(zip(words, words[1:] + [None]))[first:last + 1])


def _has_verb(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` holds a finite verb."""
    words = [m.group().lower() for m in _WORD.finditer(text, start, end)]
    return any(gw.is_finite_verb(w, nxt) for w, nxt in zip(words, words[1:] + [None]))


def _relative_end(text: str, at: int, c: Span, after_main_verb: bool) -> int:
    """Where a relative clause that starts at ``at`` in clause ``c`` ends: at the next comma,
    or, when it follows the clause's main verb (``after_main_verb``), past commas that set off
    a list or a closing phrase ("which gave the eastern rivers to India and the western rivers,
    the Indus and the Chenab, largely to Pakistan"); a cut there would graft the rest of
    the relative clause onto the main one. It stops before words with a verb or a joining word
    (", but who will …", ", is being pumped …"): the main clause goes on there."""
    stop = _INSERT_END.search(text, at, c.end)
    while after_main_verb and stop and stop.group() == ",":
        nxt = _INSERT_END.search(text, stop.end(), c.end)
        chunk_end = nxt.start() if nxt else c.end
        first = _WORD.search(text, stop.end(), chunk_end)
        if not first or first.group().lower() in _JOINING or _has_verb(text, stop.end(), chunk_end):
            break
        stop = nxt
    return stop.start() if stop else c.end


_JOINING = frozenset("and but or yet so nor while whereas because although though since when if as then".split())


def _as_cuts(text: str, s: Span) -> list[int]:
    """"as" opens a clause when a subject and its verb follow at once ("as Pakistan's bid was
    endorsed"), not in "as … as" comparisons or "treat it as justified when …"."""
    cuts = []
    for m in _AS.finditer(text, s.start, s.end):
        before = [w.lower() for w in _WORD.findall(text[max(s.start, m.start() - 40):m.start()])][-5:]
        stop = _INSERT_END.search(text, m.end(), s.end)
        after = [w.lower() for w in _WORD.findall(text[m.end():stop.start() if stop else s.end])][:_AS_VERB_WITHIN]
        if not after or (before and before[-1] in _NOT_AS_BEFORE) or after[0] in _NOT_AS_AFTER or "as" in before:
            continue
        verb = next((i for i, w in enumerate(after) if i and gw.is_finite_verb(w, None)), None)
        if verb is not None and not _SUBORDINATORS & set(after[:verb]) and not after[0].endswith("ed"):
            cuts.append(m.start())
    return cuts


def _second_half_of_not_but(text: str, s: Span, m: re.Match) -> bool:
    """", but who will capture the gains" after "is not whether …": the second half of one
    claim ("not X but Y"), not a new clause."""
    if m.group(1).lower() != "but" or not _NOT.search(text, s.start, m.start()):
        return False
    after = _WORD.search(text, m.end(), s.end)
    return bool(after) and after.group().lower() in _NOT_BUT_OPENERS


def _clause_cuts(text: str, s: Span) -> list[int]:
    """Where a new clause starts inside the sentence: after ";", at ", and <verb…>", at "as <clause>",
    at ", whereas" (which only ever joins two clauses, whatever verb the word list misses)."""
    cuts = [m.end() for m in _SEMICOLON.finditer(text, s.start, s.end)]
    lists = _example_lists(text, s)
    cuts += [m.start(1) for m in _CONJUNCTION.finditer(text, s.start, s.end)
             if (m.group(1).lower() == "whereas" or _chunk_has_verb(text, m.end(), s.end, last=CLAUSE_VERB_WITHIN - 1, joiner=m.group(1)))
             and not _second_half_of_not_but(text, s, m) and not _inside_subject(text, s, m)
             and not any(a < m.start() < b for a, b in lists)]
    return sorted(set(cuts + _as_cuts(text, s)))


def _example_lists(text: str, s: Span) -> list[tuple[int, int]]:
    """Where the example lists of a sentence run ("such as apples, almonds, and blueberries"):
    their ", and" ends a list, not a clause."""
    return [(m.start(1), _example_end(text, m.end(), s.end)) for m in _EXAMPLE.finditer(text, s.start, s.end)]


def _inside_subject(text: str, s: Span, m: re.Match) -> bool:
    """", and spends the money on buses, gives its people a real choice": the "and" joins two
    verbs of a subject's relative clause ("A city that prices parking honestly"), whose own verb
    follows the next comma; ", and slaves who were involved" ends a list of nouns."""
    words = [w.lower() for w in _WORD.findall(text[m.end():s.end])][:CLAUSE_VERB_WITHIN]
    verb = next((i for i, w in enumerate(words) if gw.is_finite_verb(w, words[i + 1] if i + 1 < len(words) else None)), None)
    item = _WORD.findall(text[text.rfind(",", s.start, m.start()) + 1:m.start()])
    if verb and {"who", "which", "that", "whom"} & set(words[1:verb]) and m.group(1).lower() in _OR_AND \
            and 0 < len(item) <= _LIST_ITEM_WORDS and text.rfind(",", s.start, m.start()) > s.start:
        return True  # the last item of a list of nouns, with its relative clause
    stop = _INSERT_END.search(text, m.end(), s.end)
    if verb != 0 or not stop or stop.group() != ",":
        return False
    after = _WORD.search(text, stop.end(), s.end)
    before = text[s.start:m.start()].lower()
    # "the fact that both neighbours look …, and have deepened …, was plain": a lead-in, whose clauses are the ideas
    return bool(after) and gw.is_finite_verb(after.group().lower()) and bool(
        re.search(r"\b(?<!fact )(?:who|which|that)\b", before))


def _clauses(text: str, s: Span) -> list[Span]:
    """The sentence cut into clauses, each with enough content words to be an idea."""
    bounds = [s.start] + [c for c in _clause_cuts(text, s) if s.start < c < s.end] + [s.end]
    spans = [_trim(text, a, b) for a, b in zip(bounds, bounds[1:])]
    spans = [x for x in spans if x]
    merged: list[Span] = []
    pending: Span | None = None
    for n, span in enumerate(spans):
        if pending:
            span, pending = Span(pending.start, span.end), None
        if _count(text, span.start, span.end) >= MIN_CLAUSE_TERMS:
            merged.append(span)
        elif n + 1 < len(spans):
            pending = span  # a thin clause ("; instead,") leads into the next one
        elif merged:
            merged[-1] = Span(merged[-1].start, span.end)  # … or closes the one before
        else:
            merged.append(span)
    return merged


def clause_spans(text: str, s: Span) -> tuple[Span, ...]:
    """The clauses of one sentence (see ``_clauses``), for reading a précis clause by clause."""
    return tuple(_clauses(text, s))


_RELATIVE_WORDS = frozenset("who whom whose which that".split())
_PARTICIPLE_JOINERS = frozenset("while whilst when after before since though although".split())
_LIST_ITEM_WORDS = 4  # "pears", "and plums": an item of an example list is a few words
_OR_AND = frozenset(("and", "or"))


def _example_end(text: str, at: int, end: int) -> int:
    """Where an example that starts at ``at`` ends: over the items of a list ("apples, pears, and
    Isis", once an "and"/"or" item shows it is one) and before the verb of the clause it sits in
    ("such as apples, pears, and plums depend heavily on bees")."""
    stop_at, pos, items, listed = end, at, 0, False
    while pos < end:
        stop = _INSERT_END.search(text, pos, end)
        chunk_end = stop.start() if stop else end
        words = list(_WORD.finditer(text, pos, chunk_end))
        lower = [w.group().lower() for w in words]
        relative = next((n for n, w in enumerate(lower) if w in ("who", "which", "that", "whose")), len(lower))
        verb = next((n for n, w in enumerate(lower[:relative]) if (n or items) and w not in _OR_AND
                     and gw.is_finite_verb(w, lower[n + 1] if n + 1 < len(lower) else None)), None)
        if items and (not words or (verb is None and len(words) > _LIST_ITEM_WORDS) or verb == 0):
            break  # not another item: the example ended at the comma before
        listed = listed or bool(lower and lower[0] in _OR_AND)
        if verb is not None:
            return words[verb].start()
        if items == 0:
            stop_at = chunk_end
        items += 1
        if listed or not stop or stop.group() != ",":
            return chunk_end
        pos = stop.end()
    return stop_at


def _inserts(text: str, c: Span) -> list[tuple[Span, str, str]]:
    """Relative clauses, examples and quotations inside a clause: (span, kind, marker)."""
    found = []
    for m in _RELATIVE.finditer(text, c.start, c.end):
        found.append((m.start(1), "relative", m.group(1).lower()))
    for m in _EXAMPLE.finditer(text, c.start, c.end):
        after = _WORD.search(text, m.end(), c.end)
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
        elif kind == "relative":
            end = _relative_end(text, start + len(marker) + 1, c, _has_verb(text, c.start, start))
        else:
            stop = _INSERT_END.search(text, start + len(marker) + 1, c.end)
            end = stop.start() if stop else c.end
        need, host_need = (MIN_INSERT_TERMS, 2) if kind == "relative" else (1, 1)
        if _count(text, start, end) >= need and _count(text, c.start, start) >= host_need:
            out.append((Span(start, end), kind, marker))
    for m in _QUOTE.finditer(text, c.start, c.end):
        if _quotation_is_object(text, c, m.start()):
            continue  # 'said that he had never seen "climate carnage on this scale"': cut out, a hole is left
        if not any(x.overlaps(Span(m.start(), m.end())) for x, _, _ in out) and len(m.group(1).split()) >= 4:
            out.append((Span(m.start(), m.end()), "quotation", ""))
    return sorted(out, key=lambda x: x[0].start)


def _quotation_is_object(text: str, c: Span, at: int) -> bool:
    """Whether the quotation opening at ``at`` is part of its clause's grammar (the object of
    "had never seen"): not set off by a comma, colon or dash, nor opening the clause."""
    before = text[c.start:at].rstrip()
    return bool(_WORD.search(before)) and not before.endswith((",", ":", "—", "-", "("))


def _pieces(text: str, s: Span) -> list[_Piece]:
    """The sentence as pieces: main clauses, each followed by the inserts cut out of it."""
    pieces: list[_Piece] = []
    starts_with_example = re.match(r"\W*(for example|for instance|to illustrate|e\.g\.)", s.of(text), re.I)
    for c in _clauses(text, s):
        if starts_with_example or _ASIDE_EXAMPLE.search(c.of(text)):
            pieces.append(_Piece((c,), "example"))
            continue
        inserts = _inserts(text, c)
        if len(inserts) == 1 and inserts[0][1] == "quotation" and _count(text, c.start, c.end) - _count(
                text, inserts[0][0].start, inserts[0][0].end) < 2:
            pieces.append(_Piece((c,), inserts[0][1]))  # 'The mayor said, "…"' is all quotation
            continue
        host_parts, at = [], c.start
        for span, _, _ in inserts:
            host_parts.append(_trim(text, at, span.start))
            at = span.end
        host_parts.append(_trim(text, at, c.end))
        host = _Piece(tuple(p for p in host_parts if p), "main")
        pieces.append(host)
        pieces += [_Piece((span,), kind, marker, host) for span, kind, marker in inserts]
    return pieces


def _paragraph_of(text: str, start: int, breaks: list[int]) -> int:
    return sum(1 for b in breaks if b <= start)


def _statement(text: str, piece: _Piece, previous: str | None) -> str:
    if piece.kind == "relative":
        return st.plain(st.relative_statement(text, piece.parts[0], piece.marker, piece.host.parts[0].start))
    if piece.kind == "example":
        return st.example_statement(_ASIDE_EXAMPLE.sub(" ", " ".join(p.of(text) for p in piece.parts)))
    if piece.kind == "quotation":
        return st.finish(" ".join(p.of(text) for p in piece.parts).replace('"', "").replace("“", "").replace("”", ""))
    return st.plain(st.with_subject(st.clean_clause(_host_words(text, piece.parts)), previous))


def _host_words(text: str, parts: tuple[Span, ...]) -> str:
    """A main clause's parts joined over the inserts cut out between them. A part that ends in a
    name set off by a comma ("The UN Secretary-General, António Guterres") keeps the comma that
    closed the name in the text: "…, António Guterres, said that …", not "…, António Guterres said"."""
    out = parts[0].of(text)
    for before, part in zip(parts, parts[1:]):
        name = out.rsplit(",", 1)[1].split() if "," in out else []
        closed = name and all(w[:1].isupper() for w in name) and not _has_verb(text, before.start, before.end)
        out += ("," if closed and text[before.end:part.start].rstrip().endswith(",") else "") + " " + part.of(text)
    return out


def _is_attribution(words: str, quoted: bool) -> bool:
    """"…, reiterated by the Vice Minister on his visit", "according to …", or who said a quotation."""
    if _PASSIVE_ATTRIBUTION.search(words) or re.match(r"\W*according to\b", words, re.I):
        return True
    lower = {w.lower() for w in _WORD.findall(words)}
    return quoted and bool(lower & gw.REPORTING) and bool(lower & gw.TITLES)


def _why_optional(text: str, piece: _Piece, quoted: bool) -> str:
    """Why a piece is detail a précis can leave out, or "" if it is not. ``quoted``: the
    sentence holds a quotation, so whoever "said" it is attribution."""
    if piece.kind in ("example", "quotation"):
        return piece.kind
    if _is_attribution(" ".join(p.of(text) for p in piece.parts), quoted):
        return "attribution"
    if piece.host is not None and _is_attribution(" ".join(p.of(text) for p in piece.host.parts), quoted):
        return "attribution"  # "who visited the stricken areas": about the person quoted
    return ""


def _is_illustration(text: str, s: Span, start: int, end: int) -> bool:
    """A sentence that tells one case rather than makes the argument: a story of named people or
    places set in a decade ("when cash machines spread through American banks in the 1970s"; not
    "in the 1950s each citizen had 5,000 cubic metres", a trend's starting point), or one opening
    on a place the passage names nowhere else ("In Kenya, …")."""
    words = s.of(text)
    if _DECADE.search(words) and _NAMED.search(words, 1):
        return True
    m = _IN_PLACE.match(words)
    if not m:
        return False
    name = re.compile(r"\b%s\b" % re.escape(m.group(1)))
    return not (name.search(text, start, s.start) or name.search(text, s.end, end))


_SETTING = re.compile(r"(?:when|as|after|once|since|because)\s", re.IGNORECASE)


def _without_long_setting(statement: str) -> str:
    """A long statement that opens with when or why it happened ("When Alexander Fleming noticed
    in 1928 that a mould had killed the bacteria …, he opened an era …") keeps its main clause,
    its subject named ("Alexander Fleming opened an era …"). A condition ("If governments
    invest …") is part of the claim and stays."""
    split = st.leading_clause(statement)
    if not split or len(statement.split()) <= st.MAX_PLAIN_WORDS or not _SETTING.match(statement):
        return statement
    return main_clause(split)


def _repeated_words(text: str) -> frozenset[str]:
    """The lower-case words a text uses more than once."""
    seen: set[str] = set()
    again: set[str] = set()
    for w in _WORD.findall(text.lower()):
        (again if w in seen else seen).add(w)
    return frozenset(again)


def split_ideas(text: str, start: int = 0, end: int | None = None) -> tuple[Idea, ...]:
    """The ideas of ``text[start:end]`` in reading order (an insert follows the clause it sits in)."""
    breaks = [m.start() for m in _PARAGRAPH_BREAK.finditer(text, start, len(text) if end is None else end)]
    ideas: list[Idea] = []
    previous_main: str | None = None
    reading: Reading | None = None
    repeated = _repeated_words(text)
    for n, s in enumerate(sentence_spans(text, start, end)):
        paragraph = _paragraph_of(text, s.start, breaks)
        pieces = _pieces(text, s)
        quoted = any(p.kind == "quotation" for p in pieces) or bool(_QUOTE.search(text, s.start, s.end))
        case = _is_illustration(text, s, start, len(text) if end is None else end)
        for piece in pieces:
            statement = _statement(text, piece, previous_main)
            if not statement:
                continue
            why = _why_optional(text, piece, quoted) or ("example" if case else "")
            dangling = False
            if piece.kind == "main":
                previous_main = statement
                reading = read_alone(statement, reading, repeated)
                statement, dangling = _without_long_setting(reading.statement), reading.dangling
            ideas.append(Idea(piece.parts, n, paragraph, statement, bool(why), why, dangling))
    return tuple(ideas)
