"""The bilaga as an Excel workbook (openpyxl): a table that prints like the PDF, and cells
that count.

Printed (see `xlsx_layout`): thin borders, one font, the header row and the question
column on every page, "Sida x av y", wide samples and many units in the PDF's parts.
Counted: the Summa and every code are text cells (`@`), file numbers are numbers, markers
are superscript runs of rich text, and beside the printed table, outside the print area,
the same rows as numbers (Ja, Nej, Eb, Et, n, share of Ja) for formulas and charts.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.cell.text import InlineFont
from openpyxl.styles import Alignment, Border, Font, NamedStyle, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.cell_range import CellRange
from openpyxl.worksheet.worksheet import Worksheet

from reviewer.report import xlsx_layout as paper
from reviewer.report.colours import share_hex
from reviewer.report.model import (
    FINDINGS_HEADING,
    JOINT_NUMBER_BLOCKS,
    JOINT_SHEET,
    JOINT_SUBTITLE,
    NUMBERS_CAPTION,
    NUMBERS_KEY_HEADER,
    QUESTION_HEADER,
    SAMPLING_HEADING,
    SUMMA_HEADER,
    TALLY_HEADERS,
    TOTAL_HEADER,
    UNIT_SHEET,
    Appendix,
    JointSummary,
    Marked,
    Report,
    column_parts,
)
from reviewer.rules.summa import Summa
from reviewer.spreadsheet import text_cell

TEXT_FORMAT = "@"  # Excel's text format: a typed "9/10" stays 9/10, never 9 October
SHARE_FORMAT = "0%"
HEADER_ROW = 3  # the title, a line of its own, then the table

_BAD_SHEET_CHARS = re.compile(r"[\[\]:*?/\\]")
_FILE_NUMBER = re.compile(r"[1-9][0-9]{0,8}")
_SUB_INDENT = 3  # width units an indent of 1 takes from a sub-question's line

# The cell styles, named like the Word document's ("Aktg …"): every cell takes one whole,
# which is also six times faster than setting a font, border and format on each cell.
TITLE, PLAIN, BOLD, NOTE = "Aktg Rubrik", "Aktg Text", "Aktg Fet text", "Aktg Fotnot"
HEADER, HEADER_LEFT = "Aktg Tabellrubrik", "Aktg Tabellrubrik vänster"
QUESTION, SUB_QUESTION = "Aktg Kontrollfråga", "Aktg Delfråga"
CELL, SUMMA, NUMBER, SHARE = "Aktg Cell", "Aktg Summa", "Aktg Tal", "Aktg Andel"


def _add_styles(book: Workbook) -> None:
    name, size = paper.FONT_NAME, paper.FONT_SIZE
    plain, bold = Font(name=name, size=size), Font(name=name, size=size, bold=True)
    side = Side(style="thin", color="7A7A7A")
    border = Border(left=side, right=side, top=side, bottom=side)
    header_fill = PatternFill("solid", fgColor="E4E8EE")
    left = Alignment(horizontal="left", vertical="center", wrap_text=True)
    centre = Alignment(horizontal="center", vertical="center", wrap_text=True)
    for style in (
        NamedStyle(TITLE, font=Font(name=name, size=paper.TITLE_SIZE, bold=True)),
        NamedStyle(PLAIN, font=plain),
        NamedStyle(BOLD, font=bold),
        NamedStyle(NOTE, font=plain, alignment=Alignment(horizontal="left", vertical="top",
                                                         wrap_text=True)),
        NamedStyle(HEADER, font=bold, fill=header_fill, border=border, alignment=centre),
        NamedStyle(HEADER_LEFT, font=bold, fill=header_fill, border=border, alignment=left),
        NamedStyle(QUESTION, font=plain, border=border, alignment=left,
                   number_format=TEXT_FORMAT),
        NamedStyle(SUB_QUESTION, font=plain, border=border, number_format=TEXT_FORMAT,
                   alignment=Alignment(horizontal="left", vertical="center", wrap_text=True,
                                       indent=1)),
        NamedStyle(CELL, font=plain, border=border, alignment=centre,
                   number_format=TEXT_FORMAT),
        NamedStyle(SUMMA, font=plain, border=border, alignment=centre,
                   number_format=TEXT_FORMAT, fill=PatternFill("solid", fgColor="F3F5F8")),
        NamedStyle(NUMBER, font=plain, border=border, alignment=centre),
        NamedStyle(SHARE, font=plain, border=border, alignment=centre,
                   number_format=SHARE_FORMAT),
    ):
        book.add_named_style(style)


@dataclass(frozen=True)
class _Look:
    """How a marked text becomes rich text: its markers a superscript run in the cells'
    font (a run names its font, or Excel would draw it in its default one)."""

    superscript: InlineFont = field(default_factory=lambda: InlineFont(
        rFont=paper.FONT_NAME, sz=paper.FONT_SIZE, vertAlign="superscript"))

    def rich(self, item: Marked) -> str | CellRichText:
        if not item.markers:
            return item.text
        return CellRichText(item.text, TextBlock(self.superscript, item.marker_text))

    def note(self, number: int, text: str) -> CellRichText:
        return CellRichText(TextBlock(self.superscript, str(number)), f" {text}")


def render_xlsx(report: Report, out: Path) -> None:
    look = _Look()
    book = Workbook()
    book.remove(book.active)
    _add_styles(book)
    taken: set[str] = set()
    if report.joint is not None:
        _write_joint(book.create_sheet(_sheet_name(JOINT_SHEET, taken)), report.joint,
                     report.project_title)
    for appendix in report.appendices:
        _write_appendix(book.create_sheet(_sheet_name(appendix.unit, taken)), appendix, look)
    book.save(out)


def _sheet_name(name: str, taken: set[str]) -> str:
    # Excel refuses a sheet name that begins or ends with an apostrophe.
    base = _BAD_SHEET_CHARS.sub("-", name)[:31].strip("'") or UNIT_SHEET
    candidate, n = base, 2
    while candidate.casefold() in taken:
        suffix = f" ({n})"
        candidate, n = base[:31 - len(suffix)] + suffix, n + 1
    taken.add(candidate.casefold())
    return candidate


# -- cells -----------------------------------------------------------------------------


def _put(sheet: Worksheet, row: int, column: int, value: Any, style: str) -> Any:
    """Every cell is written here: text stays text (a unit named "=HYPERLINK(…)" stays a
    name, never a formula), in one of the named styles."""
    cell = sheet.cell(row=row, column=column, value=value)
    cell.style = style  # first: a style sets the whole cell format, quote prefix included
    return text_cell(cell)


def _file_number(label: str) -> int | str:
    """A case file's label as a number where it is one ("7"), else as written ("7b")."""
    return int(label) if _FILE_NUMBER.fullmatch(label) else label


