"""Small functions over a session that read and write project rows and return domain values.

The only place outside `database.py` that knows the tables; callers get dataclasses.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, text
from sqlmodel import Session, col, select

from reviewer.model import (
    Answer,
    AnswerEvent,
    CaseFile,
    Code,
    Convention,
    PackageInfo,
    Placement,
    ProjectInfo,
    Question,
    Removed,
    Template,
    Unit,
)
from reviewer.store.database import StoredValueError, new_copy_id, new_id, now
from reviewer.store.migrations import (
    FORMAT_VERSION,
    answer_value_sql,
    missing_reason_sql,
    unreplaced_sql,
)
from reviewer.store.naming import free_name, make_unique
from reviewer.store.tables import (
    AnswerHeadRow,
    CaseFileRow,
    MetaRow,
    ProjectRow,
    QuestionRow,
    UnitRow,
)

# -- project and template --------------------------------------------------------------


def seed_project(session: Session, info: ProjectInfo, template: Template) -> None:
    session.add(MetaRow(key="format_version", value=str(FORMAT_VERSION)))
    session.add(MetaRow(key="project_id", value=info.id))
    session.add(MetaRow(key="copy_id", value=new_copy_id()))  # this file's own, for `origin`
    session.add(ProjectRow(id=info.id, title=info.title, organisation=info.organisation,
                           firm=info.firm, period=info.period, convention=info.convention.value,
                           first_footnote=info.first_footnote, is_example=info.is_example,
                           template_name=template.name, created_at=(stamp := now()),
                           changed_at=stamp))
    for position, q in enumerate(template.questions):
        session.add(QuestionRow(key=q.key, position=position, text=q.text, footnote=q.footnote,
                                finding=q.finding, parent=q.parent))


def _project_row(session: Session) -> ProjectRow:
    return session.exec(select(ProjectRow)).one()


def read_info(session: Session) -> ProjectInfo:
    row = _project_row(session)
    return ProjectInfo(id=row.id, title=row.title, organisation=row.organisation, firm=row.firm,
                       period=row.period, convention=Convention(row.convention),
                       first_footnote=row.first_footnote, is_example=row.is_example)


def update_info(session: Session, **values: Any) -> None:
    row = _project_row(session)
    for name, value in values.items():
        setattr(row, name, value.value if isinstance(value, Convention) else value)
    row.changed_at = now()
    session.add(row)


def read_template(session: Session) -> Template:
    rows = session.exec(select(QuestionRow).order_by(col(QuestionRow.position))).all()
    return Template(name=_project_row(session).template_name, questions=tuple(
        Question(key=r.key, text=r.text, footnote=r.footnote, finding=r.finding,
                 parent=r.parent) for r in rows))


def read_meta(session: Session) -> dict[str, str]:
    return {row.key: row.value for row in session.exec(select(MetaRow))}


# -- units and case files --------------------------------------------------------------


def _unit(row: UnitRow) -> Unit:
    return Unit(id=row.id, name=row.name, position=row.position)


def _case_file(row: CaseFileRow) -> CaseFile:
    return CaseFile(id=row.id, unit_id=row.unit_id, label=row.label, position=row.position,
                    signed_off_by=row.signed_off_by, signed_off_at=row.signed_off_at)


def list_units(session: Session) -> list[Unit]:
    # Copies merged may both have put a unit at one position: then the older comes first.
    rows = session.exec(select(UnitRow).where(col(UnitRow.removed_at).is_(None))
                        .order_by(col(UnitRow.position), col(UnitRow.created_at),
                                  col(UnitRow.id))).all()
    return [_unit(r) for r in rows]


def get_unit(session: Session, unit_id: str) -> Unit | None:
    row = session.get(UnitRow, unit_id)
    return None if row is None or row.removed_at is not None else _unit(row)


def add_unit(session: Session, name: str) -> Unit:
    position = session.exec(select(func.count()).select_from(UnitRow)).one()
    stamp = now()
    row = UnitRow(id=new_id(), name=name, position=position, created_at=stamp, changed_at=stamp)
    session.add(row)
    session.flush()  # the case files that follow refer to it
    return _unit(row)


# Which columns, when set, stamp which time of the row (what a merge compares).
_STAMPS = {"name": "changed_at", "label": "changed_at", "position": "changed_at",
           "signed_off_by": "status_at", "signed_off_at": "status_at"}


def add_unit_with_files(session: Session, name: str, files: int
                        ) -> tuple[Unit, list[CaseFile]]:
    """A new unit with `files` case files labelled 1..N."""
    unit = add_unit(session, name)
    return unit, [add_case_file(session, unit.id, str(n), n - 1) for n in range(1, files + 1)]


def _update(session: Session, table: type[UnitRow] | type[CaseFileRow], row_id: str,
            values: dict[str, Any]) -> None:
    row = session.get_one(table, row_id)
    stamp = now()
    for name, value in values.items():
        setattr(row, name, value)
        if name in _STAMPS:
            setattr(row, _STAMPS[name], stamp)
    session.add(row)


def set_unit(session: Session, unit_id: str, **values: Any) -> None:
    _update(session, UnitRow, unit_id, values)


def list_case_files(session: Session, unit_id: str | None = None) -> list[CaseFile]:
    query = select(CaseFileRow).where(col(CaseFileRow.removed_at).is_(None))
    if unit_id is not None:
        query = query.where(CaseFileRow.unit_id == unit_id)
    rows = session.exec(query.order_by(col(CaseFileRow.unit_id), col(CaseFileRow.position),
                                       col(CaseFileRow.created_at), col(CaseFileRow.id)))
    return [_case_file(r) for r in rows]


def get_case_file(session: Session, case_file_id: str) -> CaseFile | None:
    # Plain SQL rather than session.get: every answer change asks this (see benchmarks/).
    row = session.connection().execute(
        text("SELECT id, unit_id, label, position, signed_off_by, signed_off_at "
             "FROM case_file WHERE id = :id AND removed_at IS NULL"), {"id": case_file_id}
    ).fetchone()
    if row is None:
        return None
    return CaseFile(id=row[0], unit_id=row[1], label=row[2], position=row[3],
                    signed_off_by=row[4], signed_off_at=row[5])


def add_case_file(session: Session, unit_id: str, label: str, position: int) -> CaseFile:
    stamp = now()
    row = CaseFileRow(id=new_id(), unit_id=unit_id, label=label, position=position,
                      created_at=stamp, changed_at=stamp, status_at=stamp)
    session.add(row)
    return _case_file(row)


def set_case_file(session: Session, case_file_id: str, **values: Any) -> None:
    _update(session, CaseFileRow, case_file_id, values)


# -- removed, and brought back ---------------------------------------------------------

_CHANGES_IN = ("(SELECT count(*) FROM answer_event e WHERE e.case_file_id IN ({files})), "
               "(SELECT count(*) FROM answer_event e WHERE e.case_file_id IN ({files}) "
               "AND e.at > {removed})")


def removed(session: Session) -> list[Removed]:
    """Removed units, then removed case files of units still in the project; each kind
    latest removed first."""
    connection = session.connection()
    units = connection.exec_driver_sql(
        "SELECT u.id, u.name, u.removed_at, " + _CHANGES_IN.format(
            files="SELECT id FROM case_file WHERE unit_id = u.id", removed="u.removed_at")
        + " FROM unit u WHERE u.removed_at IS NOT NULL ORDER BY u.removed_at DESC, u.id")
    files = connection.exec_driver_sql(
        "SELECT u.id, u.name, f.id, f.label, f.removed_at, " + _CHANGES_IN.format(
            files="f.id", removed="f.removed_at")
        + " FROM case_file f JOIN unit u ON u.id = f.unit_id WHERE f.removed_at IS NOT NULL "
        "AND u.removed_at IS NULL ORDER BY f.removed_at DESC, f.id")
    return [Removed(row[0], row[1], None, None, row[2], row[3], row[4]) for row in units] + [
        Removed(*row) for row in files]


def restore_unit(session: Session, unit_id: str) -> None:
    """Bring back a removed unit with the case files removed with it (or after it), under
    a free name if its own was taken since; a later merge keeps it back (`restored_at`)."""
    row = session.get_one(UnitRow, unit_id)
    stamp = now()
    taken = {u.name.casefold() for u in list_units(session)}
    if row.name.casefold() in taken:
        row.name = free_name(row.name, taken, str.casefold, numbered=False)
        row.changed_at = stamp
    removed_at = row.removed_at or ""
    row.removed_at, row.restored_at = None, stamp
    session.add(row)
    for case_file in session.exec(select(CaseFileRow).where(
            CaseFileRow.unit_id == unit_id, col(CaseFileRow.removed_at) >= removed_at)):
        case_file.removed_at, case_file.restored_at = None, stamp
        session.add(case_file)
    session.flush()
    # Case files added to it in a copy that had not seen it removed may share a number.
    make_unique(session.connection().exec_driver_sql)


def restore_case_file(session: Session, case_file_id: str) -> None:
    """Bring back a removed case file, under the next free number if its own was taken."""
    row = session.get_one(CaseFileRow, case_file_id)
    stamp = now()
    taken = {f.label for f in list_case_files(session, row.unit_id)}
    if row.label in taken:
        row.label = free_name(row.label, taken, str, numbered=True)
        row.changed_at = stamp
    row.removed_at, row.restored_at = None, stamp
    session.add(row)


# -- answers ---------------------------------------------------------------------------

_EVENT_COLUMNS = ("e.case_file_id, e.question_key, e.id, e.code, e.reason, e.placement, "
                  "e.note, e.author, e.at, e.replaces, e.origin")
_HEAD_SQL = text(
    f"SELECT {_EVENT_COLUMNS}, h.conflict FROM answer_head h "
    "JOIN answer_event e ON e.id = h.event_id WHERE h.case_file_id = :case_file_id")


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


def _origins(session: Session) -> _Origins:
    connection = session.connection()
    own = connection.exec_driver_sql(f"SELECT {_COPY_ID_SQL}").scalar()
    rows = connection.exec_driver_sql("SELECT id, kind FROM package").fetchall()
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


@dataclass(frozen=True)
class Head:
    """A cell's current event, and whether it is only the provisional side of a conflict."""

    event: AnswerEvent
    conflict: bool


