"""The auditor's actions on the project's structure, one function each: its details, units
and case files (added, removed, brought back), and a review sheet brought in.

Each runs its `reviewer.review` operation through `ProjectOps` as one undo step, asks
about a personnummer and explains a refusal; it returns what it made, or None when
nothing was stored.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from reviewer import review
from reviewer.model import Changes, Convention, Removed
from reviewer.ui.guarded import run_guarded
from reviewer.ui.operations import ProjectOps


def update_details(parent: QWidget, ops: ProjectOps, *, title: str, organisation: str,
                   firm: str, period: str, convention: Convention,
                   first_footnote: int) -> Changes | None:
    description = QCoreApplication.translate("operations", "Project details")
    return run_guarded(parent, ops, description, lambda allow: review.update_project(
        ops.project, title=title, organisation=organisation, firm=firm, period=period,
        convention=convention, first_footnote=first_footnote, allow_identity=allow))


def add_unit(parent: QWidget, ops: ProjectOps, name: str, files: int) -> str | None:
    """The new unit's id."""
    added: list[str] = []

    def add(allow: bool) -> Changes:
        unit, changes = review.add_unit(ops.project, name, files=files, allow_identity=allow)
        added.append(unit.id)
        return changes

    description = QCoreApplication.translate("operations", "Add a unit")
    return added[-1] if run_guarded(parent, ops, description, add) is not None else None


def add_case_file(parent: QWidget, ops: ProjectOps, unit_id: str) -> Changes | None:
    description = QCoreApplication.translate("operations", "Add a case file")
    return run_guarded(parent, ops, description, lambda _allow:
                       review.add_case_files(ops.project, unit_id, 1))


def remove_unit(parent: QWidget, ops: ProjectOps, unit_id: str) -> Changes | None:
    """After the auditor confirmed it: the unit leaves the project, its history stays."""
    description = QCoreApplication.translate("operations", "Remove the unit")
    return run_guarded(parent, ops, description, lambda _allow:
                       review.remove_unit(ops.project, unit_id, confirm=True))


def bring_back(parent: QWidget, ops: ProjectOps, item: Removed) -> Changes | None:
    """A removed unit, or a removed case file of a unit still there."""
    description = QCoreApplication.translate("operations", "Bring back a removed unit")
    return run_guarded(parent, ops, description, lambda _allow:
                       review.restore_unit(ops.project, item.unit_id)
                       if item.case_file_id is None
                       else review.restore_case_file(ops.project, item.case_file_id))
