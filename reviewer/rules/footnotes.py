"""Footnote numbering and placement: a unit's grid in, printed markers and notes out.

As in the published appendix, numbers run in reading order, row by row: the question's
own footnote first, then the cells left to right, then the Summa cell. A reason placed
`cell` is marked on its cell; `summa` reasons of a row are printed once each on the Summa
cell; `none` and derived Et print nothing. Identical texts keep separate numbers unless
`reuse` is asked.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from reviewer.model import Cell, Placement, Question


@dataclass(frozen=True)
class RowMarkers:
    question: tuple[int, ...]
    cells: tuple[tuple[int, ...], ...]  # one per case file, left to right
    summa: tuple[int, ...]


@dataclass(frozen=True)
class Footnotes:
    rows: tuple[RowMarkers, ...]  # one per question, in template order
    notes: tuple[tuple[int, str], ...]  # (number, text) in number order


def printed_reason(cell: Cell) -> str | None:
    """The reason a cell prints, if any: an Eb/Et set by hand with a reason."""
    if cell.derived or cell.code is None or not cell.code.needs_reason:
        return None
    reason = cell.answer.reason.strip()
    return reason or None


def number_footnotes(questions: Sequence[Question], grid: Sequence[Mapping[str, Cell]],
                     first: int, *, reuse: bool = False) -> Footnotes:
    """Number every printed footnote of a unit; `grid` holds one cell map per case file."""
    notes: list[tuple[int, str]] = []
    numbers_by_text: dict[str, int] = {}

    def number(text: str) -> int:
        if reuse and text in numbers_by_text:
            return numbers_by_text[text]
        value = first + len(notes)
        notes.append((value, text))
        numbers_by_text.setdefault(text, value)
        return value

    rows = []
    for question in questions:
        question_marks = (number(question.footnote),) if question.footnote else ()
        cell_marks: list[tuple[int, ...]] = []
        shared: list[str] = []
        for cells in grid:
            cell = cells[question.key]
            reason = printed_reason(cell)
            if reason is not None and cell.answer.placement is Placement.CELL:
                cell_marks.append((number(reason),))
            else:
                cell_marks.append(())
                if (reason is not None and cell.answer.placement is Placement.SUMMA
                        and reason not in shared):
                    shared.append(reason)
        summa_marks = tuple(number(text) for text in shared)
        rows.append(RowMarkers(question=question_marks, cells=tuple(cell_marks),
                               summa=summa_marks))
    return Footnotes(rows=tuple(rows), notes=tuple(notes))
