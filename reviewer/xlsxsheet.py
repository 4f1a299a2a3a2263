"""One worksheet of an .xlsx workbook, read as the auditor sees it in Excel.

The active visible sheet; merged cells on every cell they cover; formulas by their saved
result; hidden rows and columns, a DTD, a damaged or oversized workbook refused.
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from functools import partial
from xml.parsers import expat

from reviewer.errors import SheetError, SheetProblem, column_letter
from reviewer.i18n import N_, _
from reviewer.ooxml import (
    Collector,
    Damaged,
    Handler,
    Package,
    local,
    parser_for,
    unpacked,
)
from reviewer.sheetfiles import MAX_CELL_CHARS, Pick, Row, Table, picked
from reviewer.xlsxpicked import cell_text, picked_rows, shared_strings

MAX_XML_BYTES = 512 * 1024 * 1024  # the unpacked parts read, against zip bombs
MAX_MERGED_CELLS = 1_000_000
MAX_FAST_BYTES = 256 * 1024 * 1024  # a larger sheet is streamed: read whole, it and its
# text would take a gigabyte
_MAX_ROW, _MAX_COLUMN = 1_048_576, 16_384  # Excel's own limits
_HIDDEN_STATES = ("hidden", "veryHidden")
_REF = re.compile(r"\$?([A-Za-z]{1,3})\$?([0-9]{1,7})$")


def read_xlsx(source: str, data: bytes, *, sheet: str | None = None,
              pick: Pick | None = None) -> Table:
    """The non-blank rows of the workbook's active visible worksheet, or of the visible one
    named `sheet`, with `pick` as `sheetfiles.read_rows` has it; SheetError if refused.

    Picked columns are read by `xlsxpicked` when the sheet is written the ordinary way
    (a population of a million rows), else as every other sheet."""
    try:
        with unpacked(data, N_("this is not a readable Excel workbook ({detail})")) as archive:
            return _Workbook(archive).table(source, sheet, pick)
    except Damaged as exc:
        raise SheetError(source, [SheetProblem(0, 0, str(exc))]) from exc


def _once(pick: Pick) -> Pick:
    """`pick` asked once for each row it is offered as the header: the fast reader may ask
    it and then leave the sheet to the full one, which may offer the same row again."""
    answers: list[tuple[list[str], Sequence[int]]] = []

    def once(cells: list[str]) -> Sequence[int] | None:
        if answers and cells == answers[0][0]:
            return answers[0][1]
        found = pick(cells)  # a title, or the full reader offers another row first
        if found is not None:
            answers[:] = [(cells, found)]
        return found
    return once


@dataclass
class _Sheet:
    name: str
    state: str
    relation: str


class _Workbook(Package):
    """The parts of the workbook, each read once, within one budget of unpacked bytes."""

    MISSING_PART = N_("the workbook is damaged: its part {part} is missing")
    TOO_LARGE = N_("the workbook unpacks to more than {limit} MB; it is not read")
    DTD = N_("{part} in the workbook declares a DTD, which a workbook never needs; it is "
             "not read")
    BAD_XML = N_("the workbook is damaged: the XML of {part} cannot be read ({detail})")

    def __init__(self, archive: zipfile.ZipFile) -> None:
        super().__init__(archive, MAX_XML_BYTES)

    def table(self, source: str, name: str | None = None, pick: Pick | None = None
              ) -> Table:
        workbook = self.workbook_part()
        sheets, active, date1904 = self._sheets(workbook)
        relations = self.relation_ids(workbook)  # id → (type, part)
        chosen = self.default_sheet(sheets, active)
        if name is not None:
            chosen = self._named(sheets, name)
        kind, part = relations.get(chosen.relation, ("", ""))
        if kind != "worksheet":
            raise Damaged(_("the active sheet {name} holds no table; make the review sheet "
                            "the active one and save the workbook", name=chosen.name))
        shared = [target for kind, target in relations.values() if kind == "sharedStrings"]
        texts = self.read_part(shared[0]) if shared and self._whole(shared[0]) else None
        data = None
        if pick is not None:
            pick = _once(pick)
        if pick is not None and self._whole(part):
            # The sheet inflates in a thread (zlib lets go of the GIL) while the shared
            # strings are read: a third of a second of a million rows.
            with self.open(part) as stream, ThreadPoolExecutor(1) as pool:
                inflated = pool.submit(stream.read)
                strings = self._shared_strings(shared[0], texts) if shared else []
                data = inflated.result()
            fast = picked_rows(data, strings, pick, partial(_fragment, strings))
            if fast is not None:
                return Table(fast, date1904)
        else:
            strings = self._shared_strings(shared[0], texts) if shared else []
        reader = _WorksheetReader(strings)
        self.parse(part, reader, data)
        rows = reader.finish()
        if reader.problems:
            raise SheetError(source, reader.problems)
        rows = [row for row in rows if any(row[1])]
        return Table(picked(rows, pick) if pick is not None else rows, date1904)

    def workbook_part(self) -> str:
        return self.relations("").get("officeDocument", ["xl/workbook.xml"])[0]

    @staticmethod
    def default_sheet(sheets: list[_Sheet], active: int) -> _Sheet:
        """The sheet read when none is named: the active one, unless it is hidden; then
        the first visible. Damaged when no sheet is visible."""
        visible = [s for s in sheets if s.state not in _HIDDEN_STATES]
        if not visible:
            raise Damaged(_("the workbook has no visible sheet") if sheets
                          else _("the workbook lists no sheets"))
        chosen = sheets[active] if 0 <= active < len(sheets) else visible[0]
        return visible[0] if chosen.state in _HIDDEN_STATES else chosen

    @staticmethod
    def _named(sheets: list[_Sheet], name: str) -> _Sheet:
        """The sheet the auditor named (its case need not match); a hidden one is not
        read, as everywhere."""
        wanted = " ".join(name.split()).casefold()
        found = [s for s in sheets if " ".join(s.name.split()).casefold() == wanted]
        if not found:
            raise Damaged(_("the workbook has no sheet named {name}; its sheets: {names}",
                             name=name, names=", ".join(s.name for s in sheets
                                                        if s.state not in _HIDDEN_STATES)))
        if found[0].state in _HIDDEN_STATES:
            raise Damaged(_("the sheet {name} is hidden in the workbook; show it, or "
                             "choose another", name=found[0].name))
        return found[0]

    def _sheets(self, workbook: str) -> tuple[list[_Sheet], int, bool]:
        """The sheets, the active one's index, and whether dates count from 1904."""
        handler = Collector("sheet", "workbookView", "workbookPr")
        self.parse(workbook, handler)
        sheets = [_Sheet(name=a.get("name", ""), state=a.get("state", "visible"),
                         relation=a.get("id", "")) for a in handler.found
                  if a["#"] == "sheet"]
        views = [a for a in handler.found if a["#"] == "workbookView"]
        try:
            active = int(views[0].get("activeTab", "0")) if views else 0
        except ValueError:
            active = 0
        date1904 = any(a.get("date1904", "").strip() in ("1", "true") for a in handler.found
                       if a["#"] == "workbookPr")
        return sheets, active, date1904

    def _whole(self, part: str) -> bool:
        """Whether the part is read whole (a larger one is streamed through expat)."""
        return self.has(part) and self.archive.getinfo(part).file_size <= MAX_FAST_BYTES

    def _shared_strings(self, part: str, data: bytes | None) -> list[str]:
        """The texts, read from `data` (the part's bytes), or streamed when None."""
        fast = shared_strings(data) if data is not None else None
        if fast is not None:
            return fast
        handler = _SharedStrings()
        self.parse(part, handler, data)
        return handler.strings


