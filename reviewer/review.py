"""Review operations: every change an auditor can make, each one durable transaction.

Each operation validates, writes, and returns `Changes` (what changed, with before/after of
every cell) so screens refresh from it and undo can replay the inverse.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from reviewer import privacy, template_diff
from reviewer.backups import make_backup
from reviewer.errors import (
    OperationError,
    SamplingError,
    TemplateError,
    UnconfirmedQuestionRemovalError,
    UnconfirmedRemovalError,
)
from reviewer.i18n import N_, _, local_time
from reviewer.model import (
    UNANSWERED,
    Answer,
    CaseFile,
    CellChange,
    Changes,
    Code,
    Convention,
    FileStatus,
    PackageInfo,
    Placement,
    Question,
    QuestionState,
    Template,
    Unit,
)
from reviewer.project import Project
from reviewer.rules.cells import is_derived
from reviewer.rules.sheet import read_case_file
from reviewer.sampling.draw import Place
from reviewer.sampling.model import DrawInfo, SampleEvent, StoredDraw
from reviewer.store import copies, events, sampling, structure, template_log
from reviewer.store.database import new_id, now
from reviewer.templates import (
    ancestors,
    descendants,
    new_key,
    printed_key_of,
    printed_keys,
    template_problems,
    validate_template,
)

# -- the project -----------------------------------------------------------------------


def create_project(path: Path, *, title: str, template: Template, organisation: str = "",
                   firm: str = "", period: str = "", convention: Convention = Convention.ALL,
                   first_footnote: int = 1, is_example: bool = False,
                   units: Sequence[tuple[str, int]] = (),
                   allow_identity: bool = False) -> Project:
    """A new project file, with its units (name, number of case files) if given: the file
    appears whole, or not at all when anything is refused."""
    title = _clean(title)
    if not title:
        raise OperationError(N_("A project needs a title."))
    for field, value in ((_("The title"), title), (_("The organisation"), organisation),
                         (_("The audit firm"), firm), (_("The period"), period)):
        privacy.check_text(field, value, allow=allow_identity)
    problems = validate_template(template, allow_identity=allow_identity)
    if problems:
        raise OperationError(N_("The template is not valid: {problems}"),
                             problems="; ".join(problems))
    _check_first_footnote(first_footnote)
    cleaned: list[tuple[str, int]] = []
    for name, files in units:
        _check_count(files)
        cleaned.append((_check_unit_name(name, [n for n, _f in cleaned], allow_identity),
                        files))
    return Project.create(Path(path), title=title, template=template,
                          organisation=_clean(organisation), firm=_clean(firm),
                          period=_clean(period), convention=convention,
                          first_footnote=first_footnote, is_example=is_example,
                          units=cleaned)


def update_project(project: Project, *, title: str | None = None,
                   organisation: str | None = None, firm: str | None = None,
                   period: str | None = None, convention: Convention | None = None,
                   first_footnote: int | None = None, allow_identity: bool = False) -> Changes:
    """Change the project's details and settings (Summa convention, first footnote)."""
    values: dict[str, object] = {}
    for name, label, value in (("title", _("The title"), title),
                               ("organisation", _("The organisation"), organisation),
                               ("firm", _("The audit firm"), firm),
                               ("period", _("The period"), period)):
        if value is not None:
            privacy.check_text(label, value, allow=allow_identity)
            values[name] = _clean(value)
    if values.get("title") == "":
        raise OperationError(N_("A project needs a title."))
    if convention is not None:
        values["convention"] = Convention(convention)
    if first_footnote is not None:
        _check_first_footnote(first_footnote)
        values["first_footnote"] = first_footnote
    with project.file.transaction() as session:
        structure.update_info(session, **values)
    project.reload_info()
    return Changes(project=True)


def check_author(author: str, *, allow_identity: bool = False) -> str:
    """The author recorded with every change: given, and no identity number (it is stored
    in every event and travels in every package)."""
    author = author.strip()
    if not author:
        raise OperationError(N_("Every change records who made it; the author is missing."))
    privacy.check_text(_("The author"), author, allow=allow_identity)
    return author


def _check_first_footnote(number: int) -> None:
    if number < 1:
        raise OperationError(N_("The first footnote number must be 1 or more."))


def _clean(text: str) -> str:
    return " ".join(text.split())


# -- units -----------------------------------------------------------------------------


def check_unit_name(project: Project, name: str, *, allow_identity: bool = False,
                    except_id: str | None = None) -> str:
    """The cleaned name, if it is a valid new name for a unit of this project."""
    taken = [u.name for u in project.units() if u.id != except_id]
    return _check_unit_name(name, taken, allow_identity)


