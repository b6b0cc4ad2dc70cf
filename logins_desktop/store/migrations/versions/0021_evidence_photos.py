"""evidence photos: of a kit at its quality check, or of goods refused damaged at the dock; the
file is kept in the data dir and neither it nor its row is synced (no outbox trigger). A kit's
quality rule may ask for a photo of each checked kit (quality_rules.photo).

Revision ID: 0021
Revises: 0020
Create Date: 2026-12-07 07:52:15.774314
"""

import sqlalchemy as sa
from alembic import op

revision = '0021'
down_revision = '0020'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('quality_rules', schema=None) as batch_op:
        batch_op.add_column(sa.Column('photo', sa.Boolean(), nullable=False, server_default=sa.false()))
    op.create_table('evidence_photos',
    sa.Column('kind', sa.String(length=15), nullable=False),
    sa.Column('quality_check_id', sa.Uuid(), nullable=True),
    sa.Column('receipt_line_id', sa.Uuid(), nullable=True),
    sa.Column('product_id', sa.Uuid(), nullable=True),
    sa.Column('lot', sa.String(length=20), nullable=False),
    sa.Column('file', sa.String(length=120), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('width', sa.Integer(), nullable=False),
    sa.Column('height', sa.Integer(), nullable=False),
    sa.Column('taken_by', sa.String(length=64), nullable=False),
    sa.Column('station', sa.String(length=64), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.CheckConstraint("(kind = 'quality_check') = (quality_check_id IS NOT NULL)", name=op.f('ck_evidence_photos_quality_check_has_its_check')),
    sa.CheckConstraint("kind IN ('quality_check', 'damaged_receipt')", name=op.f('ck_evidence_photos_kind_valid')),
    sa.ForeignKeyConstraint(['product_id'], ['products.id'], name=op.f('fk_evidence_photos_product_id_products')),
    sa.ForeignKeyConstraint(['quality_check_id'], ['quality_checks.id'], name=op.f('fk_evidence_photos_quality_check_id_quality_checks'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['receipt_line_id'], ['expected_receipt_lines.id'], name=op.f('fk_evidence_photos_receipt_line_id_expected_receipt_lines')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_evidence_photos')),
    sa.UniqueConstraint('file', name=op.f('uq_evidence_photos_file'))
    )
    with op.batch_alter_table('evidence_photos', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_evidence_photos_quality_check_id'), ['quality_check_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_evidence_photos_receipt_line_id'), ['receipt_line_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('evidence_photos', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_evidence_photos_receipt_line_id'))
        batch_op.drop_index(batch_op.f('ix_evidence_photos_quality_check_id'))

    op.drop_table('evidence_photos')
    with op.batch_alter_table('quality_rules', schema=None) as batch_op:
        batch_op.drop_column('photo')
