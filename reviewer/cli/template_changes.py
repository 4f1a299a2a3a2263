"""Sub-commands of `template` that change a project's template during the review: a
question added, edited, moved or removed; a question two copies changed apart decided; a
question's history.

A question is named by the number the auditor sees (`8a`, `printed_key`); the project keeps
its own key for good. Each change is one transaction, recorded with who and when.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from pathlib import Path

from reviewer import review
from reviewer.cli.base import EXIT_OK, Command, UsageError, allow, author, question_key
from reviewer.errors import OperationError
from reviewer.i18n import N_, _
from reviewer.model import (
    FileStatus,
    PackageInfo,
    Template,
    TemplateConflict,
    TemplateEvent,
)
from reviewer.project import Project
from reviewer.template_diff import state_text
from reviewer.templates import printed_key_of


def _printed(template: Template, key: str) -> str:
    return printed_key_of(template, key, missing="–")


def _who(event: TemplateEvent, packages: dict[str, PackageInfo]) -> str:
    from reviewer.cli.exchange import who

    if not event.author and event.replaces is None:
        return _("the template the project was made with")
    return who(event.author, event.at, event.origin, packages)


def print_template_conflicts(template: Template, conflicts: Sequence[TemplateConflict],
                             packages: dict[str, PackageInfo]) -> None:
    """Each question two copies changed apart, with its sides numbered (1 is the newer,
    shown now): what `template resolve --side N` keeps."""
    for conflict in conflicts:
        print(_("The template's question {key}:", key=_printed(template,
                                                                 conflict.question_key)))
        for number, side in enumerate(conflict.sides, start=1):
            print(f"  [{number}] {state_text(side.state)}  ({_who(side, packages)})")


class TemplateAdd(Command):
    name, help = "add", "add a question to the project's template"

    def arguments(self, parser: argparse.ArgumentParser) -> None:
        parser.add_argument("project", type=Path)
        parser.add_argument("--text", required=True)
        parser.add_argument("--key", help="its printed number (default: numbered "
                            "automatically, 1, 2, … and 8a, 8b under 8)")
        where = parser.add_mutually_exclusive_group()
        where.add_argument("--after", help="after this question (and its sub-questions)")
        where.add_argument("--first", action="store_true", help="first")
        parser.add_argument("--parent", help="a sub-question of this question")
        parser.add_argument("--criterion", help="the criterion printed on the question")
        parser.add_argument("--finding", help="the phrase after \"I x av n akter …\"")

    def run(self, args: argparse.Namespace) -> int:
        from reviewer.summary import status_counts_by_file

        with Project.open(args.project) as project:
            after = question_key(project, args.after) if args.after else None
            parent = question_key(project, args.parent) if args.parent else None
            (before,) = status_counts_by_file(project, project.template)
            key, _changes = review.add_question(
                project, args.text, author=author(args), after=after, parent=parent,
                first=args.first, footnote=args.criterion, finding=args.finding,
                label=args.key, allow_identity=allow(args))
            question = project.template.question(key)
            (later,) = status_counts_by_file(project, project.template)
            reopened = sum(b is FileStatus.COMPLETE and a is not FileStatus.COMPLETE
                           for b, a in zip(before, later, strict=True))
            not_assessed = sum(project.cells(f.id)[key].not_assessed
                               for files in project.case_files_by_unit().values()
                               for f in files if f.is_signed_off)
        print(_("Added question {key}: {text}", key=question.printed_key, text=question.text))
        if reopened:
            print(_("{count} case files that were complete are in progress again: they have "
                    "not answered it.", count=reopened))
        if not_assessed:
            print(_("{count} signed-off case files keep their sign-off; the question is not "
                    "assessed in them (reopen one to answer it).", count=not_assessed))
        return EXIT_OK


class TemplateEdit(Command):
    name, help = "edit", "reword a question of the template, or change its parent"

    def arguments(self, parser: argparse.ArgumentParser) -> None:
        parser.add_argument("project", type=Path)
        parser.add_argument("question", help="the question's printed number")
        parser.add_argument("--text")
        parser.add_argument("--criterion", help="the criterion (\"\" removes it)")
        parser.add_argument("--finding", help="the finding phrase (\"\" removes it)")
        parent = parser.add_mutually_exclusive_group()
        parent.add_argument("--parent", help="make it a sub-question of this question")
        parent.add_argument("--no-parent", action="store_true",
                            help="make it a main question")

    def run(self, args: argparse.Namespace) -> int:
        if args.text is None and args.criterion is None and args.finding is None \
                and args.parent is None and not args.no_parent:
            raise UsageError(_("Say what to change: --text, --criterion, --finding, --parent "
                               "or --no-parent."))
        with Project.open(args.project) as project:
            key = question_key(project, args.question)
            parent: str | review.Keep | None = review.KEEP
            if args.no_parent:
                parent = None
            elif args.parent is not None:
                parent = question_key(project, args.parent)
            changes = review.edit_question(project, key, author=author(args), text=args.text,
                                           footnote=args.criterion, finding=args.finding,
                                           parent=parent, allow_identity=allow(args))
            question = project.template.question(key)
        if not changes.questions:
            print(_("Question {key} already reads so; nothing was changed.",
                    key=question.printed_key))
        else:
            print(_("Question {key} now reads: {text}", key=question.printed_key,
                    text=question.text))
        return EXIT_OK


class TemplateMove(Command):
    name, help = "move", "move a question (with its sub-questions) in the template"

    def arguments(self, parser: argparse.ArgumentParser) -> None:
        parser.add_argument("project", type=Path)
        parser.add_argument("question", help="the question's printed number")
        where = parser.add_mutually_exclusive_group(required=True)
        where.add_argument("--after", help="after this question (and its sub-questions; "
                           "right after it if it is the question's parent)")
        where.add_argument("--first", action="store_true", help="first")

    def run(self, args: argparse.Namespace) -> int:
        with Project.open(args.project) as project:
            key = question_key(project, args.question)
            after = question_key(project, args.after) if args.after else None
            review.move_question(project, key, author=author(args), after=after)
            question = project.template.question(key)
        print(_("Moved: it is question {key} now.", key=question.printed_key))
        return EXIT_OK


class TemplateRemove(Command):
    name = "remove"
    help = "remove a question (with its sub-questions); its answers stay in the history"

    def arguments(self, parser: argparse.ArgumentParser) -> None:
        parser.add_argument("project", type=Path)
        parser.add_argument("question", help="the question's printed number")
        parser.add_argument("--confirm", action="store_true",
                            help="remove it although it holds answers")

    def run(self, args: argparse.Namespace) -> int:
        with Project.open(args.project) as project:
            key = question_key(project, args.question)
            text = project.template.question(key).text
            review.remove_question(project, key, author=author(args), confirm=args.confirm)
        print(_("Removed question {key}: {text}", key=args.question.strip(), text=text))
        return EXIT_OK


class TemplateResolve(Command):
    name = "resolve"
    help = "decide a question of the template two copies changed apart (keep side N)"

    def arguments(self, parser: argparse.ArgumentParser) -> None:
        parser.add_argument("project", type=Path)
        parser.add_argument("question", help="the question's printed number")
        parser.add_argument("--side", type=int, required=True,
                            help="the side to keep, as `reviewer conflicts` numbers them")

    def run(self, args: argparse.Namespace) -> int:
        with Project.open(args.project) as project:
            conflicts = {c.question_key: c for c in project.template_conflicts()}
            key = _conflict_key(project, args.question, conflicts)
            sides = conflicts[key].sides
            if not 1 <= args.side <= len(sides):
                raise UsageError(_("--side must be between 1 and {count}.", count=len(sides)))
            review.resolve_template_conflict(project, key, sides[args.side - 1].state,
                                             author=author(args), allow_identity=allow(args))
            left = len(project.conflicts()) + len(project.template_conflicts())
        print(_("Decided. {count} conflicts remain.", count=left))
        return EXIT_OK


def _conflict_key(project: Project, given: str,
                  conflicts: dict[str, TemplateConflict]) -> str:
    """The question in conflict the auditor names: by its number, or "–" when its newer
    side removed it and it is the only such one."""
    if given.strip() in ("-", "–"):
        removed = [k for k in conflicts if k not in project.template.keys]
        if len(removed) == 1:
            return removed[0]
    else:
        key = question_key(project, given)
        if key in conflicts:
            return key
    raise OperationError(N_("Question {key} of the template has no conflict to decide."),
                         key=given)


class TemplateHistory(Command):
    name, help = "history", "every change of a question of the template (or of all)"

    def arguments(self, parser: argparse.ArgumentParser) -> None:
        parser.add_argument("project", type=Path)
        parser.add_argument("question", nargs="?", help="the question's printed number")

    def run(self, args: argparse.Namespace) -> int:
        with Project.open(args.project, readonly=True) as project:
            key = question_key(project, args.question) if args.question else None
            events = project.template_history(key)
            packages = project.packages()
            template = project.template
        for event in events:
            decided = _("  (decides a conflict)") if event.also_replaces else ""
            number = "" if key else f"{_printed(template, event.question_key)}  "
            print(f"{number}{_who(event, packages)}: {state_text(event.state)}{decided}")
        return EXIT_OK


CHANGE_COMMANDS: tuple[Command, ...] = (TemplateAdd(), TemplateEdit(), TemplateMove(),
                                        TemplateRemove(), TemplateResolve(), TemplateHistory())
