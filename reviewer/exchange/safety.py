"""The personnummer guard at the door of a package: what a colleague's package brings that
looks like a personal identity number is listed, and kept only when the auditor says so."""

from __future__ import annotations

from pathlib import Path

from reviewer import privacy
from reviewer.errors import IdentityNumberInPackageError
from reviewer.exchange.manifest import Manifest
from reviewer.i18n import _
from reviewer.store.vetting import FreeText, free_texts

MAX_LISTED = 20


def _where(text: FreeText) -> str:
    place = text.place
    if text.kind == "title":
        return _("The title")
    if text.kind == "details":
        return _("The project's details")
    if text.kind == "question":
        return _("Question {key} of the template", key=place[0])
    if text.kind == "template_change":
        return _("A question of the template, in its history")
    if text.kind == "unit":
        return _("The unit name")
    if text.kind == "case_file":
        return _("The case file label")
    if text.kind == "sign_off":
        return _("The sign-off of {unit}, file {label}", unit=place[0], label=place[1])
    if text.kind == "reason":
        return _("The reason of {unit}, file {label}, question {key}", unit=place[0],
                 label=place[1], key=place[2])
    if text.kind == "note":
        return _("The note of {unit}, file {label}, question {key}", unit=place[0],
                 label=place[1], key=place[2])
    if text.kind == "author":
        return _("Who made a change")
    if text.kind == "file":
        return _("The package's file name (kept in the project's log of packages)")
    if text.kind == "sample":
        return _("The sampling record of {unit}", unit=place[0])
    return _("Who exported the package")


def identity_numbers(copy: Path, manifest: Manifest, *, known: Path | None = None,
                     file_name: str = "") -> list[str]:
    """What the project copy at `copy` (with its manifest, and the package's `file_name`,
    which the project's log keeps) brings that looks like a personnummer, one line each
    ("where: number"). With `known` (the project it is merged into) only what that project
    does not hold already, in the same place, is listed."""
    texts = [*free_texts(copy), FreeText("package", manifest.package_id, (),
                                         manifest.exported_by),
             FreeText("file", manifest.package_id, (), file_name)]
    already = set() if known is None else {(t.kind, t.key, t.text) for t in free_texts(known)}
    lines: list[str] = []
    for text in texts:
        if not text.text or (text.kind, text.key, text.text) in already:
            continue
        found = privacy.find_identity_numbers(text.text)
        if found:
            line = f"{_where(text)}: {', '.join(found)}"
            if line not in lines:
                lines.append(line)
    if len(lines) > MAX_LISTED:
        lines[MAX_LISTED:] = [_("… and {count} more", count=len(lines) - MAX_LISTED)]
    return lines


def refuse_identity_numbers(copy: Path, manifest: Manifest, source: str, *,
                            known: Path | None = None, allow: bool = False) -> None:
    """Refuse the package unless the auditor deliberately keeps what it brings."""
    if allow:
        return
    found = identity_numbers(copy, manifest, known=known, file_name=Path(source).name)
    if found:
        raise IdentityNumberInPackageError(source, found)