def _check_unit_name(name: str, taken: Sequence[str], allow_identity: bool) -> str:
    name = _clean(name)
    if not name:
        raise OperationError(N_("A unit needs a name."))
    privacy.check_text(_("The unit name"), name, allow=allow_identity)
    if any(other.casefold() == name.casefold() for other in taken):
        raise OperationError(N_("The project already has a unit named {name}."), name=name)
    return name


def add_unit(project: Project, name: str, *, files: int = 0,
             allow_identity: bool = False) -> tuple[Unit, Changes]:
    """Add an audited unit (e.g. a municipality) with `files` case files labelled 1..N."""
    name = check_unit_name(project, name, allow_identity=allow_identity)
    _check_count(files)
    with project.file.transaction() as session:
        unit, created = structure.add_unit_with_files(session, name, files)
    return unit, Changes(units=frozenset({unit.id}),
                         case_files=frozenset(f.id for f in created))


def import_unit(project: Project, name: str, labels: Sequence[str],
                answers: Sequence[tuple[str, Sequence[Answer | None]]], *, author: str,
                allow_identity: bool = False) -> tuple[Unit, Changes]:
    """A unit's case files and first answers from a review sheet, all in one transaction:
    into a new unit, or into the unit of that name if it holds no answers yet (given the
    labels it lacks). `answers` holds, per question key, an answer or None for each label,
    as `gridimport.parse_grid` checked them."""
    author = check_author(author, allow_identity=allow_identity)
    existing = next((u for u in project.units()
                     if u.name.casefold() == _clean(name).casefold()), None)
    files: list[CaseFile] = []
    if existing is not None:
        files = project.case_files(existing.id)
        with project.file.reading() as session:
            if events.count_answers(session, [f.id for f in files]):
                raise OperationError(N_("{unit} already holds answers; a sheet imports only "
                                        "into a new or empty unit."), unit=existing.name)
        there = {f.label for f in files}
        _check_count(len(files) + sum(1 for label in labels if label not in there))
    else:
        name = check_unit_name(project, name, allow_identity=allow_identity)
    with project.file.transaction() as session:
        unit = existing or structure.add_unit(session, name)
        by_label = {f.label: f for f in files}
        ids: list[str] = []
        for label in labels:
            case_file = by_label.get(label) or structure.add_case_file(
                session, unit.id, label, len(by_label) + len(ids))
            ids.append(case_file.id)
        session.flush()
        cells = [(ids[index], key, answer, author) for key, row in answers
                 for index, answer in enumerate(row) if answer is not None]
        if cells:  # a sheet of blank cells brings its case files only
            events.append_first_events(session, cells)
    return unit, Changes(units=frozenset({unit.id}), case_files=frozenset(ids))


def rename_unit(project: Project, unit_id: str, name: str, *,
                allow_identity: bool = False) -> Changes:
    project.unit(unit_id)
    name = check_unit_name(project, name, allow_identity=allow_identity,
                           except_id=unit_id)
    with project.file.transaction() as session:
        structure.set_unit(session, unit_id, name=name)
    return Changes(units=frozenset({unit_id}))


def move_unit(project: Project, unit_id: str, position: int) -> Changes:
    """Put a unit at `position` (0-based) in the project's order."""
    project.unit(unit_id)
    units = project.units()
    with project.file.transaction() as session:
        for moved_id, index in _new_positions(units, unit_id, position):
            structure.set_unit(session, moved_id, position=index)
    return Changes(units=frozenset(u.id for u in units))


def _new_positions(items: Sequence[Unit | CaseFile], moved_id: str, position: int
                   ) -> list[tuple[str, int]]:
    """(id, new position) of every item whose position changes when one moves."""
    moved = next(item for item in items if item.id == moved_id)
    order = [item for item in items if item.id != moved_id]
    order.insert(max(0, min(position, len(order))), moved)
    return [(item.id, index) for index, item in enumerate(order) if item.position != index]


def remove_unit(project: Project, unit_id: str, *, confirm: bool = False) -> Changes:
    """Remove a unit; one whose files hold answers needs `confirm=True`."""
    unit = project.unit(unit_id)
    files = project.case_files(unit_id)
    with project.file.reading() as session:
        answered = events.count_answers(session, [f.id for f in files])
    if answered and not confirm:
        raise UnconfirmedRemovalError(N_("{unit} holds {count} answers. Confirm to remove it "
                                         "with them."), unit=unit.name, count=answered)
    with project.file.transaction() as session:
        stamp = now()
        structure.set_unit(session, unit_id, removed_at=stamp)
        for case_file in files:
            structure.set_case_file(session, case_file.id, removed_at=stamp)
    return Changes(units=frozenset({unit_id}), case_files=frozenset(f.id for f in files))


