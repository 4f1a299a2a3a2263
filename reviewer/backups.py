"""Rolling backups of a project file in the user's data folder, the one door to them for the
app, the command line and a merge: a consistent copy when the app opens a project and before
every merge, the last N kept; listing them; and putting one back."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from reviewer.errors import ProjectFileError
from reviewer.i18n import N_
from reviewer.paths import data_dir
from reviewer.store.copies import project_id_of, put_in_place
from reviewer.store.database import copy_database
from reviewer.store.lock import WriterLock

_STAMP = "%Y-%m-%d %H%M%S.%f"


@dataclass(frozen=True)
class Backup:
    path: Path
    made_at: dt.datetime  # local time
    size: int


def backup_folder(path: Path, project_id: str) -> Path:
    """Where the backups of one project file go: copies of a project that colleagues merge
    share its id, so each file keeps its own (by its name and place)."""
    place = hashlib.sha256(str(Path(path).resolve()).encode()).hexdigest()[:10]
    return data_dir() / "backups" / project_id / f"{Path(path).stem} {place}"


def make_backup(path: Path, project_id: str, keep: int) -> Path | None:
    """Copy the project (safe while it is open) and drop all but the newest `keep`; none
    when `keep` is 0."""
    if keep <= 0:
        return None
    folder = backup_folder(path, project_id)
    target = folder / f"{Path(path).stem} {dt.datetime.now().strftime(_STAMP)}.aktg"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        partial = target.with_name(target.name + ".partial")
        copy_database(Path(path), partial)
        os.replace(partial, target)
    except (OSError, sqlite3.Error) as exc:
        raise ProjectFileError(N_("A backup of {path} could not be made in {folder}: "
                                  "{detail}"), path=str(path), folder=str(folder),
                               detail=getattr(exc, "strerror", None) or exc) from exc
    for old in list_backups(path, project_id)[keep:]:
        old.path.unlink(missing_ok=True)
    return target


def list_backups(path: Path, project_id: str) -> list[Backup]:
    """The backups of a project file, newest first."""
    found = []
    folder = backup_folder(path, project_id)
    for path in folder.glob("*.aktg") if folder.is_dir() else ():
        try:
            made_at = dt.datetime.strptime(" ".join(path.stem.rsplit(" ", 2)[-2:]), _STAMP)
        except ValueError:
            continue  # not one of ours
        found.append(Backup(path=path, made_at=made_at, size=path.stat().st_size))
    return sorted(found, key=lambda b: b.made_at, reverse=True)


def restore_backup(path: Path, backup: Path, project_id: str, keep: int) -> None:
    """Put `backup` in the place of the project file at `path`, which must not be open.
    The project as it was is backed up first, so a restore can itself be undone."""
    path = Path(path)
    if project_id_of(backup) != project_id:
        raise ProjectFileError(N_("{path} is not a backup of this project."), path=str(backup))
    lock = WriterLock(path)
    lock.acquire()
    try:
        make_backup(path, project_id, max(keep, 1))
        put_in_place(path, backup)
    except (OSError, sqlite3.Error) as exc:
        raise ProjectFileError(N_("The backup could not be restored to {path}: {detail}"),
                               path=str(path), detail=getattr(exc, "strerror", None) or exc
                               ) from exc
    finally:
        lock.release()
