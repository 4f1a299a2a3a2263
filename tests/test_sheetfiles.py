"""Review sheets as the auditor sees them: imported exactly so, or refused with the row and
column; damaged or hostile files refused with a message; reading is linear."""

from __future__ import annotations

import re
import time
import zipfile
from collections.abc import Callable
from pathlib import Path

import openpyxl
import pytest
from openpyxl.worksheet.worksheet import Worksheet

from reviewer.errors import OperationError, SheetError
from reviewer.gridimport import import_grid
from reviewer.model import Code
from reviewer.project import Project
from reviewer.review import add_unit
from tests.conftest import AUTHOR, snapshot, write_csv


def _answers(project: Project, unit_id: str, key: str = "1") -> list[str]:
    cells = [project.cells(f.id)[key] for f in project.case_files(unit_id)]
    return [c.code.value if c.code and not c.derived else "" for c in cells]


def _refused(project: Project, sheet: Path, *expected: str) -> str:
    """Import `sheet`, expect a refusal naming each of `expected`; nothing may change."""
    folder = sheet.parent
    before = snapshot(folder)
    with pytest.raises(SheetError) as caught:
        import_grid(project, sheet, "Torsby kommun", author=AUTHOR)
    message = str(caught.value)
    for text in expected:
        assert text in message
    assert project.units() == []
    assert snapshot(folder) == before
    return message


def _xlsx(path: Path, build: Callable[[openpyxl.Workbook, Worksheet], None]) -> Path:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    build(workbook, sheet)
    workbook.save(path)
    return path


def _two_files(_workbook: openpyxl.Workbook, sheet: Worksheet) -> None:
    sheet.append(["Fråga", 1, 2])
    sheet.append(["1", "Ja", "Nej"])


def _rewrite(source: Path, target: Path, part: str,
             change: Callable[[bytes], bytes | None]) -> Path:
    """A copy of a workbook with one part changed (None: left out)."""
    with zipfile.ZipFile(source) as original, zipfile.ZipFile(target, "w") as copy:
        for item in original.infolist():
            data = original.read(item.filename)
            if item.filename == part:
                changed = change(data)
                if changed is None:
                    continue
                data = changed
            copy.writestr(item.filename, data)
    return target


# -- CSV ---------------------------------------------------------------------------------

def test_header_only_sheet_is_refused_below_its_header(project: Project, tmp_path: Path,
                                                       en: None) -> None:
    sheet = write_csv(tmp_path / "ark.csv", [["Fråga", "1", "2"]])
    _refused(project, sheet, "row 2, column A", "no question rows")


def test_sheet_of_blank_answers_brings_its_case_files_only(project: Project,
                                                           tmp_path: Path) -> None:
    sheet = write_csv(tmp_path / "ark.csv", [["Fråga", "1", "2"], ["1", "", ""]])
    result = import_grid(project, sheet, "Torsby kommun", author=AUTHOR)
    assert (result.files, result.answers) == (2, 0)
    assert [f.label for f in project.case_files(result.unit_id)] == ["1", "2"]


@pytest.mark.parametrize("length", [40_000, 131_073, 200_000],
                         ids=["over-excel-limit", "over-csv-module-limit", "far-over"])
def test_overlong_cell_is_refused_with_its_row_and_column(project: Project, tmp_path: Path,
                                                          length: int, en: None) -> None:
    sheet = write_csv(tmp_path / "ark.csv", [["Fråga", "1", "2"], ["1", "Ja", "Ja"],
                                             ["2", "Ja", "Eb: " + "x" * length]],
                      delimiter=";")
    _refused(project, sheet, "row 3, column C", "longer than 32767 characters")


def test_overlong_quoted_cell_with_delimiters_inside_is_placed_right(
        project: Project, tmp_path: Path, en: None) -> None:
    reason = "Eb: " + "a;\"b\"\n" * 30_000
    sheet = write_csv(tmp_path / "ark.csv", [["Fråga", "1", "2", "3"],
                                             ["1", "Ja", reason, "Ja"]], delimiter=";")
    _refused(project, sheet, "row 2, column C")


def test_cell_beyond_the_header_is_refused_not_dropped(project: Project, tmp_path: Path,
                                                       en: None) -> None:
    sheet = write_csv(tmp_path / "ark.csv", [["Fråga", "1", "2"], ["1", "Ja", "Ja", "Nej"]],
                      delimiter=";")
    _refused(project, sheet, "row 2, column D", "'Nej'")