def _fragment(strings: list[str], xml: str) -> list[Row] | None:
    """Rows of <sheetData> (`xml`, whole <row> elements) as the full reader reads them;
    None if it finds a problem or damage (the full reader then says what)."""
    reader = _WorksheetReader(strings)
    parser = parser_for(reader)
    try:
        parser.Parse(f"<worksheet><sheetData>{xml}</sheetData></worksheet>", True)
        rows = reader.finish()
    except (expat.ExpatError, Damaged):
        return None
    return None if reader.problems else [row for row in rows if any(row[1])]


class _SharedStrings(Handler):
    """The workbook's table of texts: each <si> is one text, its phonetic runs left out."""

    def __init__(self) -> None:
        self.strings: list[str] = []
        self.parts: list[str] = []
        self.collecting = False
        self.phonetic = 0

    def start(self, name: str, attributes: dict[str, str]) -> None:
        tag = local(name)
        if tag == "si":
            self.parts = []
        elif tag == "t":
            self.collecting = not self.phonetic
        elif tag == "rPh":
            self.phonetic += 1

    def end(self, name: str) -> None:
        tag = local(name)
        if tag == "si":
            self.strings.append("".join(self.parts).strip())
        elif tag == "t":
            self.collecting = False
        elif tag == "rPh":
            self.phonetic -= 1

    def text(self, data: str) -> None:
        if self.collecting:
            self.parts.append(data)


