"""Every unit's counts, Summa and findings, and the project's status counts: the whole
project at once.

Reads only the stored codes of the heads and counts them by the rules' vectorised path
(`reviewer.rules.grid`), so a summary never reads a reason or a note.
"""

from __future__ import annotations

from collections.abc import Sequence

from reviewer.model import Convention
from reviewer.project import Project
from reviewer.rules import grid
from reviewer.rules.summa import StatusCounts, UnitSummary
from reviewer.store import events, structure


def summarize(project: Project, unit_ids: Sequence[str] | None = None,
              convention: Convention | None = None) -> list[UnitSummary]:
    """Every unit's summary (or the chosen units'), in the project's order."""
    with project.file.reading() as session:
        units = structure.list_units(session)
        if unit_ids is not None:
            wanted = set(unit_ids)
            units = [u for u in units if u.id in wanted]
        # A unit's case files by their own query: listing the whole project's to keep a
        # few cost a large project a third of a second.
        files = [f for u in units for f in structure.list_case_files(session, u.id)]
        heads = events.head_table(session, None if unit_ids is None else [u.id for u in units])
    cells = grid.grid_of(project.template, [f.id for f in files], heads)
    return grid.unit_summaries(project.template, units, files, cells,
                               grid.statuses(cells, [f.is_signed_off for f in files]),
                               convention or project.info.convention)


def status_counts(project: Project) -> StatusCounts:
    """How many case files of the whole project are in each status (vectorised)."""
    with project.file.reading() as session:
        files = structure.list_case_files(session)
        heads = events.head_table(session)
    cells = grid.grid_of(project.template, [f.id for f in files], heads)
    return StatusCounts(grid.statuses(cells, [f.is_signed_off for f in files]))
