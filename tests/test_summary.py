"""Summaries: counts, conventions, findings, completeness and the cross-unit table."""

from __future__ import annotations

from pathlib import Path

from reviewer import review
from reviewer.model import Code, Convention, FileStatus
from reviewer.project import Project
from reviewer.rules.summa import Summa
from reviewer.sample import write_demo
from reviewer.summary import summarize


def test_summa_text_and_share() -> None:
    assert Summa(7, 10).text() == "7/10"
    assert Summa(7, 10).text(percent=True) == "7/10 (70 %)"
    assert Summa(0, 0).share is None and Summa(0, 0).text(percent=True) == "0/0"


def test_conventions_on_the_published_row_8a(tmp_path: Path) -> None:
    with write_demo(tmp_path / "x.aktg") as project:
        torsby = project.unit_by_name("Torsby kommun")
        row = {c: next(q for q in summarize(project, [torsby.id], c)[0].questions
                       if q.key == "8a") for c in Convention}
    assert (row[Convention.ALL].ja, row[Convention.ALL].eb, row[Convention.ALL].et) == (4, 4, 2)
    assert row[Convention.ALL].summa == Summa(4, 10)
    assert row[Convention.APPLICABLE].summa == Summa(4, 8)
    assert row[Convention.ASSESSED].summa == Summa(4, 4)
    assert row[Convention.ASSESSED].finding is None  # 8a has no finding phrase


def test_completeness_per_unit_matches_per_file_progress(tmp_path: Path) -> None:
    with write_demo(tmp_path / "x.aktg") as project:
        for summary in summarize(project):
            statuses = [project.progress(f).status for f in project.case_files(summary.unit.id)]
            assert summary.status_counts == {s: statuses.count(s) for s in FileStatus}
        exempelby = project.units()[1]
        assert not summarize(project, [exempelby.id])[0].complete
        assert summarize(project, [project.units()[0].id])[0].complete


def test_empty_unit_and_removed_files_count_nothing(project: Project) -> None:
    unit, _ = review.add_unit(project, "Tom enhet")
    (summary,) = summarize(project)
    assert summary.files == 0 and summary.questions[0].summa == Summa(0, 0)
    assert summary.findings == []  # "I 0 av 0 akter …" is no finding
    review.add_case_files(project, unit.id, 2)
    first, second = project.case_files(unit.id)
    review.set_answer(project, first.id, "2", Code.JA, author="A")
    review.set_answer(project, second.id, "2", Code.JA, author="A")
    review.remove_case_file(project, second.id, confirm=True)
    (summary,) = summarize(project)
    assert summary.questions[1].summa == Summa(1, 1)
    assert summary.questions[1].finding == \
        "I 1 av 1 akter har någon form av standardiserat bedömningsinstrument använts."
