"""Précis Tutor: practise précis writing offline."""

__version__ = "0.1.0"
