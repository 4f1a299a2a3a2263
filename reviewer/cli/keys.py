"""`reviewer key …`: the key list (kodnyckel) from the command line: show a unit's key, type
one in by hand, export it for a colleague and import one, delete it for good.

The key list's password comes from AKTG_KEY_PASSWORD, else it is asked at the terminal
without echo; an exported key file's own password from AKTG_KEY_FILE_PASSWORD, else asked.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path

from reviewer import keylist
from reviewer.cli.base import (
    EXIT_OK,
    Command,
    CommandGroup,
    UsageError,
    author,
    case_file_arguments,
    chosen_case_file,
)
from reviewer.errors import KeyListError, KeyPasswordError
from reviewer.i18n import N_, _, local_time
from reviewer.project import Project

KEY_PASSWORD = "AKTG_KEY_PASSWORD"
FILE_PASSWORD = "AKTG_KEY_FILE_PASSWORD"


def _password(variable: str, prompt: str, *, twice: bool = False) -> str:
    """The password in `variable`, else asked at the terminal without echo (twice when
    it is being chosen)."""
    given = os.environ.get(variable)
    if given:
        return given
    # Bad input, not a command line written wrong: the same command runs once the password
    # is there (exit 2, nothing changed), as a wrong password is.
    if not sys.stdin.isatty():
        raise KeyPasswordError(N_("No password given: set {variable}, or run the command at "
                                  "a terminal to be asked for it."), variable=variable)
    first = getpass.getpass(prompt)
    if twice and getpass.getpass(_("The same password again: ")) != first:
        raise KeyPasswordError(N_("The two passwords differ; nothing was changed."))
    return first


def key_password(project: Project) -> str:
    """The key list's password; asked twice when the project has no key list yet (this
    one becomes its password)."""
    if keylist.has_key_list(project):
        return _password(KEY_PASSWORD, _("Password of the key list: "))
    return _password(KEY_PASSWORD, _("The project has no key list yet. Choose its "
                                      "password: "), twice=True)


def _unit_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("project", type=Path)
    parser.add_argument("--unit", required=True)


class Show(Command):
    name, help = "show", "print a unit's key: each case file and its case"

    def arguments(self, parser: argparse.ArgumentParser) -> None:
        parser.add_argument("project", type=Path)
        parser.add_argument("--unit", help="one unit (default: every unit with a key)")

    def run(self, args: argparse.Namespace) -> int:
        with Project.open(args.project, readonly=True) as project:
            units = ([project.unit_by_name(args.unit)] if args.unit else
                     [u for u in project.units() if u.id in keylist.units_with_key(project)])
            if not units:
                print(_("The project has no key list."))
                return EXIT_OK
            keys = keylist.unlock(project, _password(KEY_PASSWORD,
                                                     _("Password of the key list: ")))
            for index, unit in enumerate(units):
                if index:
                    print()
                entries = keys.entries(unit.id)
                files = project.case_files(unit.id)
                print(_("Key of {unit} ({count} of {files} case files):", unit=unit.name,
                        count=sum(1 for f in files if f.id in entries), files=len(files)))
                width = max((len(f.label) for f in files), default=1)
                for case_file in files:
                    values = entries.get(case_file.id, {})
                    others = "; ".join(f"{name}: {value}"
                                       for name, value in list(values.items())[1:])
                    line = f"  {case_file.label:<{width}}  {keylist.identifier(values) or '–'}"
                    print(line + (f"  ({others})" if others else ""))
        return EXIT_OK


class Set(Command):
    name, help = "set", "type in a case file's case identifier (- takes it out)"

    def arguments(self, parser: argparse.ArgumentParser) -> None:
        parser.add_argument("project", type=Path)
        case_file_arguments(parser)
        parser.add_argument("identifier")
        parser.add_argument("--value", action="append", default=[], metavar="NAME=VALUE",
                            help="another value kept with it (repeat for several)")

    def run(self, args: argparse.Namespace) -> int:
        values = {keylist.HAND_ENTERED: "" if args.identifier.strip() == "-"
                  else args.identifier}
        for pair in args.value:
            name, sep, value = pair.partition("=")
            if not sep or not name.strip():
                raise UsageError(_("--value takes NAME=VALUE (not {value}).", value=pair))
            values[name] = value
        with Project.open(args.project) as project:
            case_file = chosen_case_file(project, args)
            keylist.set_entry(project, case_file.id, values, key_password(project))
            unit = project.unit(case_file.unit_id)
        print(_("Case file {label} of {unit}: the key is stored.", label=case_file.label,
                unit=unit.name) if keylist.identifier(values) else
              _("Case file {label} of {unit}: its key is taken out.", label=case_file.label,
                unit=unit.name))
        return EXIT_OK


class Export(Command):
    name, help = "export", "write a unit's key, encrypted, for a colleague (*.aktgkey)"

    def arguments(self, parser: argparse.ArgumentParser) -> None:
        _unit_arguments(parser)
        parser.add_argument("--out", type=Path, required=True)

    def run(self, args: argparse.Namespace) -> int:
        with Project.open(args.project, readonly=True) as project:
            unit = project.unit_by_name(args.unit)
            password = _password(KEY_PASSWORD, _("Password of the key list: "))
            keylist.unlock(project, password)  # a wrong one is said before the next is asked
            file_password = _password(FILE_PASSWORD, _("A password for the exported key: "),
                                      twice=True)
            count = keylist.export_key(project, unit.id, args.out, password, file_password,
                                       author=author(args))
        print(_("Wrote {path}: the key of {unit} ({count} case files), encrypted. Send the "
                "password another way than the file.", path=args.out, unit=unit.name,
                count=count))
        return EXIT_OK


class Import(Command):
    name, help = "import", "take a unit's key a colleague exported into this copy"

    def arguments(self, parser: argparse.ArgumentParser) -> None:
        parser.add_argument("project", type=Path)
        parser.add_argument("key_file", type=Path)

    def run(self, args: argparse.Namespace) -> int:
        with Project.open(args.project) as project:
            file_password = _password(FILE_PASSWORD, _("Password of {file}: ",
                                                       file=args.key_file.name))
            keylist.read_key_file(args.key_file, file_password)  # the file first, whole
            imported = keylist.import_key(project, args.key_file, file_password,
                                          key_password(project))
        print(_("Imported the key of {unit} exported by {who} ({when}): {count} case files, "
                "{changed} new or changed.", unit=imported.unit_name,
                who=imported.exported_by or "–", when=local_time(imported.exported_at),
                count=imported.entries, changed=imported.changed))
        return EXIT_OK


class Rebuild(Command):
    name, help = ("rebuild", "make a drawn unit's key again from the list drawn from (a key "
                  "lost, or deleted while the list is still kept)")

    def arguments(self, parser: argparse.ArgumentParser) -> None:
        _unit_arguments(parser)
        parser.add_argument("--population", type=Path, required=True,
                            help="the list drawn from (its SHA-256 is checked)")

    def run(self, args: argparse.Namespace) -> int:
        from reviewer.sampling.operations import key_entries

        with Project.open(args.project) as project:
            unit = project.unit_by_name(args.unit)
            entries = key_entries(project, unit.id, args.population)  # refusals first
            keylist.store_drawn(project, unit.id, entries, key_password(project))
        print(_("The key of {unit} is made again from {source}: {count} case files.",
                unit=unit.name, source=args.population.name, count=len(entries)))
        return EXIT_OK


class Delete(Command):
    name, help = "delete", "delete a unit's key for good (gallring)"

    def arguments(self, parser: argparse.ArgumentParser) -> None:
        parser.add_argument("project", type=Path)
        which = parser.add_mutually_exclusive_group(required=True)
        which.add_argument("--unit")
        which.add_argument("--all", action="store_true", help="every unit's key")
        parser.add_argument("--yes", action="store_true",
                            help="confirm: what is deleted cannot be brought back")

    def run(self, args: argparse.Namespace) -> int:
        with Project.open(args.project) as project:
            unit = project.unit_by_name(args.unit) if args.unit else None
            what = unit.name if unit is not None else _("every unit")
            if not args.yes:
                raise KeyListError(N_("Deleting the key of {what} cannot be undone: which case "
                                      "each case file is can then no longer be found from "
                                      "this project or its backups (the review and the "
                                      "record of the draw stay). Run the command again with "
                                      "--yes to delete it."), what=what)
            had = (keylist.has_key_list(project) if unit is None
                   else unit.id in keylist.units_with_key(project))
            # Run even so: it finishes an erase a reader interrupted, and wipes the backups.
            result = keylist.delete_key(project, None if unit is None else unit.id)
        print(_("Deleted the key of {what} for good; the review and the record of the draw "
                "stay.", what=what) if had else
              _("This project holds no key of {what}; nothing was deleted from it.",
                what=what))
        if result.wiped:
            print(_("Wiped from {count} backups and earlier copies too.",
                    count=len(result.wiped)))
        for path, detail in result.not_wiped:
            print(_("Warning: the copy {path} could not be wiped ({detail}); delete it "
                    "yourself.", path=path, detail=detail), file=sys.stderr)
        return EXIT_OK


class Key(CommandGroup):
    name, help = "key", ("the key list (kodnyckel): show, set, export, import, rebuild, "
                         "delete")
    commands = (Show(), Set(), Export(), Import(), Rebuild(), Delete())

