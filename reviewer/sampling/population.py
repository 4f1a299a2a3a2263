"""A population (urvalsram): the municipality's list of cases read from a sheet, with every
row accounted for: used, or excluded and counted by its reason; never silently dropped.

Only what the auditor named is read: the identifier column, and the stratum, date and kept
columns if named. The file is identified by its name and the SHA-256 of its bytes.
"""

from __future__ import annotations

import datetime as dt
import gc
import hashlib
import itertools
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

from reviewer.errors import SamplingError, column_letter
from reviewer.i18n import N_, _
from reviewer.privacy import find_identity_numbers
from reviewer.sheetfiles import read_sheet_bytes, table_of


class Exclusion(StrEnum):
    """Why a row of the list is not in the population drawn from (in the order checked)."""

    BLANK_IDENTIFIER = "blank_identifier"
    REPEATED_HEADER = "repeated_header"  # the header row again below it
    NO_DATE = "no_date"
    OUTSIDE_PERIOD = "outside_period"
    NO_STRATUM = "no_stratum"


@dataclass(frozen=True)
class PopulationSpec:
    """What the auditor chose: the file, its sheet and columns (by header, or by letter),
    and the period on the date column (both ends included)."""

    path: Path
    column: str
    sheet: str | None = None
    stratum_column: str | None = None
    date_column: str | None = None
    period_from: dt.date | None = None
    period_to: dt.date | None = None
    keep: tuple[str, ...] = ()  # further columns whose values go into the key list

    def __post_init__(self) -> None:
        if self.period_from and self.period_to and self.period_from > self.period_to:
            raise SamplingError(N_("The period ends before it starts."))


@dataclass(frozen=True)
class Population:
    """The rows drawn from, in the file's order. `identifiers`, `strata` and `kept` are
    held in memory only: nothing of them is stored in the project."""

    source_name: str
    sha256: str
    sheet: str  # "" for a CSV file
    identifier_column: str  # the header as written in the file
    stratum_column: str
    date_column: str
    period_from: dt.date | None
    period_to: dt.date | None
    rows_read: int  # the data rows below the header (a wholly blank line is no row)
    excluded: dict[Exclusion, int]
    identifiers: list[str]
    strata: list[str]  # the stratum of each used row; empty without a stratum column
    kept_columns: tuple[str, ...]  # the identifier's column first, then those kept
    kept: list[tuple[str, ...]] = field(default_factory=list)  # values per used row

    @property
    def rows_used(self) -> int:
        return len(self.identifiers)

    def values(self, index: int) -> dict[str, str]:
        """The kept values of a used row, by column: what the key list holds of it."""
        values = self.kept[index] if self.kept else (self.identifiers[index],)
        return dict(zip(self.kept_columns, values, strict=True))


_LETTERS = re.compile(r"[A-Za-z]{1,3}")
_DAY = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_TITLE_ROWS = 100  # rows above the header looked at before a column is said missing
_MAX_SERIAL = 2_958_465  # 9999-12-31 in Excel's serial dates
_EXCEL_EPOCH = dt.date(1899, 12, 30)  # serial 0, as Excel counts from 1 March 1900
_EPOCH_1904 = dt.date(1904, 1, 1)  # serial 0 of a workbook in the 1904 date system
_DAYS_1900_TO_1904 = 1462  # the same day's serial is this much smaller in the 1904 system