def current_events_of_unit(session: Session, unit_id: str) -> dict[str, dict[str, Head]]:
    """The current events of every case file of a unit, by case file id and question key."""
    rows = session.connection().execute(text(
        f"SELECT {_EVENT_COLUMNS}, h.conflict FROM answer_head h "
        "JOIN answer_event e ON e.id = h.event_id "
        "WHERE h.case_file_id IN (SELECT id FROM case_file WHERE unit_id = :unit_id)"),
        {"unit_id": unit_id})
    result: dict[str, dict[str, Head]] = {}
    for row in rows:
        result.setdefault(row[0], {})[row[1]] = Head(_event(row), bool(row[11]))
    return result


def current_events(session: Session, case_file_id: str,
                   keys: Sequence[str] | None = None) -> dict[str, Head]:
    """The current event of every cell of a case file that was ever set (or of `keys`)."""
    if keys is None:
        rows = session.connection().execute(_HEAD_SQL, {"case_file_id": case_file_id})
    else:
        names = ", ".join(f":k{i}" for i in range(len(keys)))
        rows = session.connection().execute(
            text(f"{_HEAD_SQL.text} AND h.question_key IN ({names})"),
            {"case_file_id": case_file_id, **{f"k{i}": k for i, k in enumerate(keys)}})
    return {row[1]: Head(_event(row), bool(row[11])) for row in rows}


