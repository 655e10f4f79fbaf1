"""Views a passage reports only to reject them.

An argument often states the other side before answering it: "Critics argue that such taxes
hurt poor families. The evidence says otherwise." Read alone, and with its attribution dropped
as a key point's is ("… the FAO estimates that …" → the estimate), the first sentence says the
opposite of what the writer holds. Such a sentence is no key point: offered as one, it would
tell a student to write the view the passage rejects, and credit a précis that agrees with it.
"""

from __future__ import annotations

import re

from tutor.core.tokens import sentence_spans

# Who holds a view a writer sets out to answer: the other side, or people at large.
# Who takes the other side of an argument: their view is not the writer's, whatever follows it.
OTHER_SIDE = frozenset("critics opponents sceptics skeptics detractors cynics doubters pessimists optimists".split())
_OTHERS = (r"(?:(?:its|their|the|his|her|our|some|many)\s+)?(?:" + "|".join(sorted(OTHER_SIDE)) + r")"
           r"|(?:some|many|other)(?:\s+[a-z]+)?|others|most\s+people|conventional\s+wisdom")
_HOLD = (r"(?:argue|argued|say|said|claim|claimed|believe|believed|insist|insisted|contend|contended|maintain|"
         r"maintained|warn|warned|fear|feared|complain|complained|object|objected|think|thought|assume|assumed|"
         r"suggest|suggested|hold|held|imagine|imagined|suppose|supposed|tell\s+us|told\s+us)")
_REPORTED_VIEW = re.compile(
    r"^\W*(?:(?:but|yet|now|admittedly|of\s+course|true)\W+)?(?:"
    + _OTHERS + r")\s+(?:\w+ly\s+)?" + _HOLD + r"\b"
    r"|^\W*it\s+is\s+(?:often|sometimes|widely|commonly|frequently|usually|generally|still)\s+"
    r"(?:said|argued|claimed|believed|thought|assumed|supposed|held)\b"
    r"|^\W*the\s+(?:common|popular|usual|conventional|received|familiar|standard)\s+"
    r"(?:view|belief|wisdom|assumption|argument|claim|story|complaint)\b",
    re.IGNORECASE)
# The answer, opening the next sentence or after ", but" in the same one.
_REBUTTAL = re.compile(
    r"\W*(?:the\s+(?:opposite|reverse)\s+is\s+(?:closer\s+to\s+the\s+truth|nearer\s+the\s+truth|the\s+truth|true|"
    r"the\s+case)"
    r"|the\s+(?:evidence|facts|figures|data|record|numbers)\s+(?:says?|suggests?|shows?|tells?|points?|tell|show|"
    r"suggest|point)\s+(?:otherwise|the\s+opposite|another\s+story|a\s+different\s+story)"
    r"|(?:this|that|it|they|both|the\s+(?:claim|argument|fear|view|belief|idea)s?|such\s+(?:fears|claims|views))\s+"
    r"(?:is|are|was|were)\s+(?:\w+\s+)?(?:wrong|mistaken|false|untrue|unfounded|misplaced|a\s+myth|not\s+so|"
    r"an?\s+(?:caricature|illusion|misconception|fallacy|delusion|mistake|error)|nonsense|"
    r"not\s+true|not\s+the\s+case)"
    r"|nothing\s+could\s+be\s+further\s+from\s+the\s+truth"
    r"|(?:in\s+reality|in\s+truth|the\s+truth\s+is)\b)",  # not "in fact" or "actually": they also confirm
    re.IGNORECASE)
_BUT = re.compile(r"[,;]\s+(?:but|yet)\s+", re.IGNORECASE)


BARE_WORDS = 3  # a rebuttal with no more than this many words after its answer says nothing alone


def rejected_views(text: str) -> frozenset[int]:
    """The sentences of ``text`` (their indices in ``tokens.sentence_spans(text)``, as
    ``ideas.Idea.sentence`` counts them) that report a view of others ("Critics argue that …",
    "It is often said that …", "The common view is that …") which the same sentence (", but
    they are wrong") or the next one ("The evidence says otherwise.", "In reality, …") rejects;
    with them, a next sentence that is the bare answer ("The opposite is closer to the truth."),
    which says nothing without the view. "In reality, purchases fell by a tenth." says something
    and is not among them."""
    spans = sentence_spans(text)
    found = set()
    for n, s in enumerate(spans):
        sentence = s.of(text)
        if not _REPORTED_VIEW.match(sentence):
            continue
        if any(_REBUTTAL.match(sentence, m.end()) for m in _BUT.finditer(sentence)):
            found.add(n)
        elif n + 1 < len(spans):
            answer = spans[n + 1].of(text)
            m = _REBUTTAL.match(answer)
            if m:
                found.add(n)
                if len(answer[m.end():].split()) <= BARE_WORDS:
                    found.add(n + 1)
    return frozenset(found)
