"""The document a Word bilaga is built on: the firm's own Word document or template (its
styles, margins, header and footer; its text is dropped), or without one a clean default
made here (A4, Arial, Swedish, page numbers in the footer); and the named styles the
renderer writes with, found in it by their names or added from the default's stylesheet.

Word's built-in styles are found by their built-in names ("heading 1", "caption", "footnote
text" …), whatever the template's language calls their ids (a Swedish Word writes
`Rubrik1`): a firm's restyled Heading 1 is the one the bilaga's title takes.
"""

from __future__ import annotations

import copy
import io
import zipfile
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from reviewer.errors import OperationError
from reviewer.i18n import N_
from reviewer.report.docx_xml import W, place
from reviewer.report.model import PAGE_NUMBER

FONT = "Arial"  # sans-serif like the PDF, on every Word; LibreOffice uses its metric twin
LANGUAGE = "sv-SE"
MARGIN_TWIPS = 1134  # 20 mm
A4_TWIPS = (11906, 16838)
_W = "{" + W + "}"
_NS = f'xmlns:w="{W}"'
_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_MAX_UNPACKED = 256 * 1024 * 1024  # a template is styles and a logo, not this

# The styles the renderer uses, by role: (built-in or own name, the default's style id).
ROLES = {
    "heading1": "heading 1", "heading2": "heading 2", "heading3": "heading 3",
    "caption": "caption", "footnote_text": "footnote text",
    "footnote_reference": "footnote reference", "table": "Aktg Tabell",
    "question": "Aktg Tabelltext", "sub_question": "Aktg Delfråga",
    "cell": "Aktg Tabelltext centrerad", "header": "Aktg Tabellrubrik",
    "header_cell": "Aktg Tabellrubrik centrerad", "legend": "Aktg Teckenförklaring",
}

