"""The headless command line: `reviewer …` / `python -m reviewer …`.

One module a command group, each command's arguments beside what it does (`base.Command`,
as beets' `beets/ui/commands`); `COMMANDS` lists them in the order `--help` shows them.

Exit codes: 0 success; 1 usage errors (a command line that cannot be carried out as
written); 2 bad input (one clear message, no traceback), and `check` finding a problem or
`report --strict` refusing an incomplete unit; 3 `merge` left conflicts to decide; 130
interrupted (Ctrl+C).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from reviewer import i18n, scratch
from reviewer.cli import answers, exchange, keys, projects, reports, sampling, templates, units
from reviewer.cli.base import (
    EXIT_BAD_INPUT,
    EXIT_INTERRUPTED,
    EXIT_OK,
    EXIT_USAGE,
    Command,
    Parser,
    UsageError,
    common_options,
)
from reviewer.errors import (
    IdentityNumberInPackageError,
    ReviewerError,
    TargetExistsError,
    UnconfirmedQuestionRemovalError,
    UnconfirmedRemovalError,
)
from reviewer.i18n import N_, _
from reviewer.project import identify_user
from reviewer.settings import load_settings

COMMANDS: tuple[Command, ...] = (
    projects.New(), units.AddUnit(), answers.ImportGrid(), answers.Set(), reports.Summary(),
    reports.Report(), reports.Findings(), reports.Status(), answers.SignOff(),
    answers.Reopen(), units.RestoreUnit(), units.RenameUnit(), units.MoveUnit(),
    units.RenameFile(), units.MoveFile(), units.RemoveFile(), projects.Settings(),
    projects.Check(), projects.Demo(), exchange.Export(), exchange.Import(), exchange.Merge(),
    exchange.Conflicts(), exchange.Resolve(), exchange.History(), projects.Backups(),
    templates.Template(), keys.Key(),
    sampling.Sample(),
)

# Errors that the same command line with one more option would get past: the option named.
_HINTS: tuple[tuple[type[ReviewerError], str], ...] = (
    (IdentityNumberInPackageError,
     N_("To keep it, run the command again with --allow-identity-number.")),
    (UnconfirmedRemovalError, N_("To remove it with them, run the command again with --yes.")),
    (TargetExistsError, N_("To replace it, run the command again with --overwrite.")),
    (UnconfirmedQuestionRemovalError,
     N_("To remove it with them, run the command again with --confirm.")),
)


def build_parser() -> argparse.ArgumentParser:
    common = common_options()
    parser = Parser(prog="reviewer", description="Aktgranskning: case-file review for "
                     "municipal performance audits.", parents=[common])
    subparsers = parser.add_subparsers(dest="command", required=True, parser_class=Parser)
    for command in COMMANDS:
        sub = subparsers.add_parser(command.name, help=command.help, parents=[common])
        sub.set_defaults(handler=command.run)
        command.arguments(sub)
    return parser


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
    except ReviewerError as exc:
        print(_("Error: {message}", message=exc), file=sys.stderr)
        hint = next((h for kind, h in _HINTS if isinstance(exc, kind)), None)
        if hint:
            print(_(hint), file=sys.stderr)
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        return EXIT_INTERRUPTED
    except BrokenPipeError:  # output piped into `head` and the like
        sys.stderr.close()
        return EXIT_OK
    except Exception as exc:  # the last resort: one message and the log, no traceback
        return _unforeseen(exc, getattr(args, "project", None))
