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
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.cell.text import InlineFont
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
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
    SUMMA_HEADER,
    TALLY_HEADERS,
    TOTAL_HEADER,
    UNIT_SHEET,
    Appendix,
    JointSummary,
    Marked,
    Report,
    parts,
)
from reviewer.rules.summa import Summa
from reviewer.spreadsheet import text_only

TEXT_FORMAT = "@"  # Excel's text format: a typed "9/10" stays 9/10, never 9 October
SHARE_FORMAT = "0%"
HEADER_ROW = 3  # the title, a line of its own, then the table

_BAD_SHEET_CHARS = re.compile(r"[\[\]:*?/\\]")
_FILE_NUMBER = re.compile(r"[1-9][0-9]{0,8}")
_LEFT = Alignment(horizontal="left", vertical="center", wrap_text=True)
_CENTRE = Alignment(horizontal="center", vertical="center", wrap_text=True)
_SUB = Alignment(horizontal="left", vertical="center", wrap_text=True, indent=1)
_NOTE = Alignment(horizontal="left", vertical="top", wrap_text=True)
_SUB_INDENT = 3  # width units an indent of 1 takes from a sub-question's line


@dataclass(frozen=True)
class _Look:
    """The cell styles, made once per workbook."""

    plain: Font
    bold: Font
    title: Font
    superscript: InlineFont
    border: Border
    header_fill: PatternFill
    summa_fill: PatternFill

    @classmethod
    def make(cls) -> _Look:
        side = Side(style="thin", color="7A7A7A")
        name, size = paper.FONT_NAME, paper.FONT_SIZE
        return cls(plain=Font(name=name, size=size), bold=Font(name=name, size=size, bold=True),
                   title=Font(name=name, size=paper.TITLE_SIZE, bold=True),
                   superscript=InlineFont(rFont=name, sz=size, vertAlign="superscript"),
                   border=Border(left=side, right=side, top=side, bottom=side),
                   header_fill=PatternFill("solid", fgColor="E4E8EE"),
                   summa_fill=PatternFill("solid", fgColor="F3F5F8"))

    def rich(self, item: Marked) -> str | CellRichText:
        """The text, and its markers as a superscript run of the same font (a run names
        its font, or Excel would draw it in its default one)."""
        if not item.markers:
            return item.text
        return CellRichText(item.text, TextBlock(self.superscript, item.marker_text))

    def note(self, number: int, text: str) -> CellRichText:
        return CellRichText(TextBlock(self.superscript, str(number)), f" {text}")


def render_xlsx(report: Report, out: Path) -> None:
    look = _Look.make()
    book = Workbook()
    book.remove(book.active)
    taken: set[str] = set()
    if report.joint is not None:
        _write_joint(book.create_sheet(_sheet_name(JOINT_SHEET, taken)), report.joint,
                     report.project_title, look)
    for appendix in report.appendices:
        _write_appendix(book.create_sheet(_sheet_name(appendix.unit, taken)), appendix, look)
    text_only(book)  # a unit named "=HYPERLINK(…)" stays a name, never a formula
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


def _put(sheet: Worksheet, row: int, column: int, value: Any, font: Font,
         alignment: Alignment | None = None, *, text: bool = False) -> Any:
    cell = sheet.cell(row=row, column=column, value=value)
    cell.font = font
    if alignment is not None:
        cell.alignment = alignment
    if text:
        cell.number_format = TEXT_FORMAT
    return cell


def _header(sheet: Worksheet, column: int, value: Any, look: _Look, *,
            left: bool = False) -> None:
    cell = _put(sheet, HEADER_ROW, column, value, look.bold, _LEFT if left else _CENTRE,
                text=isinstance(value, str))
    cell.fill = look.header_fill


def _grid(sheet: Worksheet, last_row: int, first_column: int, last_column: int,
          look: _Look) -> None:
    """Thin borders round every cell of a table, its header row included."""
    for row in sheet.iter_rows(min_row=HEADER_ROW, max_row=last_row, min_col=first_column,
                               max_col=last_column):
        for cell in row:
            cell.border = look.border


def _file_number(label: str) -> int | str:
    """A case file's label as a number where it is one ("7"), else as written ("7b")."""
    return int(label) if _FILE_NUMBER.fullmatch(label) else label


