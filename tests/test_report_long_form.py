"""The long form (CSV) carries the working notes when the report's options ask for them,
and the renderer prints what the report holds."""

from __future__ import annotations

import csv
from pathlib import Path

from reviewer import review
from reviewer.model import Code
from reviewer.report.builder import build_report
from reviewer.report.model import ReportOptions
from reviewer.report.output import write_report
from reviewer.templates import builtin_template
from tests.conftest import AUTHOR


def test_notes_asked_for_in_the_options_reach_the_csv(tmp_path: Path) -> None:
    with review.create_project(tmp_path / "a.aktg", title="T", template=builtin_template(),
                               units=[("Torsby kommun", 1)]) as project:
        (case_file,) = project.case_files(project.units()[0].id)
        review.set_answer(project, case_file.id, "2", Code.JA, author=AUTHOR,
                          note="Intern notis")
        report = build_report(project, project.units(), ReportOptions(notes=True))
    out = tmp_path / "lång.csv"
    write_report(report, "csv", out)
    with out.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    assert [r["note"] for r in rows if r["question_key"] == "2"] == ["Intern notis"]
