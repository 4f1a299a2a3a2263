"""A worksheet's named columns read straight from its XML with regular expressions: how a
population of a million rows is read in seconds, not tens. Anything out of the ordinary is
left (None) to the full reader in `xlsxsheet`, whose code reads the header and odd rows.

The fast reader gives what the full reader gives for the sheets spreadsheet programs write;
it assumes, as they write, that a cell's reference names the row it stands in.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from itertools import compress, islice, repeat
from operator import itemgetter, lt
from xml.parsers import expat

from reviewer.sheetfiles import Pick, Row

# What makes a sheet other than plain, to be read by the full reader: a formula (its cell
# may lack a saved result), a cell without its reference first or with one not in capitals.
_FORMULA = re.compile(r"<f[\s>/]")
_ODD_CELL = re.compile(r'<c(?! r="[A-Z]{1,3}[0-9]{1,7}")')
_PLAIN_STRING = re.compile(r'<si><t(?: xml:space="preserve")?>([^<]*)</t></si>')
_ATTRIBUTE_LIST = re.compile(r'(?:\s+[\w:.-]+="[^"&]*")*\s*')
_KIND = re.compile(r'\st="([^"]*)"')
_BAD_AMPERSAND = re.compile(r"&(?!(?:lt|gt|amp|quot|apos|#[0-9]+|#x[0-9a-fA-F]+);)")
_REFERENCE = re.compile(r"&(?:(lt)|(gt)|(amp)|(quot)|(apos)|#([0-9]+)|#x([0-9a-fA-F]+));")
_NAMED = {1: "<", 2: ">", 3: "&", 4: '"', 5: "'"}
_DECLARATION = re.compile(rb"<\?xml[^?]*\?>")
_ENCODING = re.compile(rb"""encoding\s*=\s*["']([^"']*)["']""")
# Bytes XML refuses or changes (carriage returns become line feeds) and those that may
# start something unusual (0xEF: U+FFFE and U+FFFF, not XML characters): everything else
# is deleted to see whether any is there.
_WATCHED = bytes([*range(0x09), 0x0B, 0x0C, 0x0D, *range(0x0E, 0x20), *b"!?&", 0xEF])
_UNWATCHED = bytes(sorted(set(range(256)) - set(_WATCHED)))
_MAX_ODD_ROWS = 10_000  # rows read by the full reader's code before it takes the sheet

# Reads a piece of <sheetData> as the full reader does; None when it has a problem.
Fragment = Callable[[str], "list[Row] | None"]


def cell_text(kind: str, value: str | None, inline: list[str] | None, strings: list[str]
              ) -> str:
    """What Excel shows of a cell as text (a number by its value), from its type (`t`),
    its <v> and its inline texts; ValueError or IndexError for a shared text it does not
    hold."""
    if kind == "inlineStr":
        return "".join(inline).strip() if inline else ""
    if value is None:
        return ""
    if kind == "s":
        return strings[int(value)]
    if kind == "n":
        return _number(value.strip())
    if kind == "b":
        return "TRUE" if value.strip() in ("1", "true") else "FALSE"
    return value.strip()  # str (a formula's text), e (an error such as #N/A), d (a date)


def _number(value: str) -> str:
    """A number as Excel shows it in a General cell: 1 not 1.0 (file labels are numbers)."""
    try:
        number = float(value)
    except ValueError:
        return value
    if number.is_integer() and abs(number) < 1e15:
        return str(int(number))
    return value


class _Unusual(Exception):
    """Something the fast reader leaves to the full one."""


def picked_rows(xml: bytes, strings: list[str], pick: Pick, fragment: Fragment
                ) -> list[Row] | None:
    """The sheet's non-blank rows: the header whole, then the picked cells of each row;
    None when the full reader must read it."""
    try:
        return _picked_rows(xml, strings, pick, fragment)
    except (_Unusual, UnicodeDecodeError, ValueError, IndexError):
        return None


def shared_strings(xml: bytes) -> list[str] | None:
    """The texts of a shared-strings part each written as one plain <t>, stripped; None
    for anything else (rich text, phonetic runs), which the full reader reads."""
    try:
        text, entities = _text(xml)
    except (_Unusual, UnicodeDecodeError):
        return None
    found = _PLAIN_STRING.findall(text)
    # Every tag accounted for: <sst> and </sst>, the declaration, and four a text.
    tags = 4 * len(found) + 2 + text.startswith("<?xml")
    if text.count("<") != tags or not re.search(r"<sst[\s>]", text):
        return None
    if entities:
        found = list(map(_unescape, found))
    return list(map(str.strip, found))


def _text(xml: bytes) -> tuple[str, bool]:
    """The part decoded, if it holds nothing a plain reading could get wrong, and whether
    it holds entity or character references."""
    watched = xml.translate(None, _UNWATCHED)
    declaration = _DECLARATION.match(xml.removeprefix(b"\xef\xbb\xbf"))
    if declaration:
        encoding = _ENCODING.search(declaration.group())
        if encoding and encoding.group(1).lower() not in (b"utf-8", b"utf8"):
            raise _Unusual
    if watched.strip(b"!?&\xef"):
        raise _Unusual  # control characters, or CR (XML reads it as LF)
    if b"!" in watched and b"<!" in xml:
        raise _Unusual  # a DTD (the full reader refuses it), a comment, CDATA
    if watched.count(b"?") > (declaration.group().count(b"?") if declaration else 0) and (
            xml.count(b"<?") > (1 if declaration else 0)):
        raise _Unusual  # a processing instruction
    if b"\xef" in watched and (b"\xef\xbf\xbe" in xml or b"\xef\xbf\xbf" in xml):
        raise _Unusual  # U+FFFE, U+FFFF: not XML characters
    text = xml.decode("utf-8-sig")
    if b"&" in watched:
        if _BAD_AMPERSAND.search(text):
            raise _Unusual  # an entity XML does not define: the full reader refuses it
        for match in re.finditer(r"&#(x?)([0-9a-fA-F]+);", text):
            _character(int(match.group(2), 16 if match.group(1) else 10))
    return text, b"&" in watched


def _character(code: int) -> str:
    if not (code in (0x9, 0xA, 0xD) or 0x20 <= code <= 0xD7FF or 0xE000 <= code <= 0xFFFD
            or 0x10000 <= code <= 0x10FFFF):
        raise _Unusual
    return chr(code)


def _unescape(text: str) -> str:
    def one(match: re.Match[str]) -> str:
        index = match.lastindex or 0
        if index <= 5:
            return _NAMED[index]
        return _character(int(match.group(index), 10 if index == 6 else 16))
    return _REFERENCE.sub(one, text) if "&" in text else text


def _picked_rows(xml: bytes, strings: list[str], pick: Pick, fragment: Fragment
                 ) -> list[Row] | None:
    if b"hidden" in xml:
        raise _Unusual  # a hidden row or column: the full reader refuses what it holds
    text, entities = _text(xml)
    start = text.find("<sheetData>")
    if start < 0:
        return None  # no rows, or <sheetData/>: the full reader is quick
    start += len("<sheetData>")
    end = text.find("</sheetData>", start)
    if end < 0 or "<sheetData" in text[end:]:
        raise _Unusual
    _plain_outside(text[:start] + text[end:])
    if _FORMULA.search(text, start, end) or _ODD_CELL.search(text, start, end):
        raise _Unusual
    # A text of more than 32,767 characters (the full reader refuses the cell) has a
    # stretch of 16,384 characters without a tag in it.
    if not all(text.find("<", at, at + 16_384) >= 0 for at in range(start, end, 16_384)):
        raise _Unusual
    found_header = _header(text, start, end, fragment, pick)
    if found_header is None:
        return []
    header, indexes, after = found_header
    letters = [_letters(i + 1) for i in indexes]
    found = _cells(text, after, end, sorted(set(letters)), strings, entities)
    in_order = False
    if len(found) == 1:
        # One column (the identifier): its rows as they came, if in order, as they are.
        ordered = list(next(iter(found.values())))
        in_order = all(map(lt, ordered, islice(ordered, 1, None)))
        if not in_order:
            ordered.sort()
    else:
        ordered = sorted(set().union(*found.values()))
    if len(ordered) != text.count("<row", after, end):
        ordered = sorted({*ordered, *_rows_without_picked(text, after, end, set(ordered),
                                                          fragment)})
        in_order = False
    if ordered and (ordered[0] <= header[0] or ordered[-1] > 1_048_576):
        raise _Unusual  # rows before the header (the full reader sorts them), or damage
    if in_order and len(letters) == 1:
        return [header, *zip(ordered, map(list, zip(found[letters[0]].values())),
                             strict=True)]
    columns = [list(map(found[letter].get, ordered, repeat(""))) for letter in letters]
    return [header, *zip(ordered, map(list, zip(*columns, strict=True)), strict=True)]


def _plain_outside(text: str) -> None:
    """What surrounds <sheetData> is well-formed XML in the main namespace, unprefixed,
    with nothing the full reader would take for a cell or row."""
    if not re.match(r'(?:\ufeff)?(?:<\?xml[^?]*\?>)?\s*<worksheet[\s>]', text) or re.search(
            r"<(?:[\w.-]+:)?(?:c|row|mergeCell)[\s/>]", text):
        raise _Unusual
    parser = expat.ParserCreate(namespace_separator=" ")
    try:
        parser.Parse(text, True)
    except expat.ExpatError:
        raise _Unusual from None


def _header(text: str, start: int, end: int, fragment: Fragment, pick: Pick
            ) -> tuple[Row, list[int], int] | None:
    """The header row (the first non-blank row `pick` takes: a title above it is passed
    over), read whole by the full reader's code, the indexes picked, and where the rows
    after it begin; None for a sheet without one."""
    rows = re.compile(r"<row[\s>/]").finditer(text, start, end)
    here = next(rows, None)
    for _count in range(_MAX_ODD_ROWS):
        if here is None:
            return None
        following = next(rows, None)
        stop = following.start() if following else end
        read = fragment(text[here.start():stop])
        if read is None:
            raise _Unusual
        if len(read) > 1:
            raise _Unusual
        if read:
            indexes = pick(read[0][1])
            if indexes is not None:
                return read[0], list(indexes), stop
        here = following
    raise _Unusual


def _letters(column: int) -> str:
    letters = ""
    while column:
        column, rest = divmod(column - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def _cells(text: str, start: int, end: int, letters: list[str], strings: list[str],
           entities: bool) -> dict[str, dict[int, str]]:
    """Column letters → row number → text of the picked cells holding anything.

    A pass over the sheet a column (one pattern for three columns took longer than three),
    then in bulk (map, compress): a loop over a million cells in Python took three times
    as long, and so did zip(*matches)."""
    found: dict[str, dict[int, str]] = {}
    for letter in letters:
        # Most columns are all <c …><v>…</v></c>: a pattern for that alone is a third
        # faster, and counting the column's cells tells whether it found them all.
        matches = re.compile(rf'<c r="{letter}([0-9]+)"([^>]*)><v>([^<]*)</v></c>').findall(
            text, start, end)
        if len(matches) == text.count(f'<c r="{letter}', start, end):
            has_value: list[object] = [True] * len(matches)
            values = list(map(itemgetter(2), matches))
            inline: list[object] = [""] * len(matches)
        else:
            matches = re.compile(
                rf'<c r="{letter}([0-9]+)"([^>]*?)(?:/>|>(?:(<v>)([^<]*)</v>|<is><t'
                r'(?: xml:space="preserve")?>([^<]*)</t></is>)?</c>|>(.*?)</c>)', re.DOTALL
            ).findall(text, start, end)
            if any(map(itemgetter(5), matches)):
                raise _Unusual  # <v/>, rich text, phonetic runs, a tag on a line of its own
            has_value = list(map(itemgetter(2), matches))
            values = list(map(itemgetter(3), matches))
            inline = list(map(itemgetter(4), matches))
        attributes = list(map(itemgetter(1), matches))
        kind_of = {one: _kind(one) for one in set(attributes)}
        texts = _texts(list(map(kind_of.__getitem__, attributes)), has_value, values, inline,
                       strings, entities)
        rows = map(int, map(itemgetter(0), matches))
        # A later cell of the same row and column wins, as in the full reader.
        found[letter] = dict(compress(zip(rows, texts, strict=True), texts))
    return found


def _kind(attributes: str) -> str:
    """A cell's type (`t`) from its attributes as written; _Unusual for anything a plain
    reading could get wrong."""
    if _ATTRIBUTE_LIST.fullmatch(attributes) is None:
        raise _Unusual
    kind = _KIND.findall(attributes)
    return kind[0] if kind else "n"


def _texts(kinds: Sequence[object], has_value: Sequence[object], values: Sequence[object],
           inline: Sequence[object], strings: list[str], entities: bool) -> list[str]:
    """The texts of one column's cells (as `cell_text`), in bulk where all are alike."""
    kind = set(kinds)
    plain = not entities
    if plain and kind == {"s"} and all(has_value):
        return list(map(strings.__getitem__, map(int, values)))  # type: ignore[arg-type]
    if plain and kind == {"n"}:
        shown: dict[str, str] = {}  # numbers repeat (dates): each read once
        return [shown[value] if value in shown else shown.setdefault(
            value, _number(value.strip())) for value in map(str, values)]
    return [cell_text(str(k), _unescape(str(v)) if h else None,
                      [_unescape(str(i))] if k == "inlineStr" else None, strings)
            for k, h, v, i in zip(kinds, has_value, values, inline, strict=True)]


def _rows_without_picked(text: str, start: int, end: int, numbers: set[int],
                         fragment: Fragment) -> set[int]:
    """The rows holding something only outside the picked columns (their picked cells
    are blank), each read by the full reader's code."""
    spans = [(int(m.group(1)), m.start()) for m in
             re.compile(r'<row r="([0-9]+)"').finditer(text, start, end)]
    if len(spans) != text.count("<row", start, end):
        raise _Unusual  # a row without its number first
    spans.append((0, end))
    odd = [(number, at, spans[i + 1][1]) for i, (number, at) in enumerate(spans[:-1])
           if number not in numbers]
    if len(odd) > _MAX_ODD_ROWS:
        raise _Unusual
    more: set[int] = set()
    for number, at, stop in odd:
        read = fragment(text[at:stop])
        if read is None or any(row != number for row, _cells in read):
            raise _Unusual
        if read:
            more.add(number)
    return more