def read_population(spec: PopulationSpec, *, expect_sha256: str | None = None) -> Population:
    """Read the list; SamplingError (or the sheet's SheetError) when it cannot be drawn
    from as asked: a missing column, no rows, an unreadable date, a case listed twice;
    with `expect_sha256`, a file whose bytes are not those drawn from before."""
    data = read_sheet_bytes(spec.path)
    digest = hashlib.sha256(data).hexdigest()
    if expect_sha256 is not None and digest != expect_sha256:
        raise SamplingError(
            N_("{source} is not the population the sample was drawn from: its SHA-256 is "
               "{found}, the record says {recorded}. Name the very file drawn from; "
               "nothing was changed."), source=spec.path.name, found=digest[:16] + "…",
            recorded=expect_sha256[:16] + "…")
    header: list[str] = []
    # The identifier first, then the stratum and date columns if named, then those kept.
    wanted = [name for name in (spec.column, spec.stratum_column, spec.date_column)
              if name] + list(spec.keep)

    # The header is the first row of two texts naming every column asked for by name
    # (`names`; none when all are named by letter): a title above it holds one text, or
    # does not name them. When no row is (a list of one column), the first row naming
    # them, else the first of two texts, else the first row (`fallback`).
    names = frozenset(compared_name(name) for name in wanted
                      if not _LETTERS.fullmatch(name.strip()))
    fallback: dict[str, list[str]] = {}  # "named", "two texts", "first": the first such
    offered = itertools.count(1)

    def take(cells: list[str]) -> list[int]:
        header[:] = cells  # the row last taken (the full reader may offer it again)
        return [_column(cells, name) for name in wanted]

    def pick(cells: list[str]) -> list[int] | None:
        texts = {cell for cell in cells if cell}
        named = names <= {compared_name(text) for text in texts}
        for kind, found in (("first", True), ("two texts", len(texts) >= 2),
                            ("named", named and bool(names))):
            if found:
                fallback.setdefault(kind, cells)
        if next(offered) > _TITLE_ROWS and "named" not in fallback:
            # No header among the first rows, and none names the columns: said now, not
            # after a million rows are read (`_column` names the columns there are).
            for name in wanted:
                _column(fallback.get("two texts", fallback["first"]), name)
        return take(cells) if len(texts) >= 2 and named else None  # else a title

    def likely_header(cells: list[str]) -> list[int] | None:
        likely = next(fallback[kind] for kind in ("named", "two texts", "first")
                      if kind in fallback)
        return take(cells) if cells == likely else None

    enabled = gc.isenabled()
    gc.disable()  # a million small lists without a cycle (as `gridimport`)
    try:
        table = table_of(spec.path.name, data, sheet=spec.sheet, pick=pick)
        if not header and fallback:
            # No row holds two texts and the names (a list of one column), or the names
            # are not there (then `_column` says which columns there are).
            table = table_of(spec.path.name, data, sheet=spec.sheet, pick=likely_header)
        return _population(spec, digest, header, table.rows, table.date1904)
    finally:
        if enabled:
            gc.enable()


def compared_name(name: str) -> str:
    """A column's name as compared: spacing and case ignored."""
    return " ".join(name.split()).casefold()


def _column(header: list[str], name: str) -> int:
    """The 0-based index of the column named `name` (by its header, ignoring case and
    spacing, else by its letter); SamplingError naming the columns there are."""
    wanted = compared_name(name)
    found = [i for i, cell in enumerate(header) if compared_name(cell) == wanted]
    if len(found) > 1:
        raise SamplingError(N_("The population has {count} columns named {name}; rename "
                               "them so that each is named once."), count=len(found),
                            name=name)
    if found:
        return found[0]
    if _LETTERS.fullmatch(name.strip()):
        letters = name.strip().upper()
        index = 0
        for letter in letters:
            index = index * 26 + ord(letter) - 64
        if index <= len(header):
            return index - 1
    # A list without a header row has a case in the first row: a personnummer there is
    # not repeated on the screen.
    names = ", ".join(f"{column_letter(i + 1)} {cell!r}"
                      if cell and not find_identity_numbers(cell) else column_letter(i + 1)
                      for i, cell in enumerate(header))
    raise SamplingError(N_("The population has no column {name}. Its columns: {names}."),
                        name=name, names=names or "–")


