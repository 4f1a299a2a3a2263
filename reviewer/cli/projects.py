"""Commands on a project file as a whole: make one (or the sample), show or change its
settings, check it, and its backups."""

from __future__ import annotations

import argparse
from pathlib import Path

from reviewer import review
from reviewer.cli.base import EXIT_BAD_INPUT, EXIT_OK, Command, UsageError, allow
from reviewer.i18n import _
from reviewer.model import Convention
from reviewer.project import Project
from reviewer.settings import load_settings


class New(Command):
    name, help = "new", "create a project file"

    def arguments(self, parser: argparse.ArgumentParser) -> None:
        parser.add_argument("project", type=Path)
        parser.add_argument("--title", required=True)
        parser.add_argument("--template", default="builtin",
                            help="builtin or a template file: .json, .xlsx, .csv or .docx")
        parser.add_argument("--convention", choices=[c.value for c in Convention],
                            help="default: the one in your settings, else all")
        parser.add_argument("--organisation", default="")
        parser.add_argument("--firm", default="")
        parser.add_argument("--period", default="")
        parser.add_argument("--first-footnote", type=int, default=1)

    def run(self, args: argparse.Namespace) -> int:
        from reviewer.templates import builtin_template, load_template

        template = (builtin_template() if args.template == "builtin"
                    else load_template(Path(args.template), allow_identity=allow(args)))
        project = review.create_project(
            args.project, title=args.title, template=template, organisation=args.organisation,
            firm=args.firm, period=args.period,
            convention=Convention(args.convention or load_settings().convention),
            first_footnote=args.first_footnote, allow_identity=allow(args))
        project.close()
        print(_("Created {path} ({count} questions).", path=args.project,
                count=len(template.questions)))
        return EXIT_OK


class Settings(Command):
    name, help = "settings", "show or change the project's settings"

    def arguments(self, parser: argparse.ArgumentParser) -> None:
        parser.add_argument("project", type=Path)
        parser.add_argument("--convention", choices=[c.value for c in Convention])
        parser.add_argument("--first-footnote", type=int)
        parser.add_argument("--title")

    def run(self, args: argparse.Namespace) -> int:
        changing = any(v is not None for v in (args.convention, args.first_footnote,
                                               args.title))
        with Project.open(args.project, readonly=not changing) as project:
            if changing:
                review.update_project(
                    project, title=args.title, first_footnote=args.first_footnote,
                    convention=Convention(args.convention) if args.convention else None,
                    allow_identity=allow(args))
            info = project.info
        print(_("Title: {title}", title=info.title))
        print(_("Organisation: {value}", value=info.organisation or "–"))
        print(_("Audit firm: {value}", value=info.firm or "–"))
        print(_("Period: {value}", value=info.period or "–"))
        print(_("Summa convention: {value}", value=info.convention.value))
        print(_("First footnote number: {value}", value=info.first_footnote))
        return EXIT_OK


class Check(Command):
    name, help = "check", "check the file's integrity and the project's rules"

    def arguments(self, parser: argparse.ArgumentParser) -> None:
        parser.add_argument("project", type=Path)

    def run(self, args: argparse.Namespace) -> int:
        from reviewer.check import check_file

        report = check_file(args.project)
        for line in report.lines:
            print(line)
        return EXIT_OK if report.ok else EXIT_BAD_INPUT


class Demo(Command):
    name, help = "demo", "write the sample project"

    def arguments(self, parser: argparse.ArgumentParser) -> None:
        parser.add_argument("project", type=Path)

    def run(self, args: argparse.Namespace) -> int:
        from reviewer.sample import write_demo

        write_demo(args.project).close()
        print(_("Wrote the sample project to {path}.", path=args.project))
        return EXIT_OK


class Backups(Command):
    name, help = "backups", "list the project's backups, or restore one"

    def arguments(self, parser: argparse.ArgumentParser) -> None:
        parser.add_argument("project", type=Path)
        parser.add_argument("--restore", type=int, metavar="N",
                            help="restore backup N of the list")

    def run(self, args: argparse.Namespace) -> int:
        from reviewer.backups import list_backups, restore_backup

        with Project.open(args.project, readonly=True) as project:
            project_id = project.info.id
        found = list_backups(args.project, project_id)
        if args.restore is not None:
            if not 1 <= args.restore <= len(found):
                raise UsageError(_("There is no backup {number}; there are {count}.",
                                   number=args.restore, count=len(found)))
            chosen = found[args.restore - 1]
            restore_backup(args.project, chosen.path, project_id, load_settings().backups)
            print(_("Restored the backup of {when} into {path}; the project as it was is "
                    "kept as a backup too.", when=chosen.made_at.strftime("%Y-%m-%d %H:%M:%S"),
                    path=args.project))
            return EXIT_OK
        for number, backup in enumerate(found, start=1):
            print(f"{number:3}  {backup.made_at:%Y-%m-%d %H:%M:%S}  "
                  f"{backup.size / 1e6:8.2f} MB  {backup.path}")
        if not found:
            print(_("No backups yet; the app makes one each time it opens the project, and "
                    "one before every merge."))
        return EXIT_OK
