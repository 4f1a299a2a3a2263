"""Vetting a project file before it is trusted: the database objects it holds against the
ones this app makes (a trigger or view slipped into a colleague's package would act on
every later change), and every free text in it, for the personnummer guard."""

from __future__ import annotations

import os
import re
import sqlite3
from collections.abc import Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from sqlalchemy import create_engine
from sqlmodel import SQLModel

from reviewer.store import tables  # noqa: F401  (registers the tables on SQLModel.metadata)


@dataclass(frozen=True)
class _Schema:
    objects: frozenset[tuple[str, str, str]]  # (type, name, table) of tables and indexes
    index_sql: dict[str, str]  # index name → its SQL, normalised ("" for automatic ones)
    columns: dict[str, frozenset[str]]  # table → its columns


def _normalised(sql: str | None) -> str:
    text = re.sub(r"\s+", " ", (sql or "").replace('"', "").replace("`", "")).strip().lower()
    return re.sub(r"\s*([(),])\s*", r"\1", text)


def _read_schema(connection: sqlite3.Connection) -> _Schema:
    rows = connection.execute("SELECT type, name, tbl_name, sql FROM sqlite_master").fetchall()
    objects = frozenset((t, n, tb) for t, n, tb, _sql in rows)
    index_sql = {n: _normalised(sql) for t, n, _tb, sql in rows if t == "index"}
    columns = {n: frozenset(row[1] for row in connection.execute(
                   "SELECT * FROM pragma_table_xinfo(?)", (n,)))
               for t, n, _tb, _sql in rows if t == "table"}
    return _Schema(objects, index_sql, columns)


@cache
def app_schema() -> _Schema:
    """What this version of the app creates in a new project file."""
    engine = create_engine("sqlite://")
    try:
        SQLModel.metadata.create_all(engine)
        with engine.connect() as connection:
            raw = connection.connection.dbapi_connection
            assert isinstance(raw, sqlite3.Connection)
            return _read_schema(raw)
    finally:
        engine.dispose()


@contextmanager
def _reading(path: Path) -> Iterator[sqlite3.Connection]:
    path = Path(path).resolve()
    # In a folder nobody here may write, a WAL reader cannot make its -shm file; nothing
    # can change the file there either, so it reads as immutable.
    uri = f"{path.as_uri()}?mode=ro" + ("" if os.access(path.parent, os.W_OK)
                                        else "&immutable=1")
    with closing(sqlite3.connect(uri, uri=True)) as connection:
        # Nothing the file's schema says is run for us (SQL functions in views, triggers).
        connection.execute("PRAGMA trusted_schema=OFF")
        yield connection


def foreign_objects(path: Path, *, current: bool = True) -> list[str]:
    """The objects in the project file at `path` that this app does not make, described
    ("trigger t on answer_event"): triggers, views, virtual tables and generated columns
    always; with `current`, also any table, column or index the current format lacks (an
    older file is checked with `current=False` before its upgrade, in full after it)."""
    with _reading(path) as connection:
        rows = connection.execute(
            "SELECT type, name, tbl_name, coalesce(sql, '') FROM sqlite_master "
            "ORDER BY type, name").fetchall()
        found = [f"{kind} {name} on {table}" if kind == "trigger" else f"{kind} {name}"
                 for kind, name, table, _sql in rows if kind not in ("table", "index")]
        found += [f"virtual table {name}" for kind, name, _t, sql in rows
                  if kind == "table" and not _normalised(sql).startswith("create table")]
        for kind, name, _table, _sql in rows:
            if kind == "table":
                found += [f"generated column {name}.{row[1]}" for row in connection.execute(
                    "SELECT * FROM pragma_table_xinfo(?)", (name,)) if row[6]]
        if not current:
            return found
        theirs = _read_schema(connection)
    ours = app_schema()
    for kind, name, table in sorted(theirs.objects - ours.objects):
        if kind in ("table", "index"):
            found.append(f"{kind} {name}" + (f" on {table}" if kind == "index" else ""))
    for name, sql in sorted(theirs.index_sql.items()):
        if name in ours.index_sql and sql != ours.index_sql[name]:
            found.append(f"index {name} (changed)")
    for table, columns in sorted(theirs.columns.items()):
        extra = columns - ours.columns.get(table, columns)
        found += [f"column {table}.{column}" for column in sorted(extra)]
    return found


# -- free texts --------------------------------------------------------------------------


