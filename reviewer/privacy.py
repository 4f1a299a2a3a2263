"""The personnummer guard: finds Swedish personal identity and coordination numbers in text.

A hit needs a real date (day + 60 for a samordningsnummer) and a valid Luhn check digit,
so case numbers, dates and amounts that merely look like numbers pass.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata

from stdnum import luhn

from reviewer.errors import PrivacyError

# Every dash a keyboard, a word processor or a copied web page may put between the parts
# (hyphen, non-breaking hyphen, figure dash, en dash, em dash, minus, small and full-width
# hyphen-minus) reads as '-'; the small and full-width plus as '+'.
_SIGNS = str.maketrans(dict.fromkeys("\u2010\u2011\u2012\u2013\u2014\u2212\ufe63\uff0d", "-")
                       | dict.fromkeys("\ufe62\uff0b", "+"))
_OTHER_DIGIT = re.compile(r"(?![0-9])\d")  # a decimal digit of another script: ８, ٨
# Invisible characters that a copied text may carry between the digits.
_INVISIBLE = re.compile("[\u00ad\u200b\u200c\u200d\u2060\ufeff]")
# Anything of the above: most texts (Swedish, with åäö) have none and are read as they are.
_UNUSUAL = re.compile("[\u2010-\u2014\u2212\ufe62\ufe63\uff0b\uff0d\u00ad\u200b-\u200d"
                      "\u2060\ufeff]|[^\\D0-9]")
_PHONE_WORD = re.compile(r"(?:tel|telefon|telefonnummer|tfn|mobil|mobilnummer|mobilnr)"
                         r"\.?:?\s*$", re.IGNORECASE)

# 10 or 12 digits: the date as YYMMDD (YYYYMMDD), or with dashes YY-MM-DD (YYYY-MM-DD), then
# the last four, optionally after '-' or '+' (or a space) and always after one when the date
# has dashes (a date and a time, "2021-12-18 1330", is not one). Not part of a longer run of
# digits, nor of a chain of numbers joined by dashes ("SOC/2021-000219"), but a word may
# be glued before it ("Klient-811218-9876").
_CANDIDATE = re.compile(
    r"(?=\d)(?<!\d)(?<!\d-)(\d{2})?"  # (?=\d) first: most places fail at once
    r"(?:(\d{6})\s?([-+]?)\s?|(\d{2})-(\d{2})-(\d{2})\s?([-+])\s?)"
    r"(\d{4})(?!\d)(?!-\d)")


def _normalised(text: str) -> tuple[str, list[int] | None]:
    """`text` with every decimal digit as 0-9 and every dash as '-', invisible characters
    left out; with each kept character's index in `text` when that differs, so a hit is
    reported as written. (Any Unicode space already matches the pattern's \\s.)"""
    if text.isascii() or not _UNUSUAL.search(text):
        return text, None
    plain = _OTHER_DIGIT.sub(lambda m: str(unicodedata.decimal(m.group())),
                             text.translate(_SIGNS))
    if not _INVISIBLE.search(plain):
        return plain, None  # one character for one: the indexes are the same
    where = [i for i, ch in enumerate(plain) if not _INVISIBLE.match(ch)]
    return "".join(plain[i] for i in where), where


def _is_real_date(century: int, yymmdd: str) -> bool:
    year, month, day = century * 100 + int(yymmdd[:2]), int(yymmdd[2:4]), int(yymmdd[4:6])
    if day > 60:
        day -= 60  # samordningsnummer
    try:
        dt.date(year, month, day)
    except ValueError:
        return False
    return True


def find_identity_numbers(text: str) -> list[str]:
    """Return every personnummer or samordningsnummer spelled in `text`, as written."""
    plain, where = _normalised(text)
    found: list[str] = []
    for match in _CANDIDATE.finditer(plain):
        century_digits, yymmdd, _sep, yy, mm, dd, _dash_sep, last4 = match.groups()
        yymmdd = yymmdd or f"{yy}{mm}{dd}"
        if not luhn.is_valid(yymmdd + last4):
            continue
        if century_digits is not None:
            century = int(century_digits)
            if century not in (18, 19, 20):
                continue
            centuries = [century]
        else:
            # Ten digits do not say the century; any plausible one with a real date counts
            # (29 February needs a leap year, which a century can decide).
            centuries = [18, 19, 20]
        if not any(_is_real_date(c, yymmdd) for c in centuries):
            continue
        if (century_digits is None and match.end() - match.start() == 10
                and _PHONE_WORD.search(plain, 0, match.start())):
            continue  # "tel 0701234567": ten bare digits after a phone word are a phone
        start, end = match.span()
        if where is not None:
            start, end = where[start], where[end - 1] + 1
        found.append(text[start:end])
    return found


def check_text(field: str, text: str | None, *, allow: bool = False) -> None:
    """Refuse `text` holding an identity number unless the caller deliberately allows it."""
    if allow or not text:
        return
    found = find_identity_numbers(text)
    if found:
        raise PrivacyError(field, found)
