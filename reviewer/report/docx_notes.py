"""Real Word footnotes for python-docx, which cannot write them (its issue #1, open since
2013): the footnotes part with its separator notes, one note per reason, the reference
runs that call them, and cross-references to a note printed once but referred to again.

What Word needs, and what this module writes:
- `word/footnotes.xml` (content type `…wordprocessingml.footnotes+xml`), related from the
  document part, holding the separator (id -1) and continuation separator (id 0) notes
  and then one `w:footnote` per note, its text in the "footnote text" style and starting
  with a `w:footnoteRef` (the number Word prints in front of the note);
- in the text, a run in the "footnote reference" style holding `w:footnoteReference` with
  the note's id: Word numbers the notes itself, in the order these runs stand in the
  document, so an appendix inserted into a report after its own footnotes continues
  their numbering;
- a reason printed once and referred to from several places: its first reference is the
  note, wrapped in a hidden bookmark (`_Ref…`), and each later one a `NOTEREF` field to
  that bookmark (`\\f`: formatted as a footnote reference, `\\h`: a link), whose stored
  result is the number the note has in this document; Word updates it with the fields
  (F9, or printing);
- where numbering starts when the document stands alone: `w:footnotePr/w:numStart` in
  settings.xml and in the first section.

A document python-docx opened keeps its notes part (a firm's template may have one): the
part is registered here as an XML part, so it is parsed and its notes can be cleared.
"""

from __future__ import annotations

import secrets
from typing import Any
from xml.sax.saxutils import escape, quoteattr

from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import PartFactory, XmlPart
from docx.oxml.parser import parse_xml

from reviewer.report.docx_xml import W, place

NS = f'xmlns:w="{W}"'
_W = "{" + W + "}"
# Without this python-docx keeps a template's notes part as bytes it cannot change.
PartFactory.part_type_for[CT.WML_FOOTNOTES] = XmlPart

_SEPARATORS = (
    '<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" '
    'w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>'
    '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing '
    'w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/>'
    '</w:r></w:p></w:footnote>')


class Footnotes:
    """The notes of one document being written. `reference` is the style id of "footnote
    reference", `text` that of "footnote text", as the document names them."""

    def __init__(self, document: Any, *, reference: str, text: str) -> None:
        self.document = document
        self.reference_style = reference
        self.text_style = text
        self.part = self._part()
        self.element = self.part.element
        self._next_id = self._free_id()
        self._pending: list[str] = []
        self._bookmark_token = secrets.token_hex(3)  # two appendices in one report differ
        self._next_bookmark = 1
        self.count = 0  # notes added so far: the number of the next is first + count

    def _part(self) -> XmlPart:
        """The document's notes part; a new one, with its separators, when it has none."""
        document_part = self.document.part
        for rel in document_part.rels.values():
            if rel.reltype == RT.FOOTNOTES and not rel.is_external:
                part = rel.target_part
                if isinstance(part, XmlPart):
                    return part
        element = parse_xml(f"<w:footnotes {NS}>{_SEPARATORS}</w:footnotes>")
        part = XmlPart(PackURI("/word/footnotes.xml"), CT.WML_FOOTNOTES, element,
                       document_part.package)
        document_part.relate_to(part, RT.FOOTNOTES)
        return part

    def clear(self) -> None:
        """Remove every note but the separators (a template's notes belong to its text,
        which is not kept)."""
        for note in list(self.element.iterchildren(f"{_W}footnote")):
            if note.get(f"{_W}type") in (None, "normal"):
                self.element.remove(note)
        self._next_id = self._free_id()

    def _free_id(self) -> int:
        ids = [int(n.get(f"{_W}id", "0")) for n in self.element.iterchildren(f"{_W}footnote")]
        return 1 + max([0, *ids])

    def add(self, text: str) -> int:
        """A note with `text`; returns its id for `reference`. Notes must be added in the
        order their references stand in the document (that is how Word numbers them)."""
        note_id = self._next_id
        self._next_id += 1
        self.count += 1
        self._pending.append(
            f'<w:footnote w:id="{note_id}"><w:p><w:pPr><w:pStyle w:val="{self.text_style}"/>'
            f'</w:pPr><w:r><w:rPr><w:rStyle w:val="{self.reference_style}"/></w:rPr>'
            f'<w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> {escape(text)}</w:t>'
            f"</w:r></w:p></w:footnote>")
        return note_id

    def reference(self, note_id: int, bookmark: str | None = None) -> str:
        """The run calling note `note_id`, wrapped in `bookmark` when later text refers to
        it again (see `cross_reference`)."""
        run = (f'<w:r><w:rPr><w:rStyle w:val="{self.reference_style}"/></w:rPr>'
               f'<w:footnoteReference w:id="{note_id}"/></w:r>')
        if bookmark is None:
            return run
        mark = self._next_bookmark
        self._next_bookmark += 1
        return (f'<w:bookmarkStart w:id="{mark}" w:name={quoteattr(bookmark)}/>{run}'
                f'<w:bookmarkEnd w:id="{mark}"/>')

    def bookmark_for(self, note_id: int) -> str:
        """A hidden bookmark name for a note's first reference (Word's own are `_Ref`
        and digits; at most 40 characters)."""
        return f"_RefAktg{self._bookmark_token}_{note_id}"

    def cross_reference(self, bookmark: str, number: int) -> str:
        """A NOTEREF field to the note whose first reference `bookmark` wraps, showing
        `number` until Word updates its fields."""
        return (f'<w:fldSimple w:instr=" NOTEREF {bookmark} \\f \\h "><w:r><w:rPr>'
                f'<w:rStyle w:val="{self.reference_style}"/></w:rPr><w:t>{number}</w:t>'
                f"</w:r></w:fldSimple>")

    def separator(self) -> str:
        """The comma between two markers of one cell, raised like them."""
        return (f'<w:r><w:rPr><w:rStyle w:val="{self.reference_style}"/></w:rPr>'
                f"<w:t>,</w:t></w:r>")

    def flush(self) -> None:
        """Put the notes added since the last flush into the part (parsed at once)."""
        if self._pending:
            holder = parse_xml(f"<w:footnotes {NS}>{''.join(self._pending)}</w:footnotes>")
            self.element.extend(list(holder))
            self._pending.clear()

    def start_at(self, first: int, section: Any) -> None:
        """Numbering from `first` when the document stands alone: in settings.xml and in
        the first section's properties `section` (a `w:sectPr`)."""
        settings = self.document.settings.element
        properties = settings.find(f"{_W}footnotePr")
        if properties is None:
            properties = place(settings, parse_xml(
                f'<w:footnotePr {NS}><w:footnote w:id="-1"/><w:footnote w:id="0"/>'
                f"</w:footnotePr>"))
        place(properties, parse_xml(f'<w:numStart {NS} w:val="{first}"/>'))
        own = section.find(f"{_W}footnotePr")
        if own is None:
            own = place(section, parse_xml(f"<w:footnotePr {NS}/>"))
        place(own, parse_xml(f'<w:numStart {NS} w:val="{first}"/>'))
