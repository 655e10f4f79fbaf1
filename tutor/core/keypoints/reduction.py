"""Reducing a statement to its idea: what a reader can drop without losing the claim.

"Small ponds, paradoxically, hold more species than large lakes." reads as "Small ponds hold
more species than large lakes."; a long statement loses, in turn, its concession, its closing
comment or its apposition, but never its main verb, and never so that a subordinate clause is
left dangling at its end.
"""

from __future__ import annotations

import re

from tutor.core.keypoints import grammar_words as gw
from tutor.core.keypoints.rebuttals import OTHER_SIDE
from tutor.core.keypoints.statements import (NOUN_PHRASE_END, STOP_BACK, finish, has_verb, is_participle,
                                             opener_end)
from tutor.core.scanning import text_pattern

MAX_WHOLE_CONTRAST_WORDS = 25  # "not X but Y" read whole up to this length
MAX_PLAIN_WORDS = 20  # longer than this, concessions and closing comments are dropped too
_PARENTHESIS = re.compile(r"\s*\([^()]*\)")
_ASIDE_ADVERB = re.compile(r",\s+(?:\w+ly|however|therefore|moreover|indeed|perhaps|in fact|of course|in turn|"
                           r"above all|after all|at first|in short|too|also|then|still|once again|"
                           r"as (?:we|I) (?:have|had) (?:seen|said|shown|noted|argued))\s*,",
                           re.IGNORECASE)
# ", the tale suggests,", ", as the report notes,": who says it, set in the claim.
_SAYS_ASIDE = re.compile(r",\s+(?:as\s+)?(?:(?:the|this|that|a|an|our|its|his|her|their)\s+)?(?:[\w’'-]+\s+){0,3}?"
                         r"(?:suggests|says|argues|notes|observes|insists|admits|concedes|claims|believes|writes|"
                         r"reminds\s+us|tells\s+us)\s*,", re.IGNORECASE)
_OPENING_ADVERB = re.compile(r"^(?:\w+ly|in fact|of course|in turn|above all|after all|in short)\s*,\s+", re.IGNORECASE)
_PARTICIPLE_ASIDE = re.compile(r",\s+(?:(?:now|once|often|first|still|long|already|widely)\s+)?(?:[a-z]+ed|[a-z]+en|built|"
                               r"made|known|held|led|set|run|begun|sold|grown)\s+(?:by|in|at|on|for|from|to|as|with|"
                               r"since|across|over|under)\s+[^,;:]{1,90}?,")
_ATTRIBUTION = re.compile(r"(^|,\s+|:\s+)(?:(?:the|many|most|some)\s+)?(?:(?:[A-Z][\w’'-]*|and|of|for)\s+){0,6}?(?:[a-z]+\s+)?"
                          r"(?:estimates?|estimated|says?|said|argues?|argued|believes?|believed|notes?|noted|"
                          r"reports?|reported|finds|found|suggests?|suggested|claims?|claimed|calculates?|"
                          r"calculated)\s+that\s+")
_ANSWERED = re.compile(r"[,;]\s+(?:but|yet|though|however)\s", re.IGNORECASE)
_ATTRIBUTING = frozenset("historians economists experts researchers scientists analysts studies surveys "
                         "officials observers scholars".split())
_OPENING_WORDS = gw.ADVERBIAL_SUBORDINATORS | {"as"}
# "Many parents believe that …": a popular belief, often set up to be weighed, stays someone's belief
_BELIEVING = re.compile(r"\b(?:believe|believed|think|thought|assume|assumed|imagine|imagined|fear|feared|suppose|"
                        r"supposed)\s+that\s+$", re.IGNORECASE)
_REPORTED = (r"(?:estimates?|estimated|says?|said|argues?|argued|believes?|believed|notes?|noted|reports?|reported|"
             r"finds|found|suggests?|suggested|claims?|claimed|calculates?|calculated|concluded|shows?|showed|shown)")
