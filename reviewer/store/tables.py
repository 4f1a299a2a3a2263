"""The SQLModel tables of a project file (format 7). Rows never leave `reviewer.store`.

Every row that a merge takes from either side carries the time it last changed
(`changed_at`, `status_at`), so merging keeps the later change whichever side it is on.
"""

from __future__ import annotations

from sqlalchemy import Index, text
from sqlmodel import Field, SQLModel


class MetaRow(SQLModel, table=True):
    __tablename__ = "meta"
    key: str = Field(primary_key=True)
    value: str


class ProjectRow(SQLModel, table=True):
    __tablename__ = "project"
    id: str = Field(primary_key=True)
    title: str
    organisation: str = ""
    firm: str = ""
    period: str = ""
    convention: str = "all"
    first_footnote: int = 1
    is_example: bool = False
    template_name: str = ""
    created_at: str
    changed_at: str = ""  # title, details or settings last changed (format 3)


class QuestionRow(SQLModel, table=True):
    """The project's own copy of its template, so a file opens anywhere on its own: the
    questions in it now (the current state of each, kept with its `template_event` in the
    same transaction; a removed question has no row here)."""

    __tablename__ = "question"
    key: str = Field(primary_key=True)
    position: float  # a sort key (format 7; whole numbers before): ordered by it, then key
    text: str
    footnote: str | None = None
    finding: str | None = None
    parent: str | None = None
    label: str | None = None  # the printed number the auditor typed; NULL: automatic (format 7)
    added_at: str | None = None  # added during the review; NULL: in the template from the start


class TemplateEventRow(SQLModel, table=True):
    """One change of one question of the template: the question's whole state after it
    (format 7). Like an answer event it names the event it replaced; a merge is the union."""

    __tablename__ = "template_event"
    id: str = Field(primary_key=True)
    question_key: str = Field(index=True)
    text: str
    footnote: str | None = None
    finding: str | None = None
    parent: str | None = None
    position: float
    label: str | None = None
    removed: bool = False
    author: str
    at: str
    replaces: str | None = Field(default=None, index=True)
    origin: str | None = None  # as `AnswerEventRow.origin`


class TemplateHeadRow(SQLModel, table=True):
    """Each question's current template event, removed questions' too, and whether two
    copies changed it apart (format 7)."""

    __tablename__ = "template_head"
    __table_args__ = ({"sqlite_with_rowid": False},)
    question_key: str = Field(primary_key=True)
    event_id: str = Field(foreign_key="template_event.id")
    conflict: bool = False


class TemplateParentRow(SQLModel, table=True):
    """Further template events a decision replaces besides `replaces` (format 7)."""

    __tablename__ = "template_parent"
    event_id: str = Field(primary_key=True, foreign_key="template_event.id")
    parent_id: str = Field(primary_key=True, index=True)


class UnitRow(SQLModel, table=True):
    __tablename__ = "unit"
    id: str = Field(primary_key=True)
    name: str
    position: int
    created_at: str
    changed_at: str = ""  # name or position last changed (format 3)
    # A tombstone, so a merge cannot bring it back; a restore clears it and stamps
    # `restored_at` (format 4): between copies, the later of the two wins.
    removed_at: str | None = None
    restored_at: str | None = None


class CaseFileRow(SQLModel, table=True):
    __tablename__ = "case_file"
    id: str = Field(primary_key=True)
    unit_id: str = Field(foreign_key="unit.id", index=True)
    label: str
    position: int
    signed_off_by: str | None = None
    signed_off_at: str | None = None
    created_at: str
    changed_at: str = ""  # label or position last changed (format 3)
    status_at: str = ""  # signed off or reopened last (format 3)
    removed_at: str | None = None  # as for units
    restored_at: str | None = None


class AnswerEventRow(SQLModel, table=True):
    """One change of one cell. The history doubles as the audit trail and the merge log."""

    __tablename__ = "answer_event"
    __table_args__ = (Index("ix_answer_event_cell", "case_file_id", "question_key"),)
    id: str = Field(primary_key=True)
    case_file_id: str = Field(foreign_key="case_file.id")
    question_key: str
    code: str | None = None
    reason: str = ""
    placement: str = "cell"
    note: str = ""
    author: str
    at: str
    replaces: str | None = Field(default=None, index=True)
    # Where it was made: the `copy_id` (meta) of the file it was made in, or, once merged
    # into another file, the id of the package it came with (format 3; NULL before).
    # `events._event` turns it into the package it arrived with, or None: made here.
    origin: str | None = None


