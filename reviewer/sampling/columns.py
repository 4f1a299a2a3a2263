"""What a list of cases offers before it is drawn from: its sheets and the columns of its
header row, for the auditor to choose the identifier, stratum, date and kept columns.

Only the header is wanted: a CSV file is read up to its header row (a title or two above
it are passed over, as `population.is_header` has it).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from reviewer.errors import SamplingError, column_letter
from reviewer.i18n import N_, _
from reviewer.sampling.population import is_header
from reviewer.sheetfiles import read_sheet_bytes, rows_of


@dataclass(frozen=True)
class Column:
    letter: str  # A, B, …
    header: str  # as written in the header row; "" for a blank one
    # How the population is told of the column: its header, or its letter when the header
    # is blank or not the column's alone.
    name: str


@dataclass(frozen=True)
class ListColumns:
    sheets: tuple[str, ...]  # a workbook's visible sheets; none for a CSV file
    sheet: str  # the sheet read ("" for a CSV file)
    columns: tuple[Column, ...]


_TITLE_ROWS = 10  # rows above the header a list may have (a report's name, its period)


class _Header(Exception):
    def __init__(self, cells: list[str]) -> None:
        super().__init__()
        self.cells = cells


def list_columns(path: Path, sheet: str | None = None) -> ListColumns:
    """The sheets of the list at `path` and the columns of `sheet` (else the one read by
    default); SheetError if it cannot be read, SamplingError if it has no header row."""
    data = read_sheet_bytes(path)
    sheets: list[str] = []
    chosen = ""
    if data.startswith(b"PK"):
        from reviewer.xlsxsheet import sheet_names

        sheets, chosen = sheet_names(str(path), data)
        chosen = sheet or chosen

    offered: list[list[str]] = []

    def stop(cells: list[str]) -> None:
        # The header is the first row holding two different texts (a title above it holds
        # one), looked for among the first rows; else the first row (a list of one column).
        offered.append(cells)
        if is_header(cells, frozenset(), letters=True):
            raise _Header(cells)
        if len(offered) > _TITLE_ROWS:
            raise _Header(offered[0])
        return None

    try:
        rows_of(path.name, data, sheet=chosen or None, pick=stop)
    except _Header as header:
        cells = header.cells
    else:
        if not offered:
            raise SamplingError(N_("The population {source} holds no cases: {what}."),
                                source=path.name, what=_("the sheet is empty"))
        cells = offered[0]
    seen = [" ".join(cell.split()).casefold() for cell in cells]
    columns = tuple(Column(letter, cell, cell if cell and seen.count(seen[i]) == 1
                           else letter)
                    for i, cell in enumerate(cells)
                    for letter in [column_letter(i + 1)])
    return ListColumns(tuple(sheets), chosen, columns)