def restore_unit(project: Project, unit_id: str) -> Changes:
    """Bring back a removed unit with its case files and answers (those removed with it);
    under "Name (2)" if a unit of its name was added since. It stays back when copies
    merge, unless a copy removes it again later."""
    if not any(r.unit_id == unit_id and r.case_file_id is None for r in project.removed()):
        raise OperationError(N_("That unit is not removed."))
    with project.file.transaction() as session:
        structure.restore_unit(session, unit_id)
    return Changes(units=frozenset({unit_id}),
                   case_files=frozenset(f.id for f in project.case_files(unit_id)))


def restore_case_file(project: Project, case_file_id: str) -> Changes:
    """Bring back a removed case file of a unit in the project, with its answers; under the
    next free number if its own was taken since."""
    found = [r for r in project.removed() if r.case_file_id == case_file_id]
    if not found:
        raise OperationError(N_("That case file is not removed, or its unit is: bring the "
                                "unit back."))
    with project.file.transaction() as session:
        structure.restore_case_file(session, case_file_id)
    return Changes(units=frozenset({found[0].unit_id}), case_files=frozenset({case_file_id}))


# -- case files ------------------------------------------------------------------------


MAX_CASE_FILES = 1000  # in a unit; the message below names the number


def _check_count(files: int) -> None:
    if not 0 <= files <= MAX_CASE_FILES:
        raise OperationError(N_("The number of case files must be between 0 and 1000."))


def add_case_files(project: Project, unit_id: str, count: int = 1) -> Changes:
    """Add `count` case files after the last, numbered on from the highest number used."""
    _check_count(count)
    files = project.case_files(project.unit(unit_id).id)
    numbers = [int(f.label) for f in files if f.label.isdigit()]
    start = max(numbers, default=0) + 1
    with project.file.transaction() as session:
        created = [structure.add_case_file(session, unit_id, str(start + i), len(files) + i)
                   for i in range(count)]
    return Changes(case_files=frozenset(f.id for f in created), units=frozenset({unit_id}))


def rename_case_file(project: Project, case_file_id: str, label: str, *,
                     allow_identity: bool = False) -> Changes:
    case_file = project.case_file(case_file_id)
    label = _clean(label)
    if not label:
        raise OperationError(N_("A case file needs a label."))
    privacy.check_text(_("The case file label"), label, allow=allow_identity)
    if any(f.label == label and f.id != case_file_id
           for f in project.case_files(case_file.unit_id)):
        raise OperationError(N_("The unit already has a case file {label}."), label=label)
    with project.file.transaction() as session:
        structure.set_case_file(session, case_file_id, label=label)
    return Changes(case_files=frozenset({case_file_id}))


def move_case_file(project: Project, case_file_id: str, position: int) -> Changes:
    files = project.case_files(project.case_file(case_file_id).unit_id)
    with project.file.transaction() as session:
        for moved_id, index in _new_positions(files, case_file_id, position):
            structure.set_case_file(session, moved_id, position=index)
    return Changes(case_files=frozenset(f.id for f in files))


def remove_case_file(project: Project, case_file_id: str, *, confirm: bool = False) -> Changes:
    case_file = project.case_file(case_file_id)
    with project.file.reading() as session:
        answered = events.count_answers(session, [case_file_id])
    if answered and not confirm:
        raise UnconfirmedRemovalError(N_("Case file {label} holds {count} answers. Confirm to "
                                         "remove it with them."), label=case_file.label,
                                      count=answered)
    with project.file.transaction() as session:
        structure.set_case_file(session, case_file_id, removed_at=now())
    return Changes(case_files=frozenset({case_file_id}), units=frozenset({case_file.unit_id}))


# -- the sample ------------------------------------------------------------------------


def draw_sample(project: Project, unit_name: str, info: DrawInfo, places: Sequence[Place],
                *, author: str, allow_identity: bool = False
                ) -> tuple[Unit, list[str], Changes]:
    """Record a drawn sample as the unit's case files 1..n in draw order, with how it was
    drawn (`info`, its unit left blank), in one transaction: into a new unit, or one of
    that name whose case files hold no answers (they are taken in order, relabelled 1..n,
    and those left over removed). Refused for a unit that holds answers or was drawn.
    Returns the unit and the ids of the case files drawn, in draw order."""
    author = check_author(author, allow_identity=allow_identity)
    check_draw_texts(info, allow_identity=allow_identity)
    _check_count(len(places))
    existing = check_sample_unit(project, unit_name, allow_identity=allow_identity)
    files = project.case_files(existing.id) if existing is not None else []
    with project.file.transaction() as session:
        unit = existing or structure.add_unit(session, _clean(unit_name))
        stamp = now()
        ids: list[str] = []
        for index in range(len(places)):
            label = str(index + 1)
            if index < len(files):
                case_file = files[index]
                if case_file.label != label or case_file.position != index:
                    structure.set_case_file(session, case_file.id, label=label,
                                            position=index)
            else:
                case_file = structure.add_case_file(session, unit.id, label, index)
            ids.append(case_file.id)
        for left_over in files[len(places):]:
            structure.set_case_file(session, left_over.id, removed_at=stamp)
        sampling.add_draw(session, replace(info, unit_id=unit.id, drawn_by=author,
                                           drawn_at=stamp))
        sampling.add_events(session, info.id, [
            SampleEvent(id=new_id(), kind="draw", case_file_id=case_file_id,
                        sequence=place.order.value, position=place.position,
                        stratum=place.stratum, author=author, at=stamp)
            for case_file_id, place in zip(ids, places, strict=True)])
    return unit, ids, Changes(units=frozenset({unit.id}),
                              case_files=frozenset(ids) | {f.id for f in files})


