"""Commands on the project's structure: its units and their case files, added and brought
back."""

from __future__ import annotations

import argparse
from pathlib import Path

from reviewer import review
from reviewer.cli.base import EXIT_OK, Command, allow
from reviewer.errors import OperationError
from reviewer.i18n import N_, _
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