class AnswerHeadRow(SQLModel, table=True):
    """The current event of each cell (added in format 2; format 1 walked the chain).

    It repeats the event's code and whether it lacks a needed reason, so summaries of a
    large project read this one table without a join (see benchmarks/).
    """

    __tablename__ = "answer_head"
    __table_args__ = (
        # The few cells in conflict, found without reading every answer (format 3).
        Index("ix_answer_head_conflict", "case_file_id", "question_key",
              sqlite_where=text("conflict")),
        {"sqlite_with_rowid": False},
    )
    case_file_id: str = Field(primary_key=True, foreign_key="case_file.id")
    question_key: str = Field(primary_key=True)
    event_id: str = Field(foreign_key="answer_event.id")
    code: str | None = None
    missing_reason: bool = False
    # Two or more events of the cell that nothing replaced (made apart, merged) and that set
    # different values: the event shown is the provisional one, the newest, until the
    # auditor decides (format 3; equal values are no conflict since format 4).
    conflict: bool = False


class AnswerParentRow(SQLModel, table=True):
    """Further events that an event replaces besides `replaces`: a decision on a conflict
    replaces every side of it (format 3)."""

    __tablename__ = "answer_parent"
    event_id: str = Field(primary_key=True, foreign_key="answer_event.id")
    parent_id: str = Field(primary_key=True, index=True)


class PackageRow(SQLModel, table=True):
    """An exchange package that brought events into this file: where they came from."""

    __tablename__ = "package"
    id: str = Field(primary_key=True)
    kind: str = "merge"  # "import": this file was made from the package (format 3)
    file_name: str
    exported_by: str
    exported_at: str
    app_version: str = ""
    received_at: str
    received_by: str


class SampleDrawRow(SQLModel, table=True):
    """How a unit's sample was drawn (format 5): the population's source, hash and counts,
    the method and seed. It holds no case identifier and no value of the population but
    the names of its columns and strata."""

    __tablename__ = "sample_draw"
    id: str = Field(primary_key=True)
    unit_id: str = Field(foreign_key="unit.id", index=True)
    method: str
    allocation: str = ""  # stratified: per_stratum | named | proportional
    seed: str
    seed_typed: bool = False
    generator: str
    size: int
    source_name: str
    source_sha256: str
    sheet: str = ""
    identifier_column: str
    stratum_column: str = ""
    date_column: str = ""
    period_from: str | None = None
    period_to: str | None = None
    rows_read: int
    rows_used: int
    blank_identifiers: int = 0
    no_date: int = 0
    outside_period: int = 0
    no_stratum: int = 0
    kept_columns: str = "[]"  # JSON: the names of the columns kept in the key list
    drawn_by: str
    drawn_at: str


class SampleStratumRow(SQLModel, table=True):
    """A stratum of a stratified draw: its size in the population and its number drawn."""

    __tablename__ = "sample_stratum"
    draw_id: str = Field(primary_key=True, foreign_key="sample_draw.id")
    name: str = Field(primary_key=True)
    population: int
    quota: int


class SampleEventRow(SQLModel, table=True):
    """A case file drawn: first, by an extension, or in place of another (with the
    reason). `sequence` and `position` say where in the seed's order it was taken, which
    with the population file recomputes which case it is; nothing else does."""

    __tablename__ = "sample_event"
    id: str = Field(primary_key=True)
    draw_id: str = Field(foreign_key="sample_draw.id", index=True)
    kind: str  # draw | extend | replace
    case_file_id: str = Field(foreign_key="case_file.id")
    sequence: str  # random | systematic | stratum
    position: int
    stratum: str = ""
    replaces: str | None = None  # the case file it took the place of
    reason: str = ""
    author: str
    at: str
class SealedRow(SQLModel, table=True):
    """Data sealed with a password of its own, kept apart from the review data (format 6):
    the key list (`reviewer.keylist`), one row for its lock and one per unit. Without the
    password a row tells nothing but its size; packages never carry the table."""

    __tablename__ = "sealed"
    id: str = Field(primary_key=True)
    data: bytes