def _titles(sheet: Worksheet, texts: Sequence[tuple[str, str]], page: paper.Print) -> None:
    """The lines above the table. Printed in parts, column A alone comes before the later
    parts, so there they wrap within it."""
    for row, (text, style) in enumerate(texts, start=1):
        title = style == TITLE
        cell = _put(sheet, row, 1, text, style)
        lines = 1
        if page.in_parts:
            cell.alignment = Alignment(horizontal="left", vertical="center", wrap_text=True)
            lines = paper.lines(text, page.question_width, title=title)
        sheet.row_dimensions[row].height = paper.height(lines, title=title)


def _titles_height(texts: Sequence[str], question_width: float, in_parts: bool) -> float:
    return sum(paper.height(paper.lines(text, question_width, title=n == 0) if in_parts
                            else 1, title=n == 0) for n, text in enumerate(texts))


# -- a unit's appendix -----------------------------------------------------------------


def _write_appendix(sheet: Worksheet, appendix: Appendix, look: _Look) -> None:
    files, rows = len(appendix.file_labels), appendix.rows
    summa_column = files + 2
    file_widths = [max(4.2, paper.text_width(label, bold=True),
                       *(paper.text_width(r.cells[i]) for r in rows))
                   for i, label in enumerate(appendix.file_labels)]
    summa_width = max(6.0, paper.text_width(SUMMA_HEADER, bold=True),
                      *(paper.text_width(r.summa) for r in rows))
    part_widths = [[file_widths[i] for i in part] for part in appendix.parts]
    part_widths[-1].append(summa_width)
    titles = [f"{appendix.title} – {appendix.unit}", ""]

    def row_height(question_width: float, row_index: int) -> float:
        row = rows[row_index]
        indent = _SUB_INDENT if row.is_sub_question else 0
        return paper.height(paper.lines(row.question.text, question_width - indent))

    def table_height(question_width: float) -> float:
        return (_titles_height(titles, question_width, len(part_widths) > 1)
                + paper.height(1) + sum(row_height(question_width, i)
                                        for i in range(len(rows))))

    page = paper.layout("landscape" if appendix.landscape else "portrait", part_widths,
                        table_height)
    _titles(sheet, [(titles[0], TITLE)], page)
    _put(sheet, HEADER_ROW, 1, QUESTION_HEADER, HEADER_LEFT)
    for column, label in enumerate(appendix.file_labels, start=2):
        _put(sheet, HEADER_ROW, column, _file_number(label), HEADER)
    _put(sheet, HEADER_ROW, summa_column, SUMMA_HEADER, HEADER)
    sheet.row_dimensions[HEADER_ROW].height = paper.height(1)
    for index, row in enumerate(rows):
        r = HEADER_ROW + 1 + index
        _put(sheet, r, 1, look.rich(row.question),
             SUB_QUESTION if row.is_sub_question else QUESTION)
        for column, item in enumerate(row.cells, start=2):
            _put(sheet, r, column, look.rich(item), CELL)
        _put(sheet, r, summa_column, look.rich(row.summa), SUMMA)
        sheet.row_dimensions[r].height = row_height(page.question_width, index)
    last_table_row = HEADER_ROW + len(rows)
    _write_tallies(sheet, appendix, summa_column + 2)

    notes: list[tuple[Any, str]] = []
    if appendix.legend:
        notes.append((", ".join(appendix.legend), NOTE))
    notes += [(look.note(number, text), NOTE) for number, text in appendix.footnotes]
    if appendix.findings:
        notes += [("", NOTE), (FINDINGS_HEADING, BOLD)]
        notes += [(sentence, NOTE) for sentence in appendix.findings]
    if appendix.sampling:  # how the sample was drawn, as in the PDF and the Word bilaga
        notes += [("", NOTE), (SAMPLING_HEADING, BOLD)]
        notes += [(line, NOTE) for line in appendix.sampling]
    last_row = _write_notes(sheet, last_table_row + 2, page.parts[0][1],
                            page.question_width + sum(part_widths[0]), notes)

    sheet.column_dimensions["A"].width = page.question_width
    for column, width in enumerate([*file_widths, summa_width], start=2):
        sheet.column_dimensions[get_column_letter(column)].width = width
    sheet.freeze_panes = sheet.cell(row=HEADER_ROW + 1, column=2)
    paper.set_up_page(sheet, page, HEADER_ROW, last_table_row, max(last_row, last_table_row),
                      f"{appendix.project_title} · {appendix.unit}")


