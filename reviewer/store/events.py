"""The answer log of a project file: every change of a cell as an event, each cell's
current event (`answer_head`), the sides of a conflict, and where events came from.

In plain SQL (`sql`): every keypress reads and writes here, and a summary reads every
current answer (see benchmarks/).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlmodel import Session

from reviewer.model import Answer, AnswerEvent, CaseFile, Code, PackageInfo, Placement
from reviewer.store import sql
from reviewer.store.database import StoredValueError, new_id, now
from reviewer.store.migrations import unreplaced_sql
from reviewer.store.structure import CASE_FILE_COLUMNS, case_file_of

_EVENT_COLUMNS = ("e.case_file_id, e.question_key, e.id, e.code, e.reason, e.placement, "
                  "e.note, e.author, e.at, e.replaces, e.origin")
_HEAD_SQL = (f"SELECT {_EVENT_COLUMNS}, h.conflict FROM answer_head h "
             "JOIN answer_event e ON e.id = h.event_id ")
# An event nothing replaced: by `replaces`, or as a further parent of a decision.
_UNREPLACED = unreplaced_sql("e")


@dataclass(frozen=True)
class _Origins:
    """What an event's stored origin means in this file (see tables.AnswerEventRow)."""

    own: str  # this file's copy id: made here
    packages: frozenset[str]  # merged in with one of these
    imported: str | None  # made before this file was imported from this package

    def of(self, origin: str | None) -> str | None:
        """The package an event arrived with; None when it was made here."""
        if origin in self.packages:
            return origin
        if origin == self.own or (origin is None and self.imported is None):
            return None
        return self.imported


# The file's own copy id, read by the statement that stores an event made here.
_COPY_ID_SQL = "(SELECT value FROM meta WHERE key = 'copy_id')"


def read_origins(session: Session) -> _Origins:
    own = sql.scalar(session, f"SELECT {_COPY_ID_SQL}")
    rows = sql.rows(session, "SELECT id, kind FROM package")
    return _Origins(own=own or "", packages=frozenset(r[0] for r in rows),
                    imported=next((r[0] for r in rows if r[1] == "import"), None))


def _event(values: Sequence[Any], also_replaces: tuple[str, ...] = (),
           origins: _Origins | None = None) -> AnswerEvent:
    case_file_id, key, event_id, code, reason, placement, note, author, at, replaces, origin = \
        values[:11]
    try:
        answer = Answer(code=Code(code) if code else None, reason=reason,
                        placement=Placement(placement), note=note)
    except ValueError as exc:
        raise StoredValueError(f"answer {event_id}: {exc}") from exc
    return AnswerEvent(
        id=event_id, case_file_id=case_file_id, question_key=key, answer=answer,
        author=author, at=at, replaces=replaces, also_replaces=also_replaces,
        origin=None if origins is None else origins.of(origin))


# -- current answers -------------------------------------------------------------------


@dataclass(frozen=True)
class Head:
    """A cell's current event, and whether it is only the provisional side of a conflict."""

    event: AnswerEvent
    conflict: bool


def _head(row: Sequence[Any]) -> Head:
    """A head from the columns `_EVENT_COLUMNS, h.conflict` of a row."""
    return Head(_event(row), bool(row[11]))


def current_events_of_unit(session: Session, unit_id: str) -> dict[str, dict[str, Head]]:
    """The current events of every case file of a unit, by case file id and question key."""
    result: dict[str, dict[str, Head]] = {}
    for row in sql.rows(session, _HEAD_SQL + "WHERE h.case_file_id IN "
                        "(SELECT id FROM case_file WHERE unit_id = ?)", (unit_id,)):
        result.setdefault(row[0], {})[row[1]] = _head(row)
    return result


def current_events(session: Session, case_file_id: str) -> dict[str, Head]:
    """The current event of every cell of a case file that was ever set."""
    return {row[1]: _head(row) for row in sql.rows(
        session, _HEAD_SQL + "WHERE h.case_file_id = ?", (case_file_id,))}


def head_table(session: Session, unit_ids: Sequence[str] | None = None
               ) -> list[tuple[str, str, str | None, int]]:
    """Every current answer as (case_file_id, key, code, missing reason 0/1): the fast path
    for summaries of large projects; one table, no join."""
    query = "SELECT case_file_id, question_key, code, missing_reason FROM answer_head"
    if unit_ids is None:
        return sql.bulk_rows(session, query)
    names = ", ".join("?" * len(unit_ids)) or "NULL"
    return sql.bulk_rows(session, query + " WHERE case_file_id IN "
                         f"(SELECT id FROM case_file WHERE unit_id IN ({names}))",
                         tuple(unit_ids))


