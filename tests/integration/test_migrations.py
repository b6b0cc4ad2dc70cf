"""Alembic from the first table: an empty database migrates to head, and the models match the migrations."""

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect

from logins_desktop.store import migrate
from logins_desktop.store.db import make_engine
from logins_desktop.store.models import Base


def test_empty_database_migrates_to_head(tmp_path):
    engine = make_engine(f"sqlite:///{tmp_path / 'empty.sqlite3'}")
    assert migrate.current_revision(engine) is None
    migrate.upgrade(engine)
    assert migrate.is_up_to_date(engine)
    tables = set(inspect(engine).get_table_names())
    assert set(Base.metadata.tables) <= tables
    migrate.upgrade(engine)  # running it again is a no-op
    assert migrate.is_up_to_date(engine)


def differences(engine) -> list:
    with engine.connect() as conn:
        options = {"compare_type": True, "include_object": migrate.include_object_for(engine.dialect.name)}
        return compare_metadata(MigrationContext.configure(conn, opts=options), Base.metadata)


def test_models_and_migrations_agree(tmp_path):
    """A model change without a migration fails here (write one with scripts/new_migration.py)."""
    engine = make_engine(f"sqlite:///{tmp_path / 'm.sqlite3'}")
    migrate.upgrade(engine)
    assert differences(engine) == []
    indexes = {i["name"] for i in inspect(engine).get_indexes("stock_movements")}
    assert not indexes & {"ix_stock_movements_received_at", "ix_stock_movements_location_id"}


def test_models_and_migrations_agree_on_central(central_url):
    """Central keeps what only central needs (the ledger's arrival-time index of the pulls)."""
    engine = make_engine(central_url)
    migrate.upgrade(engine)
    assert differences(engine) == []
    indexes = {i["name"] for i in inspect(engine).get_indexes("stock_movements")}
    assert {"ix_stock_movements_received_at", "ix_stock_movements_location_id"} <= indexes
    engine.dispose()


def test_sqlite_pragmas(db):
    with db.engine.connect() as conn:
        pragma = lambda name: conn.exec_driver_sql(f"PRAGMA {name}").scalar()  # noqa: E731
        assert pragma("journal_mode") == "wal"
        assert pragma("foreign_keys") == 1
        assert pragma("synchronous") == 2  # FULL
        assert pragma("busy_timeout") == 1000  # one wait; store.db.write_session retries up to busy_seconds


def test_suspension_reasons_written_as_words_become_codes(tmp_path):
    """0018: the path form stored its own words (French or English, the screen's language that
    day); they become codes the path shows in the reader's language. Typed reasons stay."""
    from sqlalchemy import text

    engine = make_engine(f"sqlite:///{tmp_path / 'words.sqlite3'}")
    migrate.upgrade(engine, "0017")
    with engine.begin() as conn:
        conn.execute(text("INSERT INTO workers (id, badge, display_name, active, created_at, updated_at)"
                          " VALUES ('w1', 'B1', 'A', 1, '2026-01-01', '2026-01-01')"))
        for n, reason in enumerate(("Arrêt maladie", "Trial period elsewhere", "visite médicale du travail")):
            conn.execute(text("INSERT INTO insertion_suspensions (id, worker_id, start_date, end_date, reason,"
                              " created_at, updated_at) VALUES (:id, 'w1', '2026-03-02', '2026-03-06', :reason,"
                              " '2026-01-01', '2026-01-01')"), {"id": f"s{n}", "reason": reason})
    migrate.upgrade(engine)
    with engine.connect() as conn:
        reasons = dict(conn.execute(text("SELECT id, reason FROM insertion_suspensions")).all())
    assert reasons == {"s0": "sick_leave", "s1": "trial_elsewhere", "s2": "visite médicale du travail"}


def test_jobs_cut_before_the_count_was_told_apart_are_read_from_paper(tmp_path):
    """0022: a job interrupted (or caught sending) before it cannot say whether its count was the
    printer's own, so it goes on only after the last label on paper; a printed one is left as it is."""
    from sqlalchemy import text

    engine = make_engine(f"sqlite:///{tmp_path / 'jobs.sqlite3'}")
    migrate.upgrade(engine, "0021")
    with engine.begin() as conn:
        for status in ("interrupted", "sending", "printed"):
            conn.execute(text("INSERT INTO print_jobs (id, printer_url, name, format, document, status, attempts,"
                              " last_error, next_attempt_at, reason, created_by, labels, labels_sent, first_label,"
                              " created_at, updated_at) VALUES (:id, 'tcp://p', 'x', 'zpl', X'00', :status, 1, '',"
                              " '2026-01-01', '', '', 4, 2, 0, '2026-01-01', '2026-01-01')"),
                         {"id": status, "status": status})
    migrate.upgrade(engine)
    with engine.connect() as conn:
        known = dict(conn.execute(text("SELECT id, labels_sent_known FROM print_jobs")).all())
    engine.dispose()
    assert known == {"interrupted": 0, "sending": 0, "printed": 1}