def _write_notes(sheet: Worksheet, first_row: int, last_column: int, width: float,
                 notes: Sequence[tuple[Any, str]]) -> int:
    """Legend, footnotes and findings below the table, each wrapped across the first
    part's columns, as in the PDF (the same lines on the screen and on paper, never
    running off across the sheet); returns the last row written."""
    row = first_row - 1
    for value, style in notes:
        row += 1
        if value == "":
            continue
        _put(sheet, row, 1, value, style)
        # The range alone, without openpyxl's merge_cells, which makes and styles a cell for
        # every covered one (a quarter of a large report's time); the covered cells are
        # empty and unstyled.
        sheet.merged_cells.add(CellRange(min_col=1, min_row=row, max_col=last_column,
                                         max_row=row))
        sheet.row_dimensions[row].height = paper.height(paper.lines(str(value), width))
    return row


def _write_tallies(sheet: Worksheet, appendix: Appendix, first: int) -> None:
    """The rows' counts as numbers beside the table, outside the print area."""
    _put(sheet, HEADER_ROW - 1, first, NUMBERS_CAPTION, BOLD)
    for offset, title in enumerate((NUMBERS_KEY_HEADER, *TALLY_HEADERS)):
        _put(sheet, HEADER_ROW, first + offset, title, HEADER)
    for r, row in enumerate(appendix.rows, start=HEADER_ROW + 1):
        t = row.tally
        counts = (None,) * 5 if t is None else (t.ja, t.nej, t.eb, t.et, t.summa.denominator)
        _put(sheet, r, first, row.key, CELL)
        for offset, count in enumerate(counts, start=1):
            _put(sheet, r, first + offset, count, NUMBER)
        _put(sheet, r, first + len(TALLY_HEADERS), None if t is None else t.summa.share,
             SHARE)
    for offset in range(len(TALLY_HEADERS) + 1):
        sheet.column_dimensions[get_column_letter(first + offset)].width = 8