def check_sample_unit(project: Project, unit_name: str, *, allow_identity: bool = False
                      ) -> Unit | None:
    """The unit of that name a sample may be drawn into (None: a new one, and the name is
    valid); refused for a unit holding answers or drawn already."""
    existing = next((u for u in project.units()
                     if u.name.casefold() == _clean(unit_name).casefold()), None)
    if existing is None:
        check_unit_name(project, unit_name, allow_identity=allow_identity)
        return None
    files = project.case_files(existing.id)
    with project.file.reading() as session:
        answered = events.count_answers(session, [f.id for f in files])
        drawn = sampling.draw_of_unit(session, existing.id)
    if answered:
        raise SamplingError(N_("{unit} already holds answers; a sample is drawn only into a "
                               "new unit or one whose case files hold none."),
                            unit=existing.name)
    if drawn is not None:
        raise SamplingError(N_("The sample of {unit} was drawn already ({when}); extend it or "
                               "replace a case file instead of drawing again."),
                            unit=existing.name, when=local_time(drawn.draw.drawn_at))
    return existing


def check_draw_texts(info: DrawInfo, *, allow_identity: bool = False) -> None:
    """What a draw stores of the population is names (file, sheet, columns, strata) and a
    seed: none of them may hold a personnummer (a case identifier is never stored)."""
    for field, text in ((_("The population's file name"), info.source_name),
                        (_("The sheet's name"), info.sheet),
                        (_("A column's name"), " / ".join((info.identifier_column,
                                                           info.stratum_column,
                                                           info.date_column,
                                                           *info.kept_columns))),
                        (_("A stratum's name"), " / ".join(s.name for s in info.strata)),
                        (_("The seed"), info.seed)):
        privacy.check_text(field, text, allow=allow_identity)


def extend_sample(project: Project, unit_id: str, places: Sequence[Place], *, author: str,
                  allow_identity: bool = False) -> tuple[list[str], Changes]:
    """Add drawn case files after the unit's last, numbered on; recorded as an extension."""
    author = check_author(author, allow_identity=allow_identity)
    stored = _stored_draw(project, unit_id)
    files = project.case_files(unit_id)
    _check_count(len(files) + len(places))
    numbers = [int(f.label) for f in files if f.label.isdigit()]
    start = max(numbers, default=0) + 1
    with project.file.transaction() as session:
        stamp = now()
        created = [structure.add_case_file(session, unit_id, str(start + i), len(files) + i)
                   for i in range(len(places))]
        sampling.add_events(session, stored.draw.id, [
            SampleEvent(id=new_id(), kind="extend", case_file_id=case_file.id,
                        sequence=place.order.value, position=place.position,
                        stratum=place.stratum, author=author, at=stamp)
            for case_file, place in zip(created, places, strict=True)])
    ids = [f.id for f in created]
    return ids, Changes(units=frozenset({unit_id}), case_files=frozenset(ids))


def replace_in_sample(project: Project, case_file_id: str, place: Place, reason: str, *,
                      author: str, allow_identity: bool = False, confirm: bool = False
                      ) -> tuple[str, Changes]:
    """Put the next case of the draw's order in the place of a drawn case file found out of
    scope: the case file is removed (its history stays) and a new one takes its number and
    place; the reason is recorded. One holding answers needs `confirm=True`."""
    author = check_author(author, allow_identity=allow_identity)
    reason = check_replacement(project, case_file_id, reason, allow_identity=allow_identity,
                               confirm=confirm)
    case_file = project.case_file(case_file_id)
    stored = _stored_draw(project, case_file.unit_id)
    with project.file.transaction() as session:
        stamp = now()
        structure.set_case_file(session, case_file_id, removed_at=stamp)
        new = structure.add_case_file(session, case_file.unit_id, case_file.label,
                                      case_file.position)
        sampling.add_events(session, stored.draw.id, [SampleEvent(
            id=new_id(), kind="replace", case_file_id=new.id, sequence=place.order.value,
            position=place.position, stratum=place.stratum, replaces=case_file_id,
            reason=reason, author=author, at=stamp)])
    return new.id, Changes(units=frozenset({case_file.unit_id}),
                           case_files=frozenset({case_file_id, new.id}))


