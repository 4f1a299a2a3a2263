"""Reading a written Word file back as Word and LibreOffice would meet it: its parts as XML,
its tables and footnotes with the numbers Word gives them, an appendix inserted into
another document, a firm's template, and LibreOffice's rendering to PDF text."""

from __future__ import annotations

import copy
import re
import shutil
import subprocess
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import docx
from docx.oxml.parser import parse_xml

from reviewer.report.docx_notes import Footnotes
from reviewer.report.docx_xml import W

NS = {"w": W, "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships"}
Q = "{" + W + "}"
SOFFICE = shutil.which("soffice")


def part(path: Path, name: str) -> Any:
    """One XML part of a Word file, parsed."""
    with zipfile.ZipFile(path) as archive:
        return parse_xml(archive.read(name))


def part_names(path: Path) -> list[str]:
    with zipfile.ZipFile(path) as archive:
        return archive.namelist()


@dataclass(frozen=True)
class WordView:
    """What a reader sees: each table's cell texts with their markers as Word numbers
    them, the notes as `number text`, and the body's paragraphs with their style ids."""

    tables: list[list[list[str]]]
    notes: list[str]
    paragraphs: list[tuple[str, str]]  # (style id, text)


def _number_start(settings: Any) -> int:
    start = settings.find("w:footnotePr/w:numStart", NS)
    return 1 if start is None else int(start.get(f"{Q}val"))


def word_view(path: Path) -> WordView:
    document = part(path, "word/document.xml")
    first = _number_start(part(path, "word/settings.xml"))
    notes = {}
    if "word/footnotes.xml" in part_names(path):
        for note in part(path, "word/footnotes.xml").findall("w:footnote", NS):
            if note.get(f"{Q}type") in (None, "normal"):
                # (not itertext: python-docx's element classes answer it once per level)
                notes[note.get(f"{Q}id")] = "".join(
                    t.text or "" for t in note.iter(f"{Q}t")).strip()
    order = [r.get(f"{Q}id") for r in document.iter(f"{Q}footnoteReference")]
    number = {note_id: first + index for index, note_id in enumerate(order)}

    def text(element: Any) -> str:
        out = []
        for node in element.iter(f"{Q}t", f"{Q}footnoteReference"):
            if node.tag == f"{Q}footnoteReference":
                out.append(str(number[node.get(f"{Q}id")]))
            else:
                out.append(node.text or "")
        return "".join(out)

    tables = [[[text(cell) for cell in row.findall("w:tc", NS)]
               for row in table.findall("w:tr", NS)]
              for table in document.iter(f"{Q}tbl")]
    paragraphs = []
    for paragraph in document.find("w:body", NS).findall("w:p", NS):
        style = paragraph.find("w:pPr/w:pStyle", NS)
        paragraphs.append(("" if style is None else style.get(f"{Q}val"), text(paragraph)))
    return WordView(tables=tables,
                    notes=[f"{number[i]} {notes[i]}" for i in order],
                    paragraphs=paragraphs)


def insert_into(host_path: Path, appendix_path: Path, out: Path) -> None:
    """What Word's Insert ▸ Text from File does with the appendix: its body (not its last
    section's properties) at the end of the host's text, each footnote it calls copied
    into the host's notes under a new id, and the styles the host lacks added."""
    host = docx.Document(str(host_path))
    appendix = docx.Document(str(appendix_path))
    notes = Footnotes(host, reference="FootnoteReference", text="FootnoteText").element
    source = {n.get(f"{Q}id"): n for n in part(appendix_path, "word/footnotes.xml")}
    next_id = 1 + max(int(n.get(f"{Q}id")) for n in notes)
    final = host.element.body.get_or_add_sectPr()
    for element in list(appendix.element.body):
        if element.tag == f"{Q}sectPr":
            continue
        element = copy.deepcopy(element)
        for reference in element.iter(f"{Q}footnoteReference"):
            note = copy.deepcopy(source[reference.get(f"{Q}id")])
            note.set(f"{Q}id", str(next_id))
            reference.set(f"{Q}id", str(next_id))
            notes.append(note)
            next_id += 1
        final.addprevious(element)
    have = {s.get(f"{Q}styleId") for s in host.styles.element.findall("w:style", NS)}
    for style in appendix.styles.element.findall("w:style", NS):
        if style.get(f"{Q}styleId") not in have:
            host.styles.element.append(copy.deepcopy(style))
    host.save(str(out))


