"""The writer lock of a project file: one writer per file, whatever the path to it.

On Linux the lock is an open-file-description lock (`F_OFD_SETLK`) on a byte of the
database file itself, beyond the bytes SQLite locks. It belongs to the file's identity
(device and inode), so a hard link, a symlink or another spelling of the path meets the
same lock; and unlike SQLite's own POSIX locks it is not dropped when some other
descriptor on the file in this process is closed (a file dialog sniffing the file, a
drag-and-drop check). It dies with the process, so a crash leaves nothing to clean.
Elsewhere the lock is `NAME.aktg.lock` held with `flock` / `msvcrt`.

Beside the file, `NAME.aktg.lock` says who holds the lock, so a refusal can name them.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import getpass
import json
import os
import socket
import struct
import sys
import time
from pathlib import Path
from typing import IO

from reviewer.errors import ProjectLockedError, ProjectNotWritableError
from reviewer.i18n import N_, _

# SQLite locks the bytes from 2**30 to 2**30 + 511 (the pending byte, the reserved byte
# and the shared range); this byte is beyond them, so no SQLite lock ever meets ours.
_LOCK_BYTE = 2**30 + 1024
_WAIT = 1.0  # seconds a writer waits for a reader's moment of tidying

Identity = tuple[int, int]

# Files this process holds: a second window of the same process is a second writer too.
_held: dict[Identity, WriterLock] = {}

# Who works in this process, as the refusal to a second writer names them: the auditor's
# name from the settings when the app or CLI knows it, else the login name.
_holder_name: str | None = None


def set_holder_name(name: str | None) -> None:
    global _holder_name
    _holder_name = name.strip() if name and name.strip() else None


def identity(path: Path) -> Identity | None:
    try:
        info = os.stat(path)
    except OSError:
        return None
    return (info.st_dev, info.st_ino)


def held_here(path: Path) -> bool:
    """Whether this process holds the writer lock of the file at `path` (by any name)."""
    key = identity(path)
    return key is not None and key in _held


def try_lock(handle: IO[str]) -> bool:
    """Take the OS lock of an open file without waiting: False if another process has it
    (the scratch folder's jobs, `reviewer.scratch`)."""
    if sys.platform == "win32":
        try:
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl as posix_fcntl

    try:
        posix_fcntl.flock(handle.fileno(), posix_fcntl.LOCK_EX | posix_fcntl.LOCK_NB)
    except OSError:
        return False
    return True


def lock_path(path: Path) -> Path:
    return path.with_name(path.name + ".lock")


def describe_holder(path: Path) -> str:
    """Who holds the lock, as a person would say it: who, on which computer, since when."""
    try:
        info = json.loads(lock_path(path).read_text(encoding="utf-8"))
        since = dt.datetime.fromisoformat(info["since"]).strftime("%Y-%m-%d %H:%M")
        return _("{user} on the computer {host} (since {since})", user=info["user"],
                 host=info["host"], since=since)
    except (OSError, ValueError, KeyError, TypeError):
        return _("another program")


def _not_writable(path: Path, detail: object) -> ProjectNotWritableError:
    return ProjectNotWritableError(
        N_("The project {path} cannot be opened for writing here ({detail}). Open it "
           "read-only, or copy it to a folder you can write to."),
        path=str(path), detail=detail)


def _locked(path: Path) -> ProjectLockedError:
    return ProjectLockedError(
        N_("The project {path} is open for writing by {holder}. Close it there first, or "
           "open it read-only."), path=str(path), holder=describe_holder(path))


if sys.platform == "linux":
    import fcntl

    def _lock_database(fd: int) -> bool:
        request = struct.pack("hhqqi4x", fcntl.F_WRLCK, os.SEEK_SET, _LOCK_BYTE, 1, 0)
        try:
            fcntl.fcntl(fd, fcntl.F_OFD_SETLK, request)
        except OSError:
            return False
        return True
elif sys.platform == "win32":
    import msvcrt

    def _lock_database(fd: int) -> bool:
        return True  # Windows locks through the lock file (see WriterLock._lock_file)
else:
    import fcntl

    def _lock_database(fd: int) -> bool:
        # flock belongs to the open file description, like Linux's OFD locks.
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            return False
        return True


class WriterLock:
    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._fd: int | None = None
        self._note: IO[str] | None = None
        self._identity: Identity | None = None

    def acquire(self, *, wait: bool = True) -> None:
        key = identity(self.path)
        if key is not None and key in _held:
            # Checked before opening anything: closing a second descriptor on the file
            # would drop the POSIX locks SQLite holds for this process's own connection.
            raise ProjectLockedError(N_("The project {path} is already open in this program."),
                                     path=str(self.path))
        if not os.access(self.path.parent, os.W_OK):
            raise _not_writable(self.path, _("the folder cannot be written to"))
        try:
            fd = os.open(self.path, os.O_RDWR | getattr(os, "O_CLOEXEC", 0))
        except OSError as exc:
            raise _not_writable(self.path, exc.strerror or exc) from exc
        # A reader tidying up after itself holds the lock for a few milliseconds
        # (`database.tidy_after_reading`): wait that long before calling the file taken.
        deadline = time.monotonic() + (_WAIT if wait else 0)
        while not _lock_database(fd):
            if time.monotonic() >= deadline:
                os.close(fd)
                raise _locked(self.path)
            time.sleep(0.02)
        try:
            self._note = self._write_note()
        except BaseException:
            os.close(fd)
            raise
        self._fd = fd
        self._identity = identity(self.path)
        if self._identity is not None:
            _held[self._identity] = self

    def _write_note(self) -> IO[str]:
        """`NAME.aktg.lock`: who holds the lock (and, on Windows, the lock itself)."""
        try:
            note = lock_path(self.path).open("a+", encoding="utf-8")
        except OSError as exc:
            raise _not_writable(self.path, exc.strerror or exc) from exc
        if sys.platform == "win32":
            try:
                msvcrt.locking(note.fileno(), msvcrt.LK_NBLCK, 1)
            except OSError:
                note.close()
                raise _locked(self.path) from None
        # Whatever a crashed holder wrote is stale now: we hold the lock. The note only
        # names us; a disk too full to take it does not stop the work.
        with contextlib.suppress(OSError):
            note.seek(0)
            note.truncate()
            json.dump({"user": _holder_name or current_user(), "host": socket.gethostname(),
                       "pid": os.getpid(),
                       "since": dt.datetime.now().isoformat(timespec="seconds")}, note)
            note.flush()
        return note

    def release(self) -> None:
        """Release the lock. The caller has closed every SQLite connection first: closing
        our descriptor would otherwise drop their POSIX locks."""
        if self._fd is None:
            return
        if self._identity is not None:
            _held.pop(self._identity, None)
        if self._note is not None:
            with contextlib.suppress(OSError):  # a full disk cannot flush the note: no matter
                lock_path(self.path).unlink(missing_ok=True)
                self._note.close()
            self._note = None
        os.close(self._fd)
        self._fd = None


def current_user() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError):
        return "?"
