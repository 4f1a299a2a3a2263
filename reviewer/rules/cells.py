"""The scalar path of the rules: one case file's cells as they read, its progress, its status.

Cheap enough for every key press (plain Python, no numpy); `grid.py` applies the same rules
to many case files at once, and `tests/test_rules.py` keeps the two equal.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from reviewer.model import (
    UNANSWERED,
    Answer,
    CaseFile,
    Cell,
    Code,
    FileStatus,
    Question,
    Template,
)
from reviewer.templates import ancestors

DERIVED_ET = Cell(answer=Answer(code=Code.ET), derived=True)
UNANSWERED_CELL = Cell(answer=UNANSWERED)
NOT_ASSESSED = Cell(answer=UNANSWERED, not_assessed=True)


def is_derived(template: Template, key: str, codes: Mapping[str, Code | None]) -> bool:
    """The sub-question rule: `key` reads as a derived Et unless every question above it is
    stored Ja (a parent reads Ja only if it is stored Ja and applies itself, and so on up).
    `codes` holds the stored codes by key, at least of the questions above `key`."""
    return any(codes.get(parent) is not Code.JA for parent in ancestors(template, key))


def added_after(question: Question, signed_off_at: str | None) -> bool:
    """Whether the question was added to the template after the case file was signed off:
    then it was never put to the file, and reads "not assessed" there while unanswered."""
    return (question.added_at is not None and signed_off_at is not None
            and signed_off_at < question.added_at)


def cells_as_read(template: Template, stored: Mapping[str, Cell],
                  signed_off_at: str | None = None) -> dict[str, Cell]:
    """Every question's cell as it reads, in template order (of a case file signed off at
    `signed_off_at`, if it is).

    A derived Et keeps its own stored answer (if any) hidden, so that answer comes back
    when the parent turns Ja again.
    """
    codes = {key: cell.code for key, cell in stored.items()}
    cells = {}
    for q in template.questions:
        cell = stored.get(q.key, UNANSWERED_CELL)
        if is_derived(template, q.key, codes):
            cell = DERIVED_ET
        elif cell.code is None and added_after(q, signed_off_at):
            cell = NOT_ASSESSED
        cells[q.key] = cell
    return cells


def is_done(cell: Cell) -> bool:
    """Whether a cell keeps its case file from being complete: not when it is derived, or
    answered with the reason its code needs."""
    return cell.derived or (cell.code is not None and not cell.missing_reason)


def status_of(*, signed_off: bool, complete: bool, started: bool) -> FileStatus:
    """A case file's status: a sign-off holds until reopened; complete once every cell is
    done; in progress once any question is answered by hand (a derived Et is not)."""
    if signed_off:
        return FileStatus.SIGNED_OFF
    if complete:
        return FileStatus.COMPLETE
    return FileStatus.IN_PROGRESS if started else FileStatus.NOT_STARTED


@dataclass(frozen=True)
class FileProgress:
    case_file: CaseFile
    status: FileStatus
    done: int  # applicable questions answered (with a reason where one is needed)
    applicable: int
    missing_reasons: tuple[str, ...]  # question keys
    unanswered: tuple[str, ...]


def file_progress(case_file: CaseFile, cells: Mapping[str, Cell]) -> FileProgress:
    """A case file's status and counts, from its cells as they read (a question it was not
    asked, added after its sign-off, is not counted)."""
    applicable = [key for key, cell in cells.items()
                  if not (cell.derived or cell.not_assessed)]
    done = [key for key in applicable if is_done(cells[key])]
    unanswered = tuple(key for key in applicable if cells[key].code is None)
    return FileProgress(
        case_file=case_file,
        status=status_of(signed_off=case_file.is_signed_off,
                         complete=len(done) == len(applicable),
                         started=len(unanswered) < len(applicable)),
        done=len(done), applicable=len(applicable),
        missing_reasons=tuple(key for key in applicable if cells[key].missing_reason),
        unanswered=unanswered)


@dataclass(frozen=True)
class CaseFileSheet:
    """One case file as read: every cell as it reads, and its progress."""

    cells: dict[str, Cell]
    progress: FileProgress

    @property
    def case_file(self) -> CaseFile:
        return self.progress.case_file


def case_file_sheet(template: Template, case_file: CaseFile,
                    stored: Mapping[str, Cell]) -> CaseFileSheet:
    """The scalar path from a case file's stored cells."""
    cells = cells_as_read(template, stored, case_file.signed_off_at)
    return CaseFileSheet(cells=cells, progress=file_progress(case_file, cells))
