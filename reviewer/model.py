"""Plain domain values passed between the rooms: enums and frozen dataclasses.

Nothing here touches storage or Qt; SQLModel rows never leave `reviewer.store`.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from functools import cached_property


class Code(enum.StrEnum):
    """An answer to a control question (bedömning)."""

    JA = "Ja"
    NEJ = "Nej"
    EB = "Eb"  # ej bedömningsbart: not assessable
    ET = "Et"  # ej tillämpningsbart: not applicable

    @classmethod
    def parse(cls, text: str) -> Code:
        """Case-insensitive parse of `Ja`, `Nej`, `Eb`, `Et`; ValueError otherwise."""
        folded = text.strip().casefold()
        for code in cls:
            if code.value.casefold() == folded:
                return code
        raise ValueError(text)

    @property
    def needs_reason(self) -> bool:
        return self in (Code.EB, Code.ET)


class Placement(enum.StrEnum):
    """Where a reason's footnote is printed."""

    CELL = "cell"
    SUMMA = "summa"  # shared on the row's Summa cell
    NONE = "none"  # not printed


class Convention(enum.StrEnum):
    """How the Summa denominator is counted."""

    ALL = "all"  # Ja / files in the sample (the published tables)
    APPLICABLE = "applicable"  # Ja / files not Et
    ASSESSED = "assessed"  # Ja / files neither Eb nor Et


class FileStatus(enum.StrEnum):
    NOT_STARTED = "not_started"
    IN_PROGRESS = "in_progress"
    COMPLETE = "complete"
    SIGNED_OFF = "signed_off"


@dataclass(frozen=True)
class Question:
    key: str
    text: str
    footnote: str | None = None  # criterion printed on the question, e.g. "inom 14 dagar"
    finding: str | None = None  # phrase after "I x av n akter …"
    parent: str | None = None
    # The number printed for the question when it differs from its key. The key names the
    # question for good (its answers, its events, a colleague's copy); a question added or
    # moved during a review keeps its key and is numbered anew (`templates.auto_keys`).
    label: str | None = None
    # When the question was added to the project's template during the review; None for a
    # question of the template the project was made with. A case file signed off before
    # it was added has it "not assessed" (`Cell.not_assessed`).
    added_at: str | None = None

    @property
    def printed_key(self) -> str:
        """What the auditor sees and the bilaga prints: `1`, `8a`."""
        return self.label or self.key


@dataclass(frozen=True)
class Template:
    name: str
    questions: tuple[Question, ...]

    def __hash__(self) -> int:
        # Templates key the caches asked on every cell; hashing all questions each time
        # cost more than the answer change itself (see benchmarks/), so hash once.
        cached: int | None = self.__dict__.get("_hash")
        if cached is None:
            cached = hash((self.name, self.questions))
            object.__setattr__(self, "_hash", cached)
        return cached

    def question(self, key: str) -> Question:
        for question in self.questions:
            if question.key == key:
                return question
        raise KeyError(key)

    @cached_property
    def keys(self) -> tuple[str, ...]:
        return tuple(q.key for q in self.questions)


@dataclass(frozen=True)
class ProjectInfo:
    id: str
    title: str
    organisation: str
    firm: str
    period: str
    convention: Convention
    first_footnote: int
    is_example: bool = False


@dataclass(frozen=True)
class Unit:
    id: str
    name: str
    position: int


@dataclass(frozen=True)
class CaseFile:
    id: str
    unit_id: str
    label: str
    position: int
    signed_off_by: str | None = None
    signed_off_at: str | None = None

    @property
    def is_signed_off(self) -> bool:
        return self.signed_off_by is not None


@dataclass(frozen=True)
class Answer:
    """The value of one cell (file, question) as an auditor set it."""

    code: Code | None  # None: unanswered (cleared)
    reason: str = ""
    placement: Placement = Placement.CELL
    note: str = ""

    @property
    def missing_reason(self) -> bool:
        return self.code is not None and self.code.needs_reason and not self.reason.strip()


