"""The bilaga as a Word document: layout only, no audit logic.

Built on the firm's reference document or a clean default (`docx_reference`), in Word's
built-in styles (Heading 1 and 2, Caption, Footnote Text and Reference) and the `Aktg …`
styles a template can restyle; reasons as real Word footnotes (`docx_notes`), or as a list
under the table when asked. Tables split into parts as the PDF's do, span the text width
as a percentage, repeat their header row on every page, never split a row, and keep with
their title. The tables are written as XML text and parsed once per section: python-docx's
cell objects would cost seconds on a 100-unit report.
"""

from __future__ import annotations

import copy
from collections import Counter
from collections.abc import Iterator, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape, quoteattr

from reviewer.report.colours import share_hex
from reviewer.report.docx_notes import Footnotes
from reviewer.report.docx_reference import (
    LANGUAGE,
    StyleIds,
    open_reference,
    prepare,
    section_template,
)
from reviewer.report.docx_xml import W, place
from reviewer.report.model import (
    DESCRIPTION_SUMMA,
    DESCRIPTION_TOTAL,
    FINDINGS_HEADING,
    JOINT_CAPTION,
    JOINT_DESCRIPTION,
    JOINT_SHEET,
    PART_CAPTION,
    PART_HEADER,
    QUESTION_HEADER,
    SAMPLING_HEADING,
    SUMMA_HEADER,
    TABLE_CAPTION,
    TABLE_DESCRIPTION,
    TOTAL_HEADER,
    Appendix,
    JointSummary,
    Marked,
    Report,
)

_W = "{" + W + "}"
_NS = f'xmlns:w="{W}"'
_MM = 1440 / 25.4  # twips
# Column widths as the PDF's, in millimetres; on a narrow page the file columns give way
# before the question column goes below its least.
FILE_COLUMN, SUMMA_COLUMN, QUESTION_LEAST = 9.5, 17.0, 45.0
UNIT_COLUMN = 21.0  # the joint summary's
WHOLE = 5000  # a table's width in fiftieths of a percent of the text width: all of it


def _text(value: str) -> str:
    return f'<w:r><w:t xml:space="preserve">{escape(value)}</w:t></w:r>' if value else ""


def _paragraph(style: str, content: str = "") -> str:
    return f'<w:p><w:pPr><w:pStyle w:val="{style}"/></w:pPr>{content}</w:p>'


def _widths(text_width: int, count: int, column: float, last: float) -> list[int]:
    """Twips of the question column, `count` columns of `column` mm and a last one of
    `last` mm (0: none) on a text width of `text_width` twips."""
    room = text_width - (QUESTION_LEAST + last) * _MM
    each = min(column * _MM, room / max(1, count))
    columns = [round(each)] * count + ([round(last * _MM)] if last else [])
    return [text_width - sum(columns), *columns]


def _percentages(widths: Sequence[int]) -> list[int]:
    """The widths as fiftieths of a percent of their sum, adding up to exactly 5000."""
    total = sum(widths)
    shares = [round(WHOLE * w / total) for w in widths]
    shares[0] += WHOLE - sum(shares)
    return shares


