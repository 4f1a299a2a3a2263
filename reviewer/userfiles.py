"""A file the auditor names (a population, a review sheet, an exported key), read whole:
only a regular file, and never more than a limit, so that a device such as /dev/zero, a
pipe or a folder given in its place is refused at once instead of blocking or filling
the memory."""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

from reviewer.errors import OperationError
from reviewer.i18n import N_, _


class NotAFileError(OSError):
    """The path names a folder, a device or a pipe (its `strerror` says so, translated)."""


class TooLargeError(ValueError):
    """The file holds more than the limit it is read within; `size` is what it holds (at
    least the limit + 1)."""

    def __init__(self, size: int) -> None:
        super().__init__(size)
        self.size = size


def read_whole(path: Path, limit: int) -> bytes:
    """The bytes of the regular file at `path`; NotAFileError for anything else (checked
    before it is opened: opening a pipe waits for a writer), TooLargeError above `limit`,
    OSError as reading raises it."""
    info = os.stat(path)
    if not stat.S_ISREG(info.st_mode):
        raise NotAFileError(errno.EINVAL, _("it is a folder, a device or a pipe, not a file"),
                            str(path))
    if info.st_size > limit:
        raise TooLargeError(info.st_size)
    with open(path, "rb") as source:
        data = source.read(limit + 1)  # a file that grew since: still no more than this
    if len(data) > limit:
        raise TooLargeError(len(data))
    return data


_SQLITE_HEADER = b"SQLite format 3\x00"
_COMPANIONS = ("-wal", "-shm", "-journal")  # SQLite's files beside a database


def check_not_a_project(out: Path) -> None:
    """Refuse to write an output (a report, a package, an exported key) over a project
    file, a backup, or the WAL or shared memory beside one: an `--out` mistyped as the
    project's own name must not replace the review. OperationError, nothing written."""
    out = Path(out)
    candidates = [out] + [out.with_name(out.name[:-len(suffix)]) for suffix in _COMPANIONS
                          if out.name.endswith(suffix)]
    for candidate in candidates:
        try:
            if not stat.S_ISREG(os.stat(candidate).st_mode):
                continue  # a folder or a device is refused by the writer, not read here
            with open(candidate, "rb") as source:
                head = source.read(len(_SQLITE_HEADER))
        except OSError:
            continue
        if head == _SQLITE_HEADER:
            raise OperationError(N_("{path} is a project file (or part of one); nothing "
                                    "was written over it. Choose another name."),
                                 path=str(out))
