"""Commands that answer: one cell at a time, a whole review sheet, and the sign-off that
locks a case file."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from reviewer import review
from reviewer.cli.base import (
    EXIT_OK,
    Command,
    allow,
    author,
    case_file_arguments,
    cell_arguments,
    chosen_case_file,
    chosen_question,
    parse_value,
)
from reviewer.i18n import _
from reviewer.model import Placement
from reviewer.project import Project


class ImportGrid(Command):
    name, help = "import-grid", "import an Excel/CSV review sheet into a unit"

    def arguments(self, parser: argparse.ArgumentParser) -> None:
        parser.add_argument("project", type=Path)
        parser.add_argument("sheet", type=Path)
        parser.add_argument("--unit", required=True)

    def run(self, args: argparse.Namespace) -> int:
        from reviewer.gridimport import import_grid

        with Project.open(args.project) as project:
            result = import_grid(project, args.sheet, args.unit, author=author(args),
                                 allow_identity=allow(args))
        print(_("Imported {answers} answers for {files} case files into {unit}.",
                answers=result.answers, files=result.files, unit=args.unit))
        if result.missing_reasons:
            print(_("Warning: {count} Eb/Et answers have no reason yet.",
                    count=result.missing_reasons), file=sys.stderr)
        return EXIT_OK


class Set(Command):
    name, help = "set", "set one answer (VALUE Ja|Nej|Eb|Et, or - to clear)"

    def arguments(self, parser: argparse.ArgumentParser) -> None:
        parser.add_argument("project", type=Path)
        cell_arguments(parser)
        parser.add_argument("value")
        parser.add_argument("--reason")
        parser.add_argument("--placement", choices=[p.value for p in Placement])
        parser.add_argument("--note")

    def run(self, args: argparse.Namespace) -> int:
        code = parse_value(args.value)
        with Project.open(args.project) as project:
            case_file = chosen_case_file(project, args)
            key = chosen_question(project, args)
            review.set_answer(project, case_file.id, key, code, author=author(args),
                              reason=args.reason,
                              placement=Placement(args.placement) if args.placement else None,
                              note=args.note, allow_identity=allow(args))
            cell = project.cells(case_file.id)[key]
        if cell.missing_reason:
            print(_("Stored; {code} still needs a reason before the file is complete.",
                    code=cell.code), file=sys.stderr)
        return EXIT_OK


class SignOff(Command):
    name, help = "sign-off", "sign off a complete case file (locks it)"

    def arguments(self, parser: argparse.ArgumentParser) -> None:
        parser.add_argument("project", type=Path)
        case_file_arguments(parser)
        parser.add_argument("--by", required=True)

    def run(self, args: argparse.Namespace) -> int:
        with Project.open(args.project) as project:
            case_file = chosen_case_file(project, args)
            review.sign_off(project, case_file.id, by=args.by, allow_identity=allow(args))
        print(_("Case file {label} is signed off and locked.", label=args.case_file))
        return EXIT_OK


class Reopen(Command):
    name, help = "reopen", "reopen a signed-off case file"

    def arguments(self, parser: argparse.ArgumentParser) -> None:
        parser.add_argument("project", type=Path)
        case_file_arguments(parser)

    def run(self, args: argparse.Namespace) -> int:
        with Project.open(args.project) as project:
            case_file = chosen_case_file(project, args)
            review.reopen(project, case_file.id)
        print(_("Case file {label} is open for changes again.", label=args.case_file))
        return EXIT_OK
