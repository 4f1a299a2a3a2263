"""Cells for spreadsheets: a text that Excel or LibreOffice would run as a formula stays text.

One rule (OWASP's advice against CSV injection) for every CSV, Excel and clipboard output.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from typing import Any

# What makes a spreadsheet read a cell as a formula (OWASP: = + - @ tab carriage return),
# with the full-width signs, which some spreadsheets and input methods turn into those.
FORMULA_STARTS = frozenset("=+-@\t\r＝＋－＠")


def looks_like_formula(text: str) -> bool:
    """Starts like a formula, also behind invisible characters (a byte-order mark, a
    zero-width space) that a spreadsheet may drop when it reads the cell."""
    start = text.lstrip("\ufeff\u200b\u200c\u200d\u2060\u00a0 ")
    return text[:1] in FORMULA_STARTS or (start != text and start[:1] in FORMULA_STARTS)


def neutralise(value: Any) -> Any:
    """`value` as a cell that can only be text: a single quote before a text that starts
    like a formula (Excel then shows it as written). Numbers pass unchanged."""
    if isinstance(value, str) and looks_like_formula(value):
        return "'" + value
    return value


def text_only(workbook: Any) -> None:
    """Make every cell of an openpyxl `workbook` that holds text plain text: no cell is a
    formula, and a text that starts like one keeps Excel's quote prefix, so editing the
    cell in Excel does not turn it into a formula either. The text itself is unchanged.
    Rich text (a text with superscript markers) is judged by its whole text."""
    from openpyxl.cell.rich_text import CellRichText

    for sheet in workbook.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                if isinstance(cell.value, str | CellRichText):
                    cell.data_type = "s"
                    if looks_like_formula(str(cell.value)):
                        cell.quotePrefix = True


# Excel's own mark of a text cell in pasted HTML: "9/10" stays a Summa, not 9 October.
_TEXT_CELL = "mso-number-format:'\\@'"


def _is_count(text: str) -> bool:
    return text.isascii() and text.isdigit()


def html_table(heading: str, rows: Sequence[Sequence[str]]) -> str:
    """A heading and a table (first row the header) as HTML for the clipboard: a table when
    pasted into Word or Excel. Counts stay numbers; every other cell is marked as text."""
    def cell(tag: str, text: str) -> str:
        style = "" if _is_count(text) else f' style="{_TEXT_CELL}"'
        return f"<{tag}{style}>{html.escape(neutralise(text))}</{tag}>"

    body = "".join("<tr>" + "".join(cell("th" if i == 0 else "td", text) for text in row)
                   + "</tr>" for i, row in enumerate(rows))
    return (f"<p><b>{html.escape(neutralise(heading))}</b></p>"
            f"<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\">{body}</table>")


def tab_separated(heading: str, rows: Sequence[Sequence[str]]) -> str:
    """The same as tab-separated text, one line a row, every cell neutralised (a tab or line
    break inside a text becomes a space, so it cannot split the cell)."""
    def cell(text: str) -> str:
        return str(neutralise(" ".join(text.split())))

    return "\n".join([cell(heading), *("\t".join(cell(text) for text in row) for row in rows)])
