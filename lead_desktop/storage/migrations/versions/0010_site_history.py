"""A site's history (issue 16): referrals recorded before the site used LEAD Desktop, and where an
imported participant's enrollment date came from.

Two plain columns: `referral.recorded_before` (NOT NULL, false for every existing referral) and
`participant.enrolled_on_source` (NULL for every existing participant). Both are ALTER TABLE … ADD
COLUMN on SQLite and PostgreSQL alike, so no table is copied and the audit log's triggers stay.

Revision ID: 0010
Revises: 0009
"""

import sqlalchemy as sa
from alembic import op

revision = '0010'
down_revision = '0009'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column('referral', sa.Column('recorded_before', sa.Boolean(), server_default=sa.false(), nullable=False))
    op.add_column('participant', sa.Column('enrolled_on_source', sa.String(length=20), nullable=True))


def downgrade() -> None:
    # ALTER TABLE … DROP COLUMN directly, as 0006 does: a batch copy would drop the audit triggers.
    op.execute('ALTER TABLE participant DROP COLUMN enrolled_on_source')
    op.execute('ALTER TABLE referral DROP COLUMN recorded_before')