def check_replacement(project: Project, case_file_id: str, reason: str, *,
                      allow_identity: bool = False, confirm: bool = False) -> str:
    """The cleaned reason, if the case file may be replaced: drawn by the tool, not signed
    off, holding no answers unless confirmed, and a reason given."""
    case_file = project.case_file(case_file_id)
    stored = _stored_draw(project, case_file.unit_id)
    reason = _clean(reason)
    if not reason:
        raise SamplingError(N_("Say why the case file is replaced (the reason is part of the "
                               "sampling record)."))
    privacy.check_text(_("The reason"), reason, allow=allow_identity)
    _check_not_signed_off(case_file)
    if not any(e.case_file_id == case_file_id and not e.removed for e in stored.events):
        raise SamplingError(N_("Case file {label} was not drawn by the tool; only a drawn case "
                               "file is replaced by the next in the draw's order."),
                            label=case_file.label)
    with project.file.reading() as session:
        answered = events.count_answers(session, [case_file_id])
    if answered and not confirm:
        raise UnconfirmedRemovalError(N_("Case file {label} holds answers ({count}); replaced, "
                                         "it leaves the review with them (its history keeps "
                                         "them). Confirm to replace it."),
                                      label=case_file.label, count=answered)
    return reason


def _stored_draw(project: Project, unit_id: str) -> StoredDraw:
    unit = project.unit(unit_id)
    with project.file.reading() as session:
        stored = sampling.draw_of_unit(session, unit_id)
    if stored is None:
        raise SamplingError(N_("The sample of {unit} was not drawn by the tool, so it cannot "
                               "be extended or replaced from a population."), unit=unit.name)
    return stored


# -- answers ---------------------------------------------------------------------------


def _check_not_signed_off(case_file: CaseFile) -> None:
    if case_file.is_signed_off:
        raise OperationError(N_("Case file {label} is signed off by {by} and locked. Reopen it "
                                "to change it."), label=case_file.label,
                             by=case_file.signed_off_by)


def set_answer(project: Project, case_file_id: str, question_key: str, code: Code | None, *,
               author: str, reason: str | None = None, placement: Placement | None = None,
               note: str | None = None, allow_identity: bool = False) -> Changes:
    """Set one cell's answer; `None` for reason, placement or note keeps what it was.

    A reason only belongs to Eb and Et: answering Ja, Nej or clearing drops it unless one is
    given. An Eb/Et without a reason is stored at once and flagged as missing its reason.
    """

    def merged(before: Answer) -> Answer:
        kept_reason = before.reason if code is not None and code.needs_reason else ""
        return Answer(code=code, reason=(kept_reason if reason is None else reason).strip(),
                      placement=before.placement if placement is None else placement,
                      note=(before.note if note is None else note).strip())

    return _write_cell(project, case_file_id, question_key, merged, author, allow_identity)


def write_answer(project: Project, case_file_id: str, question_key: str, answer: Answer, *,
                 author: str, allow_identity: bool = False) -> Changes:
    """Replace one cell with `answer` as a whole (what undo replays)."""
    return _write_cell(project, case_file_id, question_key, lambda _before: answer, author,
                       allow_identity)


def resolve_conflict(project: Project, case_file_id: str, question_key: str,
                     answer: Answer, *, author: str, allow_identity: bool = False) -> Changes:
    """Decide a conflict: `answer` (one side's, or a new one) replaces every side of it,
    and the decision is recorded in the cell's history like any change."""
    with project.file.reading() as session:
        head = events.before_change(session, case_file_id, question_key, ()).heads.get(
            question_key)
    if head is None or not head.conflict:
        raise OperationError(N_("Question {key} of this case file has no conflict to decide."),
                             key=printed_key_of(project.template, question_key))
    return _write_cell(project, case_file_id, question_key, lambda _before: answer, author,
                       allow_identity, deciding=True)


