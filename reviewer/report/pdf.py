"""The bilaga as a print-ready PDF (ReportLab Platypus): layout only, no audit logic.

A4, portrait or landscape by the number of file columns; wide samples split their file
columns over several tables with the question column repeated; header row repeated on
every page; real superscript markers; embedded fonts (DejaVu Sans, else Bitstream Vera
shipped with ReportLab), so åäö and Sami letters print the same on any machine; "Sida x av
y" and project · unit in the footer.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

# This module loads only when a PDF is asked for (see output.py), so ReportLab can load here.
import reportlab
from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.fonts import addMapping
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Frame,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.flowables import Flowable

from reviewer.report.colours import share_hex
from reviewer.report.model import (
    FINDINGS_HEADING,
    JOINT_CHART_TITLE,
    JOINT_SUBTITLE,
    PAGE_NUMBER,
    PART_HEADER,
    QUESTION_HEADER,
    SAMPLING_HEADING,
    SUMMA_HEADER,
    TOTAL_HEADER,
    Appendix,
    JointSummary,
    Marked,
    Report,
)

FONT, BOLD = "AktgSans", "AktgSans-Bold"

# DejaVu Sans covers Swedish, the Sami letters (ŋ ŧ đ č š ž á) and common symbols; the
# system packages install it (fonts-dejavu-core). Where it is not found, Bitstream Vera,
# which ReportLab ships (Latin-1 only), is embedded instead.
_DEJAVU_FOLDERS = ("/usr/share/fonts/truetype/dejavu", "/usr/share/fonts/TTF",
                   "/usr/share/fonts/dejavu", "/usr/local/share/fonts",
                   "/Library/Fonts", str(Path.home() / ".fonts"))


def font_files() -> tuple[Path, Path]:
    """(regular, bold) TrueType files the PDF embeds."""
    for folder in map(Path, _DEJAVU_FOLDERS):
        regular, bold = folder / "DejaVuSans.ttf", folder / "DejaVuSans-Bold.ttf"
        if regular.is_file() and bold.is_file():
            return regular, bold
    shipped = Path(reportlab.__file__).parent / "fonts"
    return shipped / "Vera.ttf", shipped / "VeraBd.ttf"


_registering = threading.Lock()
_registered = False


def _register_fonts() -> None:
    """Once, whole, before any report is laid out: previews are made off the UI thread,
    and a second report must never see the regular font without its bold mapping."""
    global _registered
    with _registering:
        if _registered:
            return
        regular, bold = font_files()
        pdfmetrics.registerFont(TTFont(FONT, str(regular)))
        pdfmetrics.registerFont(TTFont(BOLD, str(bold)))
        addMapping(FONT, 0, 0, FONT)
        addMapping(FONT, 1, 0, BOLD)
        _registered = True


def _styles() -> dict[str, Any]:
    # splitLongWords=0: a question never breaks inside a word ("Vårdnadsha / vare").
    base = ParagraphStyle("base", fontName=FONT, fontSize=8.5, leading=10.5,
                          splitLongWords=0)
    return {
        "title": ParagraphStyle("title", base, fontName=BOLD, fontSize=14, leading=18,
                                spaceAfter=2),
        "unit": ParagraphStyle("unit", base, fontSize=11, leading=14, spaceAfter=8),
        "question": base,
        "subquestion": ParagraphStyle("subquestion", base, leftIndent=8),
        "cell": ParagraphStyle("cell", base, alignment=TA_CENTER),
        "header": ParagraphStyle("header", base, fontName=BOLD, alignment=TA_CENTER),
        "header_left": ParagraphStyle("header_left", base, fontName=BOLD),
        "legend": ParagraphStyle("legend", base, spaceBefore=6),
        "note": ParagraphStyle("note", base, fontSize=8, leading=10, leftIndent=10,
                               firstLineIndent=-10, spaceBefore=1),
        "heading": ParagraphStyle("heading", base, fontName=BOLD, fontSize=10, leading=13,
                                  spaceBefore=10, spaceAfter=3),
        "finding": ParagraphStyle("finding", base, fontSize=9.5, leading=12.5, spaceAfter=2),
    }


def _marked(item: Marked) -> str:
    text = escape(item.text)
    return f"{text}<super>{item.marker_text}</super>" if item.markers else text


def _cell(item: Marked, style: Any) -> Any:
    """A table cell: plain text where there is no marker (the table draws it directly, far
    faster than a paragraph), a paragraph for the superscript where there is one."""

    return Paragraph(_marked(item), style) if item.markers else item.text


def _grid_style() -> list[tuple[Any, ...]]:
    # FONTNAME: any plain-text cell uses the embedded font too, never Helvetica.
    return [("FONTNAME", (0, 0), (-1, -1), FONT),
            ("FONTSIZE", (0, 0), (-1, -1), 8.5),
            ("ALIGN", (1, 0), (-1, -1), "CENTER"),
            ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#7a7a7a")),
            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e4e8ee"))]


def _appendix_story(appendix: Appendix, width: float, styles: dict[str, Any]) -> list[Any]:
    story: list[Any] = [_Footer(f"{appendix.project_title} · {appendix.unit}"),
                        Paragraph(escape(appendix.title), styles["title"]),
                        Paragraph(escape(appendix.unit), styles["unit"])]
    parts = appendix.parts
    file_width, summa_width = 10.5 * mm, 17 * mm
    for number, part in enumerate(parts):
        last = number == len(parts) - 1
        columns = len(part) + (1 if last else 0)
        question_width = width - len(part) * file_width - (summa_width if last else 0)
        header = [Paragraph(QUESTION_HEADER if len(parts) == 1 else
                            PART_HEADER.format(first=appendix.file_labels[part[0]],
                                               last=appendix.file_labels[part[-1]]),
                            styles["header_left"])]
        header += [Paragraph(escape(appendix.file_labels[i]), styles["header"]) for i in part]
        if last:
            header.append(Paragraph(SUMMA_HEADER, styles["header"]))
        data = [header]
        for row in appendix.rows:
            style = styles["subquestion"] if row.is_sub_question else styles["question"]
            line = [Paragraph(_marked(row.question), style)]
            line += [_cell(row.cells[i], styles["cell"]) for i in part]
            if last:
                line.append(_cell(row.summa, styles["cell"]))
            data.append(line)
        widths = [question_width, *([file_width] * len(part))]
        if last:
            widths.append(summa_width)
        table = Table(data, colWidths=widths, repeatRows=1)
        table.setStyle(TableStyle([
            *_grid_style(),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("TOPPADDING", (0, 0), (-1, -1), 2.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ("LEFTPADDING", (0, 0), (-1, -1), 3),
            ("RIGHTPADDING", (0, 0), (-1, -1), 3),
            *([("BACKGROUND", (columns, 1), (columns, -1), colors.HexColor("#f3f5f8"))]
              if last else []),
        ]))
        # A later part moves whole to the next page when it fits there, rather than
        # starting with a row or two at the foot of a page.
        story += [KeepTogether([table]) if number else table, Spacer(1, 4 * mm)]
    tail: list[Any] = []
    if appendix.legend:
        tail.append(Paragraph(escape(", ".join(appendix.legend)), styles["legend"]))
    tail += [Paragraph(f"<super>{number}</super> {escape(text)}", styles["note"])
             for number, text in appendix.footnotes]
    story += [KeepTogether(tail[:4]), *tail[4:]]  # the legend never alone at a page foot
    if appendix.findings:
        story.append(Paragraph(FINDINGS_HEADING, styles["heading"]))
        story += [Paragraph(escape(s), styles["finding"]) for s in appendix.findings]
    if appendix.sampling:
        story.append(Paragraph(SAMPLING_HEADING, styles["heading"]))
        story += [Paragraph(escape(s), styles["finding"]) for s in appendix.sampling]
    return story


def _share_colour(share: float | None) -> Any:
    return colors.HexColor(f"#{share_hex(share)}")


def _joint_story(joint: JointSummary, width: float, styles: dict[str, Any]) -> list[Any]:
    story: list[Any] = [_Footer(joint.title),
                        Paragraph(escape(joint.title), styles["title"]),
                        Paragraph(JOINT_SUBTITLE, styles["unit"])]
    parts = joint.parts
    for number, part in enumerate(parts):
        last = number == len(parts) - 1
        cell_width = 21 * mm
        columns = len(part) + (1 if last else 0)
        key_width = min(110 * mm, width - columns * cell_width)
        header = [Paragraph(QUESTION_HEADER, styles["header_left"])]
        header += [Paragraph(escape(joint.units[i]), styles["header"]) for i in part]
        if last:
            header.append(Paragraph(TOTAL_HEADER, styles["header"]))
        data = [header]
        commands: list[Any] = [
            *_grid_style(),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ]
        for r, row in enumerate(joint.rows, start=1):
            cells = [row.cells[i] for i in part] + ([row.total] if last else [])
            data.append([Paragraph(f"{escape(row.key)}. {escape(row.question)}",
                                   styles["question"]), *(text for text, _share in cells)])
            commands += [("BACKGROUND", (c, r), (c, r), _share_colour(share))
                         for c, (_text, share) in enumerate(cells, start=1)]
        table = Table(data, colWidths=[key_width] + [cell_width] * columns, repeatRows=1,
                      hAlign="LEFT")
        table.setStyle(TableStyle(commands))
        story += [table, Spacer(1, 5 * mm)]
    story.append(_share_chart(joint, width))
    return story


def _share_chart(joint: JointSummary, width: float) -> Any:
    drawing = Drawing(width, 190)
    drawing.add(String(0, 178, JOINT_CHART_TITLE, fontName=BOLD, fontSize=9))
    chart = VerticalBarChart()
    chart.x, chart.y, chart.width, chart.height = 30, 25, width - 40, 140
    chart.data = [[round(100 * (row.total[1] or 0)) for row in joint.rows]]
    chart.valueAxis.valueMin, chart.valueAxis.valueMax, chart.valueAxis.valueStep = 0, 100, 20
    chart.valueAxis.labels.fontName = FONT
    chart.categoryAxis.categoryNames = [row.key for row in joint.rows]
    chart.categoryAxis.labels.fontName = FONT
    chart.bars[0].fillColor = colors.HexColor("#4a6f9c")
    chart.barLabelFormat = "%d"
    chart.barLabels.fontName = FONT
    chart.barLabels.fontSize = 7
    chart.barLabels.nudge = 6
    drawing.add(chart)
    return drawing


def render_pdf(report: Report, out: Path) -> None:
    """Write the report as a PDF to `out` (the caller writes it beside and renames)."""

    _register_fonts()
    styles = _styles()
    margin = 15 * mm

    def template(name: str, size: tuple[float, float]) -> PageTemplate:
        frame = Frame(margin, margin + 4 * mm, size[0] - 2 * margin,
                      size[1] - 2 * margin - 4 * mm, id=name, leftPadding=0, rightPadding=0,
                      topPadding=0, bottomPadding=0)
        return PageTemplate(id=name, frames=[frame], pagesize=size, onPageEnd=_footer)

    doc = BaseDocTemplate(str(out), pagesize=A4, title=report.options.title,
                          author="Aktgranskning", subject=report.project_title,
                          leftMargin=margin, rightMargin=margin, topMargin=margin,
                          bottomMargin=margin,
                          # else every page names Helvetica, which is not embedded
                          initialFontName=FONT, initialFontSize=8.5)
    doc.addPageTemplates([template("portrait", A4), template("landscape", landscape(A4))])
    sections: list[tuple[str, Any]] = []
    if report.joint is not None:
        sections.append(("landscape", lambda w: _joint_story(report.joint, w, styles)))
    for appendix in report.appendices:
        orientation = "landscape" if appendix.landscape else "portrait"
        sections.append((orientation,
                         lambda w, a=appendix: _appendix_story(a, w, styles)))
    story: list[Any] = []
    for index, (orientation, make) in enumerate(sections):
        size = landscape(A4) if orientation == "landscape" else A4
        if index == 0:
            story.append(NextPageTemplate(orientation))
            if orientation == "landscape":
                doc.pagesize = size
                doc.pageTemplates.insert(0, doc.pageTemplates.pop(1))
        else:
            story += [NextPageTemplate(orientation), PageBreak()]
        story += make(size[0] - 2 * margin)
    doc.build(story, canvasmaker=_NumberedCanvas)


_FOOTER_X = (15 * 72 / 25.4, 10 * 72 / 25.4)  # (x, y) in points from the edges


def _footer(canvas: Any, _doc: Any) -> None:
    canvas.saveState()
    canvas.setFont(FONT, 7.5)
    canvas.drawString(_FOOTER_X[0], _FOOTER_X[1], getattr(canvas, "aktg_footer", ""))
    canvas.restoreState()


class _Footer(Flowable):  # type: ignore[misc]
    """A zero-size flowable that sets the footer text from the page it lands on."""
    def __init__(self, text: str) -> None:
        super().__init__()
        self.text = text

    def wrap(self, *_args: Any) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.canv.aktg_footer = self.text


class _NumberedCanvas(Canvas):  # type: ignore[misc]
    """Holds the pages back until the end, so each can say "Sida x av y"."""
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._pages: list[dict[str, Any]] = []

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for state in self._pages:
            self.__dict__.update(state)
            self.setFont(FONT, 7.5)
            self.drawRightString(self._pagesize[0] - _FOOTER_X[0], _FOOTER_X[1],
                                 PAGE_NUMBER.format(page=self._pageNumber, pages=total))
            super().showPage()
        super().save()
