"""The template's log: every change of a question as an event holding its whole state
(`template_event`), each question's current event (`template_head`, removed questions'
too), and the `question` table, the current template every reader reads, made from them.

One way to the current state, used by every writer (a change, a merge, the upgrade to
format 6): `refresh` takes each question's unreplaced events, the newest of them as its
state (two that differ are a conflict, as for answers), and writes the questions that are
not removed. It runs on a session's connection, an upgrade's or a merge's plain sqlite3
connection alike (`Execute`).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from typing import Any

from sqlmodel import Session

from reviewer.model import Question, QuestionState, TemplateConflict, TemplateEvent
from reviewer.store import sql
from reviewer.store.database import new_id, now
from reviewer.templates import printed_keys

# A statement and its parameters run, giving rows (sqlite3's `execute`, SQLAlchemy's
# `exec_driver_sql`).
Execute = Callable[..., Any]

# The events of the template a project was made with have ids derived from the project's
# id and the question's key, so copies upgraded apart from an older format hold the very
# same events, and merge as one.
_SEED_NAMESPACE = uuid.UUID("6f1d1a8e-4c55-4b8e-9a77-0c6b7a1e5d21")

COLUMNS = ("id, question_key, text, footnote, finding, parent, position, label, removed, "
           "author, at, replaces, origin")
_VALUES = ":id, :key, :text, :footnote, :finding, :parent, :position, :label, :removed, " \
          ":author, :at, :replaces, "
# The whole state an event sets, as one comparable value: two sides that set the same
# state are no conflict.
STATE_SQL = ("json_array({t}.text, {t}.footnote, {t}.finding, {t}.parent, {t}.position, "
             "{t}.label, {t}.removed)")


def seed_id(project_id: str, key: str) -> str:
    return str(uuid.uuid5(_SEED_NAMESPACE, f"{project_id}/{key}"))


def seed_events(project_id: str, created_at: str,
                questions: Sequence[tuple[str, str, str | None, str | None, str | None]]
                ) -> list[dict[str, Any]]:
    """The first events of a template's questions (key, text, footnote, finding, parent),
    in order: positions 0, 1, 2, …, made when the project was."""
    # A key that is not the number the published numbering gives the question (`A1`,
    # `2.1`) is kept as the number it prints; the others are numbered anew when questions
    # are added or moved.
    own: dict[str, str | None] = {}

    def typed(question: Question, number: str) -> str | None:
        own[question.key] = None if question.key == number else question.key
        return own[question.key]

    printed_keys([Question(key=k, text=t, parent=p) for k, t, _f, _g, p in questions], typed)
    return [event_values(seed_id(project_id, key), QuestionState(
                key=key, text=text, footnote=footnote, finding=finding, parent=parent,
                position=float(index), label=own[key]),
                author="", at=created_at, replaces=None)
            for index, (key, text, footnote, finding, parent) in enumerate(questions)]


def event_values(event_id: str, state: QuestionState, *, author: str, at: str,
                 replaces: str | None) -> dict[str, Any]:
    return {"id": event_id, "key": state.key, "text": state.text, "footnote": state.footnote,
            "finding": state.finding, "parent": state.parent, "position": state.position,
            "label": state.label, "removed": int(state.removed), "author": author, "at": at,
            "replaces": replaces}


def insert_sql(origin: str) -> str:
    """The one INSERT of a template event; `origin` is SQL for its origin column."""
    return f"INSERT INTO template_event ({COLUMNS}) VALUES ({_VALUES}{origin})"


def refresh(execute: Execute) -> None:
    """Each question's current event from its events nothing replaced (the newest; more
    than one state is a conflict), and the questions not removed as the current template,
    a parent that is removed or does not come before its sub-question left out."""
    execute("DELETE FROM template_head")
    execute(f"""
        INSERT INTO template_head (question_key, event_id, conflict)
        SELECT question_key, id, lowest != highest FROM (
            SELECT e.question_key, e.id,
                   row_number() OVER (PARTITION BY e.question_key
                                      ORDER BY e.at DESC, e.id DESC) AS rank,
                   min({STATE_SQL.format(t="e")}) OVER (PARTITION BY e.question_key)
                       AS lowest,
                   max({STATE_SQL.format(t="e")}) OVER (PARTITION BY e.question_key)
                       AS highest
            FROM template_event e
            WHERE NOT EXISTS (SELECT 1 FROM template_event r WHERE r.replaces = e.id)
              AND NOT EXISTS (SELECT 1 FROM template_parent p WHERE p.parent_id = e.id)
        ) WHERE rank = 1""")
    execute("DELETE FROM question")
    # Added during the review: the question's first event is later than the project.
    execute("""
        INSERT INTO question (key, position, text, footnote, finding, parent, label, added_at)
        SELECT e.question_key, e.position, e.text, e.footnote, e.finding, e.parent, e.label,
               (SELECT CASE WHEN min(r.at) > (SELECT created_at FROM project)
                            THEN min(r.at) END
                FROM template_event r WHERE r.question_key = e.question_key
                  AND r.replaces IS NULL)
        FROM template_head h JOIN template_event e ON e.id = h.event_id
        WHERE NOT e.removed""")
    # Copies changed apart can leave a sub-question whose parent the other removed, or moved
    # after it: it reads as a main question until the auditor changes it (its event keeps
    # the parent, which comes back with the parent).
    seen: set[str] = set()
    for key, parent in execute("SELECT key, parent FROM question "
                               "ORDER BY position, key").fetchall():
        if parent is not None and parent not in seen:
            execute("UPDATE question SET parent = NULL WHERE key = ?", (key,))
        seen.add(key)


# -- reading ---------------------------------------------------------------------------

_EVENT_SQL = (f"SELECT {COLUMNS}, (SELECT group_concat(p.parent_id) FROM template_parent p "
              "WHERE p.event_id = e.id) FROM template_event e")


def _event(row: Sequence[Any], origin: str | None) -> TemplateEvent:
    (event_id, key, text, footnote, finding, parent, position, label, removed, author, at,
     replaces, _origin, parents) = row
    return TemplateEvent(
        id=event_id, state=QuestionState(key=key, text=text, footnote=footnote,
                                         finding=finding, parent=parent,
                                         position=float(position), label=label,
                                         removed=bool(removed)),
        author=author, at=at, replaces=replaces,
        also_replaces=tuple(sorted(parents.split(","))) if parents else (), origin=origin)


def events(execute: Execute, where: str = "1", params: Sequence[Any] = (), *,
           origin_of: Callable[[str | None], str | None] = lambda _o: None,
           order: str = "e.at, e.id") -> list[TemplateEvent]:
    return [_event(row, origin_of(row[12])) for row in execute(
        f"{_EVENT_SQL} WHERE {where} ORDER BY {order}", tuple(params)).fetchall()]


def heads(execute: Execute) -> dict[str, tuple[TemplateEvent, bool]]:
    """Every question's current event (removed ones too) and whether it is in conflict,
    by key."""
    found = {row[0]: bool(row[1]) for row in execute(
        "SELECT question_key, conflict FROM template_head").fetchall()}
    return {e.state.key: (e, found[e.state.key]) for e in events(
        execute, "e.id IN (SELECT event_id FROM template_head)")}


def unreplaced(execute: Execute, key: str,
               origin_of: Callable[[str | None], str | None] = lambda _o: None
               ) -> list[TemplateEvent]:
    """A question's events nothing replaced, newest first: its state, or the sides of a
    conflict."""
    return events(execute, "e.question_key = ? AND NOT EXISTS (SELECT 1 FROM template_event "
                  "r WHERE r.replaces = e.id) AND NOT EXISTS (SELECT 1 FROM template_parent p "
                  "WHERE p.parent_id = e.id)", (key,), origin_of=origin_of,
                  order="e.at DESC, e.id DESC")


def conflict_keys(execute: Execute) -> list[str]:
    """The questions in conflict, in the template's order (removed ones last)."""
    return [row[0] for row in execute(
        "SELECT h.question_key FROM template_head h LEFT JOIN question q "
        "ON q.key = h.question_key WHERE h.conflict "
        "ORDER BY q.position IS NULL, q.position, h.question_key").fetchall()]