def _titles(sheet: Worksheet, texts: Sequence[tuple[str, Font]], page: paper.Print) -> None:
    """The lines above the table. Printed in parts, column A alone comes before the later
    parts, so there they wrap within it."""
    for row, (text, font) in enumerate(texts, start=1):
        title = font.sz == paper.TITLE_SIZE
        if page.in_parts:
            _put(sheet, row, 1, text, font, _LEFT)
            sheet.row_dimensions[row].height = paper.height(
                paper.lines(text, page.question_width, title=title), title=title)
        else:
            _put(sheet, row, 1, text, font)
            sheet.row_dimensions[row].height = paper.height(1, title=title)


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
    part_widths = [[file_widths[i] for i in part] for part in appendix.file_parts]
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
    _titles(sheet, [(titles[0], look.title)], page)
    _header(sheet, 1, QUESTION_HEADER, look, left=True)
    for column, label in enumerate(appendix.file_labels, start=2):
        _header(sheet, column, _file_number(label), look)
    _header(sheet, summa_column, SUMMA_HEADER, look)
    sheet.row_dimensions[HEADER_ROW].height = paper.height(1)
    for index, row in enumerate(rows):
        r = HEADER_ROW + 1 + index
        _put(sheet, r, 1, look.rich(row.question), look.plain,
             _SUB if row.is_sub_question else _LEFT, text=True)
        for column, item in enumerate(row.cells, start=2):
            _put(sheet, r, column, look.rich(item), look.plain, _CENTRE, text=True)
        _put(sheet, r, summa_column, look.rich(row.summa), look.plain, _CENTRE,
             text=True).fill = look.summa_fill
        sheet.row_dimensions[r].height = row_height(page.question_width, index)
    last_table_row = HEADER_ROW + len(rows)
    _grid(sheet, last_table_row, 1, summa_column, look)
    _write_tallies(sheet, appendix, summa_column + 2, look)

    notes: list[tuple[Any, Font]] = []
    if appendix.legend:
        notes.append((", ".join(appendix.legend), look.plain))
    notes += [(look.note(number, text), look.plain) for number, text in appendix.footnotes]
    if appendix.findings:
        notes += [("", look.plain), (FINDINGS_HEADING, look.bold)]
        notes += [(sentence, look.plain) for sentence in appendix.findings]
    last_row = _write_notes(sheet, last_table_row + 2, page.parts[0][1],
                            page.question_width + sum(part_widths[0]), notes)

    sheet.column_dimensions["A"].width = page.question_width
    for column, width in enumerate([*file_widths, summa_width], start=2):
        sheet.column_dimensions[get_column_letter(column)].width = width
    sheet.freeze_panes = sheet.cell(row=HEADER_ROW + 1, column=2)
    paper.set_up_page(sheet, page, HEADER_ROW, last_table_row, max(last_row, last_table_row),
                      f"{appendix.project_title} · {appendix.unit}")


def _write_notes(sheet: Worksheet, first_row: int, last_column: int, width: float,
                 notes: Sequence[tuple[Any, Font]]) -> int:
    """Legend, footnotes and findings below the table, each wrapped across the first
    part's columns, as in the PDF (the same lines on the screen and on paper, never
    running off across the sheet); returns the last row written."""
    row = first_row - 1
    for value, font in notes:
        row += 1
        if value == "":
            continue
        _put(sheet, row, 1, value, font, _NOTE)
        sheet.merge_cells(start_row=row, start_column=1, end_row=row, end_column=last_column)
        sheet.row_dimensions[row].height = paper.height(paper.lines(str(value), width))
    return row


def _write_tallies(sheet: Worksheet, appendix: Appendix, first: int, look: _Look) -> None:
    """The rows' counts as numbers beside the table, outside the print area."""
    _put(sheet, HEADER_ROW - 1, first, NUMBERS_CAPTION, look.bold)
    for offset, title in enumerate((NUMBERS_KEY_HEADER, *TALLY_HEADERS)):
        _header(sheet, first + offset, title, look)
    for r, row in enumerate(appendix.rows, start=HEADER_ROW + 1):
        _put(sheet, r, first, row.key, look.plain, _CENTRE, text=True)
        if row.tally is None:
            continue
        t = row.tally
        for offset, count in enumerate((t.ja, t.nej, t.eb, t.et, t.summa.denominator),
                                       start=1):
            _put(sheet, r, first + offset, count, look.plain, _CENTRE)
        _share(sheet, r, first + len(TALLY_HEADERS), t.summa, look)
    for offset in range(len(TALLY_HEADERS) + 1):
        sheet.column_dimensions[get_column_letter(first + offset)].width = 8
    _grid(sheet, HEADER_ROW + len(appendix.rows), first, first + len(TALLY_HEADERS), look)