class _Writer:
    def __init__(self, report: Report) -> None:
        options = report.options
        self.document = open_reference(options.reference_docx)
        self.styles: StyleIds = prepare(self.document)
        self.below = options.footnotes_below
        self.notes = Footnotes(self.document, reference=self.styles.footnote_reference,
                               text=self.styles.footnote_text)
        self.notes.clear()
        self.first = report.appendices[0].first_footnote if report.appendices else 1
        self.body = self.document.element.body
        self.base = section_template(self.document)
        self.sections: list[tuple[bool, list[str]]] = []  # (landscape, content)
        self.headed = False  # the title is printed once, as the document's Heading 1

    # -- sections ---------------------------------------------------------------------

    def section(self, *, landscape: bool) -> int:
        """Start a section (a new page) in the orientation asked; its text width in
        twips."""
        self.sections.append((landscape, []))
        return self._text_width(self._section_properties(len(self.sections) - 1))

    def add(self, xml: str) -> None:
        self.sections[-1][1].append(xml)

    def _section_properties(self, index: int) -> Any:
        landscape = self.sections[index][0]
        properties = copy.deepcopy(self.base)
        size = properties.find(f"{_W}pgSz")
        if size is None:
            size = place(properties, _element("<w:pgSz w:w='11906' w:h='16838'/>"))
        width, height = int(size.get(f"{_W}w")), int(size.get(f"{_W}h"))
        if landscape != (width > height):
            size.set(f"{_W}w", str(height))
            size.set(f"{_W}h", str(width))
        if landscape:
            size.set(f"{_W}orient", "landscape")
        elif f"{_W}orient" in size.attrib:
            del size.attrib[f"{_W}orient"]
        place(properties, _element('<w:type w:val="nextPage"/>'))
        # A different first page is a report's cover: the bilaga's pages take the default
        # header. Later sections inherit the header and footer, and numbering runs on.
        removed = ("headerReference", "footerReference", "footnotePr") if index else ()
        for kind in (*removed, "titlePg"):
            for child in properties.findall(f"{_W}{kind}"):
                properties.remove(child)
        if not index and not self.below:
            self.notes.start_at(self.first, properties)
        return properties

    @staticmethod
    def _text_width(properties: Any) -> int:
        size, margins = properties.find(f"{_W}pgSz"), properties.find(f"{_W}pgMar")

        def twips(element: Any, name: str) -> int:
            value = None if element is None else element.get(f"{_W}{name}")
            return int(value) if value else 0

        width = twips(size, "w") - twips(margins, "left") - twips(margins, "right")
        return max(width - twips(margins, "gutter"), 1440)

    def finish(self) -> None:
        """Put every section into the body: each one's properties in its last paragraph,
        the last section's as the body's own."""
        body_properties = self.body.get_or_add_sectPr()
        for index, (_landscape, content) in enumerate(self.sections):
            holder = _element(f"<w:body>{''.join(content)}</w:body>")
            if not len(holder) or holder[-1].tag != f"{_W}p":
                holder.append(_element("<w:p/>"))
            properties = self._section_properties(index)
            last = index == len(self.sections) - 1
            if not last:
                paragraph_properties = holder[-1].find(f"{_W}pPr")
                if paragraph_properties is None:
                    paragraph_properties = place(holder[-1], _element("<w:pPr/>"))
                place(paragraph_properties, properties)
            for child in list(holder):
                body_properties.addprevious(child)
            if last:
                body_properties.addprevious(properties)
                self.body.remove(body_properties)
        self.notes.flush()

    # -- text -------------------------------------------------------------------------

    def heading(self, level: int, text: str) -> None:
        style = {1: self.styles.heading1, 2: self.styles.heading2, 3: self.styles.heading3}
        self.add(_paragraph(style[level], _text(text)))

    def title(self, text: str) -> None:
        """The bilaga's title, once: the heading the navigation pane and a report's table
        of contents show; units and the joint summary are headings under it."""
        if not self.headed:
            self.heading(1, text)
            self.headed = True

    def caption(self, text: str) -> None:
        self.add(_paragraph(self.styles.caption, _text(text)))

    def marked(self, item: Marked, numbers: _Numbers) -> str:
        """A text and its markers: footnote references (the first time a reason is
        referred to), cross-references to it (later times), or raised numbers when the
        notes are listed below."""
        runs = _text(item.text)
        if not item.markers:
            return runs
        style = self.styles.footnote_reference
        if self.below:
            return (f'{runs}<w:r><w:rPr><w:rStyle w:val="{style}"/></w:rPr>'
                    f"<w:t>{item.marker_text}</w:t></w:r>")
        for position, number in enumerate(item.markers):
            if position:
                runs += self.notes.separator()
            runs += numbers.refer(number)
        return runs

    # -- tables -----------------------------------------------------------------------

    def table(self, widths: list[int], header: list[str], rows: Iterator[list[str]], *,
              caption: str, description: str, last_column: bool,
              fills: Iterator[list[str | None]] | None = None) -> None:
        """A table of `widths` (twips at this section's text width; written as shares of
        the text width) after its caption, its header row repeated on each page and kept
        with the first row, no row split. A row is its cells' paragraphs (XML); `fills`
        shades cells."""
        shares = _percentages(widths)
        look = 0x0020 | 0x0200 | 0x0400 | (0x0100 if last_column else 0)
        properties = (
            f'<w:tblPr><w:tblStyle w:val="{self.styles.table}"/><w:tblW w:w="{WHOLE}" '
            'w:type="pct"/><w:tblLayout w:type="fixed"/>'
            f'<w:tblLook w:val="{look:04X}" w:firstRow="1" w:lastRow="0" w:firstColumn="0" '
            f'w:lastColumn="{int(last_column)}" w:noHBand="1" w:noVBand="1"/>'
            f"<w:tblCaption w:val={quoteattr(caption)}/>"
            f"<w:tblDescription w:val={quoteattr(description)}/></w:tblPr>")
        grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in widths)
        cell_properties = [f'<w:tcPr><w:tcW w:w="{s}" w:type="pct"/>' for s in shares]
        head = [_paragraph(self.styles.header if i == 0 else self.styles.header_cell, _text(t))
                for i, t in enumerate(header)]
        lines = ["<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>"
                 + "".join(f"<w:tc>{p}</w:tcPr>{c}</w:tc>"
                           for p, c in zip(cell_properties, head, strict=True)) + "</w:tr>"]
        body = list(rows)
        shading: list[list[str | None]] = (list(fills) if fills is not None
                                            else [[None] * len(widths)] * len(body))
        for cells, shades in zip(body, shading, strict=True):
            lines.append("<w:tr><w:trPr><w:cantSplit/></w:trPr>" + "".join(
                f"<w:tc>{p}{_shade(fill)}</w:tcPr>{c}</w:tc>"
                for p, c, fill in zip(cell_properties, cells, shades, strict=True)) + "</w:tr>")
        self.caption(caption)
        self.add(f"<w:tbl>{properties}<w:tblGrid>{grid}</w:tblGrid>{''.join(lines)}</w:tbl>")