def count_answers(session: Session, case_file_ids: Iterable[str]) -> int:
    """How many cells of these case files were ever set."""
    ids = tuple(case_file_ids)
    if not ids:
        return 0
    return int(sql.scalar(session, "SELECT count(*) FROM answer_head WHERE case_file_id IN "
                                   f"({', '.join('?' * len(ids))})", ids))


def reasons_for_question(session: Session, key: str) -> list[str]:
    return [row[0] for row in sql.rows(
        session, "SELECT e.reason, count(*) AS uses FROM answer_head h "
        "JOIN answer_event e ON e.id = h.event_id WHERE h.question_key = ? "
        "AND e.reason != '' GROUP BY e.reason ORDER BY uses DESC, e.reason", (key,))]


# -- changing a cell -------------------------------------------------------------------


@dataclass(frozen=True)
class BeforeChange:
    """What a change of one cell reads before it writes."""

    case_file: CaseFile | None  # None when it is not in the project
    heads: dict[str, Head]  # of the cell and the questions it depends on, those ever set
    # The cell's events besides its current one that nothing replaced: the other sides of
    # a conflict, or of copies that set the same value (which a new answer replaces too).
    other_sides: tuple[str, ...]


def case_file_events(session: Session, case_file_id: str
                     ) -> tuple[CaseFile | None, dict[str, Head]]:
    """A case file (None when it is not in the project) and the current event of every
    cell of it that was ever set: one statement, as a pane asks it on every change."""
    rows = sql.rows(
        session, f"SELECT {CASE_FILE_COLUMNS}, {_EVENT_COLUMNS}, h.conflict "
        "FROM case_file c LEFT JOIN answer_head h ON h.case_file_id = c.id "
        "LEFT JOIN answer_event e ON e.id = h.event_id "
        "WHERE c.id = ? AND c.removed_at IS NULL", (case_file_id,))
    if not rows:
        return None, {}
    return case_file_of(rows[0]), {row[7]: _head(row[6:]) for row in rows
                                   if row[6] is not None}


def before_change(session: Session, case_file_id: str, key: str,
                  parents: Sequence[str]) -> BeforeChange:
    """The case file, the current events of `key` and its `parents`, and the cell's other
    sides: one statement, as every answer change asks it."""
    keys = (key, *parents)
    rows = sql.rows(
        session, f"SELECT {CASE_FILE_COLUMNS}, {_EVENT_COLUMNS}, h.conflict, "
        "CASE WHEN h.question_key = ? THEN (SELECT group_concat(o.id) FROM answer_event o "
        "WHERE o.case_file_id = h.case_file_id AND o.question_key = h.question_key "
        f"AND o.id != h.event_id AND {unreplaced_sql('o')}) END "
        "FROM case_file c LEFT JOIN answer_head h ON h.case_file_id = c.id "
        f"AND h.question_key IN ({', '.join('?' * len(keys))}) "
        "LEFT JOIN answer_event e ON e.id = h.event_id "
        "WHERE c.id = ? AND c.removed_at IS NULL", (key, *keys, case_file_id))
    if not rows:
        return BeforeChange(None, {}, ())
    heads = {row[7]: _head(row[6:]) for row in rows if row[6] is not None}
    others = next((row[18] for row in rows if row[18]), None)
    return BeforeChange(case_file_of(rows[0]), heads,
                        tuple(others.split(",")) if others else ())


# Every event is stored by this statement, and becomes its cell's current event by the
# next; a new event of a cell is never in conflict.
_INSERT_EVENT = (
    "INSERT INTO answer_event (id, case_file_id, question_key, code, reason, placement, note, "
    "author, at, replaces, origin) VALUES (:id, :case_file_id, :key, :code, :reason, "
    f":placement, :note, :author, :at, :replaces, {_COPY_ID_SQL})")
_SET_HEAD = (
    "INSERT INTO answer_head (case_file_id, question_key, event_id, code, missing_reason, "
    "conflict) VALUES (:case_file_id, :key, :id, :code, :missing, 0) "
    "ON CONFLICT (case_file_id, question_key) DO UPDATE SET event_id = excluded.event_id, "
    "code = excluded.code, missing_reason = excluded.missing_reason, conflict = 0")