def host_with_notes(path: Path, count: int) -> None:
    """A report's body with `count` footnotes of its own, numbered from 1."""
    document = docx.Document()
    notes = Footnotes(document, reference="FootnoteReference", text="FootnoteText")
    for index in range(1, count + 1):
        paragraph = document.add_paragraph(f"Rapportens text, stycke {index}.")
        run = parse_xml(f'<w:root xmlns:w="{W}">'
                        f"{notes.reference(notes.add(f'Rapportens egen fotnot {index}.'))}"
                        "</w:root>")[0]
        paragraph._p.append(run)
    notes.flush()
    document.save(str(path))


def firm_template(path: Path, *, margin_mm: float = 30.0, template: bool = True) -> None:
    """A firm's report template as a Swedish Word writes one: style ids in Swedish
    (`Rubrik1`, `Fotnotstext`), 30 mm margins, a header with the firm's name and another on
    the cover page, its own sample text with a footnote, saved as .dotx (a template's
    content type)."""
    from docx.shared import Mm, Pt

    document = docx.Document()
    section = document.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Mm(margin_mm))
    section.header.paragraphs[0].text = "Revisionsbyrån AB – granskningsrapport"
    section.different_first_page_header_footer = True  # the report's cover
    section.first_page_header.paragraphs[0].text = "Omslagets logotyp"
    normal = document.styles["Normal"]
    normal.font.name = "Georgia"
    normal.font.size = Pt(11)
    renamed = {"Heading1": "Rubrik1", "Heading2": "Rubrik2", "Caption": "Beskrivning"}
    for style in document.styles.element.findall("w:style", NS):
        if style.get(f"{Q}styleId") in renamed:
            style.set(f"{Q}styleId", renamed[style.get(f"{Q}styleId")])
    document.styles.element.append(parse_xml(
        f'<w:style xmlns:w="{W}" w:type="paragraph" w:styleId="Fotnotstext"><w:name '
        'w:val="footnote text"/><w:basedOn w:val="Normal"/><w:rPr><w:sz w:val="18"/>'
        "</w:rPr></w:style>"))
    notes = Footnotes(document, reference="FootnoteReference", text="Fotnotstext")
    paragraph = document.add_paragraph("Mallens exempeltext som inte ska följa med.")
    paragraph._p.append(parse_xml(
        f'<w:root xmlns:w="{W}">{notes.reference(notes.add("Mallens fotnot."))}'
        "</w:root>")[0])
    notes.flush()
    document.save(str(path))
    if template:
        as_template(path)


def as_template(path: Path) -> None:
    """Declare the file's main part a template's (what Word writes in a .dotx)."""
    with zipfile.ZipFile(path) as archive:
        entries = {name: archive.read(name) for name in archive.namelist()}
    entries["[Content_Types].xml"] = entries["[Content_Types].xml"].replace(
        b"wordprocessingml.document.main+xml", b"wordprocessingml.template.main+xml")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in entries.items():
            archive.writestr(name, data)


def render_pdf(path: Path) -> Path:
    """LibreOffice's rendering of a Word file to PDF, beside it."""
    assert SOFFICE is not None
    profile = path.parent / "lo-profile"
    subprocess.run([SOFFICE, f"-env:UserInstallation=file://{profile}", "--headless",
                    "--convert-to", "pdf", "--outdir", str(path.parent), str(path)],
                   check=True, capture_output=True, timeout=180)
    return path.with_suffix(".pdf")


def pdf_pages(pdf: Path, *, layout: bool = True) -> list[str]:
    """The text of each page."""
    text = subprocess.run(["pdftotext", *(["-layout"] if layout else []), str(pdf), "-"],
                          check=True, capture_output=True, text=True).stdout
    return text.split("\f")[:-1] if text.endswith("\f") else text.split("\f")


def word_boxes(pdf: Path) -> list[tuple[int, float, float, str]]:
    """(page, x right edge, page width, word) of every word, in points."""
    html = subprocess.run(["pdftotext", "-bbox", str(pdf), "-"], check=True,
                          capture_output=True, text=True).stdout
    boxes = []
    page, width = 0, 0.0
    for line in html.splitlines():
        if match := re.search(r'<page width="([\d.]+)"', line):
            page, width = page + 1, float(match.group(1))
        elif match := re.search(r'xMax="([\d.]+)".*>(.*)</word>', line):
            boxes.append((page, float(match.group(1)), width, match.group(2)))
    return boxes