# "A study published in The Lancet in 2022 estimated that …": a source of a dozen words, at the start
# or after ", and".
_SOURCE_OPENING = re.compile(r"(^|,\s+and\s+)(?:an?|the)?\s*(?:[\w’'.-]+\s+){0,3}?(?:study|studies|assessment|report|survey|review|"
                             r"analysis|figures|estimates|data|research|census)\s+(?:[^,;:]{0,90}?\s+)?"
                             + _REPORTED + r"\s+that\s+", re.IGNORECASE)
_ACCORDING = re.compile(r",\s+according to [^,;:]+(?:(,)(?=\s)|(?=[,;:]|$))", re.IGNORECASE)
_JOINER_BEFORE = re.compile(r"\b(?:when|where|while|that|because|since|although|though|if|and|but)$", re.IGNORECASE)


def _without_according(s: str) -> str:
    """``s`` without ", according to …"; a joining word keeps no comma it is left with ("in 2007, when,
    according to the UN, the population …" → "in 2007, when the population …")."""
    def cut(m: re.Match) -> str:
        return "" if _JOINER_BEFORE.search(s, 0, m.start()) else (m.group(1) or "")

    return _ACCORDING.sub(cut, s)


_BUT = re.compile(r",\s+but\s+")
# (not ", the villagers, who had heard …, offered": a subject with its relative clause, not an aside)
# (not one ending in a relative word: ", a dusty village on the plateau where, at that time, …")
_APPOSITION = re.compile(r",\s+(?:the|a|an)\s+[^,;:]{2,50}(?<!\bwhere)(?<!\bwhen)(?<!\bwho)(?<!\bwhich)(?<!\bthat),"
                         r"(?!\s+(?:and|or|who|whom|whose|which)\s)", re.IGNORECASE)
_SECOND_THAT = re.compile(r",\s+and that\s+")
# Formal words and their plain equivalents, in the spirit of plain-language word lists.
_PLAINER = {
    "approximately": "about", "numerous": "many", "sufficient": "enough",
    "insufficient": "not enough", "prior to": "before", "subsequently": "later", "in order to": "to",
    "commence": "begin", "commenced": "began", "utilise": "use", "utilize": "use", "utilised": "used",
    "utilized": "used", "facilitate": "help", "facilitates": "helps", "demonstrate": "show",
    "demonstrates": "shows", "demonstrated": "showed", "obtain": "get", "obtained": "got",
    "purchase": "buy", "purchased": "bought", "endeavour": "try", "ameliorate": "improve",
    "accrue to": "go to", "accrues to": "goes to", "lavished on": "given to", "in the event that": "if",
    "notwithstanding": "despite", "a great deal of": "much", "a large number of": "many",
    "at the present time": "now", "in spite of the fact that": "although", "due to the fact that": "because",
    "with regard to": "about", "in relation to": "about", "succour": "help", "succor": "help",
    "ailing": "weak", "impetus": "push", "remuneration": "pay", "inception": "start", "paramount": "most important",
}
_PLAIN_WORDS = text_pattern(r"\b(%s)\b" % "|".join(sorted(map(re.escape, _PLAINER), key=len, reverse=True)),
                          re.IGNORECASE)


_PREDICATIVE_ONLY = frozenset(("sufficient", "insufficient"))
_PREDICATIVE_NEXT = re.compile(r"\s*(?:[^\w\s]|$|(?:to|for|alone|in|as|and|or|but)\b)", re.IGNORECASE)


def _plainer(s: str) -> str:
    """Formal words swapped for plain ones ("approximately" → "about"), keeping a capital."""
    def swap(m: re.Match) -> str:
        if m.group(1).lower() in _PREDICATIVE_ONLY and not _PREDICATIVE_NEXT.match(s, m.end()):
            return m.group(1)  # "a meagre but sufficient harvest": "enough" cannot stand before the noun
        word = _PLAINER[m.group(1).lower()]
        return word[:1].upper() + word[1:] if m.group(1)[:1].isupper() else word

    return _PLAIN_WORDS.sub(swap, s)


