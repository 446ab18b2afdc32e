"""Record versions: a `row_version` on every table, the optimistic lock of shared server mode.

Existing rows start at version 1 (the server default). The default is the literal '1', not
sa.text('1'): Alembic's SQLite batch mode copies the whole table for an expression default,
which would drop the audit log's append-only triggers; with a literal it is a plain
ALTER TABLE … ADD COLUMN on SQLite and on PostgreSQL alike.

Revision ID: 0006
Revises: 0005
"""

import sqlalchemy as sa
from alembic import op

revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None

# Every table of revisions 0001–0005 (all of them carry the Stamped columns).
TABLES = (
    'account', 'audit_log', 'setting',
    'participant', 'participant_alias', 'contact', 'assessment', 'plan_goal', 'service_linkage',
    'housing_status', 'legal_case', 'consent', 'consent_document', 'disclosure', 'participant_merge',
    'referral_agency', 'referring_officer', 'screening_checklist', 'referral',
    'gov_organisation', 'gov_person', 'gov_body', 'gov_body_seat', 'gov_membership', 'meeting',
    'meeting_agenda_item', 'meeting_attendance', 'meeting_decision', 'meeting_action_item',
    'meeting_action_update', 'meeting_amendment', 'case_conference_item',
    'import_mapping', 'import_key',
)


def upgrade() -> None:
    for table in TABLES:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(sa.Column('row_version', sa.Integer(), server_default='1', nullable=False))


def downgrade() -> None:
    # ALTER TABLE … DROP COLUMN directly (SQLCipher 4 bundles SQLite 3.35+): a batch copy of each
    # table would trip the foreign keys of the rows that point at it and drop the audit triggers.
    for table in reversed(TABLES):
        op.execute(f'ALTER TABLE "{table}" DROP COLUMN row_version')
