"""The fast reader of a workbook's named columns (xlsxpicked) reads every cell as the full
reader does, takes plain workbooks itself and leaves everything unusual to the full one."""

from __future__ import annotations

import datetime as dt
import io
import re
import zipfile
from collections.abc import Callable, Sequence
from pathlib import Path
from unittest import mock

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.cell.text import InlineFont

from benchmarks.bench_sample import write_xlsx
from reviewer import xlsxpicked, xlsxsheet
from reviewer.errors import SheetError
from reviewer.sheetfiles import Row, rows_of

SHEET = "xl/worksheets/sheet1.xml"

texts = st.lists(st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")) | st.sampled_from(
    ["&", "<", ">", '"', "'", " ", "\t", "\n", "é", "&amp;", "]]>", "<v>"]), max_size=6
                 ).map("".join)
values = st.one_of(
    st.none(), texts, st.integers(-10**6, 10**16), st.floats(allow_nan=False,
                                                              allow_infinity=False),
    st.booleans(), st.dates(dt.date(1900, 3, 1), dt.date(2100, 1, 1)),
    st.sampled_from(["#N/A", "=A1", " SOC/1 ", "007", "1.0", "", "   "]),
    texts.map(lambda t: CellRichText([TextBlock(InlineFont(b=True), t or "x"), " y"])))


def _workbook(rows: list[list[object]], merges: Sequence[str] = (),
              hidden_row: int | None = None) -> bytes:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    for row in rows:
        sheet.append(row)
    for merge in merges:
        sheet.merge_cells(merge)
    if hidden_row is not None:
        sheet.row_dimensions[hidden_row].hidden = True
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()


def _changed(data: bytes, change: Callable[[str], str], part: str = SHEET) -> bytes:
    """The workbook with one part's XML changed."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as original, zipfile.ZipFile(out, "w") as copy:
        for item in original.infolist():
            content = original.read(item)
            if item.filename == part:
                content = change(content.decode()).encode()
            copy.writestr(item, content)
    return out.getvalue()


def _read(data: bytes, pick: Callable[[list[str]], Sequence[int]], *, full: bool
          ) -> list[Row] | str:
    """What the reader gives: the rows, or the refusal's message."""
    try:
        if full:
            with mock.patch.object(xlsxsheet, "picked_rows", lambda *_args: None), \
                    mock.patch.object(xlsxsheet, "shared_strings", lambda *_args: None):
                return rows_of("x.xlsx", data, pick=pick)
        return rows_of("x.xlsx", data, pick=pick)
    except SheetError as exc:
        return str(exc)


def _same(data: bytes, columns: Sequence[int]) -> None:
    def pick(header: list[str]) -> list[int]:
        return [c for c in columns if c < len(header)]
    assert _read(data, pick, full=False) == _read(data, pick, full=True)


# Changes a writer other than openpyxl might make to the sheet's XML.
REWRITES: dict[str, Callable[[str], str]] = {
    "as written": lambda xml: xml,
    "cells without r=": lambda xml: re.sub(r'<c r="[A-Z]+[0-9]+"', "<c", xml, count=3),
    "rows without r=": lambda xml: re.sub(r'<row r="[0-9]+"', "<row", xml, count=2),
    "inline strings": lambda xml: re.sub(
        r'<c r="([A-Z]+[0-9]+)" t="s"><v>0</v></c>',
        r'<c r="\1" t="inlineStr"><is><t xml:space="preserve"> a &amp; b </t></is></c>', xml),
    "empty <v/>": lambda xml: re.sub(r"<v>[^<]*</v>", "<v/>", xml, count=2),
    "empty <v></v>": lambda xml: re.sub(r"<v>[^<]*</v>", "<v></v>", xml, count=2),
    "CDATA": lambda xml: re.sub(r"<v>([0-9]+)</v>", r"<v><![CDATA[\1]]></v>", xml, count=2),
    "character references": lambda xml: xml.replace("<v>1", "<v>&#49;").replace(
        "<v>2", "<v>&#x32;"),
    "formulas giving text": lambda xml: re.sub(
        r'<c r="([A-Z]+[0-9]+)" t="s"><v>[0-9]+</v></c>',
        r'<c r="\1" t="str"><f>"x"</f><v> x </v></c>', xml, count=2),
    "errors": lambda xml: re.sub(r'<c r="([A-Z]+[0-9]+)" t="n"><v>[^<]*</v>',
                                 r'<c r="\1" t="e"><v>#DIV/0!</v>', xml),
    "booleans": lambda xml: re.sub(r'<c r="([A-Z]+[0-9]+)" t="n"><v>([^<]*)</v>',
                                   r'<c r="\1" t="b"><v>1</v>', xml, count=1),
    "lower-case references": lambda xml: xml.replace('<c r="B', '<c r="b'),
    "single quotes": lambda xml: xml.replace(' t="s"', " t='s'"),
    "a tag on its own line": lambda xml: xml.replace("<v>", "\n<v>", 3),
    "carriage returns": lambda xml: xml.replace("</row>", "\r\n</row>"),
    "a comment": lambda xml: xml.replace("<sheetData>", "<sheetData><!-- x -->"),
    "a processing instruction": lambda xml: xml.replace("</row>", "<?x y?></row>", 1),
    "rich inline text": lambda xml: re.sub(
        r'<c r="(A[0-9]+)" t="s"><v>[0-9]+</v></c>',
        r'<c r="\1" t="inlineStr"><is><r><t>SOC</t></r><r><t>/\1</t></r></is></c>', xml),
    "rows out of order": lambda xml: re.sub(
        r'(<row r="2".*?</row>)(<row r="3".*?</row>)', r"\2\1", xml, flags=re.S),
}


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(rows=st.lists(st.lists(values, max_size=4), min_size=1, max_size=6),
       columns=st.lists(st.integers(0, 4), min_size=1, max_size=4),
       rewrite=st.sampled_from(sorted(REWRITES)),
       merge=st.sampled_from([(), ("B3:C4",), ("A5:A6",)]),
       hidden_row=st.sampled_from([None, 3]))
