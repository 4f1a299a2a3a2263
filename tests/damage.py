"""Kinds of damage a project file meets in life, each applied to a copy of a good file.

Shared by `tests/test_damaged_files.py` (every kind against every command) and
`scripts/soak.py`. Each function takes the path of a closed, checkpointed project file and
damages it in place.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable
from pathlib import Path

Damage = Callable[[Path], None]


def _sql(*statements: str) -> Damage:
    def apply(path: Path) -> None:
        connection = sqlite3.connect(path)
        try:
            connection.execute("PRAGMA writable_schema=ON")
            for statement in statements:
                connection.execute(statement)
            connection.commit()
        finally:
            connection.close()
    return apply


def _page_size(path: Path) -> int:
    return int.from_bytes(path.read_bytes()[16:18], "big")


def _zero_page(which: int | str) -> Damage:
    def apply(path: Path) -> None:
        size = _page_size(path)
        pages = path.stat().st_size // size
        page = {"first": 0, "second": 1, "middle": pages // 2, "last": pages - 1}.get(
            str(which), which)
        assert isinstance(page, int)
        with path.open("r+b") as f:
            f.seek(page * size)
            f.write(bytes(size))
    return apply


def _flip(offset_fraction: float, count: int = 64) -> Damage:
    """Scramble `count` bytes from the start of the page at `offset_fraction` of the file:
    its b-tree header and first cell pointers, which every check reads."""
    def apply(path: Path) -> None:
        data = bytearray(path.read_bytes())
        size = _page_size(path)
        start = max(1, int(len(data) * offset_fraction) // size) * size
        for i in range(start, min(len(data), start + count)):
            data[i] ^= 0xA5
        path.write_bytes(bytes(data))
    return apply


def _truncate(fraction: float) -> Damage:
    def apply(path: Path) -> None:
        with path.open("r+b") as f:
            f.truncate(int(path.stat().st_size * fraction))
    return apply


def _replace(content: bytes) -> Damage:
    def apply(path: Path) -> None:
        path.write_bytes(content)
    return apply


def _format(value: str) -> Damage:
    return _sql(f"UPDATE meta SET value = '{value}' WHERE key = 'format_version'")


KINDS: dict[str, Damage] = {
    "empty file": _replace(b""),
    "text file": _replace(b"Detta \xe4r ingen granskning.\n" * 40),
    "header only": _replace(b"SQLite format 3\x00" + bytes(84)),
    "truncated to half": _truncate(0.5),
    "truncated mid page": _truncate(0.37),
    "first page zeroed": _zero_page("first"),
    "second page zeroed": _zero_page("second"),
    "middle page zeroed": _zero_page("middle"),
    "last page zeroed": _zero_page("last"),
    "bytes flipped early": _flip(0.1),
    "bytes flipped in the middle": _flip(0.5, 512),
    "bytes flipped late": _flip(0.9, 512),
    "format version abc": _format("abc"),
    "format version empty": _format(""),
    "format version 3.5": _format("3.5"),
    "format version -1": _format("-1"),
    "format version older on the current schema": _format("2"),
    "format version missing": _sql("DELETE FROM meta WHERE key = 'format_version'"),
    "project id differs": _sql("UPDATE meta SET value = 'x' WHERE key = 'project_id'"),
    "no project row": _sql("DELETE FROM project"),
    "two project rows": _sql("INSERT INTO project SELECT 'other', title, organisation, firm, "
                             "period, convention, first_footnote, is_example, template_name, "
                             "created_at, changed_at FROM project"),
    "unknown convention": _sql("UPDATE project SET convention = 'most'"),
    "first footnote not a number": _sql("UPDATE project SET first_footnote = 'x'"),
    "question parent cycle": _sql("UPDATE question SET parent = '8a' WHERE key = '8'"),
    "question parent unknown": _sql("UPDATE question SET parent = 'zz' WHERE key = '3'"),
    "unknown answer code": _sql("UPDATE answer_event SET code = 'Kanske' WHERE id IN "
                                "(SELECT event_id FROM answer_head LIMIT 1)"),
    "unknown answer code in the head": _sql(
        "UPDATE answer_head SET code = 'Kanske' WHERE event_id IN "
        "(SELECT event_id FROM answer_head LIMIT 1)"),
    "unknown placement": _sql("UPDATE answer_event SET placement = 'margin' WHERE id IN "
                              "(SELECT event_id FROM answer_head LIMIT 1)"),
    "table dropped": _sql("DROP TABLE answer_parent"),
    "a unit name stored as bytes": _sql(
        "UPDATE unit SET name = x'ffff' WHERE rowid IN (SELECT rowid FROM unit LIMIT 1)"),
    "a title that is not UTF-8": _sql("UPDATE project SET title = CAST(x'c3' AS TEXT)"),
    "a reason flag that is no flag": _sql(
        "UPDATE answer_head SET missing_reason = 'maybe' WHERE event_id IN "
        "(SELECT event_id FROM answer_head LIMIT 1)"),
    "a reason stored as bytes": _sql(
        "UPDATE answer_event SET reason = x'ff' WHERE id IN "
        "(SELECT event_id FROM answer_head WHERE code = 'Eb' LIMIT 1)"),
    "two units of one name": _sql("UPDATE unit SET name = (SELECT min(name) FROM unit)"),
    "a question without text": _sql("UPDATE question SET text = ' ' WHERE key = '2'"),
    "an answer to a question the template lacks": _sql(
        "UPDATE answer_head SET question_key = 'zz' WHERE event_id IN "
        "(SELECT event_id FROM answer_head LIMIT 1)"),
    "a trigger added": _sql(
        "CREATE TRIGGER always_ja AFTER INSERT ON answer_event BEGIN "
        "UPDATE answer_head SET code = 'Ja' WHERE event_id = NEW.id; END"),
    "a view added": _sql("CREATE VIEW everything AS SELECT * FROM answer_event"),
    "an extra table": _sql("CREATE TABLE notes (text TEXT)"),
    "current answers without their events": _sql(
        "DELETE FROM answer_event WHERE id IN (SELECT event_id FROM answer_head LIMIT 3)"),
    "application id foreign": _sql("PRAGMA application_id = 1"),
    "a template change stored as bytes": _sql(
        "UPDATE template_event SET text = x'ffff' WHERE rowid IN "
        "(SELECT rowid FROM template_event LIMIT 1)"),
    "answers to a question without its template head": _sql(
        "DELETE FROM template_head WHERE question_key = '3'"),
}


def damage(path: Path, kind: str) -> None:
    KINDS[kind](path)
    os.sync()
