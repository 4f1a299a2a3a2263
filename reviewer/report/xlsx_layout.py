"""How an Excel sheet of the bilaga meets the paper: column widths and row heights from the
texts, the scale and the parts a table prints in, print titles, the footer.

Excel neither grows a row for wrapped text a program wrote nor shrinks a page below what
it is told, so both are estimated here, once, for every sheet.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from openpyxl.utils import get_column_letter
from openpyxl.worksheet.page import PageMargins
from openpyxl.worksheet.worksheet import Worksheet

from reviewer.report.model import JOINT_UNITS_PER_TABLE, PAGE_NUMBER, Marked

# One typeface for every cell, the title a little larger. Calibri is on every machine with
# Office; LibreOffice draws it with Carlito, which has the same widths.
FONT_NAME, FONT_SIZE, TITLE_SIZE, FOOTER_SIZE = "Calibri", 10, 12, 8
MIN_SCALE = 80  # a page is never printed smaller: 10-point text prints at 8 points or more

# A4 with 15 mm margins at the sides and the top, as the PDF; the footer below the text.
MARGIN_IN, BOTTOM_IN = 15 / 25.4, 0.75
_PAGE_IN = {"portrait": (210 / 25.4, 297 / 25.4), "landscape": (297 / 25.4, 210 / 25.4)}
_SAFETY = 0.97  # room for the difference between these estimates and a program's drawing
# A column width counts digits of the default font (Calibri 11): Excel draws a digit 7
# pixels wide (5.25 points), LibreOffice 5.58 points (Carlito's own width). The wider is
# assumed, so a part fits the page in both. A line of 10-point text holds about 1.1
# characters per unit of width, and is 13 points high.
_POINTS_PER_WIDTH = 5.58
_CHARACTERS_PER_WIDTH = 1.1
_LINE_HEIGHT, _ROW_PADDING = 13.0, 3.0
_TITLE_WIDENING = 1.3  # 12-point bold letters against 10-point plain ones
QUESTION_WIDTH = (30, 80)  # the question column's narrowest and widest, in width units


def printable(orientation: str) -> tuple[float, float]:
    """The width and height, in points, that a page holds at 100 %."""
    width, height = _PAGE_IN[orientation]
    return (72 * (width - 2 * MARGIN_IN) * _SAFETY,
            72 * (height - MARGIN_IN - BOTTOM_IN) * _SAFETY)


def points(width: float) -> float:
    return width * _POINTS_PER_WIDTH


def text_width(item: Marked | str, *, bold: bool = False) -> float:
    """The width a cell's text needs on one line, padding included (a marker is small)."""
    if isinstance(item, str):
        return len(item) * (1.1 if bold else 1.0) + 1.2
    return len(item.text) + 0.6 * len(item.marker_text) + 1.2


def lines(text: str, width: float, *, title: bool = False) -> int:
    """Lines `text` wraps to in a column `width` wide, breaking between words."""
    room = max(1, int(width * _CHARACTERS_PER_WIDTH / (_TITLE_WIDENING if title else 1)) - 1)
    count = 0
    for paragraph in text.split("\n"):
        count += 1
        used = 0
        for word in paragraph.split():
            if used and used + 1 + len(word) > room:
                count += 1
                used = 0
            used += (1 if used else 0) + len(word)
            while used > room:  # a word longer than the line breaks where it must
                count += 1
                used -= room
    return count


def height(line_count: int, *, title: bool = False) -> float:
    """Every row's height comes from this one rule."""
    line = _LINE_HEIGHT * (TITLE_SIZE / FONT_SIZE if title else 1)
    return line * max(1, line_count) + _ROW_PADDING


@dataclass(frozen=True)
class Print:
    """How a sheet's table is laid out on paper."""

    orientation: str
    question_width: float
    scale: int
    parts: tuple[tuple[int, int], ...]  # the first and last column of each part

    @property
    def in_parts(self) -> bool:
        return len(self.parts) > 1


def layout(orientation: str, part_widths: Sequence[Sequence[float]],
           table_height: Callable[[float], float]) -> Print:
    """The question column's width and the scale. The question column takes the page's
    width beside the widest part; the scale is the largest from 100 % down to
    `MIN_SCALE` at which the table is one page tall (with its width, the question column
    grows and its rows need fewer lines); a table that is never one page tall prints at
    the largest scale its width allows."""
    widest = max(sum(points(w) for w in widths) for widths in part_widths)
    page_width, page_height = printable(orientation)
    low, high = QUESTION_WIDTH

    def question_at(scale: int) -> float:
        return min(high, max(low, (page_width * 100 / scale - widest) / _POINTS_PER_WIDTH))

    def wide_enough(scale: int) -> bool:
        return points(question_at(scale)) + widest <= page_width * 100 / scale

    scales = range(100, MIN_SCALE - 1, -1)
    chosen = next((s for s in scales if wide_enough(s)
                   and table_height(question_at(s)) <= page_height * 100 / s),
                  next((s for s in scales if wide_enough(s)), MIN_SCALE))
    columns, first = [], 2
    for widths in part_widths:
        columns.append((first, first + len(widths) - 1))
        first += len(widths)
    return Print(orientation, question_at(chosen), chosen, tuple(columns))


def units_per_part(count: int, width: float) -> int:
    """As many units per printed part as the PDF prints (ten), fewer where ten would print
    smaller than `MIN_SCALE` beside the narrowest question column (the total is one more
    column in the last part)."""
    room = printable("landscape")[0] * 100 / MIN_SCALE - points(QUESTION_WIDTH[0])
    return max(1, min(JOINT_UNITS_PER_TABLE, count, int(room // points(width)) - 1))


def footer_text(text: str) -> str:
    """Text as a footer prints it: an ampersand is a code there, so it is doubled; Excel
    allows 255 characters for the whole footer."""
    return text[:100].replace("&", "&&")


def set_up_page(sheet: Worksheet, page: Print, header_row: int, last_table_row: int,
                last_row: int, footer: str) -> None:
    """A4 at the layout's scale, margins as the PDF, the header row and the question
    column on every page, "Sida x av y" in the footer; parts as ranges of the print area."""
    setup = sheet.page_setup
    setup.orientation = page.orientation
    setup.paperSize = sheet.PAPERSIZE_A4
    # Set, not fitted: Excel ignores page breaks on a page fitted to a width, and a fitted
    # page has no smallest scale.
    setup.scale = page.scale
    sheet.page_margins = PageMargins(left=MARGIN_IN, right=MARGIN_IN, top=MARGIN_IN,
                                     bottom=BOTTOM_IN, header=0.3, footer=0.3)
    sheet.print_title_rows = f"{header_row}:{header_row}"
    sheet.print_title_cols = "A:A"
    # Each part is a range of the print area, so each starts a page, with the question
    # column before it. The notes below the table are in the first part's range, so they
    # print once, after it: in a range of their own after the last part they would print
    # under a repeated header row, and LibreOffice prints ranges in the order of their
    # columns whatever their order in the file.
    sheet.print_area = [f"{get_column_letter(1 if n == 0 else first)}1:"
                        f"{get_column_letter(last)}{last_row if n == 0 else last_table_row}"
                        for n, (first, last) in enumerate(page.parts)]
    for part in (sheet.oddFooter.left, sheet.oddFooter.right):
        part.font, part.size = f"{FONT_NAME},Regular", FOOTER_SIZE
    sheet.oddFooter.left.text = footer_text(footer)
    sheet.oddFooter.right.text = PAGE_NUMBER.format(page="&P", pages="&N")
