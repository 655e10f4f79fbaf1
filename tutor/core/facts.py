"""Facts a précis gets wrong: figures that differ from the passage's figure about the same thing,
figures moved into another's role, and names the passage never mentions.

Precision comes first: a finding that is certain (``mismatch``, ``swapped``,
``not_in_passage``) is one a teacher would agree with. Where the tutor cannot
tell which passage figure the précis restates, it says ``check`` ("check this
figure"), which costs nothing.
"""

from __future__ import annotations

import dataclasses
import difflib
import re
from dataclasses import dataclass

from tutor.core.actors import PassageClauses
from tutor.core.attribution import PassageSources
from tutor.core.figures import Figure, find_figures, ordinals
from tutor.core.months import MonthDate, find_months
from tutor.core.keypoints.antonyms import alike_keys, opposite_keys
from tutor.core.keypoints.words import STOPWORDS, term_key, verb_lemmas
from tutor.core.quantities import Quantity, exactly
from tutor.core.names import Name, find_names, is_common_word, is_compound, is_listed, near_listed_word, warm_up
from tutor.core.roles import (Roles, actors_swapped, belongs_elsewhere, content_words, denies, roles_of, roles_traded,
                               turned)
from tutor.core.scanning import text_pattern
from tutor.core.span import Span
from tutor.core.tokens import Token, is_acronym, is_capitalised, sentence_spans, stem, terms

MISMATCH, NOT_IN_PASSAGE, SWAPPED, NEGATED, CHECK = "mismatch", "not_in_passage", "swapped", "negated", "check"
REVERSED = "reversed"  # the figure moved the other way: "fell by" for "rose by"
# Other names of a country or union that a précis may use for the one the passage names: its
# everyday name and its capital standing for its government ("Washington pledged …", "Brussels's
# Chips Act"). Each name (lower case, one word) with the passage wordings that allow it.
_US = ("united states", "u.s.", "usa", "american", "americans", "america")
_UK = ("united kingdom", "britain", "british", "u.k.", "uk")
_EU = ("european union", "eu", "e.u.")
_OTHER_NAMES = {
    "america": _US, "american": _US, "americans": _US, "us": _US, "usa": _US, "washington": _US,
    "britain": _UK, "british": _UK, "uk": _UK, "london": _UK, "whitehall": _UK,
    "brussels": _EU, "eu": _EU, "europe": _EU,
    "beijing": ("china", "chinese"), "moscow": ("russia", "russian", "kremlin"), "kremlin": ("russia", "moscow"),
    "islamabad": ("pakistan", "pakistani"), "delhi": ("india", "indian"), "tokyo": ("japan", "japanese"),
    "paris": ("france", "french"), "berlin": ("germany", "german"), "kabul": ("afghanistan", "afghan"),
    "tehran": ("iran", "iranian"), "riyadh": ("saudi arabia", "saudi"), "ankara": ("turkey", "turkish"),
    "dhaka": ("bangladesh", "bangladeshi"), "ottawa": ("canada", "canadian"), "canberra": ("australia", "australian"),
    "pyongyang": ("north korea",), "seoul": ("south korea",), "taipei": ("taiwan", "taiwanese"),
}
_STATED_KINDS = ("money", "percent", "year", "age")  # stated exactly in a passage, so a new value is wrong
_PAIR_GAP = 40  # characters between an amount and the year it is paired with
_PERIOD_OPENS = re.compile(r"\b(?:between|from|since)\s+(?:the\s+(?:start|end)\s+of\s+)?$", re.IGNORECASE)
# A share open on one side holds a passage figure this many times its own value, or more, only where
# both say it of the same thing: "well over half" for 59 per cent stands, "more than a third" for it
# needs a shared word. By design.
BOUND_RATIO = 1.3
_LARGE_COUNT = 100  # a count this large, absent from the passage, is worth a "check"
_TIME_NOUNS = frozenset(stem(w) for w in "years seasons months weeks days decades centuries summers winters "
                        "harvests generations".split())
