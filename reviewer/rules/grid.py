"""The vectorised path of the rules: many case files' cells as numpy arrays, each file's
status and progress, each unit's counts and Summa.

500,000 answers in well under a second. numpy loads when the first grid is made, so the
app's window does not wait for it. `cells.py` is the same rules for one case file, and
`tests/test_rules.py` keeps the two equal.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from reviewer.model import CaseFile, Code, Convention, FileStatus, Template, Unit
from reviewer.rules.cells import FileProgress, added_after, status_of
from reviewer.rules.summa import StatusCounts, UnitSummary, question_summary

if TYPE_CHECKING:
    import numpy as np

# A stored head as (case file id, question key, code, missing its reason): what the
# store's head table holds, and what a read of whole answers reduces to.
HeadRow = tuple[str, str, str | None, int]

# Codes as small integers in the arrays; 0 is unanswered.
_NUMBER = {None: 0, Code.JA.value: 1, Code.NEJ.value: 2, Code.EB.value: 3, Code.ET.value: 4}
_UNANSWERED, _JA, _ET = 0, 1, 4


@dataclass(frozen=True)
class Grid:
    """Case files × questions: each cell's code number as it reads (derived Et included),
    whether it is derived, whether it still lacks a needed reason, and whether it is not
    assessed (`cells.added_after`)."""

    codes: np.ndarray
    derived: np.ndarray
    missing: np.ndarray
    not_assessed: np.ndarray


def grid_of(template: Template, case_file_ids: Sequence[str],
            heads: Sequence[HeadRow],
            signed_off_at: Sequence[str | None] | None = None) -> Grid:
    """The cells of the case files as they read: the sub-question rule of
    `cells.is_derived`, applied a whole column at a time, parents first; a question added
    after a case file's sign-off (its time in `signed_off_at`, beside `case_file_ids`) and
    unanswered there is not assessed."""
    import numpy as np

    file_index = {case_file_id: i for i, case_file_id in enumerate(case_file_ids)}
    key_index = {key: j for j, key in enumerate(template.keys)}
    rows = [(file_index.get(f, -1), key_index.get(k, -1), _NUMBER[c], m)
            for f, k, c, m in heads]
    cells = np.array(rows, dtype=np.int64).reshape(-1, 4)
    cells = cells[(cells[:, 0] >= 0) & (cells[:, 1] >= 0)]  # removed files, unknown keys
    shape = (len(case_file_ids), len(template.keys))
    codes = np.zeros(shape, dtype=np.int8)
    missing = np.zeros(shape, dtype=bool)
    codes[cells[:, 0], cells[:, 1]] = cells[:, 2]
    missing[cells[:, 0], cells[:, 1]] = cells[:, 3].astype(bool)
    derived = np.zeros(shape, dtype=bool)
    for key in _parents_first(template):
        parent = template.question(key).parent
        if parent is not None:
            column = key_index[key]
            derived[:, column] = codes[:, key_index[parent]] != _JA
            codes[derived[:, column], column] = _ET
    not_assessed = np.zeros(shape, dtype=bool)
    added = [(j, q) for j, q in enumerate(template.questions) if q.added_at is not None]
    if added and signed_off_at is not None:
        for i, stamp in enumerate(signed_off_at):
            for j, question in added:
                not_assessed[i, j] = added_after(question, stamp)
        not_assessed &= (codes == _UNANSWERED) & ~derived
    return Grid(codes=codes, derived=derived, missing=missing & ~derived,
                not_assessed=not_assessed)


def _parents_first(template: Template) -> list[str]:
    done: list[str] = []

    def visit(key: str) -> None:
        if key in done:
            return
        parent = template.question(key).parent
        if parent is not None:
            visit(parent)
        done.append(key)

    for key in template.keys:
        visit(key)
    return done


def statuses(grid: Grid, signed_off: Sequence[bool]) -> list[FileStatus]:
    """Each case file's status (row by row), by `cells.status_of`."""
    answered = grid.codes != _UNANSWERED
    complete = ((answered | grid.not_assessed) & ~grid.missing).all(axis=1).tolist()
    started = (answered & ~grid.derived).any(axis=1).tolist()
    return [status_of(signed_off=s, complete=c, started=a)
            for s, c, a in zip(signed_off, complete, started, strict=True)]