def _shade(fill: str | None) -> str:
    return "" if fill is None else f'<w:shd w:val="clear" w:color="auto" w:fill="{fill}"/>'


def _element(xml: str) -> Any:
    """One element from XML text in the w: namespace."""
    from docx.oxml.parser import parse_xml

    return parse_xml(f"<w:root {_NS}>{xml}</w:root>")[0]


class _Numbers:
    """One appendix's markers as Word writes them: a model number's first reference is
    its footnote (bookmarked when referred to again), a later one a cross-reference."""

    def __init__(self, writer: _Writer, appendix: Appendix, uses: Counter[int]) -> None:
        self.notes = writer.notes
        self.first = writer.first
        self.texts = dict(appendix.footnotes)
        self.uses = uses
        self.seen: dict[int, tuple[str | None, int]] = {}

    def refer(self, number: int) -> str:
        if number in self.seen:
            bookmark, shown = self.seen[number]
            assert bookmark is not None
            return self.notes.cross_reference(bookmark, shown)
        note = self.notes.add(self.texts[number])
        bookmark = self.notes.bookmark_for(note) if self.uses[number] > 1 else None
        self.seen[number] = (bookmark, self.first + self.notes.count - 1)
        return self.notes.reference(note, bookmark)


def _appendix_items(appendix: Appendix) -> Iterator[Marked]:
    """Every marked text in the order the document prints them (part by part)."""
    parts = appendix.parts
    for number, part in enumerate(parts):
        for row in appendix.rows:
            yield row.question
            yield from (row.cells[i] for i in part)
            if number == len(parts) - 1:
                yield row.summa


