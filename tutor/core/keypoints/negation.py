"""Which words of a text are said not to hold: "China did not endorse Pakistan's bid".

A negator ("not", "never", "no", "cannot", "didn't", "failed to", "free of",
"rather than", …) denies the first content word after it in its clause ("did not
*endorse* the bid", "could no longer *contain* disputes"). A negation that a
following "unless", "until" or "without" turns into a condition denies nothing ("cannot
succeed unless it reforms", "cannot be sold until it has passed the trials", "no
corridor can succeed without reform"), nor do
"not only", "not merely" and "no doubt". "Nothing" or "nobody" as a verb's object denies
the verb ("the orchard *bore* nothing"). A clause ends at a punctuation mark or
at a word that opens another clause ("but", "which", "that", "because").

A précis word that echoes a key-point word contradicts it when one is denied
and the other is not, and the other's clause has no negator at all: "China did
not endorse the bid" contradicts "China endorsed the bid", but "the country
cannot offer them work" does not contradict "an economy that cannot employ its
people" (the negation fell on another word of the same clause).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from tutor.core.keypoints.grammar_words import AUXILIARIES, is_finite_verb
from tutor.core.keypoints.words import BARE_NEGATIVES, is_base_verb, is_content, next_word, verb_lemmas
from tutor.core.lemmas import has_lemma
from tutor.core.quantities import NUMBER_WORDS
from tutor.core.span import Span
from tutor.core.tokens import terms

NEGATORS = frozenset("""
not never no nor neither cannot without none nothing nobody nowhere rarely seldom hardly barely scarcely
lack lacks lacked lacking
discourage discourages discouraged discouraging avoid avoids avoided avoiding
""".split())
_AVOIDING = frozenset("discourage discourages discouraged discouraging avoid avoids avoided avoiding".split())
# Words of lack deny what is lacked: "lacking storage" says what "without storage" says. Words of
# scarcity make their clause negative, so "although it lacks the money" is no reversal of "though money
# is short" or "a shortage of money".
_LACKING = frozenset("lack lacks lacked lacking".split())
# "The evidence was insufficient", "a shortage of beds", "in short supply", "a minority of members": there
# was not enough, so the clause is negative and "there were not enough beds" is no reversal of it; but
# nothing is denied ("the hospital had enough beds" reverses "not enough beds" and "too little rain", which
# deny the beds and the rain).
_SCARCE = frozenset("insufficient inadequate scarce scant meagre meager shortage shortages dearth absence "
                    "shortfall minority".split())
_TOO_LITTLE = frozenset("little few".split())
_NEGATORS_BEFORE = {"to": frozenset("unable fail fails failed refuse refuses refused "  # "failed to help"
                                     "forbidden "  # "is forbidden to hire pickers"
                                     "yet "  # "has yet to win the cup": it has not won it
                                     "cease ceases ceased "  # "ceased to flood the plains": it floods no more
                                     "mistake wrong foolish folly unwise".split()),  # "a mistake to despise it"
                    "of": frozenset("free devoid".split())}  # "free of debt", "devoid of water"
# "rather than stopping it" sets one thing against another: a paraphrase may say "prefer talks to pressure",
# so it denies no word, but its clause is negative, and "not stopped" is no contradiction of it.
_CONTRASTS = {"than": frozenset(["rather"]), "of": frozenset(["instead"])}
# "Not enough", "not only", "not just", … deny nothing as "not" does ("not enough" denies what follows it:
# see ``negation``).
_NOT_DENYING = {"not": frozenset("only just merely simply least enough".split()),
                "no": frozenset("doubt matter".split())}
# "Reserves fell to barely two months of cover", "hardly 10 per cent": before a number these say
# "only", and deny nothing ("reserves fell to two months" is no reversal of it).
_ONLY_BEFORE_A_NUMBER = frozenset("barely hardly scarcely".split())
# "Lasted no more than eight months", "not less than half": a bound ("at most", "at least"), no denial.
_BOUNDS = frozenset("more fewer less later earlier greater longer".split())
_COUNTS = frozenset(NUMBER_WORDS) - {"one", "a", "an"}  # "hardly one farmer" is "almost none"
# … and before "any" ("hardly any fresh water", "barely any rain") they say what "scarce" and "little"
# say: the clause is negative, but no word is denied ("fresh water was scarce" is no reversal of it).
# "The defenders had run out of food": they had no food left, so the clause is negative, as after "lack".
_RUN = frozenset("run runs ran running".split())
# "Few farmers sell through cooperatives" says what "farmers do not, as a rule, sell …" says, and the
# opposite of "most farmers sell …"; so do "only a few" and "only a handful". "A few", "quite a few"
# and "the few who remain" say that some do.
_FEW = frozenset("few handful".split())
_SOME_FEW = frozenset("a the these those his her its our their my your".split())
# "Only a small number of pupils passed", "only a tiny minority voted": what "few" says. "A small
# number passed" alone says that some did, as "a few" does.
_SMALL = frozenset("small tiny".split())
_SMALL_SHARES = frozenset("number share minority fraction proportion percentage part".split())
_ONLY = frozenset("only just".split())
# "Few" says that most do not: it denies what is said of the noun it quantifies (its predicate),
# not the noun ("very few people are at the *top*" denies nothing of "people").
_PREDICATE = "predicate"
# "Nothing is more important than …" says what is most important: a comparative after a negative
# pronoun denies nothing.
_NOBODY = frozenset("nothing nobody none noone".split())
# "Nobody in the trial *fell* ill", "no trader in the market was *allowed* to", "neither the mayor nor the
# council *knew*": a negator that opens its clause quantifies the subject, and what is denied is what is
# said of it (as after "few"), not the subject's own words ("the trial", "the council").
_SUBJECT_NEGATORS = frozenset("no nobody none noone neither".split())
_ALMOST = frozenset("almost nearly virtually practically".split())  # "almost no one *came*"
_EXCEPT = frozenset("except excepting besides apart save".split())
COMPARATIVES = frozenset("more less better worse greater fewer higher lower larger smaller".split())
# "The orchard bore nothing", "he helped nobody": a negative pronoun as the object denies the verb
# before it, as "did not bear anything" does; "wanted nothing but peace", "nothing more than a
# rumour" and "nothing else" say what there was, not that there was none.
_OBJECTS = frozenset("nothing nobody".split())
_NOT_OBJECTS_BEFORE = frozenset("but except save besides less more else short other".split())
# "Tempted to think the worst", "tried to leave", "harder to see": what follows is not said to have
# happened, so its clause makes no claim a denial could reverse ("learnt not to think badly of people"
# is no contradiction of "whenever I was tempted to think the worst of people").
# A learner's "the radio stopped to work" means "stopped working" as often as "paused to work": what
# follows is not said to have happened either way.
_UNASSERTED = frozenset("tempted wanted tried hoped longed wished planned meant intended attempted "
                        "hard harder hardest difficult "  # "harder to see": not said to be seen
                        "stop stops stopped stopping".split())
# "There is less cooling", "fewer jobs": a lessened thing. Its clause is negative, so "the air does not
# get cooler" agrees with it, though nothing is denied ("less than" compares).
_LESSENING = frozenset("less fewer".split())
# "Free of charge" says what "free" says: it costs nothing, and denies no "charge" a précis may name.
_PRICE = frozenset("charge charges cost costs payment".split())
# … but the charge is not made: "received the books free of charge" agrees with "never charged for the
# books". What is optional need not be done: "attendance is voluntary" is what "pupils do not have to
# attend" says ("compulsory" is its opposite: ``antonyms``).
_NOT_REQUIRED = frozenset("optional voluntary".split())
# "This does not mean that …", "it does not follow that …": what is denied is the claim after "that".
_MEANING = frozenset("mean means meant follow follows followed imply implies implied prove proves proved".split())
# "The minister denied that the army had been *sent*" says what "said the army had not been sent" says:
# the claim after "that" is denied.
# So does "it is a myth / untrue / false that …".
_DENYING = frozenset("deny denies denied denying myth untrue false".split())
_WILLING = frozenset("willing likely able inclined eager ready".split())
# "Stopped the farmers from selling", "prevented them from leaving": the gerund after "from" did not happen.
# "Pupils are barred from the national exams": what they are kept from stands in a negative clause
# ("cannot sit the exams" says the same), but no word of it is denied ("kept out of the city centre").
_BARRED = frozenset("barred banned excluded prohibited forbidden debarred".split())
_STAYING = frozenset("stay stays stayed staying keep keeps kept keeping".split())  # "stay away from school"
_PREVENTING = frozenset("stop stops stopped prevent prevents prevented bar bars barred keep keeps kept "
                        "ban bans banned forbid forbids forbade forbidden prohibit prohibits prohibited "
                        "deter deters deterred".split())
# "Many leave before finishing primary school", "he died before completing the map": the gerund did
# not happen.
_LEAVING = frozenset("leave leaves left leaving quit quits quitting die dies died dying abandon abandoned "
                     "drop dropped".split())
# "Never let the light go out", "did not make them leave": the denial falls on the verb after the
# causative's object, not on the object.
_CAUSATIVE = frozenset("let lets letting".split())
# "Dropped its entry fee", "scrapped the tax", "lifted the ban", "rejected a plan to close the reefs",
# "swimming is still banned": what such a verb takes away, turns down or forbids does not hold, so its
# object (or, in the passive, its subject) stands in a negative clause ("stopped charging for entry",
# "said no to closing the reefs", "people still cannot swim" say the same), though the verb denies no
# word ("did not scrap the tax" still denies the scrapping).
_REMOVING = frozenset("""
abolish abolishes abolished scrap scraps scrapped drop drops dropped remove removes removed waive waives waived
axe axes axed withdraw withdraws withdrew withdrawn cancel cancels cancelled canceled repeal repeals repealed
lift lifts lifted eliminate eliminates eliminated reject rejects rejected refuse refuses refused decline declines
declined veto vetoes vetoed oppose opposes opposed ban bans banned forbid forbids forbade forbidden prohibit
prohibits prohibited outlaw outlaws outlawed
""".split())
_OBJECT_OPENERS = frozenset("the its their his her our a an this that these those all every".split())
_DECLINING = frozenset("decline declines declined".split())
# "Lifted the ban", "lifted the curfew" take something away; "lifted its interest rate" raises it.
_LIFTING = frozenset("lift lifts lifted".split())
_BANS = frozenset("""
ban bans restriction restrictions curfew embargo sanction sanctions limit limits cap blockade moratorium prohibition
""".split())
_BE = frozenset("is are was were be been being".split())
_REMAINING = frozenset("remain remains remained stay stays stayed left seem seems seemed".split())
_STILL = frozenset("still now also later soon then quickly".split())  # "is *still* banned"
_OBJECT_MOST = 10  # tokens of an object read after such a verb
# "Stopped watering the sapling", "ceased paying": the gerund no longer holds.
_STOPPING = frozenset("stop stops stopped stopping cease ceases ceased ceasing".split())
# "Poses no real *risk* to health", "has no effect on the way teachers *teach*": "no" before an
# adjective denies its noun as well; a denied word of effect denies what it would act on.
_EFFECTS = frozenset("effect effects impact influence bearing difference risk risks threat danger harm".split())
_ACTED_ON = frozenset("on to for upon".split())
# "No *new* orders", "no further rise": what is denied is the addition, not the orders there are.
_ADDED = frozenset("new further additional extra fresh".split())
# "No longer contain", "not able to keep": the denial passes over these to the verb they govern, which
# it denies; the word itself is still under it ("were not allowed to sell" is "were forbidden to sell").
PASSED_OVER = frozenset("longer able allowed permitted likely".split())
_CLAUSE_END_WORDS = frozenset("""
but and or yet which who whom whose that because while whereas although though since so if unless when where as
until rather instead
""".split())
# A relative clause shares its negation with its host: "families that the state fails to help" are
# "families official help never reaches".
_RELATIVES = frozenset("that which who whom whose".split())
_CLAUSE_END = re.compile(r"[,;:.!?()\[\]—–]")
# A denial in a clause of hypothesis ("would", "could", "might") in a sentence that sets a condition
# ("if", "without", "otherwise") says what would happen, not what does: "if they didn't have the
# farmers, no one would have raised the animals" affirms that farmers raised them.
_HYPOTHETICAL = frozenset("""
would could might wouldn't couldn't mightn't wouldnt couldnt would've could've might've
""".split())
_CONDITIONS = frozenset("if without otherwise".split())
_AS_AS = re.compile(r"\bas\s+(?:[\w'’-]+\s+){1,5}?as\b", re.IGNORECASE)
# "No drought anyone remembered had gone on *so long*", "nothing had ever cost as much": after "no",
# "nothing" or "never", "so" or "as" and a word that end the sentence say "the most", as "no one was
# better placed" does, and deny nothing ("had not lasted so long" still denies).
_SO_FAR = re.compile(r"\b(?:so|as)\s+(?:\w+ly\s+)?(?!(?:far|well|planned|expected|usual|before|such|follows)\b)"
                     r"(?![\w'’-]+ed\b)[\w'’-]+(?:\s+(?:before|again|since))?\s*(?:[.!?;]|$)", re.IGNORECASE)
_SUPERLATIVE_NEGATORS = frozenset("no nothing nobody none never".split())
_SENTENCE_END = re.compile(r"[.!?;]")


@dataclass(frozen=True, slots=True)
class Negation:
    denied: tuple[Span, ...]  # words a negator denies
    # clauses with a negator in them, and what a verb takes away, turns down or bars ("dropped *its fee*",
    # "*swimming is* banned", "barred from *the exams*"), or an elided negation denies ("*washing cars* did not")
    negative: tuple[Span, ...]
    counted: tuple[Span, ...] = ()  # of ``denied``, those "few" denies ("few new drugs *emerge*")
    lessened: tuple[Span, ...] = ()  # said of less: "has not grown *as quickly* as before" (more slowly)


def _is_negator(word: str, following: str, before: tuple[str, str] = ("", "")) -> bool:
    """``before``: the two words before ``word``, nearest last."""
    if word.endswith("n't") or word in BARE_NEGATIVES:
        return True
    if _stops_gerund(word, following):
        # "never stopped arguing", "did not stop working": the two negations cancel
        return not any(w in NEGATORS or w.endswith("n't") or w in BARE_NEGATIVES for w in before)
    if following == "to" and before[1] == "less" and word in _WILLING:  # "less willing to start" one
        return True
    if word in _NEGATORS_BEFORE.get(following, ()):
        return True
    if word in _FEW:
        only_a = before[1] == "a" and before[0] in _ONLY  # "only a few", "only a handful"
        return only_a or (word == "few" and before[1] not in _SOME_FEW)
    if _small_share(word, following, before):
        return True
    if word == "little" and before[1] != "a" and _little_of(following):
        return True
    if word == "anything" and following == "but":
        return True  # "the handover was anything but *peaceful*"
    if word in _ONLY_BEFORE_A_NUMBER and (following[:1].isdigit() or following in _COUNTS or following == "any"):
        return False
    return word in NEGATORS and following not in _NOT_DENYING.get(word, ())


# "No one in the village *owns* a car", "few families *own* the land": a present-tense verb is told from
# a plural noun by the article after it.
_ARTICLES = frozenset("a an the his her its their our my your this that these those every each some any".split())


def _predicate_verb(word: str, following: str) -> bool:
    """Whether ``word``, after a subject that "few" or "nobody" quantifies, is the verb of what is
    said of it."""
    return is_finite_verb(word, following) or (following in _ARTICLES and has_lemma(word, "VERB"))


def _undone(word: str, before: tuple[str, str]) -> bool:
    """Whether ``word`` is "un-" before a participle, said of the subject: "voters were *unaffected*",
    "the walls remained *untouched*" say what "were not affected" says, so the clause is negative ("the
    pamphlet had no influence on voters" agrees with it). Before a noun it names a kind ("an unexpected
    storm", "unskilled workers"), and the clause stays as it is."""
    rest = word[2:]
    return word.startswith("un") and len(rest) > 4 and rest.endswith(("ed", "en")) \
        and (before[1] in _BE or before[1] in _REMAINING or before[0] in _BE) \
        and any(lemma != rest for lemma in verb_lemmas(rest)[1:])


def _passive_avoiding(word: str, following: str, before: tuple[str, str]) -> bool:
    """Whether ``word`` is a passive "avoided" / "discouraged", which makes its clause negative but has no
    object to deny: "the war could have been avoided had the *leaders* …" ("what should be avoided is
    *the spectacle* …" names it after "is")."""
    return word in _AVOIDING and before[1] in _BE and following not in _BE


def _short(word: str, following: str, before: tuple[str, str]) -> bool:
    """Whether ``word`` says there is too little: "short of food", "in short supply", "money was short"."""
    return word == "short" and (following in ("of", "supply") or before[1] in _BE)


def _little_of(word: str) -> bool:
    """Whether "little" before ``word`` denies it: a participle ("little *known* in her lifetime",
    "little used") or a word of effect ("had little *effect* on opinion"); not a size ("little houses")
    nor an amount ("little rain fell" says what "rain was scarce" says)."""
    return word in _EFFECTS or (len(word) > 3 and word.endswith(("ed", "wn", "en", "ood"))
                                and any(lemma != word for lemma in verb_lemmas(word)[1:]))


def _small_share(word: str, following: str, before: tuple[str, str]) -> bool:
    """Whether ``word`` opens "only a small number (of)", "only a tiny minority" (``_SMALL``)."""
    return word in _SMALL and following in _SMALL_SHARES and before[1] == "a" and before[0] in _ONLY


def negation(text: str, start: int = 0, end: int | None = None) -> Negation:
    """The denied words and the negative clauses of ``text[start:end]``."""
    tokens = terms(text, start, end)
    denied: list[Span] = []
    negative: list[Span] = []
    counted: list[Span] = []
    less_of: list[Span] = []  # adjectives after "less": "*less dangerous*" is what "safer" says
    # what a verb takes away, turns down or bars ("dropped *its entry fee*", "*swimming is* banned")
    removed: list[Span] = []
    first, negators, waiting, counting = 0, 0, False, False
    superlative: int | None = None  # how many words were denied before a negative pronoun in this clause
    # "… is certain to reach its target even *without* these measures": a clause whose only negator is
    # "without" is negative from there on, not before it
    withouts, without_at = 0, 0
    stretch = 0  # the first token of the clauses that "and" or "or" join to this one

    def close(n: int) -> None:
        if negators:
            start = without_at if negators == withouts else first
            if _elided(tokens, first, n):
                start = stretch  # "whereas filling pools and washing cars did not": of both
            negative.append(Span(tokens[start].start, tokens[n - 1].end))

    for n, tok in enumerate(tokens):
        following = tokens[n + 1].norm if n + 1 < len(tokens) else ""
        if tok.norm in ("or", "nor") and negators and denied and denied[-1] == tokens[n - 1].span \
                and not _CLAUSE_END.search(text, tokens[n - 1].end, tok.start):
            waiting = True  # "never simple or *easy*": the negator reaches over "or" to the next word
            continue
        if tok.norm in ("or", "nor") and waiting == _PREDICATE \
                and not _CLAUSE_END.search(text, tokens[n - 1].end, tok.start):
            continue  # "no tea or coffee *was served*": the subject goes on
        if n and (_CLAUSE_END.search(text, tokens[n - 1].end, tok.start)
                  or (tok.norm in _CLAUSE_END_WORDS and not (tok.norm == "but" and tokens[n - 1].norm == "anything")
                      and not (tok.norm == "yet" and (following == "to" or tokens[n - 1].norm == "not"
                                                  or tokens[n - 1].norm.endswith("n't"))))):
            if tok.norm in ("unless", "until"):  # "cannot succeed unless it reforms", "cannot be sold until
                # it has passed the trials": a condition, not a denial
                denied = [s for s in denied if s.start < tokens[first].start]
            waiting, superlative = False, None
            if tok.norm == "that" and tokens[n - 1].norm in _MEANING and denied and denied[-1] == tokens[n - 1].span:
                # "None of this means that advertising should be *banned*": the claim after "that" is
                # denied, its subject passed over as "few" passes over its noun
                denied.pop()
                waiting, counting = _PREDICATE, False
            elif tok.norm == "that" and tokens[n - 1].norm in _DENYING and not negators:
                # ("did not deny that", "nobody denied that": the claim stands; "that" is a relative word,
                # so the clause goes on and its count of negators with it)
                negators += 1
                waiting, counting = _PREDICATE, False
            if tok.norm not in _RELATIVES or _CLAUSE_END.search(text, tokens[n - 1].end, tok.start):
                close(n)
                if tok.norm not in ("and", "or") or _CLAUSE_END.search(text, tokens[n - 1].end, tok.start) \
                        or _has_verb(tokens, first, n):
                    stretch = n  # "and" joins clauses here ("some grew and others did not"), not subjects
                first, negators, withouts = n, 0, 0
        before = (tokens[n - 2].norm if n > 1 else "", tokens[n - 1].norm if n else "")
        if tok.norm == "from" and (before[1] in _BARRED or (before[1] == "away" and before[0] in _STAYING)) \
                and n + 1 < len(tokens) and not following.endswith("ing"):
            removed.append(_object_of(text, tokens, n))  # "barred from the national exams": they are not sat
        if tok.norm in _NEGATORS_BEFORE["of"] and following == "of" and n + 2 < len(tokens) \
                and tokens[n + 2].norm in _PRICE:
            removed.append(tokens[n + 2].span)  # "free of *charge*": no charge is made
        if tok.norm in _NOT_REQUIRED and n > first and before[1] in _BE:
            removed.append(Span(tokens[first].start, tokens[n - 1].end))  # "*attendance is* voluntary"
        if tok.norm in _REMOVING and not waiting and (tok.norm not in _LIFTING or _lifts_a_ban(tokens, n)):
            if following in _OBJECT_OPENERS or (len(following) > 4 and following.endswith("ing")):
                removed.append(_object_of(text, tokens, n))
            elif n > first and (before[1] in _BE or (before[0] in _BE and before[1] in _STILL)):
                removed.append(Span(tokens[first].start, tokens[n - 1].end))  # "swimming is still banned"
        if waiting is True and (tok.norm in _LACKING or tok.norm in _SCARCE or _short(tok.norm, following, before)):
            # "was not lacking in copper", "not short of food": the two negations cancel
            waiting, negators = False, negators - 1
        elif tok.norm == "without" and (waiting or any(s.start >= tokens[first].start for s in denied)):
            denied = [s for s in denied if s.start < tokens[first].start]  # "no corridor … without reform"
            waiting = False
        elif tok.norm == "from" and following.endswith("ing") and any(
                t.norm in _PREVENTING and t.span not in denied for t in tokens[max(first, n - 4):n]):
            negators += 1  # "stopped the farmers from selling": the selling did not happen
            waiting = True
        elif tok.norm == "before" and following.endswith("ing") and any(
                t.norm in _LEAVING for t in tokens[max(first, n - 4):n]):
            negators += 1  # "leave school before finishing it", "died before completing": it was not finished
            waiting = True
        elif _is_negator(tok.norm, following, before) and not (
                following == "of" and n + 2 < len(tokens) and tokens[n + 2].norm in _PRICE) and not (
                following in _BOUNDS and n + 2 < len(tokens) and tokens[n + 2].norm == "than"):
            as_object = tok.norm in _OBJECTS and _verb_before(text, tokens, n, first) \
                and following not in _NOT_OBJECTS_BEFORE
            if as_object:
                denied.append(tokens[n - 1].span)
            after = tokens[n + 2].norm if n + 2 < len(tokens) else ""
            if _litotes(tok.norm, following, after):
                if tok.norm == "no":
                    denied.append(tokens[n + 1].span)  # "no *small* effect": a large one (not "no effect")
            elif not (tok.norm == "not" and following == "the" and after in _ONLY):  # "not the only ones"
                if tok.norm == "without":
                    without_at = n if not withouts else without_at
                    withouts += 1
                negators += 1
                # ("too few doctors" says what "a shortage of doctors" says: the doctors are denied)
                few = (tok.norm in _FEW and before[1] != "too") or _small_share(tok.norm, following, before)
                subject = (n == first or (n == first + 1 and before[1] in _ALMOST)) \
                    and tok.norm in _SUBJECT_NEGATORS and following != "other"
                # ("costs nothing on *Sundays*": the object denied its verb, and nothing after it)
                waiting = False if as_object or _passive_avoiding(tok.norm, following, before) \
                    else _PREDICATE if few or subject else True
                counting = few
                if tok.norm in _NOBODY or (tok.norm == "no" and following in ("one", "other")):
                    superlative = len(denied)
        elif tok.norm in _DECLINING and following == "to" and n + 2 < len(tokens) \
                and is_base_verb(tokens[n + 2].norm):
            negators += 1  # "declined to fund it" (not "declined to 40,000 copies", "to its lowest level")
            waiting = True
        elif tok.norm in ("if", "though") and before[1] == "as":
            negators += 1  # "described as if bacteria *decided* to fight back": not said to have happened
        elif superlative is not None and tok.norm in COMPARATIVES:
            # "nothing mattered more", "no one was better placed": the most, the best placed
            denied, waiting, superlative = denied[:superlative], False, None
        elif tok.norm in _CONTRASTS.get(following, ()) or tok.norm in _SCARCE or _undone(tok.norm, before) \
                or (tok.norm in _TOO_LITTLE and before[1] == "too") or _short(tok.norm, following, before) \
                or (tok.norm == "enough" and before[1] == "not") \
                or (tok.norm in _ONLY_BEFORE_A_NUMBER and following == "any") \
                or (tok.norm == "out" and following == "of" and before[1] in _RUN) \
                or (following == "to" and tok.norm in _UNASSERTED) \
                or (tok.norm in _LESSENING and following != "than" and is_content(following)):
            negators += 1
            if tok.norm == "less" and has_lemma(following, "ADJ") and not has_lemma(following, "NOUN"):
                less_of.append(tokens[n + 1].span)
            if (tok.norm == "enough" and before[1] == "not") or (tok.norm in _TOO_LITTLE and before[1] == "too") \
                    or (tok.norm == "short" and following == "of" and (before[1] in _BE or before[1] in _RUN)):
                # "there were not enough *beds*", "too little *rain*", "short of *weapons*": what "had enough
                # beds" says is denied; only after "was" or "ran": "fell short of the capital", "falls well short
                # of the minimum" did not reach it, "stopped short of war" and "nothing short of a miracle" say
                # other things, and none of them denies what follows
                # (in short supply, scarce, a shortage of … make their clause negative and agree with it)
                waiting = True
            if n == first and tok.norm in _ONLY_BEFORE_A_NUMBER and following == "any":
                # "Hardly any of the fishermen *could read* the forms": what "few" says of its subject
                waiting, counting = _PREDICATE, True
        elif waiting == _PREDICATE and tok.norm in _EXCEPT:
            # "none of the villagers except the miller *owned* a horse": said of the exception, so not denied
            waiting, negators = False, negators - 1
        elif waiting == _PREDICATE and tok.norm in AUXILIARIES:
            waiting = True  # "few boats were *safe*": the word after the verb
        elif waiting == _PREDICATE and is_content(tok.norm) and not _predicate_verb(tok.norm, following):
            pass  # "few people in Carrow today *remember*": the quantified noun phrase is passed over
        elif waiting is True and tok.norm in _CAUSATIVE:
            # "never once let the light *go out*", "did not let the farmers *sell*": the verb after the
            # object is denied, the object passed over as "few" passes over its noun
            waiting, counting = _PREDICATE, False
        elif waiting and _stops_gerund(tok.norm, following):
            waiting = False  # "never stopped arguing": the two negations cancel, and the arguing is said
            negators -= 1
        elif waiting and is_content(tok.norm) and not _passes_over(tok.norm, following):
            denied.append(tok.span)
            if counting:
                counted.append(tok.span)
            # "no effect on the *way* …"; "no real *risk*": the noun after the adjective
            waiting = (tok.norm in _EFFECTS and following in _ACTED_ON) \
                or (before[1] == "no" and tok.norm not in _ADDED and is_content(following) and has_lemma(tok.norm, "ADJ")
                    and (has_lemma(following, "NOUN") or not is_finite_verb(following)))
    if tokens:
        close(len(tokens))
    hypothetical = [c for c in negative if _hypothetical(text, tokens, c)]
    # "Small farms have not adapted as well as large ones", "no part of the city is as dependent on
    # buses as the old districts": a comparison ("less well", "the most"), not a denial
    compared = [c for c in negative if _compares(text, c)]
    denied = [s for s in denied if not within(s, tuple(hypothetical)) and not within(s, tuple(compared))]
    return Negation(tuple(denied), (*negative, *removed), tuple(s for s in counted if s in denied),
                    (*less_of, *(s for c in compared for s in _lessened(text, c))))


# "She wanted to *give* him part of the prize", "tried to *stop* it": what was meant or attempted,
# not said to have happened; neither a claim nor a denial of it.
_INTENDED = re.compile(r"\b(?:want|wants|wanted|try|tries|tried|hope|hopes|hoped|long|longs|longed|wish|wishes|"
                       r"wished|plan|plans|planned|mean|means|meant|intend|intends|intended|attempt|attempts|"
                       r"attempted|offer|offers|offered|promise|promises|promised)\s+to\s+$", re.IGNORECASE)


def intended(text: str, start: int, end: int, offsets) -> frozenset[int]:
    """Which of the words at ``offsets`` (offsets into ``text``, between ``start`` and ``end``) are
    only meant or attempted ("wanted to *give*"), as indices into ``offsets``."""
    return frozenset(n for n, at in enumerate(offsets) if _INTENDED.search(text, max(start, at - 24), at))


def _has_verb(tokens, first: int, end: int) -> bool:
    """Whether tokens ``[first, end)`` hold a finite verb: a clause, not a noun phrase."""
    return any(is_finite_verb(tokens[k].norm, tokens[k + 1].norm if k + 1 < len(tokens) else "")
               for k in range(first, end))


def _lifts_a_ban(tokens, n: int) -> bool:
    """Whether "lift" at token ``n`` takes a ban away: one of ``_BANS`` within its next three words."""
    return any(t.norm in _BANS for t in tokens[n + 1:n + 4])


def _elided(tokens, first: int, end: int) -> bool:
    """Whether the clause of tokens ``[first, end)`` ends on its negator, its verb left out ("…, whereas
    washing cars did not", "but the council would not"): what it denies was said before it."""
    last = tokens[end - 1].norm
    if end - 1 > first and last in AUXILIARIES:
        last = tokens[end - 2].norm
    return last in ("not", "never") or last.endswith("n't") or last in BARE_NEGATIVES


def _object_of(text: str, tokens, n: int) -> Span:
    """The object after token ``n`` (a verb), as a span into ``text``: the words after it to the end
    of its clause, at most ``_OBJECT_MOST`` ("a proposal to close the reefs")."""
    last = n + 1
    while last + 1 < len(tokens) and last < n + _OBJECT_MOST and tokens[last + 1].norm not in _CLAUSE_END_WORDS \
            and not _CLAUSE_END.search(text, tokens[last].end, tokens[last + 1].start):
        last += 1
    return Span(tokens[n + 1].start, tokens[last].end)


def stops_a_gerund(text: str, span: Span) -> bool:
    """Whether the word at ``span`` is "stop" or "cease" before a gerund ("never *stopped* arguing"):
    it says which way its clause goes, as a negator does, and its own opposite ("continued") says
    nothing against the clause."""
    return _stops_gerund(span.of(text).lower(), next_word(text, span.end))


# "Not a few of the houses still stand", "had no small effect", "no mean feat": a denied small amount
# says a large one (litotes). Only the small word is denied ("no *small* effect" says "a large effect",
# and is no denial of the effect).
_LITOTES = {("not", "a"): frozenset("few little".split()), ("no", ""): frozenset("small little mean slight".split())}


def _litotes(word: str, following: str, after: str) -> bool:
    """Whether negator ``word``, with the two words after it, is a litotes ("not a few", "no small")."""
    if word == "no":
        return following in _LITOTES["no", ""] and is_content(after)
    return after in _LITOTES.get((word, following), ())


def _passes_over(word: str, following: str) -> bool:
    """Whether a denial passes over ``word`` to the verb after it: "no *longer* contain", "not *allowed*
    to sell" (but "no cars are *allowed* into the old quarter" denies the allowing)."""
    return word in PASSED_OVER and (word == "longer" or following == "to")


def _stops_gerund(word: str, following: str) -> bool:
    """"stopped" before "saving", "cease" before "paying" (lower-case words)."""
    return word in _STOPPING and len(following) > 4 and following.endswith("ing")



def _verb_before(text: str, tokens, n: int, first: int) -> bool:
    """Whether token ``n`` directly follows a content verb of its own clause (clause from token
    ``first``): "bore *nothing*", not "for nothing" or "did nothing" (no content verb denied)."""
    if n <= first or _CLAUSE_END.search(text, tokens[n - 1].end, tokens[n].start):
        return False
    word = tokens[n - 1].norm
    return is_content(word) and word not in AUXILIARIES and has_lemma(word, "VERB")


def _lessened(text: str, clause: Span) -> tuple[Span, ...]:
    """The word a "not" clause says less of in its "as … as" ("has not grown as *quickly* as
    before": more slowly; "not as *much* wheat as"), as spans into ``text`` (one or none); after "no" or "never" the words say the most
    ("no part is as dependent on buses as the old districts"), and nothing is lessened."""
    said = {t.norm for t in terms(text, clause.start, clause.end)}
    if said & _SUPERLATIVE_NEGATORS or not any(w == "not" or w.endswith("n't") or w in BARE_NEGATIVES for w in said):
        return ()
    m = _AS_AS.search(text, clause.start)
    if m is None or m.start() > clause.end + 1:
        return ()
    return tuple(t.span for t in terms(text, m.start(), m.end()) if t.norm != "as")[:1]


def _compares(text: str, clause: Span) -> bool:
    """Whether a negative clause runs on, in the same phrase, into "as … as" ("have not adapted
    *as well as* large ones"), or, after "no" or "never", into a closing "so long" ("no drought
    had lasted *so long*"): "as" and "so" end a clause, so the comparison starts right after it."""
    m = _AS_AS.search(text, clause.start)
    if m is not None and m.start() <= clause.end + 1 and not _CLAUSE_END.search(text, clause.start, m.start()):
        return True
    m = _SO_FAR.search(text, clause.start)
    return m is not None and m.start() <= clause.end + 1 and not _CLAUSE_END.search(text, clause.start, m.start()) \
        and any(t.norm in _SUPERLATIVE_NEGATORS for t in terms(text, clause.start, clause.end))


def _hypothetical(text: str, tokens, clause: Span) -> bool:
    """Whether ``clause`` (a negative clause of ``tokens``) stands in a sentence that says what
    would happen under a condition (``_HYPOTHETICAL``, ``_CONDITIONS``): the condition ("without
    the farmers,") and what would follow ("no one would have raised the animals") deny nothing."""
    start = max((m.end() for m in _SENTENCE_END.finditer(text, 0, clause.start)), default=0)
    end = next((m.start() for m in _SENTENCE_END.finditer(text, clause.end)), len(text))
    words = {t.norm for t in tokens if start <= t.start < end}
    return not words.isdisjoint(_HYPOTHETICAL) and not words.isdisjoint(_CONDITIONS)


def within(span: Span, spans: tuple[Span, ...]) -> bool:
    return any(s.start <= span.start < s.end for s in spans)