def append_event(session: Session, case_file_id: str, key: str, answer: Answer, author: str,
                 replaces: str | None, at: str | None = None,
                 also_replaces: Sequence[str] = ()) -> str:
    """Record a change of one cell and make it the cell's current event; `also_replaces`
    are the other sides of a conflict it decides."""
    event_id = new_id()
    connection = session.connection()
    connection.execute(
        text("INSERT INTO answer_event (id, case_file_id, question_key, code, reason, "
             "placement, note, author, at, replaces, origin) VALUES (:id, :f, :k, :code, "
             f":reason, :placement, :note, :author, :at, :replaces, {_COPY_ID_SQL})"),
        {"id": event_id, "f": case_file_id, "k": key,
         "code": answer.code.value if answer.code else None, "reason": answer.reason,
         "placement": answer.placement.value, "note": answer.note, "author": author,
         "at": at or now(), "replaces": replaces})
    for parent in also_replaces:
        connection.execute(text("INSERT INTO answer_parent (event_id, parent_id) "
                                "VALUES (:e, :p)"), {"e": event_id, "p": parent})
    connection.execute(
        text("INSERT INTO answer_head (case_file_id, question_key, event_id, code, "
             "missing_reason, conflict) VALUES (:f, :k, :e, :code, :missing, 0) "
             "ON CONFLICT (case_file_id, question_key) DO UPDATE SET "
             "event_id = excluded.event_id, code = excluded.code, "
             "missing_reason = excluded.missing_reason, conflict = 0"),
        {"f": case_file_id, "k": key, "e": event_id,
         "code": answer.code.value if answer.code else None, "missing": answer.missing_reason})
    return event_id


