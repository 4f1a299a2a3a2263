"""The `template` command group: a project's (or a template file's) questions shown,
exported to Excel or JSON, a template file checked; a project's template changed
(`template_changes`). Each sub-command is a Command of its
own; `TEMPLATE_COMMANDS` lists them, so a group of more sub-commands adds its own there.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from reviewer import model
from reviewer.cli.base import EXIT_OK, Command, CommandGroup, allow
from reviewer.cli.template_changes import CHANGE_COMMANDS
from reviewer.i18n import _
from reviewer.project import Project
from reviewer.templates import (
    EXPORT_SUFFIXES,
    ancestors,
    load_template,
    printed_template,
    write_template,
)

PROJECT_SUFFIX = ".aktg"


def template_of(path: Path, args: argparse.Namespace) -> model.Template:
    """The template of a project file (*.aktg), else of a template file."""
    if path.suffix.casefold() == PROJECT_SUFFIX:
        with Project.open(path, readonly=True) as project:
            return project.template
    return load_template(path, allow_identity=allow(args))


def _counts(template: model.Template) -> dict[str, object]:
    subs = sum(1 for q in template.questions if q.parent is not None)
    return {"name": template.name, "count": len(template.questions), "subs": subs}


class Show(Command):
    name, help = "show", "the questions with their numbers, parents, criteria and findings"

    def arguments(self, parser: argparse.ArgumentParser) -> None:
        parser.add_argument("project", type=Path,
                            help="a project (.aktg) or a template file (.json, .xlsx, .csv, "
                                 ".docx)")

    def run(self, args: argparse.Namespace) -> int:
        template = template_of(args.project, args)
        print(_("{name}: {count} questions, of them {subs} sub-questions",
                **_counts(template)))
        printed = printed_template(template)
        for question in printed.questions:
            indent = "   " * len(ancestors(printed, question.key))
            print(f"{indent}{question.key}. {question.text}")
            details = []
            if question.parent is not None:
                details.append(_("applies when {parent} is Ja", parent=question.parent))
            if question.footnote:
                details.append(_("Criterion: {text}", text=question.footnote))
            if question.finding:
                details.append(_("Finding: I x of n case files {text}",
                                 text=question.finding))
            for line in details:
                print(f"{indent}      {line}")
        return EXIT_OK


class Export(Command):
    name, help = "export", "write the template to Excel (.xlsx) or JSON (.json)"

    def arguments(self, parser: argparse.ArgumentParser) -> None:
        parser.add_argument("project", type=Path,
                            help="a project (.aktg) or a template file to convert")
        parser.add_argument("--out", type=Path, required=True,
                            help=f"the file to write: {' or '.join(EXPORT_SUFFIXES)}")
        parser.add_argument("--overwrite", action="store_true",
                            help="replace --out if it exists")

    def run(self, args: argparse.Namespace) -> int:
        template = template_of(args.project, args)
        write_template(template, args.out, overwrite=args.overwrite)
        print(_("Wrote {path} ({count} questions).", path=args.out,
                count=len(template.questions)))
        return EXIT_OK


class Check(Command):
    name, help = "check", "list the problems of a template file, without making a project"

    def arguments(self, parser: argparse.ArgumentParser) -> None:
        parser.add_argument("file", type=Path,
                            help="a template file: .json, .xlsx, .csv or .docx")

    def run(self, args: argparse.Namespace) -> int:
        # A template that cannot be read raises TemplateError, listing every problem:
        # the command line prints them and exits 2.
        template = load_template(args.file, allow_identity=allow(args))
        print(_("{path}: a valid template “{name}”, {count} questions, of them {subs} "
                "sub-questions.", path=args.file, **_counts(template)))
        return EXIT_OK


TEMPLATE_COMMANDS: tuple[Command, ...] = (Show(), Export(), Check(), *CHANGE_COMMANDS)


class Template(CommandGroup):
    name, help = "template", "show, export, check or change a template"
    commands = TEMPLATE_COMMANDS
