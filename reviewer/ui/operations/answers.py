"""The auditor's actions on answers, one function each, called by every pane that offers
them (the stepping form, the grid, the conflicts dialog).

Each runs its `reviewer.review` operation through `ProjectOps` as one undo step, asks
about a personnummer and explains a refusal (`guarded`); it returns the changes, or None
when nothing was stored. `initiator` is the pane that acted: it shows the result itself.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from reviewer import review
from reviewer.model import Answer, Changes, Code, Placement
from reviewer.ui.guarded import run_guarded
from reviewer.ui.operations import ProjectOps

Declined = Callable[[list[str]], None]  # told what looked like a personnummer


def set_answer(parent: QWidget, ops: ProjectOps, case_file_id: str, key: str,
               code: Code) -> Changes | None:
    """J/N/B/T, a click on an answer: the reason and note stay where they belong."""
    description = QCoreApplication.translate("operations", "Answer {key}").format(key=key)
    return run_guarded(parent, ops, description, lambda allow:
                       review.set_answer(ops.project, case_file_id, key, code,
                                         author=ops.author, allow_identity=allow))


def edit_text(parent: QWidget, ops: ProjectOps, case_file_id: str, key: str,
              code: Code | None, *, reason: str | None = None, note: str | None = None,
              declined: Declined | None = None) -> Changes | None:
    """The reason or the working note typed for a cell; `declined` is told when the
    auditor chose to change a text that looked like a personnummer."""
    description = QCoreApplication.translate("operations", "Edit {key}").format(key=key)
    return run_guarded(parent, ops, description, lambda allow:
                       review.set_answer(ops.project, case_file_id, key, code,
                                         author=ops.author, reason=reason, note=note,
                                         allow_identity=allow), declined=declined)


def set_placement(parent: QWidget, ops: ProjectOps, case_file_id: str, key: str, code: Code,
                  placement: Placement) -> Changes | None:
    description = QCoreApplication.translate("operations", "Footnote placement {key}").format(
        key=key)
    return run_guarded(parent, ops, description, lambda allow: review.set_answer(
                           ops.project, case_file_id, key, code, author=ops.author,
                           placement=placement, allow_identity=allow))


def decide_conflict(parent: QWidget, ops: ProjectOps, case_file_id: str, key: str,
                    chosen: Answer) -> Changes | None:
    # The side's text was checked (or deliberately kept) when it was first written.
    description = QCoreApplication.translate("operations", "Decide a conflict")
    return run_guarded(parent, ops, description, lambda _allow:
                       review.resolve_conflict(ops.project, case_file_id, key, chosen,
                                               author=ops.author, allow_identity=True))


def sign_off(parent: QWidget, ops: ProjectOps, case_file_id: str,
             name: str) -> Changes | None:
    description = QCoreApplication.translate("operations", "Sign off")
    return run_guarded(parent, ops, description, lambda allow: review.sign_off(
        ops.project, case_file_id, by=name, allow_identity=allow))


def reopen(parent: QWidget, ops: ProjectOps, case_file_id: str) -> Changes | None:
    description = QCoreApplication.translate("operations", "Reopen")
    return run_guarded(parent, ops, description, lambda _allow:
                       review.reopen(ops.project, case_file_id))
