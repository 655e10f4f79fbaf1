"""One grammar or spelling finding, as every engine reports it."""

from __future__ import annotations

from dataclasses import dataclass

from tutor.core.span import Span

CATEGORIES = ("spelling", "grammar", "punctuation", "style")
CATEGORY_NAMES = {"spelling": "Spelling", "grammar": "Grammar", "punctuation": "Punctuation", "style": "Style"}


@dataclass(frozen=True, slots=True)
class GrammarIssue:
    """``span`` is a ``[start, end)`` Python string offset range into the checked text."""

    span: Span
    category: str  # one of CATEGORIES
    rule_id: str
    message: str
    suggestions: tuple[str, ...] = ()
    engine: str = ""

    def to_json(self, text: str = "") -> dict:
        return {"span": self.span.as_list(), "text": self.span.of(text) if text else None,
                "category": self.category, "rule": self.rule_id, "message": self.message,
                "suggestions": list(self.suggestions), "engine": self.engine}
