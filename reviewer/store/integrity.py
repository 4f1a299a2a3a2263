"""The integrity of a project file: what it must hold for this version to read it, checked
cheaply at every open (one project, known settings, a template without cycles, known answer
codes), and the fuller checks of `reviewer check` (SQLite's own, the answer log against each
cell's current answer, the free texts it keeps)."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.engine import Connection
from sqlmodel import Session

from reviewer.i18n import _
from reviewer.model import Code, Convention, Placement
from reviewer.store import sql
from reviewer.store.database import sqlite_uri, tidy_after_reading
from reviewer.store.migrations import answer_value_sql, missing_reason_sql, unreplaced_sql

_CODES = ", ".join(f"'{code.value}'" for code in Code)
_PLACEMENTS = ", ".join(f"'{placement.value}'" for placement in Placement)


def invariant_problems(connection: Connection) -> list[str]:
    """Problems that make the file unreadable as a project, in words; empty when none.

    Every code and placement is read (0.3 s for 500,000 answers), so no command works on
    a file `check` would call damaged. (Whether each current answer's event exists is the
    foreign-key check's, see `database.FULL_CHECK_BYTES`.)
    """
    projects = sql.rows(connection, "SELECT id, convention, first_footnote FROM project LIMIT 2")
    if len(projects) != 1:
        return [_("it holds {count} projects instead of one", count=len(projects))]
    project_id, convention, first_footnote = projects[0]
    problems = []
    meta_id = sql.scalar(connection, "SELECT value FROM meta WHERE key = 'project_id'")
    if meta_id != project_id:
        problems.append(_("its project id does not match its metadata"))
    if convention not in {c.value for c in Convention}:
        problems.append(_("its Summa convention {value!r} is unknown", value=convention))
    if not isinstance(first_footnote, int) or first_footnote < 1:
        problems.append(_("its first footnote number {value!r} is not a number of 1 or more",
                          value=first_footnote))
    problems += _text_problems(connection)
    problems += _template_problems(
        [(key, parent) for key, parent in sql.rows(connection,
                                                   "SELECT key, parent FROM question")],
        removed=bool(sql.scalar(connection, "SELECT 1 FROM template_head LIMIT 1")))
    problems += _name_problems(connection)
    unknown = sql.scalar(
        connection, f"SELECT coalesce(code, '–') FROM answer_head WHERE "
        f"(code IS NOT NULL AND code NOT IN ({_CODES})) "
        f"OR missing_reason NOT IN (0, 1) OR conflict NOT IN (0, 1) "
        f"OR question_key NOT IN (SELECT question_key FROM template_head) LIMIT 1")
    if unknown is not None:
        problems.append(_("an answer holds the unknown code {value!r}, or a flag or "
                          "question this version does not read", value=unknown))
    event = sql.scalar(
        connection, f"SELECT id FROM answer_event WHERE (code IS NOT NULL AND code NOT IN "
        f"({_CODES})) OR placement NOT IN ({_PLACEMENTS}) OR typeof(reason) != "
        f"'text' OR typeof(note) != 'text' OR typeof(author) != 'text' "
        f"OR typeof(at) != 'text' LIMIT 1")
    if event is not None:
        problems.append(_("the change {id} holds an unknown answer code or placement",
                          id=event))
    return problems


# The small tables' text columns, read whole at every open: a value of another type, or
# text that is not UTF-8, is found here and not in the middle of a command.
_TEXTS = {
    "meta": ("key", "value"),
    "project": ("id", "title", "organisation", "firm", "period", "template_name",
                "created_at"),
    "question": ("key", "text"),
    "template_event": ("id", "question_key", "text", "author", "at"),
    "unit": ("id", "name", "created_at"),
    "case_file": ("id", "unit_id", "label", "created_at"),
    "package": ("id", "file_name", "exported_by", "exported_at", "received_at"),
}
_OPTIONAL_TEXTS = {"question": ("footnote", "finding", "parent", "label", "added_at"),
                   "template_event": ("footnote", "finding", "parent", "label", "replaces"),
                   "unit": ("removed_at", "restored_at"),
                   "case_file": ("signed_off_by", "signed_off_at", "removed_at",
                                 "restored_at")}


def _text_problems(connection: Connection) -> list[str]:
    for table, columns in _TEXTS.items():
        optional = _OPTIONAL_TEXTS.get(table, ())
        wrong = " OR ".join([f"typeof({c}) != 'text'" for c in columns]
                            + [f"typeof({c}) NOT IN ('text', 'null')" for c in optional])
        if sql.scalar(connection, f"SELECT 1 FROM {table} WHERE {wrong} LIMIT 1"):
            return [_("its table {table} holds a value that is not text", table=table)]
        sql.rows(connection, f"SELECT {', '.join(columns + optional)} FROM {table}")  # UTF-8
    if sql.scalar(connection, "SELECT 1 FROM question WHERE trim(text) = '' LIMIT 1"):
        return [_("a question of its template has no text")]
    return []


def _name_problems(connection: Connection) -> list[str]:
    """Two units of one name, or two case files of one number in a unit, would make the
    commands that name them ambiguous."""
    names = [str(name).casefold() for (name,) in sql.rows(
        connection, "SELECT name FROM unit WHERE removed_at IS NULL")]
    if len(set(names)) != len(names):
        return [_("two of its units have one name")]
    if sql.scalar(connection, "SELECT 1 FROM case_file WHERE removed_at IS NULL "
                  "GROUP BY unit_id, label HAVING count(*) > 1 LIMIT 1"):
        return [_("two case files of one unit have one number")]
    return []


def _template_problems(rows: list[tuple[str, str | None]], *,
                       removed: bool) -> list[str]:
    parents = {key: parent for key, parent in rows}
    if not parents and not removed:
        # Copies that each removed some questions can leave none, which is no damage: the
        # removed ones can be brought back.
        return [_("its template has no questions")]
    for key, parent in parents.items():
        if parent is not None and parent not in parents:
            return [_("question {key} names a parent that does not exist", key=key)]
    for key in parents:
        seen = {key}
        parent = parents[key]
        while parent is not None:
            if parent in seen:
                return [_("the parents of question {key} form a cycle", key=key)]
            seen.add(parent)
            parent = parents[parent]
    return []


# -- what `reviewer check` asks besides ------------------------------------------------


def sqlite_verdict(path: Path) -> list[str]:
    """SQLite's integrity check of a file that did not open as a project, read-only, with
    plain sqlite3 (no project can be opened on it); empty when it finds nothing, or the file
    is no database at all (the open said so)."""
    if not Path(path).is_file():
        return []
    try:
        with closing(sqlite3.connect(sqlite_uri(path, mode="ro"), uri=True)) as connection:
            rows = connection.execute("PRAGMA integrity_check(10)").fetchall()
    except (sqlite3.Error, OSError, UnicodeDecodeError):
        return []
    finally:
        tidy_after_reading(path)
    verdict = [str(row[0]) for row in rows]
    return [] if verdict == ["ok"] else verdict


def sqlite_problems(session: Session) -> list[str]:
    """SQLite's own integrity and foreign-key checks of an open project file."""
    problems = [row[0] for row in sql.rows(session, "PRAGMA integrity_check") if row[0] != "ok"]
    return problems + [f"foreign key: {tuple(row)}"
                       for row in sql.rows(session, "PRAGMA foreign_key_check")]


def _count(session: Session, statement: str) -> int:
    return int(sql.scalar(session, statement))


def events_without_head(session: Session) -> int:
    """Cells with events but no current event: an invariant the head table must keep."""
    return _count(session,
        "SELECT count(*) FROM (SELECT DISTINCT case_file_id, question_key FROM answer_event) e "
        "WHERE NOT EXISTS (SELECT 1 FROM answer_head h WHERE h.case_file_id = e.case_file_id "
        "AND h.question_key = e.question_key)")


def heads_not_newest(session: Session) -> int:
    """Current events that another event of the same cell replaced."""
    return _count(session,
        "SELECT count(*) FROM answer_head h WHERE EXISTS "
        "(SELECT 1 FROM answer_event r WHERE r.replaces = h.event_id) OR EXISTS "
        "(SELECT 1 FROM answer_parent p WHERE p.parent_id = h.event_id)")


def heads_out_of_step(session: Session) -> int:
    """Current answers whose repeated code or reason flag differ from their event."""
    return _count(session, f"""
        SELECT count(*) FROM answer_head h JOIN answer_event e ON e.id = h.event_id
        WHERE h.code IS NOT e.code OR h.missing_reason != {missing_reason_sql("e")}""")


def conflicts_out_of_step(session: Session) -> int:
    """Cells whose conflict flag does not say whether the unreplaced events set more than
    one value."""
    return _count(session, f"""
        SELECT count(*) FROM answer_head h WHERE h.conflict != ((
            SELECT count(DISTINCT {answer_value_sql("e")}) FROM answer_event e
            WHERE e.case_file_id = h.case_file_id AND e.question_key = h.question_key
            AND {unreplaced_sql("e")}) > 1)""")


def unknown_question_events(session: Session) -> int:
    """Answer events of a question the template never held (a removed one it did)."""
    return _count(session,
        "SELECT count(*) FROM answer_event WHERE question_key NOT IN "
        "(SELECT question_key FROM template_head)")


def template_out_of_step(session: Session) -> int:
    """Questions whose current template event was replaced, whose conflict flag is wrong,
    or whose row in the template does not hold their current state (a key without a head,
    a head without its events)."""
    from reviewer.store.template_log import STATE_SQL

    unreplaced = ("NOT EXISTS (SELECT 1 FROM template_event r WHERE r.replaces = {t}.id) "
                  "AND NOT EXISTS (SELECT 1 FROM template_parent p WHERE p.parent_id = {t}.id)")
    return _count(session, f"""
        SELECT (SELECT count(*) FROM template_head h JOIN template_event e
                ON e.id = h.event_id WHERE NOT ({unreplaced.format(t="e")})
                OR h.conflict != ((SELECT count(DISTINCT {STATE_SQL.format(t="o")})
                                   FROM template_event o WHERE o.question_key = h.question_key
                                   AND {unreplaced.format(t="o")}) > 1)
                OR e.question_key != h.question_key)
             + (SELECT count(*) FROM question q LEFT JOIN template_head h
                ON h.question_key = q.key LEFT JOIN template_event e ON e.id = h.event_id
                WHERE e.id IS NULL OR e.removed OR q.text IS NOT e.text
                OR q.footnote IS NOT e.footnote OR q.finding IS NOT e.finding
                OR q.position IS NOT e.position OR q.label IS NOT e.label)
             + (SELECT count(*) FROM template_head h JOIN template_event e ON e.id = h.event_id
                WHERE NOT e.removed AND NOT EXISTS (SELECT 1 FROM question q
                                                    WHERE q.key = h.question_key))
             + (SELECT count(DISTINCT question_key) FROM template_event t WHERE NOT EXISTS
                (SELECT 1 FROM template_head h WHERE h.question_key = t.question_key))""")


@dataclass(frozen=True)
class StoredText:
    """A free text kept in the project file, with where it is, for the privacy scan of
    `reviewer check`. `kind`: unit, removed_unit, label, signed_off_by, reason, note,
    earlier_reason, earlier_note (a replaced event's), earlier_template (a question's
    replaced state), author (`count` events), package."""

    kind: str
    text: str
    unit: str = ""
    label: str = ""
    key: str = ""
    count: int = 1


def stored_texts(session: Session) -> list[StoredText]:
    """Every unit name, case file label, sign-off, reason, note and author the file keeps,
    removed units and replaced events included: the history travels in every package."""
    texts = [StoredText("removed_unit" if removed else "unit", name)
             for name, removed in sql.rows(
                 session, "SELECT name, removed_at IS NOT NULL FROM unit ORDER BY position")]
    for unit, label, signed_off_by in sql.rows(
            session, "SELECT u.name, c.label, c.signed_off_by FROM case_file c JOIN unit u "
            "ON u.id = c.unit_id ORDER BY u.position, c.position"):
        texts.append(StoredText("label", label, unit, label))
        if signed_off_by:
            texts.append(StoredText("signed_off_by", signed_off_by, unit, label))
    for unit, label, key, reason, note, current in sql.rows(
            session,
            "SELECT u.name, c.label, e.question_key, e.reason, e.note, h.event_id IS e.id "
            "FROM answer_event e JOIN case_file c ON c.id = e.case_file_id "
            "JOIN unit u ON u.id = c.unit_id LEFT JOIN answer_head h ON "
            "h.case_file_id = e.case_file_id AND h.question_key = e.question_key "
            "WHERE e.reason != '' OR e.note != '' ORDER BY u.position, c.position, e.at"):
        prefix = "" if current else "earlier_"
        texts += [StoredText(prefix + kind, value, unit, label, key)
                  for kind, value in (("reason", reason), ("note", note)) if value]
    texts += [StoredText("earlier_template", " / ".join(t or "" for t in row))
              for row in sql.rows(session, "SELECT text, footnote, finding, label FROM "
                                  "template_event WHERE id NOT IN (SELECT event_id FROM "
                                  "template_head) ORDER BY at, id")]
    texts += [StoredText("author", author, count=count) for author, count in sql.rows(
        session, "SELECT author, COUNT(*) FROM (SELECT author FROM answer_event UNION ALL "
        "SELECT author FROM template_event WHERE author != '') GROUP BY author "
        "ORDER BY author")]
    for file_name, exported_by, received_by in sql.rows(
            session, "SELECT file_name, exported_by, received_by FROM package "
            "ORDER BY received_at"):
        texts += [StoredText("package", value, label=file_name)
                  for value in (file_name, exported_by, received_by)]
    # What a sample draw keeps: names (of the file, sheet, columns, strata), the seed, who,
    # and the reasons of replacements; never a case identifier.
    for unit, value in sql.rows(
            session, "SELECT coalesce(u.name, ''), v.value FROM (SELECT unit_id, "
            "source_name || ' / ' || sheet || ' / ' || identifier_column || ' / ' || "
            "stratum_column || ' / ' || date_column || ' / ' || kept_columns || ' / ' || "
            "seed || ' / ' || drawn_by AS value, id FROM sample_draw UNION ALL "
            "SELECT d.unit_id, s.name, d.id FROM sample_stratum s JOIN sample_draw d "
            "ON d.id = s.draw_id UNION ALL SELECT d.unit_id, e.reason || ' / ' || e.author, "
            "d.id FROM sample_event e JOIN sample_draw d ON d.id = e.draw_id) v "
            "LEFT JOIN unit u ON u.id = v.unit_id"):
        texts.append(StoredText("sample", value, unit))
    return texts
