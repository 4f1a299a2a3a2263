"""Properties over random reviews: Summa = a plain recount, derived answers follow their
parent in every order of edits, and the event history replays to the current state."""

from __future__ import annotations

import contextlib
import itertools
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reviewer import review
from reviewer.errors import OperationError
from reviewer.model import Answer, Cell, Code, Convention, Template
from reviewer.project import Project
from reviewer.summary import summarize
from reviewer.templates import builtin_template
from tests.conftest import AUTHOR, audit_trail

TEMPLATE: Template = builtin_template()
# A deeper chain than the built-in form has, so grandparents are exercised too.
NESTED = Template(name="nested", questions=(
    *TEMPLATE.questions[:2],
    TEMPLATE.questions[8].__class__(key="2a", text="Under 2", parent="2"),
    TEMPLATE.questions[8].__class__(key="2a1", text="Under 2a", parent="2a"),
))
CODES = st.sampled_from([Code.JA, Code.NEJ, Code.EB, Code.ET, None])
FAST = settings(max_examples=40, deadline=None,
                suppress_health_check=[HealthCheck.too_slow])


@contextmanager
def fresh_project(template: Template, files: int) -> Iterator[tuple[Project, list[str]]]:
    with tempfile.TemporaryDirectory() as folder:
        project = review.create_project(Path(folder) / "p.aktg", title="P", template=template)
        unit, _ = review.add_unit(project, "Enhet", files=files)
        try:
            yield project, [f.id for f in project.case_files(unit.id)]
        finally:
            project.close()


def edits(template: Template, files: int) -> st.SearchStrategy[list[tuple[int, str, Code | None]]]:
    return st.lists(st.tuples(st.integers(0, files - 1), st.sampled_from(template.keys), CODES),
                    max_size=40)


def apply(project: Project, files: list[str], sequence: list[tuple[int, str, Code | None]]
          ) -> None:
    for index, key, code in sequence:
        # A derived sub-question refuses edits; the properties check what the rest gives.
        with contextlib.suppress(OperationError):
            review.set_answer(project, files[index], key, code, author=AUTHOR,
                              reason="Skäl" if code in (Code.EB, Code.ET) and index % 2 else None)


def recount(cells: list[dict[str, Cell]], key: str, convention: Convention) -> tuple[int, int]:
    codes = [c[key].code for c in cells]
    ja = codes.count(Code.JA)
    if convention is Convention.ALL:
        return ja, len(codes)
    if convention is Convention.APPLICABLE:
        return ja, sum(1 for c in codes if c is not Code.ET)
    return ja, sum(1 for c in codes if c not in (Code.EB, Code.ET))


@FAST
@given(st.data(), st.integers(1, 6))
def test_summa_under_each_convention_is_a_plain_recount(data: st.DataObject,
                                                       files: int) -> None:
    with fresh_project(TEMPLATE, files) as (project, ids):
        apply(project, ids, data.draw(edits(TEMPLATE, files)))
        cells = [project.cells(i) for i in ids]
        for convention in Convention:
            (summary,) = summarize(project, convention=convention)
            for question in summary.questions:
                expected = recount(cells, question.key, convention)
                assert (question.summa.numerator, question.summa.denominator) == expected
                column = [c[question.key] for c in cells]
                assert question.unanswered == sum(1 for c in column if c.code is None)
                assert question.missing_reasons == sum(1 for c in column if c.missing_reason)


@FAST
@given(edits(NESTED, 2))
def test_derived_answers_follow_the_parent_in_every_order(
        sequence: list[tuple[int, str, Code | None]]) -> None:
    model: dict[tuple[int, str], Code | None] = {}

    def reads_ja(index: int, key: str) -> bool:
        parent = NESTED.question(key).parent
        applies = parent is None or reads_ja(index, parent)
        return applies and model.get((index, key)) is Code.JA

    with fresh_project(NESTED, 2) as (project, ids):
        for index, key, code in sequence:
            parent = NESTED.question(key).parent
            allowed = parent is None or reads_ja(index, parent)
            try:
                review.set_answer(project, ids[index], key, code, author=AUTHOR)
            except OperationError:
                assert not allowed
            else:
                assert allowed
                model[(index, key)] = code
            for i, case_file in enumerate(ids):
                cells = project.cells(case_file)
                for question in NESTED.questions:
                    cell = cells[question.key]
                    applies = question.parent is None or reads_ja(i, question.parent)
                    assert cell.derived == (not applies)
                    expected = model.get((i, question.key)) if applies else Code.ET
                    assert cell.code is expected


@FAST
@given(edits(TEMPLATE, 3))
def test_event_history_replays_to_the_current_state(
        sequence: list[tuple[int, str, Code | None]]) -> None:
    with fresh_project(TEMPLATE, 3) as (project, ids):
        apply(project, ids, sequence)
        events = audit_trail(project)
        by_id = {e.id: e for e in events}
        successors = {e.replaces: e for e in events if e.replaces is not None}
        replayed: dict[tuple[str, str], Answer] = {}
        for event in events:
            if event.replaces is None:  # follow each cell's chain from its first event
                current = event
                while current.id in successors:
                    current = successors[current.id]
                replayed[(current.case_file_id, current.question_key)] = current.answer
        assert all(e.replaces is None or e.replaces in by_id for e in events)
        stored = {(f, k): c.answer for f in ids for k, c in project.stored_cells(f).items()}
        assert replayed == stored
        per_cell = sorted(itertools.groupby(sorted((e.case_file_id, e.question_key)
                                                   for e in events)))
        assert len(per_cell) == len(stored)
