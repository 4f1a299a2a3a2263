"""The bilaga: a neutral table model built from a project, and one renderer per format."""
