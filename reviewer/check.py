"""`reviewer check`: SQLite's integrity check plus the project's own invariants, in words."""

from __future__ import annotations

from dataclasses import dataclass, field

from reviewer import privacy
from reviewer.i18n import _
from reviewer.model import FileStatus
from reviewer.project import Project
from reviewer.store import repo
from reviewer.templates import validate_template


@dataclass
class CheckReport:
    problems: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    facts: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems

    @property
    def lines(self) -> list[str]:
        lines = list(self.facts)
        lines += [_("Problem: {text}", text=p) for p in self.problems]
        lines += [_("Warning: {text}", text=w) for w in self.warnings]
        lines.append(_("The project file is in order.") if self.ok else
                     _("The project file has {count} problems.", count=len(self.problems)))
        return lines


def check_project(project: Project) -> CheckReport:
    report = CheckReport()
    with project.file.reading() as session:
        sqlite_problems = repo.integrity_problems(session)
        meta = repo.read_meta(session)
        without_head = repo.events_without_head(session)
        stale_heads = repo.heads_not_newest(session)
        out_of_step = repo.heads_out_of_step(session)
        conflicts_wrong = repo.conflicts_out_of_step(session)
        conflicts = len(repo.conflict_cells(session))
        unknown = repo.unknown_question_events(session)
    report.facts.append(_("Format version {version}, project id {id}.",
                          version=meta.get("format_version", "?"),
                          id=meta.get("project_id", "?")))
    if sqlite_problems:
        report.problems.append(_("SQLite's integrity check failed: {detail}",
                                 detail="; ".join(sqlite_problems[:10])))
    else:
        report.facts.append(_("SQLite's integrity check: ok."))
    if meta.get("project_id") != project.info.id:
        report.problems.append(_("The project id in the metadata does not match the project."))
    report.problems += [_("Template: {problem}", problem=p)
                        for p in validate_template(project.template)]
    if without_head:
        report.problems.append(_("{count} answers have a history but no current value.",
                                 count=without_head))
    if stale_heads:
        report.problems.append(_("{count} answers show a value that was later replaced.",
                                 count=stale_heads))
    if out_of_step:
        report.problems.append(_("{count} answers do not show the value of their latest "
                                 "change.", count=out_of_step))
    if unknown:
        report.problems.append(_("{count} answer events name a question the template lacks.",
                                 count=unknown))
    if conflicts_wrong:
        report.problems.append(_("{count} answers are marked as in conflict, or not, against "
                                 "their history.", count=conflicts_wrong))
    if conflicts:
        report.warnings.append(_("{count} answers are in conflict between merged copies; "
                                 "`reviewer conflicts` lists them.", count=conflicts))
    _check_units(project, report)
    for removed in project.removed():
        if removed.changes_after:
            place = removed.unit_name if removed.label is None else _(
                "{unit}, case file {label}", unit=removed.unit_name, label=removed.label)
            report.warnings.append(_("{place} is removed, but {count} answer changes in it "
                                     "are later than its removal; `reviewer restore-unit` "
                                     "brings it back.", place=place,
                                     count=removed.changes_after))
    return report


def _check_units(project: Project, report: CheckReport) -> None:
    from reviewer.summary import summarize

    names: set[str] = set()
    texts = [(_("The title"), project.info.title)]
    for summary in summarize(project):
        unit = summary.unit
        if unit.name.casefold() in names:
            report.problems.append(_("Two units are named {name}.", name=unit.name))
        names.add(unit.name.casefold())
        texts.append((_("The unit name"), unit.name))
        labels: set[str] = set()
        for case_file in project.case_files(unit.id):
            if case_file.label in labels:
                report.problems.append(_("{unit} has two case files labelled {label}.",
                                         unit=unit.name, label=case_file.label))
            labels.add(case_file.label)
            texts.append((_("The case file label"), case_file.label))
        done = summary.status_counts[FileStatus.COMPLETE] + summary.status_counts[
            FileStatus.SIGNED_OFF]
        report.facts.append(_("{unit}: {files} case files, {incomplete} not complete, "
                              "{missing} reasons missing.", unit=unit.name, files=summary.files,
                              incomplete=summary.files - done,
                              missing=sum(q.missing_reasons for q in summary.questions)))
    with project.file.reading() as session:
        for unit_name, label, key, reason, note in repo.current_texts(session):
            texts.append((_("The reason of {unit}, file {label}, question {key}",
                            unit=unit_name, label=label, key=key), reason))
            texts.append((_("The note of {unit}, file {label}, question {key}",
                            unit=unit_name, label=label, key=key), note))
    for where, text in texts:
        found = privacy.find_identity_numbers(text or "")
        if found:
            report.warnings.append(_("{where} contains what looks like a personal identity "
                                     "number: {found}", where=where, found=", ".join(found)))
