"""Versioned schema steps from each older format to the current one, with Alembic's ops.

Each step takes the file from version N to N+1 in one transaction; the version is kept in
both the meta table and SQLite's user_version.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import TYPE_CHECKING

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine

if TYPE_CHECKING:  # Alembic loads only when a file needs upgrading
    from alembic.operations import Operations

FORMAT_VERSION = 7


def missing_reason_sql(table: str = "") -> str:
    """SQL for Answer.missing_reason of an answer_event row: an Eb/Et without its reason."""
    prefix = f"{table}." if table else ""
    # coalesce: for an unanswered cell (code NULL) `IN` gives NULL, and the flag is 0.
    return f"coalesce({prefix}code IN ('Eb', 'Et') AND trim({prefix}reason) = '', 0)"


def answer_value_sql(table: str) -> str:
    """SQL for the whole answer an answer_event row sets, as one comparable value: sides of
    a cell that set the same value are not in conflict (format 4)."""
    return f"json_array({table}.code, {table}.reason, {table}.placement, {table}.note)"


def unreplaced_sql(table: str) -> str:
    """SQL true for an answer_event row that nothing replaced: by `replaces`, or as a
    further parent of a decision."""
    return (f"NOT EXISTS (SELECT 1 FROM answer_event r WHERE r.replaces = {table}.id) "
            f"AND NOT EXISTS (SELECT 1 FROM answer_parent p WHERE p.parent_id = {table}.id)")


def _v1_to_v2(op: Operations, connection: Connection) -> None:
    """Format 2 keeps each cell's current event in `answer_head` instead of walking chains."""
    op.create_table(
        "answer_head",
        sa.Column("case_file_id", sa.String, sa.ForeignKey("case_file.id"), primary_key=True),
        sa.Column("question_key", sa.String, primary_key=True),
        sa.Column("event_id", sa.String, sa.ForeignKey("answer_event.id"), nullable=False),
        sa.Column("code", sa.String, nullable=True),
        sa.Column("missing_reason", sa.Boolean, nullable=False),
        sqlite_with_rowid=False,
    )
    # The current event of a cell is the newest one that no other event replaced.
    connection.exec_driver_sql(
        f"""
        INSERT INTO answer_head (case_file_id, question_key, event_id, code, missing_reason)
        SELECT case_file_id, question_key, id, code, {missing_reason_sql()} FROM (
            SELECT e.case_file_id, e.question_key, e.id, e.code, e.reason,
                   row_number() OVER (PARTITION BY e.case_file_id, e.question_key
                                      ORDER BY e.at DESC, e.id DESC) AS newest
            FROM answer_event e
            WHERE NOT EXISTS (SELECT 1 FROM answer_event r WHERE r.replaces = e.id)
        ) WHERE newest = 1
        """
    )


def _v2_to_v3(op: Operations, connection: Connection) -> None:
    """Format 3 can merge copies: times of the last change of each row that merges, the
    conflict flag of a cell, the further parents of a decision, and the packages merged."""
    for table, column in (("project", "changed_at"), ("unit", "changed_at"),
                          ("case_file", "changed_at"), ("case_file", "status_at")):
        op.add_column(table, sa.Column(column, sa.String, nullable=False, server_default=""))
    connection.exec_driver_sql("UPDATE project SET changed_at = created_at")
    connection.exec_driver_sql("UPDATE unit SET changed_at = created_at")
    connection.exec_driver_sql(
        "UPDATE case_file SET changed_at = created_at, "
        "status_at = coalesce(signed_off_at, created_at)")
    op.add_column("answer_head", sa.Column("conflict", sa.Boolean, nullable=False,
                                           server_default=sa.false()))
    op.create_index("ix_answer_head_conflict", "answer_head",
                    ["case_file_id", "question_key"], sqlite_where=sa.text("conflict"))
    op.create_table(
        "answer_parent",
        sa.Column("event_id", sa.String, sa.ForeignKey("answer_event.id"), primary_key=True),
        sa.Column("parent_id", sa.String, primary_key=True),
    )
    op.create_index("ix_answer_parent_parent_id", "answer_parent", ["parent_id"])
    connection.exec_driver_sql("INSERT INTO meta (key, value) VALUES ('copy_id', ?)",
                               (uuid.uuid4().hex[:12],))
    op.create_table(
        "package",
        sa.Column("id", sa.String, primary_key=True),
        sa.Column("kind", sa.String, nullable=False),
        sa.Column("file_name", sa.String, nullable=False),
        sa.Column("exported_by", sa.String, nullable=False),
        sa.Column("exported_at", sa.String, nullable=False),
        sa.Column("app_version", sa.String, nullable=False),
        sa.Column("received_at", sa.String, nullable=False),
        sa.Column("received_by", sa.String, nullable=False),
    )


def _v3_to_v4(op: Operations, connection: Connection) -> None:
    """Format 4 can bring back a removed unit or case file (`restored_at`), sees no conflict
    where both copies set the same value, and keeps names unique when copies meet."""
    from reviewer.store.naming import make_unique

    for table in ("unit", "case_file"):
        op.add_column(table, sa.Column("restored_at", sa.String, nullable=True))
    connection.exec_driver_sql(f"""
        UPDATE answer_head SET conflict = 0 WHERE conflict AND (
            SELECT count(DISTINCT {answer_value_sql("e")}) FROM answer_event e
            WHERE e.case_file_id = answer_head.case_file_id
              AND e.question_key = answer_head.question_key AND {unreplaced_sql("e")}) < 2""")
    # A format-3 merge could leave two units of one name, or two case files of one label.
    make_unique(connection.exec_driver_sql)