UNANSWERED = Answer(code=None)


@dataclass(frozen=True)
class Cell:
    """A cell as it reads: the stored answer, or the derived Et of a sub-question."""

    answer: Answer
    derived: bool = False
    author: str | None = None
    at: str | None = None
    conflict: bool = False  # merged copies changed it apart; `answer` is provisional
    # The question was added to the template after the case file was signed off: it was
    # never put to this file, so status and Summa leave it out (until the file is reopened).
    not_assessed: bool = False

    @property
    def code(self) -> Code | None:
        return self.answer.code

    @property
    def missing_reason(self) -> bool:
        return not self.derived and self.answer.missing_reason


@dataclass(frozen=True)
class AnswerEvent:
    """One change of one cell; `replaces` names the event it superseded (merge, history)."""

    id: str
    case_file_id: str
    question_key: str
    answer: Answer
    author: str
    at: str
    replaces: str | None
    also_replaces: tuple[str, ...] = ()  # the other sides of a conflict this one decided
    origin: str | None = None  # the id of the exchange package it came in with, if any


@dataclass(frozen=True)
class PackageInfo:
    """An exchange package that brought events into a project (its history says so)."""

    id: str
    file_name: str
    exported_by: str
    exported_at: str
    app_version: str
    received_at: str
    received_by: str


@dataclass(frozen=True)
class Conflict:
    """A cell that two copies changed apart: every side of it, newest (the provisional
    value shown) first."""

    case_file_id: str
    question_key: str
    sides: tuple[AnswerEvent, ...]


@dataclass(frozen=True)
class Removed:
    """A removed unit, or a removed case file of a unit still in the project: what can be
    brought back, with how much work it holds."""

    unit_id: str
    unit_name: str
    case_file_id: str | None  # None: the whole unit
    label: str | None
    removed_at: str
    changes: int  # answer changes made in it
    changes_after: int  # of those, made after it was removed (in a copy that had not seen it)


@dataclass(frozen=True)
class CellChange:
    case_file_id: str
    question_key: str
    before: Answer
    after: Answer


@dataclass(frozen=True)
class Changes:
    """What an operation changed, so screens refresh and undo can replay the inverse."""

    project: bool = False
    units: frozenset[str] = frozenset()
    case_files: frozenset[str] = frozenset()
    cells: tuple[CellChange, ...] = ()
    # Cells whose derived state may have changed (sub-questions of an edited parent).
    derived_cells: frozenset[tuple[str, str]] = field(default_factory=frozenset)
    # Keys of the questions whose template entry changed (added, reworded, moved, removed,
    # brought back): every pane reads the template again.
    questions: frozenset[str] = frozenset()


@dataclass(frozen=True)
class QuestionState:
    """A question's whole state in the template after a change (a template event's value):
    `position` is a sort key (a move puts it between its new neighbours' keys), `label` the
    printed number the auditor typed, None for the automatic numbering."""

    key: str
    text: str
    footnote: str | None = None
    finding: str | None = None
    parent: str | None = None
    position: float = 0.0
    label: str | None = None
    removed: bool = False


@dataclass(frozen=True)
class TemplateEvent:
    """One change of one question of the project's template; like `AnswerEvent`, it names
    the event it replaced (None: the template the project was made with, or an added
    question) and, for a decision, the other sides it replaced."""

    id: str
    state: QuestionState
    author: str  # "" for the template the project was made with
    at: str
    replaces: str | None
    also_replaces: tuple[str, ...] = ()
    origin: str | None = None  # the exchange package it came with, if any

    @property
    def question_key(self) -> str:
        return self.state.key


@dataclass(frozen=True)
class TemplateConflict:
    """A question two copies changed apart: every side, newest (the provisional state the
    template shows) first."""

    question_key: str
    sides: tuple[TemplateEvent, ...]
