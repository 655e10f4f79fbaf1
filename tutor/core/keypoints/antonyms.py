"""Words that say the opposite of each other: "rejected" / "approved", "rise" / "fall".

A précis sentence that echoes a key point's other words but puts the opposite of
one of them ("The council approved the plan" for "The council rejected the plan")
contradicts the point: it says the opposite of the passage. The built-in table
holds the reversals a summary most often makes (verbs of decision and change,
quantities and evaluation, modality). WordNet's antonyms are not used: they hold
senses a précis rarely means ("lose" / "keep", "frequent" / "boycott", "borrower" /
"lender"), and with them a model précis of the library said that remittances "keep the
rupee too strong" and was read as reversing "relatives who have lost income".
"""

from __future__ import annotations

from functools import lru_cache

from tutor.core.keypoints.words import term_key, verb_lemmas
from tutor.core.lemmas import has_lemma

# Each line: two sets of words, "|" between them; every word on the left is the opposite of
# every word on the right. Written for this project from ordinary English usage. "Back" ("backed the
# plan") is left out: "got back to", "back then" are far commoner in a précis.
_PAIRS = """
accept approve endorse support favour favor welcome adopt allow permit grant give agree take_up | reject refuse oppose deny veto forbid ban prohibit decline disapprove resist block dismiss turn_down throw_out
rise increase grow climb gain expand boost raise surge soar swell multiply go_up shoot_up step_up double triple treble | fall decrease decline drop shrink reduce cut lower slump plunge dwindle contract diminish sink go_down cut_back cut_down halve
strengthen improve enhance | weaken worsen deteriorate undermine erode impair
succeed win triumph successful | fail lose collapse unsuccessful
help aid benefit assist | harm hurt damage hinder hamper impede
create build construct establish open | destroy demolish abolish close dismantle
start begin launch | stop end halt cease finish
include | exclude omit
save preserve protect conserve rescue | waste squander destroy endanger ruin wreck
increase more greater | fewer less lesser
rich wealthy prosperous affluent | poor impoverished needy
cheap cheaper cheapest inexpensive affordable low-cost cost_less | expensive pricey unaffordable overpriced dearer costlier cost_more
common commonplace frequent usual widespread abundant plentiful | rare uncommon infrequent unusual scarce
strong powerful robust | weak feeble fragile frail
easy simple | difficult hard complex complicated
safe safer safest secure | dangerous unsafe risky riskier hazardous
success victory | failure defeat lose
gain profit surplus | loss deficit lose
growth boom expansion | recession decline slump contraction
peace harmony cooperation friendship | war conflict hostility rivalry enmity
ally friend partner | enemy foe rival adversary
legal lawful | illegal unlawful
possible | impossible
useful helpful beneficial advantageous | useless harmful detrimental disadvantageous
honest truthful | dishonest deceitful
old ancient | new modern young recent
early | late
past | future
win | lose
love | hate
import | export
buy | sell
lend | borrow
give | receive
victory | defeat
optimistic hopeful | pessimistic hopeless
high higher highest | low lower lowest
good better best improve | bad worse worst
big bigger biggest large larger largest great greater greatest | small smaller smallest little
hungry starving | fed well-fed nourished
doubtful questionable dubious uncertain mistaken wrong false | correct right true certain valid sound
retain preserve | lose abandon
connect link join unite closer united | separate divide divided isolate replace
efficient productive | inefficient unproductive wasteful
agree | disagree
likely probable | unlikely improbable
advance advancing | retreat retreating recede receding
continue continues continued | stop stops stopped cease discontinue
warm warmer warmest hot hotter hottest | cold colder coldest cool cooler coolest
wide wider widest broad widen | narrow narrower narrowest
short shorter shortest brief | long longer longest lengthy
stable steady | unstable volatile erratic
accelerate quicken speed sped | slow decelerate
faster fastest quick quicker quickest quickly rapid rapidly swift swiftly | slow slower slowest slowly sluggish
easier easiest simpler simplest | complicated
admit acknowledge concede confess | deny
hire recruit | dismiss sack
trap | release
welcome welcomed | resent resented
thrive flourish prosper | struggle
praise commend acclaim | condemn criticise criticize denounce attack attacked
shallow | deep
give_up | stick_with keep_on carry_on persevere
fall_behind | pull_ahead catch_up keep_up
set_aside | use_up
survive survived | die died perish perished killed
gain gains gained grow grows grew grown | lose loses lost
postpone postponed delay delayed defer deferred | advance expedite hasten
acquit acquitted acquittal | convict convicted conviction
wise wiser wisest prudent sensible | foolish unwise reckless rash imprudent
clean cleaner cleanest unpolluted | polluted dirty dirtier contaminated filthy
heed heeded obey obeyed | ignore ignored disregard disregarded defy defied disobey disobeyed flout flouted
continue continues continued | abandon abandoned scrap scrapped
keep kept | abandon abandoned
attract attracted draw_in | put_off deter deterred repel repelled
welcome welcomed praise praised | complain complained criticise criticised criticize criticized
create created | cut axe axed shed
agree agreed | dispute disputed
optional voluntary | compulsory mandatory obligatory
easier easiest simpler simplest | harder hardest
deeper deepest | shallower shallowest
welcome welcomed | objected
confirm confirmed prove proved | disprove disproved refute refuted
dry drier | wet wetter damp
temporary | permanent
quiet quieter calm peaceful | noisy noisier
older oldest elder eldest | younger youngest newer newest
later latest | earlier earliest sooner
sufficient adequate ample | insufficient inadequate meagre meager
majority | minority
healthy healthier healthiest fit fitter fittest | unhealthy unfit sickly
continue continues continued | give_up
absorb absorbs absorbed | emit emits emitted give_off
trust trusts trusted believe believes believed | distrust distrusted mistrust mistrusted suspicious doubt doubted
expose exposes exposed reveal revealed uncover uncovered disclose disclosed | hide hid hidden conceal concealed cover_up
often frequently | seldom rarely
remember remembered recall recalled | forget forgets forgot forgotten
exaggerate exaggerated overstate overstated | understate understated downplay downplayed play_down
calm calms calmed soothe soothed | agitate agitated inflame inflamed
friendly cordial amicable | hostile unfriendly
underestimate underestimated | overestimate overestimated
effective effectively | ineffective ineffectively
avoidable preventable avoided | inevitable unavoidable
""".strip()


