"""The `sealed` table: bytes sealed with a password of their own (the key list), read and
written as they are, and erased for good. What they mean is `reviewer.keylist`'s.

Erasing overwrites the rows, deletes them with SQLite's `secure_delete`, rebuilds the file
(VACUUM: no free page keeps an older version of them) and empties the WAL into the file
(`wal_checkpoint(TRUNCATE)`), so neither the file nor its WAL holds a byte of them after.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Sequence
from contextlib import closing
from pathlib import Path

from sqlmodel import Session, select

from reviewer.store.database import ProjectFile, sqlite_uri
from reviewer.store.tables import SealedRow


def read(session: Session, row_id: str) -> bytes | None:
    row = session.get(SealedRow, row_id)
    return None if row is None else bytes(row.data)


def read_all(session: Session) -> dict[str, bytes]:
    return {row.id: bytes(row.data) for row in session.exec(select(SealedRow))}


def ids(session: Session) -> list[str]:
    return list(session.exec(select(SealedRow.id)))


def write(session: Session, row_id: str, data: bytes) -> None:
    row = session.get(SealedRow, row_id)
    if row is None:
        session.add(SealedRow(id=row_id, data=data))
    else:
        row.data = data
        session.add(row)


class StillInWal(Exception):
    """The rows are deleted, but a reader of the file kept SQLite from emptying the WAL."""


def erase(file: ProjectFile, row_ids: Sequence[str], *, lone: str | None = None) -> None:
    """Delete the rows `row_ids` for good from the open project file (see the module's
    docstring), and the row `lone` too if no other row is left. The file is rebuilt and
    its WAL emptied even when none of them is there, so an erase that a reader interrupted
    can be finished. `StillInWal` when a reader kept the WAL from being emptied (in ~5 s of
    trying)."""
    file.check_writable()
    with file.engine.connect() as connection:
        raw = connection.connection.dbapi_connection
        assert isinstance(raw, sqlite3.Connection)
        _erase(raw, row_ids, lone)


def erase_in_copy(path: Path, row_ids: Sequence[str], *, lone: str | None = None) -> bool:
    """The same in a closed copy of a project (a backup, an upgrade's `.formatN.bak`);
    False when it holds no such table (a copy older than the table)."""
    with closing(sqlite3.connect(sqlite_uri(path, mode="rw"), uri=True)) as raw:
        raw.execute("PRAGMA busy_timeout=5000")
        if raw.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' "
                       "AND name = 'sealed'").fetchone() is None:
            return False
        _erase(raw, row_ids, lone)
    return True


def _erase(raw: sqlite3.Connection, row_ids: Sequence[str], lone: str | None) -> None:
    raw.execute("PRAGMA secure_delete=ON")  # freed pages are zeroed, not left as they were
    try:
        raw.execute("BEGIN IMMEDIATE")
        try:
            ids = list(row_ids)
            if lone is not None and raw.execute(
                    "SELECT count(*) FROM sealed WHERE id != ? AND id NOT IN "
                    f"({', '.join('?' * len(ids)) or 'NULL'})", [lone, *ids]).fetchone()[0] == 0:
                ids.append(lone)
            marks = ", ".join("?" * len(ids)) or "NULL"
            raw.execute(f"UPDATE sealed SET data = zeroblob(length(data)) WHERE id IN ({marks})",
                        ids)
            raw.execute(f"DELETE FROM sealed WHERE id IN ({marks})", ids)
            raw.execute("COMMIT")
        except BaseException:
            raw.execute("ROLLBACK")
            raise
        raw.execute("VACUUM")  # earlier versions of the rows in free pages go too
        for _attempt in range(50):
            busy, _log, _done = raw.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
            if not busy:
                return
            time.sleep(0.1)
        raise StillInWal
    finally:
        raw.execute("PRAGMA secure_delete=OFF")