def _participle_aside(m: re.Match) -> str:
    """"" for a participle aside (", built in 1890 by the railway,"), but the match itself where the
    word before the comma is a verb: then the "participle" is one of a series of the subject's
    actions ("Nasir listened, *walked to the well*, lowered the bucket")."""
    before = m.string[:m.start()].split()
    last = before[-1].lower().strip(",;:") if before else ""
    return m.group(0) if last and gw.is_finite_verb(last, ",") else ""


_PRONOUNS = frozenset("i we you he she it they one this that".split())  # "He found that …" is the story
_SUBJECT_PRONOUNS = frozenset("i we you he she they".split())
_CONCESSION = re.compile(r",\s+(?:although|though|even though|while|whereas)\s+[^,;:]+,", re.IGNORECASE)
# ": for this moves neither pity nor fear": the reason after the claim, dropped from a long statement.
_REASON = re.compile(r"\s*:\s+(?:for|because)\s+.*$", re.IGNORECASE)
# "It follows plainly, in the first place, that …": a lead-in to the claim.
_IT_FOLLOWS = re.compile(r"^it\s+(?:follows|is\s+(?:clear|plain|evident|obvious|true|certain))(?:\s+\w+ly)?"
                         r"(?:\s*,[^,]{1,30},)?\s+that\s+", re.IGNORECASE)
# ", while building the industries that …": an action that goes along with the claim, closing it.
_WHILE_DOING = re.compile(r",\s+(?:while|whilst)\s+[a-z]+ing\b[^;:]*$", re.IGNORECASE)
_CLOSING_COMMENT = re.compile(r",\s+((?:a|an)\s+)?(\w+)\s+(that|which|from which|in which|whose|[a-z]+ed)\b[^,;:]*$",
                             re.IGNORECASE)


_JOINERS = frozenset("and but or yet so".split())


def _closing_comment(s: str) -> str:
    """The claim without a comment closing it (", a loss from which the town never recovered"),
    unless what follows the comma is the claim's own verb ("a society that honours its teachers
    will, in time, *find that* it has honoured itself"; "the Dutch and English, employing the same
    methods, *had displaced* it")."""
    m = _CLOSING_COMMENT.search(s)
    if not m or (not m.group(1) and m.group(2).lower() in _SUBJECT_PRONOUNS):
        return s  # ", she stopped the bleeding …": the main clause after an opening phrase, no comment
    before = s[:m.start()]
    head, _, aside = before.rpartition(",")
    waiting = {_last_word(before)} | ({_last_word(head)} if head and len(aside.split()) <= 3 else set())
    if not m.group(1) and (m.group(2).lower() in gw.AUXILIARIES or waiting & gw.MODALS):
        return s  # (", in time," is an aside: the modal before it waits for the verb after it)
    after = s[m.end(3):].split()
    second_that = m.group(2).lower() == "and" and m.group(3).lower() == "that" and bool(after) \
        and not gw.is_finite_verb(after[0].lower()) and after[0].lower() not in gw.AUXILIARIES
    if not m.group(1) and m.group(2).lower() in _JOINERS and (
            second_that or gw.is_finite_verb(m.group(3).lower(), after[0] if after else None)):
        # ", and recommended that …": the last of the subject's actions, not a comment on them;
        # ", and that those who prepare …": the second half of the moral
        return s
    return _cut(_CLOSING_COMMENT, s)


def _last_word(s: str) -> str:
    words = s.split()
    return words[-1].strip(",;:").lower() if words else ""


_SPEAKER_PRONOUNS = frozenset("he she i we his her my our".split())  # "they" names others as often