def test_summa_column_and_blank_cells_beyond_the_header_are_fine(project: Project,
                                                                 tmp_path: Path) -> None:
    sheet = write_csv(tmp_path / "ark.csv", [["Fråga", "1", "2", "Summa"],
                                             ["1", "Ja", "Nej", "1/2", "", " "]])
    result = import_grid(project, sheet, "Torsby kommun", author=AUTHOR)
    assert _answers(project, result.unit_id) == ["Ja", "Nej"]


def test_repeated_question_names_both_of_its_own_rows(project: Project, tmp_path: Path,
                                                      en: None) -> None:
    sheet = write_csv(tmp_path / "ark.csv", [["Fråga", "1"], ["1", "Ja"], ["2", "Ja"],
                                             ["2", "Ja"]])
    _refused(project, sheet, "row 4, column A: question 2 appears twice (also row 3)")


def test_problem_rows_count_blank_rows_as_the_sheet_does(project: Project, tmp_path: Path,
                                                         en: None) -> None:
    sheet = write_csv(tmp_path / "ark.csv", [[], ["Fråga", "1"], [], ["1", "Ja"], [""],
                                             ["1", "Nej"]])
    _refused(project, sheet, "row 6, column A: question 1 appears twice (also row 4)")


@pytest.mark.parametrize("first_cell", ["Fråga, text, mer", "Fråga, se not 1, 2 och 3",
                                        "Kontrollfråga (Ja, Nej, Eb, Et)"])
def test_semicolon_sheet_with_commas_in_its_first_cell_reads_as_semicolons(
        project: Project, tmp_path: Path, first_cell: str) -> None:
    sheet = write_csv(tmp_path / "ark.csv", [[first_cell, "1", "2"], ["1", "Ja", "Nej"],
                                             ["2", "Eb: saknas, se akt", "Ja"]],
                      delimiter=";")
    result = import_grid(project, sheet, "Torsby kommun", author=AUTHOR)
    assert result.files == 2
    assert _answers(project, result.unit_id) == ["Ja", "Nej"]
    assert _answers(project, result.unit_id, "2") == ["Eb", "Ja"]


@pytest.mark.parametrize("delimiter", [",", "\t"], ids=["comma", "tab"])
def test_comma_and_tab_sheets_with_semicolons_in_cells_still_read(
        project: Project, tmp_path: Path, delimiter: str) -> None:
    sheet = write_csv(tmp_path / "ark.csv", [["Fråga; text", "1", "2"],
                                             ["1", "Eb: a; b; c", "Ja"]], delimiter=delimiter)
    result = import_grid(project, sheet, "Torsby kommun", author=AUTHOR)
    assert _answers(project, result.unit_id) == ["Eb", "Ja"]


def test_more_case_files_than_a_unit_holds_is_refused_like_add_unit(
        project: Project, tmp_path: Path, en: None) -> None:
    labels = [str(n) for n in range(1, 1002)]
    sheet = write_csv(tmp_path / "ark.csv", [["Fråga", *labels], ["1", *["Ja"] * 1001]])
    # Column 1002 (ALN) holds the 1001st file.
    _refused(project, sheet, "row 1, column ALN", "at most 1000 case files")
    with pytest.raises(OperationError):
        add_unit(project, "Torsby kommun", files=1001)


def test_sheet_into_an_existing_unit_may_not_pass_the_limit(project: Project,
                                                            tmp_path: Path) -> None:
    unit, _changes = add_unit(project, "Torsby kommun", files=999)
    sheet = write_csv(tmp_path / "ark.csv", [["Fråga", "998", "999", "1000", "1001"],
                                             ["1", "Ja", "Ja", "Ja", "Ja"]])
    with pytest.raises(OperationError, match="1000"):
        import_grid(project, sheet, "Torsby kommun", author=AUTHOR)
    assert len(project.case_files(unit.id)) == 999