def progress(template: Template, case_files: Sequence[CaseFile],
             grid: Grid) -> list[FileProgress]:
    """Each case file's progress (row by row), as `cells.file_progress` gives it."""
    applicable = ~grid.derived & ~grid.not_assessed
    answered = grid.codes != _UNANSWERED
    done = (answered & ~grid.missing & applicable).sum(axis=1).tolist()
    counted = applicable.sum(axis=1).tolist()
    missing = _keys_by_row(grid.missing, template.keys)
    # A derived cell reads Et; a cell not assessed is not asked.
    unanswered = _keys_by_row(~answered & ~grid.not_assessed, template.keys)
    status = statuses(grid, [f.is_signed_off for f in case_files])
    return [FileProgress(case_file=f, status=status[i], done=done[i], applicable=counted[i],
                         missing_reasons=missing[i], unanswered=unanswered[i])
            for i, f in enumerate(case_files)]


def _keys_by_row(mask: np.ndarray, keys: Sequence[str]) -> list[tuple[str, ...]]:
    import numpy as np

    found: list[list[str]] = [[] for _row in range(mask.shape[0])]
    rows, columns = np.nonzero(mask)  # row by row, columns in template order
    for row, column in zip(rows.tolist(), columns.tolist(), strict=True):
        found[row].append(keys[column])
    return [tuple(row) for row in found]


def unit_summaries(template: Template, units: Sequence[Unit], case_files: Sequence[CaseFile],
                   grid: Grid, status: Sequence[FileStatus],
                   convention: Convention) -> list[UnitSummary]:
    """Each unit's counts and Summa, from the grid of its case files (rows in the order of
    `case_files`, each with its `status`). A question added during the review counts over
    the case files that answered it: its unanswered cells are not in the convention's
    denominator (whatever the convention), so neither are the files signed off before it
    was added, which were never asked it."""
    import numpy as np

    unit_number = {u.id: n for n, u in enumerate(units)}
    # case files × units, one 1 a row: multiplying by it sums each unit's rows of a grid
    # (in floating point, where numpy multiplies fast; counts stay exact far beyond any
    # sample).
    membership = np.zeros((len(case_files), len(units)), dtype=np.float64)
    membership[np.arange(len(case_files)), [unit_number[f.unit_id] for f in case_files]] = 1.0

    def per_unit(mask: np.ndarray) -> list[list[int]]:
        summed: list[list[int]] = np.rint(membership.T @ mask.astype(np.float64)).astype(
            np.int64).tolist()
        return summed

    counts = {code: per_unit(grid.codes == _NUMBER[code.value]) for code in Code}
    unanswered = per_unit((grid.codes == _UNANSWERED) & ~grid.not_assessed)
    missing = per_unit(grid.missing)
    statuses_of_unit: dict[str, list[FileStatus]] = {u.id: [] for u in units}
    for case_file, file_status in zip(case_files, status, strict=True):
        statuses_of_unit[case_file.unit_id].append(file_status)
    summaries = []
    for n, unit in enumerate(units):
        files = len(statuses_of_unit[unit.id])
        summaries.append(UnitSummary(
            unit=unit, files=files, status_counts=StatusCounts(statuses_of_unit[unit.id]),
            questions=tuple(
                question_summary(question, ja=counts[Code.JA][n][j],
                                 nej=counts[Code.NEJ][n][j], eb=counts[Code.EB][n][j],
                                 et=counts[Code.ET][n][j], unanswered=unanswered[n][j],
                                 missing_reasons=missing[n][j],
                                 files=files if question.added_at is None else sum(
                                     counts[code][n][j] for code in Code),
                                 convention=convention)
                for j, question in enumerate(template.questions))))
    return summaries