def _population(spec: PopulationSpec, digest: str, header: list[str],
                rows: Sequence[tuple[int, list[str]]], date1904: bool = False) -> Population:
    if len(rows) < 2:
        raise SamplingError(N_("The population {source} holds no cases: {what}."),
                            source=spec.path.name,
                            what=_("the sheet is empty") if not rows
                            else _("it has a header row and nothing under it"))
    by_stratum = spec.stratum_column is not None
    by_date = spec.date_column is not None
    body = rows[1:]
    excluded = dict.fromkeys(Exclusion, 0)
    # Column by column, each one pass in a comprehension: a million rows in well under a
    # second (a loop doing everything per row took twice as long).
    numbers = [number for number, _cells in body]
    identifiers = [cells[0] for _number, cells in body]
    used: Sequence[int] = range(len(body))  # indexes into `body` of the rows still in
    if "" in identifiers:
        used = [i for i in used if identifiers[i]]
        excluded[Exclusion.BLANK_IDENTIFIER] = len(body) - len(used)
    named = header[_column(header, spec.column)]
    if named and named in identifiers:  # the header again (an export's page break)
        again = [i for i in used if compared_name(identifiers[i]) == compared_name(named)]
        if again:
            gone = set(again)
            used = [i for i in used if i not in gone]
            excluded[Exclusion.REPEATED_HEADER] = len(again)
    _refuse_repeats(spec, [identifiers[i] for i in used], [numbers[i] for i in used])
    column = 1
    if by_stratum:
        strata_column = [cells[column] for _number, cells in body]
        column += 1
    if by_date:
        dates = [cells[column] for _number, cells in body]
        column += 1
        used = _in_period(spec, used, dates, numbers, excluded, date1904)
    strata: list[str] = []
    if by_stratum:
        kept_rows = [i for i in used if strata_column[i]]
        excluded[Exclusion.NO_STRATUM] = len(used) - len(kept_rows)
        used = kept_rows
        names: dict[str, str] = {}  # compared → the first spelling
        strata = [names.setdefault(" ".join(strata_column[i].split()).casefold(),
                                   " ".join(strata_column[i].split())) for i in used]
    kept = [(identifiers[i], *body[i][1][column:]) for i in used] if spec.keep else []
    if not isinstance(used, range):
        identifiers = [identifiers[i] for i in used]
    return Population(
        source_name=spec.path.name, sha256=digest, sheet=spec.sheet or "",
        identifier_column=_header_name(header, spec.column),
        stratum_column=_header_name(header, spec.stratum_column),
        date_column=_header_name(header, spec.date_column),
        period_from=spec.period_from, period_to=spec.period_to, rows_read=len(rows) - 1,
        excluded={reason: count for reason, count in excluded.items() if count},
        identifiers=identifiers, strata=strata,
        kept_columns=(_header_name(header, spec.column),
                      *(_header_name(header, name) for name in spec.keep)),
        kept=kept)


def _header_name(header: list[str], name: str | None) -> str:
    if not name:
        return ""
    index = _column(header, name)
    return header[index] or column_letter(index + 1)


def _in_period(spec: PopulationSpec, used: Sequence[int], dates: list[str],
               numbers: list[int], excluded: dict[Exclusion, int], date1904: bool = False
               ) -> list[int]:
    """The rows of `used` whose date is in the period; a blank date is excluded and
    counted, a value that is not a date refuses the population (in or out, who knows)."""
    start, end = spec.period_from, spec.period_to
    inside: list[int] = []
    unreadable: list[int] = []
    days: dict[str, dt.date | None] = {}  # a list repeats its dates: each read once
    for i in used:
        text = dates[i]
        if not text:
            excluded[Exclusion.NO_DATE] += 1
            continue
        if text in days:
            day = days[text]
        else:
            day = days[text] = _date(text, date1904)
        if day is None:
            unreadable.append(numbers[i])
        elif (start is not None and day < start) or (end is not None and day > end):
            excluded[Exclusion.OUTSIDE_PERIOD] += 1
        else:
            inside.append(i)
    if unreadable:
        raise SamplingError(
            N_("The date column {column} of the population holds {count} values that are "
               "not dates (rows {rows}); write them as YYYY-MM-DD, or leave them blank."),
            column=spec.date_column, count=len(unreadable),
            rows=", ".join(map(str, unreadable[:5])) + (" …" if len(unreadable) > 5 else ""))
    return inside


