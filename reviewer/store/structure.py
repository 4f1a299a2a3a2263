"""The structure of a project file: the project and its template, its units and their case
files, removed and brought back. Small functions over a session that return domain values.

Whole rows are read and changed through SQLModel; what SQLModel does not say in a line (a
count per removed unit, a case file looked up on every answer change) is plain SQL (`sql`).
"""

from __future__ import annotations

from functools import partial
from typing import Any

from sqlalchemy import func
from sqlmodel import Session, col, select

from reviewer.model import CaseFile, Convention, ProjectInfo, Question, Removed, Template, Unit
from reviewer.store import sql, template_log
from reviewer.store.database import new_copy_id, new_id, now
from reviewer.store.migrations import FORMAT_VERSION
from reviewer.store.naming import free_name, make_unique
from reviewer.store.tables import CaseFileRow, MetaRow, ProjectRow, QuestionRow, UnitRow
from reviewer.templates import printed_keys

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
    session.flush()
    # The template as its first events; the question table is made from them.
    execute = session.connection().exec_driver_sql
    seeds = template_log.seed_events(info.id, stamp, [
        (q.key, q.text, q.footnote, q.finding, q.parent) for q in template.questions])
    if seeds:
        execute(template_log.insert_sql("NULL"), seeds)
    template_log.refresh(execute)


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
    """The template as it is now. A question's printed number is the one the auditor typed
    (`label`), else the published numbering of the questions in their order
    (`templates.printed_keys`); `label` is left None where it is the key itself."""
    rows = session.exec(select(QuestionRow).order_by(col(QuestionRow.position),
                                                     col(QuestionRow.key))).all()
    numbers = printed_keys([Question(key=r.key, text=r.text, parent=r.parent, label=r.label)
                            for r in rows])
    return Template(name=_project_row(session).template_name, questions=tuple(
        Question(key=r.key, text=r.text, footnote=r.footnote, finding=r.finding,
                 parent=r.parent, label=_printed(r.key, number),
                 added_at=r.added_at) for r, number in zip(rows, numbers, strict=True)))


def _printed(key: str, number: str) -> str | None:
    return None if number == key else number


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


CASE_FILE_COLUMNS = "c.id, c.unit_id, c.label, c.position, c.signed_off_by, c.signed_off_at"


def case_file_of(row: Any) -> CaseFile:
    """A case file from the first columns of a row that selects `CASE_FILE_COLUMNS`."""
    return CaseFile(id=row[0], unit_id=row[1], label=row[2], position=row[3],
                    signed_off_by=row[4], signed_off_at=row[5])


def get_case_file(session: Session, case_file_id: str) -> CaseFile | None:
    # Plain SQL rather than session.get: the panes ask this on every step (see benchmarks/).
    found = sql.rows(session, f"SELECT {CASE_FILE_COLUMNS} FROM case_file c "
                              "WHERE c.id = ? AND c.removed_at IS NULL", (case_file_id,))
    return case_file_of(found[0]) if found else None


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
    units = sql.rows(session,
        "SELECT u.id, u.name, u.removed_at, " + _CHANGES_IN.format(
            files="SELECT id FROM case_file WHERE unit_id = u.id", removed="u.removed_at")
        + " FROM unit u WHERE u.removed_at IS NOT NULL ORDER BY u.removed_at DESC, u.id")
    files = sql.rows(session,
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
    make_unique(partial(sql.rows, session))


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
