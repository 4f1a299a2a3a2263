"""The parts of a Word document (.docx) a question list is read from: the body's
paragraphs and tables as Word shows them, the styles, the lists' numbering, the footnotes.
Read within bounds with expat, any DTD refused (reviewer/ooxml.py)."""

from __future__ import annotations

from dataclasses import dataclass, field

from reviewer.i18n import N_, _
from reviewer.ooxml import Damaged, Handler, Package, local
from reviewer.templatefiles.entries import clean

# What Word keeps but does not show: deleted and moved-away text, text boxes (a question
# list is not in one), the older choice of alternate content, earlier formatting.
_SKIPPED = frozenset({"del", "moveFrom", "txbxContent", "Fallback", "pPrChange",
                      "rPrChange", "numberingChange", "sectPr"})
MAX_LEVEL = 8


@dataclass
class Paragraph:
    number: int = 0  # its place among the body's paragraphs, 1-based; 0 in a table
    style: str = ""
    num_id: str | None = None
    level: int | None = None  # as the paragraph sets it (w:ilvl)
    parts: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # footnote and endnote references
    lead: str | None = None  # a typed footnote's number, superscript before its text

    @property
    def text(self) -> str:
        return clean("".join(self.parts))


@dataclass
class Table:
    number: int
    rows: list[list[tuple[int, list[Paragraph]]]] = field(default_factory=list)


@dataclass
class Style:
    name: str = ""
    based_on: str | None = None
    num_id: str | None = None
    level: int | None = None


class Reader(Handler):
    """The paragraphs and tables of a document part, or the notes of a footnotes part,
    as Word shows them: deleted and hidden text left out, each run's text in order."""

    def __init__(self) -> None:
        self.root = ""
        self.items: list[Paragraph | Table] = []
        self.notes: dict[str, str] = {}  # "f2" → the footnote's text
        self.skip = 0
        self.paragraph: Paragraph | None = None
        self.in_properties = False
        self.run: list[str] | None = None
        self.run_notes: list[str] = []
        self.hidden = False
        self.superscript = False
        self.collecting = False
        self.paragraphs = 0
        self.table: Table | None = None
        self.tables = 0
        self.row: list[tuple[int, list[Paragraph]]] | None = None
        self.column = 0
        self.cell: list[Paragraph] | None = None
        self.span = 1
        self.note: str | None = None
        self.note_parts: list[str] = []

    def start(self, name: str, attributes: dict[str, str]) -> None:
        tag = local(name)
        if not self.root:
            self.root = tag
        if self.skip or tag in _SKIPPED or (tag == "tbl" and self.table is not None):
            self.skip += 1  # a nested table too: a question is not in one
            return
        paragraph = self.paragraph
        if paragraph is not None:
            if self.run is not None:
                self._in_run(tag, attributes)
            elif tag == "r":
                self.run, self.run_notes = [], []
                self.hidden = self.superscript = False
            elif tag == "pPr":
                self.in_properties = True
            elif self.in_properties:
                if tag == "pStyle":
                    paragraph.style = _value(attributes) or ""
                elif tag == "ilvl":
                    paragraph.level = _number(_value(attributes))
                elif tag == "numId":
                    paragraph.num_id = _value(attributes)
        elif tag == "p":
            self.paragraph = Paragraph()
        elif tag == "tbl":
            self.tables += 1
            self.table = Table(self.tables)
        elif self.table is not None:
            if tag == "tr":
                self.row, self.column = [], 0
            elif tag == "tc":
                self.cell, self.span = [], 1
            elif tag == "gridSpan":
                self.span = max(1, _number(_value(attributes)) or 1)
            elif tag == "gridBefore":
                self.column += _number(_value(attributes)) or 0
        elif tag in ("footnote", "endnote"):
            self.note = tag[0] + (_attribute(attributes, "id") or "")
            self.note_parts = []

    def _in_run(self, tag: str, attributes: dict[str, str]) -> None:
        assert self.run is not None
        if tag == "t":
            self.collecting = True
        elif tag in ("tab", "br", "cr"):
            self.run.append(" ")
        elif tag == "noBreakHyphen":
            self.run.append("-")
        elif tag == "vanish":
            self.hidden = _value(attributes) not in ("0", "false", "off")
        elif tag == "vertAlign":
            self.superscript = _value(attributes) == "superscript"
        elif tag in ("footnoteReference", "endnoteReference"):
            self.run_notes.append(tag[0] + (_attribute(attributes, "id") or ""))

    def end(self, name: str) -> None:
        if self.skip:
            self.skip -= 1
            return
        tag = local(name)
        paragraph = self.paragraph
        if paragraph is not None:
            if tag == "t":
                self.collecting = False
            elif tag == "r" and self.run is not None:
                if not self.hidden:
                    self._end_run(paragraph, self.run)
                self.run = None
            elif tag == "pPr":
                self.in_properties = False
            elif tag == "p":
                self._end_paragraph(paragraph)
                self.paragraph = None
        elif self.table is not None:
            if tag == "tc" and self.row is not None and self.cell is not None:
                self.row.append((self.column, self.cell))
                self.column += self.span
                self.cell = None
            elif tag == "tr" and self.row is not None:
                self.table.rows.append(self.row)
                self.row = None
            elif tag == "tbl":
                self.items.append(self.table)
                self.table = None
        elif tag in ("footnote", "endnote") and self.note is not None:
            self.notes[self.note] = clean(" ".join(self.note_parts))
            self.note = None

    def _end_run(self, paragraph: Paragraph, run: list[str]) -> None:
        paragraph.notes += self.run_notes
        marker = "".join(run).strip()
        if self.superscript and marker.isdigit() and len(marker) <= 3:
            # A footnote typed by hand: its number in superscript after the question, and
            # again before the footnote's text further down.
            if not "".join(paragraph.parts).strip():
                paragraph.lead = f"s{int(marker)}"
            else:
                paragraph.notes.append(f"s{int(marker)}")
            return
        paragraph.parts += run

    def _end_paragraph(self, paragraph: Paragraph) -> None:
        if self.note is not None:
            self.note_parts.append(paragraph.text)
        elif self.cell is not None:
            self.cell.append(paragraph)
        elif self.table is None:
            self.paragraphs += 1
            paragraph.number = self.paragraphs
            self.items.append(paragraph)
            if paragraph.lead is not None and paragraph.text:
                self.notes.setdefault(paragraph.lead, paragraph.text)

    def text(self, data: str) -> None:
        if self.collecting and self.run is not None and not self.skip:
            self.run.append(data)