def _refuse_repeats(spec: PopulationSpec, identifiers: list[str], numbers: list[int]
                    ) -> None:
    """Refuse a list naming a case twice (compared ignoring case and spacing, as columns
    and strata are: "SOC/2024 12" and "soc/2024  12" are one case typed twice; and "Ö"
    written as O + diaeresis is "Ö"), naming the rows."""
    compared = compared_texts(identifiers)
    if len(set(compared)) == len(compared):
        return
    seen: dict[str, int] = {}
    repeats: list[tuple[int, int]] = []
    for text, number in zip(compared, numbers, strict=True):
        first = seen.setdefault(text, number)
        if first != number:
            repeats.append((number, first))
    shown = "; ".join(f"{row} = {first}" for row, first in repeats[:5])
    raise SamplingError(
        N_("The population lists the same case more than once in the column {column}. "
           "Rows repeating an earlier row: {count} (row = the row it repeats: {rows}). Each "
           "case must be listed once: remove the repeats, or choose the right column."),
        column=spec.column, count=len(repeats),
        rows=shown + (" …" if len(repeats) > 5 else ""))


_SPACES = re.compile(r"\s+")
_AT_EDGES = re.compile(" ?\x00 ?")
_ASCII_SPACES = b"\t\n\r\x0b\x0c\x1c\x1d\x1e\x1f"  # str.split()'s, but the space


def compared_texts(texts: list[str]) -> list[str]:
    """Each text as it is compared: " ".join(text.split()), case folded, in Unicode's
    composed form. Done once on all the texts joined by a NUL (which no cell holds): a
    million identifiers in a few tenths of a second, not over a second text by text."""
    joined = "\x00".join(texts)
    if joined.count("\x00") != max(len(texts) - 1, 0):  # a NUL in a text after all
        return [unicodedata.normalize("NFC", " ".join(t.split()).casefold()) for t in texts]
    if joined.isascii():  # as case numbers are: only ASCII spaces, no composing to do
        raw = joined.encode("ascii")
        if b"  " not in raw and b" \x00" not in raw and b"\x00 " not in raw \
                and not raw.startswith(b" ") and not raw.endswith(b" ") \
                and len(raw.translate(None, _ASCII_SPACES)) == len(raw):
            return joined.lower().split("\x00") if texts else []
    joined = _AT_EDGES.sub("\x00", _SPACES.sub(" ", joined)).strip(" ")
    return unicodedata.normalize("NFC", joined.casefold()).split("\x00") if texts else []


def _date(text: str, date1904: bool = False) -> dt.date | None:
    """A date as the list writes it: ISO 8601 (a time after it is ignored), or the serial
    number an Excel date cell holds, counted in the workbook's date system (1900, or 1904
    when `date1904`)."""
    if len(text) >= 10 and text[4] == "-":
        try:
            return dt.date.fromisoformat(text[:10])
        except ValueError:
            return None
    try:
        serial = float(text)
    except ValueError:
        return None
    if date1904:
        # Serial 0 is 1 January 1904, and no day is missing from the count.
        if not 0 <= serial <= _MAX_SERIAL - _DAYS_1900_TO_1904:
            return None
        return _EPOCH_1904 + dt.timedelta(days=int(serial))
    if not 1 <= serial <= _MAX_SERIAL:
        return None
    days = int(serial)
    # Excel counts a 29 February 1900 that never was: serials before it are a day off.
    return _EXCEL_EPOCH + dt.timedelta(days=days if days >= 61 else days + 1)


def parse_day(text: str) -> dt.date:
    """A date given on the command line or in a dialog: YYYY-MM-DD."""
    try:
        if not _DAY.fullmatch(text.strip()):  # not 20240101, not a week: as the hint says
            raise ValueError(text)
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        raise SamplingError(N_("{value} is not a date; write it as YYYY-MM-DD."),
                            value=text) from None
