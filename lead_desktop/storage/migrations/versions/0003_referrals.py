"""Referral intake: referral sources (agencies, officers), versioned screening checklists, referrals.

Revision ID: 0003
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op

revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('referral_agency',
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('kind', sa.String(length=32), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('note', sa.Text(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_by', sa.String(length=36), nullable=True),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_table('screening_checklist',
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('criteria', sa.Text(), nullable=False),
    sa.Column('change_note', sa.String(length=500), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_by', sa.String(length=36), nullable=True),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('version')
    )
    op.create_table('referring_officer',
    sa.Column('agency_id', sa.String(length=36), nullable=True),
    sa.Column('name', sa.String(length=120), nullable=False),
    sa.Column('badge', sa.String(length=40), nullable=True),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_by', sa.String(length=36), nullable=True),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['agency_id'], ['referral_agency.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('referring_officer', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_referring_officer_agency_id'), ['agency_id'], unique=False)

    op.create_table('referral',
    sa.Column('pathway', sa.String(length=32), nullable=False),
    sa.Column('outcome', sa.String(length=32), nullable=False),
    sa.Column('outcome_on', sa.Date(), nullable=True),
    sa.Column('referred_at', sa.DateTime(), nullable=False),
    sa.Column('handoff_at', sa.DateTime(), nullable=True),
    sa.Column('first_name', sa.String(length=80), nullable=True),
    sa.Column('middle_name', sa.String(length=80), nullable=True),
    sa.Column('last_name', sa.String(length=80), nullable=True),
    sa.Column('aliases', sa.String(length=400), nullable=True),
    sa.Column('dob', sa.Date(), nullable=True),
    sa.Column('race_ethnicity', sa.String(length=40), nullable=False),
    sa.Column('sex', sa.String(length=4), nullable=False),
    sa.Column('agency_id', sa.String(length=36), nullable=True),
    sa.Column('officer_id', sa.String(length=36), nullable=True),
    sa.Column('referring_person', sa.String(length=200), nullable=True),
    sa.Column('location', sa.String(length=200), nullable=True),
    sa.Column('alleged_offences', sa.Text(), nullable=True),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.Column('case_manager_id', sa.String(length=36), nullable=True),
    sa.Column('checklist_id', sa.String(length=36), nullable=True),
    sa.Column('screening_answers', sa.Text(), nullable=True),
    sa.Column('screening_result', sa.String(length=16), nullable=True),
    sa.Column('override_result', sa.String(length=16), nullable=True),
    sa.Column('override_by', sa.String(length=200), nullable=True),
    sa.Column('override_reason', sa.Text(), nullable=True),
    sa.Column('override_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('intake_due_on', sa.Date(), nullable=True),
    sa.Column('intake_completed_on', sa.Date(), nullable=True),
    sa.Column('prosecutor_notified_on', sa.Date(), nullable=True),
    sa.Column('prosecutor_notified_how', sa.String(length=200), nullable=True),
    sa.Column('charges_filed', sa.Boolean(), nullable=True),
    sa.Column('charges_filed_on', sa.Date(), nullable=True),
    sa.Column('participant_id', sa.String(length=36), nullable=True),
    sa.Column('sort_name', sa.String(length=170), nullable=False),
    sa.Column('search_text', sa.Text(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_by', sa.String(length=36), nullable=True),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['agency_id'], ['referral_agency.id'], ),
    sa.ForeignKeyConstraint(['case_manager_id'], ['account.id'], ),
    sa.ForeignKeyConstraint(['checklist_id'], ['screening_checklist.id'], ),
    sa.ForeignKeyConstraint(['officer_id'], ['referring_officer.id'], ),
    sa.ForeignKeyConstraint(['participant_id'], ['participant.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('referral', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_referral_agency_id'), ['agency_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_referral_officer_id'), ['officer_id'], unique=False)
        batch_op.create_index('ix_referral_outcome_due', ['outcome', 'intake_due_on'], unique=False)
        batch_op.create_index(batch_op.f('ix_referral_participant_id'), ['participant_id'], unique=False)
        batch_op.create_index('ix_referral_pathway', ['pathway'], unique=False)
        batch_op.create_index('ix_referral_referred_at', ['referred_at'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('referral', schema=None) as batch_op:
        batch_op.drop_index('ix_referral_referred_at')
        batch_op.drop_index('ix_referral_pathway')
        batch_op.drop_index(batch_op.f('ix_referral_participant_id'))
        batch_op.drop_index('ix_referral_outcome_due')
        batch_op.drop_index(batch_op.f('ix_referral_officer_id'))
        batch_op.drop_index(batch_op.f('ix_referral_agency_id'))

    op.drop_table('referral')
    with op.batch_alter_table('referring_officer', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_referring_officer_agency_id'))

    op.drop_table('referring_officer')
    op.drop_table('screening_checklist')
    op.drop_table('referral_agency')