class Styles(Handler):
    """Each paragraph style's name, the style it is based on, and the list it numbers."""

    def __init__(self) -> None:
        self.styles: dict[str, Style] = {}
        self.style: Style | None = None

    def start(self, name: str, attributes: dict[str, str]) -> None:
        tag = local(name)
        if tag == "style":
            self.style = self.styles.setdefault(_attribute(attributes, "styleId") or "",
                                                Style())
        elif self.style is not None:
            value = _value(attributes)
            if tag == "name":
                self.style.name = (value or "").casefold()
            elif tag == "basedOn":
                self.style.based_on = value
            elif tag == "numId":
                self.style.num_id = value
            elif tag == "ilvl":
                self.style.level = _number(value)

    def end(self, name: str) -> None:
        if local(name) == "style":
            self.style = None


class Numbering(Handler):
    """Each list's format and start per level, from the numbering part."""

    def __init__(self) -> None:
        self.formats: dict[tuple[str, int], tuple[str, int]] = {}  # (abstract, level)
        self.lists: dict[str, str] = {}  # num id → abstract id
        self.overrides: dict[tuple[str, int], tuple[str | None, int | None]] = {}
        self.abstract: str | None = None
        self.num: str | None = None
        self.level: int | None = None
        self.format: str | None = None
        self.first: int | None = None

    def start(self, name: str, attributes: dict[str, str]) -> None:
        tag = local(name)
        value = _value(attributes)
        if tag == "abstractNum":
            self.abstract = _attribute(attributes, "abstractNumId")
        elif tag == "num":
            self.num = _attribute(attributes, "numId")
        elif tag == "abstractNumId" and self.num is not None and value is not None:
            self.lists[self.num] = value
        elif tag in ("lvl", "lvlOverride"):
            if tag == "lvlOverride" or self.num is None:
                self.level = _number(_attribute(attributes, "ilvl"))
                self.format = self.first = None
        elif tag == "numFmt":
            self.format = value
        elif tag in ("start", "startOverride"):
            self.first = _number(value)

    def end(self, name: str) -> None:
        tag = local(name)
        if tag == "lvl" and self.num is None and self.abstract is not None \
                and self.level is not None:
            self.formats[(self.abstract, self.level)] = (self.format or "decimal",
                                                         self.first or 1)
        elif tag == "lvlOverride" and self.num is not None and self.level is not None:
            self.overrides[(self.num, self.level)] = (self.format, self.first)
        elif tag == "abstractNum":
            self.abstract = None
        elif tag == "num":
            self.num = None


def _attribute(attributes: dict[str, str], wanted: str) -> str | None:
    for name, value in attributes.items():
        if local(name) == wanted:
            return value
    return None


def _value(attributes: dict[str, str]) -> str | None:
    return _attribute(attributes, "val")


def _number(value: str | None) -> int | None:
    try:
        return int(value) if value is not None else None
    except ValueError:
        return None


class Document(Package):
    MISSING_PART = N_("the Word document is damaged: its part {part} is missing")
    TOO_LARGE = N_("the Word document unpacks to more than {limit} MB; it is not read")
    DTD = N_("{part} in the Word document declares a DTD, which a Word document never "
             "needs; it is not read")
    BAD_XML = N_("the Word document is damaged: the XML of {part} cannot be read "
                 "({detail})")

    def read(self) -> tuple[Reader, dict[str, Style], Numbering]:
        main = (self.relations("").get("officeDocument", [""])[0] if self.has("_rels/.rels")
                else "word/document.xml")
        if not self.has(main):
            raise Damaged(_("this is not a Word document (.docx)"))
        document = Reader()
        self.parse(main, document)
        if document.root != "document":
            raise Damaged(_("this is not a Word document: its main part is {part}",
                            part=main))
        folder, name = main.rpartition("/")[::2]
        related = (self.relations(main) if self.has(f"{folder}/_rels/{name}.rels")
                   else {})
        styles, numbering = Styles(), Numbering()
        for kind, handler in (("styles", styles), ("numbering", numbering),
                              ("footnotes", document), ("endnotes", document)):
            for part in related.get(kind, [])[:1]:
                self.parse(part, handler)
        return document, styles.styles, numbering
