"""Creating, validating, opening and closing a project file (*.aktg).

A project file is a SQLite database (the "application file format"): WAL, foreign keys,
synchronous=FULL, its own application_id, and a meta table with format version and project
id. Anything that is not such a file is refused before a byte of it is written.
"""

from __future__ import annotations

import datetime as dt
import errno
import os
import sqlite3
import stat
import urllib.parse
import uuid
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import closing, contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import event
from sqlalchemy.engine import Engine
from sqlalchemy.exc import DBAPIError
from sqlalchemy.pool import QueuePool
from sqlmodel import Session, SQLModel, create_engine

from reviewer.errors import (
    DamagedProjectError,
    DiskFullError,
    ForeignObjectsError,
    NewerFormatError,
    NotAProjectError,
    ProjectFileError,
    ProjectLockedError,
)
from reviewer.i18n import N_, _
from reviewer.store import tables  # noqa: F401  (registers the tables on SQLModel.metadata)
from reviewer.store.lock import WriterLock, held_here
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
    cursor.execute("PRAGMA trusted_schema=OFF")  # nothing in a file's schema runs for us
    cursor.close()


def sqlite_uri(path: Path, **params: str) -> str:
    """The URI of `path` for SQLite, percent-encoded: `#`, `?` and `%` are part of the
    name (`Granskning #2.aktg`), not of the URI."""
    uri = "file:" + urllib.parse.quote(str(Path(path).absolute()))
    return uri + ("?" + urllib.parse.urlencode(params) if params else "")


def _wal(path: Path) -> Path:
    return path.with_name(path.name + "-wal")


def _has_changes_in_wal(path: Path) -> bool:
    try:
        return _wal(path).stat().st_size > 0
    except OSError:
        return False


def _reader_uri(path: Path) -> str:
    """The URI a reader opens `path` with: read-only, never creating it.

    A read-only connection cannot checkpoint or delete the WAL when it closes, whichever
    locks this or another process has lost: a writer's unsaved-to-file answers stay in the
    WAL until the writer itself checkpoints them (issue 10, docs/decisions.md). In a folder
    nobody here may write, SQLite cannot make the -shm file a WAL reader needs: the file
    reads as immutable, unless a WAL holds changes not yet in it, which could not be read.
    """
    if os.access(path.parent, os.W_OK):
        return sqlite_uri(path, mode="ro")
    if _has_changes_in_wal(path):
        raise ProjectFileError(
            N_("The project {path} holds changes that are not yet written into the file "
               "itself (they are in {wal}), and its folder cannot be written to, so they "
               "cannot be read here. Copy {name} together with {wal_name} to a folder you "
               "can write to, and open it there."), path=str(path), wal=str(_wal(path)),
            name=path.name, wal_name=_wal(path).name)
    return sqlite_uri(path, mode="ro", immutable="1")


def _engine(path: Path, *, readonly: bool, create: bool = False) -> Engine:
    uri = _reader_uri(path) if readonly else sqlite_uri(path, mode="rwc" if create else "rw")

    def connect() -> sqlite3.Connection:
        return sqlite3.connect(uri, uri=True, check_same_thread=False)

    # The creator keeps the path out of SQLAlchemy's URL parsing (`#`, `?`, `%`).
    engine = create_engine("sqlite://", creator=connect, poolclass=QueuePool)
    event.listen(engine, "connect", _set_pragmas)
    return engine


class StoredValueError(ValueError):
    """A stored value this version cannot read (an unknown answer code, …): damage."""


def _disk_full(exc: BaseException) -> bool:
    orig = getattr(exc, "orig", exc)
    return (getattr(orig, "sqlite_errorcode", None) == sqlite3.SQLITE_FULL
            or getattr(orig, "errno", None) == errno.ENOSPC)


def _no_room(path: Path) -> bool:
    """Whether the disk of `path` is (all but) full: SQLite then reports a failed -shm or
    -wal as a "disk I/O error"."""
    try:
        info = os.statvfs(Path(path).parent)
    except (OSError, AttributeError):
        return False
    return info.f_bavail * info.f_frsize < 256 * 1024


