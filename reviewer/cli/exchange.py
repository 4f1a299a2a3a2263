"""Commands for working together: exchange packages out and in, merging a colleague's
package, the conflicts it leaves and their decision, and a cell's history."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from reviewer import review
from reviewer.cli.base import (
    EXIT_CONFLICTS,
    EXIT_OK,
    Command,
    UsageError,
    allow,
    author,
    cell_arguments,
    chosen_case_file,
    chosen_question,
    parse_value,
)
from reviewer.i18n import _, local_time
from reviewer.model import Answer, AnswerEvent, PackageInfo
from reviewer.project import Project
from reviewer.settings import load_settings
from reviewer.userfiles import TooLargeError, read_whole


def _password_argument(parser: argparse.ArgumentParser, help_text: str | None = None) -> None:
    parser.add_argument("--password-file", type=Path, help=help_text)


def _password(args: argparse.Namespace) -> str | None:
    """The password on the first line of --password-file, if one is given."""
    path: Path | None = args.password_file
    if path is None:
        return None
    try:
        lines = read_whole(path, 64 * 1024).decode("utf-8").splitlines()
    except TooLargeError:
        raise UsageError(_("The password file {path} is not a password file: it is far too "
                           "large.", path=path)) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise UsageError(_("The password file {path} could not be read: {detail}",
                           path=path, detail=getattr(exc, "strerror", None) or exc)) from None
    if not lines or not lines[0]:
        raise UsageError(_("The password file {path} is empty.", path=path))
    return lines[0]


class Export(Command):
    name, help = "export", "write an exchange package (*.aktgx) for a colleague"

    def arguments(self, parser: argparse.ArgumentParser) -> None:
        parser.add_argument("project", type=Path)
        parser.add_argument("--out", type=Path, required=True)
        parser.add_argument("--unit", action="append", default=[], dest="units",
                            help="a unit to include (repeat for several; default: all)")
        _password_argument(parser, "encrypt with the password on the first line of this file")

    def run(self, args: argparse.Namespace) -> int:
        from reviewer.exchange import export_package

        with Project.open(args.project, readonly=True) as project:
            unit_ids = ([project.unit_by_name(n).id for n in args.units] if args.units
                        else None)
            manifest = export_package(project, args.out, author=author(args),
                                      unit_ids=unit_ids, password=_password(args))
        print(_("Wrote {path}: {units} units{encrypted}.", path=args.out,
                units=len(manifest.units),
                encrypted=_(", encrypted") if manifest.encrypted else ""))
        return EXIT_OK


class Import(Command):
    name, help = "import", "make a project file of its own from a package"

    def arguments(self, parser: argparse.ArgumentParser) -> None:
        parser.add_argument("package", type=Path)
        parser.add_argument("--out", type=Path, required=True)
        _password_argument(parser)

    def run(self, args: argparse.Namespace) -> int:
        from reviewer.exchange import import_package

        manifest = import_package(args.package, args.out, author=author(args),
                                  password=_password(args), allow_identity=allow(args))
        print(_("Imported {title} ({units} units) into {path}.", title=manifest.project_title,
                units=len(manifest.units), path=args.out))
        return EXIT_OK


class Merge(Command):
    name = "merge"
    help = "merge a colleague's package into the project (exit 3 while conflicts remain)"

    def arguments(self, parser: argparse.ArgumentParser) -> None:
        parser.add_argument("project", type=Path)
        parser.add_argument("package", type=Path)
        _password_argument(parser)

    def run(self, args: argparse.Namespace) -> int:
        from reviewer.exchange import merge_package

        with Project.open(args.project) as project:
            report = merge_package(project, args.package, author=author(args),
                                   password=_password(args),
                                   keep_backups=load_settings().backups,
                                   allow_identity=allow(args))
        for line in report.lines():
            print(line)
        if report.conflicts_in_project:
            print(_("{count} conflicts remain: `reviewer conflicts` lists them, `reviewer "
                    "resolve` decides one.", count=report.conflicts_in_project),
                  file=sys.stderr)
            return EXIT_CONFLICTS
        return EXIT_OK


class Conflicts(Command):
    name, help = "conflicts", "list the cells two copies changed apart"

    def arguments(self, parser: argparse.ArgumentParser) -> None:
        parser.add_argument("project", type=Path)

    def run(self, args: argparse.Namespace) -> int:
        from reviewer.cli.template_changes import print_template_conflicts

        with Project.open(args.project, readonly=True) as project:
            conflicts = project.conflicts()
            places = _places(project)
            packages = project.packages()
            template = project.template
            in_template = project.template_conflicts()
        for conflict in conflicts:
            print(_("{place}, question {key}:", place=places[conflict.case_file_id],
                    key=template.question(conflict.question_key).printed_key))
            for side in conflict.sides:
                print(f"  {_describe(side)}  ({who(side.author, side.at, side.origin, packages)})")
        print_template_conflicts(template, in_template, packages)
        print(_("{count} conflicts.", count=len(conflicts) + len(in_template)))
        return EXIT_OK


class Resolve(Command):
    name, help = "resolve", "decide a conflict (VALUE Ja|Nej|Eb|Et, or - to clear)"

    def arguments(self, parser: argparse.ArgumentParser) -> None:
        parser.add_argument("project", type=Path)
        cell_arguments(parser)
        parser.add_argument("value")
        parser.add_argument("--reason")

    def run(self, args: argparse.Namespace) -> int:
        code = parse_value(args.value)
        with Project.open(args.project) as project:
            case_file = chosen_case_file(project, args)
            review.resolve_conflict(project, case_file.id, chosen_question(project, args),
                                    Answer(code=code, reason=(args.reason or "").strip()),
                                    author=author(args), allow_identity=allow(args))
            left = len(project.conflicts())
        print(_("Decided. {count} conflicts remain.", count=left))
        return EXIT_OK


class History(Command):
    name, help = "history", "every change of one cell: who, what, when, from which package"

    def arguments(self, parser: argparse.ArgumentParser) -> None:
        parser.add_argument("project", type=Path)
        cell_arguments(parser)

    def run(self, args: argparse.Namespace) -> int:
        with Project.open(args.project, readonly=True) as project:
            case_file = chosen_case_file(project, args)
            key = chosen_question(project, args)
            events = project.history(case_file.id, key)
            packages = project.packages()
            cell = project.cells(case_file.id)[key]
        for event in events:
            decided = _("  (decides a conflict)") if event.also_replaces else ""
            print(f"{who(event.author, event.at, event.origin, packages)}: "
                  f"{_describe(event)}{decided}")
        if not events:
            print(_("Never answered."))
        elif cell.conflict:
            print(_("In conflict: the value shown is provisional until decided."))
        return EXIT_OK


def _describe(event: AnswerEvent) -> str:
    """An event's value as one line: `Eb – reason`."""
    code = event.answer.code.value if event.answer.code else _("unanswered")
    reason = f" – {event.answer.reason}" if event.answer.reason else ""
    return f"{code}{reason}"


def who(author: str, at: str, origin: str | None, packages: dict[str, PackageInfo]) -> str:
    """Who made an event and when, and the package it came in, if any."""
    when = local_time(at)
    package = packages.get(origin or "")
    if package is None:
        return _("{who}, {when}", who=author, when=when)
    return _("{who}, {when}, from {file}", who=author, when=when, file=package.file_name)


def _places(project: Project) -> dict[str, str]:
    """Every case file's place in words (`Torsby kommun, case file 3`), by id."""
    return {case_file_id: _("{unit}, case file {label}", unit=unit, label=label)
            for case_file_id, (unit, label) in project.case_file_places().items()}
