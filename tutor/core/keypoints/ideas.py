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
from tutor.core.keypoints.inserts import (ASIDE_EXAMPLE, INSERT_END, LIST_ITEM_WORDS, OR_AND, QUOTE, WORD,
                                          count_terms, example_lists, has_verb, inserts)
from tutor.core.keypoints.negation import COMPARATIVES
from tutor.core.keypoints.questions import as_statement
from tutor.core.keypoints.quotations import quotation_statement, said_by
from tutor.core.keypoints.reduction import MAX_PLAIN_WORDS, plain, restates_noun
from tutor.core.keypoints.referents import Reading, main_clause, read_alone
from tutor.core.keypoints.words import is_base_verb
from tutor.core.span import Span
from tutor.core.tokens import sentence_spans

MIN_CLAUSE_TERMS = 3  # fewer content words than this is a phrase, not an idea: it stays with its host
# ", and <subject> <verb>" opens a new clause only if its verb comes this early: in ", and taken it
# to new strengths at a time when the region is …" the "is" belongs to a subordinate clause.
CLAUSE_VERB_WITHIN = 6

_PREPOSITIONS = frozenset("to for from with by of on at into onto upon towards among".split())
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
_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")
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
    return Span(start, end) if WORD.search(text, start, end) else None


def _chunk_has_verb(text: str, start: int, end: int, first: int = 0, last: int = 99, joiner: str = "") -> bool:
    """Whether the words from ``start`` to the next comma (or ``end``) hold a finite verb,
    counting only the words at positions ``first``..``last``. After a ``joiner`` such as "while"
    and an "-ing" word only the words before a relative word count: in "while building the
    industries that would …" the verb is the relative clause's, and the words are a participle
    phrase, not a clause (after "and", "reading scores that fell have …" is a clause)."""
    stop = INSERT_END.search(text, start, end)
    words = [m.group().lower() for m in WORD.finditer(text, start, stop.start() if stop else end)]
    if words and (words[0].endswith("ing") and joiner.lower() in _PARTICIPLE_JOINERS or words[0] in _PREPOSITIONS):
        # (and after a preposition: ", and to the women who had been willing to learn" is a phrase)
        words = words[:next((n for n, w in enumerate(words) if n and w in _RELATIVE_WORDS
                             and words[n - 1] not in _PREPOSITIONS), len(words))]  # not "for that reason"
    return any(gw.is_finite_verb(w, nxt) for w, nxt in list(zip(words, words[1:] + [None]))[first:last + 1])


def _as_cuts(text: str, s: Span) -> list[int]:
    """"as" opens a clause when a subject and its verb follow at once ("as Pakistan's bid was
    endorsed"), not in "as … as" comparisons or "treat it as justified when …"."""
    cuts = []
    for m in _AS.finditer(text, s.start, s.end):
        before = [w.lower() for w in WORD.findall(text[max(s.start, m.start() - 40):m.start()])][-5:]
        stop = INSERT_END.search(text, m.end(), s.end)
        after = [w.lower() for w in WORD.findall(text[m.end():stop.start() if stop else s.end])][:_AS_VERB_WITHIN]
        if not after or (before and before[-1] in _NOT_AS_BEFORE) or after[0] in _NOT_AS_AFTER or "as" in before:
            continue
        verb = next((i for i, w in enumerate(after) if i and gw.is_finite_verb(w, None)), None)
        if verb is not None and "to" in after[:verb]:
            continue  # "the use of libraries as quiet places to study and work": no clause
        if verb is not None and not _SUBORDINATORS & set(after[:verb]) and not after[0].endswith("ed"):
            cuts.append(m.start())
    return cuts


# ", so that scientists could work abroad": a purpose, part of the claim it follows (alone,
# "Scientists could work abroad" would state as done what was only aimed at).
_PURPOSE = re.compile(r"so\s+that\s+(?:\S+\s+){1,8}?(?:could|might|would|can|may|will|should)\s", re.IGNORECASE)


# "It does not simply respond to desires; it manufactures new ones": the second half says what the
# first denies was all, and is one claim with it.
_NOT_MERELY = re.compile(r"\bnot\s+(?:simply|merely|only|just)\b", re.IGNORECASE)