def test_forty_thousand_bad_rows_are_all_reported_quickly(project: Project,
                                                          tmp_path: Path) -> None:
    # Each row used to be looked up in the whole sheet: 40,000 rows took 14 s.
    rows = [["Fråga", "1"], *([f"Okänd fråga {n}", "Ja"] for n in range(40_000))]
    sheet = write_csv(tmp_path / "ark.csv", rows)
    started = time.perf_counter()
    with pytest.raises(SheetError) as caught:
        import_grid(project, sheet, "Torsby kommun", author=AUTHOR)
    assert time.perf_counter() - started < 5
    assert len(caught.value.problems) == 40_000
    assert caught.value.problems[-1].row == 40_001


# -- Excel: what the auditor sees -----------------------------------------------------------

def test_hidden_first_sheet_is_passed_over_for_the_visible_active_one(
        project: Project, tmp_path: Path) -> None:
    def build(workbook: openpyxl.Workbook, old: Worksheet) -> None:
        old.title = "Gammal"
        old.append(["Fråga", 1, 2])
        old.append(["1", "Nej", "Nej"])
        old.sheet_state = "hidden"
        current = workbook.create_sheet("Granskning")
        current.append(["Fråga", 1, 2])
        current.append(["1", "Ja", "Eb: framgår inte"])
        workbook.active = 1

    result = import_grid(project, _xlsx(tmp_path / "ark.xlsx", build), "Torsby kommun",
                         author=AUTHOR)
    assert _answers(project, result.unit_id) == ["Ja", "Eb"]


def test_of_two_visible_sheets_the_active_one_is_imported(project: Project,
                                                          tmp_path: Path) -> None:
    def build(workbook: openpyxl.Workbook, first: Worksheet) -> None:
        first.append(["Fråga", 1])
        first.append(["1", "Nej"])
        second = workbook.create_sheet("Ark2")
        second.append(["Fråga", 1])
        second.append(["1", "Ja"])
        workbook.active = 1

    result = import_grid(project, _xlsx(tmp_path / "ark.xlsx", build), "Torsby kommun",
                         author=AUTHOR)
    assert _answers(project, result.unit_id) == ["Ja"]


def test_merged_answer_counts_for_every_file_it_spans(project: Project,
                                                      tmp_path: Path) -> None:
    def build(_workbook: openpyxl.Workbook, sheet: Worksheet) -> None:
        sheet.append(["Fråga", 1, 2, 3, 4])
        sheet.append(["1", "Ja", None, None, "Nej"])
        sheet.append(["2", "Eb: ingen uppgift", None, "Ja", "Ja"])
        sheet.merge_cells("B2:D2")
        sheet.merge_cells("B3:C3")

    result = import_grid(project, _xlsx(tmp_path / "ark.xlsx", build), "Torsby kommun",
                         author=AUTHOR)
    assert _answers(project, result.unit_id) == ["Ja", "Ja", "Ja", "Nej"]
    assert _answers(project, result.unit_id, "2") == ["Eb", "Eb", "Ja", "Ja"]
    second = project.case_files(result.unit_id)[1]
    assert project.cells(second.id)["2"].answer.reason == "ingen uppgift"


def test_merged_blank_hides_what_lies_under_it(project: Project, tmp_path: Path) -> None:
    # Excel shows a merged range by its first cell: values left under it are not seen.
    def build(_workbook: openpyxl.Workbook, sheet: Worksheet) -> None:
        sheet.append(["Fråga", 1, 2])
        sheet.append(["1", None, "Nej"])

    path = _xlsx(tmp_path / "plain.xlsx", build)
    merged = _rewrite(path, tmp_path / "ark.xlsx", "xl/worksheets/sheet1.xml",
                      lambda xml: xml.replace(b"</sheetData>", b"</sheetData><mergeCells "
                                              b"count=\"1\"><mergeCell ref=\"B2:C2\"/>"
                                              b"</mergeCells>"))
    path.unlink()
    result = import_grid(project, merged, "Torsby kommun", author=AUTHOR)
    assert _answers(project, result.unit_id) == ["", ""]


def test_formula_without_a_saved_result_is_refused_with_its_cell(project: Project,
                                                                 tmp_path: Path,
                                                                 en: None) -> None:
    def build(_workbook: openpyxl.Workbook, sheet: Worksheet) -> None:
        sheet.append(["Fråga", 1, 2])
        sheet.append(["1", "Ja", "=B2"])

    _refused(project, _xlsx(tmp_path / "ark.xlsx", build), "row 2, column C",
             "formula with no saved result")


