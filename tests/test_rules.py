"""The rules' two paths agree: one case file alone (the stepping form's, on every key press)
and a whole unit at once (reports and the grid), on random units, in memory and as read
from a project file."""

from __future__ import annotations

import contextlib
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reviewer import review
from reviewer.errors import OperationError
from reviewer.model import Answer, CaseFile, Cell, Code, Convention, Question, Template, Unit
from reviewer.rules.cells import case_file_sheet
from reviewer.rules.sheet import read_case_file, read_units, unit_sheets
from reviewer.rules.summa import StatusCounts, summa_of
from reviewer.summary import summarize
from tests.conftest import AUTHOR

# Sub-questions two deep, so a grandparent that is not Ja is exercised too.
TEMPLATE = Template(name="rules", questions=(
    Question("1", "Ett", finding="har ett uppfyllts"),
    Question("2", "Två"),
    Question("2a", "Under två", parent="2"),
    Question("2a1", "Under 2a", parent="2a", finding="har 2a1 uppfyllts"),
    Question("3", "Tre"),
    Question("3a", "Under tre", parent="3"),
))
CODES = st.sampled_from([None, *Code])
STORED = st.builds(lambda code, reason, conflict: Cell(Answer(code, reason), conflict=conflict),
                   CODES, st.sampled_from(["", "Skäl"]), st.booleans())
CASE_FILES = st.lists(st.tuples(st.booleans(), st.dictionaries(st.sampled_from(TEMPLATE.keys),
                                                               STORED)), max_size=8)
UNIT = Unit(id="u", name="Enhet", position=0)


@settings(deadline=None)  # the first example loads numpy
@given(CASE_FILES, st.sampled_from(list(Convention)))
def test_a_unit_at_once_reads_as_each_case_file_alone(
        files: list[tuple[bool, dict[str, Cell]]], convention: Convention) -> None:
    case_files = [CaseFile(id=f"f{n}", unit_id=UNIT.id, label=str(n + 1), position=n,
                           signed_off_by="Berit Granskare" if signed_off else None)
                  for n, (signed_off, _stored) in enumerate(files)]
    stored = [cells for _signed_off, cells in files]
    (sheet,) = unit_sheets(TEMPLATE, [UNIT], case_files, stored, convention)
    alone = tuple(case_file_sheet(TEMPLATE, f, cells)
                  for f, cells in zip(case_files, stored, strict=True))
    assert sheet.files == alone
    assert sheet.summary.status_counts == StatusCounts(f.progress.status for f in alone)
    for question, row in zip(TEMPLATE.questions, sheet.summary.questions, strict=True):
        column = [f.cells[question.key] for f in alone]
        codes = [cell.code for cell in column]
        assert (row.ja, row.nej, row.eb, row.et, row.unanswered) == (
            codes.count(Code.JA), codes.count(Code.NEJ), codes.count(Code.EB),
            codes.count(Code.ET), codes.count(None))
        assert row.missing_reasons == sum(cell.missing_reason for cell in column)
        assert row.summa == summa_of(row.ja, row.eb, row.et, len(alone), convention)


EDITS = st.lists(st.tuples(st.integers(0, 5), st.sampled_from(TEMPLATE.keys), CODES,
                           st.booleans()), max_size=30)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(EDITS)
def test_a_read_unit_agrees_with_each_case_file_read_alone_and_the_summary(
        edits: list[tuple[int, str, Code | None, bool]]) -> None:
    with tempfile.TemporaryDirectory() as folder, review.create_project(
            Path(folder) / "p.aktg", title="P", template=TEMPLATE,
            units=[("Ett", 3), ("Två", 3)]) as project:
        units = project.units()
        files = [f for u in units for f in project.case_files(u.id)]
        for index, key, code, reasoned in edits:
            with contextlib.suppress(OperationError):  # a derived sub-question
                review.set_answer(project, files[index].id, key, code, author=AUTHOR,
                                  reason="Skäl" if reasoned else None)
        sheets = read_units(project, [u.id for u in reversed(units)])
        assert [s.unit for s in sheets] == list(reversed(units))
        for sheet in sheets:
            assert sheet.files == tuple(read_case_file(project, f.id)
                                        for f in project.case_files(sheet.unit.id))
            assert [sheet.summary] == summarize(project, [sheet.unit.id])
