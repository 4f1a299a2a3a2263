"""What a list of cases offers before it is drawn from: its sheets and the columns of its
header row, for the auditor to choose the identifier, stratum, date and kept columns.

Only the header is wanted: it is looked for among a list's first rows (a title or two
above it are passed over), and a CSV file is read no further.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from pathlib import Path

from reviewer.errors import SamplingError, column_letter
from reviewer.i18n import N_, _
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


_FIRST_ROWS = 30  # the rows the header is looked for among (titles above it included)


class _Enough(Exception):
    """The first rows are read: the header is among them."""


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
        offered.append(cells)
        if len(offered) >= _FIRST_ROWS:
            raise _Enough
        return None

    with contextlib.suppress(_Enough):
        rows_of(path.name, data, sheet=chosen or None, pick=stop)
    if not offered:
        raise SamplingError(N_("The population {source} holds no cases: {what}."),
                            source=path.name, what=_("the sheet is empty"))
    # The header is the first of the widest rows (the most cells filled) holding two
    # different texts: a title above it (a report's name, its period, when it was printed)
    # holds fewer, or one text spread over merged cells.
    widths = [sum(1 for cell in row if cell) if len({cell for cell in row if cell}) >= 2
              else 0 for row in offered]
    cells = offered[widths.index(max(widths))] if max(widths) else offered[0]
    seen = [" ".join(cell.split()).casefold() for cell in cells]
    columns = tuple(Column(letter, cell, cell if cell and seen.count(seen[i]) == 1
                           else letter)
                    for i, cell in enumerate(cells)
                    for letter in [column_letter(i + 1)])
    return ListColumns(tuple(sheets), chosen, columns)
