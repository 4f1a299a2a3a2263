"""Benchmark of the report builder: a 100-unit joint report (10 files × 11 questions each).

In one run: the PDF through `reviewer.report` (project → neutral model → ReportLab) beside a
bare ReportLab script that lays out the same tables from plain lists, without the builder
(the floor for this library); Word (real footnotes, built on the default reference document)
beside a bare python-docx script writing the same tables, markers and notes from plain lists
with python-docx's own API; then Excel of the same report, timed.
Run: .venv/bin/python -m benchmarks.bench_report [--units 100]
"""

from __future__ import annotations

import argparse
import csv
import random
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

from reviewer import review
from reviewer.gridimport import import_grid
from reviewer.project import Project
from reviewer.report.builder import build_report
from reviewer.report.model import ReportOptions
from reviewer.report.output import write_report
from reviewer.templates import builtin_template

CELLS = ["Ja", "Ja", "Ja", "Nej", "Eb: Framgår inte av akten.", "Et: Ej tillämpligt."]


def build_project(path: Path, units: int, rng: random.Random) -> None:
    template = builtin_template()
    sheet = path.with_suffix(".csv")
    with review.create_project(path, title="Benchmark", template=template) as project:
        for n in range(units):
            with sheet.open("w", newline="", encoding="utf-8") as f:
                writer = csv.writer(f)
                writer.writerow(["Fråga", *(str(i) for i in range(1, 11))])
                ja: dict[str, list[bool]] = {}
                for q in template.questions:
                    if q.parent is None:
                        row = [rng.choice(CELLS) for _ in range(10)]
                        ja[q.key] = [c == "Ja" for c in row]
                    else:
                        row = [rng.choice(CELLS) if ok else "" for ok in ja[q.parent]]
                    writer.writerow([q.key, *row])
            import_grid(project, sheet, f"Kommun {n + 1:03d}", author="bench")


def bare_reportlab(joint: dict[str, Any], tables: list[dict[str, Any]], out: Path) -> None:
    """The same content straight from lists: the joint table with shaded cells and its bar
    chart, then each unit's table, notes and findings; Vera font, grid lines."""
    import reportlab
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Table, TableStyle

    folder = Path(reportlab.__file__).parent / "fonts"
    pdfmetrics.registerFont(TTFont("BareVera", str(folder / "Vera.ttf")))
    base = ParagraphStyle("b", fontName="BareVera", fontSize=8.5, leading=10.5)
    centre = ParagraphStyle("c", base, alignment=TA_CENTER)
    from reportlab.graphics.charts.barcharts import VerticalBarChart
    from reportlab.graphics.shapes import Drawing

    story: list[Any] = []
    for part in range(0, len(joint["units"]), 10):
        units = joint["units"][part:part + 10]
        data = [["Kontrollfråga", *units, "Totalt"]]
        data += [[Paragraph(row[0], base), *row[1][part:part + 10], row[2]]
                 for row in joint["rows"]]
        shaded = Table(data, repeatRows=1)
        shaded.setStyle(TableStyle(
            [("GRID", (0, 0), (-1, -1), 0.5, colors.grey)]
            + [("BACKGROUND", (c, r), (c, r), colors.Color(1, share, share))
               for r, row in enumerate(joint["shares"], start=1)
               for c, share in enumerate(row[part:part + 10], start=1)]))
        story.append(shaded)
    drawing = Drawing(500, 190)
    chart = VerticalBarChart()
    chart.data = [joint["totals"]]
    chart.categoryAxis.categoryNames = [row[0][:3] for row in joint["rows"]]
    drawing.add(chart)
    story += [drawing, PageBreak()]
    for table in tables:
        story.append(Paragraph(table["unit"], base))
        data = [[Paragraph(h, centre) for h in table["header"]]]
        # Plain strings where a cell has no marker, a paragraph where it has: the
        # cheapest faithful layout, as the renderer does it.
        data += [[Paragraph(row[0], base),
                  *(Paragraph(f"{c}<super>{m}</super>", centre) if m else c
                    for c, m in row[1:])] for row in table["rows"]]
        widths = [180 * mm - 11 * 10.5 * mm - 17 * mm, *([10.5 * mm] * 10), 17 * mm]
        grid = Table(data, colWidths=widths, repeatRows=1)
        grid.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                                  ("FONTNAME", (0, 0), (-1, -1), "BareVera"),
                                  ("ALIGN", (1, 0), (-1, -1), "CENTER")]))
        story += [grid, *(Paragraph(n, base) for n in table["notes"]),
                  *(Paragraph(f, base) for f in table["findings"]), PageBreak()]
    SimpleDocTemplate(str(out), pagesize=A4).build(story)