def _v4_to_v5(op: Operations, connection: Connection) -> None:
    """Format 5 records how a unit's sample was drawn (sample_draw, sample_stratum,
    sample_event), made exactly as a new file makes them."""
    from sqlmodel import SQLModel

    from reviewer.store import tables  # noqa: F401  (registers them on SQLModel.metadata)

    for name in ("sample_draw", "sample_stratum", "sample_event"):
        SQLModel.metadata.tables[name].create(connection)


def _v5_to_v6(op: Operations, connection: Connection) -> None:
    """Format 6 keeps the key list, sealed with its own password, apart from the review
    data (`sealed`; see reviewer/keylist.py)."""
    op.create_table(
        "sealed",
        sa.Column("id", sa.String, primary_key=True),
        sa.Column("data", sa.LargeBinary, nullable=False),
    )


def _v6_to_v7(op: Operations, connection: Connection) -> None:
    """Format 7 can change the template during a review: every change of a question is an
    event (`template_event`, with `template_head` and `template_parent` as for answers);
    questions are ordered by a sort key and keep a printed number the auditor typed. The
    template a file holds becomes its first events, with ids from the project's id and
    the keys, so copies upgraded apart merge as one."""
    from reviewer.store import template_log

    connection.exec_driver_sql("ALTER TABLE question RENAME TO question_v6")
    op.create_table(
        "question",
        sa.Column("key", sa.String, primary_key=True),
        sa.Column("position", sa.Float, nullable=False),
        sa.Column("text", sa.String, nullable=False),
        sa.Column("footnote", sa.String, nullable=True),
        sa.Column("finding", sa.String, nullable=True),
        sa.Column("parent", sa.String, nullable=True),
        sa.Column("label", sa.String, nullable=True),
        sa.Column("added_at", sa.String, nullable=True),
    )
    rows = connection.exec_driver_sql(
        "SELECT key, text, footnote, finding, parent FROM question_v6 "
        "ORDER BY position, key").fetchall()
    connection.exec_driver_sql("DROP TABLE question_v6")
    op.create_table(
        "template_event",
        sa.Column("id", sa.String, primary_key=True),
        sa.Column("question_key", sa.String, nullable=False),
        sa.Column("text", sa.String, nullable=False),
        sa.Column("footnote", sa.String, nullable=True),
        sa.Column("finding", sa.String, nullable=True),
        sa.Column("parent", sa.String, nullable=True),
        sa.Column("position", sa.Float, nullable=False),
        sa.Column("label", sa.String, nullable=True),
        sa.Column("removed", sa.Boolean, nullable=False),
        sa.Column("author", sa.String, nullable=False),
        sa.Column("at", sa.String, nullable=False),
        sa.Column("replaces", sa.String, nullable=True),
        sa.Column("origin", sa.String, nullable=True),
    )
    op.create_index("ix_template_event_question_key", "template_event", ["question_key"])
    op.create_index("ix_template_event_replaces", "template_event", ["replaces"])
    op.create_table(
        "template_head",
        sa.Column("question_key", sa.String, primary_key=True),
        sa.Column("event_id", sa.String, sa.ForeignKey("template_event.id"), nullable=False),
        sa.Column("conflict", sa.Boolean, nullable=False),
        sqlite_with_rowid=False,
    )
    op.create_table(
        "template_parent",
        sa.Column("event_id", sa.String, sa.ForeignKey("template_event.id"), primary_key=True),
        sa.Column("parent_id", sa.String, primary_key=True),
    )
    op.create_index("ix_template_parent_parent_id", "template_parent", ["parent_id"])
    project = connection.exec_driver_sql("SELECT id, created_at FROM project").one()
    seeds = template_log.seed_events(project[0], project[1], [
        (r[0], r[1], r[2], r[3], r[4]) for r in rows])
    if seeds:
        connection.exec_driver_sql(template_log.insert_sql("NULL"), seeds)
    template_log.refresh(connection.exec_driver_sql)


STEPS: dict[int, Callable[[Operations, Connection], None]] = {
    1: _v1_to_v2, 2: _v2_to_v3, 3: _v3_to_v4, 4: _v4_to_v5, 5: _v5_to_v6,
    6: _v6_to_v7}


def migrate(engine: Engine, from_version: int) -> None:
    from alembic.migration import MigrationContext
    from alembic.operations import Operations

    # One transaction for every step: a step that fails leaves the file as it was.
    # (sqlite3 would run DDL outside a transaction: begin one ourselves.)
    with engine.begin() as connection:
        connection.exec_driver_sql("BEGIN IMMEDIATE")
        operations = Operations(MigrationContext.configure(connection))
        for version in range(from_version, FORMAT_VERSION):
            STEPS[version](operations, connection)
            connection.exec_driver_sql(
                "UPDATE meta SET value = ? WHERE key = 'format_version'", (str(version + 1),))
            connection.exec_driver_sql(f"PRAGMA user_version={version + 1}")
