"""The bilaga as a Word document (python-docx): real tables, superscript markers, and named
styles (Aktg …) so a firm's own template can restyle everything."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from reviewer.report.model import Appendix, JointSummary, Marked, Report

STYLE_TITLE = "Aktg Rubrik"
STYLE_UNIT = "Aktg Enhet"
STYLE_CELL = "Aktg Tabelltext"
STYLE_LEGEND = "Aktg Teckenförklaring"
STYLE_NOTE = "Aktg Fotnot"
STYLE_FINDING = "Aktg Iakttagelse"
TABLE_STYLE = "Table Grid"
WIDE = 12  # more file columns than this get a landscape section


def _styles(document: Any) -> None:
    from docx.enum.style import WD_STYLE_TYPE
    from docx.shared import Pt

    def add(name: str, size: float, *, bold: bool = False, space_after: float = 0) -> None:
        style = document.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        style.base_style = document.styles["Normal"]
        style.font.size = Pt(size)
        style.font.bold = bold
        style.paragraph_format.space_after = Pt(space_after)

    add(STYLE_TITLE, 14, bold=True, space_after=2)
    add(STYLE_UNIT, 11, space_after=8)
    add(STYLE_CELL, 8)
    add(STYLE_LEGEND, 8, space_after=2)
    add(STYLE_NOTE, 8)
    add(STYLE_FINDING, 10, space_after=3)


def _marked(paragraph: Any, item: Marked) -> None:
    paragraph.add_run(item.text)
    if item.markers:
        paragraph.add_run(item.marker_text).font.superscript = True


def _table(document: Any, headers: list[str], rows: list[list[Marked]],
           first_width: float) -> None:
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Mm

    table = document.add_table(rows=1, cols=len(headers))
    table.style = document.styles[TABLE_STYLE]
    for cell, text in zip(table.rows[0].cells, headers, strict=True):
        paragraph = cell.paragraphs[0]
        paragraph.style = document.styles[STYLE_CELL]
        paragraph.add_run(text).bold = True
    for values in rows:
        cells = table.add_row().cells
        for index, (cell, item) in enumerate(zip(cells, values, strict=True)):
            paragraph = cell.paragraphs[0]
            paragraph.style = document.styles[STYLE_CELL]
            if index:
                paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
            _marked(paragraph, item)
    for row in table.rows:
        row.cells[0].width = Mm(first_width)


def _appendix(document: Any, appendix: Appendix) -> None:
    document.add_paragraph(appendix.title, style=STYLE_TITLE)
    document.add_paragraph(appendix.unit, style=STYLE_UNIT)
    _table(document, list(appendix.headers),
           [[row.question, *row.cells, row.summa] for row in appendix.rows],
           first_width=70 if len(appendix.file_labels) <= WIDE else 90)
    if appendix.legend:
        document.add_paragraph(", ".join(appendix.legend), style=STYLE_LEGEND)
    for number, text in appendix.footnotes:
        paragraph = document.add_paragraph(style=STYLE_NOTE)
        paragraph.add_run(str(number)).font.superscript = True
        paragraph.add_run(f" {text}")
    if appendix.findings:
        document.add_paragraph("Iakttagelser", style=STYLE_UNIT)
        for sentence in appendix.findings:
            document.add_paragraph(sentence, style=STYLE_FINDING)


def _joint(document: Any, joint: JointSummary) -> None:
    document.add_paragraph(joint.title, style=STYLE_TITLE)
    _table(document, ["Kontrollfråga", *joint.units, "Totalt"],
           [[Marked(f"{r.key}. {r.question}"), *(Marked(t) for t, _ in r.cells),
             Marked(r.total[0])] for r in joint.rows], first_width=80)


def render_docx(report: Report, out: Path) -> None:
    from docx import Document
    from docx.enum.section import WD_ORIENT, WD_SECTION

    document = Document()
    _styles(document)
    first = True

    def new_section(landscape: bool) -> None:
        nonlocal first
        section = document.sections[0] if first else document.add_section(
            WD_SECTION.NEW_PAGE)
        first = False
        wanted = WD_ORIENT.LANDSCAPE if landscape else WD_ORIENT.PORTRAIT
        if section.orientation != wanted:
            section.orientation = wanted
            section.page_width, section.page_height = section.page_height, section.page_width

    if report.joint is not None:
        new_section(landscape=len(report.joint.units) > 6)
        _joint(document, report.joint)
    for appendix in report.appendices:
        new_section(landscape=len(appendix.file_labels) > WIDE)
        _appendix(document, appendix)
    document.core_properties.title = report.options.title
    document.core_properties.subject = report.project_title
    document.save(str(out))