_YEARS = frozenset(stem(w) for w in ("year", "years"))
_SMALL_COUNT = 20  # counts up to this, with no passage count of the same thing, are left alone
_SOURCE_LIKENESS = 0.75  # difflib ratio from which a name is a spelling of the source's name
_SPELLING_LIKENESS = 0.6  # difflib ratio from which an unlisted word may be a slip for a passage word ("Epygt")
# The student naming the passage's source, the author most often ("Aristotle argues", "according
# to Aristotle", "described by Aristotle", "in Aristotle's view"): not a name the précis adds.
_SAYING = (r"(?:say|said|argu|believ|stat|writ|wrote|describ|explain|claim|think|thought|suggest|not|mention|show|"
           r"tell|told|feel|felt|address|discuss|emphasi[sz]|list|defin|assert|highlight|reveal|communicat|talk|"
           r"express|insist|consider|conclud|point|outlin|propos|present|detail|identif|summari[sz]|analy[sz]|"
           r"quot|mean|want|brings?|focus|explor|introduc|compar|giv|gave|uses?|made|makes|exclaim|"
           r"d[ei]s?c?s?c?r?i?b)")  # "decribed", "descibed": a misspelt "described" still names the source
_REPORTING = re.compile(r"(?:'s|’s)?\s+(?:(?:also|then|first|clearly|further|really|basically|is|was|has|had|"
                        r"does|did)\s+)*" + _SAYING + r"[a-z]*\b", re.IGNORECASE)
_VIEW_AFTER = re.compile(r"(?:'s|’s)\s+(?:[a-z]+\s+)?(?:opinion|view|views|mind|words|idea|ideas|description|"
                         r"definition|perspective|argument|theory|eyes|elements|point|points|standards|work|text)\b",
                         re.IGNORECASE)
# "according to X", "written by X", "the article ... by X", "in the words of X", "to X,": X is the source.
_SOURCE_BEFORE = text_pattern(r"(?:according\s+to|acc\w+\s+to|(?:written|article|story|essay|text|passage|book|poem|"
                            r"quote|tragedy|tragedies)\s+by|\b" + _SAYING + r"[a-z]*\s+(?:by|as)|"
                            r"(?:words|views?|opinion|mind|eyes)\s+of|[\"”)]\s*,?\s*by)\s+$", re.IGNORECASE)
_SOURCE_TO = re.compile(r"\b(?:to|for)\s+$", re.IGNORECASE)
_WORK_OF = text_pattern(r"\b(?:elements?|ideas?|points?|views?|theory|tragedy|tragedies|quotes?|descriptions?|"
                      r"explanation|opinion)\s+(?:by|of|from)\s+$", re.IGNORECASE)
_POSSESSIVE = re.compile(r"['’]s?\s+\w", re.IGNORECASE)
# "let's say $10,000", "suppose 50 people": a figure the student makes up to explain, not one they report.
_HYPOTHETICAL = re.compile(r"\b(?:let['’]?s\s+say|say,|hypothetical(?:ly)?|suppose|supposing|imagine|"
                           r"pretend)\W", re.IGNORECASE)
