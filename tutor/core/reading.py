"""One reading of a précis, shared by every check: its sentences, words and content terms.

Built once per check by ``read_precis`` (as sumy builds one immutable document per text)
and handed to the key-point matcher, the content mark and copy detection, so no check
splits the same sentences into words again. Every span is a ``[start, end)`` offset into
the précis text as given (title line included).
"""

from __future__ import annotations

from dataclasses import dataclass

from tutor.core.keypoints.words import Term, content_terms
from tutor.core.span import Span
from tutor.core.tokens import Token, count_words, sentence_spans, terms


@dataclass(frozen=True, slots=True)
class PrecisSentence:
    span: Span
    terms: tuple[Term, ...]  # content terms (``keypoints.words.content_terms``)
    words: int  # words an examiner counts


@dataclass(frozen=True, slots=True)
class PrecisReading:
    text: str  # the précis file's text, title line included
    body: Span  # where the body stands in ``text``
    sentences: tuple[PrecisSentence, ...]  # of the body, in order
    tokens: tuple[Token, ...]  # every term of the body (``tokens.terms``), for copy detection
    words: int  # counted words of the body


def read_precis(text: str, body: Span) -> PrecisReading:
    """Read ``text`` once. ``body``: the body's span (see ``title.split_title``); sentences
    stop at its end, so a closing "95 words" line is not read as an idea."""
    sentences = tuple(PrecisSentence(s, content_terms(text, s.start, s.end), count_words(text, s.start, s.end))
                      for s in sentence_spans(text[:body.end], body.start))
    return PrecisReading(text, body, sentences, terms(text, body.start, body.end),
                         count_words(text, body.start, body.end))
