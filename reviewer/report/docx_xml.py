"""The order WordprocessingML requires inside the elements the Word renderer writes, once:
the renderer inserts by it (`place`), and a test checks every written part against it
(`order_problems`). Word refuses, or "repairs", a part whose children are out of order.

The sequences are those of ISO/IEC 29500 transitional `wml.xsd` (checked against the copy
python-docx keeps in its repository, ref/xsd/wml.xsd): CT_TblPr, CT_TcPr, CT_PPr, CT_RPr,
CT_SectPr, CT_Settings (its w: children; m:mathPr and sl:schemaLibrary are other
namespaces), CT_FtnDocProps, CT_Style, CT_Styles, CT_DocDefaults, CT_TblStylePr,
CT_TblBorders, CT_TcBorders, CT_TblCellMar, CT_Tbl, CT_Row, CT_Tc, CT_P, CT_R, CT_Body.
`w:trPr` is a choice in any order and is not listed.
"""

from __future__ import annotations

from typing import Any

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_PREFIX = "{" + W + "}"

_RPR = ("rStyle", "rFonts", "b", "bCs", "i", "iCs", "caps", "smallCaps", "strike", "dstrike",
        "outline", "shadow", "emboss", "imprint", "noProof", "snapToGrid", "vanish",
        "webHidden", "color", "spacing", "w", "kern", "position", "sz", "szCs", "highlight",
        "u", "effect", "bdr", "shd", "fitText", "vertAlign", "rtl", "cs", "em", "lang",
        "eastAsianLayout", "specVanish", "oMath", "rPrChange")
_PPR = ("pStyle", "keepNext", "keepLines", "pageBreakBefore", "framePr", "widowControl",
        "numPr", "suppressLineNumbers", "pBdr", "shd", "tabs", "suppressAutoHyphens",
        "kinsoku", "wordWrap", "overflowPunct", "topLinePunct", "autoSpaceDE",
        "autoSpaceDN", "bidi", "adjustRightInd", "snapToGrid", "spacing", "ind",
        "contextualSpacing", "mirrorIndents", "suppressOverlap", "jc", "textDirection",
        "textAlignment", "textboxTightWrap", "outlineLvl", "divId", "cnfStyle", "rPr",
        "sectPr", "pPrChange")
_BORDERS = ("top", "start", "left", "bottom", "end", "right", "insideH", "insideV")