def disk_full_error(path: Path) -> ProjectFileError:
    return DiskFullError(N_("The disk that holds {path} is full; nothing was changed. Make "
                            "room on it and try again."), path=str(path))


def damaged(path: Path, detail: object) -> ProjectFileError:
    """A file SQLite could not read; unless the disk is full, which is no damage."""
    if isinstance(detail, BaseException) and (_disk_full(detail) or (
            isinstance(detail, sqlite3.OperationalError) and _no_room(path))):
        return disk_full_error(path)
    text = " ".join(str(detail).split())  # SQLite's verdicts come in several lines
    return DamagedProjectError(N_("The project file {path} is damaged ({detail}). It was not "
                                  "changed."), path=str(path),
                               detail=text if len(text) <= 300 else text[:299] + "…")


class ProjectFile:
    """An open project file: its engine, its writer lock, and sessions over it."""

    def __init__(self, path: Path, engine: Engine, lock: WriterLock | None,
                 tidy: bool = False) -> None:
        self.path = path
        self.engine = engine
        self._lock = lock
        self._tidy = tidy

    @property
    def readonly(self) -> bool:
        return self._lock is None

    def check_writable(self) -> None:
        if self.readonly:
            raise ProjectFileError(N_("The project {path} is open read-only."),
                                   path=str(self.path))

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One unit of work: committed (durably) on success, rolled back on any error."""
        self.check_writable()
        with Session(self.engine, expire_on_commit=False) as session:
            try:
                yield session
                session.commit()
            except DBAPIError as exc:
                # A full disk, a vanished folder, a file changed under us: the change is not
                # made, and the auditor is told so instead of losing it silently.
                session.rollback()
                if _disk_full(exc) or _no_room(self.path):
                    raise disk_full_error(self.path) from exc
                raise ProjectFileError(
                    N_("The change could not be stored in {path} ({detail}); it was not "
                       "made."), path=str(self.path), detail=exc.orig or exc) from exc
            except (StoredValueError, UnicodeDecodeError) as exc:
                session.rollback()
                raise damaged(self.path, exc) from exc
            except BaseException:
                session.rollback()
                raise

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A read. A file whose pages SQLite cannot read is damaged, in words."""
        with Session(self.engine) as session:
            try:
                yield session
            except DBAPIError as exc:
                raise damaged(self.path, exc.orig or exc) from exc
            except (StoredValueError, UnicodeDecodeError) as exc:
                raise damaged(self.path, exc) from exc

    def close(self) -> None:
        self.engine.dispose()
        if self._lock is not None:
            self._lock.release()
            self._lock = None
        elif self._tidy:
            tidy_after_reading(self.path)
            self._tidy = False


def tidy_after_reading(path: Path) -> None:
    """Remove the empty -wal and -shm a read-only connection leaves behind.

    A read-only connection cannot remove them itself. Only while no writer holds the file
    (we take the writer lock for a moment) does an ordinary connection open and close: SQLite
    then removes them, and only if no other connection reads (it needs its exclusive lock).
    """
    if _has_changes_in_wal(path) or not _wal(path).exists():
        return
    lock = WriterLock(path)
    try:
        lock.acquire(wait=False)
    except ProjectFileError:
        return  # someone writes, or the folder is not ours: the files are theirs
    try:
        with closing(sqlite3.connect(sqlite_uri(path, mode="rw"), uri=True)) as connection:
            connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except (sqlite3.Error, UnicodeDecodeError):
        pass  # a file we could not read has nothing to tidy; the reader said why
    finally:
        lock.release()