def _write_cell(project: Project, case_file_id: str, question_key: str,
                make: Callable[[Answer], Answer], author: str, allow_identity: bool, *,
                deciding: bool = False) -> Changes:
    """Write one cell. Any change of a cell in conflict decides it: the new event replaces
    every side, so the cell is whole again (a derived cell only through `deciding`)."""
    try:
        question = project.template.question(question_key)
    except KeyError:
        raise OperationError(N_("The template has no question {key}."),
                             key=question_key) from None
    author = check_author(author, allow_identity=allow_identity)
    with project.file.transaction() as session:
        cell = events.before_change(session, case_file_id, question_key,
                                    ancestors(project.template, question_key))
        if cell.case_file is None:
            raise OperationError(N_("There is no such case file in this project."))
        _check_not_signed_off(cell.case_file)
        heads = cell.heads
        if not deciding and is_derived(project.template, question_key,
                                       {k: h.event.answer.code for k, h in heads.items()}):
            raise OperationError(
                N_("Question {key} applies only when question {parent} is Ja; it reads Et "
                   "and cannot be set here."), key=question.printed_key,
                parent=printed_key_of(project.template, question.parent))
        previous = heads.get(question_key)
        before = previous.event.answer if previous else UNANSWERED
        answer = make(before)
        privacy.check_text(_("The reason"), answer.reason, allow=allow_identity)
        privacy.check_text(_("The note"), answer.note, allow=allow_identity)
        in_conflict = previous is not None and previous.conflict
        if before == answer and not in_conflict:
            return Changes()
        # Every side the cell has replaced at once: of a conflict, or of copies that set the
        # same value (no conflict, but two events nothing replaced until now).
        events.append_event(session, case_file_id, question_key, answer, author,
                            replaces=previous.event.id if previous else None,
                            also_replaces=cell.other_sides)
    derived: frozenset[tuple[str, str]] = frozenset()
    if (before.code is Code.JA) != (answer.code is Code.JA):
        derived = frozenset((case_file_id, k)
                            for k in descendants(project.template, question_key))
    return Changes(case_files=frozenset({case_file_id}),
                   cells=(CellChange(case_file_id, question_key, before, answer),),
                   derived_cells=derived)


# -- status and sign-off ---------------------------------------------------------------


def sign_off(project: Project, case_file_id: str, *, by: str,
             allow_identity: bool = False) -> Changes:
    """A second auditor's review of a complete file; it locks the file until reopened."""
    sheet = read_case_file(project, case_file_id)
    _check_not_signed_off(sheet.case_file)
    by = _clean(by)
    if not by:
        raise OperationError(N_("Sign-off needs the name of the auditor who reviewed the file."))
    privacy.check_text(_("The name"), by, allow=allow_identity)
    progress = sheet.progress
    if progress.status is not FileStatus.COMPLETE:
        raise OperationError(
            N_("Case file {label} is not complete ({done} of {applicable} questions done); "
               "only a complete file can be signed off."), label=sheet.case_file.label,
            done=progress.done, applicable=progress.applicable)
    with project.file.transaction() as session:
        structure.set_case_file(session, case_file_id, signed_off_by=by, signed_off_at=now())
    return Changes(case_files=frozenset({case_file_id}))


def reopen(project: Project, case_file_id: str) -> Changes:
    case_file = project.case_file(case_file_id)
    if not case_file.is_signed_off:
        return Changes()
    with project.file.transaction() as session:
        structure.set_case_file(session, case_file_id, signed_off_by=None, signed_off_at=None)
    return Changes(case_files=frozenset({case_file_id}))


# -- copies from colleagues ------------------------------------------------------------


def adopt_copy(copy: Path, package: PackageInfo) -> None:
    """Make a package's project copy (checked whole: `exchange.open_payload`) a project of
    its own, before it takes its place: a copy id of its own, and the package logged as
    the one it was made from."""
    copies.adopt(copy, package)


def merge_copy(project: Project, copy: Path, package: PackageInfo, *,
               keep_backups: int) -> tuple[copies.MergeCounts, Path | None]:
    """Merge a colleague's project copy (checked whole: `exchange.open_payload`) into
    `project` in one transaction, after a backup: what it changed, and the backup.
    Nothing is written when the copy brings nothing new."""
    project.file.check_writable()  # the merge writes through a connection of its own
    backup = make_backup(project.path, project.info.id, keep_backups)
    counts = copies.merge_copy(project.path, copy, package)
    project.reload_info()
    return counts, backup


# -- the template ----------------------------------------------------------------------


@dataclass(frozen=True)
class TemplatePreview:
    """What a change of the template will do, said before it is made."""

    reopened: int  # complete case files that will be in progress again
    completed: int  # case files in progress that will be complete
    answers_hidden: int  # answers of the questions it removes (they stay in the history)


class Keep(enum.Enum):
    KEEP = "keep"


KEEP = Keep.KEEP  # an argument of `edit_question` left as it is


