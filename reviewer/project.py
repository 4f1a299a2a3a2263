"""A project (granskning) opened from its file: the read side of the domain.

Changes go through `reviewer.review`; this class answers what the project holds now.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from types import TracebackType

from sqlmodel import Session

from reviewer.errors import OperationError
from reviewer.i18n import N_
from reviewer.model import (
    AnswerEvent,
    CaseFile,
    Cell,
    Conflict,
    Convention,
    PackageInfo,
    ProjectInfo,
    QuestionState,
    Removed,
    Template,
    TemplateConflict,
    TemplateEvent,
    Unit,
)

# FileProgress and file_progress are imported from here by the navigator and the stepping
# form until they read `reviewer.rules.sheet.read_case_file`.
from reviewer.rules.cells import FileProgress, case_file_sheet, cells_as_read, file_progress
from reviewer.rules.sheet import cells_of_heads
from reviewer.store import events, structure, template_log
from reviewer.store.database import ProjectFile, create_project_file, new_id, open_project_file
from reviewer.store.lock import set_holder_name


def identify_user(name: str | None) -> None:
    """Who works in this program: a second writer of a project this process holds is told
    this name (else the login name)."""
    set_holder_name(name)


class Project:
    def __init__(self, file: ProjectFile) -> None:
        self.file = file
        with file.reading() as session:
            self.info: ProjectInfo = structure.read_info(session)
            self.template: Template = structure.read_template(session)

    # -- opening and closing -----------------------------------------------------------

    @classmethod
    def create(cls, path: Path, *, title: str, template: Template, organisation: str = "",
               firm: str = "", period: str = "", convention: Convention = Convention.ALL,
               first_footnote: int = 1, is_example: bool = False,
               units: Sequence[tuple[str, int]] = ()) -> Project:
        """Create the file with its units (name, number of case files), all or nothing.

        Callers go through `review.create_project`, which checks text."""
        info = ProjectInfo(id=new_id(), title=title, organisation=organisation, firm=firm,
                           period=period, convention=convention, first_footnote=first_footnote,
                           is_example=is_example)

        def seed(session: Session) -> None:
            structure.seed_project(session, info, template)
            for name, files in units:
                structure.add_unit_with_files(session, name, files)

        return cls._reading(create_project_file(path, seed))

    @classmethod
    def open(cls, path: Path, *, readonly: bool = False) -> Project:
        return cls._reading(open_project_file(Path(path), readonly=readonly))

    @classmethod
    def _reading(cls, file: ProjectFile) -> Project:
        try:
            return cls(file)
        except BaseException:
            file.close()  # a failed open holds no lock and leaves nothing behind
            raise

    @property
    def path(self) -> Path:
        return self.file.path

    def close(self) -> None:
        self.file.close()

    def __enter__(self) -> Project:
        return self

    def __exit__(self, kind: type[BaseException] | None, value: BaseException | None,
                 traceback: TracebackType | None) -> None:
        self.close()

    def reload_info(self) -> None:
        """Read the project's details and its template again (after a change or a merge)."""
        with self.file.reading() as session:
            self.info = structure.read_info(session)
            self.template = structure.read_template(session)

    # -- units and case files ----------------------------------------------------------

    def units(self) -> list[Unit]:
        with self.file.reading() as session:
            return structure.list_units(session)

    def unit(self, unit_id: str) -> Unit:
        with self.file.reading() as session:
            unit = structure.get_unit(session, unit_id)
        if unit is None:
            raise OperationError(N_("There is no such unit in this project."))
        return unit

    def unit_by_name(self, name: str) -> Unit:
        wanted = " ".join(name.split()).casefold()
        for unit in self.units():
            if unit.name.casefold() == wanted:
                return unit
        raise OperationError(N_("The project has no unit named {name}. Its units: {units}."),
                             name=name, units=", ".join(u.name for u in self.units()) or "–")

    def case_files(self, unit_id: str) -> list[CaseFile]:
        with self.file.reading() as session:
            return structure.list_case_files(session, unit_id)

    def case_files_by_unit(self) -> dict[str, list[CaseFile]]:
        """Every case file of the project by unit id, in order (one query)."""
        by_unit: dict[str, list[CaseFile]] = {}
        with self.file.reading() as session:
            for case_file in structure.list_case_files(session):
                by_unit.setdefault(case_file.unit_id, []).append(case_file)
        return by_unit

    def case_file_places(self) -> dict[str, tuple[str, str]]:
        """(unit name, case file label) of every case file, by id: where it is, in words."""
        names = {u.id: u.name for u in self.units()}
        return {f.id: (names[unit_id], f.label)
                for unit_id, files in self.case_files_by_unit().items() if unit_id in names
                for f in files}

    def removed(self) -> list[Removed]:
        """What can be brought back: removed units, then removed case files of units in
        the project, each latest removed first."""
        with self.file.reading() as session:
            return structure.removed(session)

    def removed_unit_by_name(self, name: str) -> Removed:
        """The removed unit of that name (the one removed last, if several were)."""
        wanted = " ".join(name.split()).casefold()
        units = [r for r in self.removed() if r.case_file_id is None]
        for unit in units:
            if unit.unit_name.casefold() == wanted:
                return unit
        raise OperationError(N_("The project has no removed unit named {name}. Removed units: "
                                "{units}."), name=name,
                             units=", ".join(u.unit_name for u in units) or "–")

    def has_case_file(self, case_file_id: str) -> bool:
        """Whether the case file is in the project (not removed)."""
        with self.file.reading() as session:
            return structure.get_case_file(session, case_file_id) is not None

    def case_file(self, case_file_id: str) -> CaseFile:
        with self.file.reading() as session:
            case_file = structure.get_case_file(session, case_file_id)
        if case_file is None:
            raise OperationError(N_("There is no such case file in this project."))
        return case_file

    def case_file_by_label(self, unit_id: str, label: str) -> CaseFile:
        files = self.case_files(unit_id)
        for case_file in files:
            if case_file.label == label.strip():
                return case_file
        raise OperationError(N_("{unit} has no case file {label} (it has {labels})."),
                             unit=self.unit(unit_id).name, label=label,
                             labels=", ".join(f.label for f in files) or "–")

    # -- answers -----------------------------------------------------------------------

    def stored_cells(self, case_file_id: str) -> dict[str, Cell]:
        with self.file.reading() as session:
            heads = events.current_events(session, case_file_id)
        return cells_of_heads(heads)

    def cells(self, case_file_id: str) -> dict[str, Cell]:
        """Every question's cell of a case file as it reads, derived Et (and not assessed)
        included."""
        with self.file.reading() as session:
            case_file, heads = events.case_file_events(session, case_file_id)
        return cells_as_read(self.template, cells_of_heads(heads),
                             None if case_file is None else case_file.signed_off_at)

    def history(self, case_file_id: str, question_key: str) -> list[AnswerEvent]:
        """Every change of a cell, oldest first (decisions name the sides they replaced)."""
        with self.file.reading() as session:
            return events.history(session, case_file_id, question_key)

    def packages(self) -> dict[str, PackageInfo]:
        """The exchange packages that brought events into this file, by id."""
        with self.file.reading() as session:
            return events.packages(session)

    def conflicts(self) -> list[Conflict]:
        """Every cell two copies changed apart, in the project's order, with its sides."""
        with self.file.reading() as session:
            return [Conflict(case_file_id, key, tuple(sides))
                    for case_file_id, key, sides in events.conflicts(session)]

    def template_conflicts(self) -> list[TemplateConflict]:
        """Every question of the template two copies changed apart, with its sides."""
        with self.file.reading() as session:
            return template_log.conflicts(session)

    def template_history(self, question_key: str | None = None) -> list[TemplateEvent]:
        """Every change of a question of the template (of all, without a key), oldest
        first; a removed question's too."""
        with self.file.reading() as session:
            return template_log.history(session, question_key)

    def template_states(self) -> dict[str, QuestionState]:
        """Every question's current state in the template, removed questions' too, by key."""
        with self.file.reading() as session:
            return {key: event.state for key, (event, _c) in
                    template_log.current(session).items()}

    def progress(self, case_file: CaseFile) -> FileProgress:
        return file_progress(case_file, self.cells(case_file.id))

    def unit_progress(self, unit_id: str) -> list[FileProgress]:
        """Every case file of a unit with its progress (one query for them all), by the
        scalar rules: no numpy while the navigator first paints."""
        with self.file.reading() as session:
            files = structure.list_case_files(session, unit_id)
            heads = events.current_events_of_unit(session, unit_id)
        return [case_file_sheet(self.template, f, cells_of_heads(heads.get(f.id, {}))).progress
                for f in files]

    def reasons_used(self, question_key: str) -> list[str]:
        """Reasons already written for a question in this project, most used first."""
        with self.file.reading() as session:
            return events.reasons_for_question(session, question_key)

