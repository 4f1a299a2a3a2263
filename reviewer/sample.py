"""The sample project (`reviewer demo`): the published Torsby review and a made-up unit."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from reviewer import review
from reviewer.model import Code, Convention, Placement
from reviewer.paths import SAMPLE_DIR
from reviewer.project import Project
from reviewer.templates import builtin_template

REFERENCE = SAMPLE_DIR / "bilaga2-torsby.json"
AUTHOR = "Exempeldata"
TITLE = "EXEMPEL – aktgranskning missbruks- och beroendevård (exempeldata)"

# A made-up second unit, so the sample shows work in every state: rows are questions 1–8,
# columns files 1–6; '.' is unanswered. Sub-questions 8a–8c follow question 8.
_EXEMPELBY = {
    "1": "JJJNJ.",
    "2": "JNJJB.",
    "3": "JJJJJ.",
    "4": "TJNJ..",
    "5": "JJNJ..",
    "6": "NJNN..",
    "7": "JJJ...",
    "8": "JNJJ..",
}
_EXEMPELBY_REASONS = {
    ("2", 4): "Utredningen saknas i akten; endast beslutet finns.",
    ("4", 0): "Ej tillämpningsbart eftersom klienten saknar barn.",
}
_LETTERS = {"J": Code.JA, "N": Code.NEJ, "B": Code.EB, "T": Code.ET}


def load_reference() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(REFERENCE.read_text(encoding="utf-8"))
    return data


def write_demo(path: Path) -> Project:
    reference = load_reference()
    project = review.create_project(
        path, title=TITLE, template=builtin_template(), organisation="Torsby kommun",
        firm="Exempel", period="2024", convention=Convention.ALL,
        first_footnote=reference["first_footnote_number"], is_example=True)
    _add_torsby(project, reference)
    _add_exempelby(project)
    return project


def _add_torsby(project: Project, reference: dict[str, Any]) -> None:
    unit, _changes = review.add_unit(project, reference["unit"], files=len(reference["files"]))
    files = project.case_files(unit.id)
    shared: dict[str, str] = {}  # a parent key's Summa footnote, shared by its sub-questions
    for question in reference["questions"]:
        key = question["key"]
        cell_reasons = question.get("cell_footnotes", {})
        summa_reason = question.get("summa_footnote")
        if summa_reason and question.get("parent"):
            shared[question["parent"]] = summa_reason
        for case_file, value in zip(files, question["answers"], strict=True):
            if not project.cells(case_file.id)[key].derived:
                code = Code(value)
                reason, placement = cell_reasons.get(case_file.label), Placement.CELL
                if code.needs_reason and reason is None:
                    # The three Eb of 8a share one reason printed once on the Summa; 8b and
                    # 8c have the same cases and print theirs nowhere (as published).
                    reason = summa_reason or shared.get(question.get("parent", ""))
                    placement = Placement.SUMMA if summa_reason else Placement.NONE
                review.set_answer(project, case_file.id, key, code, author=AUTHOR,
                                  reason=reason, placement=placement)


def _add_exempelby(project: Project) -> None:
    unit, _changes = review.add_unit(project, "Exempelby kommun (påhittad)", files=10)
    files = project.case_files(unit.id)
    for key, row in _EXEMPELBY.items():
        for index, letter in enumerate(row):
            if letter in _LETTERS:
                review.set_answer(project, files[index].id, key, _LETTERS[letter],
                                  author=AUTHOR, reason=_EXEMPELBY_REASONS.get((key, index)))
    for index in range(4):  # the sub-questions of the files whose question 8 is Ja
        for key in ("8a", "8b", "8c"):
            if not project.cells(files[index].id)[key].derived:
                review.set_answer(project, files[index].id, key, Code.JA, author=AUTHOR)
    review.sign_off(project, files[0].id, by="Exempelgranskare")
