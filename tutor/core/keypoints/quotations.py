"""Quotations as key points: who said what, in the order a reader expects.

A story tells its speech with the speaker after the words ('"We must dig deeper," said Hamid,
the oldest member of the council'). Cut apart, "said Hamid, …" would read as a clause lacking
its subject, and take the subject of the sentence before; kept whole and turned round, it reads
'Hamid, the oldest member of the council, said: "We must dig deeper."'.
"""

from __future__ import annotations

import re

from tutor.core.keypoints import grammar_words as gw
from tutor.core.keypoints.statements import finish

# '"…," said Hamid, the oldest member': the speaker follows the verb that reports the quotation.
_SAID_BY = re.compile(r"[\s,]*(?:%s)\s+(?:the\s+|a\s+|an\s+)?[A-Z]" % "|".join(sorted(gw.SPEAKING)), re.IGNORECASE)
_QUOTED_THEN_SPEAKER = re.compile(r'^\W*[“"]([^”"]+?)[,.]?[”"]\s*,?\s*(\w+)\s+(.+?)[.!?]?$')


def quotation_statement(words: str) -> str:
    """A quotation as a statement. Its speaker, when set after the verb ('"We must dig deeper,"
    said Hamid, the oldest member'), comes first, so that the speaker is not read as a subject
    with nothing to say: 'Hamid, the oldest member, said: "We must dig deeper."'."""
    m = _QUOTED_THEN_SPEAKER.match(words.strip())
    if m and m.group(2).lower() in gw.SPEAKING and m.group(3)[:1].isupper():
        speaker = m.group(3) + ("," if "," in m.group(3) else "")
        return finish(f'{speaker} {m.group(2).lower()}: “{finish(m.group(1))}”').rstrip(".")
    return finish(words.replace('"', "").replace("“", "").replace("”", ""))


def said_by(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` opens with a reporting verb and its named speaker
    ('…," said Hamid', '…," asked the captain'): the attribution of the quotation before it."""
    return bool(_SAID_BY.match(text, start, end))
