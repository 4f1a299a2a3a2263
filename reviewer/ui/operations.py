"""The app's door to the domain: every change runs a `reviewer.review` operation, becomes
one undo step, and is announced once through `changed` (Anki's CollectionOp/OpChanges).

Panes refresh from `changed`; none calls another.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from reviewer import review
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
        self._ops.replay(self._changes, forward=True)

    def undo(self) -> None:
        self._ops.replay(self._changes, forward=False)


class ProjectOps(QObject):
    changed = Signal(object)  # Changes

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

    def replay(self, changes: Changes, *, forward: bool) -> None:
        cells = changes.cells if forward else tuple(reversed(changes.cells))
        for cell in cells:
            # Replayed text was accepted (or deliberately kept) when first written.
            review.write_answer(self.project, cell.case_file_id, cell.question_key,
                                cell.after if forward else cell.before, author=self.author,
                                allow_identity=True)
        self.changed.emit(changes)