# -- over an open project's session ----------------------------------------------------


def _execute(session: Session) -> Execute:
    return session.connection().exec_driver_sql


def current(session: Session) -> dict[str, tuple[TemplateEvent, bool]]:
    """Every question's current state (removed ones too) with its event, and whether it is
    in conflict, by key."""
    return heads(_execute(session))


def record(session: Session, changes: Sequence[tuple[QuestionState, str | None,
                                                      Sequence[str]]],
           author: str) -> None:
    """Record changes of questions (each the new state, the event it replaces, and the other
    sides of a conflict it decides), all at one time, and make the template from them."""
    stamp = now()
    values = [event_values(new_id(), state, author=author, at=stamp, replaces=replaces)
              for state, replaces, _others in changes]
    execute = _execute(session)
    sql.execute_many(session, insert_sql("(SELECT value FROM meta WHERE key = 'copy_id')"),
                     values)
    parents = [(value["id"], other) for value, (_s, _r, others) in
               zip(values, changes, strict=True) for other in others]
    if parents:
        sql.execute_many(session, "INSERT INTO template_parent (event_id, parent_id) "
                         "VALUES (?, ?)", parents)
    refresh(execute)


def conflicts(session: Session) -> list[TemplateConflict]:
    """Every question two copies changed apart, with its sides (newest first)."""
    from reviewer.store.events import read_origins  # events reads the structure, which seeds here

    execute = _execute(session)
    origins = read_origins(session)
    return [TemplateConflict(key, tuple(unreplaced(execute, key, origins.of)))
            for key in conflict_keys(execute)]


def history(session: Session, key: str | None = None) -> list[TemplateEvent]:
    """Every change of a question (of every question without `key`), oldest first."""
    from reviewer.store.events import read_origins

    origins = read_origins(session)
    if key is None:
        return events(_execute(session), origin_of=origins.of)
    return events(_execute(session), "e.question_key = ?", (key,), origin_of=origins.of)


def answers_held(session: Session, keys: Sequence[str]) -> int:
    """How many answers (not cleared) the questions hold in the case files of the project."""
    if not keys:
        return 0
    return int(sql.scalar(
        session, "SELECT count(*) FROM answer_head h JOIN case_file c ON c.id = h.case_file_id "
        "JOIN unit u ON u.id = c.unit_id WHERE h.code IS NOT NULL AND c.removed_at IS NULL "
        f"AND u.removed_at IS NULL AND h.question_key IN ({', '.join('?' * len(keys))})",
        tuple(keys)))


def other_sides(session: Session, key: str, head_id: str) -> tuple[str, ...]:
    """A question's events nothing replaced besides its current one: the other sides of a
    conflict, or of copies that made the same change (a new change replaces them too)."""
    return tuple(e.id for e in unreplaced(_execute(session), key) if e.id != head_id)