def create_project_file(path: Path, seed: Any) -> ProjectFile:
    """Create a new project file; `seed(session)` fills it in the same transaction.

    The file appears complete or not at all: it is built beside its name and renamed.
    """
    path = Path(path)
    if path.exists() or path.is_symlink():
        raise ProjectFileError(N_("The file {path} already exists."), path=str(path))
    partial = path.with_name(path.name + ".creating")
    partial.unlink(missing_ok=True)
    try:
        engine = _engine(partial, readonly=False, create=True)
        try:
            with engine.begin() as connection:
                connection.exec_driver_sql(f"PRAGMA application_id={APPLICATION_ID}")
                connection.exec_driver_sql(f"PRAGMA user_version={FORMAT_VERSION}")
            SQLModel.metadata.create_all(engine)
            with Session(engine) as session:
                seed(session)
                session.commit()
        finally:
            engine.dispose()
        partial.rename(path)
    except (OSError, DBAPIError) as exc:
        _remove_partial(partial)
        if _disk_full(exc):
            raise disk_full_error(path) from exc
        detail = getattr(exc, "strerror", None) or getattr(exc, "orig", None) or exc
        raise ProjectFileError(N_("The project file {path} could not be written: {detail}"),
                               path=str(path), detail=detail) from exc
    except BaseException:
        _remove_partial(partial)
        raise
    return open_project_file(path)


def _remove_partial(partial: Path) -> None:
    for leftover in (partial, _wal(partial), partial.with_name(partial.name + "-shm"),
                     partial.with_name(partial.name + "-journal")):
        leftover.unlink(missing_ok=True)


def copy_database(source: Path, target: Path) -> None:
    """A consistent copy through SQLite's backup API (it includes what is still in the WAL)."""
    target.unlink(missing_ok=True)
    with closing(sqlite3.connect(_reader_uri(Path(source)), uri=True)) as src, \
            closing(sqlite3.connect(sqlite_uri(target, mode="rwc"), uri=True)) as dst:
        src.backup(dst)


def _check_file(path: Path) -> None:
    """A regular file, checked before anything opens it (opening a FIFO would hang)."""
    try:
        info = os.stat(path)
    except FileNotFoundError:
        raise ProjectFileError(N_("The file {path} does not exist."), path=str(path)) from None
    except OSError as exc:
        raise ProjectFileError(N_("The file {path} could not be read: {detail}"),
                               path=str(path), detail=exc.strerror or exc) from exc
    if not stat.S_ISREG(info.st_mode):
        raise NotAProjectError(N_("{path} is not an Aktgranskning project file (it is not a "
                                  "file but a folder or a device)."), path=str(path))
    if info.st_nlink > 1:
        # SQLite keeps changes not yet in the file beside the name it was opened by: through
        # a second name (a hard link) they would be missed, and lost.
        raise ProjectFileError(
            N_("The project file {path} has {count} names on this disk (hard links). Changes "
               "not yet written into it are kept beside one name only, so it is opened "
               "through none: remove the other names, or copy the file and open the copy."),
            path=str(path), count=info.st_nlink)


def _check_header(path: Path) -> None:
    try:
        size = path.stat().st_size
        with path.open("rb") as f:
            header = f.read(100)
    except OSError as exc:
        raise ProjectFileError(N_("The file {path} could not be read: {detail}"),
                               path=str(path), detail=exc.strerror or exc) from exc
    if len(header) < 100 or not header.startswith(_HEADER):
        raise NotAProjectError(N_("{path} is not an Aktgranskning project file."),
                               path=str(path))
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    page_count = int.from_bytes(header[28:32], "big")
    if page_size < 512 or page_size & (page_size - 1) or size % page_size:
        raise damaged(path, _("its length is not a whole number of pages"))
    # A crash during a checkpoint can leave the first page (from the WAL) saying more
    # pages than the file has yet: SQLite recovers that from the WAL, so only a file
    # without changes in its WAL is judged by its length.
    if size < page_size * page_count and not _has_changes_in_wal(path):
        raise DamagedProjectError(
            N_("The project file {path} is damaged (it is shorter than it says; perhaps "
               "it was not copied whole). It was not changed."), path=str(path))


