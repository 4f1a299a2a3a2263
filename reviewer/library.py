"""The template library: the auditor's own templates in their data folder, and the firm's
shared folder set in the settings; listed for the new-project wizard, saved into from the
template editor. A file that cannot be read is listed as such, never an error."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from reviewer.errors import ReviewerError, TemplateError
from reviewer.i18n import _
from reviewer.model import Template
from reviewer.paths import data_dir
from reviewer.templates import (
    TEMPLATE_SUFFIXES,
    load_template,
    validate_template,
    write_template,
)

OWN, SHARED = "own", "shared"  # which folder a template is in
_UNSAFE = re.compile(r'[<>:"/\\|?*\x00-\x1f]+')


def own_folder() -> Path:
    """The auditor's own templates: `templates/` in their data folder."""
    return data_dir() / "templates"


@dataclass(frozen=True)
class LibraryEntry:
    path: Path
    folder: str  # OWN or SHARED
    name: str  # the template's name; the file's when it cannot be read
    questions: int
    changed: datetime | None  # when the file was last changed
    template: Template | None = None
    problem: str = ""  # why it cannot be used, in words; "" when it can

    @property
    def usable(self) -> bool:
        return self.template is not None


def list_library(shared: Path | str | None = None) -> list[LibraryEntry]:
    """Every template file of the own folder, then of the shared one (when set), each by
    name. A shared folder that cannot be reached is one entry saying so."""
    entries = _folder_entries(own_folder(), OWN)
    if shared:
        entries += _folder_entries(Path(shared).expanduser(), SHARED, must_exist=True)
    return entries


def _folder_entries(folder: Path, kind: str, *, must_exist: bool = False
                    ) -> list[LibraryEntry]:
    try:
        files = [p for p in folder.iterdir() if p.suffix.lower() in TEMPLATE_SUFFIXES
                 and not p.name.startswith((".", "~$")) and not p.is_dir()]
    except OSError as exc:
        if not must_exist and isinstance(exc, FileNotFoundError):
            return []
        return [LibraryEntry(path=folder, folder=kind, name=folder.name, questions=0,
                             changed=None, problem=_(
                                 "the folder {folder} cannot be read ({detail})",
                                 folder=str(folder), detail=exc.strerror or exc))]
    entries = [_entry(path, kind) for path in files]
    return sorted(entries, key=lambda e: (e.name.casefold(), e.path.name))


def _entry(path: Path, kind: str) -> LibraryEntry:
    try:
        changed: datetime | None = datetime.fromtimestamp(path.stat().st_mtime)
    except OSError:
        changed = None
    try:
        template = load_template(path)
    except TemplateError as exc:
        return LibraryEntry(path=path, folder=kind, name=path.stem, questions=0,
                            changed=changed, problem="; ".join(exc.problems))
    except ReviewerError as exc:
        return LibraryEntry(path=path, folder=kind, name=path.stem, questions=0,
                            changed=changed, problem=str(exc))
    return LibraryEntry(path=path, folder=kind, name=template.name or path.stem,
                        questions=len(template.questions), changed=changed,
                        template=template)


def library_path(name: str) -> Path:
    """Where a template of this name is saved in the own folder."""
    stem = _UNSAFE.sub("-", name).strip(" .-") or _("template")
    return own_folder() / f"{stem}.json"


def save_template(template: Template, path: Path) -> Path:
    """Write a valid template as a JSON template file (whole, or not at all); TemplateError
    lists its problems, OSError when the file cannot be written."""
    problems = validate_template(template)
    if not template.questions:
        problems.append(_("the template has no questions"))
    if problems:
        raise TemplateError(str(path), problems)
    path.parent.mkdir(parents=True, exist_ok=True)
    write_template(template, path, overwrite=True)  # the one writer of template files
    return path