def _elliptical(text: str, at: int, end: int) -> bool:
    """Whether the clause after a semicolon at ``at`` ends on an auxiliary, its verb left to the
    clause before ("…; it is only the short-sighted seller who believes they *must be*"): it
    says nothing alone."""
    stop = text.find(";", at, end)
    words = WORD.findall(text, at, end if stop < 0 else stop)
    return bool(words) and (words[-1].lower() in gw.AUXILIARIES or words[-1].lower() in ("be", "so", "not"))


def _noun_phrase_follows(text: str, at: int, end: int) -> bool:
    """Whether the words after a semicolon at ``at`` restate a noun (see ``restates_noun``)."""
    stop = text.find(";", at, end)
    return restates_noun(text[at:end if stop < 0 else stop])


# ", or that the wise man is he who …": a second clause of the same verb ("to conclude that …"),
# which says nothing without it; ", nor exult …" after "neither despair …": the second half of one claim.
_SECOND_THAT = re.compile(r"that\b", re.IGNORECASE)
_ALSO = re.compile(r"also\b", re.IGNORECASE)  # ", but also for one that is too short": the list goes on
_TO_BEFORE = re.compile(r"\bto\s+\w+", re.IGNORECASE)  # "is to let employers try it, measure …, and stop …"
_NEITHER = re.compile(r"\bneither\b", re.IGNORECASE)


def _verb_series(text: str, s: Span, m: re.Match) -> bool:
    """Whether ", and" ``m`` closes a series of one subject's actions ("rowed through the rough
    water, hauled Karim aboard, and brought him home"): the item before it opens with its verb.
    Cut there, the first part would end on a bare list ("visited Kallar, saw the courtyard.")."""
    if m.group(1).lower() != "and":
        return False
    comma = text.rfind(",", s.start, m.start())
    words = WORD.findall(text, comma + 1, m.start()) if comma >= 0 else []
    first = words[0].lower() if words else ""
    verb = gw.is_finite_verb(first, words[1]) if len(words) >= 2 else False
    bare = len(words) >= 2 and is_base_verb(first) and _TO_BEFORE.search(text, s.start, comma)
    return len(words) >= 2 and first not in _CLAUSE_SUBJECTS and bool(verb or bare) \
        and not gw.is_finite_verb(words[1].lower(), words[2] if len(words) > 2 else None)


def _second_half_of_not_but(text: str, s: Span, m: re.Match) -> bool:
    """", but who will capture the gains" after "is not whether …": the second half of one
    claim ("not X but Y"), not a new clause."""
    if m.group(1).lower() != "but" or not _NOT.search(text, s.start, m.start()):
        return False
    after = WORD.search(text, m.end(), s.end)
    return bool(after) and after.group().lower() in _NOT_BUT_OPENERS


def _clause_cuts(text: str, s: Span) -> list[int]:
    """Where a new clause starts inside the sentence: after ";", at ", and <verb…>", at "as <clause>",
    at ", whereas" (which only ever joins two clauses, whatever verb the word list misses)."""
    cuts = [m.end() for m in _SEMICOLON.finditer(text, s.start, s.end) if not _noun_phrase_follows(text, m.end(), s.end)
            and not _NOT_MERELY.search(text, max(s.start, text.rfind(";", s.start, m.start()) + 1), m.start())
            and not _elliptical(text, m.end(), s.end)]
    lists = example_lists(text, s)
    cuts += [m.start(1) for m in _CONJUNCTION.finditer(text, s.start, s.end)
             if (m.group(1).lower() == "whereas" or _chunk_has_verb(text, m.end(), s.end, last=CLAUSE_VERB_WITHIN - 1, joiner=m.group(1)))
             and not _second_half_of_not_but(text, s, m) and not _inside_subject(text, s, m)
             and not _PURPOSE.match(text, m.start(1), s.end)
             and not _verb_series(text, s, m)
             and not _SECOND_THAT.match(text, m.end())
             and not (m.group(1).lower() == "but" and _ALSO.match(text, m.end()))
             and not (m.group(1).lower() == "nor" and _NEITHER.search(text, s.start, m.start()))
             and not _open_comparison(text, s, m)
             and not any(a < m.start() < b for a, b in lists)]
    return sorted(set(cuts + _as_cuts(text, s) + _parallel_cuts(text, s, cuts)))


