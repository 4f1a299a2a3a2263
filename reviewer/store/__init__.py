"""Storage of a project file (*.aktg): SQLite through SQLModel; nothing above this imports SQL."""
