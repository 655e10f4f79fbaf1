"""Grammar and spelling engines behind one small interface."""

from tutor.core.grammar.issue import CATEGORIES, GrammarIssue

__all__ = ["CATEGORIES", "GrammarIssue"]
