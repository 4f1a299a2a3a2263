"""Copies of a project file that travel between auditors: a consistent snapshot (of all
units or some), and merging such a copy back, all in SQL over the attached copy.

A merge is the union of the two copies' rows, taken in one transaction:
- answer events by id, with the further parents of decisions; each cell touched gets its
  current event again from the events nothing replaced: one is the answer; more that set
  different values are a conflict, whose provisional answer is the newest (`at`, then id),
  so every order of merging gives the same answers;
- units, case files and the project's details by id, the later change of each winning
  (`changed_at`; sign-off by `status_at`; at the same time, the greater value); removing
  and bringing back by time too, the later winning;
- names made unique: two units of one name, or two case files of one label in a unit, keep
  the older as it is and give the later the next free name (`naming`);
- template events by id, as answer events: each question's state is its newest event
  nothing replaced, two that differ a conflict; the template is made from them again
  (`template_log.refresh`);
- the log of packages, and the records of sample draws (written once: the union by id).
Nothing is written when the copy brings nothing new.

Plain sqlite3 here, not a session over an open project: these files are not open projects
(a snapshot being made, a package's copy, a backup, a closed file being replaced), and
opening one as a project would take its writer lock and check it whole once more. A merge
writes into the open project, but through a connection of its own: one that attaches the
copy and holds one `BEGIN IMMEDIATE` over every statement, outside the pooled connections
whose sessions begin a transaction at their first write.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import closing, contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from reviewer.model import PackageInfo, Question
from reviewer.store import template_log
from reviewer.store.database import copy_database, new_copy_id
from reviewer.store.migrations import answer_value_sql, missing_reason_sql
from reviewer.store.naming import make_unique
from reviewer.templates import printed_keys

_EVENT_COLUMNS = ("id, case_file_id, question_key, code, reason, placement, note, author, at, "
                  "replaces")
_PACKAGE_COLUMNS = ("id, kind, file_name, exported_by, exported_at, app_version, received_at, "
                    "received_by")


@dataclass
class MergeCounts:
    """What a merge changed: by id where `reviewer.exchange` puts names to it, by name where
    the names are those of removed units or names the merge changed."""

    units_added: list[str] = field(default_factory=list)
    case_files_added: list[str] = field(default_factory=list)
    events_added: int = 0
    answers_changed: int = 0
    rows_changed: int = 0  # units, case files and the project's details taken from the copy
    renamed: list[tuple[str, str]] = field(default_factory=list)  # (before, after)
    removed: list[str] = field(default_factory=list)  # unit or case file ids
    restored: list[str] = field(default_factory=list)  # unit or case file ids
    # Names the merge made unique: (unit name before, after) and (unit, label before, after).
    units_made_unique: list[tuple[str, str]] = field(default_factory=list)
    labels_made_unique: list[tuple[str, str, str]] = field(default_factory=list)
    # Where those removed and brought back are: (unit name, case file label or None for
    # the whole unit).
    removed_places: list[tuple[str, str | None]] = field(default_factory=list)
    restored_places: list[tuple[str, str | None]] = field(default_factory=list)
    # Work one copy did not see when the other removed its unit or case file: (unit name,
    # case file label or None for the whole unit, answer changes).
    unseen_by_removal: list[tuple[str, str | None, int]] = field(default_factory=list)
    sign_offs_changed: list[str] = field(default_factory=list)  # case file ids
    conflicts: list[tuple[str, str]] = field(default_factory=list)  # (case file id, key)
    signed_off_but_changed: list[str] = field(default_factory=list)  # case file ids
    template_events_added: int = 0
    # Questions of the template that read differently after the merge, by key: (printed
    # number before or None when new, printed number after or None when removed).
    questions_changed: list[tuple[str, str | None, str | None]] = field(default_factory=list)
    template_conflicts: list[str] = field(default_factory=list)  # question keys

    @property
    def anything(self) -> bool:
        return bool(self.units_added or self.case_files_added or self.events_added
                    or self.rows_changed or self.removed or self.restored
                    or self.units_made_unique or self.labels_made_unique
                    or self.template_events_added)


@contextmanager
def _connect(path: Path) -> Iterator[sqlite3.Connection]:
    with closing(sqlite3.connect(Path(path).resolve().as_uri(), uri=True,
                                 isolation_level=None)) as connection:
        connection.execute("PRAGMA foreign_keys=ON")
        connection.execute("PRAGMA synchronous=FULL")
        connection.execute("PRAGMA busy_timeout=5000")
        yield connection


# -- snapshots ---------------------------------------------------------------------------


def snapshot(source: Path, target: Path, unit_ids: Sequence[str] | None = None) -> None:
    """A consistent copy of `source` (safe while it is open), with only `unit_ids` if given:
    the project, its template and settings, and just those units with their history. Never
    the key list: its sealed rows are deleted, and their pages zeroed, before the copy
    leaves."""
    copy_database(source, target)
    with _connect(target) as connection:
        connection.execute("PRAGMA journal_mode=DELETE")  # one self-contained file
        _drop_sealed(connection)
        if unit_ids is not None:
            keep = ", ".join("?" * len(unit_ids)) or "NULL"
            gone_files = f"SELECT id FROM case_file WHERE unit_id NOT IN ({keep})"
            connection.execute("BEGIN")
            connection.execute(f"DELETE FROM answer_head WHERE case_file_id IN ({gone_files})",
                               list(unit_ids))
            connection.execute(
                "DELETE FROM answer_parent WHERE event_id IN (SELECT id FROM answer_event "
                f"WHERE case_file_id IN ({gone_files}))", list(unit_ids))
            connection.execute(f"DELETE FROM answer_event WHERE case_file_id IN ({gone_files})",
                               list(unit_ids))
            gone_draws = f"SELECT id FROM sample_draw WHERE unit_id NOT IN ({keep})"
            for table in ("sample_event", "sample_stratum"):
                connection.execute(f"DELETE FROM {table} WHERE draw_id IN ({gone_draws})",
                                   list(unit_ids))
            connection.execute(f"DELETE FROM sample_draw WHERE unit_id NOT IN ({keep})",
                               list(unit_ids))
            connection.execute(f"DELETE FROM case_file WHERE unit_id NOT IN ({keep})",
                               list(unit_ids))
            connection.execute(f"DELETE FROM unit WHERE id NOT IN ({keep})", list(unit_ids))
            connection.execute("COMMIT")
            connection.execute("VACUUM")  # what was deleted must not linger in free pages


def _drop_sealed(connection: sqlite3.Connection) -> None:
    """Delete the key list from a copy, with `secure_delete` so no page keeps its bytes."""
    if connection.execute("SELECT 1 FROM sealed LIMIT 1").fetchone() is None:
        return
    connection.execute("PRAGMA secure_delete=ON")
    connection.execute("BEGIN")
    connection.execute("DELETE FROM sealed")
    connection.execute("COMMIT")
    connection.execute("PRAGMA secure_delete=OFF")


def adopt(path: Path, package: PackageInfo) -> None:
    """A copy imported as a project of its own: a copy id of its own, and the package it was
    made from. Its events keep their origin, so those made before read as arrived with
    `package` (see `events._event`): importing rewrites no event of a large project."""
    with _connect(path) as connection:
        connection.execute("BEGIN IMMEDIATE")
        connection.execute("UPDATE meta SET value = ? WHERE key = 'copy_id'",
                           (new_copy_id(),))
        connection.execute("UPDATE package SET kind = 'merge' WHERE kind = 'import'")
        _log_package(connection, package, "import")
        connection.execute("DELETE FROM sealed")  # a package brings no key list
        connection.execute("COMMIT")


def _log_package(connection: sqlite3.Connection, package: PackageInfo, kind: str) -> None:
    connection.execute(
        f"INSERT OR IGNORE INTO main.package ({_PACKAGE_COLUMNS}) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (package.id, kind, package.file_name, package.exported_by, package.exported_at,
         package.app_version, package.received_at, package.received_by))


def put_in_place(path: Path, copy: Path) -> None:
    """Put a consistent copy of `copy` in the place of the project file at `path`, which is
    closed and whose writer lock the caller holds. The file's WAL is emptied into it first,
    so the -wal and -shm removed hold nothing, and none of it is read into the copy."""
    with closing(sqlite3.connect(path)) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    partial = path.with_name(path.name + ".restoring")
    copy_database(copy, partial)
    with closing(sqlite3.connect(partial)) as connection:
        connection.execute("PRAGMA journal_mode=WAL")
    for leftover in (path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        leftover.unlink(missing_ok=True)  # empty after the checkpoint; not the copy's
    os.replace(partial, path)


# -- merging -------------------------------------------------------------------------------


def project_id_of(path: Path) -> str:
    with _connect(path) as connection:
        row = connection.execute("SELECT value FROM meta WHERE key = 'project_id'").fetchone()
    return str(row[0]) if row else ""


def merge_copy(target: Path, copy: Path, package: PackageInfo) -> MergeCounts:
    """Merge the project copy at `copy` into the project file `target` (whose writer lock
    the caller holds), all in one transaction; nothing is written if nothing is new."""
    counts = MergeCounts()
    with _connect(target) as connection:
        connection.execute("ATTACH DATABASE ? AS inc", (f"{copy.resolve().as_uri()}?mode=ro",))
        try:
            connection.execute("BEGIN IMMEDIATE")
            try:
                _merge(connection, counts, package)
                if counts.anything:
                    _log_package(connection, package, "merge")
                    connection.execute("COMMIT")
                else:
                    connection.execute("ROLLBACK")
            except BaseException:
                if connection.in_transaction:
                    connection.execute("ROLLBACK")
                raise
        finally:
            connection.execute("DETACH DATABASE inc")
    return counts


def _merge(connection: sqlite3.Connection, counts: MergeCounts, package: PackageInfo) -> None:
    _merge_project(connection, counts)
    names, labels = _names(connection, "unit", "name"), _names(connection, "case_file", "label")
    _merge_units(connection, counts)
    _merge_case_files(connection, counts)
    _make_unique(connection, counts, names, labels)
    _merge_samples(connection)
    # The sender's log of packages (by which its events arrived there); the package the
    # sender was imported from, if so, is a merge here like any other.
    sender = _PACKAGE_COLUMNS.replace("kind", "'merge'")
    connection.execute(f"INSERT OR IGNORE INTO main.package ({_PACKAGE_COLUMNS}) "
                       f"SELECT {sender} FROM inc.package")
    _merge_template(connection, counts, package)
    _merge_events(connection, counts, package)
    counts.unseen_by_removal = _unseen_by_removal(connection, counts.removed)
    counts.removed_places = _places(connection, counts.removed)
    counts.restored_places = _places(connection, counts.restored)


def _merge_samples(connection: sqlite3.Connection) -> None:
    """The records of sample draws: written once and never changed, so the union by id."""
    for table in ("sample_draw", "sample_stratum", "sample_event"):
        columns = ", ".join(row[1] for row in connection.execute(
            f"SELECT * FROM pragma_table_info('{table}')"))
        connection.execute(f"INSERT OR IGNORE INTO main.{table} ({columns}) "
                           f"SELECT {columns} FROM inc.{table}")


def _take_later(connection: sqlite3.Connection, table: str, fields: Sequence[str],
                time: str) -> int:
    """Take `fields` of the rows of `table` whose change of them (`time`) is later in the
    copy; at the same time, the greater value, so either order of merging agrees."""
    names = ", ".join(fields)
    mine = ", ".join(f"coalesce(m.{f}, '')" for f in fields)
    theirs = ", ".join(f"coalesce(i.{f}, '')" for f in fields)
    cursor = connection.execute(
        f"UPDATE main.{table} AS m SET ({names}, {time}) = "
        f"({', '.join(f'i.{f}' for f in fields)}, i.{time}) FROM inc.{table} AS i "
        f"WHERE i.id = m.id AND (i.{time} > m.{time} OR "
        f"(i.{time} = m.{time} AND ({theirs}) > ({mine})))")
    return max(cursor.rowcount, 0)


def _merge_project(connection: sqlite3.Connection, counts: MergeCounts) -> None:
    counts.rows_changed += _take_later(
        connection, "project",
        ("title", "organisation", "firm", "period", "convention", "first_footnote"),
        "changed_at")


def _names(connection: sqlite3.Connection, table: str, column: str) -> dict[str, str]:
    return {row[0]: row[1] for row in connection.execute(
        f"SELECT id, coalesce({column}, '') FROM main.{table}")}


def _later_sql(mine: str, theirs: str) -> str:
    """SQL for the later of two times, either of which may be NULL."""
    return f"CASE WHEN {mine} IS NULL OR {theirs} > {mine} THEN {theirs} ELSE {mine} END"


def _take_removals(connection: sqlite3.Connection, table: str) -> tuple[list[str], list[str]]:
    """Removing and bringing back: the later of the two wins, whichever copy did it (a row
    is removed while its latest removal is later than its latest restore). The ids newly
    removed here, and newly brought back."""
    removed = _later_sql("m.removed_at", "i.removed_at")
    restored = _later_sql("m.restored_at", "i.restored_at")
    still_removed = f"CASE WHEN {removed} > coalesce({restored}, '') THEN {removed} END"
    differs = f"({still_removed}) IS NOT m.removed_at OR ({restored}) IS NOT m.restored_at"
    rows = connection.execute(
        f"SELECT m.id, m.removed_at IS NULL, ({still_removed}) IS NULL FROM main.{table} AS m "
        f"JOIN inc.{table} AS i ON i.id = m.id WHERE {differs}").fetchall()
    connection.execute(
        f"UPDATE main.{table} AS m SET removed_at = {still_removed}, restored_at = {restored} "
        f"FROM inc.{table} AS i WHERE i.id = m.id AND ({differs})")
    return ([row[0] for row in rows if row[1] and not row[2]],
            [row[0] for row in rows if row[2] and not row[1]])


def _insert_new(connection: sqlite3.Connection, table: str, columns: str) -> list[str]:
    """Take the copy's rows of `table` this file lacks; their ids."""
    new = f"FROM inc.{table} AS i WHERE NOT EXISTS (SELECT 1 FROM main.{table} m " \
          "WHERE m.id = i.id)"
    ids = [row[0] for row in connection.execute(f"SELECT id {new}")]
    connection.execute(f"INSERT INTO main.{table} ({columns}) SELECT {columns} {new}")
    return ids