def _planned(project: Project, new_template: Template, *, allow_identity: bool
             ) -> tuple[dict[str, QuestionState], template_diff.Planned,
                        list[QuestionState]]:
    """The states a change records, checked: every problem of the template it makes (named
    by the numbers the auditor sees) refuses it with TemplateError, a text that looks like
    a personnummer with PrivacyError; nothing is written either way."""
    source = _("the project's template")
    given = [q.key for q in new_template.questions if q.key]
    twice = sorted({key for key in given if given.count(key) > 1})
    if twice:
        raise TemplateError(source, [_("the key {key} is used twice", key=key)
                                     for key in twice])
    states = project.template_states()
    planned = template_diff.plan(project.template, states, new_template)
    changed = {s.key for s in planned.states}
    result = template_diff.after(states, planned, {
        q.key for q in project.template.questions
        if q.parent != states[q.key].parent and q.key not in changed})
    if not result:
        raise TemplateError(source, [_("the template has no questions")])
    printed = template_diff.as_printed(result)
    where = {s.key: i for i, s in enumerate(result)}
    problems = [p.message for p in template_problems(
                    Template(name=project.template.name, questions=tuple(printed)),
                    allow_identity=True)
                # A number printed twice matters where this change puts it; one left by
                # merged copies does not stop other changes.
                if p.field != "key" or p.index is None or result[p.index].key in changed]
    if problems:
        raise TemplateError(source, problems)
    for state in planned.states:
        before = states.get(state.key)
        if state.removed:
            continue
        shown = printed[where[state.key]].key
        for name, field in ((_("The text of question {key}", key=shown), "text"),
                            (_("The criterion of question {key}", key=shown), "footnote"),
                            (_("The finding of question {key}", key=shown), "finding"),
                            (_("The number of question {key}", key=shown), "label")):
            value = getattr(state, field)
            if value and (before is None or getattr(before, field) != value):
                privacy.check_text(name, value, allow=allow_identity)
    return states, planned, result


def template_change_preview(project: Project, new_template: Template) -> TemplatePreview:
    """What changing the template to `new_template` would do to the case files: how many
    complete ones are in progress again (a question added), how many are complete (one
    removed), and how many answers the removed questions hold. Refuses what
    `change_template` refuses."""
    from reviewer.summary import status_counts_by_file

    _states, planned, result = _planned(project, new_template, allow_identity=True)
    stamp = now()
    old = {q.key: q for q in project.template.questions}
    after = Template(name=project.template.name, questions=tuple(
        Question(key=s.key, text=s.text, parent=s.parent,
                 added_at=old[s.key].added_at if s.key in old else stamp) for s in result))
    before, later = status_counts_by_file(project, project.template, after)
    with project.file.reading() as session:
        hidden = template_log.answers_held(session, [s.key for s in planned.states
                                                     if s.removed])
    complete = FileStatus.COMPLETE
    return TemplatePreview(
        reopened=sum(b is complete and a is not complete for b, a in zip(before, later,
                                                                         strict=True)),
        completed=sum(a is complete and b is not complete for b, a in zip(before, later,
                                                                          strict=True)),
        answers_hidden=hidden)


def change_template(project: Project, new_template: Template, *, author: str,
                    allow_identity: bool = False) -> Changes:
    """Change the project's template to `new_template` during the review: every question
    added, reworded (text, criterion, finding), made a sub-question or taken out, moved,
    renumbered, removed or brought back is recorded as the question's new state, all in one
    transaction (see `template_diff` for how keys, order and numbers are read). A question
    removed keeps its answers in the history; brought back (its key given again) it shows
    them again. A change of a question in conflict decides it. Nothing is written when the
    template is refused (TemplateError) or unchanged."""
    author = check_author(author, allow_identity=allow_identity)
    _states, planned, _result = _planned(project, new_template, allow_identity=allow_identity)
    if not planned.states:
        return Changes()
    with project.file.transaction() as session:
        heads = template_log.current(session)
        writes = []
        for state in planned.states:
            head = heads.get(state.key)
            head_id = head[0].id if head else None
            writes.append((state, head_id, template_log.other_sides(session, state.key, head_id)
                           if head_id else ()))
        template_log.record(session, writes, author)
    project.reload_info()
    return Changes(project=True, questions=planned.changed)


def _known(template: Template, key: str | None) -> None:
    if key is not None and key not in template.keys:
        raise OperationError(N_("The template has no question {key}."), key=key)


def add_question(project: Project, text: str, *, author: str, after: str | None = None,
                 parent: str | None = None, first: bool = False, footnote: str | None = None,
                 finding: str | None = None, label: str | None = None,
                 allow_identity: bool = False) -> tuple[str, Changes]:
    """Add a question: after the question `after` (and its sub-questions, unless it is the
    new one's parent), first, or else last (under `parent`: last of its sub-questions).
    Every case file has it unanswered, so complete files are in progress again; a file
    signed off has it "not assessed". Its key (returned) is new; `label` is the printed
    number the auditor typed, else it is numbered automatically."""
    template = project.template
    _known(template, after)
    _known(template, parent)
    text = _clean(text)
    if not text:
        raise OperationError(N_("A question needs a text."))
    key = new_key()
    question = Question(key=key, text=text, footnote=_clean(footnote or "") or None,
                        finding=_clean(finding or "") or None, parent=parent,
                        label=_clean(label or "") or None)
    if first:
        where = None
    elif after is not None:
        where = after
    else:
        where = (template_diff.block(template, parent)[-1].key if parent is not None
                 else template.questions[-1].key if template.questions else None)
    questions = template_diff.insert_at(template.questions, [question], where,
                                        parent if after is not None else None)
    changes = change_template(project, Template(name=template.name, questions=questions),
                              author=author, allow_identity=allow_identity)
    return key, changes


