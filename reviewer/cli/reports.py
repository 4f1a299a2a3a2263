"""Commands that read a project out: the Summa table, the finding sentences, each case
file's progress, and the bilaga as a file."""

from __future__ import annotations

import argparse
import csv
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from reviewer.cli.base import EXIT_BAD_INPUT, EXIT_OK, Command, UsageError, allow, author
from reviewer.i18n import N_, _
from reviewer.model import Convention, FileStatus
from reviewer.project import Project
from reviewer.report.model import DEFAULT_TITLE, ReportOptions
from reviewer.report.output import FORMATS
from reviewer.spreadsheet import neutralise

if TYPE_CHECKING:
    from reviewer.rules.summa import UnitSummary


class Summary(Command):
    name, help = "summary", "print the Summa table"

    def arguments(self, parser: argparse.ArgumentParser) -> None:
        parser.add_argument("project", type=Path)
        parser.add_argument("--unit")
        parser.add_argument("--convention", choices=[c.value for c in Convention])
        parser.add_argument("--format", choices=["table", "json", "csv"], default="table")

    def run(self, args: argparse.Namespace) -> int:
        from reviewer.summary import summarize

        with Project.open(args.project, readonly=True) as project:
            unit_ids = [project.unit_by_name(args.unit).id] if args.unit else None
            convention = Convention(args.convention) if args.convention else None
            summaries = summarize(project, unit_ids, convention)
        if args.format == "json":
            _print_json(summaries)
        elif args.format == "csv":
            _print_csv(summaries)
        else:
            for index, s in enumerate(summaries):
                if index:
                    print()
                _print_table(s)
        return EXIT_OK


def _print_json(summaries: list[UnitSummary]) -> None:
    json.dump({"units": [{
        "unit": s.unit.name, "files": s.files,
        "questions": [{"key": q.key, "Ja": q.ja, "Nej": q.nej, "Eb": q.eb, "Et": q.et,
                       "unanswered": q.unanswered, "summa": q.summa.text()}
                      for q in s.questions]} for s in summaries]},
              sys.stdout, ensure_ascii=False, indent=2)
    print()


def _print_csv(summaries: list[UnitSummary]) -> None:
    writer = csv.writer(sys.stdout, lineterminator="\n")
    writer.writerow(["unit", "key", "Ja", "Nej", "Eb", "Et", "unanswered", "summa"])
    for s in summaries:
        for q in s.questions:
            writer.writerow(map(neutralise, [s.unit.name, q.key, q.ja, q.nej, q.eb, q.et,
                                             q.unanswered, q.summa.text()]))


def _print_table(s: UnitSummary) -> None:
    print(_("{unit}: {files} case files, {done} complete", unit=s.unit.name, files=s.files,
            done=s.done))
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


class Findings(Command):
    name, help = "findings", "print the finding sentences of a unit"

    def arguments(self, parser: argparse.ArgumentParser) -> None:
        parser.add_argument("project", type=Path)
        parser.add_argument("--unit", required=True)
        parser.add_argument("--convention", choices=[c.value for c in Convention])

    def run(self, args: argparse.Namespace) -> int:
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
    FileStatus.NOT_STARTED: N_("not started"),
    FileStatus.IN_PROGRESS: N_("in progress"),
    FileStatus.COMPLETE: N_("complete"),
    FileStatus.SIGNED_OFF: N_("signed off"),
}


class Status(Command):
    name, help = "status", "list units and case files with their progress"

    def arguments(self, parser: argparse.ArgumentParser) -> None:
        parser.add_argument("project", type=Path)
        parser.add_argument("--unit")

    def run(self, args: argparse.Namespace) -> int:
        with Project.open(args.project, readonly=True) as project:
            units = [project.unit_by_name(args.unit)] if args.unit else project.units()
            print(_("{title} ({path})", title=project.info.title, path=project.path))
            for unit in units:
                print(f"{unit.name}")
                for p in project.unit_progress(unit.id):  # one read of the unit
                    case_file = p.case_file
                    line = _("  case file {label}: {status}, {done}/{applicable}",
                             label=case_file.label, status=_(_STATUS_TEXT[p.status]),
                             done=p.done, applicable=p.applicable)
                    if p.missing_reasons:
                        line += _("; reason missing on {keys}", keys=", ".join(
                            project.template.question(k).printed_key
                            for k in p.missing_reasons))
                    if case_file.signed_off_by:
                        line += _("; signed off by {by}", by=case_file.signed_off_by)
                    print(line)
        return EXIT_OK