def bare_docx(joint: dict[str, Any], tables: list[dict[str, Any]], out: Path) -> None:
    """The same content with python-docx's public API: the joint tables, then each unit's
    heading, table (superscript markers), notes as paragraphs and findings, a section
    each."""
    from docx import Document
    from docx.enum.section import WD_SECTION

    document = Document()

    def table(rows: list[list[tuple[str, str]]]) -> None:
        grid = document.add_table(rows=len(rows), cols=len(rows[0]), style="Table Grid")
        for row, values in zip(grid.rows, rows, strict=True):
            for cell, (text, marker) in zip(row.cells, values, strict=True):
                paragraph = cell.paragraphs[0]
                paragraph.add_run(text)
                if marker:
                    paragraph.add_run(marker).font.superscript = True

    document.add_heading("Sammanställning", 1)
    for part in range(0, len(joint["units"]), 10):
        units = joint["units"][part:part + 10]
        table([[(h, "") for h in ("Kontrollfråga", *units, "Totalt")]]
              + [[(row[0], ""), *((c, "") for c in row[1][part:part + 10]), (row[2], "")]
                 for row in joint["rows"]])
    for unit in tables:
        document.add_section(WD_SECTION.NEW_PAGE)
        document.add_heading(unit["unit"], 2)
        table([[(h, "") for h in unit["header"]],
               *([(row[0], ""), *row[1:]] for row in unit["rows"])])
        for line in (*unit["notes"], *unit["findings"]):
            document.add_paragraph(line)
    document.save(str(out))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--units", type=int, default=100)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(dir=Path.cwd()) as name:
        folder = Path(name)
        path = folder / "bench.aktg"
        build_project(path, args.units, random.Random(4))
        options = ReportOptions(joint=True, findings=True)
        ours, bare, docx, bare_word, xlsx = [], [], [], [], []
        for _ in range(args.repeat):
            started = time.perf_counter()
            with Project.open(path, readonly=True) as project:
                report = build_report(project, project.units(), options)
            write_report(report, "pdf", folder / "joint.pdf")
            ours.append(time.perf_counter() - started)

            tables = [{"unit": a.unit, "header": list(a.headers),
                       "rows": [[r.question.text,
                                 *((c.text, c.marker_text) for c in (*r.cells, r.summa))]
                                for r in a.rows],
                       "notes": [f"{n} {t}" for n, t in a.footnotes],
                       "findings": list(a.findings)}
                      for a in report.appendices]
            assert report.joint is not None
            joint = {"units": list(report.joint.units),
                     "rows": [[f"{r.key}. {r.question}", [t for t, _ in r.cells], r.total[0]]
                              for r in report.joint.rows],
                     "shares": [[s or 0.0 for _, s in r.cells] for r in report.joint.rows],
                     "totals": [round(100 * (r.total[1] or 0)) for r in report.joint.rows]}
            started = time.perf_counter()
            bare_reportlab(joint, tables, folder / "bare.pdf")
            bare.append(time.perf_counter() - started)

            started = time.perf_counter()
            write_report(report, "docx", folder / "joint.docx")
            docx.append(time.perf_counter() - started)
            started = time.perf_counter()
            bare_docx(joint, tables, folder / "bare.docx")
            bare_word.append(time.perf_counter() - started)
            started = time.perf_counter()
            write_report(report, "xlsx", folder / "joint.xlsx")
            xlsx.append(time.perf_counter() - started)
        pages = (folder / "joint.pdf").read_bytes().count(b"/Type /Page\n")
    print(f"joint report of {args.units} units × 10 files × 11 questions "
          f"(median of {args.repeat}):")
    print(f"  PDF through the builder: {statistics.median(ours):.2f} s "
          f"(bare ReportLab, same tables: {statistics.median(bare):.2f} s, "
          f"ratio {statistics.median(ours) / statistics.median(bare):.2f}×)")
    print(f"  Word (model already built): {statistics.median(docx):.2f} s "
          f"(bare python-docx, same tables: {statistics.median(bare_word):.2f} s, "
          f"ratio {statistics.median(docx) / statistics.median(bare_word):.2f}×)")
    print(f"  Excel: {statistics.median(xlsx):.2f} s (model already built)")
    print(f"  pages in the PDF: {pages or 'n/a'}")


if __name__ == "__main__":
    main()
