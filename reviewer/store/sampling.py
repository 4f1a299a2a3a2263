"""The record of a unit's sample draw (format 5): small functions over a session.

Nothing here holds a case identifier: see `tables.SampleDrawRow`.
"""

from __future__ import annotations

import json
from collections.abc import Sequence

from sqlmodel import Session, col, select

from reviewer.sampling.model import DrawInfo, SampleEvent, StoredDraw, StratumCount
from reviewer.store import sql
from reviewer.store.tables import SampleDrawRow, SampleEventRow, SampleStratumRow

_EXCLUDED = {"blank_identifier": "blank_identifiers", "no_date": "no_date",
             "outside_period": "outside_period", "no_stratum": "no_stratum"}


def add_draw(session: Session, draw: DrawInfo) -> None:
    row = SampleDrawRow(
        id=draw.id, unit_id=draw.unit_id, method=draw.method, allocation=draw.allocation,
        seed=draw.seed, seed_typed=draw.seed_typed, generator=draw.generator, size=draw.size,
        source_name=draw.source_name, source_sha256=draw.source_sha256, sheet=draw.sheet,
        identifier_column=draw.identifier_column, stratum_column=draw.stratum_column,
        date_column=draw.date_column, period_from=draw.period_from,
        period_to=draw.period_to, rows_read=draw.rows_read, rows_used=draw.rows_used,
        kept_columns=json.dumps(list(draw.kept_columns), ensure_ascii=False),
        drawn_by=draw.drawn_by, drawn_at=draw.drawn_at,
        **{column: draw.excluded.get(reason, 0) for reason, column in _EXCLUDED.items()})
    session.add(row)
    session.flush()
    for stratum in draw.strata:
        session.add(SampleStratumRow(draw_id=draw.id, name=stratum.name,
                                     population=stratum.population, quota=stratum.quota))


def add_events(session: Session, draw_id: str, events: Sequence[SampleEvent]) -> None:
    session.flush()  # the case files they name come first
    for event in events:
        session.add(SampleEventRow(
            id=event.id, draw_id=draw_id, kind=event.kind, case_file_id=event.case_file_id,
            sequence=event.sequence, position=event.position, stratum=event.stratum,
            replaces=event.replaces, reason=event.reason, author=event.author, at=event.at))


def draw_of_unit(session: Session, unit_id: str) -> StoredDraw | None:
    """The unit's draw and every case file drawn for it, in the order drawn; None when
    its sample was not drawn by the tool."""
    row = session.exec(select(SampleDrawRow).where(SampleDrawRow.unit_id == unit_id)
                       .order_by(col(SampleDrawRow.drawn_at))).first()
    if row is None:
        return None
    strata = session.exec(select(SampleStratumRow).where(SampleStratumRow.draw_id == row.id)
                          ).all()
    draw = DrawInfo(
        id=row.id, unit_id=row.unit_id, method=row.method, allocation=row.allocation,
        seed=row.seed, seed_typed=row.seed_typed, generator=row.generator, size=row.size,
        source_name=row.source_name, source_sha256=row.source_sha256, sheet=row.sheet,
        identifier_column=row.identifier_column, stratum_column=row.stratum_column,
        date_column=row.date_column, period_from=row.period_from, period_to=row.period_to,
        rows_read=row.rows_read, rows_used=row.rows_used,
        excluded={reason: getattr(row, column) for reason, column in _EXCLUDED.items()
                  if getattr(row, column)},
        kept_columns=tuple(json.loads(row.kept_columns)), drawn_by=row.drawn_by,
        drawn_at=row.drawn_at,
        strata=tuple(sorted((StratumCount(s.name, s.population, s.quota) for s in strata),
                            key=lambda s: (s.name.casefold(), s.name))))
    events = sql.rows(session, """
        SELECT e.id, e.kind, e.case_file_id, e.sequence, e.position, e.stratum, e.replaces,
               e.reason, e.author, e.at, f.label, coalesce(r.label, ''),
               f.removed_at IS NOT NULL
        FROM sample_event e JOIN case_file f ON f.id = e.case_file_id
        LEFT JOIN case_file r ON r.id = e.replaces
        WHERE e.draw_id = ? ORDER BY e.at, f.position, e.id""", (row.id,))
    return StoredDraw(draw, tuple(SampleEvent(
        id=r[0], kind=r[1], case_file_id=r[2], sequence=r[3], position=r[4], stratum=r[5],
        replaces=r[6], reason=r[7], author=r[8], at=r[9], label=r[10], replaced_label=r[11],
        removed=bool(r[12])) for r in events))
