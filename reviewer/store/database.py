"""Creating, validating, opening and closing a project file (*.aktg).

A project file is a SQLite database (the "application file format"): WAL, foreign keys,
synchronous=FULL, its own application_id, and a meta table with format version and project
id. Anything that is not such a file is refused before a byte of it is written.
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import event
from sqlalchemy.engine import Engine
from sqlalchemy.exc import DBAPIError
from sqlmodel import Session, SQLModel, create_engine

from reviewer.errors import (
    DamagedProjectError,
    NewerFormatError,
    NotAProjectError,
    ProjectFileError,
)
from reviewer.i18n import N_
from reviewer.store import tables  # noqa: F401  (registers the tables on SQLModel.metadata)
from reviewer.store.lock import WriterLock
from reviewer.store.migrations import FORMAT_VERSION, migrate

APPLICATION_ID = 0x414B5447  # "AKTG"
_HEADER = b"SQLite format 3\x00"


def now() -> str:
    """A UTC timestamp with microseconds; it sorts as text."""
    return dt.datetime.now(dt.UTC).isoformat(timespec="microseconds")


def new_id() -> str:
    return str(uuid.uuid4())


def new_copy_id() -> str:
    """A file's own id, stored with every event made in it: short (it is on every row),
    random enough that two copies of one project never share it."""
    return uuid.uuid4().hex[:12]


def _set_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.close()


def _uri(path: Path) -> str:
    """The URI a reader opens `path` with, never creating it.

    A read-only connection cannot remove the -wal and -shm files it creates, so readers use
    an ordinary connection (`ProjectFile` refuses their writes) unless the file is
    read-only. In a folder nobody here may write (a shared drive, a CD) SQLite cannot make
    the -shm file a WAL reader needs; nothing can change the file there, so it reads as
    immutable.
    """
    if not os.access(path.parent, os.W_OK):
        return f"file:{path}?mode=ro&immutable=1"
    return f"file:{path}?mode={'rw' if os.access(path, os.W_OK) else 'ro'}"


def _engine(path: Path, *, readonly: bool) -> Engine:
    uri = _uri(path)
    url = f"sqlite:///{uri}&uri=true" if readonly and not uri.endswith("mode=rw") \
        else f"sqlite:///{path}"
    engine = create_engine(url, connect_args={"check_same_thread": False})
    event.listen(engine, "connect", _set_pragmas)
    return engine


class ProjectFile:
    """An open project file: its engine, its writer lock, and sessions over it."""

    def __init__(self, path: Path, engine: Engine, lock: WriterLock | None) -> None:
        self.path = path
        self.engine = engine
        self._lock = lock

    @property
    def readonly(self) -> bool:
        return self._lock is None

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One unit of work: committed (durably) on success, rolled back on any error."""
        if self.readonly:
            raise ProjectFileError(N_("The project {path} is open read-only."),
                                   path=str(self.path))
        with Session(self.engine, expire_on_commit=False) as session:
            try:
                yield session
                session.commit()
            except DBAPIError as exc:
                # A full disk, a vanished folder, a file changed under us: the change is not
                # made, and the auditor is told so instead of losing it silently.
                session.rollback()
                raise ProjectFileError(
                    N_("The change could not be stored in {path} ({detail}); it was not "
                       "made."), path=str(self.path), detail=exc.orig or exc) from exc
            except BaseException:
                session.rollback()
                raise

    @contextmanager
    def reading(self) -> Iterator[Session]:
        with Session(self.engine) as session:
            yield session

    def close(self) -> None:
        self.engine.dispose()
        if self._lock is not None:
            self._lock.release()
            self._lock = None


def create_project_file(path: Path, seed: Any) -> ProjectFile:
    """Create a new project file; `seed(session)` fills it in the same transaction.

    The file appears complete or not at all: it is built beside its name and renamed.
    """
    path = Path(path)
    if path.exists():
        raise ProjectFileError(N_("The file {path} already exists."), path=str(path))
    partial = path.with_name(path.name + ".creating")
    partial.unlink(missing_ok=True)
    try:
        engine = _engine(partial, readonly=False)
        with engine.begin() as connection:
            connection.exec_driver_sql(f"PRAGMA application_id={APPLICATION_ID}")
            connection.exec_driver_sql(f"PRAGMA user_version={FORMAT_VERSION}")
        SQLModel.metadata.create_all(engine)
        with Session(engine) as session:
            seed(session)
            session.commit()
        engine.dispose()
        partial.rename(path)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise ProjectFileError(N_("The project file {path} could not be written: {detail}"),
                               path=str(path), detail=exc.strerror or exc) from exc
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return open_project_file(path)


def copy_database(source: Path, target: Path) -> None:
    """A consistent copy through SQLite's backup API (it includes what is still in the WAL)."""
    target.unlink(missing_ok=True)
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    dst = sqlite3.connect(target)
    try:
        src.backup(dst)
    finally:
        dst.close()
        src.close()


