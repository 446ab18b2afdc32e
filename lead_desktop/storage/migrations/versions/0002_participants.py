"""Participants and case management: records, contacts, plans, services, housing, legal cases, consents.

Revision ID: 0002
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op

revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('participant',
    sa.Column('sequence', sa.Integer(), nullable=False),
    sa.Column('lead_number', sa.String(length=20), nullable=False),
    sa.Column('first_name', sa.String(length=80), nullable=True),
    sa.Column('middle_name', sa.String(length=80), nullable=True),
    sa.Column('last_name', sa.String(length=80), nullable=True),
    sa.Column('name_quality', sa.String(length=4), nullable=False),
    sa.Column('dob', sa.Date(), nullable=True),
    sa.Column('dob_quality', sa.String(length=4), nullable=False),
    sa.Column('race_ethnicity', sa.String(length=40), nullable=False),
    sa.Column('sex', sa.String(length=4), nullable=False),
    sa.Column('gender_identity', sa.String(length=80), nullable=True),
    sa.Column('veteran_status', sa.String(length=4), nullable=False),
    sa.Column('disabling_condition', sa.String(length=4), nullable=False),
    sa.Column('phone', sa.String(length=40), nullable=True),
    sa.Column('where_to_find', sa.Text(), nullable=True),
    sa.Column('case_manager_id', sa.String(length=36), nullable=True),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('enrolled_on', sa.Date(), nullable=False),
    sa.Column('exit_date', sa.Date(), nullable=True),
    sa.Column('exit_reason', sa.String(length=32), nullable=True),
    sa.Column('exit_destination', sa.String(length=4), nullable=True),
    sa.Column('vocab_version', sa.String(length=12), nullable=False),
    sa.Column('sort_name', sa.String(length=170), nullable=False),
    sa.Column('search_text', sa.Text(), nullable=False),
    sa.Column('last_contact_at', sa.DateTime(), nullable=True),
    sa.Column('merged_into_id', sa.String(length=36), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_by', sa.String(length=36), nullable=True),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['case_manager_id'], ['account.id'], ),
    sa.ForeignKeyConstraint(['merged_into_id'], ['participant.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('lead_number'),
    sa.UniqueConstraint('sequence')
    )
    with op.batch_alter_table('participant', schema=None) as batch_op:
        batch_op.create_index('ix_participant_case_manager', ['case_manager_id'], unique=False)
        batch_op.create_index('ix_participant_dob', ['dob'], unique=False)
        batch_op.create_index('ix_participant_last_contact', ['last_contact_at'], unique=False)
        batch_op.create_index('ix_participant_sort_name', ['sort_name'], unique=False)
        batch_op.create_index('ix_participant_status', ['status'], unique=False)
        batch_op.create_index(
            'ix_participant_list', ['sort_name', 'sequence', 'search_text', 'id'], unique=False,
            sqlite_where=sa.text('deleted_at IS NULL AND merged_into_id IS NULL'),
            postgresql_where=sa.text('deleted_at IS NULL AND merged_into_id IS NULL'),
        )

    op.create_table('assessment',
    sa.Column('participant_id', sa.String(length=36), nullable=False),
    sa.Column('assessed_on', sa.Date(), nullable=False),
    sa.Column('assessor_id', sa.String(length=36), nullable=True),
    sa.Column('needs', sa.Text(), nullable=False),
    sa.Column('summary', sa.Text(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_by', sa.String(length=36), nullable=True),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['assessor_id'], ['account.id'], ),
    sa.ForeignKeyConstraint(['participant_id'], ['participant.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('assessment', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_assessment_participant_id'), ['participant_id'], unique=False)

    op.create_table('consent',
    sa.Column('participant_id', sa.String(length=36), nullable=False),
    sa.Column('consent_type', sa.String(length=32), nullable=False),
    sa.Column('sud', sa.Boolean(), nullable=False),
    sa.Column('disclosing_party', sa.String(length=300), nullable=False),
    sa.Column('recipients', sa.Text(), nullable=False),
    sa.Column('information', sa.String(length=200), nullable=False),
    sa.Column('information_detail', sa.Text(), nullable=True),
    sa.Column('purpose', sa.String(length=500), nullable=False),
    sa.Column('right_to_revoke_explained', sa.Boolean(), nullable=False),
    sa.Column('signer', sa.String(length=20), nullable=False),
    sa.Column('representative_name', sa.String(length=120), nullable=True),
    sa.Column('signed_on', sa.Date(), nullable=False),
    sa.Column('expires_on', sa.Date(), nullable=True),
    sa.Column('expiry_event', sa.String(length=200), nullable=True),
    sa.Column('revoked_on', sa.Date(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_by', sa.String(length=36), nullable=True),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['participant_id'], ['participant.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('consent', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_consent_expires_on'), ['expires_on'], unique=False)
        batch_op.create_index(batch_op.f('ix_consent_participant_id'), ['participant_id'], unique=False)

    op.create_table('contact',
    sa.Column('participant_id', sa.String(length=36), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('staff_id', sa.String(length=36), nullable=True),
    sa.Column('contact_type', sa.String(length=20), nullable=False),
    sa.Column('location', sa.String(length=200), nullable=True),
    sa.Column('duration_minutes', sa.Integer(), nullable=True),
    sa.Column('unable_to_locate', sa.Boolean(), nullable=False),
    sa.Column('note', sa.Text(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_by', sa.String(length=36), nullable=True),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['participant_id'], ['participant.id'], ),
    sa.ForeignKeyConstraint(['staff_id'], ['account.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('contact', schema=None) as batch_op:
        batch_op.create_index('ix_contact_participant_at', ['participant_id', 'at'], unique=False)

    op.create_table('housing_status',
    sa.Column('participant_id', sa.String(length=36), nullable=False),
    sa.Column('effective_on', sa.Date(), nullable=False),
    sa.Column('living_situation', sa.String(length=4), nullable=False),
    sa.Column('vocab_version', sa.String(length=12), nullable=False),
    sa.Column('note', sa.Text(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_by', sa.String(length=36), nullable=True),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['participant_id'], ['participant.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('housing_status', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_housing_status_participant_id'), ['participant_id'], unique=False)

    op.create_table('legal_case',
    sa.Column('participant_id', sa.String(length=36), nullable=False),
    sa.Column('jurisdiction', sa.String(length=120), nullable=False),
    sa.Column('case_number', sa.String(length=60), nullable=True),
    sa.Column('charges', sa.Text(), nullable=True),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('next_court_at', sa.DateTime(), nullable=True),
    sa.Column('prosecutor_contact', sa.String(length=200), nullable=True),
    sa.Column('defender_contact', sa.String(length=200), nullable=True),
    sa.Column('note', sa.Text(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_by', sa.String(length=36), nullable=True),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['participant_id'], ['participant.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('legal_case', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_legal_case_next_court_at'), ['next_court_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_legal_case_participant_id'), ['participant_id'], unique=False)

    op.create_table('participant_alias',
    sa.Column('participant_id', sa.String(length=36), nullable=False),
    sa.Column('alias', sa.String(length=80), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_by', sa.String(length=36), nullable=True),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['participant_id'], ['participant.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('participant_alias', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_participant_alias_participant_id'), ['participant_id'], unique=False)

    op.create_table('participant_merge',
    sa.Column('kept_id', sa.String(length=36), nullable=False),
    sa.Column('merged_id', sa.String(length=36), nullable=False),
    sa.Column('moved', sa.Text(), nullable=False),
    sa.Column('merged_by', sa.String(length=36), nullable=True),
    sa.Column('undone_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_by', sa.String(length=36), nullable=True),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['kept_id'], ['participant.id'], ),
    sa.ForeignKeyConstraint(['merged_by'], ['account.id'], ),
    sa.ForeignKeyConstraint(['merged_id'], ['participant.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('participant_merge', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_participant_merge_kept_id'), ['kept_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_participant_merge_merged_id'), ['merged_id'], unique=False)

    op.create_table('plan_goal',
    sa.Column('participant_id', sa.String(length=36), nullable=False),
    sa.Column('goal', sa.String(length=500), nullable=False),
    sa.Column('domain', sa.String(length=32), nullable=True),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('set_on', sa.Date(), nullable=False),
    sa.Column('target_date', sa.Date(), nullable=True),
    sa.Column('closed_on', sa.Date(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_by', sa.String(length=36), nullable=True),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['participant_id'], ['participant.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('plan_goal', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_plan_goal_participant_id'), ['participant_id'], unique=False)

    op.create_table('service_linkage',
    sa.Column('participant_id', sa.String(length=36), nullable=False),
    sa.Column('service_type', sa.String(length=32), nullable=False),
    sa.Column('provider', sa.String(length=200), nullable=True),
    sa.Column('referred_on', sa.Date(), nullable=False),
    sa.Column('outcome', sa.String(length=10), nullable=False),
    sa.Column('outcome_on', sa.Date(), nullable=True),
    sa.Column('note', sa.Text(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_by', sa.String(length=36), nullable=True),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['participant_id'], ['participant.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('service_linkage', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_service_linkage_participant_id'), ['participant_id'], unique=False)

    op.create_table('consent_document',
    sa.Column('consent_id', sa.String(length=36), nullable=False),
    sa.Column('filename', sa.String(length=200), nullable=False),
    sa.Column('media_type', sa.String(length=80), nullable=False),
    sa.Column('size', sa.Integer(), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('data', sa.LargeBinary(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_by', sa.String(length=36), nullable=True),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['consent_id'], ['consent.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('consent_document', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_consent_document_consent_id'), ['consent_id'], unique=False)

    op.create_table('disclosure',
    sa.Column('participant_id', sa.String(length=36), nullable=False),
    sa.Column('consent_id', sa.String(length=36), nullable=True),
    sa.Column('disclosed_on', sa.Date(), nullable=False),
    sa.Column('recipient', sa.String(length=200), nullable=False),
    sa.Column('information', sa.Text(), nullable=False),
    sa.Column('purpose', sa.String(length=300), nullable=True),
    sa.Column('reason_without_consent', sa.Text(), nullable=True),
    sa.Column('staff_id', sa.String(length=36), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_by', sa.String(length=36), nullable=True),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['consent_id'], ['consent.id'], ),
    sa.ForeignKeyConstraint(['participant_id'], ['participant.id'], ),
    sa.ForeignKeyConstraint(['staff_id'], ['account.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('disclosure', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_disclosure_participant_id'), ['participant_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('disclosure', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_disclosure_participant_id'))

    op.drop_table('disclosure')
    with op.batch_alter_table('consent_document', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_consent_document_consent_id'))

    op.drop_table('consent_document')
    with op.batch_alter_table('service_linkage', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_service_linkage_participant_id'))

    op.drop_table('service_linkage')
    with op.batch_alter_table('plan_goal', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_plan_goal_participant_id'))

    op.drop_table('plan_goal')
    with op.batch_alter_table('participant_merge', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_participant_merge_merged_id'))
        batch_op.drop_index(batch_op.f('ix_participant_merge_kept_id'))

    op.drop_table('participant_merge')
    with op.batch_alter_table('participant_alias', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_participant_alias_participant_id'))

    op.drop_table('participant_alias')
    with op.batch_alter_table('legal_case', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_legal_case_participant_id'))
        batch_op.drop_index(batch_op.f('ix_legal_case_next_court_at'))

    op.drop_table('legal_case')
    with op.batch_alter_table('housing_status', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_housing_status_participant_id'))

    op.drop_table('housing_status')
    with op.batch_alter_table('contact', schema=None) as batch_op:
        batch_op.drop_index('ix_contact_participant_at')

    op.drop_table('contact')
    with op.batch_alter_table('consent', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_consent_participant_id'))
        batch_op.drop_index(batch_op.f('ix_consent_expires_on'))

    op.drop_table('consent')
    with op.batch_alter_table('assessment', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_assessment_participant_id'))

    op.drop_table('assessment')
    with op.batch_alter_table('participant', schema=None) as batch_op:
        batch_op.drop_index('ix_participant_list')
        batch_op.drop_index('ix_participant_status')
        batch_op.drop_index('ix_participant_sort_name')
        batch_op.drop_index('ix_participant_last_contact')
        batch_op.drop_index('ix_participant_dob')
        batch_op.drop_index('ix_participant_case_manager')

    op.drop_table('participant')
