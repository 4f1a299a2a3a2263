"""Question lists in a grid: an Excel sheet, a CSV file or a Word table, one question a row.

A header row names the columns in Swedish or English (any case and punctuation); without
one, the first column of texts holds the questions. The Excel export writes the same
columns, so a template written out reads back the same.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from reviewer.errors import SheetError, TemplateError
from reviewer.i18n import N_, _
from reviewer.model import Template
from reviewer.sheetfiles import Row, read_rows
from reviewer.templatefiles.entries import Entry, build_template, clean, clean_key, split_number

# The columns, and the words a header row names each by (folded: lower case, no accents,
# no spaces or punctuation; see `_fold`). Where a cell says more ("Kriterium (fotnot)",
# "Fråga/text"), the words before a bracket, colon, slash or dash count too.
KEY, TEXT, CRITERION, FINDING, PARENT = "key", "text", "criterion", "finding", "parent"
HEADER_WORDS: dict[str, frozenset[str]] = {
    KEY: frozenset({
        "nr", "no", "nummer", "number", "num", "key", "nyckel", "id", "#", "fraganr",
        "fragenr", "fragenummer", "fraganummer", "questionno", "questionnumber",
        "questionnr", "questionkey", "punkt", "lopnummer", "lopnr", "kod", "code"}),
    TEXT: frozenset({
        "fraga", "fragor", "fragetext", "fragatext", "fragestallning", "kontrollfraga",
        "kontrollfragor", "granskningsfraga", "granskningsfragor", "bedomningsfraga",
        "bedomningsfragor", "kontrollpunkt", "kontrollpunkter", "text", "question",
        "questions", "questiontext", "controlquestion", "controlquestions",
        "reviewquestion", "auditquestion", "checkpoint"}),
    CRITERION: frozenset({
        "kriterium", "kriterier", "bedomningskriterium", "bedomningskriterier",
        "granskningskriterium", "granskningskriterier", "revisionskriterium",
        "revisionskriterier", "bedomningsgrund", "fotnot", "fotnoter", "criterion",
        "criteria", "assessmentcriterion", "auditcriterion", "footnote", "footnotes"}),
    FINDING: frozenset({
        "iakttagelse", "iakttagelser", "iakttagelsefras", "iakttagelsetext", "finding",
        "findings", "findingphrase", "findingtext"}),
    PARENT: frozenset({
        "overordnad", "overordnadfraga", "overordnadnr", "huvudfraga", "foralder",
        "foraldrafraga", "underfragatill", "underfragaav", "underfraga", "tillhor",
        "delfragatill", "parent", "parentquestion", "parentkey", "parentno", "parentnr",
        "subquestionof", "under"}),
}
# A row above the header that names the template: "Mall | Missbruksvård" (or one cell).
NAME_WORDS = frozenset({"mall", "mallnamn", "granskningsmall", "namn", "titel", "rubrik",
                        "template", "templatename", "name", "title"})
# What the export writes: the header in the language of the messages (Swedish by default).
COLUMN_TITLES = ((KEY, N_("No.")), (TEXT, N_("Question")), (CRITERION, N_("Criterion")),
                 (FINDING, N_("Finding")), (PARENT, N_("Parent")))
NAME_TITLE = N_("Template")
_HEADER_SEARCH = 10  # rows a header may stand below the top (a title, a note)
_HEAD = re.compile(r"\s[-–—]\s|[(\[:/]")
_KEYLIKE = re.compile(r"\d{1,4}(?:[A-Za-z]{1,2})?(?:\.\d{1,3})*|[a-z]")


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if c.isalnum() or c == "#")


def header_field(cell: str) -> str | None:
    """The column a header cell names, or None."""
    for text in (cell, _HEAD.split(cell, maxsplit=1)[0]):
        folded = _fold(text)
        for name, words in HEADER_WORDS.items():
            if folded in words:
                return name
    return None


@dataclass
class Grid:
    """What a grid holds: its questions, and what was found wrong reading it."""

    entries: list[Entry] = field(default_factory=list)
    name: str | None = None
    parent_column: bool = False
    problems: list[str] = field(default_factory=list)


def find_header(rows: Sequence[Row]) -> tuple[int, dict[str, int]] | None:
    """The header row (its index in `rows`) and the column of each field it names, 0-based:
    of the top rows naming any column, the one naming most (a title "Kontrollfrågor" above
    the header is not it)."""
    best: tuple[int, dict[str, int]] | None = None
    for index, (_number, cells) in enumerate(rows[:_HEADER_SEARCH]):
        columns: dict[str, int] = {}
        for column, cell in enumerate(cells):
            name = header_field(cell) if cell else None
            if name is not None:
                columns.setdefault(name, column)
        if columns and (best is None or len(columns) > len(best[1])):
            best = index, columns
    return best


def read_grid(rows: Sequence[Row], place: Callable[[int], str]) -> Grid:
    """The questions of a grid's rows (row number, cells); `place(row number)` names a
    row in a problem."""
    grid = Grid()
    found = find_header(rows)
    if found is not None:
        at, columns = found
        grid.name = _name(rows[:at])
        if TEXT not in columns:
            grid.problems.append(f"{place(rows[at][0])}: " + _(
                "the header row has no question column (a column headed Fråga, "
                "Kontrollfråga, Question or Text)"))
            return grid
        body = rows[at + 1:]
    else:
        guessed = _guess_columns(rows)
        if guessed is None:
            grid.problems.append(_("no column holds question texts"))
            return grid
        columns, body = guessed, rows
    grid.parent_column = PARENT in columns
    for number, cells in body:
        def cell(name: str, cells: list[str] = cells) -> str:
            column = columns.get(name)
            return clean(cells[column]) if column is not None and column < len(cells) else ""

        values = {name: cell(name) for name in (KEY, TEXT, CRITERION, FINDING, PARENT)}
        if not any(values.values()):
            continue  # a row of other columns only: answers, a Summa, a note
        key, text = clean_key(values[KEY]), values[TEXT]
        if not key:
            typed, text = split_number(text)
            key = typed or ""
        grid.entries.append(Entry(
            place=place(number), text=text, key=key or None,
            parent=clean_key(values[PARENT]) or None, criterion=values[CRITERION] or None,
            finding=values[FINDING] or None, origin=(number, columns[TEXT])))
    return grid


def _name(rows: Sequence[Row]) -> str | None:
    """The template's name from the rows above the header: a row "Mall | name", else the
    first row of one cell (a title)."""
    for _number, cells in rows:
        filled = [clean(c) for c in cells if c.strip()]
        if len(filled) >= 2 and _fold(filled[0]) in NAME_WORDS:
            return filled[1]
    for _number, cells in rows:
        filled = [clean(c) for c in cells if c.strip()]
        if len(filled) == 1 and _fold(filled[0]) not in NAME_WORDS:
            return filled[0]
    return None


def _guess_columns(rows: Sequence[Row]) -> dict[str, int] | None:
    """Without a header: the first column whose cells are mostly texts holds the questions,
    and the column before it their numbers if its cells mostly look like numbers."""
    width = max((len(cells) for _number, cells in rows), default=0)
    for column in range(width):
        values = [cells[column] for _number, cells in rows
                  if column < len(cells) and cells[column].strip()]
        texts = sum(1 for v in values if _is_text(v))
        if values and texts * 2 >= len(values):
            columns = {TEXT: column}
            if column:
                before = [cells[column - 1] for _number, cells in rows
                          if column - 1 < len(cells) and cells[column - 1].strip()]
                if before and sum(1 for v in before if _KEYLIKE.fullmatch(clean_key(v))) * 2 \
                        >= len(before):
                    columns[KEY] = column - 1
            return columns
    return None


def _is_text(value: str) -> bool:
    """Words rather than a number, a key or an answer code."""
    return sum(1 for c in value if c.isalpha()) >= 4 and not _KEYLIKE.fullmatch(
        clean_key(value))


def load_sheet(path: Path, *, allow_identity: bool = False) -> Template:
    """A template from a question list in an Excel workbook or a CSV file (read as grid
    import reads a review sheet: `reviewer.sheetfiles`)."""
    source = str(path)
    try:
        rows = read_rows(path)
    except SheetError as exc:
        raise TemplateError(source, [p.describe() for p in exc.problems]) from None
    if not rows:
        raise TemplateError(source, [_("the file holds no questions")])
    grid = read_grid(rows, lambda row: _("row {row}", row=row))
    if grid.problems:
        raise TemplateError(source, grid.problems)
    return build_template(grid.entries, name=grid.name or Path(path).stem, source=source,
                          parent_column=grid.parent_column, allow_identity=allow_identity)


def write_xlsx(template: Template, out: Path) -> None:
    """The template as a question list in Excel: a row naming it, then the header and one
    question a row, every cell text (a text starting with = stays text)."""
    import openpyxl
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
    from openpyxl.styles import Alignment, Font

    from reviewer.errors import OperationError
    from reviewer.spreadsheet import text_cell

    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = _(NAME_TITLE)[:31]
    rows = [[_(NAME_TITLE), template.name], [],
            [_(title) for _name, title in COLUMN_TITLES]]
    rows += [[q.key, q.text, q.footnote or "", q.finding or "", q.parent or ""]
             for q in template.questions]
    for row in rows:
        if any(ILLEGAL_CHARACTERS_RE.search(value) for value in row):
            raise OperationError(N_("The template holds a control character that Excel "
                                    "cannot store: {text}"), text=repr(" ".join(row)[:80]))
        sheet.append(row)
    sheet["A1"].font = Font(bold=True)
    for cell in sheet[3]:
        cell.font = Font(bold=True)
    for row in sheet.iter_rows(min_row=4):
        for cell in row:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    for letter, width in zip("ABCDE", (8, 70, 40, 40, 12), strict=True):
        sheet.column_dimensions[letter].width = width
    sheet.freeze_panes = "A4"
    for sheet_row in sheet.iter_rows():  # every cell text, never a formula
        for cell in sheet_row:
            text_cell(cell)
    workbook.save(out)