_COMPARATIVE = re.compile(r"\b(?:%s)\b" % "|".join(sorted(COMPARATIVES)), re.IGNORECASE)
_THAN = re.compile(r"\bthan\b", re.IGNORECASE)


def _open_comparison(text: str, s: Span, m: re.Match) -> bool:
    """Whether a comparison opened before the conjunction ``m`` closes after it: "Few statistics
    are quoted with more pride, or understood with less care, than remittances" is one claim,
    whose "than" belongs to both halves."""
    last = None
    for last in _COMPARATIVE.finditer(text, s.start, m.start()):
        pass
    return last is not None and not _THAN.search(text, last.end(), m.start()) \
        and _THAN.search(text, m.end(), s.end) is not None


def _parallel_cuts(text: str, s: Span, cuts: list[int]) -> list[int]:
    """"We have drained the aquifers, we have let factories pour waste into the streams, and we
    have built on the flood plains": a list of clauses whose last item follows ", and" opens each
    item with the same words; the earlier items, set off by commas, are clauses of their own too."""
    found = []
    for cut in cuts:
        m = re.match(r"(?:and|or|but)\s+(\w+)\s+(\w+)\b", text[cut:s.end], re.IGNORECASE)
        if not m or m.group(1).lower() not in _CLAUSE_SUBJECTS:
            continue
        opening = re.compile(r",\s+(%s\s+%s)\b" % (re.escape(m.group(1)), re.escape(m.group(2))), re.IGNORECASE)
        found += [x.start(1) for x in opening.finditer(text, s.start, cut)
                  if not _SUBORDINATE_ITEM.search(text[s.start:x.start()])]
    return found


# "In the years since, whenever I was tempted to judge, I thought of him, and I …": what stands
# before the first item is a clause of time or condition, which the item completes, not an item.
_SUBORDINATE_ITEM = re.compile(r"(?:^\W*|,\s*)(?:%s)\s+[^,;:]*$" % "|".join(sorted(gw.ADVERBIAL_SUBORDINATORS)),
                               re.IGNORECASE)


def _inside_subject(text: str, s: Span, m: re.Match) -> bool:
    """", and spends the money on buses, gives its people a real choice": the "and" joins two
    verbs of a subject's relative clause ("A city that prices parking honestly"), whose own verb
    follows the next comma; ", and slaves who were involved" ends a list of nouns."""
    words = [w.lower() for w in WORD.findall(text[m.end():s.end])][:CLAUSE_VERB_WITHIN]
    verb = next((i for i, w in enumerate(words) if gw.is_finite_verb(w, words[i + 1] if i + 1 < len(words) else None)), None)
    item = WORD.findall(text[text.rfind(",", s.start, m.start()) + 1:m.start()])
    if verb and {"who", "which", "that", "whom"} & set(words[1:verb]) and m.group(1).lower() in OR_AND \
            and 0 < len(item) and (len(item) <= LIST_ITEM_WORDS or _same_relative_shape(item, words[:verb])) \
            and text.rfind(",", s.start, m.start()) > s.start:
        return True  # the last item of a list of nouns, with its relative clause
    stop = INSERT_END.search(text, m.end(), s.end)
    if verb != 0 or not stop or stop.group() != ",":
        return False
    after = WORD.search(text, stop.end(), s.end)
    before = text[s.start:m.start()].lower()
    # "the fact that both neighbours look …, and have deepened …, was plain": a lead-in, whose clauses are the ideas
    return bool(after) and gw.is_finite_verb(after.group().lower()) and bool(
        re.search(r"\b(?<!fact )(?:who|which|that)\b", before))