def _read_version(path: Path) -> int:
    """Read the format version through a read-only connection (it writes nothing)."""
    try:
        connection = sqlite3.connect(_reader_uri(path), uri=True)
    except sqlite3.Error as exc:
        raise damaged(path, exc) from exc
    try:
        (application_id,) = connection.execute("PRAGMA application_id").fetchone()
        if application_id != APPLICATION_ID:
            raise NotAProjectError(N_("{path} is a database, but not an Aktgranskning "
                                      "project file."), path=str(path))
        row = connection.execute(
            "SELECT value FROM meta WHERE key = 'format_version'").fetchone()
    except (sqlite3.Error, UnicodeDecodeError) as exc:
        raise damaged(path, exc) from exc
    finally:
        connection.close()
    text = str(row[0]) if row is not None and row[0] is not None else ""
    if not (text.isascii() and text.isdigit() and 1 <= int(text) <= 10_000):
        raise DamagedProjectError(
            N_("The project file {path} is damaged: its format version ({version}) is not a "
               "version of Aktgranskning's files. It was not changed."), path=str(path),
            version=text or "–")
    return int(text)


def open_project_file(path: Path, *, readonly: bool = False) -> ProjectFile:
    """Open a project file, upgrading an older format (after a backup copy beside it).

    Checked in this order, each before anything is written: a regular file, not already
    open here, SQLite's header and length, the application id and format version; then,
    for a writer, the writer lock; for all, SQLite's quick check, the tables and the
    project's own invariants. A refusal leaves the file and its folder as they were.
    """
    path = Path(path)
    _check_file(path)
    if held_here(path) and not readonly:
        raise ProjectLockedError(N_("The project {path} is already open in this program."),
                                 path=str(path))
    if not held_here(path):  # a second descriptor would drop our own connection's locks
        _check_header(path)
    try:
        version = _read_version(path)
        if version > FORMAT_VERSION:
            raise NewerFormatError(
                N_("The project file {path} is of format {version}, newer than this program "
                   "understands ({supported}). Update Aktgranskning to open it."),
                path=str(path), version=version, supported=FORMAT_VERSION)
        _refuse_foreign_objects(path, current=version == FORMAT_VERSION)
    except ProjectFileError:
        tidy_after_reading(path)
        raise
    if readonly and version == FORMAT_VERSION:
        engine = _engine(path, readonly=True)
        try:
            _sanity_check(path, engine)
        except BaseException:
            engine.dispose()
            tidy_after_reading(path)
            raise
        return ProjectFile(path, engine, None, tidy=True)
    lock = WriterLock(path)
    lock.acquire()  # an upgrade writes, so a read-only open of an old file locks for it
    engine = _engine(path, readonly=False)
    try:
        with engine.connect() as connection:
            connection.exec_driver_sql("PRAGMA journal_mode=WAL")
        if version < FORMAT_VERSION:
            _upgrade(path, engine, version)
        _sanity_check(path, engine)
    except BaseException as exc:
        engine.dispose()
        lock.release()
        tidy_after_reading(path)
        if isinstance(exc, DBAPIError):
            raise damaged(path, exc.orig or exc) from exc
        raise
    if readonly:
        engine.dispose()
        lock.release()
        return ProjectFile(path, _engine(path, readonly=True), None, tidy=True)
    return ProjectFile(path, engine, lock)


def _refuse_foreign_objects(path: Path, *, current: bool) -> None:
    """A trigger or view nobody here made would act on every change unseen (a `set … Nej`
    stored as Ja): such a file is opened by no command; `check` lists the objects."""
    from reviewer.store.vetting import foreign_objects

    try:
        found = foreign_objects(path, current=current)
    except (sqlite3.Error, UnicodeDecodeError) as exc:
        raise damaged(path, exc) from exc
    if found:
        raise ForeignObjectsError(
            N_("The project file {path} holds database objects Aktgranskning does not make "
               "({objects}); it was not opened, and not changed."), found, path=str(path))