def _merge_units(connection: sqlite3.Connection, counts: MergeCounts) -> None:
    counts.units_added = _insert_new(
        connection, "unit",
        "id, name, position, created_at, changed_at, removed_at, restored_at")
    counts.rows_changed += _take_later(connection, "unit", ("name", "position"), "changed_at")
    removed, restored = _take_removals(connection, "unit")
    counts.removed += removed
    counts.restored += restored


def _merge_case_files(connection: sqlite3.Connection, counts: MergeCounts) -> None:
    counts.case_files_added = _insert_new(
        connection, "case_file", "id, unit_id, label, position, signed_off_by, signed_off_at, "
        "created_at, changed_at, status_at, removed_at, restored_at")
    counts.rows_changed += _take_later(connection, "case_file", ("label", "position"),
                                       "changed_at")
    before = _names(connection, "case_file", "signed_off_by")
    counts.rows_changed += _take_later(connection, "case_file",
                                       ("signed_off_by", "signed_off_at"), "status_at")
    after = _names(connection, "case_file", "signed_off_by")
    counts.sign_offs_changed = [i for i in before if before[i] != after[i]]
    removed, restored = _take_removals(connection, "case_file")
    counts.removed += removed
    counts.restored += restored


def _make_unique(connection: sqlite3.Connection, counts: MergeCounts,
                 names_before: dict[str, str], labels_before: dict[str, str]) -> None:
    """Give the later of two same-named units (or same-labelled case files of a unit) the
    next free name; then what was renamed, against the names before the merge."""
    units, files = make_unique(connection.execute)
    names = _names(connection, "unit", "name")
    labels = _names(connection, "case_file", "label")
    unit_of = {row[0]: row[1] for row in connection.execute(
        "SELECT id, unit_id FROM main.case_file")}
    # A name the merge made unique that is new here is said so; one it gave back as it was
    # (the copy brought the older name, the rule took it again) is no change at all.
    counts.units_made_unique = [(r.before, r.after) for r in units
                                if names_before.get(r.id) != r.after]
    counts.labels_made_unique = [(names[unit_of[r.id]], r.before, r.after) for r in files
                                 if labels_before.get(r.id) != r.after]
    unique = {r.id for r in units} | {r.id for r in files}
    counts.renamed += [(before, names[i]) for i, before in names_before.items()
                       if names[i] != before and i not in unique]
    counts.renamed += [(before, labels[i]) for i, before in labels_before.items()
                       if labels[i] != before and i not in unique]


