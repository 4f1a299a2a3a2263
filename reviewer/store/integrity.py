"""The project's own invariants that every open checks, in plain SQL and cheap: what a
file must hold for this version to read it without surprises (one project, known
settings, a template without cycles, known answer codes)."""

from __future__ import annotations

from sqlalchemy.engine import Connection

from reviewer.i18n import _
from reviewer.model import Code, Convention, Placement

_CODES = ", ".join(f"'{code.value}'" for code in Code)
_PLACEMENTS = ", ".join(f"'{placement.value}'" for placement in Placement)


def invariant_problems(connection: Connection) -> list[str]:
    """Problems that make the file unreadable as a project, in words; empty when none.

    Every code and placement is read (0.3 s for 500,000 answers), so no command works on
    a file `check` would call damaged. (Whether each current answer's event exists is the
    foreign-key check's, see `database.FULL_CHECK_BYTES`.)
    """
    sql = connection.exec_driver_sql
    projects = sql("SELECT id, convention, first_footnote FROM project LIMIT 2").fetchall()
    if len(projects) != 1:
        return [_("it holds {count} projects instead of one", count=len(projects))]
    project_id, convention, first_footnote = projects[0]
    problems = []
    meta_id = sql("SELECT value FROM meta WHERE key = 'project_id'").scalar()
    if meta_id != project_id:
        problems.append(_("its project id does not match its metadata"))
    if convention not in {c.value for c in Convention}:
        problems.append(_("its Summa convention {value!r} is unknown", value=convention))
    if not isinstance(first_footnote, int) or first_footnote < 1:
        problems.append(_("its first footnote number {value!r} is not a number of 1 or more",
                          value=first_footnote))
    problems += _text_problems(connection)
    problems += _template_problems(
        [(key, parent) for key, parent in sql("SELECT key, parent FROM question")])
    problems += _name_problems(connection)
    unknown = sql(f"SELECT coalesce(code, '–') FROM answer_head WHERE "
                  f"(code IS NOT NULL AND code NOT IN ({_CODES})) "
                  f"OR missing_reason NOT IN (0, 1) OR conflict NOT IN (0, 1) "
                  f"OR question_key NOT IN (SELECT key FROM question) LIMIT 1").scalar()
    if unknown is not None:
        problems.append(_("an answer holds the unknown code {value!r}, or a flag or "
                          "question this version does not read", value=unknown))
    event = sql(f"SELECT id FROM answer_event WHERE (code IS NOT NULL AND code NOT IN "
                f"({_CODES})) OR placement NOT IN ({_PLACEMENTS}) OR typeof(reason) != "
                f"'text' OR typeof(note) != 'text' OR typeof(author) != 'text' "
                f"OR typeof(at) != 'text' LIMIT 1").scalar()
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
    "unit": ("id", "name", "created_at"),
    "case_file": ("id", "unit_id", "label", "created_at"),
    "package": ("id", "file_name", "exported_by", "exported_at", "received_at"),
}
_OPTIONAL_TEXTS = {"question": ("footnote", "finding", "parent"),
                   "unit": ("removed_at", "restored_at"),
                   "case_file": ("signed_off_by", "signed_off_at", "removed_at",
                                 "restored_at")}


def _text_problems(connection: Connection) -> list[str]:
    sql = connection.exec_driver_sql
    for table, columns in _TEXTS.items():
        optional = _OPTIONAL_TEXTS.get(table, ())
        wrong = " OR ".join([f"typeof({c}) != 'text'" for c in columns]
                            + [f"typeof({c}) NOT IN ('text', 'null')" for c in optional])
        if sql(f"SELECT 1 FROM {table} WHERE {wrong} LIMIT 1").scalar():
            return [_("its table {table} holds a value that is not text", table=table)]
        sql(f"SELECT {', '.join(columns + optional)} FROM {table}").fetchall()  # UTF-8
    if sql("SELECT 1 FROM question WHERE trim(text) = '' LIMIT 1").scalar():
        return [_("a question of its template has no text")]
    return []


def _name_problems(connection: Connection) -> list[str]:
    """Two units of one name, or two case files of one number in a unit, would make the
    commands that name them ambiguous."""
    sql = connection.exec_driver_sql
    names = [str(name).casefold() for (name,) in sql(
        "SELECT name FROM unit WHERE removed_at IS NULL")]
    if len(set(names)) != len(names):
        return [_("two of its units have one name")]
    if sql("SELECT 1 FROM case_file WHERE removed_at IS NULL GROUP BY unit_id, label "
           "HAVING count(*) > 1 LIMIT 1").scalar():
        return [_("two case files of one unit have one number")]
    return []


def _template_problems(rows: list[tuple[str, str | None]]) -> list[str]:
    parents = {key: parent for key, parent in rows}
    if not parents:
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
