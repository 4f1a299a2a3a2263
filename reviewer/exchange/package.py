"""A package in and out: a project (or some of its units) exported as one, and a package
opened (checked whole, its copy decrypted in the private scratch folder) or imported as a
project of its own.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path

from reviewer import __version__, review, scratch
from reviewer.errors import (
    ForeignObjectsError,
    NewerFormatError,
    NewerPackageError,
    OperationError,
    PasswordError,
    ProjectFileError,
    WrongPasswordError,
)
from reviewer.exchange.archive import CHUNK, extract_payload, write_archive
from reviewer.exchange.crypto import WrongKey, new_encryption, seal, unseal
from reviewer.exchange.manifest import (
    ENCRYPTED_NAME,
    PAYLOAD_NAME,
    SEALED_VERSION,
    Manifest,
    damaged,
)
from reviewer.exchange.safety import refuse_identity_numbers
from reviewer.i18n import N_, _
from reviewer.model import PackageInfo
from reviewer.project import Project
from reviewer.scratch import partial_path
from reviewer.store import copies, vetting
from reviewer.store.database import new_id, now, open_project_file
from reviewer.store.migrations import FORMAT_VERSION
from reviewer.userfiles import check_not_a_project

# -- export --------------------------------------------------------------------------------


def export_package(project: Project, out: Path, *, author: str,
                   unit_ids: Sequence[str] | None = None,
                   password: str | None = None) -> Manifest:
    """Write `out` (*.aktgx) with a snapshot of the project, or of `unit_ids` only."""
    out = Path(out)
    check_not_a_project(out)
    units = project.units()
    if unit_ids is not None:
        known = {u.id for u in units}
        if any(u not in known for u in unit_ids):
            raise OperationError(N_("There is no such unit in this project."))
        units = [u for u in units if u.id in set(unit_ids)]
    if password is not None and not password:
        raise PasswordError(N_("The password is empty."))
    with _work(out, N_("The package could not be written to {path}: {detail}")) as job:
        payload = job.folder / PAYLOAD_NAME
        copies.snapshot(project.path, payload,
                        None if unit_ids is None else [u.id for u in units])
        manifest = Manifest(
            package_id=new_id(), project_id=project.info.id,
            project_title=project.info.title, exported_by=author, exported_at=now(),
            app_version=__version__, units=tuple((u.id, u.name) for u in units),
            partial=unit_ids is not None, payload_name=PAYLOAD_NAME, payload_bytes=0,
            payload_sha256="", project_format=FORMAT_VERSION)
        stored = payload
        if password is not None:
            manifest = replace(manifest, encryption=new_encryption(),
                               package_version=SEALED_VERSION, payload_name=ENCRYPTED_NAME)
            stored = job.folder / ENCRYPTED_NAME
            stored.write_bytes(seal(manifest, password, payload.read_bytes()))
            payload.unlink()
        partial = job.leave(partial_path(out))
        manifest = write_archive(partial, manifest, stored)
        os.replace(partial, out)
    return manifest


@contextmanager
def _work(out: Path, failure: str) -> Iterator[scratch.Job]:
    """A job in the private scratch folder for work whose result goes to `out` through
    the partial file beside it (renamed into place when whole, so never copied across
    disks half-way); afterwards the job and any partial file are removed, and a failure of
    the disk or of SQLite becomes `failure`, a message with {path} and {detail}."""
    if not out.parent.is_dir():
        raise OperationError(N_("The folder {folder} does not exist."),
                             folder=str(out.parent))
    try:
        with scratch.job("package") as job:
            try:
                yield job
            finally:
                partial_path(out).unlink(missing_ok=True)
    except (OSError, sqlite3.Error) as exc:
        raise ProjectFileError(failure, path=str(out),
                               detail=getattr(exc, "strerror", None) or exc) from exc


# -- opening -------------------------------------------------------------------------------


def open_payload(package: Path, folder: Path, password: str | None) -> tuple[Manifest, Path]:
    """Check a package whole and put its project copy in `folder` (a private one: the copy
    is decrypted there): (the whole manifest, the copy)."""
    package = Path(package)
    source = str(package)
    manifest, stored = extract_payload(package, folder)
    if manifest.encrypted:
        manifest, copy = _decrypt(stored, folder / PAYLOAD_NAME, manifest, password, source)
    else:
        copy = stored
    _check_copy(copy, manifest, source)
    return manifest, copy


def _decrypt(stored: Path, target: Path, manifest: Manifest, password: str | None,
             source: str) -> tuple[Manifest, Path]:
    if not password:
        raise PasswordError(N_("The package {path} is protected by a password."), path=source)
    try:
        manifest, plain = unseal(manifest, password, stored.read_bytes(), source)
    except WrongKey:
        # The checksum matched, so the data is whole: it is the password that is wrong.
        raise WrongPasswordError(N_("The password does not open {path}."),
                                 path=source) from None
    target.write_bytes(plain)
    stored.unlink()
    return manifest, target


def _check_copy(copy: Path, manifest: Manifest, source: str) -> None:
    """The payload is a project file (upgraded if older) of the project the manifest names,
    holding only what the app makes: no trigger, view or table of anyone else's."""
    try:
        # Before anything runs on it (an upgrade writes); in full once it is current (the
        # open checks that too).
        foreign = vetting.foreign_objects(copy, current=False)
        if not foreign:
            file = open_project_file(copy, readonly=True)
            file.close()
            foreign = vetting.foreign_objects(copy)
    except ForeignObjectsError as exc:
        foreign = exc.objects
    except NewerFormatError:
        raise NewerPackageError(
            N_("{path} holds a project of a newer format; update Aktgranskning to use it."),
            path=source) from None
    except (ProjectFileError, sqlite3.Error):
        raise damaged(source, _("its project copy is not a project file")) from None
    if foreign:
        raise damaged(source, _("its project copy holds what Aktgranskning does not write: "
                                "{objects}", objects=", ".join(foreign[:5])))
    if copies.project_id_of(copy) != manifest.project_id:
        raise damaged(source, _("its project copy is of another project than it says"))


