"""The analysis core. Pure Python: nothing here imports Qt."""
