"""Word documents for the template tests, built as an auditor writes them: the published
form as Word's own numbered list, as typed numbers, or as a table, with footnotes.

python-docx writes no footnotes and no multi-level list; both are added here as the XML
Word itself writes (a footnotes part related to the document, an abstract numbering with
a decimal level 0 and a lettered level 1).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

import docx
from docx.opc.constants import CONTENT_TYPE, RELATIONSHIP_TYPE
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn

from reviewer.model import Template

Document = Any  # python-docx has no type hints


def word_file(path: Path, build: Callable[[Document], None]) -> Path:
    document = docx.Document()
    build(document)
    document.save(str(path))
    return path


def multilevel_list(document: Document, num_id: int = 90) -> str:
    """A list with Word's numbering 1., 2., … on level 0 and a., b., … on level 1."""
    numbering = document.part.numbering_part.element
    levels = "".join(
        f'<w:lvl w:ilvl="{level}"><w:start w:val="1"/><w:numFmt w:val="{kind}"/>'
        f'<w:lvlText w:val="%{level + 1}."/><w:lvlJc w:val="left"/>'
        f'<w:pPr><w:ind w:left="{360 * (level + 1)}" w:hanging="360"/></w:pPr></w:lvl>'
        for level, kind in ((0, "decimal"), (1, "lowerLetter"), (2, "lowerRoman")))
    abstract = parse_xml(f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{num_id}">'
                         f'<w:multiLevelType w:val="hybridMultilevel"/>{levels}'
                         "</w:abstractNum>")
    numbering.find(qn("w:num")).addprevious(abstract)
    numbering.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="{num_id}">'
                               f'<w:abstractNumId w:val="{num_id}"/></w:num>'))
    return str(num_id)


def number(paragraph: Any, num_id: str, level: int) -> Any:
    """Number a paragraph in a list at a level, as Word writes it in the paragraph."""
    properties = paragraph._p.get_or_add_pPr()
    properties.append(parse_xml(f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{level}"/>'
                                f'<w:numId w:val="{num_id}"/></w:numPr>'))
    return paragraph


def footnotes(document: Document, texts: Sequence[str]) -> None:
    """The document's footnotes part: Word's two separators, then the notes 1, 2, …"""
    notes = "".join(
        f'<w:footnote w:id="{n}"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr>'
        f'<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>'
        f'<w:r><w:t xml:space="preserve"> {escape(text)}</w:t></w:r></w:p></w:footnote>'
        for n, text in enumerate(texts, start=1))
    xml = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
           f'<w:footnotes {nsdecls("w")}>'
           '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p>'
           '</w:footnote><w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r>'
           f'<w:continuationSeparator/></w:r></w:p></w:footnote>{notes}</w:footnotes>')
    part = Part(PackURI("/word/footnotes.xml"), CONTENT_TYPE.WML_FOOTNOTES,
                xml.encode("utf-8"), document.part.package)
    document.part.relate_to(part, RELATIONSHIP_TYPE.FOOTNOTES)


def footnote_reference(paragraph: Any, note: int) -> None:
    """A superscript reference to footnote `note` at the end of the paragraph."""
    run = paragraph.add_run()
    run._r.append(parse_xml(f'<w:rPr {nsdecls("w")}><w:vertAlign w:val="superscript"/>'
                            "</w:rPr>"))
    run._r.append(parse_xml(f'<w:footnoteReference {nsdecls("w")} w:id="{note}"/>'))


def notes_of(template: Template) -> list[str]:
    """The criteria of the template, in order: one footnote each."""
    return [q.footnote for q in template.questions if q.footnote]


def published_as_word_list(path: Path, template: Template, *, one_list: bool = False
                           ) -> Path:
    """The form as Word's numbered list: questions in the 'List Number' style (or level 0
    of one multi-level list), sub-questions on level 1 of a multi-level list; each
    criterion a footnote on its question."""
    def build(document: Document) -> None:
        document.add_heading(template.name, 0)
        document.add_paragraph("Kontrollfrågor vid granskning av akter. Svara Ja, Nej, Eb "
                               "eller Et.")
        letters = multilevel_list(document)
        footnotes(document, notes_of(template))
        note = 0
        for question in template.questions:
            if question.parent is not None:
                paragraph = number(document.add_paragraph(question.text), letters, 1)
            elif one_list:
                paragraph = number(document.add_paragraph(question.text), letters, 0)
            else:
                paragraph = document.add_paragraph(question.text, style="List Number")
            if question.footnote:
                note += 1
                footnote_reference(paragraph, note)
        document.add_paragraph("")
        document.add_paragraph("Eb = Ej bedömningsbart, Et = Ej tillämpningsbart")

    return word_file(path, build)


def published_as_typed_list(path: Path, template: Template) -> Path:
    """The form with numbers typed by hand: `1. Har …`, then `a. Framgår …`."""
    def build(document: Document) -> None:
        document.add_heading(template.name, 1)
        footnotes(document, notes_of(template))
        note = 0
        for question in template.questions:
            typed = (f"{question.key[-1]}. " if question.parent is not None
                     else f"{question.key}. ")
            paragraph = document.add_paragraph(typed + question.text)
            if question.footnote:
                note += 1
                footnote_reference(paragraph, note)
        document.add_paragraph("Eb = Ej bedömningsbart, Et = Ej tillämpningsbart")

    return word_file(path, build)


def published_as_table(path: Path, template: Template, *, files: int = 10) -> Path:
    """The form as the bilaga's table: a question column, one column a case file, Summa;
    `8a.` typed in the cell of a sub-question; the criterion a footnote in the cell."""
    def build(document: Document) -> None:
        document.add_heading(template.name, 0)
        footnotes(document, notes_of(template))
        table = document.add_table(rows=1, cols=files + 2)
        header = ["Kontrollfråga", *map(str, range(1, files + 1)), "Summa"]
        for cell, text in zip(table.rows[0].cells, header, strict=True):
            cell.text = text
        note = 0
        for question in template.questions:
            cells = table.add_row().cells
            cells[0].text = f"{question.key}. {question.text}"
            if question.footnote:
                note += 1
                footnote_reference(cells[0].paragraphs[0], note)
        document.add_paragraph("Eb = Ej bedömningsbart, Et = Ej tillämpningsbart")

    return word_file(path, build)


def published_as_column_table(path: Path, template: Template) -> Path:
    """The form as a table with a column each for number, question, criterion, finding."""
    def build(document: Document) -> None:
        document.add_heading(template.name, 0)
        header = ["Nr", "Fråga", "Kriterium", "Iakttagelse (I x av n akter …)"]
        table = document.add_table(rows=1, cols=len(header))
        for cell, text in zip(table.rows[0].cells, header, strict=True):
            cell.text = text
        for question in template.questions:
            values: tuple[str | None, ...] = (question.key, question.text, question.footnote,
                                              question.finding)
            for cell, value in zip(table.add_row().cells, values, strict=True):
                cell.text = value or ""

    return word_file(path, build)
