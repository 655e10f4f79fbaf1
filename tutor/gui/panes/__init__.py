"""The parts of the main window's layout: how the panes share the screen."""
