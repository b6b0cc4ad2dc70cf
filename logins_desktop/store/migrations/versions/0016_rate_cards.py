"""rate cards (a customer's price per kit or per hour, set-up fee, quoted standard time), a customer's
invoice basis (completed or shipped kits), a product's unit cost

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-03 05:50:00
"""

import sqlalchemy as sa
from alembic import op

revision = '0016'
down_revision = '0015'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('rate_cards',
    sa.Column('customer_id', sa.Uuid(), nullable=False),
    sa.Column('kit_id', sa.Uuid(), nullable=False),
    sa.Column('price_per_kit', sa.BigInteger(), nullable=True),
    sa.Column('price_per_hour', sa.BigInteger(), nullable=True),
    sa.Column('setup_fee', sa.BigInteger(), nullable=False),
    sa.Column('standard_seconds', sa.BigInteger(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.CheckConstraint('(price_per_kit IS NULL) <> (price_per_hour IS NULL)', name=op.f('ck_rate_cards_one_price')),
    sa.CheckConstraint('standard_seconds > 0', name=op.f('ck_rate_cards_standard_positive')),
    sa.ForeignKeyConstraint(['customer_id'], ['customers.id'], name=op.f('fk_rate_cards_customer_id_customers')),
    sa.ForeignKeyConstraint(['kit_id'], ['products.id'], name=op.f('fk_rate_cards_kit_id_products')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_rate_cards')),
    sa.UniqueConstraint('customer_id', 'kit_id', name='customer_kit')
    )
    with op.batch_alter_table('rate_cards', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_rate_cards_customer_id'), ['customer_id'], unique=False)
    # Plain ADD COLUMN (no batch): SQLite keeps the tables as they are, with their triggers.
    check = "CONSTRAINT ck_customers_invoice_basis_valid CHECK (invoice_basis IN ('completed', 'shipped'))"
    op.execute("ALTER TABLE customers ADD COLUMN invoice_basis VARCHAR(9) DEFAULT 'completed' NOT NULL " + check)
    op.add_column('products', sa.Column('unit_cost', sa.BigInteger(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('products') as batch_op:
        batch_op.drop_column('unit_cost')
    if op.get_bind().dialect.name == "sqlite":  # the table is rebuilt without the column and its CHECK
        with op.batch_alter_table('customers') as batch_op:
            batch_op.drop_constraint(op.f('ck_customers_invoice_basis_valid'), type_='check')
            batch_op.drop_column('invoice_basis')
    else:
        op.drop_constraint(op.f('ck_customers_invoice_basis_valid'), 'customers', type_='check')
        op.drop_column('customers', 'invoice_basis')
    with op.batch_alter_table('rate_cards', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_rate_cards_customer_id'))
    op.drop_table('rate_cards')
