"""users.site: a station receives only the users of its own site

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-02 22:20:00
"""

import sqlalchemy as sa
from alembic import op

revision = '0010'
down_revision = '0009'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('users') as batch:
        batch.add_column(sa.Column('site', sa.String(length=64), server_default='', nullable=False))


def downgrade() -> None:
    with op.batch_alter_table('users') as batch:
        batch.drop_column('site')
