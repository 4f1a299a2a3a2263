"""The key list (kodnyckel): which real case each sampled case file is, the one sensitive
link in a project, sealed with a password of its own and kept apart from the review data.

An entry is a case file's values from the population, in order, the case identifier first
(`{"Diarienummer": "SOC/2023-000412", "Team": "Vuxen"}`); a hand-entered one holds the
identifier alone. Personnummer are allowed here, and only here: that is what a key is for.

Storage (the project file's `sealed` table, format 5): a lock row holding a random data key
sealed with the password (AES-256-GCM, the key from scrypt with a salt of its own, the
parameters beside it, as packages are sealed), and one row per unit holding its entries
sealed with the data key, bound to the project's and the unit's ids. So one scrypt opens
every unit, and a row moved to another unit or project does not open. Nothing else in the
file names a case; reports, summaries, the clipboard and packages never read this table.
"""

from __future__ import annotations

import base64
import json
import os
import sqlite3
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from reviewer.errors import (
    KeyFileError,
    KeyListError,
    KeyPasswordError,
    OperationError,
    ProjectFileError,
)
from reviewer.exchange.crypto import (
    WrongKey,
    decrypt,
    encrypt,
    new_encryption,
    open_with,
    seal_with,
)
from reviewer.exchange.manifest import OtherEncryption, checked_encryption
from reviewer.i18n import N_
from reviewer.model import Unit
from reviewer.project import Project
from reviewer.scratch import partial_path
from reviewer.store import sealed
from reviewer.store.database import now
from reviewer.userfiles import check_not_a_project, read_whole

Values = dict[str, str]  # one case file's entry: column → value, the identifier first

LOCK = "lock"  # the row of the sealed data key; the others are units' ids
KEY_FILE_FORMAT = "aktg-key"
KEY_FILE_VERSION = 1
KEY_FILE_SUFFIX = ".aktgkey"
HAND_ENTERED = "identifier"  # the column of an identifier typed in by hand
MAX_KEY_FILE = 16 * 1024 * 1024
MAX_COLUMNS, MAX_NAME, MAX_VALUE = 100, 200, 2000


def identifier(values: Mapping[str, str]) -> str:
    """The case identifier of an entry: its first value."""
    return next(iter(values.values()), "")


# -- the key list opened for a session -------------------------------------------------


class KeyList:
    """A project's key list opened with its password: what the app holds while the key is
    unlocked (the data key, never the password), and what every operation below uses."""

    def __init__(self, project: Project, key: bytes) -> None:
        self.project = project
        self._key = key

    def _associated(self, unit_id: str) -> bytes:
        return f"aktg-keylist:{self.project.info.id}:{unit_id}".encode()

    def units(self) -> list[str]:
        """The ids of the units that have entries."""
        with self.project.file.reading() as session:
            return [row for row in sealed.ids(session) if row != LOCK]

    def entries(self, unit_id: str) -> dict[str, Values]:
        """Every entry of a unit by case file id, in the order they were stored."""
        with self.project.file.reading() as session:
            data = sealed.read(session, unit_id)
        return {} if data is None else self._open(unit_id, data)

    def identifiers(self) -> dict[str, str]:
        """The case identifier of every case file that has one, in every unit, by id."""
        with self.project.file.reading() as session:
            rows = sealed.read_all(session)
        return {case_file_id: identifier(values) for unit_id, data in rows.items()
                if unit_id != LOCK
                for case_file_id, values in self._open(unit_id, data).items()}

    def _open(self, unit_id: str, data: bytes) -> dict[str, Values]:
        try:
            plain = decrypt(self._key, data, self._associated(unit_id))
            entries = json.loads(plain.decode("utf-8"))["entries"]
            return {_text(case_file_id): _values(columns) for case_file_id, columns in entries}
        except (WrongKey, ValueError, TypeError, KeyError):
            raise KeyListError(N_("The key list of {unit} in {path} is damaged: it does not "
                                  "open with the key list's own key."),
                               unit=_unit_name(self.project, unit_id),
                               path=str(self.project.path)) from None

    def store(self, unit_id: str, entries: Iterable[tuple[str, Mapping[str, str]]]) -> None:
        """Add `entries` (case file id, values) to the unit's key, or put them in place of
        those of the same case files; an entry without an identifier is taken out."""
        self.project.unit(unit_id)
        present = {f.id for f in self.project.case_files(unit_id)}
        checked = [(case_file_id, checked_values(values)) for case_file_id, values in entries]
        if any(case_file_id not in present for case_file_id, _values in checked):
            raise OperationError(N_("A key list entry names a case file that is not in "
                                    "{unit}."), unit=_unit_name(self.project, unit_id))
        with self.project.file.transaction() as session:
            data = sealed.read(session, unit_id)
            current = {} if data is None else self._open(unit_id, data)
            for case_file_id, values in checked:
                current.pop(case_file_id, None)  # a changed entry goes to the end
                if identifier(values):
                    current[case_file_id] = values
            plain = json.dumps({"entries": [[i, list(v.items())] for i, v in current.items()]},
                               ensure_ascii=False).encode("utf-8")
            sealed.write(session, unit_id, encrypt(self._key, plain, self._associated(unit_id)))

    def set_entry(self, case_file_id: str, values: Mapping[str, str]) -> None:
        """Put `values` as the case file's entry (empty, or without an identifier: no
        entry)."""
        self.store(self.project.case_file(case_file_id).unit_id, [(case_file_id, values)])


