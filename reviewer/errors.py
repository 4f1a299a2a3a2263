"""The domain's own error types; the CLI and the UI turn each into one clear message."""

from __future__ import annotations

from dataclasses import dataclass

from reviewer.i18n import N_, _


class ReviewerError(Exception):
    """Base of every error a user can cause. `str()` is the translated message."""

    def __init__(self, message: str, /, **params: object) -> None:
        super().__init__(message)
        self.msgid = message
        self.params = params

    def __str__(self) -> str:
        return _(self.msgid, **self.params)


class ProjectFileError(ReviewerError):
    """A project file that cannot be opened or written as asked."""


class NotAProjectError(ProjectFileError):
    pass


class DamagedProjectError(ProjectFileError):
    pass


class ForeignObjectsError(DamagedProjectError):
    """A file holding database objects the app does not make (a trigger, a view, …)."""

    def __init__(self, message: str, /, objects: list[str], **params: object) -> None:
        super().__init__(message, objects=", ".join(objects[:5]), **params)
        self.objects = objects


class NewerFormatError(ProjectFileError):
    pass


class ProjectLockedError(ProjectFileError):
    """Another writer holds the project; it can still be opened read-only."""


class DiskFullError(ProjectFileError):
    """The disk is full: the change was not made."""


class ProjectNotWritableError(ProjectFileError):
    """The project's folder or file cannot be written; it can still be opened read-only."""


class TemplateError(ReviewerError):
    def __init__(self, source: str, problems: list[str]) -> None:
        super().__init__(N_("The template {source} is not valid:\n{problems}"),
                         source=source, problems="")
        self.source = source
        self.problems = problems

    def __str__(self) -> str:
        lines = "\n".join(f"  - {p}" for p in self.problems)
        return _(self.msgid, source=self.source, problems=lines)


@dataclass(frozen=True)
class SheetProblem:
    row: int  # 1-based, as a spreadsheet shows it; 0 for the file as a whole
    column: int  # 1-based; 0 with row 0
    problem: str  # already translated

    def describe(self) -> str:
        if not self.row:  # the file as a whole
            return self.problem
        return _("row {row}, column {column}: {problem}", row=self.row,
                 column=column_letter(self.column), problem=self.problem)


def column_letter(column: int) -> str:
    """A spreadsheet's name of a 1-based column: 1 → A, 27 → AA."""
    letters = ""
    while column > 0:
        column, rest = divmod(column - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


class SheetError(ReviewerError):
    def __init__(self, source: str, problems: list[SheetProblem]) -> None:
        super().__init__(N_("The sheet {source} was not imported; nothing was changed:\n"
                            "{problems}"), source=source, problems="")
        self.source = source
        self.problems = problems

    def __str__(self) -> str:
        lines = "\n".join(f"  - {p.describe()}" for p in self.problems)
        return _(self.msgid, source=self.source, problems=lines)


class PrivacyError(ReviewerError):
    """Text that looks like a personal identity number; refused unless overridden."""

    def __init__(self, field: str, found: list[str]) -> None:
        super().__init__(
            N_("{field} contains what looks like a personal identity number ({found}). "
               "Case files are referred to by sample number only; remove it, or confirm "
               "deliberately to keep it."), field=field, found=", ".join(found))
        self.found = found


class OperationError(ReviewerError):
    """An operation that the project's rules do not allow (bad unit, locked file, …)."""


class UnconfirmedRemovalError(OperationError):
    """Removing a unit or case file that holds answers, not confirmed: the app asks first,
    the command line names its --yes."""


class UnconfirmedQuestionRemovalError(OperationError):
    """Removing a question that holds answers, not confirmed: the app asks first, the
    command line names its --confirm."""


class TargetExistsError(OperationError):
    """A file to be written exists already: it is replaced only when asked (the app asks,
    the command line names its --overwrite)."""


class PackageError(ReviewerError):
    """An exchange package (*.aktgx) that cannot be read or used as asked."""


class NotAPackageError(PackageError):
    pass


class DamagedPackageError(PackageError):
    pass


class NewerPackageError(PackageError):
    pass


class PasswordError(PackageError):
    """The package is encrypted: no password was given, or not the right one."""


class WrongPasswordError(PasswordError):
    pass


class OtherProjectError(PackageError):
    """A package of another project: it can be imported as a project of its own."""


class IdentityNumberInPackageError(PackageError):
    """A package brings text that looks like personal identity numbers; refused unless the
    auditor deliberately keeps it."""

    def __init__(self, source: str, found: list[str]) -> None:
        super().__init__(
            N_("{path} brings text that looks like personal identity numbers:\n{found}\n"
               "Case files are referred to by sample number only. Nothing was changed; "
               "confirm deliberately to keep it."), path=source, found="")
        self.source = source
        self.found = found

    def __str__(self) -> str:
        return _(self.msgid, path=self.source, found="\n".join(f"  - {f}" for f in self.found))


class SamplingError(ReviewerError):
    """A population that cannot be drawn from as asked, or a draw the unit does not allow
    (its column missing, a size larger than the population, a unit holding answers, …)."""
class KeyListError(ReviewerError):
    """The key list (kodnyckel) cannot be opened or changed as asked."""


class KeyPasswordError(KeyListError):
    """No password, or not the one that opens the key list (or an exported key file)."""


class KeyFileError(KeyListError):
    """An exported key file that cannot be read, or does not belong in this project."""
