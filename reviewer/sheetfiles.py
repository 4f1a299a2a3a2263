"""Review sheets from disk: a CSV file or an Excel workbook as rows of (sheet row, cells).

What is read is what the auditor sees; a sheet that cannot be read that way is refused.
"""

from __future__ import annotations

import codecs
import csv
import io
import itertools
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from reviewer.errors import SheetError, SheetProblem
from reviewer.i18n import _
from reviewer.userfiles import TooLargeError, read_whole

Row = tuple[int, list[str]]  # (row number as the sheet shows it, cell texts from column A)

MAX_CELL_CHARS = 32_767  # Excel's own limit on a cell
MAX_SHEET_BYTES = 256 * 1024 * 1024
_DELIMITERS = (";", ",", "\t")
_SNIFF_RECORDS = 200
_SNIFF_CHARS = 4 * 1024 * 1024  # read for the delimiter, at most
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # .xls, and any password-protected .xlsx


@dataclass(frozen=True)
class Table:
    """A sheet's rows, and whether its date serials count from 1904 (Excel's other date
    system, set per workbook; a CSV has none)."""

    rows: list[Row]
    date1904: bool = False


# Which cells of each row to keep, given a row offered as the header (kept whole): 0-based
# column indexes, in the order wanted; None when the row is not the header but a title
# above it (the next non-blank row is offered then, the title is no row).
Pick = Callable[[list[str]], Sequence[int] | None]


def read_rows(path: Path, *, sheet: str | None = None, pick: Pick | None = None
              ) -> list[Row]:
    """The sheet's non-blank rows with their own row numbers, cells stripped; SheetError
    (every problem with its row and column) if it cannot be read as the auditor sees it.

    `sheet` names a workbook's sheet (else the active one); `pick` keeps only some cells
    of the rows after the header (a row blank in those but not elsewhere is still a row).
    """
    return rows_of(str(path), read_sheet_bytes(path), sheet=sheet, pick=pick)


