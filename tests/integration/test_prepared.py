"""Statements the station runs on the driver directly (store.prepared) write and read exactly what
SQLAlchemy would, on SQLite and on PostgreSQL, and a driver error arrives as SQLAlchemy's."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

import pytest
from sqlalchemy import bindparam, insert, select
from sqlalchemy.exc import IntegrityError

from logins_desktop.services.demo import seed_demo
from logins_desktop.services.station import StationService
from logins_desktop.services.stock import StockService
from logins_desktop.store.database import open_database
from logins_desktop.store.models import ScanEvent, StationState, StockMovement
from logins_desktop.store.prepared import Prepared
from tests.integration.test_station_service import KIT_STEPS, Clock, scan

COLUMNS = ("id", "station", "worker_id", "order_id", "raw", "symbology", "decision", "reason", "created_at")
INSERT_EVENT = Prepared(insert(ScanEvent.__table__), COLUMNS)
READ_EVENT = Prepared(select(ScanEvent.id, ScanEvent.created_at, ScanEvent.raw).where(ScanEvent.id == bindparam("id")))


@pytest.fixture(params=["sqlite", "postgresql"])
def db(request, tmp_path):
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'p.sqlite3'}"
    else:
        url = request.getfixturevalue("central_url")
    database = open_database(url)
    seed_demo(database)
    yield database
    database.dispose()


def test_a_prepared_insert_reads_back_through_the_orm_as_written(db):
    event_id, at = uuid.uuid4(), datetime(2026, 12, 2, 10, 30, 15, 123456, tzinfo=UTC)
    writer = db.writer()
    with writer.transaction() as s:
        INSERT_EVENT.execute(s.connection(), dict(id=event_id, station="POSTE-01", worker_id=None, order_id=None,
                                                  raw=b"]E0376\r", symbology="]E0", decision="accepted",
                                                  reason="é « ok »", created_at=at))
        assert READ_EVENT.rows(s.connection(), {"id": event_id}) == [(event_id, at, b"]E0376\r")]
    with db.read() as s:
        row = s.get(ScanEvent, event_id)
        assert (row.created_at, row.raw, row.reason, row.worker_id) == (at, b"]E0376\r", "é « ok »", None)


def test_a_driver_error_is_sqlalchemys_and_nothing_of_the_transaction_stays(db):
    event = dict(id=uuid.uuid4(), station="POSTE-01", worker_id=None, order_id=None, raw=b"x", symbology=None,
                 decision="accepted", reason="", created_at=datetime.now(UTC))
    writer = db.writer()
    with pytest.raises(IntegrityError), writer.transaction() as s:
        INSERT_EVENT.execute(s.connection(), event)
        INSERT_EVENT.execute(s.connection(), event)  # the same id twice
    with db.read() as s:
        assert s.get(ScanEvent, event["id"]) is None
    with writer.transaction() as s:  # the writer starts afresh after the failure
        INSERT_EVENT.execute(s.connection(), event)
    with db.read() as s:
        assert s.get(ScanEvent, event["id"]) is not None


def test_the_station_builds_kits_on_either_database_with_the_ledger_right(db):
    station = StationService(db, "POSTE-01", clock=Clock())
    scan(station, "B1001")
    done = [scan(station, code) for code in KIT_STEPS * 3]
    assert [r.kit_completed for r in done].count(True) == 3 and all(r.committed for r in done)
    assert done[-1].kits_done == 3 and done[-1].covers is not None
    stock = StockService(db)
    assert stock.consistency_problems() == [] and stock.negative_stock() == []
    with db.read() as s:
        produced = s.scalars(select(StockMovement).where(StockMovement.kind == "produce")).all()
        assert len(produced) == 3 and all(m.received_at is not None and m.created_at.tzinfo for m in produced)
        state = s.get(StationState, "POSTE-01")
        assert state.progress == {} and state.worker_id is not None
    # The cover counted inside the kit's transaction is the one a fresh count gives.
    assert station.cover().kits == done[-1].covers