def edit_question(project: Project, key: str, *, author: str, text: str | None = None,
                  footnote: str | None = None, finding: str | None = None,
                  parent: str | Keep | None = KEEP, label: str | Keep | None = KEEP,
                  allow_identity: bool = False) -> Changes:
    """Reword a question (None keeps a text; an empty criterion or finding removes it),
    make it a sub-question of `parent` (it moves, with its own sub-questions, to the end of
    the parent's) or take it out (`parent=None`: it moves after its former parent's), or
    give it a printed number of its own (`label`; None: automatic)."""
    template = project.template
    _known(template, key)
    question = template.question(key)
    if text is not None and not _clean(text):
        raise OperationError(N_("A question needs a text."))
    changed = replace(
        question, text=_clean(text) if text is not None else question.text,
        footnote=question.footnote if footnote is None else _clean(footnote) or None,
        finding=question.finding if finding is None else _clean(finding) or None,
        label=question.label if isinstance(label, Keep) else _clean(label or "") or None)
    questions = tuple(changed if q.key == key else q for q in template.questions)
    if not isinstance(parent, Keep) and parent != question.parent:
        _known(template, parent)
        moved = template_diff.block(template, key)
        if parent in {q.key for q in moved}:
            raise OperationError(N_("Question {key} cannot be placed under itself or its own "
                                    "sub-question."), key=question.printed_key)
        rest = [q for q in questions if q.key not in {m.key for m in moved}]
        moved = [replace(changed, parent=parent), *(
            q for q in moved if q.key != key)]
        questions = template_diff.insert_at(rest, moved, parent or question.parent, None)
    if label is None:  # numbered automatically: the number it gets where it is
        own = {k: state.label for k, state in project.template_states().items()}
        numbers = printed_keys(questions, lambda q, _number: None if q.key == key else
                               own.get(q.key))
        questions = tuple(replace(q, label=number) if q.key == key else q
                          for q, number in zip(questions, numbers, strict=True))
    return change_template(project, Template(name=template.name, questions=questions),
                           author=author, allow_identity=allow_identity)


def move_question(project: Project, key: str, *, author: str,
                  after: str | None = None) -> Changes:
    """Move a question with its sub-questions: after the question `after` (right after it
    when it is the question's parent, else after its sub-questions too), or first (None).
    A sub-question cannot go before its parent."""
    template = project.template
    _known(template, key)
    _known(template, after)
    moved = template_diff.block(template, key)
    if after in {q.key for q in moved}:
        raise OperationError(N_("Question {key} cannot be moved after itself or its own "
                                "sub-question."), key=template.question(key).printed_key)
    rest = [q for q in template.questions if q.key not in {m.key for m in moved}]
    questions = template_diff.insert_at(rest, moved, after, template.question(key).parent)
    return change_template(project, Template(name=template.name, questions=questions),
                           author=author)


def question_answers(project: Project, key: str) -> int:
    """How many answers a question and its sub-questions hold in the project's case files:
    what removing it asks to confirm."""
    _known(project.template, key)
    with project.file.reading() as session:
        return template_log.answers_held(
            session, [key, *descendants(project.template, key)])


def remove_question(project: Project, key: str, *, author: str,
                    confirm: bool = False) -> Changes:
    """Remove a question with its sub-questions from the template; their answers stay in the
    history (and come back if it is brought back). One that holds answers needs
    `confirm=True`."""
    template = project.template
    held = question_answers(project, key)
    if held and not confirm:
        raise UnconfirmedQuestionRemovalError(
            N_("Question {key} and its sub-questions hold {count} answers. They stay in the "
               "history; confirm to remove them.") if descendants(template, key) else
            N_("Question {key} holds {count} answers. They stay in the history; confirm to "
               "remove it."), key=template.question(key).printed_key, count=held)
    gone = {q.key for q in template_diff.block(template, key)}
    return change_template(project, Template(name=template.name, questions=tuple(
        q for q in template.questions if q.key not in gone)), author=author)


def resolve_template_conflict(project: Project, key: str, state: QuestionState, *,
                              author: str, allow_identity: bool = False) -> Changes:
    """Decide a question two copies changed apart: `state` (one side's) replaces every
    side, recorded in the template's history like any change."""
    author = check_author(author, allow_identity=allow_identity)
    with project.file.reading() as session:
        head = template_log.current(session).get(key)
    if head is None or not head[1]:
        raise OperationError(N_("Question {key} of the template has no conflict to decide."),
                             key=printed_key_of(project.template, key))
    with project.file.transaction() as session:
        template_log.record(session, [(replace(state, key=key), head[0].id,
                                       template_log.other_sides(session, key, head[0].id))],
                            author)
    project.reload_info()
    return Changes(project=True, questions=frozenset({key}))
