"""The auditor's actions on a unit's sample, one function each: draw it from a list of
cases, extend it, replace a drawn case file by the next in the draw's order.

The list is read off the UI thread behind a busy dialog (a million rows take seconds);
the change is announced through `ProjectOps` like any other. The drawn case files'
identifying values go to the key list, which the flow has unlocked first: a draw is never
made whose key could not be kept. A draw is no undo step: its record cannot be unmade.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from reviewer import review
from reviewer.errors import ReviewerError
from reviewer.model import Changes
from reviewer.sampling.draw import DrawPlan
from reviewer.sampling.operations import (
    KeyEntries,
    Outcome,
    draw_into_unit,
    extend_unit,
    replace_file,
)
from reviewer.sampling.population import PopulationSpec
from reviewer.ui.exchange_dialogs import run_busy
from reviewer.ui.guarded import guarded, refused
from reviewer.ui.operations import ProjectOps

T = TypeVar("T")
Work = Callable[[bool, Callable[[KeyEntries], None]], tuple[T, Changes]]


def _run(parent: QWidget, ops: ProjectOps, description: str, work: Work[T]) -> T | None:
    """`work(allow_identity, keep)` off the UI thread as one announced change; then what it
    handed `keep` into the (unlocked) key list. Its result, or None when refused."""
    busy = QCoreApplication.translate("sampling", "Reading the list of cases and drawing…")
    results: list[T] = []
    entries: KeyEntries = []

    def change(allow: bool) -> Changes:
        result, changes = run_busy(parent, busy, lambda: work(allow, entries.extend))
        results.append(result)
        return changes

    guarded(parent, lambda allow: ops.run(description, lambda: change(allow), parent))
    if not results:
        return None
    try:
        ops.keys.store(entries)
    except ReviewerError as exc:  # the draw stands, its key unwritten: said, not hidden
        refused(parent, exc)
    return results[-1]


def can_draw_into(ops: ProjectOps, unit_name: str) -> bool:
    """Whether a sample can be drawn into the unit of that name (it holds no answers and
    was not drawn), or a new unit be made by that name."""
    try:
        review.check_sample_unit(ops.project, unit_name, allow_identity=True)
    except ReviewerError:
        return False
    return True


def check_replacement(ops: ProjectOps, case_file_id: str, reason: str) -> None:
    """What replacing the case file would refuse, before the list is read (a personnummer
    in the reason is asked about when it is made); UnconfirmedRemovalError when it holds
    answers."""
    review.check_replacement(ops.project, case_file_id, reason, allow_identity=True)


def draw(parent: QWidget, ops: ProjectOps, unit_name: str, spec: PopulationSpec,
         plan: DrawPlan, *, seed_typed: bool) -> Outcome | None:
    def work(allow: bool, keep: Callable[[KeyEntries], None]) -> tuple[Outcome, Changes]:
        outcome = draw_into_unit(ops.project, unit_name, spec, plan, seed_typed=seed_typed,
                                 author=ops.author, allow_identity=allow, keep=keep)
        return outcome, outcome.changes

    return _run(parent, ops, QCoreApplication.translate("sampling", "Draw a sample"), work)


def extend(parent: QWidget, ops: ProjectOps, unit_id: str, path: Path, by: int,
           stratum: str | None) -> list[tuple[str, str]] | None:
    """(case file id, number) of each case file added."""
    def work(allow: bool, keep: Callable[[KeyEntries], None]
             ) -> tuple[list[tuple[str, str]], Changes]:
        added = extend_unit(ops.project, unit_id, path, by, stratum=stratum,
                            author=ops.author, allow_identity=allow, keep=keep)
        return added, Changes(units=frozenset({unit_id}),
                              case_files=frozenset(i for i, _label in added))

    return _run(parent, ops, QCoreApplication.translate("sampling", "Extend the sample"),
                work)


def replace(parent: QWidget, ops: ProjectOps, case_file_id: str, reason: str, path: Path,
            *, confirm: bool) -> tuple[str, str] | None:
    """(id, number) of the case file put in the place of `case_file_id`."""
    case_file = ops.project.case_file(case_file_id)

    def work(allow: bool, keep: Callable[[KeyEntries], None]
             ) -> tuple[tuple[str, str], Changes]:
        new = replace_file(ops.project, case_file.unit_id, case_file.label, reason, path,
                           author=ops.author, allow_identity=allow, confirm=confirm,
                           keep=keep)
        return new, Changes(units=frozenset({case_file.unit_id}),
                            case_files=frozenset({case_file_id, new[0]}))

    return _run(parent, ops, QCoreApplication.translate("sampling", "Replace a case file"),
                work)