_WEBSITE_AFTER = re.compile(r"\.\s?(?:org|com|net|edu|gov)\b", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class FactFinding:
    """One fact to show the student.

    ``kind`` is the figure's kind (money, percent, year, times, count), "date" (a month: see
    ``months``), "name", "actor" (who did something: ``actors``) or "source" (who said it:
    ``attribution``);
    ``status`` is MISMATCH, SWAPPED, NEGATED, REVERSED, NOT_IN_PASSAGE or CHECK; spans are ``[start, end)``
    into the précis and the passage.
    """

    kind: str
    status: str
    precis_text: str
    precis_span: Span
    passage_text: str = ""
    passage_span: Span | None = None

    @property
    def certain(self) -> bool:
        """False for "check this figure": shown, but not counted as a wrong fact."""
        return self.status != CHECK

    @property
    def message(self) -> str:
        if self.status == MISMATCH:
            return f"The précis says “{self.precis_text}” where the passage says “{self.passage_text}”."
        if self.status == SWAPPED and self.kind == "source":
            return (f"The précis says “{self.precis_text}” said this, but the passage reports it of "
                    f"“{self.passage_text}”.")
        if self.status == SWAPPED and self.kind == "actor":
            return (f"The précis says “{self.precis_text}” did this, but the passage says it of "
                    f"“{self.passage_text}”.")
        if self.status == SWAPPED:
            return (f"The précis says “{self.precis_text}”, but the passage says “{self.passage_text}”: "
                    "the figure belongs to someone or something else.")
        if self.status == NEGATED:
            return (f"The précis says “{self.precis_text}”, but the passage says “{self.passage_text}”: "
                    "it denies what the passage states.")
        if self.status == REVERSED:
            return (f"The précis says “{self.precis_text}”, but the passage says “{self.passage_text}”: "
                    "the figure went the other way.")
        if self.status == CHECK and self.kind == "name":
            return (f"Check this name: “{self.precis_text}” is not in the passage. A précis adds no names of its "
                    "own; if it is a misspelt word, correct it.")
        if self.status == CHECK and self.kind == "date" and self.passage_text:
            return (f"Check this date: the précis says “{self.precis_text}”; the passage's nearest date is "
                    f"“{self.passage_text}”.")
        if self.status == CHECK and self.kind == "date":
            return f"Check this date: “{self.precis_text}” is not in the passage."
        if self.status == CHECK and self.passage_text:
            return (f"Check this figure: the précis says “{self.precis_text}”; the passage's nearest "
                    f"figure is “{self.passage_text}”.")
        if self.status == CHECK:
            return f"Check this figure: “{self.precis_text}” is not in the passage."
        if self.kind == "name":
            return f"“{self.precis_text}” is not in the passage. A précis adds no names or facts of its own."
        return f"The figure “{self.precis_text}” is not in the passage."


@dataclass(frozen=True, slots=True)
class _Placed:
    figure: Figure
    roles: Roles
    sentence: int
    sentence_words: frozenset[str]


def _same_root(a: str, b: str) -> bool:
    """Forms of one name: "China"/"Chinese", "Pakistan"/"Pakistani", and "PAK" for "Pakistan"."""
    shorter = min(len(a), len(b))
    common = 0
    while common < shorter and a[common] == b[common]:
        common += 1
    return common >= 3 and (common == shorter if common < 4 else common >= shorter - 2)


def _sentence_of(sentences: tuple[Span, ...], span: Span) -> int:
    return next((i for i, s in enumerate(sentences) if s.start <= span.start < s.end), 0)


def _placed(text: str, sentences: tuple[Span, ...], figures, with_sentence_words: bool = False) -> tuple[_Placed, ...]:
    out = []
    for f in figures:
        i = _sentence_of(sentences, f.span)
        sentence = sentences[i] if sentences else Span(0, len(text))
        words = content_words(text, sentence) if with_sentence_words else frozenset()
        out.append(_Placed(f, roles_of(text, sentence, f.span), i, words))
    return tuple(out)


def _trimmed(text: str, span: Span) -> Span:
    piece = span.of(text)
    lead = len(piece) - len(piece.lstrip())
    return Span(span.start + lead, span.start + len(piece.rstrip()))


def _precise(fig: Figure) -> bool:
    """Whether a figure is written with three significant digits or more ("1.27 million",
    "23,450"): the same precise amount in the passage is the same figure, whatever noun
    follows it ("1.27 million people" for "1.27 million deaths")."""
    digits = re.sub(r"\D", "", fig.text).lstrip("0")
    if "." not in fig.text:
        digits = digits.rstrip("0")
    return len(digits) >= 3


class _Restatements:
    """Which précis figures restate each passage figure (``Figure.agrees``), found when first
    asked and kept for the check: each précis figure tested for a trade asks about every
    passage figure, and asking afresh made the check grow with the cube of its length."""

    def __init__(self, placed: tuple[tuple[Figure, Roles], ...]):
        self._placed = placed
        self._found: dict[int, tuple[tuple[Figure, Roles], ...]] = {}

    def of(self, n: int, passage_figure: Figure, besides: Figure) -> list[Roles]:
        """The roles of the précis figures, ``besides`` left out, that restate ``passage_figure``
        (the passage's figure number ``n``)."""
        found = self._found.get(n)
        if found is None:
            found = self._found[n] = tuple((o, r) for o, r in self._placed if o.agrees(passage_figure))
        return [r for o, r in found if o is not besides]


class PassageFacts:
    """The passage side: its figures with their roles, and the names it mentions.

    ``known`` is other text whose names and figures count as known: the passage's
    title, its author, the question set on it ("Summarise three elements ...").
    """

    def __init__(self, text: str, passage_terms: tuple[Token, ...], known: str = ""):
        self.text = text
        sentences = sentence_spans(text)
        self.figures = _placed(text, sentences, find_figures(text), with_sentence_words=True)
        self.ordinals = _placed(text, sentences, ordinals(text))
        self.clauses = PassageClauses(text, sentences)
        self.sources = PassageSources(text)
        known_terms = terms(known) if known else ()
        self.known_figures = find_figures(known) if known else ()
        self.months = tuple((m, content_words(text, sentences[_sentence_of(sentences, m.span)]))
                            for m in find_months(text))
        self.known_months = frozenset(m.month for m in find_months(known)) if known else frozenset()
        all_terms = tuple(passage_terms) + known_terms
        self.words = {t.norm for t in all_terms}
        self.stems = {stem(t.norm) for t in all_terms}
        self.names = frozenset(t.norm for t in all_terms if is_capitalised(t.text))
        self.initials = _initials(passage_terms) | _initials(known_terms)
        lowered = f" {text.lower()} {known.lower()} "
        self.aliases = frozenset(alias for alias, named in _OTHER_NAMES.items()
                                 if any(re.search(rf"\b{re.escape(n)}\b", lowered) for n in named))
        self.vocabulary = sorted(w for w in self.words if len(w) >= 4 and w.isalpha())
        warm_up()

    def matches(self, fig: Figure) -> Figure | None:
        """The passage figure that states the same amount, if any."""
        return next((p.figure for p in self._agreeing(fig)), None)

    def _agreeing(self, fig: Figure) -> list[_Placed]:
        pool = self.figures + self.ordinals if fig.kind == "count" else self.figures
        return [p for p in pool if p.figure.agrees(fig) and not _within_century(p.figure, fig)
                and (fig.kind != "count" or p.figure.counts_same_thing(fig) or _precise(fig))]

    def check_figure(self, fig: Figure, roles: Roles, precis: str, others: tuple[tuple[Figure, Roles], ...] = (),
                     restated: _Restatements | None = None, near: tuple[float, ...] = ()) -> FactFinding | None:
        """None when the passage states the same amount in the same role; else the finding.

        ``others`` are the précis's other figures with their roles, to see two figures traded;
        ``restated``: the ``_Restatements`` of all the précis's figures, when the caller has them;
        ``near``: the years the précis names in the figure's sentence.
        """
        if any(k.agrees(fig) for k in self.known_figures):
            return None  # "three elements" where the question asks for three
        if fig.kind == "age":
            owned = self._ages_of_owner(fig, precis)
            if owned:
                return None if any(o.agrees(fig) for o in owned) else FactFinding(
                    "age", MISMATCH, fig.text, fig.span, owned[0].text, owned[0].span)
        # A ceiling ("duties of up to 37.6 per cent") holds every smaller amount, and "more than a third"
        # every larger one: a bound stands for a figure far from it only where the précis says it of the
        # same thing (shares a role word with it).
        agreeing = [p for p in self._agreeing(fig) if not _bound_only(p.figure, fig) or roles.words & p.roles.words]
        if agreeing and fig.kind == "count" and fig.value <= _SMALL_COUNT:
            return None  # "two", "1 of the 3": too common to tell whose they are
        if agreeing:
            best = max(agreeing, key=lambda p: (len(roles.words & p.roles.words), -_ratio(fig, p.figure),
                                                -p.figure.span.start))
            return self._role_check(fig, roles, best, precis, others, restated or _Restatements(others))
        return self._mismatch(fig, roles, near)

    def check_month(self, month: MonthDate, precis: str, sentence: Span) -> FactFinding | None:
        """None when the passage (or its title or question) names the same month; else the
        finding for a month the précis gives in ``sentence`` (``[start, end)`` into ``precis``).
        Certain (``MISMATCH``) when the passage dates something to another month of the same
        year; otherwise "check this date", which costs nothing (precision first: "prices may rise
        by December" for a passage that says "In May, … before the end of the year" restates it
        loosely), against the passage date whose sentence shares the most content words."""
        if month.month in self.known_months or any(p.month == month.month for p, _ in self.months):
            return None
        if not self.months:
            return FactFinding("date", CHECK, month.text, month.span)
        words = content_words(precis, sentence)
        best, _ = max(((p, len(words & w)) for p, w in self.months),
                      key=lambda x: (month.year is not None and x[0].year == month.year, x[1]))
        sure = month.year is not None and best.year == month.year
        return FactFinding("date", MISMATCH if sure else CHECK, month.text, month.span, best.text, best.span)

    def _ages_of_owner(self, fig: Figure, precis: str) -> list[Figure]:
        """The ages the passage gives the person the précis gives ``fig`` to ("Tomas Reyland, 35,"),
        when both name that person just before the age; the best-named first. Two with one
        surname ("Derek Lowe, 38, and Tina Lowe, 33") both count."""
        owner = _age_owner(precis, fig)
        if not owner:
            return []
        owned = [(len(owner & _age_owner(self.text, p.figure)), p.figure) for p in self.figures
                 if p.figure.kind == "age"]
        return [f for n, f in sorted(owned, key=lambda o: -o[0]) if n]

    def _traded(self, fig: Figure, roles: Roles, best: _Placed, restated: _Restatements) -> bool:
        """The précis gives ``fig`` the role words of another passage figure it also restates."""
        for n, q in enumerate(self.figures):
            if q.figure.kind != best.figure.kind or q.figure.agrees(fig):
                continue
            partners = restated.of(n, q.figure, besides=fig)
            if any(roles_traded(roles, o, best.roles, q.roles) for o in partners):
                return True
            # One way only: this figure took q's words, and q's figure in the précis lost them. What
            # the figure counts ("10,000 *people*") and when ("in the *century*") are no sign of whose
            # it is: many of a passage's figures share them.
            q_only = q.roles.words - best.roles.words
            weak = fig.nouns | _TIME_NOUNS
            if belongs_elsewhere(_without(roles, weak), _without(best.roles, weak), _without(q.roles, weak)) and any(
                    q_only and o.words and not o.words & q_only for o in partners):
                return True
        return False

    def _paired_wrongly(self, fig: Figure, roles: Roles, best: _Placed, others, precis: str) -> Figure | None:
        """The year in "55 per cent in 2050" where the passage pairs 55 per cent with 2018 and
        states 2050 elsewhere. Only an amount followed closely by a year is read as a pair, and not
        a year that opens a period ("rose thirty-fold between 2022 and 2023", "from 2012 to 2022")."""
        after = [o for o, _ in others if fig.span.end <= o.span.start <= fig.span.end + _PAIR_GAP]
        year = min(after, key=lambda o: o.span.start, default=None)
        if fig.kind == "year" or year is None or year.kind != "year" or year.span.start >= roles.clause.end:
            return None
        if _PERIOD_OPENS.search(precis, fig.span.end, year.span.start):
            return None
        own = [q.figure for q in self.figures if q is not best and q.roles.clause == best.roles.clause
               and q.figure.kind == "year"]
        elsewhere = [p for p in self.figures if p.figure.agrees(year) and p.roles.clause != best.roles.clause]
        return year if own and elsewhere and not any(q.agrees(year) for q in own) else None

    def _role_check(self, fig: Figure, roles: Roles, best: _Placed, precis: str, others,
                    restated: _Restatements) -> FactFinding | None:
        theirs = _trimmed(self.text, best.roles.clause)
        year = self._paired_wrongly(fig, roles, best, others, precis)
        if year:
            mine = Span(fig.span.start, year.span.end)
            return FactFinding(fig.kind, SWAPPED, mine.of(precis), mine, theirs.of(self.text), theirs)
        if self._traded(fig, roles, best, restated) or actors_swapped(roles, best.roles):
            mine = _trimmed(precis, roles.clause)
            return FactFinding(fig.kind, SWAPPED, mine.of(precis), mine, theirs.of(self.text), theirs)
        # (of the same thing: the précis shares a word with the passage figure's sentence; years do not move)
        if fig.kind != "year" and roles.words & (best.roles.words | best.sentence_words) and turned(roles, best.roles):
            mine = _trimmed(precis, roles.clause)
            return FactFinding(fig.kind, REVERSED, mine.of(precis), mine, theirs.of(self.text), theirs)
        if denies(roles, best.roles) and not _denial_restated(roles, self.text, best.roles.clause) \
                and not _denial_unsaid(best.roles, precis, roles.clause):
            # (the whole statement: the denial may come before the clause)
            mine = _trimmed(precis, _sentence_span(precis, roles.clause))
            theirs = _trimmed(self.text, _sentence_span(self.text, best.roles.clause))
            return FactFinding(fig.kind, NEGATED, mine.of(precis), mine, theirs.of(self.text), theirs)
        return None

    def _mismatch(self, fig: Figure, roles: Roles, near: tuple[float, ...]) -> FactFinding | None:
        """A figure the passage never states. Money, percentages and years are certainly wrong;
        a count is wrong when the passage counts the same thing, and left alone when small.
        ``near``: the years the précis names in the figure's sentence."""
        exact_kind = fig.kind in _STATED_KINDS
        same_kind = [p for p in self.figures if p.figure.kind == fig.kind
                     and (not fig.unit or not p.figure.unit or fig.unit == p.figure.unit)]
        if fig.kind == "count":
            same_kind = [p for p in same_kind if fig.nouns & p.figure.nouns]
            span_of_time = fig.nouns & _TIME_NOUNS
            if span_of_time:
                # "for three years" restates "for three seasons"; "five decades later" is not set
                # against "two years later" by their shared "later"
                if any(p.figure.kind == "count" and p.figure.nouns & _TIME_NOUNS and p.figure.agrees(fig)
                       for p in self.figures) or self._between_years(fig, near):
                    return None
                same_kind = [p for p in same_kind if span_of_time & p.figure.nouns]
        small = fig.kind == "count" and fig.value <= _SMALL_COUNT
        if fig.kind == "count" and not small and any(p.figure.agrees(fig) for p in self.figures):
            return None  # "taught forty girls" where the passage has "six girls" and "forty pupils" (precision first)
        if fig.kind == "percent" and fig.value >= 100 and not same_kind:
            return None  # "100% evil": a manner of speaking
        if not same_kind:
            if exact_kind and not fig.approximate:
                return FactFinding(fig.kind, NOT_IN_PASSAGE, fig.text, fig.span)
            return None if fig.kind in ("count", "times") and fig.value < _LARGE_COUNT else FactFinding(
                fig.kind, CHECK, fig.text, fig.span)
        best = max(same_kind, key=lambda p: (len(roles.words & p.roles.words), -_ratio(fig, p.figure)))
        shared = bool(roles.words & best.roles.words) or (fig.kind == "count" and bool(fig.nouns & best.figure.nouns))
        # "nine in ten remain uncatalogued" for "fewer than one in ten has been catalogued": the rest of a
        # passage share may restate it, so it is at most worth a check
        sure = (shared or exact_kind and not fig.approximate) and not self._complement(fig)
        if not sure and small:
            return None
        return FactFinding(fig.kind, MISMATCH if sure else CHECK, fig.text, fig.span, best.figure.text,
                           best.figure.span)

    def _between_years(self, fig: Figure, near: tuple[float, ...]) -> bool:
        """Whether a span of years ("seven years later", "for over seventy years", "in four years")
        runs between two years the passage names in one sentence ("between 2019 and 2023"), or from
        a year the précis names beside it (``near``) to one the passage names ("led by 2005 but
        failed seven years later" where the passage says "by 2005 … in 2012"): worked out, not wrong."""
        if not fig.nouns & _YEARS:
            return False
        years = [(v, p.sentence) for p in self.figures if p.figure.kind == "year"  # both ends of "2019 and 2023"
                 for v in {p.figure.value, p.figure.quantity.low, p.figure.quantity.high} if float(v).is_integer()]
        pairs = [(a, b) for a, i in years for b, j in years if i == j] + [(a, b) for a in near for b, _ in years]
        return any(a != b and fig.quantity.agrees(exactly(abs(b - a))) for a, b in pairs)

    def _complement(self, fig: Figure) -> bool:
        """"40% kept" restates "60% paid": the rest of a passage percentage."""
        rest = fig.quantity
        return fig.kind == "percent" and any(
            p.figure.kind == "percent" and p.figure.quantity.agrees(Quantity(100 - rest.value, 100 - rest.high, 100 - rest.low))
            for p in self.figures)

    def knows(self, word: Token) -> bool:
        w = word.norm
        bare = word.text[:-2] if word.text[-2:] in ("'s", "’s") else word.text
        return (w in self.words or stem(w) in self.stems or (is_acronym(bare) and w in self.initials)
                or w in self.aliases or any(_same_root(w, n) for n in self.names))

    def misspells(self, word: Token) -> bool:
        """Whether an unknown word is a slip for a passage word ("Aristotel", "Pharoah") or for
        any listed word ("Tumb", "Craftspersons").
        A listed word ("Indonesia" beside "India") is a different word, not a slip."""
        w = word.norm
        if len(w) < 4 or is_listed(word.text):
            return False
        if word.text.isupper():
            return False  # "UNICEF": an acronym is not a typing slip
        if is_compound(word.text) or near_listed_word(word.text):
            return True
        return self._slip_of_passage_word(w)

    def _slip_of_passage_word(self, w: str) -> bool:
        """Whether ``w`` (lower case) is a slip for a word of the passage ("Epygt")."""
        near = difflib.get_close_matches(w, self.vocabulary, n=3, cutoff=_SPELLING_LIKENESS)
        return any(v[0] == w[0] and (abs(len(v) - len(w)) <= 2 or v[:4] == w[:4]) for v in near)

    def is_new(self, name: Name, precis: str) -> bool:
        """Whether a précis name adds someone or something the passage never mentions."""
        unknown = [w for w in name.words if not self.knows(w) and not self.misspells(w)]
        if len(name.words) > 1 and not any(self.knows(w) or self._slip_of_passage_word(w.norm) for w in name.words) \
                and not all(is_common_word(w.text) for w in name.words):
            return True  # "Mary Clarke" where the passage names "Helen Ward": a slip for "Clark" it is not
        if not unknown:
            return False
        if len(unknown) < len(name.words) and all(is_common_word(w.text) for w in unknown):
            return False  # "the Nile River" where the passage says "the Nile"
        return True


_OWNER = re.compile(r"([A-Za-z][\w'’-]*)\s+([A-Za-z][\w'’-]*)\s*,\s*$")


def _age_owner(text: str, fig: Figure) -> frozenset[str]:
    """The two words naming whose age an apposition gives: "Tomas Reyland, 35," gives {tomas, reyland}."""
    m = _OWNER.search(text, max(0, fig.span.start - 40), fig.span.start)
    return frozenset(w.lower() for w in m.groups() if w.lower() not in STOPWORDS) if m else frozenset()


def _key(name: Name) -> str:
    return " ".join(w.norm for w in name.words)  # "Romeo's" is "Romeo" again


def _names_the_source(name: Name, precis: str) -> bool:
    end, before = name.span.end, precis[max(0, name.span.start - 30):name.span.start]
    if _REPORTING.match(precis, end) or _VIEW_AFTER.match(precis, end) or _WEBSITE_AFTER.match(precis, end):
        return True
    if _SOURCE_BEFORE.search(before) or _WORK_OF.search(before):
        return True
    if len(name.words) > 1:
        return bool(_SOURCE_TO.search(before)) and precis[end:end + 1] in (",", ".")  # "to Aristotle, ..."
    # One person's name: "Aristotle's idea", "for Aristotle", "in Aristotle's view" is whose the ideas are.
    possessive = name.text.endswith(("'s", "’s", "s'", "s’")) or _POSSESSIVE.match(precis, end)
    return bool(possessive or _SOURCE_TO.search(before))

def _name_status(name: Name) -> str:
    """NOT_IN_PASSAGE for a name a reader knows ("Norway", "Claudius", "Red Cross"); CHECK for one word
    no dictionary lists in any case ("Harmatia"): a rare name, or a misspelt term the passage never uses."""
    if len(name.words) == 1 and not is_acronym(name.text) and not is_listed(name.words[0].text):
        return CHECK
    return NOT_IN_PASSAGE


def _denial_restated(precis: Roles, text: str, clause: Span) -> bool:
    """Whether the précis denies a word whose opposite the passage says in the sentence that
    holds ``clause`` or the next one: "In 1952 the council did not *give* her a room" restates
    "In 1952 she asked the council for a room. The council *refused*." (``antonyms``)."""
    if not precis.denied_words:
        return False
    spans = sentence_spans(text)
    at = next((n for n, s in enumerate(spans) if s.start <= clause.start < s.end), None)
    if at is None:
        return False
    denied = {term_key(w) for w in precis.denied_words}
    alike = {"s:" + k for k in denied}.union(*(alike_keys(w, term_key(w)) for w in precis.denied_words))
    if any(term_key(t.norm) in denied or not alike.isdisjoint(_lemma_keys(t.norm))
           for t in terms(text, spans[at].start, spans[at].end)):
        return False  # "has not dropped" where the passage says "has fallen": a denial of what it says
    opposite = {"s:" + k for k in denied}
    return any(opposite.intersection(opposite_keys(t.norm, term_key(t.norm)))
               for s in spans[at:at + 2] for t in terms(text, s.start, s.end))


def _denial_unsaid(passage: Roles, precis: str, clause: Span) -> bool:
    """Whether the passage's denial near the figure falls on words the précis's sentence does not
    say at all (by lemma): "she never once let the light go out" against "she kept the light
    burning" restates it in positive words, and denies nothing of it. False when the précis
    denies (the other direction) or the passage's denial falls on no word."""
    if not passage.denied_near or not passage.denied_words:
        return False
    sentence = _sentence_span(precis, clause)
    said = set().union(*(_lemma_keys(t.norm) for t in terms(precis, sentence.start, sentence.end)))
    return all(_lemma_keys(w).isdisjoint(said) for w in passage.denied_words)


def _lemma_keys(word: str) -> set[str]:
    """Match keys of ``word`` and of its verb lemmas ("fallen" → "s:fallen", "s:fall")."""
    return {"s:" + term_key(w) for w in verb_lemmas(word)}


def _sentence_span(text: str, clause: Span) -> Span:
    return next((s for s in sentence_spans(text) if s.start <= clause.start < s.end), clause)


def _bound_only(passage: Figure, precis: Figure) -> bool:
    """Whether one figure holds the other only as an open bound, not by stating about the same
    amount: a passage ceiling ("up to 37.6 per cent") holding "1 per cent", or a précis share open
    on one side ("more than a third", "less than half") holding a passage figure far from it
    (``BOUND_RATIO``) that may be another thing's."""
    low = passage.quantity.low
    if low <= 0 < passage.value and precis.value < passage.value / 2:
        return True
    q = precis.quantity
    open_side = q.high - q.low > q.value  # "more than a third": 29 to 67 per cent
    return open_side and _ratio(passage, precis) > BOUND_RATIO


def _without(roles: Roles, words: frozenset[str]) -> Roles:
    """``roles`` with ``words`` (stems) taken out of the words before and after the figure."""
    return dataclasses.replace(roles, before=roles.before - words, after=roles.after - words)


def _within_century(passage: Figure, precis: Figure) -> bool:
    """Whether a précis year (or decade) merely falls in a century the passage names: "1342" is
    not "the fourteenth century" restated, though "the 1300s" is."""
    return passage.kind == "year" and passage.quantity.high - passage.quantity.low >= 99 \
        and precis.quantity.high - precis.quantity.low < 99


def _ratio(a: Figure, b: Figure) -> float:
    return max(a.value, b.value) / max(min(a.value, b.value), 1e-9)


def _initials(tokens: tuple[Token, ...]) -> set[str]:
    """Acronyms the text implies: "Belt and Road Initiative" gives "bri",
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


def check_facts(passage: PassageFacts, precis: str, body: Span,
                sentences: tuple[Span, ...] | None = None) -> tuple[FactFinding, ...]:
    """Fact findings for the précis body ``precis[body.start:body.end]``, in précis order.

    Spans are offsets into ``precis``; passage spans are offsets into the passage text.
    ``sentences`` are the body's sentence spans when the caller has them already.
    """
    if sentences is None:
        sentences = sentence_spans(precis, body.start, body.end)
    placed = [(p.figure, p.roles) for p in _placed(precis, sentences, find_figures(precis, body.start, body.end,
                                                                                  decades=False))]
    findings = []
    restated = _Restatements(tuple(placed))
    for i, (fig, roles) in enumerate(placed):
        sentence = sentences[_sentence_of(sentences, fig.span)] if sentences else body
        if _HYPOTHETICAL.search(sentence.of(precis)):
            continue
        near = tuple(o.value for o, _ in placed if o.kind == "year" and sentence.start <= o.span.start < sentence.end)
        finding = passage.check_figure(fig, roles, precis, tuple(placed[:i] + placed[i + 1:]), restated, near)
        if finding:
            findings.append(finding)
    months = find_months(precis, body.start, body.end)
    for month in months:
        finding = passage.check_month(month, precis, sentences[_sentence_of(sentences, month.span)]
                                      if sentences else body)
        if finding:
            findings.append(finding)
    for swap in passage.clauses.swaps(precis, sentences):
        findings.append(FactFinding("actor", SWAPPED, swap.precis_span.of(precis), swap.precis_span,
                                    swap.passage_span.of(passage.text), swap.passage_span))
    names = find_names(precis, body.start, body.end, sentences)
    for source in passage.sources.swaps(precis, sentences, names):
        if not any(f.precis_span.overlaps(source.precis_span) for f in findings):
            findings.append(FactFinding("source", SWAPPED, source.precis_span.of(precis), source.precis_span,
                                        source.passage_span.of(passage.text), source.passage_span))
    # A name the précis once gives as the passage's source ("Aristotle argues") is the source throughout.
    seen = {_key(n) for n in names if _names_the_source(n, precis)}
    sources = tuple(seen)
    for name in names:
        key = _key(name)
        if difflib.get_close_matches(key, sources, n=1, cutoff=_SOURCE_LIKENESS):
            continue  # "Aristole" where the précis also says "Aristotle argues"
        if any(name.span.overlaps(m.span) for m in months):
            continue  # a month: checked as a date above
        if key not in seen and passage.is_new(name, precis):
            seen.add(key)
            findings.append(FactFinding("name", _name_status(name), name.text, name.span))
    return tuple(sorted(findings, key=lambda f: f.precis_span.start))
