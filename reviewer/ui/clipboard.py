"""Putting a table on the clipboard as HTML (Word and Excel paste a table) and as
tab-separated text: the one place a pane's table becomes what is pasted.

The HTML has a `<thead>`, so Word pastes a table whose header row repeats; every cell but
a count is marked as text for Excel (`mso-number-format:'\\@'`), so a Summa `9/10` is not
read as 9 October; a marker is `<sup>`. Neither flavour holds a cell a spreadsheet would
run as a formula (see `reviewer.spreadsheet`).

A QMimeData made from Python is a Python subclass; the clipboard may delete it after the
interpreter has gone (Qt's offscreen clipboard does, at exit), and that crashes. So the
mime data is one that Qt itself creates (an item model's), with our formats put in it.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtGui import QGuiApplication, QStandardItem, QStandardItemModel

from reviewer.report.model import Marked
from reviewer.report.tabular import superscript
from reviewer.spreadsheet import neutralise

Cell = Marked | str

# Excel's own mark of a text cell in pasted HTML: "9/10" stays a Summa, not 9 October.
_TEXT_CELL = "mso-number-format:'\\@'"


@dataclass(frozen=True)
class CopiedTable:
    """What a pane copies: a heading, the header row, the rows, and the lines printed after
    the table (the legend, then the numbered footnotes)."""

    heading: str
    header: Sequence[Cell]
    rows: Sequence[Sequence[Cell]]
    legend: Sequence[str] = ()
    footnotes: Sequence[tuple[int, str]] = ()


def _marked(cell: Cell) -> Marked:
    return cell if isinstance(cell, Marked) else Marked(cell)


def _is_count(item: Marked) -> bool:
    return not item.markers and item.text.isascii() and item.text.isdigit()


def html_table(table: CopiedTable) -> str:
    """The table as HTML: a heading, a table with a header row, then the notes."""
    def cell(tag: str, value: Cell) -> str:
        item = _marked(value)
        style = "" if _is_count(item) else f' style="{_TEXT_CELL}"'
        marker = f"<sup>{item.marker_text}</sup>" if item.markers else ""
        return f"<{tag}{style}>{html.escape(neutralise(item.text))}{marker}</{tag}>"

    head = "<tr>" + "".join(cell("th", value) for value in table.header) + "</tr>"
    body = "".join("<tr>" + "".join(cell("td", value) for value in row) + "</tr>"
                   for row in table.rows)
    notes = [html.escape(neutralise(line)) for line in table.legend]
    notes += [f"<sup>{number}</sup> {html.escape(text)}" for number, text in table.footnotes]
    return (f"<p><b>{html.escape(neutralise(table.heading))}</b></p>"
            f"<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\">"
            f"<thead>{head}</thead><tbody>{body}</tbody></table>"
            + "".join(f"<p>{note}</p>" for note in notes))


def tab_separated(table: CopiedTable) -> str:
    """The same as tab-separated text, one line a row, markers as superscript digits
    ("Eb⁶"), every cell neutralised (a tab or line break inside a text becomes a space, so
    it cannot split the cell); the notes after an empty line."""
    def cell(value: Cell) -> str:
        return str(neutralise(" ".join(superscript(_marked(value)).split())))

    lines = [cell(table.heading), "\t".join(map(cell, table.header)),
             *("\t".join(map(cell, row)) for row in table.rows)]
    notes = [*table.legend, *(f"{superscript(Marked('', (number,)))} {text}"
                              for number, text in table.footnotes)]
    return "\n".join(lines + ([""] + [cell(note) for note in notes] if notes else []))


def copy_table(table: CopiedTable) -> None:
    """Both flavours of `table` on the clipboard."""
    model = QStandardItemModel()
    model.appendRow(QStandardItem())
    mime = model.mimeData([model.index(0, 0)])
    for own in mime.formats():
        mime.removeFormat(own)
    mime.setHtml(html_table(table))
    mime.setText(tab_separated(table))
    QGuiApplication.clipboard().setMimeData(mime)
