"""insertion path

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-02 21:53:09.562702
"""

import sqlalchemy as sa
from alembic import op

revision = '0012'
down_revision = '0011'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('passport_job_codes',
    sa.Column('operation', sa.String(length=32), nullable=False),
    sa.Column('rome_code', sa.String(length=8), nullable=False),
    sa.Column('label', sa.String(length=200), nullable=False),
    sa.PrimaryKeyConstraint('operation', name=op.f('pk_passport_job_codes'))
    )
    op.create_table('accompaniment_entries',
    sa.Column('worker_id', sa.Uuid(), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('minutes', sa.Integer(), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('next_step', sa.String(length=300), nullable=False),
    sa.Column('next_step_on', sa.Date(), nullable=True),
    sa.Column('author', sa.String(length=64), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.CheckConstraint("kind IN ('professional_project', 'job_search', 'training', 'health_access', 'housing', 'administrative', 'budget', 'mobility')", name=op.f('ck_accompaniment_entries_kind_valid')),
    sa.CheckConstraint('minutes >= 0', name=op.f('ck_accompaniment_entries_minutes_positive')),
    sa.ForeignKeyConstraint(['worker_id'], ['workers.id'], name=op.f('fk_accompaniment_entries_worker_id_workers'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_accompaniment_entries'))
    )
    with op.batch_alter_table('accompaniment_entries', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_accompaniment_entries_worker_id'), ['worker_id'], unique=False)

    op.create_table('immersions',
    sa.Column('worker_id', sa.Uuid(), nullable=False),
    sa.Column('host', sa.String(length=200), nullable=False),
    sa.Column('start_date', sa.Date(), nullable=False),
    sa.Column('end_date', sa.Date(), nullable=False),
    sa.Column('goal', sa.String(length=300), nullable=False),
    sa.Column('tutor', sa.String(length=200), nullable=False),
    sa.Column('outcome', sa.String(length=13), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.CheckConstraint("outcome IN ('hired', 'confirmed', 'not_confirmed', 'interrupted')", name=op.f('ck_immersions_outcome_valid')),
    sa.CheckConstraint('end_date >= start_date', name=op.f('ck_immersions_dates_ordered')),
    sa.ForeignKeyConstraint(['worker_id'], ['workers.id'], name=op.f('fk_immersions_worker_id_workers'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_immersions'))
    )
    with op.batch_alter_table('immersions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_immersions_worker_id'), ['worker_id'], unique=False)

    op.create_table('insertion_contracts',
    sa.Column('worker_id', sa.Uuid(), nullable=False),
    sa.Column('kind', sa.String(length=7), nullable=False),
    sa.Column('start_date', sa.Date(), nullable=False),
    sa.Column('end_date', sa.Date(), nullable=False),
    sa.Column('weekly_hours', sa.Float(), nullable=False),
    sa.Column('reason', sa.String(length=300), nullable=False),
    sa.Column('ended_on', sa.Date(), nullable=True),
    sa.Column('end_cause', sa.String(length=300), nullable=False),
    sa.Column('source', sa.String(length=200), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.CheckConstraint("kind IN ('initial', 'renewal')", name=op.f('ck_insertion_contracts_kind_valid')),
    sa.CheckConstraint('end_date >= start_date', name=op.f('ck_insertion_contracts_dates_ordered')),
    sa.CheckConstraint('weekly_hours > 0', name=op.f('ck_insertion_contracts_hours_positive')),
    sa.ForeignKeyConstraint(['worker_id'], ['workers.id'], name=op.f('fk_insertion_contracts_worker_id_workers'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_insertion_contracts')),
    sa.UniqueConstraint('worker_id', 'start_date', name='worker_start')
    )
    with op.batch_alter_table('insertion_contracts', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_insertion_contracts_worker_id'), ['worker_id'], unique=False)

    op.create_table('insertion_exits',
    sa.Column('worker_id', sa.Uuid(), nullable=False),
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('outcome', sa.String(length=12), nullable=False),
    sa.Column('site', sa.String(length=64), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.CheckConstraint("outcome IN ('cdi', 'cdd_6m_plus', 'creation', 'cdd_under_6m', 'interim', 'contrat_aide', 'training', 'siae', 'other', 'neutral')", name=op.f('ck_insertion_exits_outcome_valid')),
    sa.ForeignKeyConstraint(['worker_id'], ['workers.id'], name=op.f('fk_insertion_exits_worker_id_workers'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_insertion_exits')),
    sa.UniqueConstraint('worker_id', name=op.f('uq_insertion_exits_worker_id'))
    )
    op.create_table('insertion_suspensions',
    sa.Column('worker_id', sa.Uuid(), nullable=False),
    sa.Column('start_date', sa.Date(), nullable=False),
    sa.Column('end_date', sa.Date(), nullable=False),
    sa.Column('reason', sa.String(length=200), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.CheckConstraint('end_date >= start_date', name=op.f('ck_insertion_suspensions_dates_ordered')),
    sa.ForeignKeyConstraint(['worker_id'], ['workers.id'], name=op.f('fk_insertion_suspensions_worker_id_workers'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_insertion_suspensions'))
    )
    with op.batch_alter_table('insertion_suspensions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_insertion_suspensions_worker_id'), ['worker_id'], unique=False)

    op.create_table('trainings',
    sa.Column('worker_id', sa.Uuid(), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('certification', sa.String(length=200), nullable=False),
    sa.Column('start_date', sa.Date(), nullable=False),
    sa.Column('end_date', sa.Date(), nullable=True),
    sa.Column('planned_hours', sa.Float(), nullable=False),
    sa.Column('done_hours', sa.Float(), nullable=False),
    sa.Column('obtained_on', sa.Date(), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.CheckConstraint('planned_hours >= 0 AND done_hours >= 0', name=op.f('ck_trainings_hours_positive')),
    sa.ForeignKeyConstraint(['worker_id'], ['workers.id'], name=op.f('fk_trainings_worker_id_workers'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_trainings'))
    )
    with op.batch_alter_table('trainings', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_trainings_worker_id'), ['worker_id'], unique=False)

    with op.batch_alter_table('workers', schema=None) as batch_op:
        batch_op.add_column(sa.Column('anonymised_at', sa.DateTime(timezone=True), nullable=True))



def downgrade() -> None:
    with op.batch_alter_table('workers', schema=None) as batch_op:
        batch_op.drop_column('anonymised_at')

    with op.batch_alter_table('trainings', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_trainings_worker_id'))

    op.drop_table('trainings')
    with op.batch_alter_table('insertion_suspensions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_insertion_suspensions_worker_id'))

    op.drop_table('insertion_suspensions')
    op.drop_table('insertion_exits')
    with op.batch_alter_table('insertion_contracts', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_insertion_contracts_worker_id'))

    op.drop_table('insertion_contracts')
    with op.batch_alter_table('immersions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_immersions_worker_id'))

    op.drop_table('immersions')
    with op.batch_alter_table('accompaniment_entries', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_accompaniment_entries_worker_id'))

    op.drop_table('accompaniment_entries')
    op.drop_table('passport_job_codes')
