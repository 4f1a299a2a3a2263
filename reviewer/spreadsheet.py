"""Cells for spreadsheets: a text that Excel or LibreOffice would run as a formula stays text.

One rule (OWASP's advice against CSV injection) for every CSV, Excel and clipboard output
(the clipboard's tables are made in `reviewer.ui.clipboard`).
"""

from __future__ import annotations

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


def text_cell(cell: Any) -> Any:
    """Make an openpyxl `cell` that holds text plain text: never a formula, and a text that
    starts like one keeps Excel's quote prefix, so editing the cell in Excel does not turn
    it into a formula either. The text itself is unchanged. Rich text (a text with
    superscript markers) is judged by its whole text."""
    from openpyxl.cell.rich_text import CellRichText

    if isinstance(cell.value, str | CellRichText):
        cell.data_type = "s"
        if looks_like_formula(str(cell.value)):
            cell.quotePrefix = True
    return cell