def _reference(ref: str) -> tuple[int, int]:
    """A cell reference such as "B12" as (row, column), both 1-based."""
    match = _REF.match(ref)
    if match is None:
        raise Damaged(_("the workbook is damaged: {ref} is not a cell reference", ref=ref))
    letters, digits = match.groups()
    return _bounded(int(digits), _MAX_ROW), _column(letters)


def _column(letters: str) -> int:
    column = 0
    for letter in letters.upper():
        column = column * 26 + ord(letter) - 64
    return _bounded(column, _MAX_COLUMN)


# What the worksheet reader does at an element, by its local name.
_ROW, _CELL, _VALUE, _FORMULA, _TEXT, _PHONETIC, _MERGE, _COL, _OTHER = range(9)
_KINDS = {"row": _ROW, "c": _CELL, "v": _VALUE, "f": _FORMULA, "t": _TEXT, "rPh": _PHONETIC,
          "mergeCell": _MERGE, "col": _COL}
_DIGITS = "0123456789"


class _WorksheetReader(Handler):
    """The cells of <sheetData> as text, then merged ranges, hidden rows and columns.

    Called for every element of what may be a million cells: one dispatch on a small
    number per event, no object per cell."""

    def __init__(self, strings: list[str]) -> None:
        self.strings = strings
        self.cells: dict[int, list[str]] = {}
        self.problems: list[SheetProblem] = []
        self.merges: list[str] = []
        self.hidden_rows: set[int] = set()
        self.hidden_columns: list[tuple[int, int]] = []
        self.kinds: dict[str, int] = {}  # expat's full name (with namespace) → kind
        self.columns: dict[str, int] = {}  # "AB" → 28
        self.row = 0
        self.row_text = "0"
        self.column = 0
        # The cell being read:
        self.in_cell = False
        self.cell_row = 0
        self.cell_kind = "n"
        self.value: str | None = None
        self.formula = False
        self.inline: list[str] | None = None
        self.parts: list[str] = []
        self.collecting = False
        self.phonetic = 0

    def _kind(self, name: str) -> int:
        kind = self.kinds[name] = _KINDS.get(local(name), _OTHER)
        return kind

    def start(self, name: str, attributes: dict[str, str]) -> None:
        kind = self.kinds.get(name)
        if kind is None:
            kind = self._kind(name)
        if kind == _CELL:
            ref = attributes.get("r")
            if ref:
                letters = ref.rstrip(_DIGITS)
                column = self.columns.get(letters)
                if column is None:
                    column = self.columns[letters] = _reference(ref)[1]
                digits = ref[len(letters):]
                self.cell_row = self.row if digits == self.row_text else _reference(ref)[0]
                self.column = column
            else:
                self.column = _bounded(self.column + 1, _MAX_COLUMN)
                self.cell_row = self.row
            self.cell_kind = attributes.get("t", "n")
            self.value = self.inline = None
            self.formula = False
            self.in_cell = True
        elif not self.in_cell:
            if kind == _ROW:
                number = attributes.get("r")
                self.row = _bounded(int(number) if number and number.isdigit()
                                    else self.row + 1, _MAX_ROW)
                self.row_text = str(self.row)
                self.column = 0
                if attributes.get("hidden") in ("1", "true"):
                    self.hidden_rows.add(self.row)
            elif kind == _MERGE:
                self.merges.append(attributes.get("ref", ""))
            elif kind == _COL:
                self._col(attributes)
        elif kind == _VALUE:
            self.parts = []
            self.collecting = True
        elif kind == _TEXT:
            if not self.phonetic:
                self.parts = []
                self.collecting = True
        elif kind == _FORMULA:
            self.formula = True
        elif kind == _PHONETIC:
            self.phonetic += 1

    def end(self, name: str) -> None:
        if not self.in_cell:
            return
        kind = self.kinds[name]
        if kind == _CELL:
            self.in_cell = False
            self._end_cell()
        elif kind == _VALUE:
            self.value = "".join(self.parts)
            self.collecting = False
        elif kind == _TEXT:
            if self.collecting:
                if self.inline is None:
                    self.inline = []
                self.inline.append("".join(self.parts))
                self.collecting = False
        elif kind == _PHONETIC:
            self.phonetic -= 1

    def text(self, data: str) -> None:
        if self.collecting:
            self.parts.append(data)

    def _col(self, attributes: dict[str, str]) -> None:
        if attributes.get("hidden") in ("1", "true"):
            try:
                first, last = int(attributes["min"]), int(attributes["max"])
            except (KeyError, ValueError):
                raise Damaged(_("the workbook is damaged: a column's width has no "
                                 "range")) from None
            self.hidden_columns.append((_bounded(first, _MAX_COLUMN),
                                        _bounded(last, _MAX_COLUMN)))

    def _end_cell(self) -> None:
        if self.formula and not self.value and self.cell_kind != "str":
            # openpyxl and other libraries write formulas without computing them; only a
            # formula giving text can have an empty result.
            self.problems.append(SheetProblem(self.cell_row, self.column, _(
                "the cell holds a formula with no saved result; open the sheet in Excel "
                "and save it")))
            return
        text = self._text()
        if not text:
            return
        if len(text) > MAX_CELL_CHARS:
            self.problems.append(SheetProblem(self.cell_row, self.column, _(
                "the cell is longer than {limit} characters", limit=MAX_CELL_CHARS)))
            return
        cells = self.cells.get(self.cell_row)
        if cells is None:
            cells = self.cells[self.cell_row] = []
        column = self.column
        if len(cells) < column:
            cells.extend([""] * (column - len(cells)))
        cells[column - 1] = text

    def _text(self) -> str:
        """What Excel shows of the cell as text (a number by its value)."""
        try:
            return cell_text(self.cell_kind, self.value, self.inline, self.strings)
        except (ValueError, IndexError):
            raise Damaged(_("the workbook is damaged: the cell {ref} names a text it "
                             "does not hold", ref=self._ref())) from None

    def _ref(self) -> str:
        return f"{column_letter(self.column)}{self.cell_row}"

    # -- after the last cell ------------------------------------------------------------

    def finish(self) -> list[Row]:
        """The rows in order, merged ranges spread; what is hidden becomes a problem."""
        self._spread_merges()
        rows = sorted(self.cells.items())
        hidden_columns: dict[int, int] = {}  # column → its first row with a value
        for number, cells in rows:
            if number in self.hidden_rows:
                column = next((i for i, cell in enumerate(cells, start=1) if cell), 0)
                if column:
                    self.problems.append(SheetProblem(number, column, _(
                        "the row is hidden in the sheet; show it, or delete it, before "
                        "importing")))
            for first, last in self.hidden_columns:
                for column in range(first, min(last, len(cells)) + 1):
                    if cells[column - 1]:
                        hidden_columns.setdefault(column, number)
        self.problems += [SheetProblem(number, column, _(
            "the column is hidden in the sheet; show it, or delete it, before importing"))
            for column, number in sorted(hidden_columns.items())]
        return rows

    def _spread_merges(self) -> None:
        """A merged range shows its first cell's value on all of it, and only that."""
        covered = 0
        for ref in self.merges:
            first, _colon, last = ref.partition(":")
            (top, left), (bottom, right) = _reference(first), _reference(last or first)
            covered += (bottom - top + 1) * (right - left + 1)
            if covered > MAX_MERGED_CELLS:
                raise Damaged(_("the merged cells of the sheet cover more than {limit} "
                                 "cells; it is not read", limit=MAX_MERGED_CELLS))
            top_cells = self.cells.get(top, [])
            value = top_cells[left - 1] if left <= len(top_cells) else ""
            for row in range(top, bottom + 1):
                cells = self.cells.get(row)
                if cells is None:
                    if not value:
                        continue
                    cells = self.cells[row] = []
                if len(cells) < right:
                    cells.extend([""] * (right - len(cells)))
                cells[left - 1:right] = [value] * (right - left + 1)


def _bounded(number: int, limit: int) -> int:
    if not 1 <= number <= limit:
        raise Damaged(_("the workbook is damaged: a row or column number ({number}) is "
                         "outside the sheet", number=number))
    return number


def sheet_names(source: str, data: bytes) -> tuple[list[str], str]:
    """The workbook's visible sheets, in its order, and the one `read_xlsx` reads when no
    sheet is named (the active one); SheetError if the workbook cannot be read."""
    try:
        with unpacked(data, N_("this is not a readable Excel workbook ({detail})")) as archive:
            package = _Workbook(archive)
            sheets, active, _date1904 = package._sheets(package.workbook_part())
            default = package.default_sheet(sheets, active)
    except Damaged as exc:
        raise SheetError(source, [SheetProblem(0, 0, str(exc))]) from exc
    return [s.name for s in sheets if s.state not in _HIDDEN_STATES], default.name
