"""A passage to summarise, with what a teacher wrote about it."""

from __future__ import annotations

from dataclasses import dataclass, field

from tutor.core.tokens import count_words

LEVELS = ("foundation", "intermediate", "advanced")


@dataclass(frozen=True, slots=True)
class AuthoredKeyPoint:
    """A key point as a teacher wrote it in a pack.

    ``source`` is a verbatim quotation of the passage the point comes from;
    ``accept`` lists other wordings that should count as covering it.
    """

    id: str
    text: str
    weight: float = 1.0
    accept: tuple[str, ...] = ()
    source: str | None = None
    optional: bool = False


@dataclass(frozen=True, slots=True)
class ModelPrecis:
    text: str
    title: str = ""


@dataclass(frozen=True, slots=True)
class Passage:
    id: str
    title: str
    text: str
    level: str = "intermediate"
    subject: str = ""
    key_points: tuple[AuthoredKeyPoint, ...] = ()
    model_precis: tuple[ModelPrecis, ...] = ()
    target_words: int | None = None
    origin: str = field(default="", compare=False)
    words: int = field(init=False, compare=False)  # counted once: the GUI and every check read it

    def __post_init__(self) -> None:
        object.__setattr__(self, "words", count_words(self.text))


def passage_from_text(text: str, origin: str = "", title: str = "") -> Passage:
    """A passage a student pasted or opened as plain text: no key points of its own."""
    return Passage(id="pasted", title=title or "Pasted passage", text=text, origin=origin)