def _places(connection: sqlite3.Connection, ids: Sequence[str]
            ) -> list[tuple[str, str | None]]:
    """(unit name, None) of the units among `ids`, and (unit name, label) of the case files
    among them whose unit is not, in the project's order."""
    if not ids:
        return []
    wanted = set(ids)
    places: list[tuple[str, str | None]] = []
    for unit_id, name in connection.execute(
            "SELECT id, name FROM main.unit ORDER BY position, created_at, id"):
        if unit_id in wanted:
            places.append((name, None))
            continue
        places += [(name, row[1]) for row in connection.execute(
            "SELECT id, label FROM main.case_file WHERE unit_id = ? "
            "ORDER BY position, created_at, id", (unit_id,)) if row[0] in wanted]
    return places


def _unseen_by_removal(connection: sqlite3.Connection, newly_removed: Sequence[str]
                       ) -> list[tuple[str, str | None, int]]:
    """Answer changes in a removed unit or case file that the copy which removed it had not
    seen: when the removal came with the copy, those made here that the copy lacks; when it
    was made here, those the copy brings where it still has the unit and case file."""
    connection.execute("DROP TABLE IF EXISTS temp.merge_removed")
    connection.execute("CREATE TEMP TABLE merge_removed (id TEXT PRIMARY KEY)")
    connection.executemany("INSERT INTO temp.merge_removed VALUES (?)",
                           [(i,) for i in newly_removed])
    removed_here = ("(f.id IN (SELECT id FROM temp.merge_removed) "
                    "OR f.unit_id IN (SELECT id FROM temp.merge_removed))")
    rows = connection.execute(f"""
        SELECT f.id, count(*) FROM main.case_file f
        JOIN main.answer_event e ON e.case_file_id = f.id
        WHERE {removed_here}
          AND NOT EXISTS (SELECT 1 FROM inc.answer_event x WHERE x.id = e.id)
        GROUP BY f.id
        UNION ALL
        SELECT f.id, count(*) FROM temp.merge_new n
        JOIN main.case_file f ON f.id = n.case_file_id JOIN main.unit u ON u.id = f.unit_id
        JOIN inc.case_file fi ON fi.id = f.id JOIN inc.unit ui ON ui.id = fi.unit_id
        WHERE (f.removed_at IS NOT NULL OR u.removed_at IS NOT NULL) AND NOT {removed_here}
          AND fi.removed_at IS NULL AND ui.removed_at IS NULL
        GROUP BY f.id""").fetchall()
    if not rows:
        return []
    changes = dict(rows)
    places: dict[tuple[str, str | None], int] = {}
    for _id, unit, label, file_removed, unit_removed in connection.execute(
            "SELECT f.id, u.name, f.label, f.removed_at IS NOT NULL, u.removed_at IS NOT NULL "
            "FROM main.case_file f JOIN main.unit u ON u.id = f.unit_id "
            "ORDER BY u.position, u.created_at, u.id, f.position, f.created_at, f.id"):
        if _id in changes and (file_removed or unit_removed):
            place = (unit, None if unit_removed else label)
            places[place] = places.get(place, 0) + changes[_id]
    return [(unit, label, count) for (unit, label), count in places.items()]


