"""Every unit's counts, Summa and findings, and the project's status counts: the whole
project at once.

Reads only the stored codes of the heads and counts them by the rules' vectorised path
(`reviewer.rules.grid`), so a summary never reads a reason or a note.
"""

from __future__ import annotations

from collections.abc import Sequence

from reviewer.model import Convention, FileStatus, Template
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
    cells = grid.grid_of(project.template, [f.id for f in files], heads,
                         [f.signed_off_at for f in files])
    return grid.unit_summaries(project.template, units, files, cells,
                               grid.statuses(cells, [f.is_signed_off for f in files]),
                               convention or project.info.convention)


def status_counts(project: Project) -> StatusCounts:
    """How many case files of the whole project are in each status (vectorised)."""
    with project.file.reading() as session:
        files = structure.list_case_files(session)
        heads = events.head_table(session)
    cells = grid.grid_of(project.template, [f.id for f in files], heads,
                         [f.signed_off_at for f in files])
    return StatusCounts(grid.statuses(cells, [f.is_signed_off for f in files]))


def status_counts_by_file(project: Project, *templates: Template) -> list[list[FileStatus]]:
    """Every case file's status under each of `templates` (the project's answers read
    once): what a change of the template would do to them."""
    with project.file.reading() as session:
        files = structure.list_case_files(session)
        units = {u.id for u in structure.list_units(session)}
        heads = events.head_table(session)
    files = [f for f in files if f.unit_id in units]
    signed = [f.signed_off_at for f in files]
    return [grid.statuses(grid.grid_of(template, [f.id for f in files], heads, signed),
                          [f.is_signed_off for f in files]) for template in templates]