def _drop_attribution(s: str) -> str:
    """"… the FAO estimates that more than 80 per cent …" → "… more than 80 per cent …": who
    reported a claim is detail; the claim is the idea."""
    def cut(m: re.Match) -> str:
        said = m.group(0)[len(m.group(1)):]
        words = said.split()
        first = words[0].lower() if words else ""
        named = (said[:1].isupper() and first not in _PRONOUNS) or first in _ATTRIBUTING or first in (
            "the", "many", "most", "some")
        # "… said that he had never seen …": the "he" is the speaker, named only in the attribution
        speaker = s[m.end():].split(" ", 1)[0].lower() in _SPEAKER_PRONOUNS
        # "Many parents believe that homework builds discipline, but the evidence does not support
        # them": the view is answered in the same sentence, so whose view it is stays
        answered = _ANSWERED.search(s, m.end()) is not None
        if first in _OPENING_WORDS:
            return m.group(0)  # "When he found that the dead were left unburied, he …": a clause of time, no source
        # "Critics argue that examinations harm the weaker student": the other side's view, which
        # the writer goes on to weigh, is not the writer's own claim
        contested = first in OTHER_SIDE or (first in ("many", "some", "most") and _BELIEVING.search(said) is not None)
        return m.group(1) if named and len(words) <= 8 and not (speaker or answered or contested) else m.group(0)

    out = _ATTRIBUTION.sub(cut, s)
    if out != s:
        out = _SECOND_THAT.sub(", and ", out)  # "… found that X, and that Y" → "X, and Y"
    return out[:1].upper() + out[1:] if out and not s[:1].islower() else out


# "—that's a lot of fish!", "—a small change with a large effect!": the writer's aside to the reader.
_EXCLAIMED_ASIDE = re.compile(r"\s*[—–]\s*[^—–]+!$|\s*[—–]\s*(?:that's|that’s|that is|what a)\b[^—–]*$", re.IGNORECASE)
# Set off by dashes: "— like the Harlows and the Quills —", "— on the fortunes of the Harlows, the Brennans … —".
_DASH_PAIR = re.compile(r"\s*[—–]\s*[^—–]{2,80}?\s*[—–]\s*")
_DASH_TAIL = re.compile(r"\s*[—–]\s*[^—–]+$")
# ", in a year either like the one before it, or colder": a qualification closing the claim.
_QUALIFIER_TAIL = re.compile(r",\s+(in|with|for|at|on|by|from|under|especially|particularly|either|if|unless|"
                             r"provided|depending|including|like)\s+[^;:,]*(?:,\s+(?:or|and)\s+[^;:,]*)*$", re.IGNORECASE)
# "Like the old ballads, it has …": a comparison that opens the claim.
_OPENING_COMPARISON = re.compile(r"^(?:like|unlike|as with)\s+[^,;:]{1,40},\s+", re.IGNORECASE)
_SHORT_ASIDE = re.compile(r",\s+(if|in)\s+(?:\w+\s+){0,3}\w+,", re.IGNORECASE)
MIN_REDUCED_WORDS = 7  # a reduction that leaves fewer words than this has cut the claim itself


_OPEN_END = frozenset("who whom whose which that where when the a an of and or but to as than".split())


def _cut(pattern: re.Pattern, s: str, least: int = MIN_REDUCED_WORDS) -> str:
    """``s`` without what ``pattern`` matches, unless that leaves too little of the claim
    (fewer than ``least`` words, or words that end open: "where those who")."""
    out = (pattern.sub(" ", s) if pattern is _DASH_PAIR else pattern.sub("", s)).strip()
    out = out[:1].upper() + out[1:]
    words = out.rstrip(" ,;:").split()
    return out if len(words) >= least and words[-1].lower() not in _OPEN_END and _is_claim(out) else s


_OPENING_SUBORDINATORS = ("if ", "even if ", "when ", "although ", "though ", "because ", "since ", "as ", "while ",
                          "unless ", "whether ")


def _is_claim(s: str) -> bool:
    """Whether what is left still says something: it has a finite verb, and one outside an
    opening condition ("Even if global warming were held to 1.5°C" alone claims nothing) and
    outside the asides set in it by commas (in "Vernacular languages, standardised by printers who
    needed a single spelling" the verb is the aside's); and it does not end in a subordinate
    clause whose main clause is gone ("… shaken as well: when Luther's criticisms appeared")."""
    if _ends_in_bare_subordinate(s):
        return False
    main = s.split(",", 1)[1] if s.lower().startswith(_OPENING_SUBORDINATORS) and "," in s else s
    if s.lower().startswith(_OPENING_SUBORDINATORS) and main is s:
        return False
    words = [w.lower().strip(",.;:!?") for w in _without_asides(main).split()]
    return gw.has_finite_verb(words)