def _new_event(case_file_id: str, key: str, answer: Answer, author: str, at: str,
               replaces: str | None) -> dict[str, Any]:
    return {"id": new_id(), "case_file_id": case_file_id, "key": key,
            "code": answer.code.value if answer.code else None, "reason": answer.reason,
            "placement": answer.placement.value, "note": answer.note, "author": author,
            "at": at, "replaces": replaces, "missing": answer.missing_reason}


def _record(session: Session, events: Sequence[dict[str, Any]]) -> None:
    sql.execute_many(session, _INSERT_EVENT, events)
    sql.execute_many(session, _SET_HEAD, events)


def append_event(session: Session, case_file_id: str, key: str, answer: Answer, author: str,
                 replaces: str | None, also_replaces: Sequence[str] = ()) -> str:
    """Record a change of one cell and make it the cell's current event; `also_replaces`
    are the other sides of a conflict it decides."""
    event = _new_event(case_file_id, key, answer, author, now(), replaces)
    _record(session, [event])
    if also_replaces:
        sql.execute_many(session, "INSERT INTO answer_parent (event_id, parent_id) "
                         "VALUES (?, ?)", [(event["id"], parent) for parent in also_replaces])
    return str(event["id"])


def append_first_events(session: Session,
                        cells: Sequence[tuple[str, str, Answer, str]]) -> None:
    """First events of many cells that have none yet (case_file_id, key, answer, author)."""
    stamp = now()
    _record(session, [_new_event(case_file_id, key, answer, author, stamp, None)
                      for case_file_id, key, answer, author in cells])


# -- conflicts and history -------------------------------------------------------------


def sides(session: Session, case_file_id: str, key: str,
          origins: _Origins | None = None) -> list[AnswerEvent]:
    """The events of a cell that nothing replaced, newest first: one, or the sides of a
    conflict (the first is the provisional value)."""
    return _events(session, f"e.case_file_id = ? AND e.question_key = ? AND {_UNREPLACED}",
                   (case_file_id, key), "e.at DESC, e.id DESC", origins)


def conflicts(session: Session) -> list[tuple[str, str, list[AnswerEvent]]]:
    """Every cell in conflict, in the project's order, with its sides (newest first)."""
    origins = read_origins(session)
    return [(case_file_id, key, sides(session, case_file_id, key, origins))
            for case_file_id, key in conflict_cells(session)]


def conflict_cells(session: Session) -> list[tuple[str, str]]:
    """(case file id, question key) of every cell in conflict, in the project's order."""
    return [(row[0], row[1]) for row in sql.rows(
        session, "SELECT h.case_file_id, h.question_key FROM answer_head h "
        "JOIN case_file c ON c.id = h.case_file_id JOIN unit u ON u.id = c.unit_id "
        "LEFT JOIN question q ON q.key = h.question_key "
        "WHERE h.conflict AND c.removed_at IS NULL AND u.removed_at IS NULL "
        "ORDER BY u.position, c.position, q.position")]


def _events(session: Session, where: str, params: tuple[str, ...], order: str,
            origins: _Origins | None = None) -> list[AnswerEvent]:
    """Events with their further parents and where they came from."""
    rows = sql.rows(
        session, f"SELECT {_EVENT_COLUMNS}, (SELECT group_concat(p.parent_id) FROM "
        f"answer_parent p WHERE p.event_id = e.id) FROM answer_event e WHERE {where} "
        f"ORDER BY {order}", params)
    origins = origins or read_origins(session)
    return [_event(row, tuple(sorted(row[11].split(","))) if row[11] else (), origins)
            for row in rows]


def history(session: Session, case_file_id: str | None = None,
            key: str | None = None) -> list[AnswerEvent]:
    """Every change of a cell, oldest first; without a cell, of the whole project (the
    audit trail)."""
    if case_file_id is None or key is None:
        return _events(session, "1", (), "e.at, e.id")
    return _events(session, "e.case_file_id = ? AND e.question_key = ?", (case_file_id, key),
                   "e.at, e.id")


def packages(session: Session) -> dict[str, PackageInfo]:
    """The exchange packages that brought events into this file, by id."""
    return {row[0]: PackageInfo(*row) for row in sql.rows(
        session, "SELECT id, file_name, exported_by, exported_at, app_version, received_at, "
        "received_by FROM package")}
