"""quality rules (per kit), quality checks (per finished kit set aside), the kind of a help call

Revision ID: 0015
Revises: 0012
Create Date: 2026-12-02 22:22:49.138902
"""

import sqlalchemy as sa
from alembic import op

revision = '0015'
down_revision = '0012'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('quality_rules',
    sa.Column('kit_id', sa.Uuid(), nullable=False),
    sa.Column('sampling', sa.String(length=14), nullable=False),
    sa.Column('n', sa.Integer(), nullable=False),
    sa.Column('checklist', sa.JSON(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.CheckConstraint("sampling IN ('every', 'per_order', 'first_of_shift')", name=op.f('ck_quality_rules_sampling_valid')),
    sa.CheckConstraint('n >= 1', name=op.f('ck_quality_rules_n_positive')),
    sa.ForeignKeyConstraint(['kit_id'], ['products.id'], name=op.f('fk_quality_rules_kit_id_products'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_quality_rules')),
    sa.UniqueConstraint('kit_id', name=op.f('uq_quality_rules_kit_id'))
    )
    op.create_table('quality_checks',
    sa.Column('order_id', sa.Uuid(), nullable=False),
    sa.Column('kit_key', sa.String(length=128), nullable=False),
    sa.Column('kit_number', sa.Integer(), nullable=False),
    sa.Column('station', sa.String(length=64), nullable=False),
    sa.Column('worker_id', sa.Uuid(), nullable=True),
    sa.Column('status', sa.String(length=7), nullable=False),
    sa.Column('failed_points', sa.JSON(), nullable=False),
    sa.Column('checked_by', sa.String(length=64), nullable=True),
    sa.Column('checked_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('reworked_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.CheckConstraint("status IN ('pending', 'passed', 'failed')", name=op.f('ck_quality_checks_status_valid')),
    sa.ForeignKeyConstraint(['order_id'], ['orders.id'], name=op.f('fk_quality_checks_order_id_orders')),
    sa.ForeignKeyConstraint(['worker_id'], ['workers.id'], name=op.f('fk_quality_checks_worker_id_workers')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_quality_checks')),
    sa.UniqueConstraint('kit_key', name=op.f('uq_quality_checks_kit_key'))
    )
    with op.batch_alter_table('quality_checks', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_quality_checks_order_id'), ['order_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_quality_checks_worker_id'), ['worker_id'], unique=False)
    # Plain ADD COLUMN (no batch): SQLite keeps the table, and with it the outbox triggers of 0005.
    op.add_column('help_calls', sa.Column('kind', sa.String(length=16), server_default='help', nullable=False))
    if op.get_bind().dialect.name == "sqlite":  # checks travel to the central server like help calls
        for event in ("INSERT", "UPDATE"):
            op.execute(f"CREATE TRIGGER outbox_quality_checks_{event.lower()} AFTER {event} ON quality_checks "
                       "BEGIN INSERT INTO sync_outbox (table_name, row_id) VALUES ('quality_checks', NEW.id); END")



def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for event in ("insert", "update"):
            op.execute(f"DROP TRIGGER IF EXISTS outbox_quality_checks_{event}")
    with op.batch_alter_table('quality_checks', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_quality_checks_worker_id'))
        batch_op.drop_index(batch_op.f('ix_quality_checks_order_id'))

    with op.batch_alter_table('help_calls') as batch_op:
        batch_op.drop_column('kind')
    op.drop_table('quality_checks')
    op.drop_table('quality_rules')