def test_formula_with_a_saved_result_imports_that_result(project: Project,
                                                         tmp_path: Path) -> None:
    def build(_workbook: openpyxl.Workbook, sheet: Worksheet) -> None:
        sheet.append(["Fråga", 1, 2])
        sheet.append(["1", "Ja", "=B2"])

    path = _xlsx(tmp_path / "plain.xlsx", build)
    saved = _rewrite(path, tmp_path / "ark.xlsx", "xl/worksheets/sheet1.xml",
                     lambda xml: xml.replace(b'<c r="C2"><f>B2</f><v></v></c>',
                                             b'<c r="C2" t="str"><f>B2</f><v>Ja</v></c>'))
    result = import_grid(project, saved, "Torsby kommun", author=AUTHOR)
    assert _answers(project, result.unit_id) == ["Ja", "Ja"]


@pytest.mark.parametrize("hide", ["row", "column"])
def test_hidden_row_or_column_with_content_is_refused(project: Project, tmp_path: Path,
                                                      hide: str, en: None) -> None:
    def build(_workbook: openpyxl.Workbook, sheet: Worksheet) -> None:
        sheet.append(["Fråga", 1, 2])
        sheet.append(["1", "Ja", "Nej"])
        sheet.append(["2", "Ja", "Ja"])
        if hide == "row":
            sheet.row_dimensions[3].hidden = True
        else:
            sheet.column_dimensions["C"].hidden = True

    where = "row 3, column A" if hide == "row" else "row 1, column C"
    _refused(project, _xlsx(tmp_path / "ark.xlsx", build), where, f"the {hide} is hidden")


def test_sheet_in_shared_strings_with_prefixes_and_phonetics_reads_as_excel_shows_it(
        project: Project, tmp_path: Path) -> None:
    # What Excel and the OpenXML SDK write: texts in a shared table (rich runs, phonetic
    # guides), element prefixes, cells without references, numbers as 1.0 and 2E0.
    main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    relations = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    package = "http://schemas.openxmlformats.org/package/2006/relationships"
    kind = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
    path = tmp_path / "ark.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("_rels/.rels", f'<Relationships xmlns="{package}"><Relationship '
                         f'Id="rId1" Type="{kind}officeDocument" Target="/xl/workbook.xml"/>'
                         "</Relationships>")
        archive.writestr("xl/workbook.xml", f'<?xml version="1.0" encoding="UTF-8"?>'
                         f'<x:workbook xmlns:x="{main}" xmlns:r="{relations}"><x:sheets>'
                         '<x:sheet name="Ark1" sheetId="1" r:id="rId1"/></x:sheets>'
                         "</x:workbook>")
        archive.writestr("xl/_rels/workbook.xml.rels", f'<Relationships xmlns="{package}">'
                         f'<Relationship Id="rId1" Type="{kind}worksheet" '
                         'Target="worksheets/sheet1.xml"/><Relationship Id="rId2" '
                         f'Type="{kind}sharedStrings" Target="sharedStrings.xml"/>'
                         "</Relationships>")
        archive.writestr("xl/sharedStrings.xml", f'<x:sst xmlns:x="{main}">'
                         "<x:si><x:t>Fråga</x:t></x:si>"
                         "<x:si><x:r><x:t>J</x:t></x:r><x:r><x:t>a</x:t></x:r>"
                         "<x:rPh><x:t>ヤ</x:t></x:rPh></x:si>"
                         "<x:si><x:t xml:space=\"preserve\"> Eb: saknas </x:t></x:si>"
                         "</x:sst>")
        archive.writestr("xl/worksheets/sheet1.xml", f'<x:worksheet xmlns:x="{main}">'
                         "<x:sheetData><x:row><x:c t=\"s\"><x:v>0</x:v></x:c><x:c><x:v>1.0"
                         "</x:v></x:c><x:c><x:v>2E0</x:v></x:c></x:row>"
                         '<x:row r="3"><x:c r="A3"><x:v>1</x:v></x:c><x:c r="B3" t="s">'
                         '<x:v>1</x:v></x:c><x:c r="C3" t="s"><x:v>2</x:v></x:c></x:row>'
                         "</x:sheetData></x:worksheet>")
    result = import_grid(project, path, "Torsby kommun", author=AUTHOR)
    files = project.case_files(result.unit_id)
    assert [f.label for f in files] == ["1", "2"]
    assert _answers(project, result.unit_id) == ["Ja", "Eb"]
    assert project.cells(files[1].id)["1"].answer.reason == "saknas"