def _same_relative_shape(item: list[str], after: list[str]) -> bool:
    """"the engineer who finds the leak, and the citizen who turns off the tap": the item
    before ", and" is a noun with its own relative clause, as the words after it are, so both
    are items of one list of nouns (the relative word stands at the same place in each)."""
    lowered = [w.lower() for w in item]
    marker = after[-1]
    return len(after) <= 4 and marker in _RELATIVE_WORDS and lowered[len(after) - 1:len(after)] == [marker] \
        and (after[0] in _DETERMINERS) == (lowered[0] in _DETERMINERS)  # "credit that …, and training that …"


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
        if count_terms(text, span.start, span.end) >= MIN_CLAUSE_TERMS:
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
_DETERMINERS = frozenset("the a an every each this these those its their his her our your my".split())
_CLAUSE_SUBJECTS = frozenset("we they i you he she it there".split())  # an item of a list of clauses opens so
_PARTICIPLE_JOINERS = frozenset("while whilst when after before since though although".split())
def _pieces(text: str, s: Span) -> list[_Piece]:
    """The sentence as pieces: main clauses, each followed by the inserts cut out of it."""
    pieces: list[_Piece] = []
    starts_with_example = re.match(r"\W*(for example|for instance|to illustrate|e\.g\.)", s.of(text), re.I)
    for c in _clauses(text, s):
        if starts_with_example or ASIDE_EXAMPLE.search(c.of(text)):
            pieces.append(_Piece((c,), "example"))
            continue
        cut = inserts(text, c)
        if c.start == s.start and (apposition := _naming_apposition(text, c)) \
                and not any(x.overlaps(apposition) for x, _, _ in cut):
            cut = sorted([*cut, (apposition, "apposition", "")], key=lambda x: x[0].start)
        if len(cut) == 1 and cut[0][1] == "quotation" and (count_terms(text, c.start, c.end) - count_terms(
                text, cut[0][0].start, cut[0][0].end) < 2 or said_by(text, cut[0][0].end, c.end)):
            pieces.append(_Piece((c,), cut[0][1]))  # 'The mayor said, "…"' is all quotation
            continue
        host_parts, at = [], c.start
        for span, _, _ in cut:
            host_parts.append(_trim(text, at, span.start))
            at = span.end
        host_parts.append(_trim(text, at, c.end))
        host = _Piece(tuple(p for p in host_parts if p), "main")
        pieces.append(host)
        pieces += [_Piece((span,), kind, marker, host) for span, kind, marker in cut]
    return pieces


def _paragraph_of(text: str, start: int, breaks: list[int]) -> int:
    return sum(1 for b in breaks if b <= start)


def _statement(text: str, piece: _Piece, previous: str | None) -> str:
    if piece.kind == "relative":
        return plain(st.relative_statement(text, piece.parts[0], piece.marker, piece.host.parts[0].start))
    if piece.kind == "example":
        return st.example_statement(ASIDE_EXAMPLE.sub(" ", " ".join(p.of(text) for p in piece.parts)))
    if piece.kind == "apposition":
        return _apposition_statement(text, piece)
    if piece.kind == "quotation":
        return quotation_statement(" ".join(p.of(text) for p in piece.parts))
    clause = st.clean_clause(_host_words(text, piece.parts))
    # A sentence of its own that opens with its verb is an imperative ("Consider first that research
    # is never conducted in a vacuum."): it takes no subject from the sentence before.
    return plain(clause if _opens_sentence(text, piece.parts[0].start) else st.with_subject(clause, previous))


def _opens_sentence(text: str, at: int) -> bool:
    """Whether offset ``at`` of ``text`` starts a sentence: a capital after a sentence's end."""
    before = text[:at].rstrip()
    return text[at:at + 1].isupper() and (not before or before[-1] in ".!?…\n\"”’'")


# "Abdus Salam, the first Pakistani to win a Nobel Prize, was born …": a name opening the sentence,
# set beside what the person was, and the verb of the sentence after it.
_NAMING_APPOSITION = re.compile(r"\W*(?:[A-Z][\w’'-]+\s+){0,3}[A-Z][\w’'-]+,\s+((?:the|a|an)\s+[^,;:()]{3,90}?),\s+"
                                r"(?:\w+ly\s+)?([a-z]+)\b")


