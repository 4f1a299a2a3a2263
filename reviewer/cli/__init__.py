"""The headless command line: `reviewer …` / `python -m reviewer …`.

Exit codes: 0 success, 2 bad input (one clear message, no traceback), 1 usage errors.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

from reviewer import i18n, privacy, review, scratch
from reviewer.errors import IdentityNumberInPackageError, OperationError, ReviewerError
from reviewer.i18n import N_, _, local_time
from reviewer.model import Answer, AnswerEvent, Code, Convention, FileStatus, PackageInfo, Placement
from reviewer.project import Project, identify_user
from reviewer.report.model import DEFAULT_TITLE, ReportOptions
from reviewer.settings import author_origin, load_settings
from reviewer.spreadsheet import neutralise

if TYPE_CHECKING:
    from reviewer.summary import UnitSummary

EXIT_OK, EXIT_USAGE, EXIT_BAD_INPUT, EXIT_CONFLICTS = 0, 1, 2, 3


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"{self.prog}: {message}\n")


def _common() -> _Parser:
    common = _Parser(add_help=False)
    common.add_argument("--lang", choices=i18n.LANGUAGES, default=argparse.SUPPRESS,
                        help="language of messages (default: AKTG_LANG, the settings, sv)")
    common.add_argument("--author", default=argparse.SUPPRESS,
                        help="who makes the change (default: AKTG_AUTHOR, the settings, "
                             "your user name)")
    common.add_argument("--allow-identity-number", action="store_true",
                        default=argparse.SUPPRESS,
                        help="deliberately keep text that looks like a personnummer")
    return common


def build_parser() -> argparse.ArgumentParser:
    common = _common()
    parser = _Parser(prog="reviewer", description="Aktgranskning: case-file review for "
                     "municipal performance audits.", parents=[common])
    commands = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)

    def command(name: str, handler: Callable[[argparse.Namespace], int], help_text: str
                ) -> argparse.ArgumentParser:
        sub = commands.add_parser(name, help=help_text, parents=[common])
        sub.set_defaults(handler=handler)
        return sub

    sub = command("new", _new, "create a project file")
    sub.add_argument("project", type=Path)
    sub.add_argument("--title", required=True)
    sub.add_argument("--template", default="builtin", help="builtin or a template .json")
    sub.add_argument("--convention", choices=[c.value for c in Convention],
                     help="default: the one in your settings, else all")
    sub.add_argument("--organisation", default="")
    sub.add_argument("--firm", default="")
    sub.add_argument("--period", default="")
    sub.add_argument("--first-footnote", type=int, default=1)

    sub = command("add-unit", _add_unit, "add an audited unit with its case files")
    sub.add_argument("project", type=Path)
    sub.add_argument("name")
    sub.add_argument("--files", type=int, required=True)

    sub = command("import-grid", _import_grid, "import an Excel/CSV review sheet into a unit")
    sub.add_argument("project", type=Path)
    sub.add_argument("sheet", type=Path)
    sub.add_argument("--unit", required=True)

    sub = command("set", _set, "set one answer (VALUE Ja|Nej|Eb|Et, or - to clear)")
    sub.add_argument("project", type=Path)
    sub.add_argument("--unit", required=True)
    sub.add_argument("--file", required=True, dest="case_file")
    sub.add_argument("--question", required=True)
    sub.add_argument("value")
    sub.add_argument("--reason")
    sub.add_argument("--placement", choices=[p.value for p in Placement])
    sub.add_argument("--note")

    sub = command("summary", _summary, "print the Summa table")
    sub.add_argument("project", type=Path)
    sub.add_argument("--unit")
    sub.add_argument("--convention", choices=[c.value for c in Convention])
    sub.add_argument("--format", choices=["table", "json", "csv"], default="table")

    sub = command("report", _report, "write the bilaga as PDF, Word, Excel or CSV")
    sub.add_argument("project", type=Path)
    sub.add_argument("--format", choices=["pdf", "docx", "xlsx", "csv"], default="pdf")
    sub.add_argument("--out", type=Path, required=True)
    sub.add_argument("--unit", action="append", default=[], dest="units",
                     help="a unit to include (repeat for several; default: all)")
    sub.add_argument("--all", action="store_true", help="every unit (the default)")
    sub.add_argument("--joint", action="store_true",
                     help="a summary across units before the appendices")
    sub.add_argument("--first-footnote", type=int)
    sub.add_argument("--reuse-footnotes", action="store_true")
    sub.add_argument("--convention", choices=[c.value for c in Convention])
    sub.add_argument("--title", default=DEFAULT_TITLE)
    sub.add_argument("--findings", action="store_true", help="the finding sentences too")
    sub.add_argument("--percent", action="store_true", help="Summa as x/n (p %%)")
    sub.add_argument("--legend-always", action="store_true")
    sub.add_argument("--include-notes", action="store_true",
                     help="CSV: include the internal working notes")
    sub.add_argument("--strict", action="store_true",
                     help="refuse to print a unit with unanswered or unreasoned cells")

    sub = command("findings", _findings, "print the finding sentences of a unit")
    sub.add_argument("project", type=Path)
    sub.add_argument("--unit", required=True)
    sub.add_argument("--convention", choices=[c.value for c in Convention])

    sub = command("status", _status, "list units and case files with their progress")
    sub.add_argument("project", type=Path)
    sub.add_argument("--unit")

    sub = command("sign-off", _sign_off, "sign off a complete case file (locks it)")
    sub.add_argument("project", type=Path)
    sub.add_argument("--unit", required=True)
    sub.add_argument("--file", required=True, dest="case_file")
    sub.add_argument("--by", required=True)

    sub = command("reopen", _reopen, "reopen a signed-off case file")
    sub.add_argument("project", type=Path)
    sub.add_argument("--unit", required=True)
    sub.add_argument("--file", required=True, dest="case_file")

    sub = command("restore-unit", _restore_unit, "bring back a removed unit (or, with "
                  "--file, a removed case file of a unit) with its answers")
    sub.add_argument("project", type=Path)
    sub.add_argument("--unit", required=True)
    sub.add_argument("--file", dest="case_file", help="a removed case file of the unit")

    sub = command("settings", _settings, "show or change the project's settings")
    sub.add_argument("project", type=Path)
    sub.add_argument("--convention", choices=[c.value for c in Convention])
    sub.add_argument("--first-footnote", type=int)
    sub.add_argument("--title")

    sub = command("check", _check, "check the file's integrity and the project's rules")
    sub.add_argument("project", type=Path)

    sub = command("demo", _demo, "write the sample project")
    sub.add_argument("project", type=Path)

    sub = command("export", _export, "write an exchange package (*.aktgx) for a colleague")
    sub.add_argument("project", type=Path)
    sub.add_argument("--out", type=Path, required=True)
    sub.add_argument("--unit", action="append", default=[], dest="units",
                     help="a unit to include (repeat for several; default: all)")
    sub.add_argument("--password-file", type=Path,
                     help="encrypt with the password on the first line of this file")

    sub = command("import", _import, "make a project file of its own from a package")
    sub.add_argument("package", type=Path)
    sub.add_argument("--out", type=Path, required=True)
    sub.add_argument("--password-file", type=Path)

    sub = command("merge", _merge, "merge a colleague's package into the project "
                  "(exit 3 while conflicts remain)")
    sub.add_argument("project", type=Path)
    sub.add_argument("package", type=Path)
    sub.add_argument("--password-file", type=Path)

    sub = command("conflicts", _conflicts, "list the cells two copies changed apart")
    sub.add_argument("project", type=Path)

    sub = command("resolve", _resolve, "decide a conflict (VALUE Ja|Nej|Eb|Et, or - to "
                  "clear)")
    sub.add_argument("project", type=Path)
    _cell_arguments(sub)
    sub.add_argument("value")
    sub.add_argument("--reason")

    sub = command("history", _history, "every change of one cell: who, what, when, from "
                  "which package")
    sub.add_argument("project", type=Path)
    _cell_arguments(sub)

    sub = command("backups", _backups, "list the project's backups, or restore one")
    sub.add_argument("project", type=Path)
    sub.add_argument("--restore", type=int, metavar="N", help="restore backup N of the list")
    return parser


def _cell_arguments(sub: argparse.ArgumentParser) -> None:
    sub.add_argument("--unit", required=True)
    sub.add_argument("--file", required=True, dest="case_file")
    sub.add_argument("--question", required=True)


# -- commands --------------------------------------------------------------------------


def _allow(args: argparse.Namespace) -> bool:
    return bool(getattr(args, "allow_identity_number", False))


def _author(args: argparse.Namespace) -> str:
    """Who makes the change (stored in every event): refused when it looks like a
    personnummer, naming where it came from, unless deliberately allowed."""
    given = getattr(args, "author", None)
    author = str(given) if given else load_settings().author
    source = "--author" if given else author_origin() or _("your login name")
    privacy.check_text(_("The author (from {source})", source=source), author,
                       allow=_allow(args))
    return author


def _new(args: argparse.Namespace) -> int:
    from reviewer.templates import builtin_template, load_template

    template = (builtin_template() if args.template == "builtin"
                else load_template(Path(args.template), allow_identity=_allow(args)))
    project = review.create_project(
        args.project, title=args.title, template=template, organisation=args.organisation,
        firm=args.firm, period=args.period,
        convention=Convention(args.convention or load_settings().convention),
        first_footnote=args.first_footnote, allow_identity=_allow(args))
    project.close()
    print(_("Created {path} ({count} questions).", path=args.project,
            count=len(template.questions)))
    return EXIT_OK


def _add_unit(args: argparse.Namespace) -> int:
    with Project.open(args.project) as project:
        unit, _changes = review.add_unit(project, args.name, files=args.files,
                                         allow_identity=_allow(args))
    print(_("Added {unit} with {count} case files.", unit=unit.name, count=args.files))
    return EXIT_OK


def _import_grid(args: argparse.Namespace) -> int:
    from reviewer.gridimport import import_grid

    with Project.open(args.project) as project:
        result = import_grid(project, args.sheet, args.unit, author=_author(args),
                             allow_identity=_allow(args))
    print(_("Imported {answers} answers for {files} case files into {unit}.",
            answers=result.answers, files=result.files, unit=args.unit))
    if result.missing_reasons:
        print(_("Warning: {count} Eb/Et answers have no reason yet.",
                count=result.missing_reasons), file=sys.stderr)
    return EXIT_OK


def _parse_value(value: str) -> Code | None:
    """VALUE of `set` and `resolve`: Ja, Nej, Eb, Et, or - for unanswered."""
    if value.strip() == "-":
        return None
    try:
        return Code.parse(value)
    except ValueError:
        raise UsageError(_("VALUE must be Ja, Nej, Eb, Et or - (not {value}).",
                           value=value)) from None


def _set(args: argparse.Namespace) -> int:
    code = _parse_value(args.value)
    with Project.open(args.project) as project:
        unit = project.unit_by_name(args.unit)
        case_file = project.case_file_by_label(unit.id, args.case_file)
        review.set_answer(project, case_file.id, args.question, code, author=_author(args),
                          reason=args.reason,
                          placement=Placement(args.placement) if args.placement else None,
                          note=args.note, allow_identity=_allow(args))
        cell = project.cells(case_file.id)[args.question]
    if cell.missing_reason:
        print(_("Stored; {code} still needs a reason before the file is complete.",
                code=cell.code), file=sys.stderr)
    return EXIT_OK


def _summary(args: argparse.Namespace) -> int:
    from reviewer.summary import summarize

    with Project.open(args.project, readonly=True) as project:
        unit_ids = [project.unit_by_name(args.unit).id] if args.unit else None
        convention = Convention(args.convention) if args.convention else None
        summaries = summarize(project, unit_ids, convention)
    if args.format == "json":
        json.dump({"units": [{
            "unit": s.unit.name, "files": s.files,
            "questions": [{"key": q.key, "Ja": q.ja, "Nej": q.nej, "Eb": q.eb, "Et": q.et,
                           "unanswered": q.unanswered, "summa": q.summa.text()}
                          for q in s.questions]} for s in summaries]},
                  sys.stdout, ensure_ascii=False, indent=2)
        print()
    elif args.format == "csv":
        writer = csv.writer(sys.stdout, lineterminator="\n")
        writer.writerow(["unit", "key", "Ja", "Nej", "Eb", "Et", "unanswered", "summa"])
        for s in summaries:
            for q in s.questions:
                writer.writerow(map(neutralise, [s.unit.name, q.key, q.ja, q.nej, q.eb, q.et,
                                                 q.unanswered, q.summa.text()]))
    else:
        for index, s in enumerate(summaries):
            if index:
                print()
            _print_table(s)
    return EXIT_OK


def _print_table(s: UnitSummary) -> None:
    done = s.status_counts[FileStatus.COMPLETE] + s.status_counts[FileStatus.SIGNED_OFF]
    print(_("{unit}: {files} case files, {done} complete", unit=s.unit.name, files=s.files,
            done=done))
    header = [_("Question"), "Ja", "Nej", "Eb", "Et", _("Unanswered"), "Summa"]
    rows = [[q.key, str(q.ja), str(q.nej), str(q.eb), str(q.et), str(q.unanswered),
             q.summa.text()] for q in s.questions]
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header))]
    for row in [header, *rows]:
        print("  ".join(v.ljust(w) if i == 0 else v.rjust(w)
                        for i, (v, w) in enumerate(zip(row, widths, strict=True))))
    missing = sum(q.missing_reasons for q in s.questions)
    if missing:
        print(_("Note: {count} Eb/Et answers still lack a reason.", count=missing))


def _report(args: argparse.Namespace) -> int:
    from reviewer.report.builder import build_report, choose_units
    from reviewer.report.output import check_target, options_for, write_report

    if args.first_footnote is not None and args.first_footnote < 1:
        return _usage(_("--first-footnote must be 1 or more."))
    check_target(args.out)
    options = options_for(args.format, ReportOptions(
        title=args.title, first_footnote=args.first_footnote,
        convention=Convention(args.convention) if args.convention else None,
        percent=args.percent, reuse_footnotes=args.reuse_footnotes,
        legend_always=args.legend_always, findings=args.findings, joint=args.joint,
        allow_identity=_allow(args)))
    with Project.open(args.project, readonly=True) as project:
        report = build_report(project, choose_units(project, args.units), options)
    if report.warnings:
        print(_("Not complete:"), file=sys.stderr)
        for line in report.warnings:
            print(f"  {line}", file=sys.stderr)
        if args.strict:
            print(_("Error: with --strict an incomplete unit is not printed; nothing was "
                    "written."), file=sys.stderr)
            return EXIT_BAD_INPUT
    write_report(report, args.format, args.out, include_notes=args.include_notes)
    print(_("Wrote {path}.", path=args.out))
    return EXIT_OK


def _findings(args: argparse.Namespace) -> int:
    from reviewer.report.builder import build_report

    with Project.open(args.project, readonly=True) as project:
        unit = project.unit_by_name(args.unit)
        convention = Convention(args.convention) if args.convention else None
        report = build_report(project, [unit], ReportOptions(convention=convention,
                                                             findings=True))
    for sentence in report.appendices[0].findings:
        print(sentence)
    return EXIT_OK


_STATUS_TEXT = {
    FileStatus.NOT_STARTED: i18n.N_("not started"),
    FileStatus.IN_PROGRESS: i18n.N_("in progress"),
    FileStatus.COMPLETE: i18n.N_("complete"),
    FileStatus.SIGNED_OFF: i18n.N_("signed off"),
}


def _status(args: argparse.Namespace) -> int:
    with Project.open(args.project, readonly=True) as project:
        units = [project.unit_by_name(args.unit)] if args.unit else project.units()
        print(_("{title} ({path})", title=project.info.title, path=project.path))
        for unit in units:
            print(f"{unit.name}")
            for case_file in project.case_files(unit.id):
                p = project.progress(case_file)
                line = _("  case file {label}: {status}, {done}/{applicable}",
                         label=case_file.label, status=_(_STATUS_TEXT[p.status]),
                         done=p.done, applicable=p.applicable)
                if p.missing_reasons:
                    line += _("; reason missing on {keys}", keys=", ".join(p.missing_reasons))
                if case_file.signed_off_by:
                    line += _("; signed off by {by}", by=case_file.signed_off_by)
                print(line)
    return EXIT_OK


def _sign_off(args: argparse.Namespace) -> int:
    with Project.open(args.project) as project:
        case_file = project.case_file_by_label(project.unit_by_name(args.unit).id,
                                               args.case_file)
        review.sign_off(project, case_file.id, by=args.by, allow_identity=_allow(args))
    print(_("Case file {label} is signed off and locked.", label=args.case_file))
    return EXIT_OK


def _reopen(args: argparse.Namespace) -> int:
    with Project.open(args.project) as project:
        case_file = project.case_file_by_label(project.unit_by_name(args.unit).id,
                                               args.case_file)
        review.reopen(project, case_file.id)
    print(_("Case file {label} is open for changes again.", label=args.case_file))
    return EXIT_OK


def _restore_unit(args: argparse.Namespace) -> int:
    with Project.open(args.project) as project:
        if args.case_file is None:
            removed = project.removed_unit_by_name(args.unit)
            review.restore_unit(project, removed.unit_id)
            unit = project.unit(removed.unit_id)
            print(_("Brought back {unit} with {count} case files.", unit=unit.name,
                    count=len(project.case_files(unit.id))))
            if unit.name != removed.unit_name:
                print(_("A unit named {name} was added while it was removed, so it is now "
                        "called {new}.", name=removed.unit_name, new=unit.name))
            return EXIT_OK
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


def _settings(args: argparse.Namespace) -> int:
    changing = any(v is not None for v in (args.convention, args.first_footnote, args.title))
    with Project.open(args.project, readonly=not changing) as project:
        if changing:
            review.update_project(
                project, title=args.title, first_footnote=args.first_footnote,
                convention=Convention(args.convention) if args.convention else None,
                allow_identity=_allow(args))
        info = project.info
    print(_("Title: {title}", title=info.title))
    print(_("Organisation: {value}", value=info.organisation or "–"))
    print(_("Audit firm: {value}", value=info.firm or "–"))
    print(_("Period: {value}", value=info.period or "–"))
    print(_("Summa convention: {value}", value=info.convention.value))
    print(_("First footnote number: {value}", value=info.first_footnote))
    return EXIT_OK


def _check(args: argparse.Namespace) -> int:
    from reviewer.check import check_file

    report = check_file(args.project)
    for line in report.lines:
        print(line)
    return EXIT_OK if report.ok else EXIT_BAD_INPUT


def _password(args: argparse.Namespace) -> str | None:
    path: Path | None = getattr(args, "password_file", None)
    if path is None:
        return None
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise UsageError(_("The password file {path} could not be read: {detail}",
                           path=path, detail=getattr(exc, "strerror", None) or exc)) from None
    if not lines or not lines[0]:
        raise UsageError(_("The password file {path} is empty.", path=path))
    return lines[0]


def _export(args: argparse.Namespace) -> int:
    from reviewer.exchange import export_package

    with Project.open(args.project, readonly=True) as project:
        unit_ids = [project.unit_by_name(n).id for n in args.units] if args.units else None
        manifest = export_package(project, args.out, author=_author(args), unit_ids=unit_ids,
                                  password=_password(args))
    print(_("Wrote {path}: {units} units{encrypted}.", path=args.out,
            units=len(manifest.units),
            encrypted=_(", encrypted") if manifest.encrypted else ""))
    return EXIT_OK


def _import(args: argparse.Namespace) -> int:
    from reviewer.exchange import import_package

    manifest = import_package(args.package, args.out, author=_author(args),
                              password=_password(args), allow_identity=_allow(args))
    print(_("Imported {title} ({units} units) into {path}.", title=manifest.project_title,
            units=len(manifest.units), path=args.out))
    return EXIT_OK


def _merge(args: argparse.Namespace) -> int:
    from reviewer.exchange import merge_package

    with Project.open(args.project) as project:
        report = merge_package(project, args.package, author=_author(args),
                               password=_password(args),
                               keep_backups=load_settings().backups,
                               allow_identity=_allow(args))
    for line in report.lines():
        print(line)
    if report.conflicts_in_project:
        print(_("{count} conflicts remain: `reviewer conflicts` lists them, `reviewer "
                "resolve` decides one.", count=report.conflicts_in_project), file=sys.stderr)
        return EXIT_CONFLICTS
    return EXIT_OK


def _describe(event: AnswerEvent) -> str:
    code = event.answer.code.value if event.answer.code else _("unanswered")
    reason = f" – {event.answer.reason}" if event.answer.reason else ""
    return f"{code}{reason}"


def _conflicts(args: argparse.Namespace) -> int:
    with Project.open(args.project, readonly=True) as project:
        conflicts = project.conflicts()
        places = _places(project)
        packages = project.packages()
    for conflict in conflicts:
        print(_("{place}, question {key}:", place=places[conflict.case_file_id],
                key=conflict.question_key))
        for side in conflict.sides:
            print(f"  {_describe(side)}  ({_who(side, packages)})")
    print(_("{count} conflicts.", count=len(conflicts)))
    return EXIT_OK


def _who(event: AnswerEvent, packages: dict[str, PackageInfo]) -> str:
    when = local_time(event.at)
    package = packages.get(event.origin or "")
    if package is None:
        return _("{who}, {when}", who=event.author, when=when)
    return _("{who}, {when}, from {file}", who=event.author, when=when,
             file=package.file_name)


def _places(project: Project) -> dict[str, str]:
    return {case_file_id: _("{unit}, case file {label}", unit=unit, label=label)
            for case_file_id, (unit, label) in project.case_file_places().items()}


def _resolve(args: argparse.Namespace) -> int:
    code = _parse_value(args.value)
    with Project.open(args.project) as project:
        case_file = project.case_file_by_label(project.unit_by_name(args.unit).id,
                                               args.case_file)
        review.resolve_conflict(project, case_file.id, args.question,
                                Answer(code=code, reason=(args.reason or "").strip()),
                                author=_author(args), allow_identity=_allow(args))
        left = len(project.conflicts())
    print(_("Decided. {count} conflicts remain.", count=left))
    return EXIT_OK


def _history(args: argparse.Namespace) -> int:
    with Project.open(args.project, readonly=True) as project:
        case_file = project.case_file_by_label(project.unit_by_name(args.unit).id,
                                               args.case_file)
        events = project.history(case_file.id, args.question)
        packages = project.packages()
        cell = project.cells(case_file.id).get(args.question)
    if cell is None:
        raise OperationError(N_("The template has no question {key}."), key=args.question)
    for event in events:
        decided = _("  (decides a conflict)") if event.also_replaces else ""
        print(f"{_who(event, packages)}: {_describe(event)}{decided}")
    if not events:
        print(_("Never answered."))
    elif cell.conflict:
        print(_("In conflict: the value shown is provisional until decided."))
    return EXIT_OK


def _backups(args: argparse.Namespace) -> int:
    from reviewer.store.backups import list_backups, restore_backup

    with Project.open(args.project, readonly=True) as project:
        project_id = project.info.id
    found = list_backups(args.project, project_id)
    if args.restore is not None:
        if not 1 <= args.restore <= len(found):
            raise UsageError(_("There is no backup {number}; there are {count}.",
                               number=args.restore, count=len(found)))
        chosen = found[args.restore - 1]
        restore_backup(args.project, chosen.path, project_id, load_settings().backups)
        print(_("Restored the backup of {when} into {path}; the project as it was is kept "
                "as a backup too.", when=chosen.made_at.strftime("%Y-%m-%d %H:%M:%S"),
                path=args.project))
        return EXIT_OK
    for number, backup in enumerate(found, start=1):
        print(f"{number:3}  {backup.made_at:%Y-%m-%d %H:%M:%S}  {backup.size / 1e6:8.2f} MB  "
              f"{backup.path}")
    if not found:
        print(_("No backups yet; the app makes one each time it opens the project, and one "
                "before every merge."))
    return EXIT_OK


def _demo(args: argparse.Namespace) -> int:
    from reviewer.sample import write_demo

    write_demo(args.project).close()
    print(_("Wrote the sample project to {path}.", path=args.project))
    return EXIT_OK


# -- entry point -----------------------------------------------------------------------


class UsageError(Exception):
    """A command line that cannot be carried out as written (exit code 1)."""


def _usage(message: str) -> int:
    print(f"reviewer: {message}", file=sys.stderr)
    return EXIT_USAGE


def _unforeseen(exc: Exception, project: Path | None) -> int:
    """An error no check foresaw: the details go to the log; the auditor reads one message,
    SQLite's own verdict when the project file turns out damaged."""
    import traceback

    from reviewer.check import sqlite_verdict
    from reviewer.paths import log_path

    log = log_path()
    try:
        log.parent.mkdir(parents=True, exist_ok=True)
        with log.open("a", encoding="utf-8") as f:
            f.write("".join(traceback.format_exception(exc)))
    except OSError:
        pass  # the message below still stands
    verdict = sqlite_verdict(project) if isinstance(project, Path) else []
    if verdict:
        print(_("Error: The project file {path} is damaged ({detail}).", path=project,
                detail="; ".join(verdict[:3])), file=sys.stderr)
    else:
        print(_("Error: something unforeseen went wrong ({kind}: {error}). The details are "
                "in {log}.", kind=type(exc).__name__, error=exc, log=log), file=sys.stderr)
    return EXIT_BAD_INPUT


def main(argv: Sequence[str] | None = None) -> int:
    raw = list(sys.argv[1:] if argv is None else argv)
    language = load_settings().language
    if "--lang" in raw[:-1]:
        language = raw[raw.index("--lang") + 1]
    if language in i18n.LANGUAGES:
        i18n.set_language(language)
    args = build_parser().parse_args(raw)
    identify_user(str(getattr(args, "author", "") or load_settings().author))
    scratch.clean_leftovers()  # what a killed earlier run left (see reviewer.scratch)
    try:
        return int(args.handler(args))
    except UsageError as exc:
        return _usage(str(exc))
    except IdentityNumberInPackageError as exc:
        print(_("Error: {message}", message=exc), file=sys.stderr)
        print(_("To keep it, run the command again with --allow-identity-number."),
              file=sys.stderr)
        return EXIT_BAD_INPUT
    except ReviewerError as exc:
        print(_("Error: {message}", message=exc), file=sys.stderr)
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # output piped into `head` and the like
        sys.stderr.close()
        return EXIT_OK
    except Exception as exc:  # the last resort: one message and the log, no traceback
        return _unforeseen(exc, getattr(args, "project", None))
