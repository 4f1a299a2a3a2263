"""Names that stay unique when copies meet: a unit's name in the project, a case file's label
in its unit. The older keeps its name, a later one gets the next free one: decided by
creation time, then id, so every copy renames alike whichever way the merge went.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Named:
    id: str
    group: str  # where the name must be unique: "" for units, the unit's id for labels
    name: str
    created_at: str
    changed_at: str


@dataclass(frozen=True)
class Rename:
    id: str
    before: str
    after: str
    changed_at: str  # just after the row's own change, the same in every copy


def just_after(stamp: str) -> str:
    """The time one microsecond after `stamp`: a rename the merge makes is later than the
    row it renames (so it wins in every copy) and needs no clock (so copies agree)."""
    try:
        moment = dt.datetime.fromisoformat(stamp) + dt.timedelta(microseconds=1)
    except (TypeError, ValueError, OverflowError):
        return f"{stamp or ''}~"  # not a time this program wrote: still sorts after it
    return moment.isoformat(timespec="microseconds")


def unique_names(items: Sequence[Named], *, labels: bool) -> list[Rename]:
    """The renames that make every name unique within its group.

    Unit names compare ignoring case (as `reviewer check` and adding a unit do) and the later
    one becomes "Nykommun (2)"; case file labels compare exactly, and a later number takes
    the next number after the highest in its unit ("5" becomes "6").
    """
    renames: list[Rename] = []
    groups: dict[str, list[Named]] = {}
    for item in items:
        groups.setdefault(item.group, []).append(item)
    for members in groups.values():
        key: Callable[[str], str] = (lambda name: name) if labels else str.casefold
        taken = {key(item.name) for item in members}
        kept: set[str] = set()
        for item in sorted(members, key=lambda i: (i.created_at, i.id)):
            if key(item.name) not in kept:
                kept.add(key(item.name))
                continue
            after = free_name(item.name, taken, key, numbered=labels)
            taken.add(key(after))
            kept.add(key(after))
            renames.append(Rename(item.id, item.name, after,
                                  just_after(item.changed_at or item.created_at)))
    return renames


def free_name(name: str, taken: set[str], key: Callable[[str], str], *,
              numbered: bool) -> str:
    """`name` made free among `taken` (compared by `key`): a number takes the next number
    after the highest taken, anything else gets " (2)", " (3)" …"""
    if numbered and name.isdecimal():
        return str(max(int(n) for n in taken if n.isdecimal()) + 1)
    number = 2
    while key(f"{name} ({number})") in taken:
        number += 1
    return f"{name} ({number})"


# A statement and its parameters (qmark style) → its rows: sqlite3's `execute`, or the
# driver-level `exec_driver_sql` of SQLAlchemy, so merge, migration and restore share this.
Execute = Callable[[str, tuple[Any, ...]], Iterable[Sequence[Any]]]


def make_unique(execute: Execute) -> tuple[list[Rename], list[Rename]]:
    """Rename what shares a name in a project file: units (not removed) in the project,
    case files (not removed) in their unit. The renames of units and of case files."""
    units = unique_names([Named(row[0], "", row[1], row[2], row[3]) for row in execute(
        "SELECT id, name, created_at, changed_at FROM unit WHERE removed_at IS NULL", ())],
        labels=False)
    for rename in units:
        execute("UPDATE unit SET name = ?, changed_at = ? WHERE id = ?",
                (rename.after, rename.changed_at, rename.id))
    files = unique_names([Named(row[0], row[1], row[2], row[3], row[4]) for row in execute(
        "SELECT id, unit_id, label, created_at, changed_at FROM case_file "
        "WHERE removed_at IS NULL", ())], labels=True)
    for rename in files:
        execute("UPDATE case_file SET label = ?, changed_at = ? WHERE id = ?",
                (rename.after, rename.changed_at, rename.id))
    return units, files