_NOT_NAMES = frozenset("the a an this that these those yesterday today tomorrow then now however meanwhile later "
                       "still yet instead finally here there once soon afterwards nevertheless moreover first second "
                       "third last next again also thus sometimes often".split())


def _naming_apposition(text: str, c: Span) -> Span | None:
    """Where the words that say what a person or thing named at the clause's start is, set off by
    commas before its verb, stand in ``text`` ("the first Pakistani to win a Nobel Prize in
    science"); None if the clause does not open so. It is a claim of its own."""
    m = _NAMING_APPOSITION.match(text, c.start, c.end)
    if not m or not gw.is_finite_verb(m.group(2)) or count_terms(text, m.start(1), m.end(1)) < 2:
        return None
    name = [w.lower() for w in WORD.findall(text[c.start:m.start(1)])]
    if any(w in _NOT_NAMES or w in st.STOP_BACK or w.endswith("ly") for w in name):
        return None  # "In Kenya, the M-Pesa system, launched …", "Yesterday, the mayor, …": no name
    last = WORD.findall(m.group(1))[-1].lower()
    if last in gw.REPORTING or gw.is_finite_verb(last, None) and not any(
            w.lower() in _RELATIVE_WORDS for w in WORD.findall(m.group(1))):
        return None  # "Prudence, the tale suggests, is …": who says it (a clause), not what prudence is
    return Span(m.start(1), m.end(1))


def _apposition_statement(text: str, piece: _Piece) -> str:
    """"Abdus Salam was the first Pakistani to win a Nobel Prize in science.": the name, the
    verb "to be" in the tense of the sentence's own verb, and the apposition."""
    name = text[piece.host.parts[0].start:piece.parts[0].start].strip(" ,")
    verb = st.subject_of(_host_words(text, piece.host.parts))[1]
    be = "was" if verb in ("was", "were", "had") or st.is_past(verb) else "is"
    return st.finish(f"{name} {be} {piece.parts[0].of(text)}")


def _host_words(text: str, parts: tuple[Span, ...]) -> str:
    """A main clause's parts joined over the inserts cut out between them. A part that ends in a
    name set off by a comma ("The UN Secretary-General, António Guterres") keeps the comma that
    closed the name in the text: "…, António Guterres, said that …", not "…, António Guterres said"."""
    out = parts[0].of(text)
    for before, part in zip(parts, parts[1:]):
        name = out.rsplit(",", 1)[1].split() if "," in out else []
        closed = name and all(w[:1].isupper() for w in name) and not has_verb(text, before.start, before.end)
        out += ("," if closed and text[before.end:part.start].rstrip().endswith(",") else "") + " " + part.of(text)
    return out


def _is_attribution(words: str, quoted: bool) -> bool:
    """"…, reiterated by the Vice Minister on his visit", "according to …", or who said a quotation."""
    if _PASSIVE_ATTRIBUTION.search(words) or re.match(r"\W*according to\b", words, re.I):
        return True
    lower = {w.lower() for w in WORD.findall(words)}
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
    if not split or len(statement.split()) <= MAX_PLAIN_WORDS or not _SETTING.match(statement):
        return statement
    return main_clause(split)


def _repeated_words(text: str) -> frozenset[str]:
    """The lower-case words a text uses more than once."""
    seen: set[str] = set()
    again: set[str] = set()
    for w in WORD.findall(text.lower()):
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
        quoted = any(p.kind == "quotation" for p in pieces) or bool(QUOTE.search(text, s.start, s.end))
        case = _is_illustration(text, s, start, len(text) if end is None else end)
        for piece in pieces:
            statement = _statement(text, piece, previous_main)
            if not statement:
                continue
            why = _why_optional(text, piece, quoted) or ("example" if case else "")
            dangling = False
            if piece.kind == "main":
                previous_main = statement
                reading = read_alone(as_statement(statement), reading, repeated)
                statement, dangling = _without_long_setting(reading.statement), reading.dangling
            ideas.append(Idea(piece.parts, n, paragraph, statement, bool(why), why, dangling))
    return tuple(ideas)
