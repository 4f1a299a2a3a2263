"""Question lists in Word (.docx): a numbered list or a table of questions.

A list numbered by Word (level 0 a question, level 1 a sub-question) or by hand (`1. …`,
then `a. …`); a table read as a sheet is (grid.py). A footnote on a question becomes its
criterion. The package is read within bounds with expat, any DTD refused (ooxml.py).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from pathlib import Path

from reviewer.errors import TemplateError
from reviewer.i18n import N_, _
from reviewer.model import Template
from reviewer.ooxml import Damaged, unpacked
from reviewer.sheetfiles import Row
from reviewer.templatefiles.entries import Entry, build_template, clean, split_number
from reviewer.templatefiles.grid import TEXT, find_header, read_grid
from reviewer.templatefiles.wordparts import (
    MAX_LEVEL,
    Document,
    Numbering,
    Paragraph,
    Reader,
    Style,
    Table,
)

MAX_XML_BYTES = 64 * 1024 * 1024  # the document's parts unpacked, against zip bombs
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # .doc, and any password-protected .docx
_LIST_STYLE = re.compile(r"list(?: number| bullet| continue)? ([2-9])")  # "List Number 2"


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
            document, styles, numbering = Document(archive, MAX_XML_BYTES).read()
    except Damaged as exc:
        raise TemplateError(source, [str(exc)]) from None
    return _Questions(document, styles, numbering).template(
        source, Path(path).stem, allow_identity)


class _Questions:
    """Which paragraphs or table rows of the document are its questions."""

    def __init__(self, document: Reader, styles: dict[str, Style],
                 numbering: Numbering) -> None:
        self.document = document
        self.styles = styles
        self.numbering = numbering
        # Word's level of each numbered paragraph (body and tables), and the number Word
        # shows for it, counted in reading order.
        self.numbers: dict[int, tuple[int, str | None]] = {}
        self.bullets: set[int] = set()  # the numbered paragraphs Word shows with a bullet
        self._count()

    def template(self, source: str, default_name: str, allow_identity: bool) -> Template:
        tables = [item for item in self.document.items if isinstance(item, Table)]
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

    def _paragraphs(self) -> Iterator[Paragraph]:
        for item in self.document.items:
            if isinstance(item, Paragraph):
                yield item
            else:
                for row in item.rows:
                    for _column, paragraphs in row:
                        yield from paragraphs

    def _style_chain(self, style_id: str) -> Iterator[Style]:
        seen: set[str] = set()
        current: str | None = style_id
        while current and current not in seen and current in self.styles:
            seen.add(current)
            style = self.styles[current]
            yield style
            current = style.based_on

    def _numbered(self, paragraph: Paragraph) -> tuple[str, int, int] | None:
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
        level = min(max(level or 0, 0), MAX_LEVEL)
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
            counts = counters.setdefault(num_id, [None] * (MAX_LEVEL + 1))
            counts[level] = (counts[level] or first - 1) + 1
            for deeper in range(level + 1, MAX_LEVEL + 1):
                counts[deeper] = None
            shown = str(counts[level]) if kind.startswith("decimal") else None
            self.numbers[id(paragraph)] = (depth, shown)
            if kind == "bullet":
                self.bullets.add(id(paragraph))

    def _is_heading(self, paragraph: Paragraph) -> bool:
        return any(style.name == "title" or style.name.startswith("heading")
                   for style in self._style_chain(paragraph.style))

    # -- a list -----------------------------------------------------------------------------

    def _listed(self) -> list[Paragraph]:
        """The body's paragraphs that are questions: numbered by Word, or starting with a
        typed number (a lone letter only under a question). In a list of numbered questions
        a bullet is a sub-question of the question right above it; bullets elsewhere (an
        introduction's, a legend's) are not questions."""
        listed: list[Paragraph] = []
        paragraphs = [item for item in self.document.items
                      if isinstance(item, Paragraph) and item.text]
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

    def _from_list(self, listed: list[Paragraph]) -> list[Entry]:
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

    def _place(self, paragraph: Paragraph) -> str:
        text = paragraph.text
        start = text if len(text) <= 40 else text[:40].rstrip() + " …"
        return _("paragraph {n} (“{start}”)", n=paragraph.number, start=start)

    def _criterion(self, notes: list[str]) -> str | None:
        texts = [self.document.notes[note] for note in notes
                 if self.document.notes.get(note)]
        return " ".join(texts) or None

    def _title(self, before: Paragraph | Table) -> str | None:
        """The document's title: a Title paragraph, else the first Heading 1, above the
        questions."""
        above: list[Paragraph] = []
        for item in self.document.items:
            if item is before:
                break
            if isinstance(item, Paragraph) and item.text:
                above.append(item)
        for wanted in ("title", "heading 1"):
            for paragraph in above:
                if any(s.name == wanted for s in self._style_chain(paragraph.style)):
                    return paragraph.text
        return None

    # -- a table ------------------------------------------------------------------------------

    def _rows(self, table: Table) -> list[Row]:
        rows: list[Row] = []
        for number, row in enumerate(table.rows, start=1):
            cells: list[str] = []
            for column, paragraphs in row:
                cells += [""] * (column - len(cells))
                cells.append(clean(" ".join(p.text for p in paragraphs)))
            if any(cells):
                rows.append((number, cells))
        return rows

    def _from_table(self, table: Table, entries: list[Entry]) -> list[Entry]:
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