# An event nothing replaced: by `replaces`, or as a further parent of a decision.
_UNREPLACED = unreplaced_sql("e")


def other_sides(session: Session, case_file_id: str, key: str, head_id: str) -> list[str]:
    """The events of a cell besides its current one that nothing replaced: the other sides
    of a conflict, or of copies that set the same value (which a new answer replaces too)."""
    # The driver's own cursor: every answer change asks this, mostly of one event (12 µs,
    # against 120 µs through SQLAlchemy's text()).
    cursor = session.connection().connection.dbapi_connection.cursor()  # type: ignore[union-attr]
    try:
        rows = cursor.execute(
            "SELECT e.id FROM answer_event e WHERE e.case_file_id = ? AND e.question_key = ? "
            f"AND e.id != ? AND {_UNREPLACED}", (case_file_id, key, head_id)).fetchall()
    finally:
        cursor.close()
    return [row[0] for row in rows]


def sides(session: Session, case_file_id: str, key: str,
          origins: _Origins | None = None) -> list[AnswerEvent]:
    """The events of a cell that nothing replaced, newest first: one, or the sides of a
    conflict (the first is the provisional value)."""
    return _events(session, f"e.case_file_id = :f AND e.question_key = :k AND {_UNREPLACED}",
                   {"f": case_file_id, "k": key}, "e.at DESC, e.id DESC", origins)


def conflicts(session: Session) -> list[tuple[str, str, list[AnswerEvent]]]:
    """Every cell in conflict, in the project's order, with its sides (newest first)."""
    origins = _origins(session)
    return [(case_file_id, key, sides(session, case_file_id, key, origins))
            for case_file_id, key in conflict_cells(session)]


def conflict_cells(session: Session) -> list[tuple[str, str]]:
    """(case file id, question key) of every cell in conflict, in the project's order."""
    rows = session.connection().exec_driver_sql(
        "SELECT h.case_file_id, h.question_key FROM answer_head h "
        "JOIN case_file c ON c.id = h.case_file_id JOIN unit u ON u.id = c.unit_id "
        "LEFT JOIN question q ON q.key = h.question_key "
        "WHERE h.conflict AND c.removed_at IS NULL AND u.removed_at IS NULL "
        "ORDER BY u.position, c.position, q.position")
    return [(row[0], row[1]) for row in rows]


