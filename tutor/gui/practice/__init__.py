"""Practising for weeks: exam mode, the history of attempts, the progress plot and printable reports."""