# Converses: one event seen from its two sides ("the villagers raised money by selling shares" is
# "financed by villagers buying shares" when one villager sells to another). Without a reading of
# who did it to whom, they reverse nothing (a model précis lost 5 of 20 to "buying" for "selling").
# "Import" / "export" are no converses: one country does both.
# "Rent" and "lease" are their own converses: "rented the cottage to a couple" is "the couple rented
# the cottage from her"; so is a verb of two parties doing one thing together: "Tova married Brede" is
# "Brede married Tova", "the miners traded coal with the fishermen" is "the fishermen traded with the miners".
_SYMMETRIC = "rent lease meet marry wed trade play fight battle negotiate compete collide merge partner talk argue " \
             "quarrel disagree exchange swap correspond ally"
_CONVERSES = (("buy", "sell"), ("lend", "borrow"), ("give", "receive"), ("teach", "learn"),
              *((verb, verb) for verb in _SYMMETRIC.split()))


@lru_cache(maxsize=1)
def _converse_stems() -> frozenset[frozenset[str]]:
    return frozenset(frozenset((term_key(a), term_key(b))) for a, b in _CONVERSES)


def converse(word: str, key: str, other: str, other_key: str) -> bool:
    """Whether two words (normalised, with their stems) are converses ("sold" and "buying")."""
    mine = {key, *_verb_lemmas(word, key)}
    theirs = {other_key, *_verb_lemmas(other, other_key)}
    return any(frozenset((a, b)) in _converse_stems() for a in mine for b in theirs)


@lru_cache(maxsize=1)
def _tables() -> tuple[dict[str, frozenset[str]], dict[str, frozenset[str]]]:
    """Each stem → the stems of its opposites, and → the stems on its own side of a line
    (words that point the same way: "fall", "shrink", "decline")."""
    opposite: dict[str, set[str]] = {}
    alike: dict[str, set[str]] = {}
    for line in _PAIRS.splitlines():
        left, right = ([term_key(w) for w in side.split()] for side in line.split("|"))
        for side, other in ((left, right), (right, left)):
            for a in side:
                opposite.setdefault(a, set()).update(b for b in other if b != a)
                alike.setdefault(a, set()).update(b for b in side if b != a)
    return ({k: frozenset(v) for k, v in opposite.items()}, {k: frozenset(v) for k, v in alike.items()})