# -- Excel: damaged and hostile workbooks -------------------------------------------------

# The billion laughs: &i; would expand to 10^9 characters.
_LAUGHS = (b'<!DOCTYPE worksheet [<!ENTITY a "aaaaaaaaaa">'
           + b"".join(b'<!ENTITY %s "%s">' % (bytes([98 + n]), b"&%s;" % bytes([97 + n]) * 10)
                      for n in range(8))
           + b"]>")


def _with_dtd(xml: bytes) -> bytes:
    """The part with the billion laughs declared in its prolog (after its XML declaration)."""
    declaration, mark, rest = xml.partition(b"?>")
    return declaration + mark + _LAUGHS + rest if mark else _LAUGHS + xml


def _damage(name: str) -> tuple[str, Callable[[bytes], bytes | None], str]:
    """Which part to change, how, and what the refusal says."""
    sheet = "xl/worksheets/sheet1.xml"
    return {
        "truncated-sheet-xml": (sheet, lambda xml: xml[: len(xml) // 2], "the XML of"),
        "no-sheets": ("xl/workbook.xml",
                      lambda xml: re.sub(rb"<sheets>.*</sheets>", b"", xml),
                      "lists no sheets"),
        "missing-sheet-part": (sheet, lambda xml: None, "is missing"),
        "dtd-with-entities": (sheet, lambda xml: _with_dtd(xml.replace(
            b"<t>Ja</t>", b"<t>&i;</t>")), "declares a DTD"),
        "dtd-in-the-workbook-part": ("xl/workbook.xml", _with_dtd, "declares a DTD"),
        "external-entity": (sheet, lambda xml: b'<!DOCTYPE w [<!ENTITY e SYSTEM '
                            b'"file:///etc/passwd">]>' + xml.replace(b"<t>Ja</t>",
                                                                     b"<t>&e;</t>"),
                            "declares a DTD"),
        "undeclared-entity": (sheet, lambda xml: xml.replace(b"<t>Ja</t>", b"<t>&e;</t>"),
                              "the XML of"),
        "cell-reference-out-of-sheet": (sheet, lambda xml: xml.replace(b'r="B2"',
                                                                       b'r="B9999999"'),
                                        "outside the sheet"),
    }[name]


@pytest.mark.parametrize("case", ["truncated-sheet-xml", "no-sheets", "missing-sheet-part",
                                  "dtd-with-entities", "dtd-in-the-workbook-part",
                                  "external-entity", "undeclared-entity",
                                  "cell-reference-out-of-sheet"])
def test_damaged_or_hostile_workbook_is_refused_with_a_message(project: Project,
                                                               tmp_path: Path, case: str,
                                                               en: None) -> None:
    part, change, expected = _damage(case)
    good = _xlsx(tmp_path.parent / f"{tmp_path.name}-good.xlsx", _two_files)
    sheet = _rewrite(good, tmp_path / "ark.xlsx", part, change)
    message = _refused(project, sheet, expected)
    assert "row 0" not in message


def test_workbook_that_unpacks_beyond_the_bound_is_refused(project: Project, tmp_path: Path,
                                                           monkeypatch: pytest.MonkeyPatch,
                                                           en: None) -> None:
    from reviewer import xlsxsheet

    # The bound is 512 MB; a test does not need to write a zip bomb of that size.
    monkeypatch.setattr(xlsxsheet, "MAX_XML_BYTES", 2_000)
    def build(_workbook: openpyxl.Workbook, sheet: Worksheet) -> None:
        for _n in range(3):
            sheet.append(["1", "Ja" * 500])

    _refused(project, _xlsx(tmp_path / "ark.xlsx", build), "unpacks to more than")


def test_old_xls_or_password_protected_workbook_is_refused_with_advice(
        project: Project, tmp_path: Path, en: None) -> None:
    path = tmp_path / "ark.xlsx"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600)
    _refused(project, path, "save it as .xlsx")


def test_chart_as_the_active_sheet_is_refused(project: Project, tmp_path: Path,
                                              en: None) -> None:
    def build(workbook: openpyxl.Workbook, sheet: Worksheet) -> None:
        _two_files(workbook, sheet)
        workbook.create_chartsheet("Diagram")
        workbook.active = 1

    _refused(project, _xlsx(tmp_path / "ark.xlsx", build), "Diagram holds no table")


def test_bad_cell_in_an_xlsx_is_named_by_its_own_row(project: Project, tmp_path: Path,
                                                     en: None) -> None:
    def build(_workbook: openpyxl.Workbook, sheet: Worksheet) -> None:
        sheet["A3"] = "Fråga"
        sheet["B3"] = 1
        sheet["A7"] = "1"
        sheet["B7"] = "Kanske"

    _refused(project, _xlsx(tmp_path / "ark.xlsx", build), "row 7, column B")


def test_imported_answers_stay_answers_of_their_file(project: Project, tmp_path: Path) -> None:
    def build(_workbook: openpyxl.Workbook, sheet: Worksheet) -> None:
        sheet.append(["Fråga", "A", "B", "C"])
        sheet.append(["8", "Ja", "Nej", "Ja"])
        sheet.append(["8a", "Nej", None, "Et: ej aktuellt"])

    result = import_grid(project, _xlsx(tmp_path / "ark.xlsx", build), "Torsby kommun",
                         author=AUTHOR)
    files = project.case_files(result.unit_id)
    assert [project.cells(f.id)["8a"].code for f in files] == [Code.NEJ, Code.ET, Code.ET]
    assert [project.cells(f.id)["8a"].derived for f in files] == [False, True, False]


# -- the command line ---------------------------------------------------------------------

def _bad_sheets(folder: Path) -> dict[str, Path]:
    """One sheet for each way a sheet was seen to go wrong."""
    good = _xlsx(folder / "good.xlsx", _two_files)

    def damaged(name: str) -> Path:
        part, change, _expected = _damage(name)
        return _rewrite(good, folder / f"{name}.xlsx", part, change)

    def formula(_workbook: openpyxl.Workbook, sheet: Worksheet) -> None:
        sheet.append(["Fråga", 1, 2])
        sheet.append(["1", "Ja", "=B2"])

    return {
        "header-only": write_csv(folder / "header.csv", [["Fråga", "1", "2"]]),
        "long-cell": write_csv(folder / "long.csv", [["Fråga", "1"], ["1", "x" * 140_000]]),
        "extra-cell": write_csv(folder / "extra.csv", [["Fråga", "1", "2"],
                                                       ["1", "Ja", "Ja", "Nej"]], delimiter=";"),
        "too-many-files": write_csv(folder / "many.csv", [["Fråga", *map(str, range(1, 1002))],
                                                          ["1", *["Ja"] * 1001]]),
        **{name: damaged(name) for name in ("truncated-sheet-xml", "no-sheets",
                                            "missing-sheet-part", "dtd-with-entities")},
        "formula": _xlsx(folder / "formula.xlsx", formula),
        "directory": folder,
    }


def test_import_grid_command_refuses_every_bad_sheet_with_exit_2(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from tests.test_cli import cli

    project = tmp_path / "granskning" / "p.aktg"
    project.parent.mkdir()
    assert cli("new", project, "--title", "T") == 0
    sheets = _bad_sheets(tmp_path)
    before = snapshot(project.parent)
    capsys.readouterr()
    for name, sheet in sheets.items():
        assert cli("import-grid", project, sheet, "--unit", "Torsby kommun") == 2, name
        captured = capsys.readouterr()
        assert captured.err.startswith("Fel: Arket "), name
        assert "Traceback" not in captured.err and captured.out == "", name
    assert snapshot(project.parent) == before


def test_import_grid_command_refuses_a_damaged_workbook_without_a_traceback(
        tmp_path: Path) -> None:
    from tests.test_cli import run

    project = tmp_path / "p.aktg"
    run("new", project, "--title", "T")
    good = _xlsx(tmp_path / "good.xlsx", _two_files)
    part, change, _expected = _damage("dtd-with-entities")
    sheet = _rewrite(good, tmp_path / "ark.xlsx", part, change)
    before = project.read_bytes()
    result = run("import-grid", project, sheet, "--unit", "Torsby kommun", "--lang", "en")
    assert result.returncode == 2
    assert result.stderr.startswith("Error: The sheet ") and "declares a DTD" in result.stderr
    assert "Traceback" not in result.stderr
    assert project.read_bytes() == before
