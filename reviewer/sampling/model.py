"""The sampling record's plain values, as stored and read back (`reviewer.store.sampling`).

None of them holds a case identifier: a drawn case file is known by its sample number and
where in the seed's order it was taken, which names a case only with the population file.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class StratumCount:
    name: str
    population: int  # cases of the stratum in the population drawn from
    quota: int  # drawn from it at first


@dataclass(frozen=True)
class DrawInfo:
    """How a unit's sample was drawn, as the record keeps it."""

    id: str
    unit_id: str
    method: str  # Method
    allocation: str  # stratified: per_stratum | named | proportional; else ""
    seed: str
    seed_typed: bool
    generator: str
    size: int  # drawn at first
    source_name: str
    source_sha256: str
    sheet: str
    identifier_column: str
    stratum_column: str
    date_column: str
    period_from: str | None
    period_to: str | None
    rows_read: int
    rows_used: int
    excluded: dict[str, int]  # Exclusion value → rows
    kept_columns: tuple[str, ...]
    drawn_by: str
    drawn_at: str
    strata: tuple[StratumCount, ...] = ()


@dataclass(frozen=True)
class SampleEvent:
    """A case file drawn, at first (`draw`), by an extension or as a replacement."""

    id: str
    kind: str  # draw | extend | replace
    case_file_id: str
    sequence: str  # Order
    position: int
    stratum: str = ""
    replaces: str | None = None
    reason: str = ""
    author: str = ""
    at: str = ""
    label: str = ""  # the case file's number (read with the event)
    replaced_label: str = ""
    removed: bool = False  # the case file was removed (replaced) since


@dataclass(frozen=True)
class StoredDraw:
    draw: DrawInfo
    events: tuple[SampleEvent, ...] = field(default=())
