"""The personnummer guard: finds Swedish personal identity and coordination numbers in text.

A hit needs a real date (day + 60 for a samordningsnummer) and a valid Luhn check digit,
so case numbers, dates and amounts that merely look like numbers pass.
"""

from __future__ import annotations

import datetime as dt
import re

from stdnum import luhn

from reviewer.errors import PrivacyError

# 10 or 12 digits, the last four optionally after '-' or '+' (or a space), not part of
# a longer run of digits.
_CANDIDATE = re.compile(r"(?<![\d-])(\d{2})?(\d{6})\s?([-+]?)\s?(\d{4})(?![\d])")


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
    found: list[str] = []
    for match in _CANDIDATE.finditer(text):
        century_digits, yymmdd, _separator, last4 = match.groups()
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
        if any(_is_real_date(c, yymmdd) for c in centuries):
            found.append(match.group(0).strip())
    return found


def check_text(field: str, text: str | None, *, allow: bool = False) -> None:
    """Refuse `text` holding an identity number unless the caller deliberately allows it."""
    if allow or not text:
        return
    found = find_identity_numbers(text)
    if found:
        raise PrivacyError(field, found)
