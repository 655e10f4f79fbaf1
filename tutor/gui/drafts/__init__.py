"""The student's words kept safe: the autosaved draft, one draft per passage, the last save on closing."""