def test_the_fast_reader_reads_every_workbook_as_the_full_reader(
        rows: list[list[object]], columns: list[int], rewrite: str, merge: tuple[str, ...],
        hidden_row: int | None) -> None:
    data = _changed(_workbook([["Ärende", "Team", "Beslut", "Kvar"], *rows], merge,
                              hidden_row), REWRITES[rewrite])
    _same(data, columns)


def _plain_population(rows: int = 50) -> bytes:
    return _workbook([["Ärende", "Team", "Beslut"],
                      *([f"SOC/{n}", f"Team {n % 3}", dt.date(2024, 1, 1 + n % 28)]
                        for n in range(rows))])


def _fast(data: bytes, pick: Callable[[list[str]], Sequence[int]]) -> list[Row] | None:
    """What the fast reader gives alone (None: it leaves the sheet to the full reader)."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        strings: list[str] | None = []
        if "xl/sharedStrings.xml" in archive.namelist():
            strings = xlsxpicked.shared_strings(archive.read("xl/sharedStrings.xml"))
        assert strings is not None
        return xlsxpicked.picked_rows(archive.read(SHEET), strings, pick,
                                      lambda xml: xlsxsheet._fragment(strings, xml))


def test_a_plain_workbook_is_read_by_the_fast_reader() -> None:
    data = _plain_population()
    rows = _fast(data, lambda _header: [2, 0])
    assert rows is not None
    assert rows[:3] == [(1, ["Ärende", "Team", "Beslut"]), (2, ["45292", "SOC/0"]),
                        (3, ["45293", "SOC/1"])]
    assert rows == _read(data, lambda _header: [2, 0], full=True)


def test_rows_holding_something_only_outside_the_picked_columns_are_rows() -> None:
    data = _workbook([["Ärende", "Team"], ["SOC/1", "A"], [None, "B"], [None, None],
                      ["SOC/2", None]])
    rows = _fast(data, lambda _header: [0])
    assert rows == [(1, ["Ärende", "Team"]), (2, ["SOC/1"]), (3, [""]), (5, ["SOC/2"])]


@pytest.mark.parametrize("rewrite", ["a comment", "cells without r=",
                                     "empty <v/>", "CDATA", "formulas giving text",
                                     "lower-case references", "single quotes",
                                     "carriage returns", "a processing instruction",
                                     "rich inline text"])
def test_anything_unusual_is_left_to_the_full_reader(tmp_path: Path, rewrite: str) -> None:
    path = tmp_path / "lista.xlsx"
    write_xlsx(path, [[f"SOC/{n}", f"{n} ", "Vuxen", str(45292 + n)] for n in range(5)])
    data = _changed(path.read_bytes(), REWRITES[rewrite])
    assert _fast(data, lambda _header: [0, 1, 2]) is None
    _same(data, [0, 1, 2])


@pytest.mark.parametrize("rewrite", ["as written", "character references", "inline strings",
                                     "rows without r="])
def test_plain_variations_are_read_by_the_fast_reader(tmp_path: Path, rewrite: str) -> None:
    path = tmp_path / "lista.xlsx"
    write_xlsx(path, [[f"SOC/{n}", f"{n} ", "Vuxen", str(45292 + n)] for n in range(5)])
    data = _changed(path.read_bytes(), REWRITES[rewrite])
    assert _fast(data, lambda _header: [0, 1, 3]) is not None
    _same(data, [0, 1, 3])


def test_a_dtd_is_refused_as_by_the_full_reader() -> None:
    data = _changed(_plain_population(5), lambda xml: xml.replace(
        "<worksheet", '<!DOCTYPE x [<!ENTITY a "b">]><worksheet', 1))
    assert _fast(data, lambda _header: [0]) is None
    with pytest.raises(SheetError, match="DTD"):
        rows_of("x.xlsx", data, pick=lambda _header: [0])


def test_a_long_text_outside_the_picked_columns_is_still_refused() -> None:
    data = _changed(_workbook([["Ärende", "Anteckning"], ["SOC/1", "kort"]]),
                    lambda xml: xml.replace(">kort<", f">{'x' * 40_000}<"))
    with pytest.raises(SheetError, match="rad 2, kolumn B"):
        rows_of("x.xlsx", data, pick=lambda _header: [0])


def test_a_formula_without_a_result_outside_the_picked_columns_is_still_refused() -> None:
    data = _workbook([["Ärende", "Summa"], ["SOC/1", "=1+1"]])
    with pytest.raises(SheetError, match="rad 2, kolumn B"):
        rows_of("x.xlsx", data, pick=lambda _header: [0])


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(rows=st.lists(st.tuples(texts, texts, texts, st.sampled_from(
    ["45292", "1.5", "", " 7 ", "007", "1e3"])), min_size=1, max_size=6),
       columns=st.lists(st.integers(0, 3), min_size=1, max_size=4))
def test_a_workbook_as_excel_writes_it_is_read_as_by_the_full_reader(
        tmp_path_factory: pytest.TempPathFactory, rows: list[tuple[str, ...]],
        columns: list[int]) -> None:
    path = tmp_path_factory.mktemp("excel") / "lista.xlsx"
    write_xlsx(path, [list(row) for row in rows])
    data = path.read_bytes()
    _same(data, columns)
    if all(t == t.strip() and t.isprintable() for row in rows for t in row):
        assert _fast(data, lambda header: [c for c in columns if c < len(header)]) is not None


def test_shared_strings_with_rich_text_are_read_by_the_full_reader() -> None:
    data = _workbook([["Ärende"], [CellRichText([TextBlock(InlineFont(b=True), "SOC"),
                                                 "/1"])]])
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        names = archive.namelist()
    assert rows_of("x.xlsx", data, pick=lambda _header: [0])[1:] == [(2, ["SOC/1"])] or \
        "xl/sharedStrings.xml" not in names


def test_a_sheet_too_large_to_read_whole_is_streamed_by_the_full_reader(
        tmp_path: Path) -> None:
    path = tmp_path / "lista.xlsx"
    write_xlsx(path, [[f"SOC/{n}", f"{n}", "Vuxen", str(45292 + n)] for n in range(5)])
    data = path.read_bytes()
    with mock.patch.object(xlsxsheet, "picked_rows") as fast, \
            mock.patch.object(xlsxsheet, "MAX_FAST_BYTES", 0):
        streamed = rows_of("x.xlsx", data, pick=lambda _header: [0, 3])
    fast.assert_not_called()
    assert streamed == rows_of("x.xlsx", data, pick=lambda _header: [0, 3])
    assert streamed[1] == (2, ["SOC/0", "45292"])


def test_a_row_above_the_header_written_after_it_is_left_to_the_full_reader() -> None:
    data = _workbook([[None, "Rubrik"], ["Ärende", "Team"], ["SOC/1", "A"]])

    def last(xml: str) -> str:  # row 1 written after the others
        first = re.search(r'<row r="1".*?</row>', xml, re.S)
        assert first is not None
        xml = xml.replace(first.group(), "", 1)
        return xml.replace("</sheetData>", first.group() + "</sheetData>")
    moved = _changed(data, last)
    assert _fast(moved, lambda _header: [0]) is None
    _same(moved, [0])
    assert rows_of("x.xlsx", moved, pick=lambda _header: [0])[0] == (1, ["", "Rubrik"])
