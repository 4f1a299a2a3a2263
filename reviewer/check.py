"""`reviewer check`: SQLite's integrity check plus the project's own invariants, in words."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from reviewer import privacy
from reviewer.errors import ProjectFileError
from reviewer.i18n import N_, _
from reviewer.project import Project
from reviewer.store import events, integrity, structure
from reviewer.store.integrity import sqlite_verdict as sqlite_verdict  # for the CLI too
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


def check_file(path: Path) -> CheckReport:
    """`reviewer check`: a file that cannot be opened as a project is the finding itself,
    with SQLite's own verdict on its pages when it is a database."""
    try:
        project = Project.open(path, readonly=True)
    except ProjectFileError as exc:
        report = CheckReport(problems=[str(exc)])
    else:
        with project:
            try:
                return check_project(project)
            except ProjectFileError as exc:
                report = CheckReport(problems=[str(exc)])
    verdict = sqlite_verdict(path)
    if verdict:
        report.problems.append(_("SQLite's integrity check failed: {detail}",
                                 detail="; ".join(verdict)))
    return report


def check_project(project: Project) -> CheckReport:
    report = CheckReport()
    with project.file.reading() as session:
        sqlite_problems = integrity.sqlite_problems(session)
        meta = structure.read_meta(session)
        without_head = integrity.events_without_head(session)
        stale_heads = integrity.heads_not_newest(session)
        out_of_step = integrity.heads_out_of_step(session)
        conflicts_wrong = integrity.conflicts_out_of_step(session)
        conflicts = len(events.conflict_cells(session))
        unknown = integrity.unknown_question_events(session)
        template_wrong = integrity.template_out_of_step(session)
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
    if template_wrong:
        report.problems.append(_("{count} questions of the template do not hold the state of "
                                 "their latest change.", count=template_wrong))
    if conflicts_wrong:
        report.problems.append(_("{count} answers are marked as in conflict, or not, against "
                                 "their history.", count=conflicts_wrong))
    if conflicts:
        report.warnings.append(_("{count} answers are in conflict between merged copies; "
                                 "`reviewer conflicts` lists them.", count=conflicts))
    printed = [q.printed_key for q in project.template.questions]
    twice = sorted({number for number in printed if printed.count(number) > 1})
    if twice:
        report.warnings.append(_("Questions of the template print the same number ({numbers}): "
                                 "copies merged typed it each for a question of their own; "
                                 "give one of them another.", numbers=", ".join(twice)))
    if not project.template.questions:
        report.warnings.append(_("The template has no questions: copies merged removed them "
                                 "all; `reviewer template history` lists them."))
    template_conflicts = len(project.template_conflicts())
    if template_conflicts:
        report.warnings.append(_("{count} questions of the template were changed in two "
                                 "copies apart; `reviewer conflicts` lists them.",
                                 count=template_conflicts))
    _check_units(project, report)
    for removed in project.removed():
        if removed.changes_after:
            place = removed.unit_name if removed.label is None else _(
                "{unit}, case file {label}", unit=removed.unit_name, label=removed.label)
            report.warnings.append(_("{place} is removed, but {count} answer changes in it "
                                     "are later than its removal; `reviewer restore-unit` "
                                     "brings it back.", place=place,
                                     count=removed.changes_after))
    _check_privacy(project, report)
    return report


def _check_units(project: Project, report: CheckReport) -> None:
    from reviewer.summary import summarize

    # Foreign database objects, two units of one name and two case files of one number are
    # refused by the open itself (`store.integrity`, `store.vetting`), so `check_file`
    # reports them as the file's finding.
    for summary in summarize(project):
        report.facts.append(_("{unit}: {files} case files, {incomplete} not complete, "
                              "{missing} reasons missing.", unit=summary.unit.name,
                              files=summary.files, incomplete=summary.files - summary.done,
                              missing=summary.missing_reasons))


def _check_privacy(project: Project, report: CheckReport) -> None:
    """Every text the file keeps that looks like a personal identity number is a problem,
    even one kept deliberately: the file, its history included, travels in packages."""
    info = project.info
    texts = [(_("The title"), info.title), (_("The organisation"), info.organisation),
             (_("The audit firm"), info.firm), (_("The period"), info.period)]
    with project.file.reading() as session:
        stored = integrity.stored_texts(session)
    texts += [(_where(item), item.text) for item in stored]
    for where, text in texts:
        found = privacy.find_identity_numbers(text or "")
        if found:
            report.problems.append(_("{where} contains what looks like a personal identity "
                                     "number: {found}", where=where, found=", ".join(found)))


_WHERE = {
    "unit": N_("The unit name"),
    "removed_unit": N_("The name of a removed unit"),
    "label": N_("A case file label of {unit}"),
    "signed_off_by": N_("The sign-off of {unit}, file {label}"),
    "reason": N_("The reason of {unit}, file {label}, question {key}"),
    "note": N_("The note of {unit}, file {label}, question {key}"),
    "earlier_reason": N_("A reason in the history of {unit}, file {label}, question {key}"),
    "earlier_note": N_("A note in the history of {unit}, file {label}, question {key}"),
    "earlier_template": N_("An earlier text of a question of the template"),
    "author": N_("The author of {count} changes"),
    "author_once": N_("The author of a change"),
    "package": N_("The log of the package {label}"),
    "sample": N_("The sampling record of {unit}"),
}


def _where(item: integrity.StoredText) -> str:
    kind = "author_once" if item.kind == "author" and item.count == 1 else item.kind
    return _(_WHERE[kind], unit=item.unit, label=item.label, key=item.key,
             count=item.count)
