"""What every command shares: the shape of a command (its arguments beside what it does,
as beets' `Subcommand`), the exit codes, and the options every command reads alike."""

from __future__ import annotations

import argparse
import sys
from abc import ABC, abstractmethod
from typing import ClassVar, NoReturn

from reviewer import i18n, privacy
from reviewer.errors import OperationError
from reviewer.i18n import N_, _
from reviewer.model import CaseFile, Code
from reviewer.project import Project
from reviewer.settings import author_origin, load_settings
from reviewer.templates import key_of

EXIT_OK, EXIT_USAGE, EXIT_BAD_INPUT, EXIT_CONFLICTS = 0, 1, 2, 3
EXIT_INTERRUPTED = 130  # Ctrl+C, as a shell reports a process ended by SIGINT (128 + 2)


class UsageError(Exception):
    """A command line that cannot be carried out as written (exit code 1)."""


class Parser(argparse.ArgumentParser):
    """A command's parser: a command line it cannot read is a usage error (exit code 1)."""

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"{self.prog}: {message}\n")


def common_options() -> Parser:
    """The options every command takes, before or after its name (and a command group's
    sub-command, after its own)."""
    common = Parser(add_help=False)
    common.add_argument("--lang", choices=i18n.LANGUAGES, default=argparse.SUPPRESS,
                        help="language of messages (default: AKTG_LANG, the settings, sv)")
    common.add_argument("--author", default=argparse.SUPPRESS,
                        help="who makes the change (default: AKTG_AUTHOR, the settings, "
                             "your user name)")
    common.add_argument("--allow-identity-number", action="store_true",
                        default=argparse.SUPPRESS,
                        help="deliberately keep text that looks like a personnummer")
    return common


class Command(ABC):
    """One command of `reviewer`: its name and help line, the arguments it takes, and what
    it does with them. `run` returns the exit code; an error it raises becomes one message
    (see `reviewer.cli.main`)."""

    name: ClassVar[str]
    help: ClassVar[str]

    @abstractmethod
    def arguments(self, parser: argparse.ArgumentParser) -> None:
        """Add the command's own arguments (the common options come with every command)."""

    @abstractmethod
    def run(self, args: argparse.Namespace) -> int:
        """Carry out the command line `args`."""


def allow(args: argparse.Namespace) -> bool:
    """--allow-identity-number: text that looks like a personnummer is kept deliberately."""
    return bool(getattr(args, "allow_identity_number", False))


def author(args: argparse.Namespace) -> str:
    """Who makes the change (stored in every event): refused when it looks like a
    personnummer, naming where it came from, unless deliberately allowed."""
    given = getattr(args, "author", None)
    name = str(given) if given else load_settings().author
    source = "--author" if given else author_origin() or _("your login name")
    privacy.check_text(_("The author (from {source})", source=source), name,
                       allow=allow(args))
    return name


def parse_value(value: str) -> Code | None:
    """VALUE of `set` and `resolve`: Ja, Nej, Eb, Et, or - for unanswered."""
    if value.strip() == "-":
        return None
    try:
        return Code.parse(value)
    except ValueError:
        raise UsageError(_("VALUE must be Ja, Nej, Eb, Et or - (not {value}).",
                           value=value)) from None


def case_file_arguments(parser: argparse.ArgumentParser) -> None:
    """--unit and --file: one case file of the project (see `chosen_case_file`)."""
    parser.add_argument("--unit", required=True)
    parser.add_argument("--file", required=True, dest="case_file")


def cell_arguments(parser: argparse.ArgumentParser) -> None:
    """--unit, --file and --question: one cell of the project."""
    case_file_arguments(parser)
    parser.add_argument("--question", required=True)


def chosen_case_file(project: Project, args: argparse.Namespace) -> CaseFile:
    """The case file that --unit and --file name."""
    return project.case_file_by_label(project.unit_by_name(args.unit).id, args.case_file)


def question_key(project: Project, given: str) -> str:
    """The key of the question the auditor names by its printed number (`8a`)."""
    try:
        return key_of(project.template, given)
    except KeyError:
        raise OperationError(N_("The template has no question {key}."), key=given) from None


def chosen_question(project: Project, args: argparse.Namespace) -> str:
    """The key of the question --question names by its printed number."""
    return question_key(project, args.question)


class CommandGroup(Command):
    """A command of commands (`reviewer key show …`, `reviewer template check …`): each
    sub-command a `Command` of its own, taking the common options like any other."""

    commands: ClassVar[tuple[Command, ...]]

    def arguments(self, parser: argparse.ArgumentParser) -> None:
        subparsers = parser.add_subparsers(dest=f"{self.name}_command", metavar="COMMAND",
                                           required=True, parser_class=Parser)
        for command in self.commands:
            sub = subparsers.add_parser(command.name, help=command.help,
                                        parents=[common_options()])
            # Its own name: whether a sub-parser's default overrides its parent's has
            # changed between Python versions.
            sub.set_defaults(**{self._handler: command.run})
            command.arguments(sub)

    @property
    def _handler(self) -> str:
        return f"{self.name}_handler"

    def run(self, args: argparse.Namespace) -> int:
        return int(getattr(args, self._handler)(args))
