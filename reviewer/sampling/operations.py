"""Drawing, extending and replacing a unit's sample: the population read, the draw made,
the result recorded through `reviewer.review`, and the identifying values of each drawn
case file handed to the key list (`Keep`) and never stored anywhere else.

Extending and replacing read the population again (the file named anew): its SHA-256 must
be the one recorded, so that no identifier need be kept outside the key list.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from reviewer import review
from reviewer.errors import SamplingError
from reviewer.i18n import N_
from reviewer.keylist import Values, checked_values
from reviewer.model import Changes, Unit
from reviewer.project import Project
from reviewer.sampling.draw import (
    GENERATOR,
    Drawn,
    DrawPlan,
    Method,
    Order,
    Place,
    check_seed,
    draw,
    following,
    locate,
)
from reviewer.sampling.model import DrawInfo, StoredDraw, StratumCount
from reviewer.sampling.population import Population, PopulationSpec, read_population
from reviewer.store import sampling as stored_sampling
from reviewer.store.database import new_id

# What the key list is handed, per drawn case file in draw order: its id and the kept
# values of its population row (the identifier first). See `reviewer.keylist.store_drawn`.
KeyEntries = list[tuple[str, dict[str, str]]]
Keep = Callable[[KeyEntries], None]
# Called once every check has passed and before anything is written: the key list is
# unlocked there, so that a wrong password refuses the draw before it is made.
Prepare = Callable[[], None]


@dataclass(frozen=True)
class Outcome:
    unit: Unit
    case_files: list[tuple[str, str]]  # (case file id, its number), in draw order
    changes: Changes
    draw: DrawInfo


def draw_into_unit(project: Project, unit_name: str, spec: PopulationSpec, plan: DrawPlan,
                   *, seed_typed: bool, author: str, allow_identity: bool = False,
                   keep: Keep | None = None, prepare: Prepare | None = None) -> Outcome:
    """Read the population, draw, and record the sample as the unit's case files."""
    # The unit's refusals first, before a large population is read for nothing.
    review.check_sample_unit(project, unit_name, allow_identity=allow_identity)
    population = read_population(spec)
    result = draw(population, plan)
    allocation = ""
    if plan.method is Method.STRATIFIED:
        allocation = ("proportional" if plan.proportional else
                      "per_stratum" if plan.per_stratum is not None else "named")
    info = DrawInfo(
        id=new_id(), unit_id="", method=plan.method.value, allocation=allocation,
        seed=check_seed(plan.seed), seed_typed=seed_typed, generator=GENERATOR,
        size=result.size,
        source_name=population.source_name, source_sha256=population.sha256,
        sheet=population.sheet, identifier_column=population.identifier_column,
        stratum_column=population.stratum_column, date_column=population.date_column,
        period_from=_day(population.period_from), period_to=_day(population.period_to),
        rows_read=population.rows_read, rows_used=population.rows_used,
        excluded={reason.value: count for reason, count in population.excluded.items()},
        kept_columns=population.kept_columns, drawn_by=author, drawn_at="",
        strata=tuple(StratumCount(s.name, s.population, s.quota) for s in result.strata))
    review.check_author(author, allow_identity=allow_identity)
    review.check_draw_texts(info, allow_identity=allow_identity)
    kept = _kept(keep, population, result.drawn)
    if prepare is not None:
        prepare()
    unit, ids, changes = review.draw_sample(project, unit_name, info,
                                            [d.place for d in result.drawn], author=author,
                                            allow_identity=allow_identity)
    _hand_over(keep, ids, kept)
    labels = {f.id: f.label for f in project.case_files(unit.id)}
    return Outcome(unit, [(i, labels[i]) for i in ids], changes,
                   stored_draw(project, unit.id).draw)


def extend_unit(project: Project, unit_id: str, path: Path, by: int, *,
                stratum: str | None = None, author: str, allow_identity: bool = False,
                keep: Keep | None = None, prepare: Prepare | None = None
                ) -> list[tuple[str, str]]:
    """Draw `by` more case files, the next in the draw's order (in a stratified draw, from
    `stratum`); numbered after the unit's last. (case file id, number) of each."""
    if by < 1:
        raise SamplingError(N_("Extend by 1 or more case files."))
    stored = stored_draw(project, unit_id)
    population = population_again(stored, path)
    info = stored.draw
    method = Method(info.method)
    if method is Method.STRATIFIED and stratum is not None:
        stratum = _stratum_named(info, stratum)
    new = following(population, method, info.seed, info.size, _places(stored), by,
                    stratum=stratum if method is Method.STRATIFIED else None)
    review.check_author(author, allow_identity=allow_identity)
    kept = _kept(keep, population, new)
    if prepare is not None:
        prepare()
    ids, _changes = review.extend_sample(project, unit_id, [d.place for d in new],
                                         author=author, allow_identity=allow_identity)
    _hand_over(keep, ids, kept)
    labels = {f.id: f.label for f in project.case_files(unit_id)}
    return [(i, labels[i]) for i in ids]