def _template(connection: sqlite3.Connection) -> dict[str, tuple[str, tuple[object, ...]]]:
    """Each question of the template by key: its printed number, and its own state (not
    the automatic number: a question renumbered because another was added is unchanged)."""
    rows = connection.execute("SELECT key, text, footnote, finding, parent, label, position "
                              "FROM main.question ORDER BY position, key").fetchall()
    numbers = printed_keys([Question(key=r[0], text=r[1], parent=r[4], label=r[5])
                            for r in rows])
    return {row[0]: (number, tuple(row[1:]))
            for row, number in zip(rows, numbers, strict=True)}


def _merge_template(connection: sqlite3.Connection, counts: MergeCounts,
                    package: PackageInfo) -> None:
    new = ("FROM inc.template_event AS i WHERE NOT EXISTS "
           "(SELECT 1 FROM main.template_event m WHERE m.id = i.id)")
    counts.template_events_added = connection.execute(f"SELECT count(*) {new}").fetchone()[0]
    if not counts.template_events_added:
        return
    before = _template(connection)
    columns = template_log.COLUMNS.replace(", origin", "")
    connection.execute(
        f"INSERT INTO main.template_event ({columns}, origin) "
        f"SELECT {', '.join(f'i.{c.strip()}' for c in columns.split(','))}, "
        f"CASE WHEN i.origin IN (SELECT id FROM inc.package) THEN i.origin ELSE ? END {new}",
        (package.id,))
    connection.execute("INSERT OR IGNORE INTO main.template_parent (event_id, parent_id) "
                       "SELECT event_id, parent_id FROM inc.template_parent")
    template_log.refresh(connection.execute)
    after = _template(connection)
    counts.questions_changed = [
        (key, before[key][0] if key in before else None,
         after[key][0] if key in after else None)
        for key in [*after, *(k for k in before if k not in after)]
        if before.get(key, (None, None))[1] != after.get(key, (None, None))[1]]
    counts.template_conflicts = template_log.conflict_keys(connection.execute)


