"""Hand-written SQL over an open project file: the store's one way to run a statement that
is not a row read or written through SQLModel (as Anki's `DBProxy` is for its collection).

A statement goes to SQLAlchemy's driver-level `exec_driver_sql` in the session's
transaction: no `text()` to compile on every keypress (it cost more than the query), the
engine's events see it, and a driver error arrives as SQLAlchemy's, which
`ProjectFile.transaction` and `reading` turn into "not made" or "damaged". Only `bulk_rows`
takes the driver's cursor itself, for reads of every answer, where SQLAlchemy's row objects
cost twice the query (see benchmarks/bench_store.py).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy.engine import Connection
from sqlalchemy.exc import DBAPIError
from sqlmodel import Session

# Positional (`?`) or named (`:name`) parameters, as sqlite3 takes them.
Params = Sequence[Any] | Mapping[str, Any]


def _connection(on: Session | Connection) -> Connection:
    return on.connection() if isinstance(on, Session) else on


def rows(on: Session | Connection, statement: str, params: Params = ()) -> Sequence[Any]:
    """Every row of a query (each a tuple)."""
    return _connection(on).exec_driver_sql(statement, params).fetchall()


def scalar(on: Session | Connection, statement: str, params: Params = ()) -> Any:
    """The first column of a query's first row; None when it has none."""
    return _connection(on).exec_driver_sql(statement, params).scalar()


def execute_many(on: Session | Connection, statement: str,
                 params: Sequence[Params]) -> None:
    """One statement for each set of parameters (a row to insert, say)."""
    _connection(on).exec_driver_sql(statement, params)


def bulk_rows(on: Session | Connection, statement: str, params: Params = ()) -> list[Any]:
    """Every row of a large read as the driver's tuples, on the session's connection."""
    dbapi = _connection(on).connection.dbapi_connection
    assert isinstance(dbapi, sqlite3.Connection)
    cursor = dbapi.cursor()
    try:
        return cursor.execute(statement, params).fetchall()
    except sqlite3.Error as exc:
        raise DBAPIError.instance(statement, params, exc, sqlite3.Error) from exc
    finally:
        cursor.close()