def _table() -> dict[str, frozenset[str]]:
    return _tables()[0]


@lru_cache(maxsize=20_000)
def alike_keys(word: str, key: str) -> tuple[str, ...]:
    """Match keys of words the table puts on ``word``'s side ("shrink" for "fall"): a précis
    that uses one of them has not reversed the point, whatever else its sentence says."""
    stems = (key, *_verb_lemmas(word, key))
    found = {o for k in stems for o in _tables()[1].get(k, ())}
    found.difference_update(stems)
    return tuple(sorted("s:" + k for k in found))


def _verb_lemmas(word: str, key: str) -> tuple[str, ...]:
    """Stems of ``word`` read as a verb ("rose" → "rise"). Only verbs: an adjective's lemma
    ("better" → "good") would make "better rather than worse" the opposite of "good or bad"."""
    return tuple(term_key(x) for x in verb_lemmas(word)[1:] if term_key(x) != key)


# A negative prefix the negator before it cancels: "not uncommon" says "common".
_NEGATIVE_PREFIX = ("un", "in", "im", "il", "ir", "dis", "non")


def unprefixed_key(word: str) -> str | None:
    """The match key (``"s:" + stem``) of ``word`` without its negative prefix ("uncommon" →
    "s:common"), when what is left is a word the table knows; else None."""
    for prefix in _NEGATIVE_PREFIX:
        rest = word[len(prefix):]
        if word.startswith(prefix) and len(rest) >= 3 and term_key(rest) in _table():
            return "s:" + term_key(rest)
    return None


@lru_cache(maxsize=20_000)
def opposite_keys(word: str, key: str) -> tuple[str, ...]:
    """Match keys (``"s:" + stem``, as ``synonyms.match_keys`` gives) of words that say the
    opposite of ``word`` (normalised word, ``key`` its stem); ``()`` when none is known."""
    stems = (key, *_verb_lemmas(word, key))
    found = {o for k in stems for o in _table().get(k, ())}
    found.update(_un_opposites(word))
    found.update(_ful_less_opposites(word))
    found.difference_update(stems)
    return tuple(sorted("s:" + k for k in found))


def _un_opposites(word: str) -> tuple[str, ...]:
    """The stem of ``word`` with "un-" taken off or put on, where the form with "un-" is an adjective
    and no verb by the lemma tables and the other an adjective or a verb ("unpaid" / "paid", "unknown"
    / "known", "unemployed" / "employed"; not "unit" / "it", nor a verb that undoes an action,
    "uncovered" / "covered", "unfolded" / "folded", which is no denial of it)."""
    un, other = (word, word[2:]) if word.startswith("un") else ("un" + word, word)
    if len(other) < 3 or un in _UN_NOT_OPPOSITE or not has_lemma(un, "ADJ") or has_lemma(un, "VERB") \
            or not (has_lemma(other, "ADJ") or has_lemma(other, "VERB")):
        return ()
    return (term_key(un if un != word else other),)


def _ful_less_opposites(word: str) -> tuple[str, ...]:
    """The stem of ``word`` with "-ful" for "-less" or the other way round, where both are adjectives
    (or both adverbs) the lemma tables know: "careful" / "careless", "harmless" / "harmful",
    "hopefully" / "hopelessly" (not "helpful" / "helpless": the helpless cannot help themselves)."""
    for one, other in (("ful", "less"), ("less", "ful"), ("fully", "lessly"), ("lessly", "fully")):
        if word.endswith(one) and len(word) > len(one) + 2:
            turned = word[:-len(one)] + other
            kind = "ADV" if one.endswith("ly") else "ADJ"
            if has_lemma(word, kind) and has_lemma(turned, kind) and not turned.startswith("help"):
                return (term_key(turned),)
    return ()


_UN_NOT_OPPOSITE = frozenset("unlike untold undue unduly".split())  # a preposition; "countless"; "excessive"