def _merge_events(connection: sqlite3.Connection, counts: MergeCounts,
                  package: PackageInfo) -> None:
    connection.execute("DROP TABLE IF EXISTS temp.merge_new")
    connection.execute(
        "CREATE TEMP TABLE merge_new AS SELECT i.id, i.case_file_id, i.question_key "
        "FROM inc.answer_event AS i WHERE NOT EXISTS "
        "(SELECT 1 FROM main.answer_event m WHERE m.id = i.id)")
    counts.events_added = connection.execute("SELECT count(*) FROM temp.merge_new").fetchone()[0]
    if not counts.events_added:
        return
    # An event the sender merged from a package keeps that package; every other one (made
    # there, or in the copy it was imported from) came with this package.
    connection.execute(
        f"INSERT INTO main.answer_event ({_EVENT_COLUMNS}, origin) "
        f"SELECT {', '.join(f'i.{c.strip()}' for c in _EVENT_COLUMNS.split(','))}, "
        "CASE WHEN i.origin IN (SELECT id FROM inc.package) THEN i.origin ELSE ? END "
        "FROM inc.answer_event AS i JOIN temp.merge_new AS n ON n.id = i.id", (package.id,))
    connection.execute("INSERT OR IGNORE INTO main.answer_parent (event_id, parent_id) "
                       "SELECT event_id, parent_id FROM inc.answer_parent")
    connection.execute("DROP TABLE IF EXISTS temp.merge_cells")
    connection.execute("CREATE TEMP TABLE merge_cells AS SELECT DISTINCT n.case_file_id, "
                       "n.question_key, h.event_id AS before FROM temp.merge_new AS n "
                       "LEFT JOIN main.answer_head AS h ON h.case_file_id = n.case_file_id "
                       "AND h.question_key = n.question_key")
    connection.execute(f"""
        INSERT OR REPLACE INTO main.answer_head
            (case_file_id, question_key, event_id, code, missing_reason, conflict)
        SELECT case_file_id, question_key, id, code, missing, lowest != highest FROM (
            SELECT e.case_file_id, e.question_key, e.id, e.code,
                   {missing_reason_sql("e")} AS missing,
                   row_number() OVER cell_newest_first AS rank,
                   -- sides that set the same value are no conflict
                   min({answer_value_sql("e")}) OVER cell AS lowest,
                   max({answer_value_sql("e")}) OVER cell AS highest
            FROM main.answer_event AS e JOIN temp.merge_cells AS c
                 ON c.case_file_id = e.case_file_id AND c.question_key = e.question_key
            WHERE NOT EXISTS (SELECT 1 FROM main.answer_event r WHERE r.replaces = e.id)
              AND NOT EXISTS (SELECT 1 FROM main.answer_parent p WHERE p.parent_id = e.id)
            WINDOW cell AS (PARTITION BY e.case_file_id, e.question_key),
                   cell_newest_first AS (cell ORDER BY e.at DESC, e.id DESC)
        ) WHERE rank = 1""")
    counts.answers_changed = connection.execute(
        "SELECT count(*) FROM temp.merge_cells c JOIN main.answer_head h "
        "ON h.case_file_id = c.case_file_id AND h.question_key = c.question_key "
        "WHERE c.before IS NOT h.event_id").fetchone()[0]
    counts.conflicts = [(row[0], row[1]) for row in connection.execute(
        "SELECT h.case_file_id, h.question_key FROM temp.merge_cells c JOIN main.answer_head h "
        "ON h.case_file_id = c.case_file_id AND h.question_key = c.question_key "
        "WHERE h.conflict")]
    counts.signed_off_but_changed = [row[0] for row in connection.execute(
        "SELECT DISTINCT c.case_file_id FROM temp.merge_cells c JOIN main.answer_head h "
        "ON h.case_file_id = c.case_file_id AND h.question_key = c.question_key "
        "JOIN main.answer_event e ON e.id = h.event_id JOIN main.case_file f "
        "ON f.id = c.case_file_id WHERE c.before IS NOT h.event_id "
        "AND f.signed_off_at IS NOT NULL AND e.at > f.signed_off_at")]
