"""The writer lock of a project file: `NAME.aktg.lock` beside it, held with an OS lock.

The OS lock dies with its process, so a lock file left by a crash is taken over safely;
the file's text says who holds a live one.
"""

from __future__ import annotations

import datetime as dt
import getpass
import json
import os
import socket
import sys
from pathlib import Path
from typing import IO

from reviewer.errors import ProjectLockedError, ProjectNotWritableError
from reviewer.i18n import N_

if sys.platform == "win32":
    import msvcrt

    def _try_lock(handle: IO[str]) -> bool:
        try:
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
else:
    import fcntl

    def _try_lock(handle: IO[str]) -> bool:
        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            return False
        return True


def try_lock(handle: IO[str]) -> bool:
    """Take the OS lock of an open file without waiting: False if another process has it."""
    return _try_lock(handle)


# Paths this process holds: a second window of the same process is a second writer too.
_held: set[Path] = set()


def lock_path(path: Path) -> Path:
    return path.with_name(path.name + ".lock")


def describe_holder(path: Path) -> str:
    try:
        info = json.loads(lock_path(path).read_text(encoding="utf-8"))
        return f"{info['user']} @ {info['host']} (pid {info['pid']}, {info['since']})"
    except (OSError, ValueError, KeyError, TypeError):
        return "?"


class WriterLock:
    def __init__(self, path: Path) -> None:
        self.path = path.resolve()
        self._handle: IO[str] | None = None

    def acquire(self) -> None:
        if self.path in _held:
            raise ProjectLockedError(N_("The project {path} is already open in this program."),
                                     path=str(self.path))
        handle = self._lock_current_file()
        # Whatever text a crashed holder left is stale now: we hold the OS lock.
        handle.seek(0)
        handle.truncate()
        json.dump({"user": getpass.getuser(), "host": socket.gethostname(), "pid": os.getpid(),
                   "since": dt.datetime.now().isoformat(timespec="seconds")}, handle)
        handle.flush()
        self._handle = handle
        _held.add(self.path)

    def _lock_current_file(self) -> IO[str]:
        # A releasing holder unlinks the lock file while still holding it; a lock won on
        # such an unlinked file is worthless, so check it is still the file at the path.
        for _attempt in range(20):
            try:
                handle = lock_path(self.path).open("a+", encoding="utf-8")
            except OSError as exc:
                raise ProjectNotWritableError(
                    N_("The project {path} cannot be opened for writing here ({detail}). "
                       "Open it read-only, or copy it to a folder you can write to."),
                    path=str(self.path), detail=exc.strerror or exc) from exc
            if not _try_lock(handle):
                handle.close()
                raise ProjectLockedError(
                    N_("The project {path} is open for writing by {holder}. Close it there "
                       "first, or open it read-only."),
                    path=str(self.path), holder=describe_holder(self.path))
            try:
                current = os.stat(lock_path(self.path)).st_ino
            except FileNotFoundError:
                current = None
            if current == os.fstat(handle.fileno()).st_ino:
                return handle
            handle.close()
        raise ProjectLockedError(N_("The project {path} could not be locked; try again."),
                                 path=str(self.path))

    def release(self) -> None:
        if self._handle is None:
            return
        _held.discard(self.path)
        lock_path(self.path).unlink(missing_ok=True)
        self._handle.close()
        self._handle = None