def checked_values(values: Mapping[str, str]) -> Values:
    """An entry as stored: texts trimmed, within bounds (a key list holds identifiers and a
    few columns, not documents)."""
    if len(values) > MAX_COLUMNS:
        raise OperationError(N_("A key list entry holds at most {count} values."),
                             count=MAX_COLUMNS)
    cleaned: Values = {}
    for name, value in values.items():
        if not isinstance(name, str) or not isinstance(value, str):
            raise OperationError(N_("A key list entry holds texts only."))
        name, value = " ".join(name.split()), value.strip()
        if len(name) > MAX_NAME:
            raise OperationError(N_("The column name {column} is longer than the {count} "
                                    "characters a key list keeps."),
                                 column=name[:40] + "…", count=MAX_NAME)
        if len(value) > MAX_VALUE:  # the value itself is not shown: it may be sensitive
            raise OperationError(N_("A value of {column} is longer than the {count} "
                                    "characters a key list keeps."),
                                 column=name or HAND_ENTERED, count=MAX_VALUE)
        cleaned[name or HAND_ENTERED] = value
    return cleaned


def _text(value: object) -> str:
    if not isinstance(value, str):
        raise TypeError(value)
    return value


def _values(columns: object) -> Values:
    if not isinstance(columns, list):
        raise TypeError(columns)
    return {_text(name): _text(value) for name, value in columns}


def _unit_name(project: Project, unit_id: str) -> str:
    names = {u.id: u.name for u in project.units()}
    return names.get(unit_id, unit_id)


# -- opening ---------------------------------------------------------------------------


def has_key_list(project: Project) -> bool:
    """Whether the project has a key list (a password set for it)."""
    with project.file.reading() as session:
        return sealed.read(session, LOCK) is not None


def units_with_key(project: Project) -> list[str]:
    """The ids of the units that have entries in the key list (no password needed)."""
    with project.file.reading() as session:
        return [row for row in sealed.ids(session) if row != LOCK]


