"""Governance and meetings: organisations, people, bodies, seats, memberships, meetings with agenda,
attendance, decisions, action items and their history, minutes amendments, OWG case-conference items.

Revision ID: 0004
Revises: 0003
"""

import sqlalchemy as sa
from alembic import op

revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('gov_body',
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('area', sa.String(length=120), nullable=True),
    sa.Column('in_development', sa.Boolean(), nullable=False),
    sa.Column('rule', sa.String(length=40), nullable=False),
    sa.Column('quorum_count', sa.Integer(), nullable=True),
    sa.Column('quorum_percent', sa.Integer(), nullable=True),
    sa.Column('meets', sa.String(length=200), nullable=True),
    sa.Column('purpose', sa.Text(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_by', sa.String(length=36), nullable=True),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_table('gov_organisation',
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('short_name', sa.String(length=40), nullable=True),
    sa.Column('kind', sa.String(length=32), nullable=False),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_by', sa.String(length=36), nullable=True),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_table('gov_body_seat',
    sa.Column('body_id', sa.String(length=36), nullable=False),
    sa.Column('organisation_id', sa.String(length=36), nullable=True),
    sa.Column('seats', sa.Integer(), nullable=False),
    sa.Column('note', sa.String(length=200), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_by', sa.String(length=36), nullable=True),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['body_id'], ['gov_body.id'], ),
    sa.ForeignKeyConstraint(['organisation_id'], ['gov_organisation.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('gov_body_seat', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_gov_body_seat_body_id'), ['body_id'], unique=False)

    op.create_table('gov_person',
    sa.Column('full_name', sa.String(length=120), nullable=False),
    sa.Column('organisation_id', sa.String(length=36), nullable=True),
    sa.Column('title', sa.String(length=120), nullable=True),
    sa.Column('email', sa.String(length=200), nullable=True),
    sa.Column('phone', sa.String(length=40), nullable=True),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_by', sa.String(length=36), nullable=True),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['organisation_id'], ['gov_organisation.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('gov_person', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_gov_person_organisation_id'), ['organisation_id'], unique=False)

    op.create_table('meeting',
    sa.Column('body_id', sa.String(length=36), nullable=False),
    sa.Column('starts_at', sa.DateTime(), nullable=False),
    sa.Column('place', sa.String(length=200), nullable=True),
    sa.Column('virtual_link', sa.String(length=500), nullable=True),
    sa.Column('next_meeting_at', sa.DateTime(), nullable=True),
    sa.Column('minutes_status', sa.String(length=16), nullable=False),
    sa.Column('circulated_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('approved_at_meeting_id', sa.String(length=36), nullable=True),
    sa.Column('approved_on', sa.Date(), nullable=True),
    sa.Column('locked_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_by', sa.String(length=36), nullable=True),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['approved_at_meeting_id'], ['meeting.id'], ),
    sa.ForeignKeyConstraint(['body_id'], ['gov_body.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('meeting', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_meeting_approved_at_meeting_id'), ['approved_at_meeting_id'], unique=False)
        batch_op.create_index('ix_meeting_body_starts', ['body_id', 'starts_at'], unique=False)

    op.create_table('case_conference_item',
    sa.Column('meeting_id', sa.String(length=36), nullable=False),
    sa.Column('participant_id', sa.String(length=36), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.Column('follow_up', sa.Text(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_by', sa.String(length=36), nullable=True),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['meeting_id'], ['meeting.id'], ),
    sa.ForeignKeyConstraint(['participant_id'], ['participant.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('case_conference_item', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_case_conference_item_meeting_id'), ['meeting_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_case_conference_item_participant_id'), ['participant_id'], unique=False)

    op.create_table('gov_membership',
    sa.Column('body_id', sa.String(length=36), nullable=False),
    sa.Column('person_id', sa.String(length=36), nullable=False),
    sa.Column('organisation_id', sa.String(length=36), nullable=True),
    sa.Column('role', sa.String(length=16), nullable=False),
    sa.Column('term_start', sa.Date(), nullable=False),
    sa.Column('term_end', sa.Date(), nullable=True),
    sa.Column('decision_authority', sa.Boolean(), nullable=False),
    sa.Column('confidentiality_signed_on', sa.Date(), nullable=True),
    sa.Column('alternate_for_id', sa.String(length=36), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_by', sa.String(length=36), nullable=True),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['alternate_for_id'], ['gov_membership.id'], ),
    sa.ForeignKeyConstraint(['body_id'], ['gov_body.id'], ),
    sa.ForeignKeyConstraint(['organisation_id'], ['gov_organisation.id'], ),
    sa.ForeignKeyConstraint(['person_id'], ['gov_person.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('gov_membership', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_gov_membership_body_id'), ['body_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_gov_membership_person_id'), ['person_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_gov_membership_term_end'), ['term_end'], unique=False)

    op.create_table('meeting_agenda_item',
    sa.Column('meeting_id', sa.String(length=36), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('presenter', sa.String(length=120), nullable=True),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_by', sa.String(length=36), nullable=True),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['meeting_id'], ['meeting.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('meeting_agenda_item', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_meeting_agenda_item_meeting_id'), ['meeting_id'], unique=False)

    op.create_table('meeting_amendment',
    sa.Column('meeting_id', sa.String(length=36), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('proposed_by', sa.String(length=120), nullable=True),
    sa.Column('recorded_by', sa.String(length=36), nullable=True),
    sa.Column('recorded_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_by', sa.String(length=36), nullable=True),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['meeting_id'], ['meeting.id'], ),
    sa.ForeignKeyConstraint(['recorded_by'], ['account.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('meeting_amendment', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_meeting_amendment_meeting_id'), ['meeting_id'], unique=False)

    op.create_table('meeting_action_item',
    sa.Column('body_id', sa.String(length=36), nullable=False),
    sa.Column('meeting_id', sa.String(length=36), nullable=False),
    sa.Column('agenda_item_id', sa.String(length=36), nullable=True),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('owner', sa.String(length=120), nullable=False),
    sa.Column('due_on', sa.Date(), nullable=True),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('closed_on', sa.Date(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_by', sa.String(length=36), nullable=True),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['agenda_item_id'], ['meeting_agenda_item.id'], ),
    sa.ForeignKeyConstraint(['body_id'], ['gov_body.id'], ),
    sa.ForeignKeyConstraint(['meeting_id'], ['meeting.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('meeting_action_item', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_meeting_action_item_body_id'), ['body_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_meeting_action_item_meeting_id'), ['meeting_id'], unique=False)

    op.create_table('meeting_attendance',
    sa.Column('meeting_id', sa.String(length=36), nullable=False),
    sa.Column('membership_id', sa.String(length=36), nullable=True),
    sa.Column('person_id', sa.String(length=36), nullable=True),
    sa.Column('guest_name', sa.String(length=120), nullable=True),
    sa.Column('organisation_id', sa.String(length=36), nullable=True),
    sa.Column('role', sa.String(length=16), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=True),
    sa.Column('note', sa.String(length=200), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_by', sa.String(length=36), nullable=True),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['meeting_id'], ['meeting.id'], ),
    sa.ForeignKeyConstraint(['membership_id'], ['gov_membership.id'], ),
    sa.ForeignKeyConstraint(['organisation_id'], ['gov_organisation.id'], ),
    sa.ForeignKeyConstraint(['person_id'], ['gov_person.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('meeting_attendance', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_meeting_attendance_meeting_id'), ['meeting_id'], unique=False)

    op.create_table('meeting_decision',
    sa.Column('meeting_id', sa.String(length=36), nullable=False),
    sa.Column('agenda_item_id', sa.String(length=36), nullable=True),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('method', sa.String(length=16), nullable=False),
    sa.Column('votes_for', sa.Integer(), nullable=True),
    sa.Column('votes_against', sa.Integer(), nullable=True),
    sa.Column('votes_abstain', sa.Integer(), nullable=True),
    sa.Column('mover', sa.String(length=120), nullable=True),
    sa.Column('seconder', sa.String(length=120), nullable=True),
    sa.Column('outcome', sa.String(length=16), nullable=False),
    sa.Column('criteria_version_id', sa.String(length=36), nullable=True),
    sa.Column('intake_deadline_days', sa.Integer(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_by', sa.String(length=36), nullable=True),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['agenda_item_id'], ['meeting_agenda_item.id'], ),
    sa.ForeignKeyConstraint(['criteria_version_id'], ['screening_checklist.id'], ),
    sa.ForeignKeyConstraint(['meeting_id'], ['meeting.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('meeting_decision', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_meeting_decision_meeting_id'), ['meeting_id'], unique=False)

    op.create_table('meeting_action_update',
    sa.Column('action_item_id', sa.String(length=36), nullable=False),
    sa.Column('meeting_id', sa.String(length=36), nullable=True),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_by', sa.String(length=36), nullable=True),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['action_item_id'], ['meeting_action_item.id'], ),
    sa.ForeignKeyConstraint(['meeting_id'], ['meeting.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('meeting_action_update', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_meeting_action_update_action_item_id'), ['action_item_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('meeting_action_update', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_meeting_action_update_action_item_id'))

    op.drop_table('meeting_action_update')
    with op.batch_alter_table('meeting_decision', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_meeting_decision_meeting_id'))

    op.drop_table('meeting_decision')
    with op.batch_alter_table('meeting_attendance', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_meeting_attendance_meeting_id'))

    op.drop_table('meeting_attendance')
    with op.batch_alter_table('meeting_action_item', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_meeting_action_item_meeting_id'))
        batch_op.drop_index(batch_op.f('ix_meeting_action_item_body_id'))

    op.drop_table('meeting_action_item')
    with op.batch_alter_table('meeting_amendment', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_meeting_amendment_meeting_id'))

    op.drop_table('meeting_amendment')
    with op.batch_alter_table('meeting_agenda_item', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_meeting_agenda_item_meeting_id'))

    op.drop_table('meeting_agenda_item')
    with op.batch_alter_table('gov_membership', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_gov_membership_term_end'))
        batch_op.drop_index(batch_op.f('ix_gov_membership_person_id'))
        batch_op.drop_index(batch_op.f('ix_gov_membership_body_id'))

    op.drop_table('gov_membership')
    with op.batch_alter_table('case_conference_item', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_case_conference_item_participant_id'))
        batch_op.drop_index(batch_op.f('ix_case_conference_item_meeting_id'))

    op.drop_table('case_conference_item')
    with op.batch_alter_table('meeting', schema=None) as batch_op:
        batch_op.drop_index('ix_meeting_body_starts')
        batch_op.drop_index(batch_op.f('ix_meeting_approved_at_meeting_id'))

    op.drop_table('meeting')
    with op.batch_alter_table('gov_person', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_gov_person_organisation_id'))

    op.drop_table('gov_person')
    with op.batch_alter_table('gov_body_seat', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_gov_body_seat_body_id'))

    op.drop_table('gov_body_seat')
    op.drop_table('gov_organisation')
    op.drop_table('gov_body')
