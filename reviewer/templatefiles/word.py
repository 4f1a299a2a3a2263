"""Question lists in Word (.docx): a numbered list or a table of questions.

A list numbered by Word (level 0 a question, level 1 a sub-question) or by hand (`1. …`,
then `a. …`); a table read as a sheet is (grid.py). A footnote on a question becomes its
criterion. The package is read within bounds with expat, any DTD refused (ooxml.py).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from reviewer.errors import TemplateError
from reviewer.i18n import N_, _
from reviewer.model import Template
from reviewer.ooxml import Damaged, Handler, Package, local, unpacked
from reviewer.sheetfiles import Row
from reviewer.templatefiles.entries import Entry, build_template, clean, split_number
from reviewer.templatefiles.grid import TEXT, find_header, read_grid

MAX_XML_BYTES = 64 * 1024 * 1024  # the document's parts unpacked, against zip bombs
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # .doc, and any password-protected .docx
# What Word keeps but does not show: deleted and moved-away text, text boxes (a question
# list is not in one), the older choice of alternate content, earlier formatting.
_SKIPPED = frozenset({"del", "moveFrom", "txbxContent", "Fallback", "pPrChange",
                      "rPrChange", "numberingChange", "sectPr"})
_LIST_STYLE = re.compile(r"list(?: number| bullet| continue)? ([2-9])")  # "List Number 2"
_MAX_LEVEL = 8


@dataclass
class _Paragraph:
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
class _Table:
    number: int
    rows: list[list[tuple[int, list[_Paragraph]]]] = field(default_factory=list)


@dataclass
class _Style:
    name: str = ""
    based_on: str | None = None
    num_id: str | None = None
    level: int | None = None


class _Reader(Handler):
    """The paragraphs and tables of a document part, or the notes of a footnotes part,
    as Word shows them: deleted and hidden text left out, each run's text in order."""

    def __init__(self) -> None:
        self.root = ""
        self.items: list[_Paragraph | _Table] = []
        self.notes: dict[str, str] = {}  # "f2" → the footnote's text
        self.skip = 0
        self.paragraph: _Paragraph | None = None
        self.in_properties = False
        self.run: list[str] | None = None
        self.run_notes: list[str] = []
        self.hidden = False
        self.superscript = False
        self.collecting = False
        self.paragraphs = 0
        self.table: _Table | None = None
        self.tables = 0
        self.row: list[tuple[int, list[_Paragraph]]] | None = None
        self.column = 0
        self.cell: list[_Paragraph] | None = None
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
            self.paragraph = _Paragraph()
        elif tag == "tbl":
            self.tables += 1
            self.table = _Table(self.tables)
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

    def _end_run(self, paragraph: _Paragraph, run: list[str]) -> None:
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

    def _end_paragraph(self, paragraph: _Paragraph) -> None:
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


class _Styles(Handler):
    """Each paragraph style's name, the style it is based on, and the list it numbers."""

    def __init__(self) -> None:
        self.styles: dict[str, _Style] = {}
        self.style: _Style | None = None

    def start(self, name: str, attributes: dict[str, str]) -> None:
        tag = local(name)
        if tag == "style":
            self.style = self.styles.setdefault(_attribute(attributes, "styleId") or "",
                                                _Style())
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


class _Numbering(Handler):
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


class _Document(Package):
    MISSING_PART = N_("the Word document is damaged: its part {part} is missing")
    TOO_LARGE = N_("the Word document unpacks to more than {limit} MB; it is not read")
    DTD = N_("{part} in the Word document declares a DTD, which a Word document never "
             "needs; it is not read")
    BAD_XML = N_("the Word document is damaged: the XML of {part} cannot be read "
                 "({detail})")

    def read(self) -> tuple[_Reader, dict[str, _Style], _Numbering]:
        main = (self.relations("").get("officeDocument", [""])[0] if self.has("_rels/.rels")
                else "word/document.xml")
        if not self.has(main):
            raise Damaged(_("this is not a Word document (.docx)"))
        document = _Reader()
        self.parse(main, document)
        if document.root != "document":
            raise Damaged(_("this is not a Word document: its main part is {part}",
                            part=main))
        folder, name = main.rpartition("/")[::2]
        related = (self.relations(main) if self.has(f"{folder}/_rels/{name}.rels")
                   else {})
        styles, numbering = _Styles(), _Numbering()
        for kind, handler in (("styles", styles), ("numbering", numbering),
                              ("footnotes", document), ("endnotes", document)):
            for part in related.get(kind, [])[:1]:
                self.parse(part, handler)
        return document, styles.styles, numbering