def unlock(project: Project, password: str, *, create: bool = False) -> KeyList:
    """The project's key list opened with its password; with `create`, a project without
    one gets one with this password. A wrong password is refused, and nothing changes."""
    if not password:
        raise KeyPasswordError(N_("The key list's password is empty."))
    with project.file.reading() as session:
        lock = sealed.read(session, LOCK)
    if lock is None:
        if not create:
            raise KeyListError(N_("This project has no key list yet."))
        return _create(project, password)
    associated = f"aktg-keylist:{project.info.id}".encode()
    try:
        data = json.loads(lock.decode("utf-8"))
        encryption = checked_encryption(data["encryption"])
        wrapped = base64.b64decode(_text(data["key"]), validate=True)
    except (ValueError, TypeError, KeyError, OtherEncryption):
        raise KeyListError(N_("The key list in {path} is damaged; it cannot be opened."),
                           path=str(project.path)) from None
    try:
        key = open_with(encryption, password, wrapped, associated)
    except WrongKey:
        raise KeyPasswordError(N_("That is not the password of the key list; nothing was "
                                  "opened or changed.")) from None
    return KeyList(project, key)


def _create(project: Project, password: str) -> KeyList:
    key = os.urandom(32)
    encryption = new_encryption()
    wrapped = seal_with(encryption, password, key, f"aktg-keylist:{project.info.id}".encode())
    lock = json.dumps({"format": "aktg-keylist", "encryption": encryption,
                       "key": base64.b64encode(wrapped).decode()}).encode("utf-8")
    with project.file.transaction() as session:
        if sealed.read(session, LOCK) is not None:  # made since we looked: ours is not used
            raise KeyListError(N_("The key list was just given a password elsewhere; open it "
                                  "with that one."))
        sealed.write(session, LOCK, lock)
    return KeyList(project, key)


# -- what the draw and the auditor do --------------------------------------------------


def store_drawn(project: Project, unit_id: str, entries: list[tuple[str, dict[str, str]]],
                password: str) -> None:
    """The key of drawn case files: (case file id, the population's values kept, the
    identifier first) into the unit's key. The key list is made with `password` if the
    project has none; otherwise it must be its password (a wrong one changes nothing: a
    draw should `unlock` first, so a wrong password refuses the draw before it is made)."""
    unlock(project, password, create=True).store(unit_id, entries)


def set_entry(project: Project, case_file_id: str, values: dict[str, str],
              password: str) -> None:
    """A case file's key typed in by hand (a sample not drawn by the tool)."""
    unlock(project, password, create=True).set_entry(case_file_id, values)


def open_key(project: Project, unit_id: str, password: str) -> dict[str, dict[str, str]]:
    """Every entry of a unit's key by case file id."""
    project.unit(unit_id)
    return unlock(project, password).entries(unit_id)


# -- a unit's key for a colleague ------------------------------------------------------


def _file_associated() -> bytes:
    return f"{KEY_FILE_FORMAT}:{KEY_FILE_VERSION}".encode()


def export_key(project: Project, unit_id: str, out: Path, password: str,
               export_password: str, *, author: str = "") -> int:
    """Write a unit's key to `out` (*.aktgkey), encrypted with `export_password`, for a
    colleague who reviews the same unit in a copy of the project; the number of entries.
    Everything in it is sealed (the project, the unit, the cases)."""
    project.unit(unit_id)
    _check_export_password(export_password)
    return export_entries(unlock(project, password), unit_id, out, export_password,
                          author=author)


def _check_export_password(export_password: str) -> None:
    if not export_password:
        raise KeyPasswordError(N_("The password of the exported key is empty."))


