"""Counts, Summa, findings and cross-unit tables, computed with pandas over every answer.

pandas is imported inside the functions, so the app's window does not wait for it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from reviewer.i18n import _
from reviewer.model import Code, Convention, FileStatus, Template, Unit
from reviewer.project import Project
from reviewer.store import repo

if TYPE_CHECKING:
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
    """The Summa of one row under a convention (see DESIGN.md, section 2)."""
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


def effective_grid(template: Template, case_file_ids: Sequence[str],
                   heads: Sequence[tuple[str, str, str, str | None, str, str]]
                   ) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    """Case files × questions: (codes as they read, derived mask, missing-reason mask).

    The vectorised form of `derive.effective_cells`; a property test keeps them equal.
    """
    import pandas as pd

    keys = list(template.keys)
    frame = pd.DataFrame(heads, columns=["unit", "case_file", "key", "code", "reason",
                                         "placement"])
    index = pd.Index(list(case_file_ids), name="case_file")
    codes = (frame.pivot(index="case_file", columns="key", values="code")
             .reindex(index=index, columns=keys).astype(object))
    reasons = (frame.pivot(index="case_file", columns="key", values="reason")
               .reindex(index=index, columns=keys).astype(object))
    codes = codes.where(codes.notna(), None)
    derived = pd.DataFrame(False, index=index, columns=keys)
    for key in _parents_first(template):
        parent = template.question(key).parent
        if parent is None:
            continue
        not_applicable = codes[parent] != Code.JA.value
        derived[key] = not_applicable
        codes.loc[not_applicable, key] = Code.ET.value
    needs_reason = codes.isin([Code.EB.value, Code.ET.value]) & ~derived
    blank_reason = reasons.isna() | (reasons.fillna("").map(str.strip) == "")
    return codes, derived, needs_reason & blank_reason


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
    convention = convention or project.info.convention
    with project.file.reading() as session:
        units = repo.list_units(session)
        if unit_ids is not None:
            wanted = set(unit_ids)
            units = [u for u in units if u.id in wanted]
        files = repo.list_case_files(session)
        heads = repo.head_table(session, [u.id for u in units])
    template = project.template
    files_by_unit: dict[str, list[str]] = {u.id: [] for u in units}
    for case_file in files:
        if case_file.unit_id in files_by_unit:
            files_by_unit[case_file.unit_id].append(case_file.id)
    signed_off = {f.id for f in files if f.is_signed_off}
    all_ids = [f for ids in files_by_unit.values() for f in ids]
    codes, derived, missing = effective_grid(template, all_ids, heads)
    unit_of = {f: u for u, ids in files_by_unit.items() for f in ids}
    by_unit = codes.index.map(unit_of)
    def per_unit(mask: pd.DataFrame) -> dict[str, dict[str, int]]:
        table = mask.groupby(by_unit).sum().to_dict(orient="index")
        return {str(u): {str(k): int(v) for k, v in row.items()} for u, row in table.items()}

    counted = {code: per_unit(codes == code.value) for code in Code}
    unanswered = per_unit(codes.isna())
    missing_counts = per_unit(missing)
    status_counts = {u.id: {s: 0 for s in FileStatus} for u in units}
    for case_file_id, status in _statuses(codes, derived, missing, signed_off).items():
        status_counts[unit_of[str(case_file_id)]][FileStatus(status)] += 1

    summaries = []
    for unit in units:
        n_files = len(files_by_unit[unit.id])
        rows = []
        for question in template.questions:
            def count(table: dict[str, dict[str, int]], key: str = question.key,
                      uid: str = unit.id) -> int:
                return table.get(uid, {}).get(key, 0)

            ja, eb, et = (count(counted[c]) for c in (Code.JA, Code.EB, Code.ET))
            summa = summa_of(ja, eb, et, n_files, convention)
            finding = (finding_sentence(question.finding, summa)
                       if question.finding and summa.denominator else None)
            rows.append(QuestionSummary(
                key=question.key, text=question.text, ja=ja, nej=count(counted[Code.NEJ]),
                eb=eb, et=et, unanswered=count(unanswered),
                missing_reasons=count(missing_counts), summa=summa, finding=finding))
        summaries.append(UnitSummary(unit=unit, files=n_files, questions=tuple(rows),
                                     status_counts=status_counts[unit.id]))
    return summaries


def _statuses(codes: pd.DataFrame, derived: pd.DataFrame, missing: pd.DataFrame,
              signed_off: set[str]) -> pd.Series[str]:
    import pandas as pd

    answered_by_hand = (codes.notna() & ~derived).any(axis=1)
    complete = ((codes.notna() | derived) & ~missing).all(axis=1)
    status = pd.Series(FileStatus.NOT_STARTED.value, index=codes.index, dtype=object)
    status[answered_by_hand] = FileStatus.IN_PROGRESS.value
    status[complete] = FileStatus.COMPLETE.value
    status[codes.index.isin(list(signed_off))] = FileStatus.SIGNED_OFF.value
    return status


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
