"""The audit rules in one place: how a cell reads, when a case file is complete, the Summa
and the footnotes, and the read model every pane, report and command shows.

  cells.py      the scalar path: one case file's cells as they read, its progress and status
  grid.py       the vectorised path: the same rules over many case files at once (numpy)
  summa.py      Summa under a convention, finding sentences, a unit's counts
  footnotes.py  footnote numbering and placement in reading order
  sheet.py      `UnitSheet` and `CaseFileSheet`: what a unit and a case file hold, read once

`tests/test_rules.py` keeps the two paths equal on random units.
"""