def _reference(args: argparse.Namespace) -> Path | None:
    """The Word document the bilaga is built on (--reference-docx, else the settings'),
    refused before any work when it is not one."""
    from reviewer.report.docx_reference import check_reference
    from reviewer.settings import load_settings

    if args.reference_docx is not None:
        reference: Path | None = args.reference_docx
    else:
        stored = load_settings().word_reference
        reference = Path(stored) if stored else None
    if reference is not None:
        check_reference(reference)
    return reference


class Report(Command):
    name, help = "report", "write the bilaga as PDF, Word, Excel or CSV"

    def arguments(self, parser: argparse.ArgumentParser) -> None:
        parser.add_argument("project", type=Path)
        parser.add_argument("--format", choices=FORMATS, default="pdf")
        parser.add_argument("--out", type=Path, required=True)
        parser.add_argument("--unit", action="append", default=[], dest="units",
                            help="a unit to include (repeat for several; default: all)")
        parser.add_argument("--all", action="store_true",
                            help="every unit (the default; not with --unit)")
        parser.add_argument("--joint", action="store_true",
                            help="a summary across units before the appendices")
        parser.add_argument("--first-footnote", type=int)
        parser.add_argument("--reuse-footnotes", action="store_true")
        parser.add_argument("--convention", choices=[c.value for c in Convention])
        parser.add_argument("--title", default=DEFAULT_TITLE)
        parser.add_argument("--findings", action="store_true",
                            help="the finding sentences too")
        parser.add_argument("--sampling", action="store_true",
                            help="how each unit's sample was drawn (PDF, Word, Excel)")
        parser.add_argument("--percent", action="store_true", help="Summa as x/n (p %%)")
        parser.add_argument("--legend-always", action="store_true")
        parser.add_argument("--include-notes", action="store_true",
                            help="CSV: include the internal working notes")
        parser.add_argument("--footnotes-below", action="store_true",
                            help="Word: the reasons as a numbered list under each table "
                                 "instead of Word footnotes")
        parser.add_argument("--reference-docx", type=Path, metavar="FILE",
                            help="Word: the firm's .docx or .dotx whose styles, margins, "
                                 "header and footer the bilaga is built on (default: the "
                                 "settings' word_reference, else a clean default)")
        parser.add_argument("--strict", action="store_true",
                            help="refuse to print a unit with unanswered or unreasoned cells")

    def run(self, args: argparse.Namespace) -> int:
        from reviewer.report.builder import build_report, choose_units
        from reviewer.report.output import check_target, options_for, write_report

        if args.all and args.units:
            raise UsageError(_("--all means every unit, so it cannot be used with "
                               "--unit."))
        if args.first_footnote is not None and args.first_footnote < 1:
            raise UsageError(_("--first-footnote must be 1 or more."))
        if args.format != "docx" and (args.reference_docx or args.footnotes_below):
            raise UsageError(_("--reference-docx and --footnotes-below are for --format "
                               "docx."))
        check_target(args.out)
        reference = _reference(args) if args.format == "docx" else None
        options = options_for(args.format, ReportOptions(
            title=args.title, first_footnote=args.first_footnote,
            convention=Convention(args.convention) if args.convention else None,
            percent=args.percent, reuse_footnotes=args.reuse_footnotes,
            legend_always=args.legend_always, findings=args.findings, joint=args.joint,
            allow_identity=allow(args), footnotes_below=args.footnotes_below,
            reference_docx=reference,
            author=author(args) if args.format == "docx" else "",
            sampling=args.sampling))
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