def _ends_in_bare_subordinate(s: str) -> bool:
    """Whether the last clause of ``s`` (after its last colon or semicolon) is a subordinate
    clause with no main clause after it ("…: when the criticisms appeared in 1517")."""
    last = re.split(r"[:;]", s)[-1].strip()
    return last != s.strip() and last.lower().startswith(_OPENING_SUBORDINATORS) and "," not in last


# ", standardised by printers who needed …": a participle phrase set off by a comma, to the next comma or the end.
_COMMA_PHRASE = re.compile(r",\s+(\w+)[^,;:]*")
_RELATIVE_CLAUSE = re.compile(r"\b(?:who|whom|whose|which)\b[^,;:]*", re.IGNORECASE)


def _without_asides(s: str) -> str:
    """``s`` without relative clauses ("who needed …") and participle phrases set off by a comma."""
    s = _COMMA_PHRASE.sub(lambda m: "" if is_participle(m.group(1).lower()) else m.group(0), s)
    return _RELATIVE_CLAUSE.sub("", s)


def plain(statement: str) -> str:
    """A statement reduced to its idea: no parentheses, sentence adverbs ("paradoxically"),
    participle asides (", now owned by most rural households,"), lead-ins ("It follows that")
    or attributions ("the FAO
    estimates that", "a study published in 2022 found that", ", according to …"); while
    still longer than ``MAX_PLAIN_WORDS``, in turn: the claim after ", but" alone, no reason
    after a colon (": for this moves …"), no concession (", although …,"), closing comment (", a loss from which …"),
    accompanying action (", while building …") or apposition
    (", the second-largest number,"). Formal words become plain ones ("approximately" →
    "about")."""
    s = _cut(_EXCLAIMED_ASIDE, statement.rstrip("."), least=4)
    s = _PARENTHESIS.sub("", s)
    s = _ASIDE_ADVERB.sub("", s)
    s = _SAYS_ASIDE.sub("", s)
    s = _OPENING_ADVERB.sub("", s)
    s = _PARTICIPLE_ASIDE.sub(_participle_aside, s)
    source_cut = _SOURCE_OPENING.sub(lambda m: m.group(1), s)
    s = _drop_attribution(_SECOND_THAT.sub(", and ", source_cut) if source_cut != s else s)
    s = _plainer(_without_according(s))
    s = _IT_FOLLOWS.sub("", s)
    for shorter in (_restated_noun, _but_clause, _REASON, _DASH_PAIR, _DASH_TAIL, _concession, _closing_comment, _WHILE_DOING,
                    _qualifier_tail,
                    _OPENING_COMPARISON, _participle_opener, _apposition):
        if len(s.split()) <= MAX_PLAIN_WORDS:
            break
        s = shorter(s) if callable(shorter) else _cut(shorter, s)
    return finish(s) if s.strip() else statement


_RESTATING_WORDS = 8
_NOUN_OPENERS = frozenset("the a an this that these those its their his her our your my every each".split())
_RELATIVES = frozenset("who whom whose which that".split())
_WORD = re.compile(r"[\w’'-]+")


def restates_noun(words: str) -> bool:
    """Whether ``words`` (what follows a semicolon) are a noun with its relative clause, restating
    the noun before ("…, the complacency that attends it; the habit of mind which mistakes fortune
    for merit"): no verb comes before the relative word, so they are no clause of their own."""
    found = [w.lower() for w in _WORD.findall(words)][:_RESTATING_WORDS]
    relative = next((i for i, w in enumerate(found) if i and w in _RELATIVES), None)
    return bool(found) and found[0] in _NOUN_OPENERS and relative is not None and not any(
        gw.is_finite_verb(w, n) for w, n in zip(found[:relative], found[1:relative + 1]))


