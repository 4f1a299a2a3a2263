"""The bilaga as a Word document (python-docx): real tables, superscript markers, and named
styles (Aktg …) so a firm's own template can restyle everything."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from reviewer.report.model import (
    FINDINGS_HEADING,
    JOINT_UNITS_PER_TABLE,
    QUESTION_HEADER,
    SAMPLING_HEADING,
    TOTAL_HEADER,
    Appendix,
    JointSummary,
    Marked,
    Report,
)

STYLE_TITLE = "Aktg Rubrik"
STYLE_UNIT = "Aktg Enhet"
STYLE_CELL = "Aktg Tabelltext"
STYLE_LEGEND = "Aktg Teckenförklaring"
STYLE_NOTE = "Aktg Fotnot"
STYLE_FINDING = "Aktg Iakttagelse"
TABLE_STYLE = "Table Grid"
A4_MM = (210.0, 297.0)
MARGIN_MM = 20.0

# (name, size, bold, space before, space after; sizes and spaces in points)
_PARAGRAPH_STYLES = ((STYLE_TITLE, 14, True, 0, 2), (STYLE_UNIT, 11, False, 0, 8),
                     (STYLE_CELL, 8, False, 0, 0), (STYLE_LEGEND, 8, False, 6, 2),
                     (STYLE_NOTE, 8, False, 0, 0), (STYLE_FINDING, 10, False, 0, 3))


class _Writer:
    """A document with its named styles. Styles are set by id: python-docx's lookup by
    name scans every style of the document each time, which dominates large reports."""

    def __init__(self) -> None:
        from docx import Document
        from docx.enum.style import WD_STYLE_TYPE
        from docx.shared import Pt

        self.document = Document()
        self.style_ids: dict[str, str] = {}
        for name, size, bold, space_before, space_after in _PARAGRAPH_STYLES:
            style = self.document.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
            style.base_style = self.document.styles["Normal"]
            style.font.size = Pt(size)
            style.font.bold = bold
            style.paragraph_format.space_before = Pt(space_before)
            style.paragraph_format.space_after = Pt(space_after)
            self.style_ids[name] = style.style_id
        self._first_section = True

    def styled(self, paragraph: Any, style: str) -> Any:
        paragraph._p.get_or_add_pPr().style = self.style_ids[style]
        return paragraph

    def paragraph(self, style: str, text: str = "") -> Any:
        return self.styled(self.document.add_paragraph(text), style)

    def section(self, *, landscape: bool) -> float:
        """Start an A4 section; returns the text width in millimetres."""
        from docx.enum.section import WD_ORIENT, WD_SECTION
        from docx.shared import Mm

        document = self.document
        section = (document.sections[0] if self._first_section
                   else document.add_section(WD_SECTION.NEW_PAGE))
        self._first_section = False
        width, height = (A4_MM[1], A4_MM[0]) if landscape else A4_MM
        section.orientation = WD_ORIENT.LANDSCAPE if landscape else WD_ORIENT.PORTRAIT
        section.page_width, section.page_height = Mm(width), Mm(height)
        for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
            setattr(section, side, Mm(MARGIN_MM))
        return width - 2 * MARGIN_MM

    def table(self, headers: list[str], rows: list[list[Marked]], text_width: float,
              first: float, last: float) -> None:
        """A grid whose first column is `first` mm wide, the last `last` mm and the others
        share what is left of `text_width`."""
        from docx.enum.text import WD_ALIGN_PARAGRAPH
        from docx.shared import Mm

        columns = len(headers)
        middle = (text_width - first - last) / max(1, columns - 2)
        widths = [Mm(first), *([Mm(middle)] * (columns - 2)), Mm(last)]
        table = self.document.add_table(rows=len(rows) + 1, cols=columns)
        table.style = self.document.styles[TABLE_STYLE]
        table.autofit = False  # Word and LibreOffice keep the widths below
        _narrow_cell_margins(table)
        cells = table._cells  # every cell at once: row.cells rebuilds the grid per call
        for index, text in enumerate(headers):
            paragraph = self.styled(cells[index].paragraphs[0], STYLE_CELL)
            paragraph.add_run(text).bold = True
            if index:
                paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        for r, values in enumerate(rows, start=1):
            for index, item in enumerate(values):
                paragraph = self.styled(cells[r * columns + index].paragraphs[0], STYLE_CELL)
                if index:
                    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
                _marked(paragraph, item)
        for index, width in enumerate(widths):
            table.columns[index].width = width
        for position, cell in enumerate(cells):
            cell.width = widths[position % columns]


def _narrow_cell_margins(table: Any, twips: int = 57) -> None:
    """1 mm left and right inside cells (Word's default, 1.9 mm, wraps "Nej" in a file
    column); python-docx has no API for it, so the table's XML gets a tblCellMar."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    margins = OxmlElement("w:tblCellMar")
    for side in ("left", "right"):
        element = OxmlElement(f"w:{side}")
        element.set(qn("w:w"), str(twips))
        element.set(qn("w:type"), "dxa")
        margins.append(element)
    table._tbl.tblPr.append(margins)


def _marked(paragraph: Any, item: Marked) -> None:
    paragraph.add_run(item.text)
    if item.markers:
        paragraph.add_run(item.marker_text).font.superscript = True


def _appendix(writer: _Writer, appendix: Appendix, text_width: float) -> None:
    writer.paragraph(STYLE_TITLE, appendix.title)
    writer.paragraph(STYLE_UNIT, appendix.unit)
    writer.table(list(appendix.headers),
                 [[row.question, *row.cells, row.summa] for row in appendix.rows],
                 text_width, first=80 if appendix.landscape else 62, last=16)
    if appendix.legend:
        writer.paragraph(STYLE_LEGEND, ", ".join(appendix.legend))
    for number, text in appendix.footnotes:
        paragraph = writer.paragraph(STYLE_NOTE)
        paragraph.add_run(str(number)).font.superscript = True
        paragraph.add_run(f" {text}")
    if appendix.findings:
        writer.paragraph(STYLE_UNIT, FINDINGS_HEADING)
        for sentence in appendix.findings:
            writer.paragraph(STYLE_FINDING, sentence)
    if appendix.sampling:
        writer.paragraph(STYLE_UNIT, SAMPLING_HEADING)
        for line in appendix.sampling:
            writer.paragraph(STYLE_FINDING, line)


def _joint(writer: _Writer, joint: JointSummary, text_width: float) -> None:
    writer.paragraph(STYLE_TITLE, joint.title)
    starts = range(0, len(joint.units), JOINT_UNITS_PER_TABLE)
    for start in starts:  # ten units a table, the total with the last
        part = slice(start, start + JOINT_UNITS_PER_TABLE)
        last = start == starts[-1]
        writer.table([QUESTION_HEADER, *joint.units[part], *([TOTAL_HEADER] if last else [])],
                     [[Marked(f"{r.key}. {r.question}"), *(Marked(t) for t, _ in r.cells[part]),
                       *([Marked(r.total[0])] if last else [])] for r in joint.rows],
                     text_width, first=80, last=20)
        writer.paragraph(STYLE_LEGEND)


def render_docx(report: Report, out: Path) -> None:
    writer = _Writer()
    if report.joint is not None:
        _joint(writer, report.joint, writer.section(landscape=len(report.joint.units) > 3))
    for appendix in report.appendices:
        width = writer.section(landscape=appendix.landscape)
        _appendix(writer, appendix, width)
    properties = writer.document.core_properties
    properties.title = report.options.title
    properties.subject = report.project_title
    writer.document.save(str(out))
