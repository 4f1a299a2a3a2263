"""The app's door to the domain: every change runs a `reviewer.review` operation, becomes
one undo step, and is announced once through `changed` (Anki's CollectionOp/OpChanges).

`changed` carries the change and its initiator, the pane whose action it was: that pane
shows its own result and does not refresh a second time. Panes refresh from `changed`;
none calls another. While a change is announced, `sheet` reads each touched case file
once, however many panes ask for it.

The user's actions themselves are named functions in the modules beside this one
(`answers`, `structure`), as Anki's `aqt/operations/` are: every pane calls those.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from reviewer import review
from reviewer.errors import OperationError, ReviewerError
from reviewer.model import Changes
from reviewer.project import Project
from reviewer.rules.cells import CaseFileSheet
from reviewer.rules.sheet import read_case_file
from reviewer.ui.operations.keys import KeySession


class _ReplayCommand(QUndoCommand):
    """An answer change already made; undo and redo replay the cells' before/after."""

    def __init__(self, ops: ProjectOps, text: str, changes: Changes) -> None:
        super().__init__(text)
        self._ops = ops
        self._changes = changes
        self._done = True  # the operation ran before the command was pushed

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        self._replay(forward=True)

    def undo(self) -> None:
        self._replay(forward=False)

    def _replay(self, *, forward: bool) -> None:
        try:
            self._ops.replay(self._changes, forward=forward)
        except ReviewerError as exc:
            # E.g. the case file was signed off since: the step cannot be replayed, so it
            # leaves the stack, and the auditor is told why.
            self.setObsolete(True)
            self._ops.refused.emit(exc)


class ProjectOps(QObject):
    changed = Signal(object, object)  # Changes, the initiator (a pane) or None
    refused = Signal(object)  # a ReviewerError from an undo or redo that could not be made

    def __init__(self, project: Project, author: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.project = project
        self.author = author
        self.undo_stack = QUndoStack(self)
        self._sheets: dict[str, CaseFileSheet | None] | None = None  # during an announcement
        self.keys = KeySession(project, self)  # the key list, unlocked for the session or not

    @property
    def readonly(self) -> bool:
        return self.project.file.readonly

    def run(self, description: str, operation: Callable[[], Changes],
            initiator: object | None = None) -> Changes:
        """Run a domain operation; its errors reach the caller, nothing is pushed then."""
        changes = operation()
        if changes.cells:
            self.undo_stack.push(_ReplayCommand(self, description, changes))
        if changes != Changes():
            self._announce(changes, initiator)
        return changes

    def reloaded(self, units: frozenset[str]) -> None:
        """The project changed under the panes (a merge): they read it again, and the undo
        steps, which replay values from before, are dropped."""
        self.project.reload_info()
        self.undo_stack.clear()
        self._announce(Changes(project=True, units=units), None)

    def replay(self, changes: Changes, *, forward: bool) -> None:
        cells = changes.cells if forward else tuple(reversed(changes.cells))
        for cell in cells:
            # Replayed text was accepted (or deliberately kept) when first written.
            review.write_answer(self.project, cell.case_file_id, cell.question_key,
                                cell.after if forward else cell.before, author=self.author,
                                allow_identity=True)
        self._announce(changes, None)

    def sheet(self, case_file_id: str) -> CaseFileSheet | None:
        """The case file and its cells as stored now; None when it is no longer in the
        project. During an announcement each case file is read once for every pane."""
        if self._sheets is not None and case_file_id in self._sheets:
            return self._sheets[case_file_id]
        try:
            sheet: CaseFileSheet | None = read_case_file(self.project, case_file_id)
        except OperationError:  # removed with its unit
            sheet = None
        if self._sheets is not None:
            self._sheets[case_file_id] = sheet
        return sheet

    def _announce(self, changes: Changes, initiator: object | None) -> None:
        self._sheets = {}
        try:
            self.changed.emit(changes, initiator)
        finally:
            self._sheets = None
