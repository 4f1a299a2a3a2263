"""Grid import: the published table comes in exactly; any bad sheet changes nothing."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import openpyxl
import pytest

from reviewer import review
from reviewer.errors import OperationError, SheetError
from reviewer.gridimport import import_grid
from reviewer.model import Code
from reviewer.project import Project
from reviewer.summary import summarize
from tests.conftest import AUTHOR, reference_grid, snapshot, write_csv
from tests.test_privacy import PNR


def _published_summa(reference: dict[str, Any]) -> list[tuple[str, str]]:
    return [(q["key"], q["summa"]) for q in reference["questions"]]


def _summa(project: Project, unit_id: str) -> list[tuple[str, str]]:
    (summary,) = summarize(project, [unit_id])
    return [(q.key, q.summa.text()) for q in summary.questions]


def test_torsby_sheet_gives_the_published_summa_and_findings(
        project: Project, torsby_csv: Path, reference: dict[str, Any]) -> None:
    result = import_grid(project, torsby_csv, "Torsby kommun", author=AUTHOR)
    # The published table prints no reason for the four Eb of 8b and of 8c.
    assert (result.files, result.answers, result.missing_reasons) == (10, 104, 8)
    assert _summa(project, result.unit_id) == _published_summa(reference)
    (summary,) = summarize(project, [result.unit_id])
    assert summary.findings == [q["finding"] for q in reference["questions"] if "finding" in q]
    assert len(summary.findings) == 6


def test_imported_cells_match_the_reference_cell_by_cell(
        project: Project, torsby_csv: Path, reference: dict[str, Any]) -> None:
    result = import_grid(project, torsby_csv, "Torsby kommun", author=AUTHOR)
    files = project.case_files(result.unit_id)
    for question in reference["questions"]:
        cells = [project.cells(f.id)[question["key"]] for f in files]
        assert [c.code.value if c.code else "" for c in cells] == question["answers"]
        for label, reason in question.get("cell_footnotes", {}).items():
            assert cells[int(label) - 1].answer.reason == reason
    file1 = project.cells(files[0].id)
    assert file1["8a"].derived and file1["8a"].code is Code.ET


@pytest.mark.parametrize(("delimiter", "encoding"), [(";", "utf-8-sig"), (",", "utf-8-sig"),
                                                     (";", "cp1252")],
                         ids=["semicolon-bom", "comma-bom", "semicolon-windows-1252"])
def test_csv_as_swedish_excel_writes_it(project: Project, tmp_path: Path,
                                        reference: dict[str, Any], delimiter: str,
                                        encoding: str) -> None:
    rows = reference_grid(reference)
    # Question texts instead of keys, with messy spacing, and lower-case codes.
    for row, question in zip(rows[1:], reference["questions"], strict=True):
        row[0] = "  " + question["text"].replace(" ", "  ")
        row[1:-1] = [cell.lower() if ":" not in cell else cell for cell in row[1:-1]]
    sheet = write_csv(tmp_path / "ark.csv", rows, delimiter=delimiter, encoding=encoding)
    result = import_grid(project, sheet, "Torsby kommun", author=AUTHOR)
    assert _summa(project, result.unit_id) == _published_summa(reference)


def test_xlsx_sheet_imports_with_numeric_file_labels(project: Project, tmp_path: Path,
                                                     reference: dict[str, Any]) -> None:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    for row in reference_grid(reference):
        sheet.append([int(v) if v.isdigit() else v for v in row])
    path = tmp_path / "ark.xlsx"
    workbook.save(path)
    result = import_grid(project, path, "Torsby kommun", author=AUTHOR)
    assert [f.label for f in project.case_files(result.unit_id)] == reference["files"]
    assert _summa(project, result.unit_id) == _published_summa(reference)


def test_eb_without_reason_imports_flagged(project: Project, tmp_path: Path) -> None:
    sheet = write_csv(tmp_path / "ark.csv", [["Fråga", "1", "2"], ["1", "Eb", "Ja"]])
    result = import_grid(project, sheet, "Torsby kommun", author=AUTHOR)
    assert result.missing_reasons == 1
    first = project.case_files(result.unit_id)[0]
    assert project.cells(first.id)["1"].missing_reason


BAD_SHEETS = {
    "bad-cell": ([["Fråga", "1", "2"], ["1", "Ja", "Kanske"]], (2, "C", "Kanske")),
    "unknown-question": ([["Fråga", "1"], ["Finns barn?", "Ja"]], (2, "A", "Finns barn?")),
    "duplicate-label": ([["Fråga", "1", "1"], ["1", "Ja", "Ja"]], (1, "C", "1")),
    "empty-label": ([["Fråga", "1", "", "3"], ["1", "Ja", "Ja", "Ja"]], (1, "C", "")),
    "duplicate-question": ([["Fråga", "1"], ["2", "Ja"], ["2", "Nej"]], (3, "A", "2")),
    "sub-question-without-parent-ja": ([["Fråga", "1"], ["8", "Nej"], ["8a", "Ja"]],
                                       (3, "B", "8a")),
    "reason-on-ja": ([["Fråga", "1"], ["1", "Ja: för att"]], (2, "B", "")),
    "reason-without-answer": ([["Fråga", "1"], ["1", ": bara text"]], (2, "B", "")),
    "personnummer": ([["Fråga", "1"], ["4", f"Et: klient {PNR}"]], (2, "B", "")),
    "no-files": ([["Fråga"], ["1"]], (1, "B", "")),
    "empty": ([], (1, "A", "")),
}


@pytest.mark.parametrize("case", list(BAD_SHEETS))
def test_bad_sheet_is_rejected_whole_with_row_and_column(
        project: Project, tmp_path: Path, case: str, en: None) -> None:
    rows, (row, column, text) = BAD_SHEETS[case]
    # One good row too, so a half import would show.
    sheet = write_csv(tmp_path / "ark.csv", [*rows, ["3", *(["Ja"] * (len(rows[0]) - 1))]]
                      if rows else rows)
    before = snapshot(tmp_path)
    with pytest.raises(SheetError) as caught:
        import_grid(project, sheet, "Torsby kommun", author=AUTHOR)
    assert f"row {row}, column {column}" in str(caught.value)
    assert text in str(caught.value)
    assert project.units() == []
    assert snapshot(tmp_path) == before


def test_all_problems_of_a_sheet_are_listed(project: Project, tmp_path: Path) -> None:
    sheet = write_csv(tmp_path / "ark.csv", [["Fråga", "1", "2"], ["1", "Jo", "Nja"],
                                             ["Okänd", "Ja", "Ja"]])
    with pytest.raises(SheetError) as caught:
        import_grid(project, sheet, "Torsby kommun", author=AUTHOR)
    assert len(caught.value.problems) == 3


@pytest.mark.parametrize("content", [b"PK\x03\x04 not really a zip", b"\x00\x01\x02\x03"],
                         ids=["broken-xlsx", "binary"])
def test_unreadable_sheet_is_rejected(project: Project, tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "ark.xlsx"
    path.write_bytes(content)
    with pytest.raises(SheetError):
        import_grid(project, path, "Torsby kommun", author=AUTHOR)
    assert project.units() == []


def test_sheet_never_overwrites_a_unit_with_answers(project: Project, torsby_csv: Path) -> None:
    unit, _ = review.add_unit(project, "Torsby kommun", files=10)
    first = project.case_files(unit.id)[0]
    review.set_answer(project, first.id, "1", Code.NEJ, author=AUTHOR)
    with pytest.raises(OperationError):
        import_grid(project, torsby_csv, "Torsby kommun", author=AUTHOR)
    assert project.cells(first.id)["1"].code is Code.NEJ
    assert len(project.case_files(unit.id)) == 10


def test_sheet_fills_an_existing_empty_unit(project: Project, torsby_csv: Path,
                                            reference: dict[str, Any]) -> None:
    unit, _ = review.add_unit(project, "Torsby kommun", files=10)
    import_grid(project, torsby_csv, "torsby kommun", author=AUTHOR)
    assert len(project.case_files(unit.id)) == 10
    assert _summa(project, unit.id) == _published_summa(reference)