def read_sheet_bytes(path: Path) -> bytes:
    """The file's bytes, within the size a sheet is read at; SheetError if not."""
    source = str(path)
    try:
        return read_whole(Path(path), MAX_SHEET_BYTES)
    except TooLargeError as exc:
        raise _refused(source, _("the file is {size} MB; a review sheet is not read "
                                 "above {limit} MB", size=exc.size // 2**20,
                                 limit=MAX_SHEET_BYTES // 2**20)) from None
    except FileNotFoundError:
        raise _refused(source, _("the file does not exist")) from None
    except OSError as exc:
        raise _refused(source, _("the file could not be read: {detail}",
                                 detail=exc.strerror or exc)) from exc


def rows_of(source: str, data: bytes, *, sheet: str | None = None, pick: Pick | None = None
            ) -> list[Row]:
    """`read_rows` of bytes already read (`source` names them in messages)."""
    return table_of(source, data, sheet=sheet, pick=pick).rows


def table_of(source: str, data: bytes, *, sheet: str | None = None, pick: Pick | None = None
             ) -> Table:
    """`rows_of` with the workbook's date system."""
    if data.startswith(_OLE_MAGIC):
        raise _refused(source, _("this is an old Excel file (.xls) or a workbook with a "
                                 "password; save it as .xlsx without a password"))
    if data.startswith(b"PK"):
        from reviewer.xlsxsheet import read_xlsx

        return read_xlsx(source, data, sheet=sheet, pick=pick)
    if sheet is not None:
        raise _refused(source, _("a CSV file has no sheets; leave out the sheet's name"))
    rows = _read_csv(source, data, pick)
    # Picked, every row kept is one: a row blank in the picked cells but not elsewhere
    # is still a row of the sheet (a population counts it).
    return Table(rows if pick is not None else [row for row in rows if any(row[1])])


def _csv_text(data: bytes) -> str:
    """The text of a CSV file: UTF-16 when it starts with its byte order mark (Excel's
    "Unicode text", tab-separated), else UTF-8 with or without its mark."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16")
    return data.decode("utf-8-sig")


def picked(rows: list[Row], pick: Pick) -> list[Row]:
    """The header whole, then the picked cells of each row (the rows above the header,
    titles, left out)."""
    for at, (_number, cells) in enumerate(rows):
        found = pick(cells)
        if found is not None:
            indexes = list(found)
            return [rows[at], *((number, [cells[i] if i < len(cells) else "" for i in indexes])
                                for number, cells in rows[at + 1:])]
    return []


def _refused(source: str, problem: str) -> SheetError:
    return SheetError(source, [SheetProblem(0, 0, problem)])


def _read_csv(source: str, data: bytes, pick: Pick | None = None) -> list[Row]:
    try:
        text = _csv_text(data)
    except UnicodeDecodeError:
        # Swedish Excel's "CSV (semikolonavgränsad)" writes Windows-1252.
        text = data.decode("cp1252", errors="replace")
    if "\x00" in text:
        raise _refused(source, _("this is not a CSV or Excel sheet"))
    delimiter = _delimiter(text)
    stream = io.StringIO(text, newline="")
    reader = csv.reader(stream, delimiter=delimiter)
    rows: list[Row] = []
    problems: list[SheetProblem] = []
    start = 0  # where the record being read begins in the text
    for number in itertools.count(1):
        try:
            cells = next(reader)
        except StopIteration:
            break
        except csv.Error:
            # The csv module's own limit (131,072 characters) stops the reader; say where.
            problems.append(SheetProblem(number, _long_cell_column(text, start, delimiter),
                                         _too_long()))
            break
        start = stream.tell()
        stripped = list(map(str.strip, cells))
        if stripped and max(map(len, stripped)) > MAX_CELL_CHARS:
            problems += [SheetProblem(number, column, _too_long())
                         for column, cell in enumerate(stripped, start=1)
                         if len(cell) > MAX_CELL_CHARS]
        if pick is not None:
            indexes = pick(stripped) if any(stripped) else None
            if indexes is not None:
                rows.append((number, stripped))  # the header: the rows after it are picked
                _read_picked(reader, stream, list(indexes), number, rows, problems)
                break
            continue
        rows.append((number, stripped))
    if problems:
        raise SheetError(source, problems)
    return rows


def _read_picked(reader: Iterator[list[str]], stream: io.StringIO, indexes: list[int],
                 header: int, rows: list[Row], problems: list[SheetProblem]) -> None:
    """The records after the header, each as its picked cells, stripped. Measured only
    when the record is long enough to hold a cell over the limit, and written as plainly as
    Python runs fast: a population of a million rows is read in about a second (see
    benchmarks/bench_sample.py)."""
    tell, append = stream.tell, rows.append
    start = tell()
    number = header
    try:
        for number, cells in enumerate(reader, start=header + 1):
            width = len(cells)
            picked = [cells[i].strip() if i < width else "" for i in indexes]
            end = tell()
            if end - start > MAX_CELL_CHARS:
                problems += [SheetProblem(number, i + 1, _too_long())
                             for i, cell in zip(indexes, picked, strict=True)
                             if len(cell) > MAX_CELL_CHARS]
            start = end
            if any(picked) or any(cell.strip() for cell in cells):
                append((number, picked))
    except csv.Error:
        text = stream.getvalue()
        problems.append(SheetProblem(number + 1, _long_cell_column(
            text, start, reader.dialect.delimiter), _too_long()))  # type: ignore[attr-defined]


def _too_long() -> str:
    return _("the cell is longer than {limit} characters", limit=MAX_CELL_CHARS)


def _delimiter(text: str) -> str:
    """The delimiter under which most of the first rows have one number of cells.

    Counting characters in the first line misleads as soon as the header's first cell
    holds commas (a question column titled "Fråga, text" in a semicolon file)."""
    best, best_score = _DELIMITERS[0], (-1, -1)
    if len(text) > _SNIFF_CHARS:
        # The first records are enough; copying a large text three times is not (1.7 s
        # for a population of a million rows).
        text = text[:text.rfind("\n", 0, _SNIFF_CHARS) + 1 or _SNIFF_CHARS]
    for delimiter in _DELIMITERS:
        records: list[list[str]] = []
        reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
        try:
            for cells in itertools.islice(reader, _SNIFF_RECORDS):
                if any(cell.strip() for cell in cells):
                    records.append(cells)
        except csv.Error:
            pass  # a cell over the csv module's limit; the records before it decide
        # The width most records share (a title above the header has its own).
        widths = Counter(len(cells) for cells in records if len(cells) > 1)
        width, consistent = max(widths.items(), key=lambda pair: (pair[1], pair[0]),
                                default=(0, 0))
        score = (consistent, width)
        if score > best_score:
            best, best_score = delimiter, score
    return best


def _long_cell_column(text: str, start: int, delimiter: str) -> int:
    """The column of the first cell over the limit in the record starting at `start`."""
    column, length, quoted, at_start = 1, 0, False, True
    index = start
    while index < len(text):
        char = text[index]
        if quoted:
            if char == '"' and text.startswith('"', index + 1):
                index += 1
                length += 1
            elif char == '"':
                quoted = False
            else:
                length += 1
        elif char == '"' and at_start:
            quoted = True
        elif char == delimiter:
            column, length = column + 1, 0
            at_start = True
            index += 1
            continue
        elif char in "\r\n":
            break
        else:
            length += 1
        at_start = False
        if length > MAX_CELL_CHARS:
            break
        index += 1
    return column
