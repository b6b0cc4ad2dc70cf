"""worker profiles: each worker's own accessibility profile, applied on badge login

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-02 21:56:52.460950
"""

import sqlalchemy as sa
from alembic import op

revision = '0011'
down_revision = '0010'
branch_labels = None
depends_on = None


def _sqlite() -> bool:
    return op.get_bind().dialect.name == "sqlite"


def upgrade() -> None:
    op.create_table('worker_profiles',
    sa.Column('worker_id', sa.Uuid(), nullable=False),
    sa.Column('touch_target_mm', sa.Float(), nullable=False),
    sa.Column('font_scale', sa.Float(), nullable=False),
    sa.Column('high_contrast', sa.Boolean(), nullable=False),
    sa.Column('hand', sa.String(length=5), nullable=False),
    sa.Column('sound', sa.Boolean(), nullable=False),
    sa.Column('volume', sa.Float(), nullable=False),
    sa.Column('calm', sa.Boolean(), nullable=False),
    sa.Column('language', sa.String(length=8), nullable=True),
    sa.Column('dwell', sa.Boolean(), nullable=False),
    sa.Column('dwell_seconds', sa.Float(), nullable=False),
    sa.Column('switch_scan', sa.Boolean(), nullable=False),
    sa.Column('scan_seconds', sa.Float(), nullable=False),
    sa.Column('scan_key', sa.String(length=32), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.CheckConstraint("hand IN ('right', 'left')", name=op.f('ck_worker_profiles_hand_valid')),
    sa.ForeignKeyConstraint(['worker_id'], ['workers.id'], name=op.f('fk_worker_profiles_worker_id_workers'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_worker_profiles')),
    sa.UniqueConstraint('worker_id', name=op.f('uq_worker_profiles_worker_id'))
    )
    if _sqlite():  # a profile saved at a station travels to the central server, then to the other stations
        for event in ("INSERT", "UPDATE"):
            op.execute(f"CREATE TRIGGER outbox_worker_profiles_{event.lower()} AFTER {event} ON worker_profiles "
                       "BEGIN INSERT INTO sync_outbox (table_name, row_id) VALUES ('worker_profiles', NEW.id); END")


def downgrade() -> None:
    if _sqlite():
        for event in ("insert", "update"):
            op.execute(f"DROP TRIGGER IF EXISTS outbox_worker_profiles_{event}")
    op.drop_table('worker_profiles')