def _restated_noun(s: str) -> str:
    """The statement without a closing restatement of its last noun (see ``restates_noun``)."""
    at = s.rfind(";")
    return s[:at] if at > 0 and restates_noun(s[at + 1:]) and has_verb(s[:at]) else s


def _concession(s: str) -> str:
    """The claim without a concession set inside it (", although costs rose,"). After a complete
    clause, words with no verb of their own after the concession (", often in directions that
    nobody foresaw") close the concession, not the claim: it stays, lest they be grafted onto
    the claim."""
    m = _CONCESSION.search(s)
    if not m:
        return s
    after = [w.lower().strip(",.;:!?") for w in s[m.end():].split()]
    after = after[:next((n for n, w in enumerate(after) if w in NOUN_PHRASE_END), len(after))]
    if has_verb(s[:m.start()]) and not gw.has_finite_verb(after):
        return s
    return _cut(_CONCESSION, s)


def _apposition(s: str) -> str:
    """The claim without an apposition (", the second-largest number,"), unless the phrase is
    an item of a list ("an obvious application: a vaccine, a drought-resistant crop, …")."""
    m = _APPOSITION.search(s)
    if not m:
        return s
    before = re.split(r"[,;:]", s[:m.start()])[-1].split()
    if before and before[0].lower() in ("the", "a", "an"):
        return s
    return _cut(_APPOSITION, s)


_TAIL_LEAST_WORDS = 2  # ", with us" completes the verb ("that choice remains, as it always has, with us")


def _qualifier_tail(s: str) -> str:
    """The claim without a qualification closing it (", in a year either like the one before
    it, or colder than most"), unless the qualification is one more of a series ("by planting …,
    by leaving …")."""
    for pattern in (_QUALIFIER_TAIL, _SHORT_ASIDE):
        m = pattern.search(s)
        if m and not re.search(r"\b%s\b" % m.group(1), s[:m.start()], re.IGNORECASE) \
                and (pattern is _SHORT_ASIDE or len(re.findall(r"\w+", m.group())) > _TAIL_LEAST_WORDS):
            s = _cut(pattern, s)
    return s


_WH_WORDS = frozenset("who whom what whether how why where when which".split())


def _but_clause(s: str) -> str:
    """"Discussions focus on large estates, but much food is grown on small plots" → the claim after "but"."""
    parts = _BUT.split(s)
    if len(parts) != 2 or len(parts[0].split()) < 8 or len(parts[1].split()) < 5:
        return s
    if not any(gw.is_finite_verb(w.lower().strip(",")) for w in parts[1].split()):
        return s
    # "the result not of vice, but of some great error": the second half of "not X but Y" is no claim alone.
    # "is not whether the looms will create jobs, but who will keep the profits": the second half of one
    # claim, kept whole unless the first half runs on (then the question that matters is after "but").
    negated = re.search(r"\b(?:not|never)\b", parts[0], re.I)
    if parts[1].split()[0].lower() in _WH_WORDS and negated:
        # "who will keep the profits" alone is a question without its frame: the frame before "not" leads it.
        return s if len(s.split()) <= MAX_WHOLE_CONTRAST_WORDS else f"{parts[0][:negated.start()].rstrip()} {parts[1]}"
    opening = parts[1].split()[0].lower()  # ("but also for one that …": the list goes on)
    if opening in STOP_BACK or opening == "also" or re.search(r"\b(?:not|never)\b", " ".join(parts[0].split()[-6:]), re.I):
        return s
    claim = parts[1].removeprefix("that ")  # "It found that X, but that the same spray killed …": the finding
    return claim[:1].upper() + claim[1:]


def _participle_opener(s: str) -> str:
    """A long statement without its opening participle phrase ("Asked what had changed in the
    village, the headman's grandson said …" → "The headman's grandson said …")."""
    if not is_participle(s.split(" ", 1)[0].lower()):
        return s
    at = opener_end(s)
    if at is None or len(s[at:].split()) < MIN_REDUCED_WORDS:
        return s
    return s[at].upper() + s[at + 1:]
