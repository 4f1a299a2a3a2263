"""Exchange packages (*.aktgx): a project, or some of its units, as one file for a colleague;
importing one as a project of its own, and merging one into the project it came from.

A package is a zip of `manifest.json` and the payload: a consistent snapshot of the project
file (SQLite's backup API), optionally encrypted with AES-256-GCM under a key derived from
the password with scrypt. Everything is checked before anything is written: the zip's
names, sizes against what the manifest says, the payload's SHA-256, the password, and that
the payload is a project file of the project named.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import time
import zipfile
import zlib
from collections.abc import Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path

from reviewer import __version__, scratch
from reviewer.errors import (
    ForeignObjectsError,
    NewerFormatError,
    NewerPackageError,
    NotAPackageError,
    OperationError,
    OtherProjectError,
    PackageError,
    PasswordError,
    ProjectFileError,
    WrongPasswordError,
)
from reviewer.i18n import N_, _, local_time
from reviewer.model import PackageInfo
from reviewer.package_format import (
    ENCRYPTED_NAME,
    MANIFEST_NAME,
    MAX_MANIFEST,
    PAYLOAD_NAME,
    SEALED_VERSION,
    Manifest,
    WrongKey,
    damaged,
    new_encryption,
    seal,
    unseal,
)
from reviewer.package_safety import refuse_identity_numbers
from reviewer.project import Project
from reviewer.scratch import partial_path
from reviewer.store import backups, copies, vetting
from reviewer.store.database import new_id, now, open_project_file
from reviewer.store.migrations import FORMAT_VERSION

__all__ = ["ENCRYPTED_NAME", "MANIFEST_NAME", "PAYLOAD_NAME", "Manifest", "MergeReport",
           "export_package", "import_package", "merge_package", "open_payload",
           "read_manifest"]

MAX_PAYLOAD = 8 * 1024**3
MAX_RATIO = 200  # a SQLite file deflates to a third or so; far more is a zip bomb
# A payload up to this size is deflated (a project of ~100,000 answers, to ~10 MB: it fits
# an e-mail); a larger one is stored as it is, since deflating it takes five times as long
# as copying it (see benchmarks/bench_exchange.py).
DEFLATE_UP_TO = 32 * 1024**2
_damaged = damaged


# -- export --------------------------------------------------------------------------------


def export_package(project: Project, out: Path, *, author: str,
                   unit_ids: Sequence[str] | None = None,
                   password: str | None = None) -> Manifest:
    """Write `out` (*.aktgx) with a snapshot of the project, or of `unit_ids` only."""
    out = Path(out)
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
        with zipfile.ZipFile(partial, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
            size = stored.stat().st_size
            # Stored when encrypted (ciphertext does not shrink) or large (see above).
            deflate = password is None and size <= DEFLATE_UP_TO
            # An encrypted package tells nothing of when it was made: its entries carry
            # the zip format's earliest time (the time is sealed inside).
            stamp = _NO_TIME if password is not None else time.localtime()[:6]
            manifest = replace(manifest, payload_bytes=size,
                               payload_sha256=_copy_into(archive, stored, deflate, stamp))
            archive.writestr(zipfile.ZipInfo(MANIFEST_NAME, date_time=stamp),
                             manifest.to_json(), zipfile.ZIP_DEFLATED)
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


_NO_TIME = (1980, 1, 1, 0, 0, 0)


def _copy_into(archive: zipfile.ZipFile, payload: Path, deflate: bool,
               stamp: tuple[int, int, int, int, int, int]) -> str:
    """Write the payload into the zip, hashing it on the way (one pass over the file)."""
    info = zipfile.ZipInfo(payload.name, date_time=stamp)
    info.compress_type = zipfile.ZIP_DEFLATED if deflate else zipfile.ZIP_STORED
    info.file_size = payload.stat().st_size
    digest = _Hasher()
    with payload.open("rb") as source, archive.open(info, "w", force_zip64=True) as entry, \
            digest:
        while chunk := source.read(_CHUNK):
            digest.update(chunk)
            entry.write(chunk)
    return digest.hexdigest()


_CHUNK = 4 << 20


class _Hasher:
    """SHA-256 of a stream, computed in a thread of its own while the stream is copied (the
    hash releases the GIL), so a large payload is read and written once, not waited on."""

    def __init__(self) -> None:
        self._digest = hashlib.sha256()
        self._pool = ThreadPoolExecutor(max_workers=1)  # one worker: chunks stay in order
        self._pending: list[Future[None]] = []

    def __enter__(self) -> _Hasher:
        return self

    def __exit__(self, *_exc: object) -> None:
        self._pool.shutdown(wait=True)

    def update(self, chunk: bytes) -> None:
        self._pending = [f for f in self._pending if not f.done()]
        if len(self._pending) > 4:  # at most a few chunks in memory
            self._pending.pop(0).result()
        self._pending.append(self._pool.submit(self._digest.update, chunk))

    def hexdigest(self) -> str:
        for pending in self._pending:
            pending.result()
        return self._digest.hexdigest()


# -- reading a package ---------------------------------------------------------------------


def read_manifest(package: Path) -> Manifest:
    """The manifest of a package, after checking that the zip holds just what it should."""
    with _open_zip(Path(package)) as archive:
        return _manifest(archive, str(package))


def _open_zip(package: Path) -> zipfile.ZipFile:
    source = str(package)
    try:
        if not zipfile.is_zipfile(package):
            if not package.is_file():
                raise ProjectFileError(N_("The file {path} does not exist."), path=source)
            with package.open("rb") as f:
                if f.read(4) == b"PK\x03\x04":  # a zip that lost its end: cut short
                    raise _damaged(source, _("it is not a whole zip file; perhaps it was "
                                             "not copied or sent whole"))
            raise NotAPackageError(N_("{path} is not an Aktgranskning package."), path=source)
        return zipfile.ZipFile(package)
    except NotImplementedError:  # e.g. a zip version or feature Python does not read
        raise _damaged(source, _("it is a kind of zip file Aktgranskning does not read")
                       ) from None
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError):
        raise _damaged(source, _("it is not a whole zip file")) from None
    except OSError as exc:
        raise ProjectFileError(N_("The file {path} could not be read: {detail}"),
                               path=source, detail=exc.strerror or exc) from exc


def _manifest(archive: zipfile.ZipFile, source: str) -> Manifest:
    names = [info.filename for info in archive.infolist()]
    unexpected = [n for n in names if n not in (MANIFEST_NAME, PAYLOAD_NAME, ENCRYPTED_NAME)]
    if unexpected or len(set(names)) != len(names):
        # Path traversal ("../…"), absolute names and repeated entries are refused here.
        raise _damaged(source, _("it holds entries a package does not have: {names}",
                                 names=", ".join(sorted(set(unexpected or names)))[:200]))
    if MANIFEST_NAME not in names:
        raise NotAPackageError(N_("{path} is not an Aktgranskning package (it has no "
                                  "manifest)."), path=source)
    info = archive.getinfo(MANIFEST_NAME)
    if info.file_size > MAX_MANIFEST:
        raise _damaged(source, _("its manifest is too large"))
    try:
        raw = archive.read(MANIFEST_NAME)
    except (zipfile.BadZipFile, OSError, EOFError, ValueError, NotImplementedError,
            RuntimeError, zlib.error):
        raise _damaged(source, _("its manifest is not readable")) from None
    manifest = Manifest.from_json(raw, source)
    if manifest.payload_name not in names:
        raise _damaged(source, _("the project copy is missing"))
    return manifest


def open_payload(package: Path, folder: Path, password: str | None) -> tuple[Manifest, Path]:
    """Check a package whole and put its project copy in `folder` (a private one: the copy
    is decrypted there): (the whole manifest, the copy)."""
    package = Path(package)
    source = str(package)
    with _open_zip(package) as archive:
        manifest = _manifest(archive, source)
        info = archive.getinfo(manifest.payload_name)
        if info.file_size != manifest.payload_bytes or info.file_size > MAX_PAYLOAD:
            raise _damaged(source, _("the project copy is not the size the manifest says"))
        if info.file_size > MAX_RATIO * max(info.compress_size, 1) + 1_000_000:
            raise _damaged(source, _("the project copy unpacks to far more than its size"))
        stored = folder / manifest.payload_name
        _extract(archive, info, stored, manifest, source)
    if manifest.encrypted:
        manifest, copy = _decrypt(stored, folder / PAYLOAD_NAME, manifest, password, source)
    else:
        copy = stored
    _check_copy(copy, manifest, source)
    return manifest, copy


def _extract(archive: zipfile.ZipFile, info: zipfile.ZipInfo, target: Path,
             manifest: Manifest, source: str) -> None:
    digest = _Hasher()
    written = 0
    try:
        with archive.open(info) as entry, target.open("wb") as out, digest:
            while chunk := entry.read(_CHUNK):
                written += len(chunk)
                if written > manifest.payload_bytes:  # never more than it says
                    raise _damaged(source, _("the project copy unpacks to far more than its "
                                             "size"))
                digest.update(chunk)
                out.write(chunk)
    except (zipfile.BadZipFile, EOFError, ValueError, NotImplementedError, RuntimeError,
            zlib.error):
        raise _damaged(source, _("the project copy is not whole")) from None
    except OSError as exc:
        raise ProjectFileError(N_("The package could not be unpacked: {detail}"),
                               detail=exc.strerror or exc) from exc
    if written != manifest.payload_bytes or digest.hexdigest() != manifest.payload_sha256:
        raise _damaged(source, _("the project copy does not match its checksum"))


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
        raise _damaged(source, _("its project copy is not a project file")) from None
    if foreign:
        raise _damaged(source, _("its project copy holds what Aktgranskning does not write: "
                                 "{objects}", objects=", ".join(foreign[:5])))
    if copies.project_id_of(copy) != manifest.project_id:
        raise _damaged(source, _("its project copy is of another project than it says"))


# -- import and merge -------------------------------------------------------------------


def _package_info(manifest: Manifest, package: Path, author: str) -> PackageInfo:
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
        copies.adopt(copy, _package_info(manifest, package, author))
        if copy.stat().st_dev != out.parent.stat().st_dev:
            # Another disk than the scratch folder: copied beside the target, then renamed.
            partial = job.leave(partial_path(out))
            with copy.open("rb") as source, partial.open("wb") as target:
                shutil.copyfileobj(source, target, _CHUNK)
                target.flush()
                os.fsync(target.fileno())
            copy = partial
        os.replace(copy, out)
    return manifest


@dataclass(frozen=True)
class MergeReport:
    """What a merge brought in, in words an auditor reads (`lines`)."""

    manifest: Manifest
    package_name: str
    units_added: tuple[str, ...] = ()
    case_files_added: tuple[str, ...] = ()  # "Torsby kommun, akt 11"
    events_added: int = 0
    answers_changed: int = 0
    renamed: tuple[tuple[str, str], ...] = ()
    removed: tuple[str, ...] = ()  # "Nykommun", "Torsby kommun, case file 3"
    restored: tuple[str, ...] = ()
    units_made_unique: tuple[tuple[str, str], ...] = ()  # (name, the later one's new name)
    labels_made_unique: tuple[tuple[str, str, str], ...] = ()  # (unit, label, new label)
    unseen_by_removal: tuple[tuple[str, int], ...] = ()  # (place, answer changes)
    sign_offs_changed: tuple[str, ...] = ()
    signed_off_but_changed: tuple[str, ...] = ()
    conflicts: tuple[str, ...] = ()  # "Torsby kommun, akt 3, fråga 4"
    conflicts_in_project: int = 0
    backup: Path | None = None

    @property
    def nothing_new(self) -> bool:
        return not (self.units_added or self.case_files_added or self.events_added
                    or self.renamed or self.removed or self.restored or self.sign_offs_changed
                    or self.units_made_unique or self.labels_made_unique)

    def lines(self) -> list[str]:
        m = self.manifest
        lines = [_("From {file}: exported by {who} on {when}.", file=self.package_name,
                   who=m.exported_by, when=local_time(m.exported_at))]
        if self.nothing_new:
            lines.append(_("Nothing new: the project already holds everything in the "
                           "package."))
            return lines
        lines.append(_("Units added: {count}{names}", count=len(self.units_added),
                       names=f" ({', '.join(self.units_added)})" if self.units_added else ""))
        lines.append(_("Case files added: {count}", count=len(self.case_files_added)))
        lines.append(_("Answers that now read differently here: {count}.",
                       count=self.answers_changed))
        lines.append(_("Changes that came with the package and were new here: {events} (an "
                       "answer's history can hold several).", events=self.events_added))
        lines += [_("Renamed: {before} → {after}", before=before, after=after)
                  for before, after in self.renamed]
        lines += [_("Two units were named {name}: the one added later is now {new}.",
                    name=name, new=new) for name, new in self.units_made_unique]
        lines += [_("{unit}: two case files were labelled {label}: the one added later is "
                    "now {new}.", unit=unit, label=label, new=new)
                  for unit, label, new in self.labels_made_unique]
        lines += [_("Removed: {place}", place=place) for place in self.removed]
        lines += [_("Brought back: {place}", place=place) for place in self.restored]
        lines += [_("Removed in one copy while changed in the other, look at it: {place} "
                    "({count} answer changes)", place=place, count=count)
                  for place, count in self.unseen_by_removal]
        if self.unseen_by_removal:
            lines.append(_("Project → Bring back a removed unit (or `reviewer restore-unit`) "
                           "brings it back with its answers."))
        lines += [_("Sign-off changed: {place}", place=place)
                  for place in self.sign_offs_changed]
        lines += [_("Changed after its sign-off, check it: {place}", place=place)
                  for place in self.signed_off_but_changed]
        lines.append(_("Conflicts: {count}", count=len(self.conflicts)))
        return lines + [f"  {place}" for place in self.conflicts]


def merge_package(project: Project, package: Path, *, author: str,
                  password: str | None = None, keep_backups: int = 10,
                  allow_identity: bool = False) -> MergeReport:
    """Merge a colleague's package into `project` (open for writing): every answer event
    united, conflicts kept side by side; a backup is made first. Nothing is written when
    the package is bad or brings nothing new, nor when it brings what looks like a
    personnummer and `allow_identity` is not given."""
    if project.file.readonly:
        raise ProjectFileError(N_("The project {path} is open read-only."),
                               path=str(project.path))
    source = str(package)
    try:
        job = scratch.start("merge")  # private: the copy is decrypted there
    except OSError as exc:
        raise ProjectFileError(N_("The package could not be unpacked: {detail}"),
                               detail=exc.strerror or exc) from exc
    try:
        manifest, copy = open_payload(package, job.folder, password)
        if manifest.project_id != project.info.id:
            raise OtherProjectError(
                N_("{path} holds another project ({title}), not this one; it can be "
                   "imported as a project of its own instead."),
                path=str(package), title=manifest.project_title)
        if copies.template_of(copy) != [(q.key, q.parent) for q in project.template.questions]:
            raise PackageError(N_("{path} holds this project with other control questions; "
                                  "it cannot be merged."), path=str(package))
        refuse_identity_numbers(copy, manifest, source, known=project.path,
                                allow=allow_identity)
        backup = backups.make_backup(project.path, project.info.id, keep_backups)
        counts = copies.merge_copy(project.path, copy,
                                   _package_info(manifest, package, author))
    except sqlite3.IntegrityError:
        # E.g. answers of a case file the copy lacks: the transaction was rolled back.
        raise _damaged(source, _("its project copy does not hold together")) from None
    except sqlite3.Error as exc:
        raise ProjectFileError(N_("The merge could not be written to {path} ({detail}); "
                                  "nothing was changed."), path=str(project.path),
                               detail=exc) from exc
    finally:
        job.close()
    project.reload_info()
    return _report(project, manifest, Path(package).name, counts, backup)


def _report(project: Project, manifest: Manifest, package_name: str,
            counts: copies.MergeCounts, backup: Path | None) -> MergeReport:
    names = {u.id: u.name for u in project.units()}
    where = {case_file_id: _("{unit}, case file {label}", unit=unit, label=label)
             for case_file_id, (unit, label) in project.case_file_places().items()}
    return MergeReport(
        manifest=manifest, package_name=package_name,
        units_added=tuple(names[u] for u in counts.units_added if u in names),
        case_files_added=tuple(where[f] for f in counts.case_files_added if f in where),
        events_added=counts.events_added, answers_changed=counts.answers_changed,
        renamed=tuple(counts.renamed), removed=_named(counts.removed_places),
        restored=_named(counts.restored_places),
        units_made_unique=tuple(counts.units_made_unique),
        labels_made_unique=tuple(counts.labels_made_unique),
        unseen_by_removal=tuple(zip(_named([(u, f) for u, f, _n in counts.unseen_by_removal]),
                                    (n for _u, _f, n in counts.unseen_by_removal),
                                    strict=True)),
        sign_offs_changed=tuple(where[f] for f in counts.sign_offs_changed if f in where),
        signed_off_but_changed=tuple(where[f] for f in counts.signed_off_but_changed
                                     if f in where),
        conflicts=tuple(_("{place}, question {key}", place=where[f], key=k)
                        for f, k in counts.conflicts if f in where),
        conflicts_in_project=len(project.conflicts()), backup=backup)


def _named(places: Sequence[tuple[str, str | None]]) -> tuple[str, ...]:
    """A unit by its name, a case file as "Torsby kommun, case file 3"."""
    return tuple(unit if label is None else _("{unit}, case file {label}", unit=unit,
                                               label=label) for unit, label in places)
