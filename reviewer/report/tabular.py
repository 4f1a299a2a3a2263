"""The bilaga for spreadsheets: Excel (openpyxl, summary through pandas) and long-form CSV."""

from __future__ import annotations

import csv
import re
from pathlib import Path
from typing import Any

from reviewer.report.colours import share_hex
from reviewer.report.model import (
    FINDINGS_HEADING,
    JOINT_SHEET,
    QUESTION_HEADER,
    TOTAL_HEADER,
    UNIT_SHEET,
    Appendix,
    Marked,
    Report,
)
from reviewer.spreadsheet import neutralise, text_only

_SUPERSCRIPT = str.maketrans("0123456789,", "⁰¹²³⁴⁵⁶⁷⁸⁹˒")
_BAD_SHEET_CHARS = re.compile(r"[\[\]:*?/\\]")


def superscript(item: Marked) -> str:
    """"Eb⁶": the marker as superscript digits, the way a cell of text can carry it."""
    return item.text + item.marker_text.translate(_SUPERSCRIPT)


def _sheet_name(name: str, taken: set[str]) -> str:
    # Excel refuses a sheet name that begins or ends with an apostrophe.
    base = _BAD_SHEET_CHARS.sub("-", name)[:31].strip("'") or UNIT_SHEET
    candidate, n = base, 2
    while candidate.casefold() in taken:
        suffix = f" ({n})"
        candidate, n = base[:31 - len(suffix)] + suffix, n + 1
    taken.add(candidate.casefold())
    return candidate


def render_xlsx(report: Report, out: Path) -> None:
    import pandas as pd
    from openpyxl.styles import Alignment, Font, PatternFill

    bold = Font(bold=True)
    header_fill = PatternFill("solid", fgColor="E4E8EE")
    taken: set[str] = set()
    with pd.ExcelWriter(out, engine="openpyxl") as writer:
        if report.joint is not None:
            joint = report.joint
            frame = pd.DataFrame(
                [[f"{r.key}. {r.question}", *(text for text, _ in r.cells), r.total[0]]
                 for r in joint.rows], columns=[QUESTION_HEADER, *joint.units, TOTAL_HEADER])
            name = _sheet_name(JOINT_SHEET, taken)
            frame.to_excel(writer, sheet_name=name, index=False, startrow=1)
            sheet = writer.sheets[name]
            sheet["A1"] = joint.title
            sheet["A1"].font = Font(bold=True, size=13)
            _format_header(sheet, 2, len(frame.columns), bold, header_fill)
            sheet.row_dimensions[2].height = 32
            for r, row in enumerate(joint.rows, start=3):
                for c, (_text, share) in enumerate((*row.cells, row.total), start=2):
                    cell = sheet.cell(row=r, column=c)
                    cell.fill = PatternFill("solid", fgColor=share_hex(share))
                    cell.alignment = Alignment(horizontal="center")
                sheet.row_dimensions[r].height = _height(f"{row.key}. {row.question}", 70)
                sheet.cell(row=r, column=1).alignment = Alignment(wrap_text=True,
                                                                  vertical="center")
            sheet.freeze_panes = "B3"
            _print_one_page_wide(sheet)
            sheet.column_dimensions["A"].width = 70
            for column in range(2, len(frame.columns) + 1):
                sheet.column_dimensions[_letter(column)].width = 14
        for appendix in report.appendices:
            sheet = writer.book.create_sheet(_sheet_name(appendix.unit, taken))
            _write_appendix(sheet, appendix, bold, header_fill, Alignment)
        text_only(writer.book)  # a unit named "=HYPERLINK(…)" stays a name, never a formula


def _letter(column: int) -> str:
    from openpyxl.utils import get_column_letter

    return str(get_column_letter(column))


def _format_header(sheet: Any, row: int, columns: int, bold: Any, fill: Any) -> None:
    from openpyxl.styles import Alignment

    for column in range(1, columns + 1):
        cell = sheet.cell(row=row, column=column)
        cell.font, cell.fill = bold, fill
        cell.alignment = Alignment(wrap_text=True, vertical="center",
                                   horizontal="left" if column == 1 else "center")


def _print_one_page_wide(sheet: Any) -> None:
    """Printed, a sheet is landscape A4 and one page wide, like the appendix itself."""
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0


def _height(text: str, width: int) -> float:
    """Row height in points for `text` wrapped in a column `width` characters wide (Excel
    does not grow rows for wrapped text that a program wrote)."""
    lines = max(1, -(-len(text) // int(width * 1.1)))
    return 15.0 * lines


def _write_appendix(sheet: Any, appendix: Appendix, bold: Any, fill: Any,
                    alignment: Any) -> None:
    from openpyxl.styles import Font

    sheet["A1"] = f"{appendix.title} – {appendix.unit}"
    sheet["A1"].font = Font(bold=True, size=13)
    header_row = 3
    for column, text in enumerate(appendix.headers, start=1):
        sheet.cell(row=header_row, column=column, value=text)
    _format_header(sheet, header_row, len(appendix.headers), bold, fill)
    centred = alignment(horizontal="center", vertical="center")
    for offset, row in enumerate(appendix.rows, start=1):
        r = header_row + offset
        question = sheet.cell(row=r, column=1, value=superscript(row.question))
        question.alignment = alignment(wrap_text=True, vertical="center",
                                       indent=1 if row.is_sub_question else 0)
        sheet.row_dimensions[r].height = _height(row.question.text, 60)
        for column, item in enumerate((*row.cells, row.summa), start=2):
            sheet.cell(row=r, column=column, value=superscript(item)).alignment = centred
    r = header_row + len(appendix.rows) + 2
    if appendix.legend:
        sheet.cell(row=r, column=1, value=", ".join(appendix.legend))
        r += 1
    for number, text in appendix.footnotes:
        sheet.cell(row=r, column=1, value=f"{number} {text}")
        r += 1
    if appendix.findings:
        r += 1
        sheet.cell(row=r, column=1, value=FINDINGS_HEADING).font = bold
        for sentence in appendix.findings:
            r += 1
            sheet.cell(row=r, column=1, value=sentence)
    sheet.freeze_panes = sheet.cell(row=header_row + 1, column=2)
    _print_one_page_wide(sheet)
    sheet.column_dimensions["A"].width = 60
    for column in range(2, len(appendix.headers) + 1):
        sheet.column_dimensions[_letter(column)].width = 7
    sheet.column_dimensions[_letter(len(appendix.headers))].width = 10


def render_csv(report: Report, out: Path) -> None:
    """Long form, one row per cell, UTF-8 with BOM so Excel opens åäö right; a text that
    starts like a formula gets a quote before it, so Excel shows it instead of running it."""
    with out.open("w", newline="", encoding="utf-8-sig") as f:
        csv.writer(f).writerows(map(neutralise, texts) for texts in report.long_form())