# The default's stylesheet, each style by name. Sizes are half points, spacing twips.
_STYLES = {
    "Normal": '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name '
              'w:val="Normal"/><w:qFormat/><w:pPr><w:spacing w:after="60"/></w:pPr></w:style>',
    "Default Paragraph Font": (
        '<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name '
        'w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/>'
        '<w:unhideWhenUsed/></w:style>'),
    "Normal Table": (
        '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name '
        'w:val="Normal Table"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/>'
        '<w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/>'
        '<w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" '
        'w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>'),
    "No List": ('<w:style w:type="numbering" w:default="1" w:styleId="NoList"><w:name '
                'w:val="No List"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/>'
                '</w:style>'),
    "heading 1": (
        '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/>'
        '<w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="9"/>'
        '<w:qFormat/><w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="0" w:after="40"/>'
        '<w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:bCs/><w:sz w:val="28"/>'
        '<w:szCs w:val="28"/></w:rPr></w:style>'),
    "heading 2": (
        '<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/>'
        '<w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="9"/>'
        '<w:unhideWhenUsed/><w:qFormat/><w:pPr><w:keepNext/><w:keepLines/><w:spacing '
        'w:before="0" w:after="160"/><w:outlineLvl w:val="1"/></w:pPr><w:rPr>'
        '<w:sz w:val="22"/><w:szCs w:val="22"/></w:rPr></w:style>'),
    "heading 3": (
        '<w:style w:type="paragraph" w:styleId="Heading3"><w:name w:val="heading 3"/>'
        '<w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="9"/>'
        '<w:unhideWhenUsed/><w:qFormat/><w:pPr><w:keepNext/><w:keepLines/><w:spacing '
        'w:before="200" w:after="60"/><w:outlineLvl w:val="2"/></w:pPr><w:rPr><w:b/>'
        '<w:bCs/></w:rPr></w:style>'),
    "caption": (
        '<w:style w:type="paragraph" w:styleId="Caption"><w:name w:val="caption"/>'
        '<w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="35"/>'
        '<w:unhideWhenUsed/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="60" '
        'w:after="60"/></w:pPr><w:rPr><w:i/><w:iCs/><w:sz w:val="17"/><w:szCs w:val="17"/>'
        '</w:rPr></w:style>'),
    "footnote text": (
        '<w:style w:type="paragraph" w:styleId="FootnoteText"><w:name w:val="footnote text"/>'
        '<w:basedOn w:val="Normal"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/><w:pPr>'
        '<w:spacing w:before="20" w:after="0"/></w:pPr><w:rPr><w:sz w:val="16"/>'
        '<w:szCs w:val="16"/></w:rPr></w:style>'),
    "footnote reference": (
        '<w:style w:type="character" w:styleId="FootnoteReference"><w:name '
        'w:val="footnote reference"/><w:basedOn w:val="DefaultParagraphFont"/><w:uiPriority '
        'w:val="99"/><w:unhideWhenUsed/><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
        '</w:style>'),
    "footer": (
        '<w:style w:type="paragraph" w:styleId="Footer"><w:name w:val="footer"/><w:basedOn '
        'w:val="Normal"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/><w:pPr><w:spacing '
        'w:after="0"/><w:jc w:val="right"/></w:pPr><w:rPr><w:sz w:val="15"/><w:szCs '
        'w:val="15"/></w:rPr></w:style>'),
    # The table's look: borders, the header row shaded and bold, the Summa column shaded.
    "Aktg Tabell": (
        '<w:style w:type="table" w:customStyle="1" w:styleId="AktgTabell"><w:name '
        'w:val="Aktg Tabell"/><w:basedOn w:val="TableNormal"/><w:uiPriority w:val="59"/>'
        '<w:tblPr><w:tblBorders>' + "".join(
            f'<w:{side} w:val="single" w:sz="4" w:space="0" w:color="7A7A7A"/>'
            for side in ("top", "left", "bottom", "right", "insideH", "insideV")) +
        '</w:tblBorders><w:tblCellMar><w:top w:w="40" w:type="dxa"/><w:left w:w="57" '
        'w:type="dxa"/><w:bottom w:w="40" w:type="dxa"/><w:right w:w="57" w:type="dxa"/>'
        '</w:tblCellMar></w:tblPr><w:tcPr><w:vAlign w:val="center"/></w:tcPr>'
        '<w:tblStylePr w:type="firstRow"><w:rPr><w:b/><w:bCs/></w:rPr><w:tcPr><w:shd '
        'w:val="clear" w:color="auto" w:fill="E4E8EE"/></w:tcPr></w:tblStylePr>'
        '<w:tblStylePr w:type="lastCol"><w:tcPr><w:shd w:val="clear" w:color="auto" '
        'w:fill="F3F5F8"/></w:tcPr></w:tblStylePr></w:style>'),
    # Table text is a paragraph style: a document's Normal would override a table style's
    # size.
    "Aktg Tabelltext": (
        '<w:style w:type="paragraph" w:customStyle="1" w:styleId="AktgTabelltext"><w:name '
        'w:val="Aktg Tabelltext"/><w:basedOn w:val="Normal"/><w:qFormat/><w:pPr>'
        '<w:spacing w:before="0" w:after="0"/></w:pPr><w:rPr><w:sz w:val="17"/><w:szCs '
        'w:val="17"/></w:rPr></w:style>'),
    "Aktg Delfråga": (
        '<w:style w:type="paragraph" w:customStyle="1" w:styleId="AktgDelfraga"><w:name '
        'w:val="Aktg Delfråga"/><w:basedOn w:val="AktgTabelltext"/><w:qFormat/><w:pPr>'
        '<w:ind w:left="160"/></w:pPr></w:style>'),
    "Aktg Tabelltext centrerad": (
        '<w:style w:type="paragraph" w:customStyle="1" w:styleId="AktgTabelltextCentrerad">'
        '<w:name w:val="Aktg Tabelltext centrerad"/><w:basedOn w:val="AktgTabelltext"/>'
        '<w:qFormat/><w:pPr><w:jc w:val="center"/></w:pPr></w:style>'),
    # The header row: kept with the first row below it (the title and the caption are
    # kept with the header row), bold and shaded by the table style.
    "Aktg Tabellrubrik": (
        '<w:style w:type="paragraph" w:customStyle="1" w:styleId="AktgTabellrubrik"><w:name '
        'w:val="Aktg Tabellrubrik"/><w:basedOn w:val="AktgTabelltext"/><w:qFormat/><w:pPr>'
        '<w:keepNext/></w:pPr></w:style>'),
    "Aktg Tabellrubrik centrerad": (
        '<w:style w:type="paragraph" w:customStyle="1" w:styleId="AktgTabellrubrikCentrerad">'
        '<w:name w:val="Aktg Tabellrubrik centrerad"/><w:basedOn w:val="AktgTabellrubrik"/>'
        '<w:qFormat/><w:pPr><w:jc w:val="center"/></w:pPr></w:style>'),
    "Aktg Teckenförklaring": (
        '<w:style w:type="paragraph" w:customStyle="1" w:styleId="AktgTeckenforklaring">'
        '<w:name w:val="Aktg Teckenförklaring"/><w:basedOn w:val="Normal"/><w:qFormat/>'
        '<w:pPr><w:spacing w:before="120" w:after="40"/></w:pPr><w:rPr><w:sz '
        'w:val="17"/><w:szCs w:val="17"/></w:rPr></w:style>'),
}


