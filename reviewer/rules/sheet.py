"""The read model: what a unit and a case file hold, each read once from the stored heads.

`read_units` reads every cell of the units asked for and applies the rules to all their
case files at once (`grid.py`): for reports and the grid view. `read_case_file` reads one
case file's cells and applies the rules to it alone (`cells.py`): cheap enough for every key
press. Both give the same `CaseFileSheet`; `tests/test_rules.py` keeps them equal.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from reviewer.errors import OperationError
from reviewer.i18n import N_, _
from reviewer.model import CaseFile, Cell, Convention, Template, Unit
from reviewer.rules import grid
from reviewer.rules.cells import (
    DERIVED_ET,
    NOT_ASSESSED,
    UNANSWERED_CELL,
    CaseFileSheet,
    case_file_sheet,
)
from reviewer.rules.footnotes import Footnotes, number_footnotes
from reviewer.rules.summa import UnitSummary
from reviewer.store import events, structure

if TYPE_CHECKING:
    from reviewer.project import Project


def cells_of_heads(heads: Mapping[str, events.Head]) -> dict[str, Cell]:
    """Stored cells by question key, from their current events."""
    return {key: Cell(answer=h.event.answer, author=h.event.author, at=h.event.at,
                      conflict=h.conflict) for key, h in heads.items()}


def read_case_file(project: Project, case_file_id: str) -> CaseFileSheet:
    """One case file with its cells as they read and its progress: one read of its cells."""
    with project.file.reading() as session:
        case_file, heads = events.case_file_events(session, case_file_id)
    if case_file is None:
        raise OperationError(N_("There is no such case file in this project."))
    return case_file_sheet(project.template, case_file, cells_of_heads(heads))


@dataclass(frozen=True)
class UnitSheet:
    """A unit as read: each case file's cells and progress, the unit's counts and Summa
    under one convention, and on request its footnotes and what keeps it incomplete."""

    template: Template
    summary: UnitSummary
    files: tuple[CaseFileSheet, ...]

    @property
    def unit(self) -> Unit:
        return self.summary.unit

    @property
    def case_files(self) -> list[CaseFile]:
        return [sheet.case_file for sheet in self.files]

    @property
    def cells(self) -> list[dict[str, Cell]]:
        """Each case file's cells, left to right."""
        return [sheet.cells for sheet in self.files]

    def footnotes(self, first: int, *, reuse: bool = False) -> Footnotes:
        """The printed markers and notes, numbered in reading order from `first`."""
        return number_footnotes(self.template.questions, self.cells, first, reuse=reuse)

    def missing(self) -> list[str]:
        """What keeps each case file from being complete, in words, one line a file."""
        lines = []
        printed = {q.key: q.printed_key for q in self.template.questions}

        def named(keys: Sequence[str]) -> str:
            return ", ".join(printed.get(key, key) for key in keys)

        for sheet in self.files:
            progress = sheet.progress
            conflicted = [key for key, cell in sheet.cells.items() if cell.conflict]
            parts = []
            if progress.unanswered:
                parts.append(_("unanswered {keys}", keys=named(progress.unanswered)))
            if progress.missing_reasons:
                parts.append(_("Eb/Et without a reason {keys}",
                               keys=named(progress.missing_reasons)))
            if conflicted:
                parts.append(_("an undecided conflict between merged copies in {keys} (the "
                               "newer value is printed)", keys=named(conflicted)))
            if parts:
                lines.append(_("case file {label}: {problems}", label=sheet.case_file.label,
                               problems="; ".join(parts)))
        return lines


def read_units(project: Project, unit_ids: Sequence[str],
               convention: Convention | None = None) -> list[UnitSheet]:
    """The units asked for, in that order, read in one transaction (one query of cells a
    unit); the Summa under `convention`, else the project's. A unit no longer in the
    project (removed meanwhile) is left out."""
    with project.file.reading() as session:
        units = [unit for unit_id in dict.fromkeys(unit_ids)
                 if (unit := structure.get_unit(session, unit_id)) is not None]
        case_files = [f for u in units for f in structure.list_case_files(session, u.id)]
        heads = {u.id: events.current_events_of_unit(session, u.id) for u in units}
    stored = [cells_of_heads(heads[f.unit_id].get(f.id, {})) for f in case_files]
    sheets = {s.unit.id: s for s in unit_sheets(project.template, units, case_files, stored,
                                                convention or project.info.convention)}
    return [sheets[unit_id] for unit_id in unit_ids if unit_id in sheets]


def unit_sheets(template: Template, units: Sequence[Unit], case_files: Sequence[CaseFile],
                stored: Sequence[Mapping[str, Cell]],
                convention: Convention) -> list[UnitSheet]:
    """The vectorised path: the units' sheets from the stored cells of their case files
    (`case_files` grouped by unit, `stored` beside them)."""
    cells = grid.grid_of(template, [f.id for f in case_files], [
        (f.id, key, cell.code, cell.answer.missing_reason)
        for f, by_key in zip(case_files, stored, strict=True) for key, cell in by_key.items()],
        [f.signed_off_at for f in case_files])
    progress = grid.progress(template, case_files, cells)
    summaries = grid.unit_summaries(template, units, case_files, cells,
                                    [p.status for p in progress], convention)
    derived = cells.derived.tolist()
    not_assessed = cells.not_assessed.tolist()
    files: dict[str, list[CaseFileSheet]] = {u.id: [] for u in units}
    for i, case_file in enumerate(case_files):
        files[case_file.unit_id].append(CaseFileSheet(
            cells={key: DERIVED_ET if derived[i][j] else NOT_ASSESSED if not_assessed[i][j]
                   else stored[i].get(key, UNANSWERED_CELL)
                   for j, key in enumerate(template.keys)},
            progress=progress[i]))
    return [UnitSheet(template=template, summary=s, files=tuple(files[s.unit.id]))
            for s in summaries]
