"""QSettings' INI format (`QSettings.IniFormat`) for the strings of its General section,
without Qt: the one codec of the settings file the app and the command line share.

Read as QSettings reads a string: keys before any section header and under `[General]`
(in any case) are General ones, the last of a repeated key counts, `;` outside quotes
starts a comment, quotes and backslash escapes are undone; a line it cannot read is passed
over, never an error. One kindness: a comma outside quotes stays in the string (QSettings
would read a list), so a hand-written `author=Åsa Öberg, KPMG` reads whole.

Written as QSettings writes a string, but in place: only the lines of the keys given
change, so comments and everything else in a hand-edited file stay as they were.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

_LINE_BREAK = re.compile(r"\r\n|\r|\n")  # QSettings' own; not str.splitlines()' many
_ESCAPES = {"\a": "\\a", "\b": "\\b", "\f": "\\f", "\n": "\\n", "\r": "\\r", "\t": "\\t",
            "\v": "\\v", '"': '\\"', "\\": "\\\\"}
_UNESCAPES = {"a": "\a", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t", "v": "\v",
              '"': '"', "?": "?", "'": "'", "\\": "\\"}
_HEX, _OCTAL = "0123456789abcdefABCDEF", "01234567"
_BLANKS = " \t"


def read(text: str) -> dict[str, str]:
    """The General section's strings, by key."""
    values: dict[str, str] = {}
    general = True
    for line in _LINE_BREAK.split(text.removeprefix("\ufeff")):
        section = _section(line)
        if section is not None:
            general = section.casefold() == "general"
        elif general and (entry := _entry(line)) is not None:
            values[entry[0]] = unquote(entry[1])
    return values


def with_values(text: str, values: Mapping[str, str]) -> str:
    """`text` with `values` set in its General section. A key's first line is rewritten in
    place and its repeats dropped; a key not there yet goes just under `[General]`, made at
    the top if the file has none. Every other line stays as it was."""
    lines = _LINE_BREAK.split(text.removeprefix("\ufeff"))
    if lines[-1] == "":
        lines.pop()  # what follows the last line break
    written: set[str] = set()
    out: list[str] = []
    header = None  # where in `out` the first `[General]` line stands
    general = True
    for line in lines:
        section = _section(line)
        if section is not None:
            general = section.casefold() == "general"
            if general and header is None:
                header = len(out)
        elif general and (entry := _entry(line)) is not None and entry[0] in values:
            if entry[0] not in written:
                out.append(f"{entry[0]}={quote(values[entry[0]])}")
                written.add(entry[0])
            continue
        out.append(line)
    missing = [f"{key}={quote(value)}" for key, value in values.items() if key not in written]
    if header is None:
        out[:0] = ["[General]", *missing, *([""] if out and out[0].strip() else [])]
    else:
        out[header + 1:header + 1] = missing
    return "".join(f"{line}\n" for line in out)


def quote(value: str) -> str:
    """A string as QSettings writes it: escaped, and in quotes where a `,`, `;`, `=` or a
    space at either end would otherwise change how it reads."""
    if "\0" in value:
        text = f"@String({value})"  # as QSettings marks a string holding NUL
    else:
        text = "@" + value if value.startswith("@") else value  # "@…" marks other types
    out: list[str] = []
    after_hex = False  # a hex escape reads on through hex digits: escape those too
    for ch in text:
        if after_hex and ch in _HEX:
            out.append(f"\\x{ord(ch):x}")
            continue
        # QSettings drops a U+FEFF that starts a value's text as a byte order mark
        after_hex = (ch < " " and ch not in _ESCAPES) or ch == "\ufeff"
        out.append(f"\\x{ord(ch):x}" if after_hex else _ESCAPES.get(ch, ch))
    escaped = "".join(out)
    if any(ch in text for ch in ",;=") or escaped[:1] == " " or escaped[-1:] == " ":
        return f'"{escaped}"'
    return escaped


def unquote(raw: str) -> str:
    """The string QSettings reads from a value as it stands in the file."""
    out: list[str] = []
    quoted = in_quotes = plain = False
    kept = 0  # trailing blanks up to here are kept: they were escaped
    i = _skip_blanks(raw, 0)
    while i < len(raw):
        ch = raw[i]
        if ch == "\\":
            piece, i = _unescape(raw, i + 1)
            out.append(piece)
            kept = len(out)
        elif ch == '"':
            quoted, in_quotes = True, not in_quotes
            i = i + 1 if in_quotes else _skip_blanks(raw, i + 1)
        else:
            if plain or ch != "\ufeff":  # a byte order mark, to QSettings, where text starts
                out.append(ch)
            plain = True
            i += 1
    if not quoted:  # blanks around an unquoted value are not part of it
        while len(out) > kept and out[-1] in _BLANKS:
            out.pop()
    text = "".join(out)
    if text.startswith("@String(") and text.endswith(")"):
        return text[8:-1]
    return text[1:] if text.startswith("@@") else text


def _unescape(raw: str, i: int) -> tuple[str, int]:
    """The character an escape stands for (nothing for one QSettings does not know), and
    where the text goes on; `i` is just after the backslash."""
    if i >= len(raw):
        return "", i
    ch = raw[i]
    if ch in _UNESCAPES:
        return _UNESCAPES[ch], i + 1
    if ch == "x":
        digits, base, start = _HEX, 16, i + 1
    elif ch in _OCTAL:
        digits, base, start = _OCTAL, 8, i
    else:
        return "", i + 1
    end = start
    while end < len(raw) and raw[end] in digits:
        end += 1
    if end == start:  # `\x` with no hex digit after it
        return "", start
    code = int(raw[start:end], base) & 0xFFFF  # QSettings keeps 16 bits
    return ("\ufffd" if 0xD800 <= code <= 0xDFFF else chr(code)), end  # no lone surrogate


def _skip_blanks(text: str, i: int) -> int:
    while i < len(text) and text[i] in _BLANKS:
        i += 1
    return i


def _section(line: str) -> str | None:
    """The name in a `[section]` line, or None for any other line."""
    text = line.lstrip(_BLANKS)
    if not text.startswith("["):
        return None
    end = text.find("]")
    return (text[1:end] if end > 0 else text[1:]).strip()


def _entry(line: str) -> tuple[str, str] | None:
    """The key and the value as written of a `key=value` line (a comment cut off), or None
    for a line QSettings passes over."""
    equals, in_quotes, i = -1, False, 0
    while i < len(line):
        ch = line[i]
        if ch == "\\":
            i += 1  # the escaped character is no quote, comment or `=`
        elif ch == '"':
            in_quotes = not in_quotes
        elif ch == "=" and equals < 0 and not in_quotes:
            equals = i
        elif ch == ";" and not in_quotes:
            break
        i += 1
    key = line[:equals].strip(_BLANKS)
    if equals < 0 or not key:
        return None
    return key, line[equals + 1:i]
