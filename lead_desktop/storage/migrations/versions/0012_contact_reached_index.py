"""Contacts: the index (participant, time) also holds whether a contact reached the person and whether
it was deleted, so the program report counts a year's contacts from the index alone instead of reading
every contact row (seconds on a site with a million contacts). It replaces the two-column index, which
served only its leading columns; lists of a person's contacts use those as before.

Revision ID: 0012
Revises: 0011
"""

from alembic import op

revision = '0012'
down_revision = '0011'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.drop_index('ix_contact_participant_at', table_name='contact')
    op.create_index('ix_contact_participant_at', 'contact', ['participant_id', 'at', 'unable_to_locate', 'deleted_at'],
                    unique=False)


def downgrade() -> None:
    op.drop_index('ix_contact_participant_at', table_name='contact')
    op.create_index('ix_contact_participant_at', 'contact', ['participant_id', 'at'], unique=False)