def _share(sheet: Worksheet, row: int, column: int, summa: Summa | None, look: _Look) -> None:
    share = None if summa is None else summa.share
    if share is not None:
        _put(sheet, row, column, share, look.plain, _CENTRE).number_format = SHARE_FORMAT


# -- the joint summary -----------------------------------------------------------------


def _write_joint(sheet: Worksheet, joint: JointSummary, project_title: str,
                 look: _Look) -> None:
    total_column = len(joint.units) + 2
    texts = [[text for text, _share in (*row.cells, row.total)] for row in joint.rows]
    questions = [f"{row.key}. {row.question}" for row in joint.rows]
    names = (*joint.units, TOTAL_HEADER)
    # Wide enough for every Summa on one line and every word of a unit's name (a name
    # wraps between its words in the header row).
    width = max(8.0, *(paper.text_width(t) for line in texts for t in line),
                *(paper.text_width(word, bold=True) for name in names for word in name.split()))
    unit_parts = parts(joint.units, paper.units_per_part(len(joint.units), width))
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
    _titles(sheet, [(titles[0], look.title), (titles[1], look.plain)], page)
    _header(sheet, 1, QUESTION_HEADER, look, left=True)
    for column, name in enumerate(names, start=2):
        _header(sheet, column, name, look)
    sheet.row_dimensions[HEADER_ROW].height = header_height
    for r, (row, line, question) in enumerate(zip(joint.rows, texts, questions, strict=True),
                                              start=HEADER_ROW + 1):
        _put(sheet, r, 1, question, look.plain, _LEFT, text=True)
        for column, (text, (_text, share)) in enumerate(
                zip(line, (*row.cells, row.total), strict=True), start=2):
            cell = _put(sheet, r, column, text, look.plain, _CENTRE, text=True)
            cell.fill = PatternFill("solid", fgColor=share_hex(share))
        sheet.row_dimensions[r].height = row_height(page.question_width)(question)
    last_row = HEADER_ROW + len(joint.rows)
    _grid(sheet, last_row, 1, total_column, look)
    _write_joint_numbers(sheet, joint, total_column + 2, look)

    sheet.column_dimensions["A"].width = page.question_width
    for column in range(2, total_column + 1):
        sheet.column_dimensions[get_column_letter(column)].width = width
    sheet.freeze_panes = sheet.cell(row=HEADER_ROW + 1, column=2)
    paper.set_up_page(sheet, page, HEADER_ROW, last_row, last_row, project_title)


def _write_joint_numbers(sheet: Worksheet, joint: JointSummary, first: int,
                         look: _Look) -> None:
    """Three blocks beside the printed table, outside the print area: Ja, n and the share
    of Ja, each the question keys and then a column per unit and the total, so that
    selecting a block makes a chart."""
    names = (*joint.units, TOTAL_HEADER)
    block = len(names) + 1
    _put(sheet, HEADER_ROW - 2, first, NUMBERS_CAPTION, look.bold)
    for number, caption in enumerate(JOINT_NUMBER_BLOCKS):
        start = first + number * (block + 1)
        _put(sheet, HEADER_ROW - 1, start, caption, look.bold)
        _header(sheet, start, NUMBERS_KEY_HEADER, look)
        for offset, name in enumerate(names, start=1):
            _header(sheet, start + offset, name, look)
        for r, row in enumerate(joint.rows, start=HEADER_ROW + 1):
            _put(sheet, r, start, row.key, look.plain, _CENTRE, text=True)
            for offset, summa in enumerate(row.summas, start=1):
                if number == 2:
                    _share(sheet, r, start + offset, summa, look)
                elif summa is not None:
                    value = summa.numerator if number == 0 else summa.denominator
                    _put(sheet, r, start + offset, value, look.plain, _CENTRE)
        _grid(sheet, HEADER_ROW + len(joint.rows), start, start + block - 1, look)
        for column in range(start, start + block):
            sheet.column_dimensions[get_column_letter(column)].width = 10