# -- the joint summary -----------------------------------------------------------------


def _write_joint(sheet: Worksheet, joint: JointSummary, project_title: str) -> None:
    total_column = len(joint.units) + 2
    texts = [[text for text, _share in (*row.cells, row.total)] for row in joint.rows]
    questions = [f"{row.key}. {row.question}" for row in joint.rows]
    names = (*joint.units, TOTAL_HEADER)
    # Wide enough for every Summa on one line and every word of a unit's name (a name
    # wraps between its words in the header row).
    width = max(8.0, *(paper.text_width(t) for line in texts for t in line),
                *(paper.text_width(word, bold=True) for name in names for word in name.split()))
    unit_parts = column_parts(len(joint.units),
                              paper.units_per_part(len(joint.units), width))
    part_widths = [[width] * len(part) for part in unit_parts]
    part_widths[-1].append(width)
    titles = [joint.title, JOINT_SUBTITLE]
    header_height = paper.height(max(paper.lines(name, width - 1) for name in names))

    def row_height(question_width: float) -> Callable[[str], float]:
        return lambda question: paper.height(paper.lines(question, question_width))

    def table_height(question_width: float) -> float:
        return (_titles_height(titles, question_width, len(part_widths) > 1) + header_height
                + sum(map(row_height(question_width), questions)))

    page = paper.layout("landscape", part_widths, table_height)
    _titles(sheet, [(titles[0], TITLE), (titles[1], PLAIN)], page)
    _put(sheet, HEADER_ROW, 1, QUESTION_HEADER, HEADER_LEFT)
    for column, name in enumerate(names, start=2):
        _put(sheet, HEADER_ROW, column, name, HEADER)
    sheet.row_dimensions[HEADER_ROW].height = header_height
    fills: dict[str, PatternFill] = {}
    for r, (row, line, question) in enumerate(zip(joint.rows, texts, questions, strict=True),
                                              start=HEADER_ROW + 1):
        _put(sheet, r, 1, question, QUESTION)
        for column, (text, (_text, share)) in enumerate(
                zip(line, (*row.cells, row.total), strict=True), start=2):
            colour = share_hex(share)
            fill = fills.setdefault(colour, PatternFill("solid", fgColor=colour))
            _put(sheet, r, column, text, CELL).fill = fill
        sheet.row_dimensions[r].height = row_height(page.question_width)(question)
    last_row = HEADER_ROW + len(joint.rows)
    _write_joint_numbers(sheet, joint, total_column + 2)

    sheet.column_dimensions["A"].width = page.question_width
    for column in range(2, total_column + 1):
        sheet.column_dimensions[get_column_letter(column)].width = width
    sheet.freeze_panes = sheet.cell(row=HEADER_ROW + 1, column=2)
    paper.set_up_page(sheet, page, HEADER_ROW, last_row, last_row, project_title)


def _write_joint_numbers(sheet: Worksheet, joint: JointSummary, first: int) -> None:
    """Three blocks beside the printed table, outside the print area: Ja, n and the share
    of Ja, each the question keys and then a column per unit and the total, so that
    selecting a block makes a chart."""
    names = (*joint.units, TOTAL_HEADER)
    block = len(names) + 1
    values: tuple[tuple[Callable[[Summa], Any], str], ...] = (
        (lambda s: s.numerator, NUMBER), (lambda s: s.denominator, NUMBER),
        (lambda s: s.share, SHARE))
    _put(sheet, HEADER_ROW - 2, first, NUMBERS_CAPTION, BOLD)
    for number, (caption, (value, style)) in enumerate(zip(JOINT_NUMBER_BLOCKS, values,
                                                           strict=True)):
        start = first + number * (block + 1)
        _put(sheet, HEADER_ROW - 1, start, caption, BOLD)
        _put(sheet, HEADER_ROW, start, NUMBERS_KEY_HEADER, HEADER)
        for offset, name in enumerate(names, start=1):
            _put(sheet, HEADER_ROW, start + offset, name, HEADER)
        for r, row in enumerate(joint.rows, start=HEADER_ROW + 1):
            _put(sheet, r, start, row.key, CELL)
            for offset, summa in enumerate(row.summas, start=1):
                _put(sheet, r, start + offset, None if summa is None else value(summa), style)
        for column in range(start, start + block):
            sheet.column_dimensions[get_column_letter(column)].width = 10