def _events(session: Session, where: str, params: dict[str, Any], order: str,
            origins: _Origins | None = None) -> list[AnswerEvent]:
    """Events with their further parents and where they came from."""
    rows = session.connection().execute(
        text(f"SELECT {_EVENT_COLUMNS}, (SELECT group_concat(p.parent_id) FROM answer_parent p "
             f"WHERE p.event_id = e.id) FROM answer_event e WHERE {where} ORDER BY {order}"),
        params)
    origins = origins or _origins(session)
    return [_event(row, tuple(sorted(row[11].split(","))) if row[11] else (), origins)
            for row in rows]


def history(session: Session, case_file_id: str, key: str) -> list[AnswerEvent]:
    return _events(session, "e.case_file_id = :f AND e.question_key = :k",
                   {"f": case_file_id, "k": key}, "e.at, e.id")


def all_events(session: Session) -> list[AnswerEvent]:
    return _events(session, "1", {}, "e.at, e.id")


def packages(session: Session) -> dict[str, PackageInfo]:
    rows = session.connection().exec_driver_sql(
        "SELECT id, file_name, exported_by, exported_at, app_version, received_at, "
        "received_by FROM package")
    return {row[0]: PackageInfo(*row) for row in rows}


def head_table(session: Session, unit_ids: Sequence[str] | None = None
               ) -> list[tuple[str, str, str | None, int]]:
    """Every current answer as (case_file_id, key, code, missing reason 0/1): the fast path
    for summaries of large projects; one table, no join."""
    query = "SELECT case_file_id, question_key, code, missing_reason FROM answer_head"
    params: dict[str, Any] = {}
    if unit_ids is not None:
        names = ", ".join(f":u{i}" for i in range(len(unit_ids))) or "NULL"
        query += f" WHERE case_file_id IN (SELECT id FROM case_file WHERE unit_id IN ({names}))"
        params = {f"u{i}": unit_id for i, unit_id in enumerate(unit_ids)}
    # The driver's own cursor: SQLAlchemy's row objects cost more than the query here.
    cursor = session.connection().connection.dbapi_connection.cursor()  # type: ignore[union-attr]
    try:
        rows: list[tuple[str, str, str | None, int]] = cursor.execute(query, params).fetchall()
    finally:
        cursor.close()
    return rows


def heads_out_of_step(session: Session) -> int:
    """Current answers whose repeated code or reason flag differ from their event."""
    return _count(session, f"""
        SELECT count(*) FROM answer_head h JOIN answer_event e ON e.id = h.event_id
        WHERE h.code IS NOT e.code OR h.missing_reason != {missing_reason_sql("e")}""")


def count_events(session: Session, case_file_ids: Iterable[str]) -> int:
    ids = list(case_file_ids)
    if not ids:
        return 0
    return session.exec(select(func.count()).select_from(AnswerHeadRow).where(
        col(AnswerHeadRow.case_file_id).in_(ids))).one()


def integrity_problems(session: Session) -> list[str]:
    """SQLite's own integrity check; 'ok' means none."""
    rows = session.connection().exec_driver_sql("PRAGMA integrity_check").fetchall()
    problems = [row[0] for row in rows if row[0] != "ok"]
    problems += [f"foreign key: {tuple(row)}" for row in
                 session.connection().exec_driver_sql("PRAGMA foreign_key_check").fetchall()]
    return problems


def _count(session: Session, sql: str) -> int:
    return int(session.connection().exec_driver_sql(sql).scalar_one())


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


def conflicts_out_of_step(session: Session) -> int:
    """Cells whose conflict flag does not say whether the unreplaced events set more than
    one value."""
    return _count(session, f"""
        SELECT count(*) FROM answer_head h WHERE h.conflict != ((
            SELECT count(DISTINCT {answer_value_sql("e")}) FROM answer_event e
            WHERE e.case_file_id = h.case_file_id AND e.question_key = h.question_key
            AND {_UNREPLACED}) > 1)""")


def unknown_question_events(session: Session) -> int:
    return _count(session,
        "SELECT count(*) FROM answer_event WHERE question_key NOT IN "
        "(SELECT key FROM question)")