def replace_file(project: Project, unit_id: str, label: str, reason: str, path: Path, *,
                 author: str, allow_identity: bool = False, confirm: bool = False,
                 keep: Keep | None = None, prepare: Prepare | None = None
                 ) -> tuple[str, str]:
    """Replace drawn case file `label` by the next case in its order, with the reason.
    (The new case file's id, its number.)"""
    case_file = project.case_file_by_label(unit_id, label)
    stored = stored_draw(project, unit_id)
    review.check_author(author, allow_identity=allow_identity)
    review.check_replacement(project, case_file.id, reason, allow_identity=allow_identity,
                             confirm=confirm)
    event = next(e for e in stored.events if e.case_file_id == case_file.id and not e.removed)
    population = population_again(stored, path)
    info = stored.draw
    method = Method(info.method)
    stratum = event.stratum if method is Method.STRATIFIED else None
    new = following(population, method, info.seed, info.size, _places(stored), 1,
                    stratum=stratum)
    kept = _kept(keep, population, new)
    if prepare is not None:
        prepare()
    new_id_, _changes = review.replace_in_sample(
        project, case_file.id, new[0].place, reason, author=author,
        allow_identity=allow_identity, confirm=confirm)
    _hand_over(keep, [new_id_], kept)
    return new_id_, project.case_file(new_id_).label


def key_entries(project: Project, unit_id: str, path: Path) -> KeyEntries:
    """The key list's entries of every case file now drawn in the unit, recomputed from the
    population file (its SHA-256 checked): a key lost or never kept can be made again."""
    stored = draw_of_unit(project, unit_id)
    if stored is None:
        raise SamplingError(N_("The sample of {unit} was not drawn by the tool, so its key "
                               "cannot be made again from a list; type each case in "
                               "instead."), unit=project.unit(unit_id).name)
    population = population_again(stored, path)
    current = [e for e in stored.events if not e.removed]
    info = stored.draw
    rows = locate(population, Method(info.method), info.seed, info.size,
                  [Place(Order(e.sequence), e.position, e.stratum) for e in current])
    return [(e.case_file_id, population.values(row)) for e, row in zip(current, rows,
                                                                        strict=True)]


def draw_of_unit(project: Project, unit_id: str) -> StoredDraw | None:
    """How the unit's sample was drawn; None when it was not drawn by the tool."""
    with project.file.reading() as session:
        return stored_sampling.draw_of_unit(session, unit_id)


def stored_draw(project: Project, unit_id: str) -> StoredDraw:
    stored = draw_of_unit(project, unit_id)
    if stored is None:
        raise SamplingError(N_("The sample of {unit} was not drawn by the tool, so it cannot "
                               "be extended or replaced from a population."),
                            unit=project.unit(unit_id).name)
    return stored


def population_again(stored: StoredDraw, path: Path) -> Population:
    """The population of a recorded draw, read again from `path` as it was read then;
    refused unless the file's SHA-256 is the one recorded."""
    info = stored.draw
    spec = PopulationSpec(
        path=Path(path), column=info.identifier_column, sheet=info.sheet or None,
        stratum_column=info.stratum_column or None, date_column=info.date_column or None,
        period_from=_date(info.period_from), period_to=_date(info.period_to),
        keep=info.kept_columns[1:])
    population = read_population(spec, expect_sha256=info.source_sha256)
    if population.rows_used != info.rows_used:  # the same bytes read alike: never
        raise SamplingError(N_("The population reads differently now ({now} cases used, "
                               "{then} when drawn); nothing was changed."),
                            now=population.rows_used, then=info.rows_used)
    return population


def _places(stored: StoredDraw) -> list[Place]:
    return [Place(Order(e.sequence), e.position, e.stratum) for e in stored.events]


def _stratum_named(info: DrawInfo, name: str) -> str:
    wanted = " ".join(name.split()).casefold()
    for stratum in info.strata:
        if stratum.name.casefold() == wanted:
            return stratum.name
    raise SamplingError(N_("The population has no stratum {stratum}. Its strata: {strata}."),
                        stratum=name, strata=", ".join(s.name for s in info.strata))


def _kept(keep: Keep | None, population: Population, drawn: Sequence[Drawn]
          ) -> list[Values]:
    """The values the key list is to be handed for `drawn`, checked as it stores them
    before anything is written: a value it would refuse (too long, too many columns)
    refuses the draw with nothing changed, not a draw left without its key."""
    if keep is None:
        return []
    return [checked_values(population.values(d.index)) for d in drawn]


def _hand_over(keep: Keep | None, ids: Sequence[str], kept: Sequence[Values]) -> None:
    if keep is not None:
        keep(list(zip(ids, kept, strict=True)))


def _day(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None


def _date(text: str | None) -> dt.date | None:
    return dt.date.fromisoformat(text) if text else None
