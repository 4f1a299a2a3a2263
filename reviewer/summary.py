"""Every unit's counts, Summa and findings, and cross-unit tables: the whole project at once.

Reads only the stored codes of the heads, and counts them by the rules' vectorised path
(`reviewer.rules.grid`); tables for people and files come out as pandas frames. Both load
inside the functions, so the app's window does not wait for them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from reviewer.i18n import _
from reviewer.model import Convention, Unit
from reviewer.project import Project
from reviewer.rules import grid
from reviewer.rules.summa import StatusCounts, Summa
from reviewer.rules.summa import UnitSummary as UnitSummary  # the CLI types with it
from reviewer.store import repo

if TYPE_CHECKING:
    import pandas as pd


def summarize(project: Project, unit_ids: Sequence[str] | None = None,
              convention: Convention | None = None) -> list[UnitSummary]:
    """Every unit's summary (or the chosen units'), in the project's order."""
    with project.file.reading() as session:
        units = repo.list_units(session)
        if unit_ids is not None:
            wanted = set(unit_ids)
            units = [u for u in units if u.id in wanted]
        # A unit's case files by their own query: listing the whole project's to keep a
        # few cost a large project a third of a second.
        files = [f for u in units for f in repo.list_case_files(session, u.id)]
        heads = repo.head_table(session, None if unit_ids is None else [u.id for u in units])
    cells = grid.grid_of(project.template, [f.id for f in files], heads)
    return grid.unit_summaries(project.template, units, files, cells,
                               grid.statuses(cells, [f.is_signed_off for f in files]),
                               convention or project.info.convention)


def status_counts(project: Project) -> StatusCounts:
    """How many case files of the whole project are in each status (vectorised)."""
    with project.file.reading() as session:
        files = repo.list_case_files(session)
        heads = repo.head_table(session)
    cells = grid.grid_of(project.template, [f.id for f in files], heads)
    return StatusCounts(grid.statuses(cells, [f.is_signed_off for f in files]))


@dataclass(frozen=True)
class CrossTable:
    """Questions × units with each unit's Summa, plus a total over all of them."""

    keys: tuple[str, ...]
    units: tuple[Unit, ...]
    cells: dict[tuple[str, str], Summa]  # (question key, unit id)
    totals: dict[str, Summa]

    def to_frame(self) -> pd.DataFrame:
        import pandas as pd

        data = {u.name: [self.cells[(k, u.id)].text() for k in self.keys] for u in self.units}
        data[_("Total")] = [self.totals[k].text() for k in self.keys]
        return pd.DataFrame(data, index=pd.Index(self.keys, name=_("Question")))


def cross_unit_table(project: Project, convention: Convention | None = None) -> CrossTable:
    summaries = summarize(project, convention=convention)
    keys = project.template.keys
    cells = {(q.key, s.unit.id): q.summa for s in summaries for q in s.questions}
    totals = {key: Summa.total(cells[(key, s.unit.id)] for s in summaries) for key in keys}
    return CrossTable(keys=keys, units=tuple(s.unit for s in summaries), cells=cells,
                      totals=totals)
