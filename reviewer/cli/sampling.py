"""`reviewer sample draw|extend|replace|record`: a unit's sample drawn from the
municipality's list of cases, extended, a case file replaced, and the sampling record.

The identifying values of the drawn case files go to the key list (`reviewer.keylist`,
encrypted with its own password: AKTG_KEY_PASSWORD, else asked at the terminal) when this
version has it, and nowhere else: not to the project, not to the terminal.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from reviewer.cli.base import (
    EXIT_OK,
    Command,
    CommandGroup,
    UsageError,
    allow,
    author,
)
from reviewer.errors import SamplingError
from reviewer.i18n import _, language
from reviewer.project import Project
from reviewer.sampling.draw import TWICE, DrawPlan, Method, check_seed, new_seed
from reviewer.sampling.operations import (
    Keep,
    KeyEntries,
    Prepare,
    draw_into_unit,
    extend_unit,
    replace_file,
)
from reviewer.sampling.population import PopulationSpec, parse_day
from reviewer.sampling.record import record_json, record_lines, sampling_record


class Draw(Command):
    name, help = "draw", "draw the case files of a unit"

    def arguments(self, parser: argparse.ArgumentParser) -> None:
        parser.add_argument("project", type=Path)
        parser.add_argument("--unit", required=True,
                            help="the unit (made if the project has none of that name)")
        parser.add_argument("--population", type=Path, required=True,
                            help="the list of cases (.xlsx or .csv)")
        parser.add_argument("--sheet", help="the workbook's sheet (default: the active one)")
        parser.add_argument("--column", required=True,
                            help="the column holding the case identifier (header or letter)")
        parser.add_argument("--size", type=int, help="how many case files to draw")
        parser.add_argument("--method", choices=[m.value for m in Method])
        parser.add_argument("--stratum-column")
        parser.add_argument("--per-stratum", action="append", default=[],
                            help="N from each stratum, or NAME=N (repeat for each stratum)")
        parser.add_argument("--proportional", action="store_true",
                            help="share --size in proportion to the strata's sizes")
        parser.add_argument("--date-column", help="the column of the date the period is on")
        parser.add_argument("--from", dest="period_from", help="the period's first day")
        parser.add_argument("--to", dest="period_to", help="the period's last day")
        parser.add_argument("--seed", help="the seed (default: one is generated and printed)")
        parser.add_argument("--keep", action="append", default=[],
                            help="a further column whose value goes into the key list")

    def run(self, args: argparse.Namespace) -> int:
        plan, typed = _plan(args)
        spec = PopulationSpec(
            path=args.population, column=args.column, sheet=args.sheet,
            stratum_column=args.stratum_column, date_column=args.date_column,
            period_from=parse_day(args.period_from) if args.period_from else None,
            period_to=parse_day(args.period_to) if args.period_to else None,
            keep=tuple(args.keep))
        who = author(args)
        with Project.open(args.project) as project:
            prepare, keep = _key_list(project)
            outcome = draw_into_unit(project, args.unit, spec, plan, seed_typed=typed, author=who,
                                     allow_identity=allow(args), keep=keep, prepare=prepare)
            lines = record_lines(sampling_record(project, outcome.unit.id), language())
        print(_("Drew {count} case files into {unit}: case files {first}–{last}.",
                count=len(outcome.case_files), unit=outcome.unit.name,
                first=outcome.case_files[0][1], last=outcome.case_files[-1][1]))
        for line in lines:
            print(f"  {line}")
        return EXIT_OK


class Extend(Command):
    name, help = "extend", "draw more case files in the same order"

    def arguments(self, parser: argparse.ArgumentParser) -> None:
        parser.add_argument("project", type=Path)
        parser.add_argument("--unit", required=True)
        parser.add_argument("--by", type=int, required=True)
        parser.add_argument("--population", type=Path, required=True,
                            help="the list drawn from (its SHA-256 is checked)")
        parser.add_argument("--stratum", help="in a stratified draw: the stratum to extend")

    def run(self, args: argparse.Namespace) -> int:
        who = author(args)
        with Project.open(args.project) as project:
            unit = project.unit_by_name(args.unit)
            prepare, keep = _key_list(project)
            added = extend_unit(project, unit.id, args.population, args.by, stratum=args.stratum,
                                author=who, allow_identity=allow(args), keep=keep,
                                prepare=prepare)
        print(_("Extended {unit} by {count} case files: {labels}.", unit=unit.name,
                count=len(added), labels=", ".join(label for _id, label in added)))
        return EXIT_OK


class Replace(Command):
    name, help = "replace", "replace a drawn case file by the next in order"

    def arguments(self, parser: argparse.ArgumentParser) -> None:
        parser.add_argument("project", type=Path)
        parser.add_argument("--unit", required=True)
        parser.add_argument("--file", required=True, dest="case_file")
        parser.add_argument("--reason", required=True)
        parser.add_argument("--population", type=Path, required=True,
                            help="the list drawn from (its SHA-256 is checked)")
        parser.add_argument("--yes", action="store_true",
                            help="replace it even when it holds answers")

    def run(self, args: argparse.Namespace) -> int:
        who = author(args)
        with Project.open(args.project) as project:
            unit = project.unit_by_name(args.unit)
            prepare, keep = _key_list(project)
            _new, label = replace_file(project, unit.id, args.case_file, args.reason,
                                       args.population, author=who, allow_identity=allow(args),
                                       confirm=args.yes, keep=keep, prepare=prepare)
        print(_("Case file {label} of {unit} is now the next case in the draw's order; the one "
                "it replaced is removed, with the reason recorded.", label=label, unit=unit.name))
        return EXIT_OK


class Record(Command):
    name, help = "record", "how the unit's sample was drawn"

    def arguments(self, parser: argparse.ArgumentParser) -> None:
        parser.add_argument("project", type=Path)
        parser.add_argument("--unit", required=True)
        parser.add_argument("--format", choices=["text", "json"], default="text")

    def run(self, args: argparse.Namespace) -> int:
        with Project.open(args.project, readonly=True) as project:
            record = sampling_record(project, project.unit_by_name(args.unit).id)
        if args.format == "json":
            payload: dict[str, Any] = record_json(record)
            json.dump(payload, sys.stdout, ensure_ascii=False, indent=2)
            print()
        else:
            print(_("Sampling record of {unit}", unit=record.unit))
            for line in record_lines(record, language()):
                print(f"  {line}")
        return EXIT_OK


class Sample(CommandGroup):
    name, help = "sample", "draw a unit's sample from a list of cases, extend it, replace a " \
                           "case file, or print how it was drawn"
    commands = (Draw(), Extend(), Replace(), Record())


def _plan(args: argparse.Namespace) -> tuple[DrawPlan, bool]:
    per_stratum: int | None = None
    quotas: dict[str, int] = {}
    for given in args.per_stratum:
        name, equals, number = given.rpartition("=")
        try:
            count = int(number)
        except ValueError:
            raise UsageError(_("--per-stratum takes a number, or NAME=NUMBER (not {value}).",
                               value=given)) from None
        if equals:
            if name.strip() in quotas:
                raise SamplingError(TWICE, stratum=name.strip())
            quotas[name.strip()] = count
        elif per_stratum is None and not quotas:
            per_stratum = count
        else:
            raise UsageError(_("--per-stratum is one number for every stratum, or NAME=N for "
                               "each; not both."))
    if per_stratum is not None and quotas:
        raise UsageError(_("--per-stratum is one number for every stratum, or NAME=N for "
                           "each; not both."))
    stratified = bool(args.per_stratum or args.proportional)
    method = Method(args.method) if args.method else (
        Method.STRATIFIED if stratified else Method.RANDOM)
    if method is Method.STRATIFIED and not args.stratum_column:
        raise UsageError(_("A stratified draw needs --stratum-column."))
    if method is not Method.STRATIFIED and (stratified or args.stratum_column):
        raise UsageError(_("--stratum-column, --per-stratum and --proportional belong to "
                           "--method stratified."))
    if (args.period_from or args.period_to) and not args.date_column:
        raise UsageError(_("A period (--from, --to) needs --date-column."))
    typed = args.seed is not None
    seed = check_seed(args.seed) if typed else new_seed()
    return DrawPlan(method=method, seed=seed, size=args.size, per_stratum=per_stratum,
                    quotas=quotas or None, proportional=args.proportional), typed


def _key_list(project: Project) -> tuple[Prepare, Keep]:
    """The key list's door (`reviewer.keylist`): its password asked (or AKTG_KEY_PASSWORD)
    and the key list unlocked once every check of the draw has passed and before it is
    written, so a wrong password refuses the draw; then the drawn case files' values stored
    in it."""
    from reviewer import keylist
    from reviewer.cli.keys import key_password

    passwords: list[str] = []

    def prepare() -> None:
        password = key_password(project)
        keylist.unlock(project, password, create=True)
        passwords.append(password)

    def keep(entries: KeyEntries) -> None:
        if entries:
            unit_id = project.case_file(entries[0][0]).unit_id
            keylist.store_drawn(project, unit_id, entries, passwords[0])

    return prepare, keep