def export_entries(keys: KeyList, unit_id: str, out: Path, export_password: str, *,
                   author: str = "") -> int:
    """`export_key` with the key list already open (the app's unlocked session)."""
    out = Path(out)
    project = keys.project
    unit = project.unit(unit_id)
    _check_export_password(export_password)
    entries = keys.entries(unit_id)
    labels = {f.id: f.label for f in project.case_files(unit_id)}
    kept = [[i, labels[i], list(v.items())] for i, v in entries.items() if i in labels]
    if not kept:
        raise KeyListError(N_("{unit} has nothing in the key list to export."), unit=unit.name)
    if not out.parent.is_dir():
        raise OperationError(N_("The folder {folder} does not exist."), folder=str(out.parent))
    check_not_a_project(out)
    details = {"format": f"{KEY_FILE_FORMAT}-details", "project_id": project.info.id,
               "project_title": project.info.title, "unit_id": unit.id, "unit_name": unit.name,
               "exported_by": author, "exported_at": now(), "entries": kept}
    encryption = new_encryption()
    stored = seal_with(encryption, export_password,
                       json.dumps(details, ensure_ascii=False).encode("utf-8"),
                       _file_associated())
    document = {"format": KEY_FILE_FORMAT, "version": KEY_FILE_VERSION,
                "encryption": encryption, "sealed": base64.b64encode(stored).decode()}
    partial = partial_path(out)
    try:
        with partial.open("wb") as target:
            target.write(json.dumps(document, indent=1).encode("utf-8"))
            target.flush()
            os.fsync(target.fileno())
        os.replace(partial, out)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise ProjectFileError(N_("The key could not be written to {path}: {detail}"),
                               path=str(out), detail=exc.strerror or exc) from exc
    return len(kept)


@dataclass(frozen=True)
class ImportedKey:
    unit_id: str
    unit_name: str
    entries: int  # in the file
    changed: int  # entries that were not here as they are in the file
    exported_by: str = ""
    exported_at: str = ""


def read_key_file(source: Path, export_password: str) -> dict[str, Any]:
    """The sealed details of an exported key file (checked whole, nothing written)."""
    source = Path(source)
    try:
        document = json.loads(read_whole(source, MAX_KEY_FILE).decode("utf-8"))
        if not isinstance(document, dict) or document.get("format") != KEY_FILE_FORMAT:
            raise KeyFileError(N_("{path} is not a key list exported by Aktgranskning."),
                               path=str(source))
        version = document.get("version")
        if isinstance(version, int) and version > KEY_FILE_VERSION:
            raise KeyFileError(N_("{path} was exported by a newer Aktgranskning; update "
                                  "Aktgranskning to import it."), path=str(source))
        encryption = checked_encryption(document["encryption"])
        stored = base64.b64decode(_text(document["sealed"]), validate=True)
    except OSError as exc:
        raise KeyFileError(N_("The file {path} could not be read: {detail}"),
                           path=str(source), detail=exc.strerror or exc) from exc
    except (ValueError, TypeError, KeyError, RecursionError):
        raise KeyFileError(N_("The key file {path} is damaged; nothing was imported."),
                           path=str(source)) from None
    if not export_password:
        raise KeyPasswordError(N_("The key file {path} is protected by a password."),
                               path=str(source))
    try:
        plain = open_with(encryption, export_password, stored, _file_associated())
    except WrongKey:
        raise KeyPasswordError(N_("The password does not open {path}; nothing was "
                                  "imported."), path=str(source)) from None
    try:
        details = json.loads(plain.decode("utf-8"))
        if details.get("format") != f"{KEY_FILE_FORMAT}-details":
            raise ValueError(details)
        for name in ("project_id", "project_title", "unit_id", "unit_name", "exported_by",
                     "exported_at"):
            _text(details[name])
        details["entries"] = [(_text(i), _text(label), _values(columns))
                              for i, label, columns in details["entries"]]
    except (ValueError, TypeError, KeyError, AttributeError, RecursionError):
        raise KeyFileError(N_("The key file {path} is damaged; nothing was imported."),
                           path=str(source)) from None
    result: dict[str, Any] = details
    return result


def import_key(project: Project, source: Path, export_password: str,
               password: str) -> ImportedKey:
    """A unit's key exported by a colleague, into the same unit of this copy of the project
    (the same project, unit and case files, by id; anything else is refused), sealed here
    with this project's key list password (which makes one if there is none). The file and
    its fit are checked before the key list is opened: nothing changes when it is refused."""
    details = read_key_file(source, export_password)
    unit = _fitting_unit(project, details, Path(source))
    return _store_imported(unlock(project, password, create=True), unit, details)