# -- import --------------------------------------------------------------------------------


def received(manifest: Manifest, package: Path, author: str) -> PackageInfo:
    """The log entry of a package received here from `author`."""
    return PackageInfo(id=manifest.package_id, file_name=Path(package).name,
                       exported_by=manifest.exported_by, exported_at=manifest.exported_at,
                       app_version=manifest.app_version, received_at=now(),
                       received_by=author)


def open_package(package: Path, password: str | None) -> Manifest:
    """The whole manifest of a package that opens with `password` (the sealed details of an
    encrypted one): every check of an import, nothing written but in the private scratch
    folder. The app asks this before asking where to save, so a wrong password is told
    at once."""
    with scratch.job("package") as job:
        manifest, _copy = open_payload(package, job.folder, password)
    return manifest


def import_package(package: Path, out: Path, *, author: str,
                   password: str | None = None, allow_identity: bool = False) -> Manifest:
    """The package's project as a project file of its own at `out` (a copy of the same
    project: it can be merged back and forth with the one it came from)."""
    out = Path(out)
    if out.exists():
        raise ProjectFileError(N_("The file {path} already exists."), path=str(out))
    with _work(out, N_("The project file {path} could not be written: {detail}")) as job:
        manifest, copy = open_payload(package, job.folder, password)
        refuse_identity_numbers(copy, manifest, str(package), allow=allow_identity)
        review.adopt_copy(copy, received(manifest, package, author))
        if copy.stat().st_dev != out.parent.stat().st_dev:
            # Another disk than the scratch folder: copied beside the target, then renamed.
            partial = job.leave(partial_path(out))
            with copy.open("rb") as source, partial.open("wb") as target:
                shutil.copyfileobj(source, target, CHUNK)
                target.flush()
                os.fsync(target.fileno())
            copy = partial
        os.replace(copy, out)
    return manifest