def reasons_for_question(session: Session, key: str) -> list[str]:
    rows = session.connection().execute(
        text("SELECT e.reason, count(*) AS uses FROM answer_head h "
             "JOIN answer_event e ON e.id = h.event_id "
             "WHERE h.question_key = :k AND e.reason != '' "
             "GROUP BY e.reason ORDER BY uses DESC, e.reason"), {"k": key})
    return [row[0] for row in rows]


def append_new_events(session: Session,
                      cells: Sequence[tuple[str, str, Answer, str]]) -> None:
    """First events of many cells that have none yet (case_file_id, key, answer, author)."""
    stamp = now()
    events = [{"id": new_id(), "f": case_file_id, "k": key,
               "code": answer.code.value if answer.code else None, "reason": answer.reason,
               "placement": answer.placement.value, "note": answer.note, "author": author,
               "at": stamp, "missing": answer.missing_reason}
              for case_file_id, key, answer, author in cells]
    connection = session.connection()
    connection.execute(
        text("INSERT INTO answer_event (id, case_file_id, question_key, code, reason, "
             "placement, note, author, at, replaces, origin) VALUES (:id, :f, :k, :code, "
             f":reason, :placement, :note, :author, :at, NULL, {_COPY_ID_SQL})"), events)
    connection.execute(
        text("INSERT INTO answer_head (case_file_id, question_key, event_id, code, "
             "missing_reason, conflict) VALUES (:f, :k, :id, :code, :missing, 0)"), events)



@dataclass(frozen=True)
class StoredText:
    """A free text kept in the project file, with where it is, for the privacy scan of
    `reviewer check`. `kind`: unit, removed_unit, label, signed_off_by, reason, note,
    earlier_reason, earlier_note (a replaced event's), author (`count` events), package."""

    kind: str
    text: str
    unit: str = ""
    label: str = ""
    key: str = ""
    count: int = 1


def stored_texts(session: Session) -> list[StoredText]:
    """Every unit name, case file label, sign-off, reason, note and author the file keeps,
    removed units and replaced events included: the history travels in every package."""
    connection = session.connection()
    texts = [StoredText("removed_unit" if removed else "unit", name)
             for name, removed in connection.exec_driver_sql(
                 "SELECT name, removed_at IS NOT NULL FROM unit ORDER BY position")]
    for unit, label, signed_off_by in connection.exec_driver_sql(
            "SELECT u.name, c.label, c.signed_off_by FROM case_file c JOIN unit u "
            "ON u.id = c.unit_id ORDER BY u.position, c.position"):
        texts.append(StoredText("label", label, unit, label))
        if signed_off_by:
            texts.append(StoredText("signed_off_by", signed_off_by, unit, label))
    for unit, label, key, reason, note, current in connection.exec_driver_sql(
            "SELECT u.name, c.label, e.question_key, e.reason, e.note, h.event_id IS e.id "
            "FROM answer_event e JOIN case_file c ON c.id = e.case_file_id "
            "JOIN unit u ON u.id = c.unit_id LEFT JOIN answer_head h ON "
            "h.case_file_id = e.case_file_id AND h.question_key = e.question_key "
            "WHERE e.reason != '' OR e.note != '' ORDER BY u.position, c.position, e.at"):
        prefix = "" if current else "earlier_"
        texts += [StoredText(prefix + kind, value, unit, label, key)
                  for kind, value in (("reason", reason), ("note", note)) if value]
    texts += [StoredText("author", author, count=count) for author, count in
              connection.exec_driver_sql(
                  "SELECT author, COUNT(*) FROM answer_event GROUP BY author ORDER BY author")]
    for file_name, exported_by, received_by in connection.exec_driver_sql(
            "SELECT file_name, exported_by, received_by FROM package ORDER BY received_at"):
        texts += [StoredText("package", value, label=file_name)
                  for value in (file_name, exported_by, received_by)]
    return texts
