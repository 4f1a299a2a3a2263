"""The app's private scratch folder (`scratch/` in the data folder, for the user's eyes only):
work files that must not outlive a crash where others could read them.

Each piece of work (a package written or opened, a report written) gets a folder of its own
there, held with an OS lock while the work runs; a file it writes elsewhere (a `.partial`
beside its target, renamed into place when whole) is noted in that folder first. The next
start of the app or of the command line removes every folder whose process has died, with
the files it noted: a killed merge or report leaves nothing behind for longer than that.
"""

from __future__ import annotations

import os
import shutil
import sys
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

from reviewer.paths import data_dir
from reviewer.store.lock import try_lock

_NOTES = "leftovers.txt"  # in a job's folder: files outside it to remove after a crash


def root() -> Path:
    return data_dir() / "scratch"


def partial_path(out: Path) -> Path:
    """The hidden file a result is written to beside `out` before it is renamed into place."""
    return out.with_name(f".{out.name}.partial")


def _is_partial(path: Path) -> bool:
    return path.name.startswith(".") and path.name.endswith(".partial")


class Job:
    """One piece of work's own folder in the scratch folder, held while it runs."""

    def __init__(self, folder: Path, lock: IO[str]) -> None:
        self.folder = folder
        self._lock: IO[str] | None = lock

    def leave(self, path: Path) -> Path:
        """Note `path` (a `.partial` file beside a target) so that the next start removes
        it if this process dies before it is renamed or removed; returns `path`."""
        path = Path(path).absolute()
        if not _is_partial(path):
            raise ValueError(f"not a partial file: {path}")
        with (self.folder / _NOTES).open("a", encoding="utf-8") as notes:
            notes.write(f"{path}\n")
        return path

    def close(self) -> None:
        """Remove the folder and what is in it (the work is over, done or failed)."""
        if self._lock is None:
            return
        shutil.rmtree(self.folder, ignore_errors=True)
        lock_file = _lock_file(self.folder)
        if sys.platform == "win32":  # an open file cannot be removed there
            self._lock.close()
            lock_file.unlink(missing_ok=True)
        else:  # removed while held, so no cleaner can take it for a dead one meanwhile
            lock_file.unlink(missing_ok=True)
            self._lock.close()
        self._lock = None


def _lock_file(folder: Path) -> Path:
    return folder.with_name(folder.name + ".lock")


def _private_root() -> Path:
    base = root()
    base.mkdir(parents=True, exist_ok=True, mode=0o700)
    if sys.platform != "win32":
        os.chmod(base, 0o700)  # made earlier, or under another umask: only the user enters
    return base


def start(purpose: str = "work") -> Job:
    """A new job folder (0700), its lock held until `Job.close`."""
    base = _private_root()
    for _attempt in range(20):
        folder = base / f"{purpose}-{uuid.uuid4().hex[:12]}"
        lock = _lock_file(folder).open("a+", encoding="utf-8")
        # The lock is taken before the folder exists, and is checked to be the file at its
        # path still (a cleaner removes a dead job's lock file while holding it).
        if try_lock(lock) and _same_file(lock, _lock_file(folder)):
            folder.mkdir(mode=0o700)
            return Job(folder, lock)
        lock.close()
    raise OSError(f"no scratch folder could be made in {base}")


def _same_file(handle: IO[str], path: Path) -> bool:
    try:
        return os.stat(path).st_ino == os.fstat(handle.fileno()).st_ino
    except FileNotFoundError:
        return False


@contextmanager
def job(purpose: str = "work") -> Iterator[Job]:
    work = start(purpose)
    try:
        yield work
    finally:
        work.close()


def clean_leftovers() -> int:
    """Remove what dead jobs left: their folders and the partial files they noted. Called
    when the app or the command line starts; a live job (another window, another command)
    holds its lock and is left alone. Returns how many jobs were cleaned."""
    base = root()
    try:
        entries = list(base.iterdir())
    except OSError:  # no scratch folder yet, or none that can be read: nothing to clean
        return 0
    cleaned = 0
    for lock_file in (e for e in entries if e.suffix == ".lock"):
        try:
            lock = lock_file.open("a+", encoding="utf-8")
        except OSError:
            continue
        try:
            if not try_lock(lock) or not _same_file(lock, lock_file):
                continue  # alive, or just cleaned by another start
            folder = lock_file.with_suffix("")
            _remove_noted(folder / _NOTES)
            shutil.rmtree(folder, ignore_errors=True)
            if sys.platform != "win32":
                lock_file.unlink(missing_ok=True)
            cleaned += 1
        finally:
            lock.close()
        if sys.platform == "win32":
            lock_file.unlink(missing_ok=True)
    # A folder whose lock file is gone lost its owner mid-cleaning: nothing holds it.
    locks = {e.with_suffix("").name for e in entries if e.suffix == ".lock"}
    for folder in (e for e in entries if e.is_dir() and e.name not in locks):
        if _lock_file(folder).exists():  # the listing missed it: a job made meanwhile
            continue
        _remove_noted(folder / _NOTES)
        shutil.rmtree(folder, ignore_errors=True)
    return cleaned


def _remove_noted(notes: Path) -> None:
    try:
        lines = notes.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError):
        return
    for line in lines:
        path = Path(line)
        if path.is_absolute() and _is_partial(path):  # never anything but a partial file
            try:
                path.unlink(missing_ok=True)
            except OSError:  # a folder gone read-only: the next start tries again
                continue
