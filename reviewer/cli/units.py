"""Commands on the project's structure: its units and their case files, added, renamed,
moved, removed and brought back. Positions on the command line count from 1."""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from pathlib import Path

from reviewer import review
from reviewer.cli.base import (
    EXIT_OK,
    Command,
    UsageError,
    allow,
    case_file_arguments,
    chosen_case_file,
)
from reviewer.errors import OperationError
from reviewer.i18n import N_, _
from reviewer.model import CaseFile, Unit
from reviewer.project import Project


class AddUnit(Command):
    name, help = "add-unit", "add an audited unit with its case files"

    def arguments(self, parser: argparse.ArgumentParser) -> None:
        parser.add_argument("project", type=Path)
        parser.add_argument("name")
        parser.add_argument("--files", type=int, required=True)

    def run(self, args: argparse.Namespace) -> int:
        with Project.open(args.project) as project:
            unit, _changes = review.add_unit(project, args.name, files=args.files,
                                             allow_identity=allow(args))
        print(_("Added {unit} with {count} case files.", unit=unit.name, count=args.files))
        return EXIT_OK


class RestoreUnit(Command):
    name = "restore-unit"
    help = ("bring back a removed unit (or, with --file, a removed case file of a unit) with "
            "its answers")

    def arguments(self, parser: argparse.ArgumentParser) -> None:
        parser.add_argument("project", type=Path)
        parser.add_argument("--unit", required=True)
        parser.add_argument("--file", dest="case_file", help="a removed case file of the unit")

    def run(self, args: argparse.Namespace) -> int:
        with Project.open(args.project) as project:
            if args.case_file is None:
                return self._restore_unit(project, args.unit)
            unit = project.unit_by_name(args.unit)
            label = args.case_file.strip()
            files = [r for r in project.removed()
                     if r.unit_id == unit.id and r.case_file_id is not None]
            chosen = next((r for r in files if r.label == label), None)
            if chosen is None or chosen.case_file_id is None:
                raise OperationError(N_("{unit} has no removed case file {label} (removed: "
                                        "{labels})."), unit=unit.name, label=label,
                                     labels=", ".join(str(r.label) for r in files) or "–")
            review.restore_case_file(project, chosen.case_file_id)
            new = project.case_file(chosen.case_file_id).label
        print(_("Brought back case file {label} of {unit}.", label=new, unit=unit.name))
        if new != label:
            print(_("Its number was taken while it was removed, so it is now case file {new}.",
                    new=new))
        return EXIT_OK

    @staticmethod
    def _restore_unit(project: Project, name: str) -> int:
        removed = project.removed_unit_by_name(name)
        review.restore_unit(project, removed.unit_id)
        unit = project.unit(removed.unit_id)
        print(_("Brought back {unit} with {count} case files.", unit=unit.name,
                count=len(project.case_files(unit.id))))
        if unit.name != removed.unit_name:
            print(_("A unit named {name} was added while it was removed, so it is now "
                    "called {new}.", name=removed.unit_name, new=unit.name))
        return EXIT_OK


class RenameUnit(Command):
    name, help = "rename-unit", "give a unit a new name"

    def arguments(self, parser: argparse.ArgumentParser) -> None:
        parser.add_argument("project", type=Path)
        parser.add_argument("--unit", required=True)
        parser.add_argument("name")

    def run(self, args: argparse.Namespace) -> int:
        with Project.open(args.project) as project:
            unit = project.unit_by_name(args.unit)
            review.rename_unit(project, unit.id, args.name, allow_identity=allow(args))
            renamed = project.unit(unit.id)
        print(_("{old} is now called {new}.", old=unit.name, new=renamed.name))
        return EXIT_OK


class MoveUnit(Command):
    name, help = "move-unit", "put a unit at another place in the project's order"

    def arguments(self, parser: argparse.ArgumentParser) -> None:
        parser.add_argument("project", type=Path)
        parser.add_argument("--unit", required=True)
        _position_argument(parser)

    def run(self, args: argparse.Namespace) -> int:
        index = _index(args.position)
        with Project.open(args.project) as project:
            unit = project.unit_by_name(args.unit)
            review.move_unit(project, unit.id, index)
            units = project.units()
        print(_("{unit} is now in place {position} of {count}.", unit=unit.name,
                position=_place(units, unit.id), count=len(units)))
        return EXIT_OK


class RenameFile(Command):
    name, help = "rename-file", "give a case file of a unit a new label"

    def arguments(self, parser: argparse.ArgumentParser) -> None:
        parser.add_argument("project", type=Path)
        case_file_arguments(parser)
        parser.add_argument("label")

    def run(self, args: argparse.Namespace) -> int:
        with Project.open(args.project) as project:
            case_file = chosen_case_file(project, args)
            review.rename_case_file(project, case_file.id, args.label,
                                    allow_identity=allow(args))
            renamed = project.case_file(case_file.id)
            unit = project.unit(case_file.unit_id)
        print(_("Case file {old} of {unit} is now case file {new}.", old=case_file.label,
                unit=unit.name, new=renamed.label))
        return EXIT_OK


class MoveFile(Command):
    name, help = "move-file", "put a case file at another place in its unit's order"

    def arguments(self, parser: argparse.ArgumentParser) -> None:
        parser.add_argument("project", type=Path)
        case_file_arguments(parser)
        _position_argument(parser)

    def run(self, args: argparse.Namespace) -> int:
        index = _index(args.position)
        with Project.open(args.project) as project:
            case_file = chosen_case_file(project, args)
            review.move_case_file(project, case_file.id, index)
            files = project.case_files(case_file.unit_id)
            unit = project.unit(case_file.unit_id)
        print(_("Case file {label} of {unit} is now in place {position} of {count}.",
                label=case_file.label, unit=unit.name, position=_place(files, case_file.id),
                count=len(files)))
        return EXIT_OK


class RemoveFile(Command):
    name, help = "remove-file", "remove a case file of a unit (restore-unit brings it back)"

    def arguments(self, parser: argparse.ArgumentParser) -> None:
        parser.add_argument("project", type=Path)
        case_file_arguments(parser)
        parser.add_argument("--yes", action="store_true",
                            help="remove it even when it holds answers")

    def run(self, args: argparse.Namespace) -> int:
        with Project.open(args.project) as project:
            case_file = chosen_case_file(project, args)
            review.remove_case_file(project, case_file.id, confirm=args.yes)
            unit = project.unit(case_file.unit_id)
        print(_("Removed case file {label} of {unit}; restore-unit with --file brings it "
                "back.", label=case_file.label, unit=unit.name))
        return EXIT_OK


def _position_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("position", type=int, help="1 for the first; past the last puts it last")


def _index(position: int) -> int:
    """The 0-based index the domain counts in, of a position counted from 1."""
    if position < 1:
        raise UsageError(_("The position must be 1 or more."))
    return position - 1


def _place(items: Sequence[Unit | CaseFile], item_id: str) -> int:
    """Where an item stands now, counted from 1."""
    return next(index for index, item in enumerate(items, start=1) if item.id == item_id)
