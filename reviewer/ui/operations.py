"""The app's door to the domain: every change runs a `reviewer.review` operation, becomes
one undo step, and is announced once through `changed` (Anki's CollectionOp/OpChanges).

Panes refresh from `changed`; none calls another.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from reviewer import review
from reviewer.errors import ReviewerError
from reviewer.model import Changes
from reviewer.project import Project


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
    changed = Signal(object)  # Changes
    refused = Signal(object)  # a ReviewerError from an undo or redo that could not be made

    def __init__(self, project: Project, author: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.project = project
        self.author = author
        self.undo_stack = QUndoStack(self)

    @property
    def readonly(self) -> bool:
        return self.project.file.readonly

    def run(self, description: str, operation: Callable[[], Changes]) -> Changes:
        """Run a domain operation; its errors reach the caller, nothing is pushed then."""
        changes = operation()
        if changes.cells:
            self.undo_stack.push(_ReplayCommand(self, description, changes))
        if changes != Changes():
            self.changed.emit(changes)
        return changes

    def reloaded(self, units: frozenset[str]) -> None:
        """The project changed under the panes (a merge): they read it again, and the undo
        steps, which replay values from before, are dropped."""
        self.project.reload_info()
        self.undo_stack.clear()
        self.changed.emit(Changes(project=True, units=units))

    def replay(self, changes: Changes, *, forward: bool) -> None:
        cells = changes.cells if forward else tuple(reversed(changes.cells))
        for cell in cells:
            # Replayed text was accepted (or deliberately kept) when first written.
            review.write_answer(self.project, cell.case_file_id, cell.question_key,
                                cell.after if forward else cell.before, author=self.author,
                                allow_identity=True)
        self.changed.emit(changes)
