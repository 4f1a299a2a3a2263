"""The auditor's changes of the project's template during the review, one function each:
the template changed as a whole (what the editor saves), a question added, edited, moved,
removed, and a question two copies changed apart decided.

Each runs its `reviewer.review` operation through `ProjectOps`, asks about a personnummer
and explains a refusal (`guarded`), and becomes one undo step that changes the template
back to what it was before (and forward again): the reverse change is recorded like any
other, so the history keeps both. It returns the changes, or None when nothing was stored.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QWidget

from reviewer import review
from reviewer.errors import ReviewerError
from reviewer.model import Changes, QuestionState, Template
from reviewer.ui.guarded import run_guarded
from reviewer.ui.operations import ProjectOps


class _TemplateCommand(QUndoCommand):
    """A change of the template already made; undo changes it back to `before`, redo to
    `after` (the template as it read after the change, with the keys of questions added)."""

    def __init__(self, ops: ProjectOps, text: str, before: Template, after: Template) -> None:
        super().__init__(text)
        self._ops = ops
        self._before = before
        self._after = after
        self._done = True  # the change was made before the command was pushed

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        self._change_to(self._after)

    def undo(self) -> None:
        self._change_to(self._before)

    def _change_to(self, template: Template) -> None:
        try:
            # The texts were accepted (or deliberately kept) when first written.
            self._ops.run(self.text(), lambda: review.change_template(
                self._ops.project, template, author=self._ops.author, allow_identity=True))
        except ReviewerError as exc:
            self.setObsolete(True)
            self._ops.refused.emit(exc)


def _run(parent: QWidget, ops: ProjectOps, description: str,
         make: Callable[[bool], Changes], before: Template | None = None) -> Changes | None:
    """A change of the template as one undo step, back to `before` (the template before)."""
    before = before or ops.project.template
    changes = run_guarded(parent, ops, description, make)
    if changes is not None and changes.questions:
        ops.undo_stack.push(_TemplateCommand(ops, description, before, ops.project.template))
    return changes


def preview(ops: ProjectOps, new: Template) -> review.TemplatePreview:
    """What changing the template to `new` would do (case files in progress again, answers
    of removed questions), to say before it is done; refused as the change would be."""
    return review.template_change_preview(ops.project, new)


def change_template(parent: QWidget, ops: ProjectOps, old: Template,
                    new: Template) -> Changes | None:
    """The template changed from `old` (as the project held it when the editor opened) to
    `new`, as one step: undo changes it back to `old`, redo to `new` as it was stored."""
    description = QCoreApplication.translate("operations", "Change the template")
    return _run(parent, ops, description, lambda allow: review.change_template(
        ops.project, new, author=ops.author, allow_identity=allow), before=old)


def add_question(parent: QWidget, ops: ProjectOps, text: str, *, after: str | None = None,
                 parent_key: str | None = None, first: bool = False,
                 footnote: str | None = None, finding: str | None = None,
                 label: str | None = None) -> str | None:
    """The new question's key, or None when it was not added."""
    added: list[str] = []

    def add(allow: bool) -> Changes:
        key, changes = review.add_question(
            ops.project, text, author=ops.author, after=after, parent=parent_key, first=first,
            footnote=footnote, finding=finding, label=label, allow_identity=allow)
        added.append(key)
        return changes

    description = QCoreApplication.translate("operations", "Add a question")
    return added[-1] if _run(parent, ops, description, add) is not None else None


def edit_question(parent: QWidget, ops: ProjectOps, key: str, *, text: str | None = None,
                  footnote: str | None = None, finding: str | None = None,
                  parent_key: str | review.Keep | None = review.KEEP) -> Changes | None:
    description = QCoreApplication.translate("operations", "Edit question {key}").format(
        key=ops.project.template.question(key).printed_key)
    return _run(parent, ops, description, lambda allow: review.edit_question(
        ops.project, key, author=ops.author, text=text, footnote=footnote, finding=finding,
        parent=parent_key, allow_identity=allow))


def move_question(parent: QWidget, ops: ProjectOps, key: str,
                  after: str | None) -> Changes | None:
    description = QCoreApplication.translate("operations", "Move question {key}").format(
        key=ops.project.template.question(key).printed_key)
    return _run(parent, ops, description, lambda _allow: review.move_question(
        ops.project, key, author=ops.author, after=after))


def question_answers(ops: ProjectOps, key: str) -> int:
    """How many answers removing the question takes out of the template's view: what the
    confirmation says."""
    return review.question_answers(ops.project, key)


def remove_question(parent: QWidget, ops: ProjectOps, key: str) -> Changes | None:
    """After the auditor confirmed it (`question_answers`): the question leaves the
    template, its answers stay in the history and come back with undo."""
    description = QCoreApplication.translate("operations", "Remove question {key}").format(
        key=ops.project.template.question(key).printed_key)
    return _run(parent, ops, description, lambda _allow: review.remove_question(
        ops.project, key, author=ops.author, confirm=True))


def decide_template_conflict(parent: QWidget, ops: ProjectOps, key: str,
                             chosen: QuestionState) -> Changes | None:
    """Keep one side of a question two copies changed apart (a decision, not an undo step,
    as for answers: the history shows it)."""
    description = QCoreApplication.translate("operations", "Decide a conflict")
    return run_guarded(parent, ops, description, lambda _allow:
                       review.resolve_template_conflict(ops.project, key, chosen,
                                                        author=ops.author,
                                                        allow_identity=True))