def _check_header(path: Path) -> None:
    try:
        size = path.stat().st_size
        with path.open("rb") as f:
            header = f.read(100)
    except FileNotFoundError:
        raise ProjectFileError(N_("The file {path} does not exist."), path=str(path)) from None
    except OSError as exc:
        raise ProjectFileError(N_("The file {path} could not be read: {detail}"),
                               path=str(path), detail=exc.strerror or exc) from exc
    if len(header) < 100 or not header.startswith(_HEADER):
        raise NotAProjectError(N_("{path} is not an Aktgranskning project file."),
                               path=str(path))
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    page_count = int.from_bytes(header[28:32], "big")
    if page_size < 512 or size % page_size or size < page_size * page_count:
        raise DamagedProjectError(
            N_("The project file {path} is damaged (it is shorter than it says; perhaps "
               "it was not copied whole). It was not changed."), path=str(path))


def _read_version(path: Path) -> int:
    """Read the format version without writing anything (a read-only connection)."""
    # mode=rw never creates the file; closing the last connection tidies -wal and -shm away.
    try:
        connection = sqlite3.connect(_uri(path), uri=True)
    except sqlite3.Error as exc:
        raise DamagedProjectError(N_("The project file {path} could not be opened: {detail}"),
                                  path=str(path), detail=exc) from exc
    try:
        (application_id,) = connection.execute("PRAGMA application_id").fetchone()
        if application_id != APPLICATION_ID:
            raise NotAProjectError(N_("{path} is a database, but not an Aktgranskning "
                                      "project file."), path=str(path))
        row = connection.execute(
            "SELECT value FROM meta WHERE key = 'format_version'").fetchone()
        if row is None:
            raise DamagedProjectError(N_("The project file {path} has no format version; "
                                         "it is damaged."), path=str(path))
        return int(row[0])
    except sqlite3.DatabaseError as exc:
        raise DamagedProjectError(N_("The project file {path} is damaged ({detail}). It was "
                                     "not changed."), path=str(path), detail=exc) from exc
    finally:
        connection.close()


def open_project_file(path: Path, *, readonly: bool = False) -> ProjectFile:
    """Open a project file, upgrading an older format (after a backup copy beside it)."""
    path = Path(path)
    _check_header(path)
    version = _read_version(path)
    if version > FORMAT_VERSION:
        raise NewerFormatError(
            N_("The project file {path} is of format {version}, newer than this program "
               "understands ({supported}). Update Aktgranskning to open it."),
            path=str(path), version=version, supported=FORMAT_VERSION)
    if readonly and version == FORMAT_VERSION:
        engine = _engine(path, readonly=True)
        _sanity_check(path, engine)
        return ProjectFile(path, engine, None)
    lock = WriterLock(path)
    lock.acquire()  # an upgrade writes, so a read-only open of an old file locks for it
    try:
        engine = _engine(path, readonly=False)
        with engine.connect() as connection:
            connection.exec_driver_sql("PRAGMA journal_mode=WAL")
        if version < FORMAT_VERSION:
            backup = path.with_name(f"{path.name}.format{version}.bak")
            copy_database(path, backup)
            try:
                migrate(engine, version)
            except (DBAPIError, sqlite3.Error) as exc:
                # Its tables are not those of the format it says (e.g. a forged copy): the
                # step that failed was rolled back, and the file as it was is in `backup`.
                engine.dispose()
                raise DamagedProjectError(
                    N_("The project file {path} could not be upgraded from format {version} "
                       "({detail}); it is kept as it was in {backup}."), path=str(path),
                    version=version, detail=getattr(exc, "orig", None) or exc,
                    backup=str(backup)) from exc
        _sanity_check(path, engine)
    except BaseException:
        lock.release()
        raise
    if readonly:
        engine.dispose()
        lock.release()
        return ProjectFile(path, _engine(path, readonly=True), None)
    return ProjectFile(path, engine, lock)


def _sanity_check(path: Path, engine: Engine) -> None:
    """The tables and columns this version reads are there, and so is one project."""
    try:
        with engine.connect() as connection:
            missing = []
            for table in SQLModel.metadata.sorted_tables:
                present = {row[1] for row in connection.exec_driver_sql(
                    f"PRAGMA table_info({table.name})")}
                missing += [f"{table.name}.{c.name}" for c in table.columns
                            if c.name not in present]
            count = 0 if missing else connection.exec_driver_sql(
                "SELECT count(*) FROM project").scalar_one()
    except Exception as exc:  # SQLAlchemy wraps sqlite3's errors in many types
        engine.dispose()
        raise DamagedProjectError(N_("The project file {path} is damaged ({detail}). It was "
                                     "not changed."), path=str(path), detail=exc) from exc
    if missing:
        engine.dispose()
        raise DamagedProjectError(N_("The project file {path} is damaged: it lacks {what}. "
                                     "It was not changed."), path=str(path),
                                  what=", ".join(missing[:5]))
    if count != 1:
        engine.dispose()
        raise DamagedProjectError(N_("The project file {path} holds no project."),
                                  path=str(path))