@dataclass(frozen=True)
class StyleIds:
    """The style id of each role in the document being written."""

    heading1: str
    heading2: str
    heading3: str
    caption: str
    footnote_text: str
    footnote_reference: str
    table: str
    question: str
    sub_question: str
    cell: str
    header: str
    header_cell: str
    legend: str


def _parse(xml: str | bytes) -> Any:
    from docx.oxml.parser import parse_xml

    return parse_xml(xml)


@cache
def _default_package() -> bytes:
    """The default document as a .docx: written once a process, opened for each report."""
    first, _, rest = PAGE_NUMBER.partition("{page}")
    between, _, after = rest.partition("{pages}")

    def text(value: str) -> str:
        return f'<w:r><w:t xml:space="preserve">{value}</w:t></w:r>' if value else ""

    footer = (f'<w:ftr {_NS}><w:p><w:pPr><w:pStyle w:val="Footer"/></w:pPr>{text(first)}'
              '<w:fldSimple w:instr=" PAGE "><w:r><w:t>1</w:t></w:r></w:fldSimple>'
              f'{text(between)}<w:fldSimple w:instr=" NUMPAGES "><w:r><w:t>1</w:t></w:r>'
              f"</w:fldSimple>{text(after)}</w:p></w:ftr>")
    styles = (f'<w:styles {_NS}><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts '
              f'w:ascii="{FONT}" w:eastAsia="{FONT}" w:hAnsi="{FONT}" w:cs="{FONT}"/>'
              f'<w:sz w:val="20"/><w:szCs w:val="20"/><w:lang w:val="{LANGUAGE}" '
              f'w:eastAsia="{LANGUAGE}" w:bidi="ar-SA"/></w:rPr></w:rPrDefault><w:pPrDefault>'
              '<w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>'
              f'</w:pPrDefault></w:docDefaults>{"".join(_STYLES.values())}</w:styles>')
    document = (
        f'<w:document {_NS} xmlns:r="{_R}"><w:body><w:sectPr><w:footerReference '
        f'w:type="default" r:id="rId3"/><w:pgSz w:w="{A4_TWIPS[0]}" w:h="{A4_TWIPS[1]}"/>'
        f'<w:pgMar w:top="{MARGIN_TWIPS}" w:right="{MARGIN_TWIPS}" w:bottom="{MARGIN_TWIPS}" '
        f'w:left="{MARGIN_TWIPS}" w:header="567" w:footer="567" w:gutter="0"/>'
        '<w:cols w:space="720"/><w:docGrid w:linePitch="360"/></w:sectPr></w:body>'
        "</w:document>")
    settings = (f'<w:settings {_NS}><w:zoom w:percent="100"/><w:defaultTabStop '
                'w:val="1304"/><w:characterSpacingControl w:val="doNotCompress"/>'
                '<w:compat><w:compatSetting w:name="compatibilityMode" '
                'w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>'
                f'<w:themeFontLang w:val="{LANGUAGE}"/><w:decimalSymbol w:val=","/>'
                '<w:listSeparator w:val=";"/></w:settings>')
    office = "application/vnd.openxmlformats-officedocument"
    relationship = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    parts = {
        "[Content_Types].xml": (
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
            'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
            f'<Override PartName="/word/document.xml" ContentType="{office}.wordprocessingml.'
            'document.main+xml"/><Override PartName="/word/styles.xml" ContentType="'
            f'{office}.wordprocessingml.styles+xml"/><Override PartName="/word/settings.xml" '
            f'ContentType="{office}.wordprocessingml.settings+xml"/><Override PartName="/word/'
            f'footer1.xml" ContentType="{office}.wordprocessingml.footer+xml"/><Override '
            'PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-'
            'package.core-properties+xml"/><Override PartName="/docProps/app.xml" '
            f'ContentType="{office}.extended-properties+xml"/></Types>'),
        "_rels/.rels": (
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
            f'relationships"><Relationship Id="rId1" Type="{relationship}/officeDocument" '
            'Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.'
            'openxmlformats.org/package/2006/relationships/metadata/core-properties" '
            f'Target="docProps/core.xml"/><Relationship Id="rId3" Type="{relationship}/'
            'extended-properties" Target="docProps/app.xml"/></Relationships>'),
        "word/_rels/document.xml.rels": (
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
            f'relationships"><Relationship Id="rId1" Type="{relationship}/styles" '
            f'Target="styles.xml"/><Relationship Id="rId2" Type="{relationship}/settings" '
            f'Target="settings.xml"/><Relationship Id="rId3" Type="{relationship}/footer" '
            'Target="footer1.xml"/></Relationships>'),
        "word/document.xml": document,
        "word/styles.xml": styles,
        "word/settings.xml": settings,
        "word/footer1.xml": footer,
        "docProps/core.xml": (
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/'
            'metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"/>'),
        "docProps/app.xml": (
            '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/'
            'extended-properties"><Application>Aktgranskning</Application></Properties>'),
    }
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, xml in parts.items():
            archive.writestr(name, '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                             + xml)
    return buffer.getvalue()


_MAIN_TYPES = {  # a Word file's main part, by content type: what a .docx says instead
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml",
    "application/vnd.ms-word.document.macroEnabled.main+xml",
    "application/vnd.ms-word.template.macroEnabledTemplate.main+xml",
}
_DOCUMENT_MAIN = next(t for t in _MAIN_TYPES if t.endswith("document.main+xml"))
# Relationships only a macro-enabled file may hold; the bilaga is a .docx without macros.
_MACRO_RELATIONSHIPS = ("vbaProject", "keyMapCustomizations", "attachedToolbars")


def _not_word(path: Path) -> OperationError:
    return OperationError(N_("{path} is not a Word document or template (.docx, .dotx); "
                             "nothing was written."), path=str(path))


def _as_docx(path: Path) -> bytes:
    """The file's bytes as a .docx package: a template's (or macro-enabled file's) main
    part declared a document's, which python-docx opens and Word accepts as .docx."""
    if not path.is_file():
        raise OperationError(N_("The file {path} does not exist."), path=str(path))
    try:
        if not zipfile.is_zipfile(path):  # a .doc, a PDF, a text file …
            raise _not_word(path)
        with zipfile.ZipFile(path) as archive:
            if sum(info.file_size for info in archive.infolist()) > _MAX_UNPACKED:
                raise _not_word(path)
            entries = {info.filename: archive.read(info) for info in archive.infolist()}
    except OSError as exc:
        raise OperationError(N_("The file {path} could not be read: {detail}"), path=str(path),
                             detail=exc.strerror or exc) from exc
    except (zipfile.BadZipFile, RuntimeError, ValueError, NotImplementedError) as exc:
        raise _not_word(path) from exc  # damaged, encrypted, an unknown compression
    try:  # the main part: where the package's relationships point, with a Word type
        root = _parse(entries["[Content_Types].xml"])
        relationships = _parse(entries["_rels/.rels"])
    except Exception as exc:  # missing, or lxml's syntax errors: not a Word package
        raise _not_word(path) from exc
    targets = ["/" + str(r.get("Target", "")).lstrip("/") for r in relationships
               if str(r.get("Type", "")).endswith("/officeDocument")]
    main = [o for o in root if o.get("PartName") in targets
            and o.get("ContentType") in _MAIN_TYPES]
    if len(main) != 1 or str(main[0].get("PartName"))[1:] not in entries:
        raise _not_word(path)
    main[0].set("ContentType", _DOCUMENT_MAIN)
    from docx.opc.oxml import serialize_part_xml

    entries["[Content_Types].xml"] = serialize_part_xml(root)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in entries.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def open_reference(path: Path | None) -> Any:
    """A python-docx Document to write the bilaga into: the reference file's styles,
    settings, sections, header and footer with an empty body, or the default."""
    import docx

    import reviewer.report.docx_notes  # noqa: F401 -- a template's notes part read as XML

    if path is None:
        return docx.Document(io.BytesIO(_default_package()))
    data = _as_docx(Path(path))
    try:
        document = docx.Document(io.BytesIO(data))
        # A Strict Open XML file (other namespaces) reads as a document without a body.
        readable = document.element.body is not None and document.styles is not None
    except Exception as exc:  # python-docx and lxml raise many kinds on a broken package
        raise _not_word(Path(path)) from exc
    if not readable:
        raise _not_word(Path(path))
    part = document.part
    for rel_id, rel in list(part.rels.items()):
        if any(rel.reltype.endswith(kind) for kind in _MACRO_RELATIONSHIPS):
            del part.rels[rel_id]
    document._body.clear_content()  # the sectPr (margins, header, footer) stays
    return document


def check_reference(path: Path) -> None:
    """Refuse, before any work, a reference file the Word bilaga cannot be built on."""
    open_reference(path)


def prepare(document: Any) -> StyleIds:
    """Make the document Swedish and give it every style the renderer uses; returns the
    style ids by role."""
    styles = document.styles.element
    by_name = {_name(s): s.get(f"{_W}styleId") for s in styles.iterchildren(f"{_W}style")}
    own_ids = {name: _style(name).get(f"{_W}styleId") for name in _STYLES}
    id_of = {own_ids[name]: by_name.get(name.lower(), own_ids[name]) for name in _STYLES}
    for name in ROLES.values():
        if name.lower() not in by_name:
            style = _style(name)
            for link in style.iterchildren(f"{_W}basedOn", f"{_W}next"):
                link.set(f"{_W}val", id_of.get(link.get(f"{_W}val"), link.get(f"{_W}val")))
            styles.append(style)
            by_name[name.lower()] = style.get(f"{_W}styleId")
    _swedish(document)
    return StyleIds(**{role: by_name[name.lower()] for role, name in ROLES.items()})


def _style(name: str) -> Any:
    """The default's definition of the style `name`, as an element."""
    return _parse(_STYLES[name].replace("<w:style ", f"<w:style {_NS} ", 1))


def _name(style: Any) -> str:
    name = style.find(f"{_W}name")
    return "" if name is None else str(name.get(f"{_W}val", "")).lower()


def _swedish(document: Any) -> None:
    """The text's language (spell-check, the exported PDF's tags) is Swedish: the styles'
    default run properties and the theme's font language say so."""
    styles = document.styles.element
    defaults = styles.find(f"{_W}docDefaults")
    if defaults is None:
        defaults = place(styles, _parse(f"<w:docDefaults {_NS}/>"))
    run_default = defaults.find(f"{_W}rPrDefault")
    if run_default is None:
        run_default = place(defaults, _parse(f"<w:rPrDefault {_NS}/>"))
    properties = run_default.find(f"{_W}rPr")
    if properties is None:
        properties = _parse(f"<w:rPr {_NS}/>")
        run_default.append(properties)
    language = properties.find(f"{_W}lang")
    if language is None:
        language = place(properties, _parse(f"<w:lang {_NS}/>"))
    language.set(f"{_W}val", LANGUAGE)
    settings = document.settings.element
    theme_language = settings.find(f"{_W}themeFontLang")
    if theme_language is None:
        theme_language = place(settings, _parse(f"<w:themeFontLang {_NS}/>"))
    theme_language.set(f"{_W}val", LANGUAGE)


def section_template(document: Any) -> Any:
    """A copy of the reference's own section properties (page, margins, header and
    footer references), which every section of the bilaga starts from."""
    return copy.deepcopy(document.element.body.get_or_add_sectPr())
