"""For teachers in class: presentation mode, try-first reveal, model précis, passage packs, marking a class."""