def _upgrade(path: Path, engine: Engine, version: int) -> None:
    """Every step in one transaction, after a copy beside the file; a failed upgrade
    leaves the file as it was, and no copy."""
    backup = path.with_name(f"{path.name}.format{version}.bak")
    try:
        copy_database(path, backup)
        migrate(engine, version)
    except DBAPIError as exc:
        backup.unlink(missing_ok=True)
        if _disk_full(exc):
            raise disk_full_error(path) from exc
        raise DamagedProjectError(
            N_("The project file {path} says it is of format {version}, but its tables do "
               "not match that format ({detail}); it is damaged. It was not changed."),
            path=str(path), version=version, detail=exc.orig or exc) from exc
    except (OSError, sqlite3.Error) as exc:
        backup.unlink(missing_ok=True)
        if _disk_full(exc):
            raise disk_full_error(path) from exc
        raise ProjectFileError(N_("A backup of {path} could not be made in {folder}: "
                                  "{detail}"), path=str(path), folder=str(path.parent),
                               detail=getattr(exc, "strerror", None) or exc) from exc


# Up to this size (about 100,000 answers; a joint audit of 16 municipalities is 1 MB) a
# file gets SQLite's full integrity check and foreign-key check on every open, in under
# 0.3 s; above it, the quick check (0.3 s for 500,000 answers), which misses only index
# entries out of step with their table and rows whose references dangle: `check` finds
# those.
FULL_CHECK_BYTES = 32 * 1024 * 1024


def _verdict(path: Path, engine: Engine) -> list[str]:
    """SQLite's verdict on the file's pages, before anything reads or writes them, so no
    command works on what `check` would call damaged; empty when all is well."""
    try:
        size = path.stat().st_size + (_wal(path).stat().st_size if _wal(path).exists() else 0)
    except OSError:
        size = FULL_CHECK_BYTES + 1
    pragma = "integrity_check" if size <= FULL_CHECK_BYTES else "quick_check"
    with engine.connect() as connection:
        verdict = [str(row[0]) for row in connection.exec_driver_sql(f"PRAGMA {pragma}(5)")]
        if verdict == ["ok"]:
            verdict = []
        if not verdict and size <= FULL_CHECK_BYTES:
            dangling = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchmany(3)
            verdict = [f"{table} row {rowid} refers to a missing {parent} row"
                       for table, rowid, parent, _key in dangling]
    return verdict


def _sanity_check(path: Path, engine: Engine) -> None:
    """The pages are sound, the tables and columns this version reads are there, and the
    project's own values are ones it can read: one project, its id, its settings, a
    template without cycles, known answer codes.

    SQLite's check of the pages and the scan of the values run side by side on two
    connections (SQLite releases the GIL): the open costs the longer of the two."""
    from reviewer.store.integrity import invariant_problems

    problems: list[str] = []
    failure: BaseException | None = None
    with ThreadPoolExecutor(max_workers=1) as pool:
        pages = pool.submit(_verdict, path, engine)
        try:
            with engine.connect() as connection:
                missing = []
                for table in SQLModel.metadata.sorted_tables:
                    present = {row[1] for row in connection.exec_driver_sql(
                        f"PRAGMA table_info({table.name})")}
                    missing += [f"{table.name}.{c.name}" for c in table.columns
                                if c.name not in present]
                if missing:
                    problems = [_("it lacks {what}", what=", ".join(missing[:5]))]
                else:
                    problems = invariant_problems(connection)
        except (DBAPIError, UnicodeDecodeError) as exc:
            failure = exc  # a damaged page, most likely: SQLite's verdict says first
        try:
            verdict = pages.result()
        except (DBAPIError, UnicodeDecodeError) as exc:
            verdict = [str(getattr(exc, "orig", None) or exc)]
    if verdict:
        raise damaged(path, "; ".join(verdict))
    if failure is not None:
        raise damaged(path, getattr(failure, "orig", None) or failure) from failure
    if problems:
        raise damaged(path, "; ".join(problems[:5]))
