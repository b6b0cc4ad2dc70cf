"""indexes nothing reads, which every scan or kit wrote: the ledger's received_at and location
indexes stay only on central (PostgreSQL), the only one asked what arrived since and where; the
scan events' time index goes

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-03 12:50:00
"""

from alembic import op

revision = '0017'
down_revision = '0016'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.drop_index('ix_scan_events_created_at', table_name='scan_events')  # no table copy: an index only
    if op.get_bind().dialect.name != 'postgresql':
        op.drop_index('ix_stock_movements_received_at', table_name='stock_movements')
        op.drop_index('ix_stock_movements_location_id', table_name='stock_movements')


def downgrade() -> None:
    if op.get_bind().dialect.name != 'postgresql':
        op.create_index('ix_stock_movements_received_at', 'stock_movements', ['received_at'], unique=False)
        op.create_index('ix_stock_movements_location_id', 'stock_movements', ['location_id'], unique=False)
    op.create_index('ix_scan_events_created_at', 'scan_events', ['created_at'], unique=False)
