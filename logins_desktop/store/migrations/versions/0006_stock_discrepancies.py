"""stock discrepancies, undone shortages, ledger lines' central arrival time

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-02 19:45:00
"""

import sqlalchemy as sa
from alembic import op

revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('stock_discrepancies',
    sa.Column('product_id', sa.Uuid(), nullable=False),
    sa.Column('location_id', sa.Uuid(), nullable=False),
    sa.Column('quantity', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=18), nullable=False),
    sa.Column('kit_key', sa.String(length=128), nullable=False),
    sa.Column('worker_id', sa.Uuid(), nullable=True),
    sa.Column('station', sa.String(length=64), nullable=False),
    sa.Column('order_id', sa.Uuid(), nullable=True),
    sa.Column('closed_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.CheckConstraint("kind IN ('missing', 'unplanned_transfer')", name=op.f('ck_stock_discrepancies_kind_valid')),
    sa.CheckConstraint('quantity > 0', name=op.f('ck_stock_discrepancies_quantity_positive')),
    sa.ForeignKeyConstraint(['location_id'], ['locations.id'], name=op.f('fk_stock_discrepancies_location_id_locations')),
    sa.ForeignKeyConstraint(['order_id'], ['orders.id'], name=op.f('fk_stock_discrepancies_order_id_orders')),
    sa.ForeignKeyConstraint(['product_id'], ['products.id'], name=op.f('fk_stock_discrepancies_product_id_products')),
    sa.ForeignKeyConstraint(['worker_id'], ['workers.id'], name=op.f('fk_stock_discrepancies_worker_id_workers')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_stock_discrepancies'))
    )
    op.create_index(op.f('ix_stock_discrepancies_location_id'), 'stock_discrepancies', ['location_id'], unique=False)
    # Plain ADD COLUMN (no batch): SQLite keeps the table, and with it the outbox triggers of 0005.
    op.add_column('pick_shortages', sa.Column('cancelled_at', sa.DateTime(timezone=True), nullable=True))
    op.add_column('stock_movements', sa.Column('received_at', sa.DateTime(timezone=True), nullable=True))
    op.create_index(op.f('ix_stock_movements_received_at'), 'stock_movements', ['received_at'], unique=False)
    if op.get_bind().dialect.name == "sqlite":  # discrepancies travel to the central server like the ledger
        for event in ("INSERT", "UPDATE"):
            op.execute(f"CREATE TRIGGER outbox_stock_discrepancies_{event.lower()} AFTER {event} ON stock_discrepancies "
                       "BEGIN INSERT INTO sync_outbox (table_name, row_id) VALUES ('stock_discrepancies', NEW.id); END")


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for event in ("insert", "update"):
            op.execute(f"DROP TRIGGER IF EXISTS outbox_stock_discrepancies_{event}")
    op.drop_index(op.f('ix_stock_movements_received_at'), table_name='stock_movements')
    with op.batch_alter_table('stock_movements') as batch_op:
        batch_op.drop_column('received_at')
    with op.batch_alter_table('pick_shortages') as batch_op:
        batch_op.drop_column('cancelled_at')
    op.drop_index(op.f('ix_stock_discrepancies_location_id'), table_name='stock_discrepancies')
    op.drop_table('stock_discrepancies')
