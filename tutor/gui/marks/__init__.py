"""Marks on text: underlines, tints and lines, their colours, and the menus they open."""
