"""Core statements compiled once and run straight on the database driver's cursor.

For the few statements the packing station runs with every scan (its event, its state, a finished
kit's posting): SQLAlchemy's set-up of each execution cost two to five times the statement itself
(the README's performance section has the profile). A `Prepared` statement is compiled once per
dialect; each execution applies the columns' own bind processors (a UUID as hex on SQLite, an aware
UTC datetime, JSON) exactly as SQLAlchemy would, and driver errors are raised as SQLAlchemy's, so
callers handle them as before. Nothing implicit is added: column defaults and `onupdate` values are
not computed here, every value is given by the caller.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection
from sqlalchemy.engine import Dialect
from sqlalchemy.exc import DBAPIError
from sqlalchemy.sql import ClauseElement


@dataclass(frozen=True)
class _Compiled:
    sql: str
    names: tuple[str, ...]  # bind parameters, in the order of a positional driver
    positional: bool
    processors: dict[str, Any]  # bind name -> processor (None: the value goes as it is)
    constants: dict[str, Any]  # the statement's own literals (`units + 1`, LIMIT 1)
    results: tuple[Any, ...]  # one result processor per selected column (None: as it is)


class Prepared:
    def __init__(self, statement: ClauseElement, column_keys: Sequence[str] | None = None):
        self._statement = statement
        self._column_keys = list(column_keys) if column_keys is not None else None
        self._by_dialect: dict[str, _Compiled] = {}

    def _compiled(self, dialect: Dialect) -> _Compiled:
        key = f"{dialect.name}:{dialect.driver}:{dialect.paramstyle}"
        compiled = self._by_dialect.get(key)
        if compiled is None:
            c = self._statement.compile(dialect=dialect, column_keys=self._column_keys)
            names = tuple(c.positiontup) if c.positional else tuple(c.binds)
            processors = {name: c.binds[name].type.dialect_impl(dialect).bind_processor(dialect) for name in names}
            constants = {name: bind.value for name, bind in c.binds.items() if not bind.required}
            columns = getattr(self._statement, "selected_columns", ())
            results = tuple(col.type.dialect_impl(dialect).result_processor(dialect, None) for col in columns)
            compiled = _Compiled(c.string, names, c.positional, processors, constants, results)
            self._by_dialect[key] = compiled
        return compiled

    def _parameters(self, compiled: _Compiled, values: Mapping[str, Any]):
        processed = {}
        for name in compiled.names:
            value = values[name] if name in values else compiled.constants[name]
            process = compiled.processors[name]
            processed[name] = process(value) if process is not None and value is not None else value
        return tuple(processed[n] for n in compiled.names) if compiled.positional else processed

    @contextmanager
    def _cursor(self, connection: Connection, sql: str, params):
        cursor = connection.connection.dbapi_connection.cursor()
        driver_error = connection.dialect.loaded_dbapi.Error
        try:
            yield cursor
        except driver_error as exc:  # raised as SQLAlchemy's, as every other statement's
            raise DBAPIError.instance(sql, params, exc, driver_error) from exc
        finally:
            cursor.close()

    def execute(self, connection: Connection, values: Mapping[str, Any]) -> int:
        """Run once with these values; returns the driver's row count."""
        compiled = self._compiled(connection.dialect)
        params = self._parameters(compiled, values)
        with self._cursor(connection, compiled.sql, params) as cursor:
            cursor.execute(compiled.sql, params)
            return cursor.rowcount

    def execute_many(self, connection: Connection, rows: Iterable[Mapping[str, Any]]) -> None:
        compiled = self._compiled(connection.dialect)
        params = [self._parameters(compiled, row) for row in rows]
        with self._cursor(connection, compiled.sql, params) as cursor:
            cursor.executemany(compiled.sql, params)

    def rows(self, connection: Connection, values: Mapping[str, Any]) -> list[tuple]:
        """A SELECT's rows, each column converted by its type as SQLAlchemy would."""
        compiled = self._compiled(connection.dialect)
        params = self._parameters(compiled, values)
        with self._cursor(connection, compiled.sql, params) as cursor:
            cursor.execute(compiled.sql, params)
            fetched = cursor.fetchall()
        processors = compiled.results
        if not any(processors):
            return [tuple(row) for row in fetched]
        return [tuple(p(v) if p is not None else v for p, v in zip(processors, row, strict=True)) for row in fetched]
