"""Counts, Summa, findings and cross-unit tables over every answer of a project.

The grid arithmetic runs on numpy arrays (500,000 answers in well under a second); tables
for people and files come out as pandas frames. Both load inside the functions, so the
app's window does not wait for them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from reviewer.i18n import _
from reviewer.model import CaseFile, Code, Convention, FileStatus, Template, Unit
from reviewer.project import Project
from reviewer.store import repo

if TYPE_CHECKING:
    import numpy as np
    import pandas as pd


@dataclass(frozen=True)
class Summa:
    numerator: int
    denominator: int

    @property
    def share(self) -> float | None:
        return self.numerator / self.denominator if self.denominator else None

    def text(self, *, percent: bool = False) -> str:
        base = f"{self.numerator}/{self.denominator}"
        if percent and self.share is not None:
            return f"{base} ({round(100 * self.share)} %)"
        return base


@dataclass(frozen=True)
class QuestionSummary:
    key: str
    text: str
    ja: int
    nej: int
    eb: int
    et: int  # derived Et included
    unanswered: int
    missing_reasons: int
    summa: Summa
    finding: str | None  # the "I x av n akter …" sentence, if the question has a phrase


@dataclass(frozen=True)
class UnitSummary:
    unit: Unit
    files: int
    questions: tuple[QuestionSummary, ...]
    status_counts: dict[FileStatus, int]

    @property
    def findings(self) -> list[str]:
        return [q.finding for q in self.questions if q.finding]

    @property
    def complete(self) -> bool:
        return self.status_counts.get(FileStatus.COMPLETE, 0) + self.status_counts.get(
            FileStatus.SIGNED_OFF, 0) == self.files


def summa_of(ja: int, eb: int, et: int, files: int, convention: Convention) -> Summa:
    """The Summa of one row under a convention (each is described at `Convention`)."""
    if convention is Convention.ALL:
        return Summa(ja, files)
    if convention is Convention.APPLICABLE:
        return Summa(ja, files - et)
    return Summa(ja, files - eb - et)


# The sentence frame is report text in the template's language (the published form is
# Swedish), not interface text: it does not follow the interface language.
FINDING_FORMAT = "I {x} av {n} akter {phrase}."


def finding_sentence(phrase: str, summa: Summa) -> str:
    return FINDING_FORMAT.format(x=summa.numerator, n=summa.denominator, phrase=phrase)


# Codes as small integers in the grid arrays; 0 is unanswered.
_NUMBER = {None: 0, Code.JA.value: 1, Code.NEJ.value: 2, Code.EB.value: 3, Code.ET.value: 4}
_UNANSWERED, _JA, _ET = 0, 1, 4


@dataclass(frozen=True)
class Grid:
    """Case files × questions as arrays: each cell's code number as it reads (derived Et
    included), whether it is derived, and whether it still lacks a needed reason."""

    codes: np.ndarray
    derived: np.ndarray
    missing: np.ndarray


def effective_grid(template: Template, case_file_ids: Sequence[str],
                   heads: Sequence[tuple[str, str, str | None, int]]) -> Grid:
    """The vectorised form of `derive.effective_cells`; a property test keeps them equal."""
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
    return Grid(codes=codes, derived=derived, missing=missing & ~derived)


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


def summarize(project: Project, unit_ids: Sequence[str] | None = None,
              convention: Convention | None = None) -> list[UnitSummary]:
    """Every unit's summary (or the chosen units'), in the project's order."""
    import numpy as np

    convention = convention or project.info.convention
    with project.file.reading() as session:
        units = repo.list_units(session)
        if unit_ids is not None:
            wanted = set(unit_ids)
            units = [u for u in units if u.id in wanted]
        by_unit: dict[str, list[CaseFile]] = {u.id: [] for u in units}
        for case_file in repo.list_case_files(session):
            if case_file.unit_id in by_unit:
                by_unit[case_file.unit_id].append(case_file)
        files = [f for u in units for f in by_unit[u.id]]
        heads = repo.head_table(session, None if unit_ids is None else [u.id for u in units])
    template = project.template
    grid = effective_grid(template, [f.id for f in files], heads)
    unit_number = {u.id: n for n, u in enumerate(units)}
    # files × units, one 1 a row: multiplying by it sums each unit's rows of a grid (in
    # floating point, where numpy multiplies fast; counts stay exact far beyond any sample).
    membership = np.zeros((len(files), len(units)), dtype=np.float64)
    membership[np.arange(len(files)), [unit_number[f.unit_id] for f in files]] = 1.0

    def per_unit(mask: np.ndarray) -> np.ndarray:
        return np.rint(membership.T @ mask.astype(np.float64)).astype(np.int64)

    counts = {code: per_unit(grid.codes == _NUMBER[code.value]) for code in Code}
    unanswered = per_unit(grid.codes == _UNANSWERED)
    missing = per_unit(grid.missing)
    status_counts = {u.id: {s: 0 for s in FileStatus} for u in units}
    for case_file, status in zip(files, _statuses(grid, [f.is_signed_off for f in files]),
                                 strict=True):
        status_counts[case_file.unit_id][status] += 1

    summaries = []
    for unit in units:
        n = unit_number[unit.id]
        unit_files = len(by_unit[unit.id])
        rows = []
        for j, question in enumerate(template.questions):
            ja, nej, eb, et = (int(counts[c][n, j]) for c in (Code.JA, Code.NEJ, Code.EB,
                                                             Code.ET))
            summa = summa_of(ja, eb, et, unit_files, convention)
            finding = (finding_sentence(question.finding, summa)
                       if question.finding and summa.denominator else None)
            rows.append(QuestionSummary(
                key=question.key, text=question.text, ja=ja, nej=nej, eb=eb, et=et,
                unanswered=int(unanswered[n, j]), missing_reasons=int(missing[n, j]),
                summa=summa, finding=finding))
        summaries.append(UnitSummary(unit=unit, files=unit_files, questions=tuple(rows),
                                     status_counts=status_counts[unit.id]))
    return summaries


def status_counts(project: Project) -> dict[FileStatus, int]:
    """How many case files of the whole project are in each status (vectorised)."""
    with project.file.reading() as session:
        files = repo.list_case_files(session)
        heads = repo.head_table(session)
    grid = effective_grid(project.template, [f.id for f in files], heads)
    counts = {status: 0 for status in FileStatus}
    for status in _statuses(grid, [f.is_signed_off for f in files]):
        counts[status] += 1
    return counts


def _statuses(grid: Grid, signed_off: Sequence[bool]) -> list[FileStatus]:
    """Each file's status, by the rule of `Project.progress`."""
    answered_by_hand = ((grid.codes != _UNANSWERED) & ~grid.derived).any(axis=1)
    complete = ((grid.codes != _UNANSWERED) & ~grid.missing).all(axis=1)
    result = []
    for i, is_signed_off in enumerate(signed_off):
        if is_signed_off:
            result.append(FileStatus.SIGNED_OFF)
        elif complete[i]:
            result.append(FileStatus.COMPLETE)
        elif answered_by_hand[i]:
            result.append(FileStatus.IN_PROGRESS)
        else:
            result.append(FileStatus.NOT_STARTED)
    return result


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
    totals = {}
    for key in keys:
        parts = [cells[(key, s.unit.id)] for s in summaries]
        totals[key] = Summa(sum(p.numerator for p in parts), sum(p.denominator for p in parts))
    return CrossTable(keys=keys, units=tuple(s.unit for s in summaries), cells=cells,
                      totals=totals)