def load_docx(path: Path, *, allow_identity: bool = False) -> Template:
    """A template from a Word document's numbered list or table of questions."""
    source = str(path)
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise TemplateError(source, [_("the file could not be read: {detail}",
                                       detail=exc.strerror or exc)]) from None
    if data.startswith(_OLE_MAGIC):
        raise TemplateError(source, [_("this is an old Word file (.doc) or a document with "
                                       "a password; save it as .docx without a password")])
    if not data.startswith(b"PK"):
        raise TemplateError(source, [_("this is not a Word document (.docx)")])
    try:
        with unpacked(data, N_("this is not a readable Word document ({detail})")) as archive:
            document, styles, numbering = _Document(archive, MAX_XML_BYTES).read()
    except Damaged as exc:
        raise TemplateError(source, [str(exc)]) from None
    return _Questions(document, styles, numbering).template(
        source, Path(path).stem, allow_identity)


class _Questions:
    """Which paragraphs or table rows of the document are its questions."""

    def __init__(self, document: _Reader, styles: dict[str, _Style],
                 numbering: _Numbering) -> None:
        self.document = document
        self.styles = styles
        self.numbering = numbering
        # Word's level of each numbered paragraph (body and tables), and the number Word
        # shows for it, counted in reading order.
        self.numbers: dict[int, tuple[int, str | None]] = {}
        self.bullets: set[int] = set()  # the numbered paragraphs Word shows with a bullet
        self._count()

    def template(self, source: str, default_name: str, allow_identity: bool) -> Template:
        tables = [item for item in self.document.items if isinstance(item, _Table)]
        headed = [t for t in tables if (found := find_header(self._rows(t))) is not None
                  and TEXT in found[1]]
        listed = self._listed()
        if headed or (tables and not listed):
            problems: list[str] = []
            entries: list[Entry] = []
            parent_column = False
            for table in headed or tables:
                grid = read_grid(self._rows(table), _table_place(table.number))
                problems += grid.problems
                parent_column |= grid.parent_column
                entries += self._from_table(table, grid.entries)
            first = (headed or tables)[0]
            return build_template(entries, name=self._title(first) or default_name,
                                  source=source, parent_column=parent_column,
                                  allow_identity=allow_identity, problems=problems)
        if not listed:
            raise TemplateError(source, [_("the document holds no numbered list of "
                                           "questions and no table of questions")])
        entries = self._from_list(listed)
        return build_template(entries, name=self._title(listed[0]) or default_name,
                              source=source, parent_column=False,
                              allow_identity=allow_identity)

    # -- numbering ------------------------------------------------------------------------

    def _paragraphs(self) -> Iterator[_Paragraph]:
        for item in self.document.items:
            if isinstance(item, _Paragraph):
                yield item
            else:
                for row in item.rows:
                    for _column, paragraphs in row:
                        yield from paragraphs

    def _style_chain(self, style_id: str) -> Iterator[_Style]:
        seen: set[str] = set()
        current: str | None = style_id
        while current and current not in seen and current in self.styles:
            seen.add(current)
            style = self.styles[current]
            yield style
            current = style.based_on

    def _numbered(self, paragraph: _Paragraph) -> tuple[str, int, int] | None:
        """The list a paragraph is numbered in, its level there (w:ilvl), and its level as a
        question (a "List Number 2" style one deeper)."""
        num_id, level, deeper = paragraph.num_id, paragraph.level, 0
        for style in self._style_chain(paragraph.style):
            if num_id is None:
                num_id = style.num_id
            if level is None:
                level = style.level
            match = _LIST_STYLE.fullmatch(style.name)
            if match and paragraph.level is None and not deeper:
                deeper = int(match[1]) - 1
        if num_id is None or num_id == "0" or self._is_heading(paragraph):
            return None
        level = min(max(level or 0, 0), _MAX_LEVEL)
        return num_id, level, level + deeper

    def _format(self, num_id: str, level: int) -> tuple[str, int]:
        kind, first = self.numbering.formats.get(
            (self.numbering.lists.get(num_id, ""), level), ("decimal", 1))
        override = self.numbering.overrides.get((num_id, level))
        if override is not None:
            kind, first = override[0] or kind, override[1] or first
        return kind, first

    def _count(self) -> None:
        counters: dict[str, list[int | None]] = {}
        for paragraph in self._paragraphs():
            numbered = self._numbered(paragraph)
            if numbered is None:
                continue  # an empty numbered paragraph is counted, as Word shows it
            num_id, level, depth = numbered
            kind, first = self._format(num_id, level)
            if kind == "none":
                continue
            counts = counters.setdefault(num_id, [None] * (_MAX_LEVEL + 1))
            counts[level] = (counts[level] or first - 1) + 1
            for deeper in range(level + 1, _MAX_LEVEL + 1):
                counts[deeper] = None
            shown = str(counts[level]) if kind.startswith("decimal") else None
            self.numbers[id(paragraph)] = (depth, shown)
            if kind == "bullet":
                self.bullets.add(id(paragraph))

    def _is_heading(self, paragraph: _Paragraph) -> bool:
        return any(style.name == "title" or style.name.startswith("heading")
                   for style in self._style_chain(paragraph.style))

    # -- a list -----------------------------------------------------------------------------

    def _listed(self) -> list[_Paragraph]:
        """The body's paragraphs that are questions: numbered by Word, or starting with a
        typed number (a lone letter only under a question). In a list of numbered questions
        a bullet is a sub-question of the question right above it; bullets elsewhere (an
        introduction's, a legend's) are not questions."""
        listed: list[_Paragraph] = []
        paragraphs = [item for item in self.document.items
                      if isinstance(item, _Paragraph) and item.text]
        typed = {id(p): number for p in paragraphs if id(p) not in self.numbers
                 and not self._is_heading(p) and (number := split_number(p.text)[0])}
        numbered = any(id(p) in self.numbers and id(p) not in self.bullets
                       for p in paragraphs) or any(not n.isalpha() for n in typed.values())
        above = False  # a question right above (blank paragraphs between)
        for item in paragraphs:
            if id(item) in self.bullets and numbered:
                question = above
            elif id(item) in self.numbers:
                question = True
            else:
                number = typed.get(id(item))
                question = number is not None and (bool(listed) or not number.isalpha())
            if question:
                listed.append(item)
            above = question
        return listed

    def _from_list(self, listed: list[_Paragraph]) -> list[Entry]:
        numbered = [self.numbers[id(p)][0] for p in listed
                    if id(p) in self.numbers and id(p) not in self.bullets]
        top = min(numbered or [self.numbers[id(p)][0] for p in listed
                               if id(p) in self.numbers] or [0])
        under_numbers = any(id(p) not in self.bullets for p in listed)
        entries: list[Entry] = []
        for paragraph in listed:
            found = self.numbers.get(id(paragraph))
            if found is not None:
                level = found[0] - top
                if id(paragraph) in self.bullets and under_numbers:
                    level = max(level, 1)  # a bullet under a numbered question
                key, text = (found[1] if level == 0 else None), paragraph.text
            else:
                level = None
                key, text = split_number(paragraph.text)
            entries.append(Entry(place=self._place(paragraph), text=text, key=key,
                                 level=level, criterion=self._criterion(paragraph.notes)))
        return entries

    def _place(self, paragraph: _Paragraph) -> str:
        text = paragraph.text
        start = text if len(text) <= 40 else text[:40].rstrip() + " …"
        return _("paragraph {n} (“{start}”)", n=paragraph.number, start=start)

    def _criterion(self, notes: list[str]) -> str | None:
        texts = [self.document.notes[note] for note in notes
                 if self.document.notes.get(note)]
        return " ".join(texts) or None

    def _title(self, before: _Paragraph | _Table) -> str | None:
        """The document's title: a Title paragraph, else the first Heading 1, above the
        questions."""
        above: list[_Paragraph] = []
        for item in self.document.items:
            if item is before:
                break
            if isinstance(item, _Paragraph) and item.text:
                above.append(item)
        for wanted in ("title", "heading 1"):
            for paragraph in above:
                if any(s.name == wanted for s in self._style_chain(paragraph.style)):
                    return paragraph.text
        return None

    # -- a table ------------------------------------------------------------------------------

    def _rows(self, table: _Table) -> list[Row]:
        rows: list[Row] = []
        for number, row in enumerate(table.rows, start=1):
            cells: list[str] = []
            for column, paragraphs in row:
                cells += [""] * (column - len(cells))
                cells.append(clean(" ".join(p.text for p in paragraphs)))
            if any(cells):
                rows.append((number, cells))
        return rows

    def _from_table(self, table: _Table, entries: list[Entry]) -> list[Entry]:
        """The table's entries with what only Word holds: the footnotes on a question's
        cells as its criterion, and Word's numbering of its text cell as its number."""
        numbered: list[tuple[Entry, int, str | None]] = []
        for entry in entries:
            number, column = entry.origin
            row = table.rows[number - 1]
            paragraphs = [p for _column, cell in row for p in cell]
            if entry.criterion is None:
                text_cell = next((cell for c, cell in row if c == column), [])
                entry.criterion = self._criterion([n for p in text_cell for n in p.notes]
                                                  or [n for p in paragraphs for n in p.notes])
            if entry.key is None:
                found = next((self.numbers[id(p)] for p in paragraphs
                              if id(p) in self.numbers), None)
                if found is not None:
                    numbered.append((entry, *found))
        top = min((depth for _entry, depth, _shown in numbered), default=0)
        for entry, depth, shown in numbered:
            entry.level = depth - top
            entry.key = shown if entry.level == 0 else None
        return entries


def _table_place(table: int) -> Callable[[int], str]:
    def place(row: int) -> str:
        return _("table {table}, row {row}", table=table, row=row)
    return place