def _appendix(writer: _Writer, appendix: Appendix, text_width: int) -> None:
    styles = writer.styles
    writer.title(appendix.title)
    writer.heading(2, appendix.unit)
    numbers = _Numbers(writer, appendix, Counter(
        n for item in _appendix_items(appendix) for n in item.markers))
    parts = appendix.parts
    labels = appendix.file_labels
    for number, part in enumerate(parts):
        last = number == len(parts) - 1
        split = len(parts) > 1
        caption = TABLE_CAPTION.format(unit=appendix.unit)
        if split:
            caption = PART_CAPTION.format(caption=caption, part=number + 1, parts=len(parts))
        first_label, last_label = (labels[part[0]], labels[part[-1]]) if part else ("", "")
        header = [PART_HEADER.format(first=first_label, last=last_label) if split
                  else QUESTION_HEADER, *(labels[i] for i in part),
                  *([SUMMA_HEADER] if last else [])]
        rows = ([_paragraph(styles.sub_question if row.is_sub_question else styles.question,
                            writer.marked(row.question, numbers)),
                 *(_paragraph(styles.cell, writer.marked(row.cells[i], numbers)) for i in part),
                 *([_paragraph(styles.cell, writer.marked(row.summa, numbers))] if last
                   else [])]
                for row in appendix.rows)
        description = TABLE_DESCRIPTION.format(first=first_label, last=last_label,
                                               summa=DESCRIPTION_SUMMA if last else "")
        writer.table(_widths(text_width, len(part), FILE_COLUMN, SUMMA_COLUMN if last else 0),
                     header, rows, caption=caption, description=description,
                     last_column=last)
    if appendix.legend:
        writer.add(_paragraph(styles.legend, _text(", ".join(appendix.legend))))
    if writer.below:
        for number, text in appendix.footnotes:
            writer.add(_paragraph(styles.footnote_text, (
                f'<w:r><w:rPr><w:rStyle w:val="{styles.footnote_reference}"/></w:rPr>'
                f"<w:t>{number}</w:t></w:r>{_text(' ' + text)}")))
    if appendix.findings:
        writer.heading(3, FINDINGS_HEADING)
        for sentence in appendix.findings:
            writer.add(f"<w:p>{_text(sentence)}</w:p>")
    if appendix.sampling:
        writer.heading(3, SAMPLING_HEADING)
        for line in appendix.sampling:
            writer.add(f"<w:p>{_text(line)}</w:p>")


def _joint(writer: _Writer, joint: JointSummary, text_width: int, title: str) -> None:
    styles = writer.styles
    writer.title(title)
    writer.heading(2, JOINT_SHEET)
    parts = joint.parts
    for number, part in enumerate(parts):
        last = number == len(parts) - 1
        caption = JOINT_CAPTION if len(parts) == 1 else PART_CAPTION.format(
            caption=JOINT_CAPTION, part=number + 1, parts=len(parts))
        header = [QUESTION_HEADER, *(joint.units[i] for i in part),
                  *([TOTAL_HEADER] if last else [])]
        values = [[row.cells[i] for i in part] + ([row.total] if last else [])
                  for row in joint.rows]
        rows = ([_paragraph(styles.question, _text(f"{row.key}. {row.question}")),
                 *(_paragraph(styles.cell, _text(text)) for text, _share in cells)]
                for row, cells in zip(joint.rows, values, strict=True))
        fills = ([None, *(share_hex(share) if share is not None else None
                          for _text_, share in cells)] for cells in values)
        writer.table(_widths(text_width, len(part) + (1 if last else 0), UNIT_COLUMN, 0),
                     header, rows, fills=fills, caption=caption, last_column=False,
                     description=JOINT_DESCRIPTION.format(
                         total=DESCRIPTION_TOTAL if last else ""))


def _properties(writer: _Writer, report: Report) -> None:
    """The file's document properties: the report and project, the auditor, now."""
    properties = writer.document.core_properties
    now = datetime.now(UTC).replace(tzinfo=None, microsecond=0)
    properties.title = f"{report.options.title} – {report.project_title}"
    properties.subject = report.project_title
    properties.author = properties.last_modified_by = report.options.author
    properties.created = properties.modified = now
    properties.revision = 1
    properties.comments = properties.keywords = properties.category = ""
    properties.language = LANGUAGE


def render_docx(report: Report, out: Path) -> None:
    """Write the report as a Word document to `out` (the caller writes it beside and
    renames)."""
    writer = _Writer(report)
    if report.joint is not None:
        width = writer.section(landscape=len(report.joint.units) > 3)
        _joint(writer, report.joint, width, report.options.title)
    for appendix in report.appendices:
        _appendix(writer, appendix, writer.section(landscape=appendix.landscape))
    writer.finish()
    _properties(writer, report)
    writer.document.save(str(out))