SEQUENCES: dict[str, tuple[str, ...]] = {
    "tblPr": ("tblStyle", "tblpPr", "tblOverlap", "bidiVisual", "tblStyleRowBandSize",
              "tblStyleColBandSize", "tblW", "jc", "tblCellSpacing", "tblInd", "tblBorders",
              "shd", "tblLayout", "tblCellMar", "tblLook", "tblCaption", "tblDescription",
              "tblPrChange"),
    "tcPr": ("cnfStyle", "tcW", "gridSpan", "hMerge", "vMerge", "tcBorders", "shd", "noWrap",
             "tcMar", "textDirection", "tcFitText", "vAlign", "hideMark", "headers",
             "cellIns", "cellDel", "cellMerge", "tcPrChange"),
    "pPr": _PPR,
    "rPr": _RPR,
    "sectPr": ("headerReference", "footerReference", "footnotePr", "endnotePr", "type",
               "pgSz", "pgMar", "paperSrc", "pgBorders", "lnNumType", "pgNumType", "cols",
               "formProt", "vAlign", "noEndnote", "titlePg", "textDirection", "bidi",
               "rtlGutter", "docGrid", "printerSettings", "sectPrChange"),
    "footnotePr": ("pos", "numFmt", "numStart", "numRestart", "footnote"),
    "settings": (
        "writeProtection", "view", "zoom", "removePersonalInformation", "removeDateAndTime",
        "doNotDisplayPageBoundaries", "displayBackgroundShape", "printPostScriptOverText",
        "printFractionalCharacterWidth", "printFormsData", "embedTrueTypeFonts",
        "embedSystemFonts", "saveSubsetFonts", "saveFormsData", "mirrorMargins",
        "alignBordersAndEdges", "bordersDoNotSurroundHeader", "bordersDoNotSurroundFooter",
        "gutterAtTop", "hideSpellingErrors", "hideGrammaticalErrors", "activeWritingStyle",
        "proofState", "formsDesign", "attachedTemplate", "linkStyles",
        "stylePaneFormatFilter", "stylePaneSortMethod", "documentType", "mailMerge",
        "revisionView", "trackRevisions", "doNotTrackMoves", "doNotTrackFormatting",
        "documentProtection", "autoFormatOverride", "styleLockTheme", "styleLockQFSet",
        "defaultTabStop", "autoHyphenation", "consecutiveHyphenLimit", "hyphenationZone",
        "doNotHyphenateCaps", "showEnvelope", "summaryLength", "clickAndTypeStyle",
        "defaultTableStyle", "evenAndOddHeaders", "bookFoldRevPrinting", "bookFoldPrinting",
        "bookFoldPrintingSheets", "drawingGridHorizontalSpacing",
        "drawingGridVerticalSpacing", "displayHorizontalDrawingGridEvery",
        "displayVerticalDrawingGridEvery", "doNotUseMarginsForDrawingGridOrigin",
        "drawingGridHorizontalOrigin", "drawingGridVerticalOrigin", "doNotShadeFormData",
        "noPunctuationKerning", "characterSpacingControl", "printTwoOnOne",
        "strictFirstAndLastChars", "noLineBreaksAfter", "noLineBreaksBefore",
        "savePreviewPicture", "doNotValidateAgainstSchema", "saveInvalidXml",
        "ignoreMixedContent", "alwaysShowPlaceholderText", "doNotDemarcateInvalidXml",
        "saveXmlDataOnly", "useXSLTWhenSaving", "saveThroughXslt", "showXMLTags",
        "alwaysMergeEmptyNamespace", "updateFields", "hdrShapeDefaults", "footnotePr",
        "endnotePr", "compat", "docVars", "rsids", "attachedSchema",
        "themeFontLang", "clrSchemeMapping", "doNotIncludeSubdocsInStats",
        "doNotAutoCompressPictures", "forceUpgrade", "captions", "readModeInkLockDown",
        "smartTagType", "shapeDefaults", "doNotEmbedSmartTags",
        "decimalSymbol", "listSeparator"),
    "style": ("name", "aliases", "basedOn", "next", "link", "autoRedefine", "hidden",
              "uiPriority", "semiHidden", "unhideWhenUsed", "qFormat", "locked", "personal",
              "personalCompose", "personalReply", "rsid", "pPr", "rPr", "tblPr", "trPr",
              "tcPr", "tblStylePr"),
    "styles": ("docDefaults", "latentStyles", "style"),
    "docDefaults": ("rPrDefault", "pPrDefault"),
    "tblStylePr": ("pPr", "rPr", "tblPr", "trPr", "tcPr"),
    "tblBorders": _BORDERS,
    "tcBorders": (*_BORDERS, "tl2br", "tr2bl"),
    "tblCellMar": ("top", "start", "left", "bottom", "end", "right"),
    "tbl": ("tblPr", "tblGrid", "tr"),
    "tr": ("tblPrEx", "trPr", "tc"),
    "tc": ("tcPr", "block"),
    "p": ("pPr",),
    "r": ("rPr",),
    "body": ("block", "sectPr"),
}
# Children that may come anywhere among their parent's own (bookmarks, fields, runs,
# content controls …): the sequences above place only what they list.
_FREE = {"bookmarkStart", "bookmarkEnd", "proofErr", "permStart", "permEnd", "sdt",
         "customXml", "ins", "del", "moveFrom", "moveTo", "commentRangeStart",
         "commentRangeEnd", "fldSimple", "hyperlink", "r", "smartTag", "subDoc", "oMath",
         "oMathPara", "t", "tab", "br", "cr", "footnoteReference", "footnoteRef",
         "fldChar", "instrText", "sym", "drawing", "pict", "object", "noBreakHyphen",
         "softHyphen", "ptab", "lastRenderedPageBreak", "altChunk", "endnoteReference",
         "separator", "continuationSeparator", "annotationRef", "commentReference",
         "rubyFirst", "contentPart", "delText", "delInstrText", "dayShort", "monthShort",
         "yearShort", "dayLong", "monthLong", "yearLong", "pgNum", "endnoteRef"}
# Block content (paragraphs, tables) interleaves freely in the body and in a cell.
_BLOCK = {"p", "tbl", "sdt", "customXml", "altChunk"}


def local(element: Any) -> str:
    tag = element.tag
    return tag[len(_PREFIX):] if isinstance(tag, str) and tag.startswith(_PREFIX) else ""


def place(parent: Any, child: Any) -> Any:
    """Put `child` into `parent` where the schema wants it, replacing one of its kind;
    returns `child`. Content (runs, bookmarks …) comes after every listed property."""
    order = SEQUENCES[local(parent)]
    name = local(child)
    rank = order.index(name)
    for existing in parent:
        existing_name = local(existing)
        if existing_name == name:
            existing.addprevious(child)
            parent.remove(existing)
            return child
        later = (order.index(existing_name) > rank if existing_name in order
                 else existing_name in _FREE)
        if later:
            existing.addprevious(child)
            return child
    parent.append(child)
    return child


def order_problems(root: Any) -> list[str]:
    """Every element under `root` (itself included) whose WordprocessingML children are
    not in the schema's order, or are not children the schema allows there, as text."""
    problems = []
    for element in root.iter(f"{_PREFIX}*"):
        name = local(element)
        order = SEQUENCES.get(name)
        if order is None:
            continue
        last = -1
        for child in element:
            child_name = local(child)
            if "block" in order and child_name in _BLOCK:
                child_name = "block"
            if not child_name or (child_name not in order and child_name in _FREE):
                continue
            if child_name not in order:
                problems.append(f"{name}: unexpected {child_name}")
                continue
            rank = order.index(child_name)
            if rank < last:
                problems.append(f"{name}: {child_name} after {order[last]}")
            last = max(last, rank)
    return problems