@dataclass(frozen=True)
class FreeText:
    """One free text of a project file and where it is: `kind` says which field, `key`
    identifies the row it is on, `place` names it for the auditor (unit, label, question
    key; what applies)."""

    kind: str  # title | details | question | template_change | unit | case_file | sign_off |
    #            reason | note | author | package | sample
    key: str
    place: tuple[str, ...]
    text: str


# Every spelling of an identity number has its last four digits together: texts without
# four digits in a row cannot hold one, and are not read (a large project's history is
# mostly such texts).
_DIGITS = "GLOB '*[0-9][0-9][0-9][0-9]*'"


def free_texts(path: Path) -> list[FreeText]:
    """Every free text a project file holds that could hold an identity number (four
    digits in a row), its whole history included."""
    with _reading(path) as connection:
        return list(_free_texts(connection))


def _free_texts(connection: sqlite3.Connection) -> Iterator[FreeText]:
    for pid, title, organisation, firm, period in connection.execute(
            "SELECT id, title, organisation, firm, period FROM project"):
        yield FreeText("title", pid, (), title or "")
        yield FreeText("details", pid, (), " / ".join(t or "" for t in
                                                      (organisation, firm, period)))
    for key, text, footnote, finding in connection.execute(
            "SELECT key, text, footnote, finding FROM question"):
        yield FreeText("question", key, (key,), " / ".join(t or "" for t in
                                                           (text, footnote, finding)))
    for eid, key, text, footnote, finding, label, author in connection.execute(
            "SELECT id, question_key, text, footnote, finding, label, author "
            f"FROM template_event WHERE text {_DIGITS} OR footnote {_DIGITS} "
            f"OR finding {_DIGITS} OR label {_DIGITS} OR author {_DIGITS}"):
        yield FreeText("template_change", eid, (key,), " / ".join(
            t or "" for t in (text, footnote, finding, label)))
        yield FreeText("author", eid, ("", "", key), author or "")
    for uid, name in connection.execute("SELECT id, name FROM unit"):
        yield FreeText("unit", uid, (), name or "")
    for fid, unit, label, signed_off_by in connection.execute(
            "SELECT f.id, coalesce(u.name, ''), f.label, f.signed_off_by FROM case_file f "
            "LEFT JOIN unit u ON u.id = f.unit_id"):
        yield FreeText("case_file", fid, (unit,), label or "")
        yield FreeText("sign_off", fid, (unit, label or ""), signed_off_by or "")
    for eid, unit, label, key, reason, note, author in connection.execute(
            "SELECT e.id, coalesce(u.name, ''), coalesce(f.label, ''), e.question_key, "
            "e.reason, e.note, e.author FROM answer_event e "
            "LEFT JOIN case_file f ON f.id = e.case_file_id "
            "LEFT JOIN unit u ON u.id = f.unit_id "
            f"WHERE e.reason {_DIGITS} OR e.note {_DIGITS} OR e.author {_DIGITS}"):
        place = (unit, label, key)
        yield FreeText("reason", eid, place, reason or "")
        yield FreeText("note", eid, place, note or "")
        yield FreeText("author", eid, place, author or "")
    for pid, exported_by in connection.execute("SELECT id, exported_by FROM package"):
        yield FreeText("package", pid, (), exported_by or "")
    for did, unit, texts in connection.execute(
            "SELECT d.id, coalesce(u.name, ''), d.source_name || ' / ' || d.sheet || ' / ' || "
            "d.identifier_column || ' / ' || d.stratum_column || ' / ' || d.date_column || "
            "' / ' || d.kept_columns || ' / ' || d.seed || ' / ' || d.drawn_by || ' / ' || "
            "coalesce((SELECT group_concat(s.name, ' / ') FROM sample_stratum s "
            "WHERE s.draw_id = d.id), '') FROM sample_draw d "
            "LEFT JOIN unit u ON u.id = d.unit_id"):
        yield FreeText("sample", did, (unit,), texts or "")
    for eid, unit, reason, author in connection.execute(
            "SELECT e.id, coalesce(u.name, ''), e.reason, e.author FROM sample_event e "
            "LEFT JOIN sample_draw d ON d.id = e.draw_id LEFT JOIN unit u ON u.id = d.unit_id "
            f"WHERE e.reason {_DIGITS} OR e.author {_DIGITS}"):
        yield FreeText("sample", eid, (unit,), f"{reason} / {author}")
