"""Facts a précis gets wrong: figures that differ from the passage, names it never mentions."""

from __future__ import annotations

from dataclasses import dataclass

from tutor.core.figures import Figure, find_figures
from tutor.core.span import Span
from tutor.core.tokens import Token, is_acronym, is_capitalised, sentence_spans, stem, terms

MISMATCH, NOT_IN_PASSAGE = "mismatch", "not_in_passage"
_CONTEXT = 6
_COMMON_CAPITALISED = frozenset(
    "i the a an this that these those it its in on at by for from with as but and or so yet if when while "
    "both each every all some many most such there their they he she we our his her".split())


@dataclass(frozen=True, slots=True)
class FactFinding:
    """``kind`` is the figure's kind (money, percent, year, count) or "name"."""

    kind: str
    status: str  # MISMATCH or NOT_IN_PASSAGE
    precis_text: str
    precis_span: Span
    passage_text: str = ""
    passage_span: Span | None = None

    @property
    def message(self) -> str:
        if self.status == MISMATCH:
            return f"The précis says “{self.precis_text}” where the passage says “{self.passage_text}”."
        if self.kind == "name":
            return f"“{self.precis_text}” is not in the passage. A précis adds no names or facts of its own."
        return f"The figure “{self.precis_text}” is not in the passage."


def _amount_key(fig: Figure) -> str:
    return f"{fig.value:.9g}"


def _same_root(a: str, b: str) -> bool:
    """Forms of one name: "China"/"Chinese", "Pakistan"/"Pakistani", and "PAK" for "Pakistan"."""
    shorter = min(len(a), len(b))
    common = 0
    while common < shorter and a[common] == b[common]:
        common += 1
    return common >= 3 and (common == shorter if common < 4 else common >= shorter - 2)


def _likeness(fig: Figure, ctx: set[str], other: Figure, other_ctx: set[str]) -> tuple:
    """How likely ``other`` is the passage figure the précis meant: same thing
    counted and same currency first, then shared context, then similar size."""
    same_thing = fig.counts_same_thing(other) and fig.unit == other.unit
    ratio = max(fig.value, other.value) / max(min(fig.value, other.value), 1e-9)
    shared = ctx & other_ctx
    return same_thing, len(shared) + sum(1 for w in shared if w.isdigit()), -ratio, -other.span.start


def _context(text: str, span: Span) -> set[str]:
    before = terms(text, max(0, span.start - 80), span.start)[-_CONTEXT:]
    after = terms(text, span.end, span.end + 80)[:_CONTEXT]
    return {stem(t.norm) for t in before + after if len(t.norm) > 2}


class PassageFacts:
    """The passage side: its figures with their contexts, and the names it mentions."""

    def __init__(self, text: str, passage_terms: tuple[Token, ...]):
        self.text = text
        self.figures = tuple((f, _context(text, f.span)) for f in find_figures(text))
        self.by_amount: dict[str, list[Figure]] = {}
        for f, _ in self.figures:
            self.by_amount.setdefault(_amount_key(f), []).append(f)
        self.words = {t.norm for t in passage_terms}
        self.stems = {stem(t.norm) for t in passage_terms}
        self.names = frozenset(t.norm for t in passage_terms if is_capitalised(t.text))
        self.initials = _initials(passage_terms)

    def matches(self, fig: Figure) -> Figure | None:
        """The passage figure that states the same amount, if any."""
        return next((f for f in self.by_amount.get(_amount_key(fig), ())
                     if f.kind == fig.kind or "count" in (f.kind, fig.kind)), None)

    def check_figure(self, fig: Figure, precis: str, taken: set[Figure] = frozenset()) -> FactFinding | None:
        """None when the passage states the same amount; else the passage figure
        the précis most likely meant (preferring ones it has not already stated)."""
        if self.matches(fig):
            return None
        same_kind = [(f, c) for f, c in self.figures if f.kind == fig.kind]
        same_kind = [fc for fc in same_kind if fc[0] not in taken] or same_kind
        if not same_kind:
            return FactFinding(fig.kind, NOT_IN_PASSAGE, fig.text, fig.span)
        ctx = _context(precis, fig.span)
        best, _ = max(same_kind, key=lambda fc: _likeness(fig, ctx, *fc))
        return FactFinding(fig.kind, MISMATCH, fig.text, fig.span, best.text, best.span)

    def knows(self, word: Token) -> bool:
        w = word.norm
        bare = word.text[:-2] if word.text[-2:] in ("'s", "’s") else word.text
        return (w in self.words or stem(w) in self.stems or (is_acronym(bare) and w in self.initials)
                or any(_same_root(w, n) for n in self.names))


def _initials(tokens: tuple[Token, ...]) -> set[str]:
    """Acronyms the passage implies: "Belt and Road Initiative" gives "bri",
    "gross domestic product" gives "gdp"."""
    out = set()
    words = [t.norm for t in tokens]
    for i in range(len(words)):
        letters = ""
        for w in words[i:i + 7]:
            if w in ("and", "of", "the", "for", "&") and letters:
                if len(letters) >= 2:
                    out.add(letters)
                continue
            letters += w[0]
            if len(letters) >= 2:
                out.add(letters)
            if len(letters) == 5:
                break
    return out


def _names(text: str, start: int, end: int) -> list[Token]:
    """Capitalised words that are not sentence-initial, and acronyms anywhere."""
    found = []
    for s in sentence_spans(text, start, end):
        toks = terms(text, s.start, s.end)
        for i, t in enumerate(toks):
            if not t.text[:1].isalpha() or not is_capitalised(t.text):
                continue
            if is_acronym(t.text) or (i > 0 and t.norm not in _COMMON_CAPITALISED):
                found.append(t)
    return found


def check_facts(passage: PassageFacts, precis: str, body: Span) -> tuple[FactFinding, ...]:
    figures = find_figures(precis, body.start, body.end)
    taken = {m for fig in figures if (m := passage.matches(fig))}
    findings = [f for fig in figures if (f := passage.check_figure(fig, precis, taken))]
    seen: set[str] = set()
    for name in _names(precis, body.start, body.end):
        if not passage.knows(name) and name.norm not in seen:
            seen.add(name.norm)
            findings.append(FactFinding("name", NOT_IN_PASSAGE, name.text, name.span))
    return tuple(sorted(findings, key=lambda f: f.precis_span.start))
