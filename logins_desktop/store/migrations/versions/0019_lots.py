"""lots and serials: a product's tracking, each ledger line's lot (or serial) and expiry, and an
index of the lot lines alone (a kit of untracked components writes nothing more)

Revision ID: 0019
Revises: 0018
Create Date: 2026-12-04 20:10:00
"""

import sqlalchemy as sa
from alembic import op

revision = '0019'
down_revision = '0018'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # ADD COLUMN with a constant default: no copy of a million-line ledger on a station.
    op.add_column('products', sa.Column('tracking', sa.String(length=8), server_default='', nullable=False))
    op.add_column('stock_movements', sa.Column('lot', sa.String(length=20), server_default='', nullable=False))
    op.add_column('stock_movements', sa.Column('expiry', sa.Date(), nullable=True))
    op.create_index('ix_stock_movements_lot', 'stock_movements', ['product_id', 'lot'], unique=False,
                    sqlite_where=sa.text("lot != ''"), postgresql_where=sa.text("lot != ''"))


def downgrade() -> None:
    op.drop_index('ix_stock_movements_lot', table_name='stock_movements')
    with op.batch_alter_table('stock_movements') as batch_op:
        batch_op.drop_column('expiry')
        batch_op.drop_column('lot')
    with op.batch_alter_table('products') as batch_op:
        batch_op.drop_column('tracking')