def import_into(keys: KeyList, source: Path, export_password: str) -> ImportedKey:
    """`import_key` with the key list already open (the app's unlocked session)."""
    details = read_key_file(source, export_password)
    return _store_imported(keys, _fitting_unit(keys.project, details, Path(source)), details)


def _fitting_unit(project: Project, details: dict[str, Any], source: Path) -> Unit:
    if details["project_id"] != project.info.id:
        raise KeyFileError(N_("{path} holds the key of another project ({title}); nothing was "
                              "imported."), path=str(source), title=details["project_title"])
    units = {u.id: u for u in project.units()}
    unit = units.get(details["unit_id"])
    if unit is None:
        raise KeyFileError(N_("{path} holds the key of {unit}, which this copy of the project "
                              "does not have; nothing was imported."), path=str(source),
                           unit=details["unit_name"])
    present = {f.id for f in project.case_files(unit.id)}
    missing = [label for i, label, _v in details["entries"] if i not in present]
    if missing:
        raise KeyFileError(N_("{path} holds the key of case files {labels} of {unit}, which "
                              "this copy does not have; nothing was imported."),
                           path=str(source), labels=", ".join(missing), unit=unit.name)
    return unit


def _store_imported(keys: KeyList, unit: Unit, details: dict[str, Any]) -> ImportedKey:
    before = keys.entries(unit.id)
    entries = [(i, checked_values(v)) for i, _label, v in details["entries"]]
    changed = sum(1 for i, v in entries if before.get(i) != v)
    if changed:
        keys.store(unit.id, entries)
    return ImportedKey(unit.id, unit.name, len(entries), changed,
                       details["exported_by"], details["exported_at"])


# -- gallring --------------------------------------------------------------------------


@dataclass(frozen=True)
class DeletedKey:
    """What a deletion reached besides the project file: its backups and the copies an
    upgrade left beside it, wiped the same way, and those that could not be."""

    wiped: list[Path] = field(default_factory=list)
    not_wiped: list[tuple[Path, str]] = field(default_factory=list)


def delete_key(project: Project, unit_id: str | None) -> DeletedKey:
    """Delete a unit's key (every unit's with None) for good, no password needed: the
    rows are overwritten, deleted and the file rebuilt so that no byte of them is left in
    it or its WAL, and the same is done in the project's backups and upgrade copies. The
    record of the draw and the review stay. The lock goes with the last unit's key."""
    project.file.check_writable()
    if unit_id is not None:
        project.unit(unit_id)
    rows = [LOCK] if unit_id is None else [unit_id]
    lone = None if unit_id is None else LOCK
    if unit_id is None:
        rows += units_with_key(project)
    try:
        sealed.erase(project.file, rows, lone=lone)
    except sealed.StillInWal:
        raise KeyListError(N_("The key is deleted, but another program reading {path} kept "
                              "its last traces in {wal}. Close that program and delete the "
                              "key again to wipe them."), path=str(project.path),
                           wal=str(project.path.with_name(project.path.name + "-wal"))
                           ) from None
    except (OSError, sqlite3.Error) as exc:
        raise ProjectFileError(N_("The key could not be deleted from {path} ({detail}); it "
                                  "was not deleted."), path=str(project.path),
                               detail=exc) from exc
    return _wipe_copies(project, rows, lone)


def _copies(project: Project) -> Sequence[Path]:
    """Copies of the project file that may hold its key: its backups, and what an upgrade
    of its format left beside it."""
    from reviewer.backups import list_backups

    path = project.path
    beside = sorted(path.parent.glob(f"{path.name}.format*.bak"))
    return [*(b.path for b in list_backups(path, project.info.id)), *beside]


def _wipe_copies(project: Project, rows: list[str], lone: str | None) -> DeletedKey:
    result = DeletedKey()
    for copy in _copies(project):
        try:
            if sealed.erase_in_copy(copy, rows, lone=lone):
                result.wiped.append(copy)
        except (OSError, sqlite3.Error) as exc:
            result.not_wiped.append((copy, str(exc)))
    return result
