"""advance shipping notices: deliveries a customer announced and their lines, received by scan
against them (the damaged refused at the dock counted apart), what is short left expected as a
backorder

Revision ID: 0020
Revises: 0019
Create Date: 2026-12-07 03:14:08.979222
"""

import sqlalchemy as sa
from alembic import op

revision = '0020'
down_revision = '0019'
branch_labels = None
depends_on = None
TABLES = ("expected_receipts", "expected_receipt_lines")


def upgrade() -> None:
    op.create_table('expected_receipts',
    sa.Column('reference', sa.String(length=64), nullable=False),
    sa.Column('status', sa.String(length=6), nullable=False),
    sa.Column('backorder_of', sa.Uuid(), nullable=True),
    sa.Column('closed_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('closed_by', sa.String(length=64), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.CheckConstraint("status IN ('open', 'closed')", name=op.f('ck_expected_receipts_status_valid')),
    sa.ForeignKeyConstraint(['backorder_of'], ['expected_receipts.id'], name=op.f('fk_expected_receipts_backorder_of_expected_receipts')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_expected_receipts')),
    sa.UniqueConstraint('reference', name=op.f('uq_expected_receipts_reference'))
    )
    op.create_table('expected_receipt_lines',
    sa.Column('receipt_id', sa.Uuid(), nullable=False),
    sa.Column('line_no', sa.Integer(), nullable=False),
    sa.Column('product_id', sa.Uuid(), nullable=False),
    sa.Column('lot', sa.String(length=20), nullable=False),
    sa.Column('expiry', sa.Date(), nullable=True),
    sa.Column('expected', sa.Integer(), nullable=False),
    sa.Column('received', sa.Integer(), nullable=False),
    sa.Column('damaged', sa.Integer(), nullable=False, server_default='0'),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.CheckConstraint('expected > 0', name=op.f('ck_expected_receipt_lines_expected_positive')),
    sa.CheckConstraint('received >= 0', name=op.f('ck_expected_receipt_lines_received_not_negative')),
    sa.CheckConstraint('damaged >= 0', name=op.f('ck_expected_receipt_lines_damaged_not_negative')),
    sa.ForeignKeyConstraint(['product_id'], ['products.id'], name=op.f('fk_expected_receipt_lines_product_id_products')),
    sa.ForeignKeyConstraint(['receipt_id'], ['expected_receipts.id'], name=op.f('fk_expected_receipt_lines_receipt_id_expected_receipts')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_expected_receipt_lines')),
    sa.UniqueConstraint('receipt_id', 'product_id', 'lot', name='receipt_product_lot')
    )
    with op.batch_alter_table('expected_receipt_lines', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_expected_receipt_lines_receipt_id'), ['receipt_id'], unique=False)
    if op.get_bind().dialect.name == "sqlite":  # notices and what they received travel to central
        for table in TABLES:
            for event in ("INSERT", "UPDATE"):
                op.execute(f"CREATE TRIGGER outbox_{table}_{event.lower()} AFTER {event} ON {table} "
                           f"BEGIN INSERT INTO sync_outbox (table_name, row_id) VALUES ('{table}', NEW.id); END")



def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for table in TABLES:
            for event in ("insert", "update"):
                op.execute(f"DROP TRIGGER IF EXISTS outbox_{table}_{event}")
    with op.batch_alter_table('expected_receipt_lines', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_expected_receipt_lines_receipt_id'))

    op.drop_table('expected_receipt_lines')
    op.drop_table('expected_receipts')
