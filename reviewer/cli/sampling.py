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
    Parser,
    UsageError,
    allow,
    author,
    common_options,
)
from reviewer.errors import SamplingError
from reviewer.i18n import N_, _
from reviewer.project import Project
from reviewer.sampling.draw import DrawPlan, Method, check_seed, new_seed
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


class Sample(Command):
    name, help = "sample", "draw a unit's sample from a list of cases, extend it, replace a " \
                           "case file, or print how it was drawn"

    def arguments(self, parser: argparse.ArgumentParser) -> None:
        actions = parser.add_subparsers(dest="sample_action", required=True,
                                        parser_class=Parser)
        draw = actions.add_parser("draw", help="draw the case files of a unit",
                                  parents=[common_options()])
        draw.add_argument("project", type=Path)
        draw.add_argument("--unit", required=True,
                          help="the unit (made if the project has none of that name)")
        draw.add_argument("--population", type=Path, required=True,
                          help="the list of cases (.xlsx or .csv)")
        draw.add_argument("--sheet", help="the workbook's sheet (default: the active one)")
        draw.add_argument("--column", required=True,
                          help="the column holding the case identifier (header or letter)")
        draw.add_argument("--size", type=int, help="how many case files to draw")
        draw.add_argument("--method", choices=[m.value for m in Method])
        draw.add_argument("--stratum-column")
        draw.add_argument("--per-stratum", action="append", default=[],
                          help="N from each stratum, or NAME=N (repeat for each stratum)")
        draw.add_argument("--proportional", action="store_true",
                          help="share --size in proportion to the strata's sizes")
        draw.add_argument("--date-column", help="the column of the date the period is on")
        draw.add_argument("--from", dest="period_from", help="the period's first day")
        draw.add_argument("--to", dest="period_to", help="the period's last day")
        draw.add_argument("--seed", help="the seed (default: one is generated and printed)")
        draw.add_argument("--keep", action="append", default=[],
                          help="a further column whose value goes into the key list")
        draw.set_defaults(sample_run=_draw)

        extend = actions.add_parser("extend", help="draw more case files in the same order",
                                    parents=[common_options()])
        extend.add_argument("project", type=Path)
        extend.add_argument("--unit", required=True)
        extend.add_argument("--by", type=int, required=True)
        extend.add_argument("--population", type=Path, required=True,
                            help="the list drawn from (its SHA-256 is checked)")
        extend.add_argument("--stratum", help="in a stratified draw: the stratum to extend")
        extend.set_defaults(sample_run=_extend)

        replace = actions.add_parser("replace", parents=[common_options()],
                                     help="replace a drawn case file by the next in order")
        replace.add_argument("project", type=Path)
        replace.add_argument("--unit", required=True)
        replace.add_argument("--file", required=True, dest="case_file")
        replace.add_argument("--reason", required=True)
        replace.add_argument("--population", type=Path, required=True,
                             help="the list drawn from (its SHA-256 is checked)")
        replace.add_argument("--yes", action="store_true",
                             help="replace it even when it holds answers")
        replace.set_defaults(sample_run=_replace)

        record = actions.add_parser("record", parents=[common_options()],
                                    help="how the unit's sample was drawn")
        record.add_argument("project", type=Path)
        record.add_argument("--unit", required=True)
        record.add_argument("--format", choices=["text", "json"], default="text")
        record.set_defaults(sample_run=_record)

    def run(self, args: argparse.Namespace) -> int:
        return int(args.sample_run(args))


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


def _draw(args: argparse.Namespace) -> int:
    plan, typed = _plan(args)
    spec = PopulationSpec(
        path=args.population, column=args.column, sheet=args.sheet,
        stratum_column=args.stratum_column, date_column=args.date_column,
        period_from=parse_day(args.period_from) if args.period_from else None,
        period_to=parse_day(args.period_to) if args.period_to else None,
        keep=tuple(args.keep))
    if spec.period_from and spec.period_to and spec.period_from > spec.period_to:
        raise SamplingError(N_("The period ends before it starts."))
    who = author(args)
    with Project.open(args.project) as project:
        prepare, keep = _key_list(project)
        outcome = draw_into_unit(project, args.unit, spec, plan, seed_typed=typed, author=who,
                                 allow_identity=allow(args), keep=keep, prepare=prepare)
        lines = record_lines(sampling_record(project, outcome.unit.id), _language())
    print(_("Drew {count} case files into {unit}: case files {first}–{last}.",
            count=len(outcome.case_files), unit=outcome.unit.name,
            first=outcome.case_files[0][1], last=outcome.case_files[-1][1]))
    for line in lines:
        print(f"  {line}")
    return EXIT_OK


def _language() -> str:
    from reviewer.i18n import language

    return language()


def _extend(args: argparse.Namespace) -> int:
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


def _replace(args: argparse.Namespace) -> int:
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


def _record(args: argparse.Namespace) -> int:
    with Project.open(args.project, readonly=True) as project:
        record = sampling_record(project, project.unit_by_name(args.unit).id)
    if args.format == "json":
        payload: dict[str, Any] = record_json(record)
        json.dump(payload, sys.stdout, ensure_ascii=False, indent=2)
        print()
    else:
        print(_("Sampling record of {unit}", unit=record.unit))
        for line in record_lines(record, _language()):
            print(f"  {line}")
    return EXIT_OK
