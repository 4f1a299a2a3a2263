"""Merging a colleague's package into the project it came from, and the report of what
came in, in words an auditor reads."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from reviewer import review, scratch
from reviewer.errors import OtherProjectError, ProjectFileError
from reviewer.exchange.manifest import Manifest, damaged
from reviewer.exchange.package import open_payload, received
from reviewer.exchange.safety import refuse_identity_numbers
from reviewer.i18n import N_, _, local_time
from reviewer.model import Template, TemplateConflict
from reviewer.project import Project
from reviewer.store import copies
from reviewer.templates import printed_key_of


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
    conflicts_in_project: int = 0  # answers' and the template's
    backup: Path | None = None
    questions_added: tuple[str, ...] = ()  # "9. Har …" as they read now
    questions_changed: tuple[str, ...] = ()
    questions_removed: tuple[str, ...] = ()  # by the number they had
    template_conflicts: tuple[str, ...] = ()  # "4. Har …", the provisional text

    @property
    def nothing_new(self) -> bool:
        return not (self.units_added or self.case_files_added or self.events_added
                    or self.renamed or self.removed or self.restored or self.sign_offs_changed
                    or self.units_made_unique or self.labels_made_unique
                    or self.questions_added or self.questions_changed
                    or self.questions_removed or self.template_conflicts)

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
        lines += [_("Question added to the template: {question}", question=q)
                  for q in self.questions_added]
        lines += [_("Question of the template changed: {question}", question=q)
                  for q in self.questions_changed]
        lines += [_("Question removed from the template: {key}", key=q)
                  for q in self.questions_removed]
        lines.append(_("Conflicts: {count}", count=len(self.conflicts)
                       + len(self.template_conflicts)))
        lines += [f"  {place}" for place in self.conflicts]
        return lines + [_("  the template's question {question}", question=q)
                        for q in self.template_conflicts]


def merge_package(project: Project, package: Path, *, author: str,
                  password: str | None = None, keep_backups: int = 10,
                  allow_identity: bool = False) -> MergeReport:
    """Merge a colleague's package into `project` (open for writing): every answer event
    united, conflicts kept side by side; a backup is made first. Nothing is written when
    the package is bad or brings nothing new, nor when it brings what looks like a
    personnummer and `allow_identity` is not given."""
    project.file.check_writable()
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
        refuse_identity_numbers(copy, manifest, source, known=project.path,
                                allow=allow_identity)
        counts, backup = review.merge_copy(project, copy, received(manifest, package, author),
                                           keep_backups=keep_backups)
    except sqlite3.IntegrityError:
        # E.g. answers of a case file the copy lacks: the transaction was rolled back.
        raise damaged(source, _("its project copy does not hold together")) from None
    except sqlite3.Error as exc:
        raise ProjectFileError(N_("The merge could not be written to {path} ({detail}); "
                                  "nothing was changed."), path=str(project.path),
                               detail=exc) from exc
    finally:
        job.close()
    return _report(project, manifest, Path(package).name, counts, backup)


def _report(project: Project, manifest: Manifest, package_name: str,
            counts: copies.MergeCounts, backup: Path | None) -> MergeReport:
    names = {u.id: u.name for u in project.units()}

    def shown(key: str) -> str:
        question = project.template.question(key)
        return f"{question.printed_key}. {question.text}"

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
        conflicts=tuple(_("{place}, question {key}", place=where[f],
                          key=project.template.question(k).printed_key)
                        for f, k in counts.conflicts
                        if f in where and k in project.template.keys),
        conflicts_in_project=len(project.conflicts()) + len(project.template_conflicts()),
        backup=backup,
        questions_added=tuple(shown(key) for key, before, after in counts.questions_changed
                              if before is None and after is not None),
        questions_changed=tuple(shown(key) for key, before, after in counts.questions_changed
                                if before is not None and after is not None),
        questions_removed=tuple(before for key, before, after in counts.questions_changed
                                if before is not None and after is None),
        template_conflicts=tuple(question_text(project.template, c) for c in
                                 project.template_conflicts()
                                 if c.question_key in counts.template_conflicts))


def question_text(template: Template, conflict: TemplateConflict) -> str:
    """A question in conflict as it reads: its number and its provisional text (the number
    of a question removed on the provisional side is "–")."""
    key = conflict.question_key
    number = printed_key_of(template, key, missing="–")
    return f"{number}. {conflict.sides[0].state.text}"


def _named(places: Sequence[tuple[str, str | None]]) -> tuple[str, ...]:
    """A unit by its name, a case file as "Torsby kommun, case file 3"."""
    return tuple(unit if label is None else _("{unit}, case file {label}", unit=unit,
                                               label=label) for unit, label in places)
