"""Footnote numbering: the published Torsby numbers, and properties over random grids."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from reviewer.model import Answer, Cell, Code, Placement, Question
from reviewer.rules.footnotes import number_footnotes, printed_reason
from reviewer.sample import write_demo


def test_torsby_numbers_are_the_published_ones(tmp_path: Path,
                                               reference: dict[str, Any]) -> None:
    with write_demo(tmp_path / "x.aktg") as project:
        unit = project.unit_by_name("Torsby kommun")
        grid = [project.cells(f.id) for f in project.case_files(unit.id)]
        result = number_footnotes(project.template.questions, grid, first=5)
    printed = [f"{n} {text}" for n, text in result.notes]
    expected = [line.split(" ", 1)[0] + " " + line.split(": ", 1)[1]
                for line in reference["printed_footnote_order"]]
    assert printed == expected
    rows = {q.key: r for q, r in zip(project.template.questions, result.rows, strict=True)}
    assert rows["1"].question == (5,) and rows["1"].cells[1] == (6,)
    assert rows["4"].cells[4] == (7,) and rows["4"].cells[6] == (8,)
    assert rows["7"].cells[0] == (9,)
    assert rows["8a"].summa == (10,) and rows["8a"].cells == ((),) * 10
    assert rows["8b"].summa == () and rows["8c"].summa == ()


def test_reuse_gives_identical_texts_one_number(tmp_path: Path) -> None:
    with write_demo(tmp_path / "x.aktg") as project:
        unit = project.unit_by_name("Torsby kommun")
        grid = [project.cells(f.id) for f in project.case_files(unit.id)]
        result = number_footnotes(project.template.questions, grid, first=5, reuse=True)
    rows = {q.key: r for q, r in zip(project.template.questions, result.rows, strict=True)}
    assert rows["4"].cells[4] == rows["4"].cells[6] == (7,)
    assert [n for n, _ in result.notes] == [5, 6, 7, 8, 9]


QUESTIONS = (Question("1", "A", footnote="Kriterium"), Question("2", "B"),
             Question("2a", "C", parent="2"))
REASONS = st.sampled_from(["", "Skäl A", "Skäl B", "Skäl C"])
CELLS = st.builds(
    lambda code, reason, placement, derived: Cell(
        Answer(code, reason, placement), derived=derived and code is Code.ET),
    st.sampled_from([None, *Code]), REASONS, st.sampled_from(list(Placement)), st.booleans())


@given(st.lists(st.fixed_dictionaries({q.key: CELLS for q in QUESTIONS}), min_size=1,
                max_size=8), st.integers(1, 50), st.booleans())
def test_numbering_properties(grid: list[dict[str, Cell]], first: int, reuse: bool) -> None:
    result = number_footnotes(QUESTIONS, grid, first, reuse=reuse)
    # Consecutive from the first number, in reading order.
    assert [n for n, _ in result.notes] == list(range(first, first + len(result.notes)))
    reading_order = [m for row in result.rows
                     for m in (*row.question, *(x for c in row.cells for x in c), *row.summa)]
    first_seen = list(dict.fromkeys(reading_order))
    assert first_seen == sorted(first_seen)
    assert set(reading_order) == {n for n, _ in result.notes}
    texts = dict(result.notes)
    for question, row in zip(QUESTIONS, result.rows, strict=True):
        for cells, marks in zip(grid, row.cells, strict=True):
            cell = cells[question.key]
            reason = printed_reason(cell)
            if reason is not None and cell.answer.placement is Placement.CELL:
                assert len(marks) == 1 and texts[marks[0]] == reason
            else:  # summa, none, derived, no reason: no marker on the cell
                assert marks == ()
        summa_texts = [texts[m] for m in row.summa]
        assert len(summa_texts) == len(set(summa_texts))  # never a reason twice in a row
        expected = {printed_reason(c[question.key]) for c in grid
                    if printed_reason(c[question.key]) is not None
                    and c[question.key].answer.placement is Placement.SUMMA}
        assert set(summa_texts) == expected
    if not reuse:
        assert len(result.notes) == len(reading_order)
