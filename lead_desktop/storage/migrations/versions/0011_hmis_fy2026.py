"""HMIS CSV FY2026: the subsidy type that goes with a 435 answer (exit destination, housing history),
and the data systems a consent names (the HMIS / Continuum of Care).

New columns only, each a plain ALTER TABLE … ADD COLUMN on SQLite and PostgreSQL alike (a literal
server default, as in 0006, so SQLite's batch mode never copies a table). No stored code changes:
a living situation entered as 312 keeps 312 and its meaning; the HMIS export maps it to the FY2026
list it writes (domain.hmis.mapping). A consent whose recipients already name the HMIS or the
Continuum of Care by those words gets the HMIS recipient kind, so it keeps covering what it said.

Revision ID: 0011
Revises: 0010
"""

import re

import sqlalchemy as sa
from alembic import op

revision = '0011'
down_revision = '0010'
branch_labels = None
depends_on = None

# Whole words, any case: "Continuum of Care HMIS", "the CoC's HMIS". Not "HMISX", not "Care".
_NAMES_THE_HMIS = re.compile(r"(?<![A-Za-z0-9])(HMIS|continuum\s+of\s+care)(?![A-Za-z0-9])", re.IGNORECASE)


def upgrade() -> None:
    with op.batch_alter_table('participant', schema=None) as batch_op:
        batch_op.add_column(sa.Column('exit_destination_subsidy', sa.String(length=4), nullable=True))
    with op.batch_alter_table('housing_status', schema=None) as batch_op:
        batch_op.add_column(sa.Column('subsidy_type', sa.String(length=4), nullable=True))
    with op.batch_alter_table('consent', schema=None) as batch_op:
        batch_op.add_column(sa.Column('recipient_kinds', sa.String(length=100), server_default='', nullable=False))
    consent = sa.table('consent', sa.column('id', sa.String), sa.column('recipients', sa.Text),
                       sa.column('recipient_kinds', sa.String))
    bind = op.get_bind()
    named = [row.id for row in bind.execute(sa.select(consent.c.id, consent.c.recipients))
             if _NAMES_THE_HMIS.search(row.recipients or "")]
    for consent_id in named:
        bind.execute(sa.update(consent).where(consent.c.id == consent_id).values(recipient_kinds='hmis'))


def downgrade() -> None:
    # ALTER TABLE … DROP COLUMN directly, as 0006 does, for the same reasons.
    op.execute('ALTER TABLE "consent" DROP COLUMN recipient_kinds')
    op.execute('ALTER TABLE "housing_status" DROP COLUMN subsidy_type')
    op.execute('ALTER TABLE "participant" DROP COLUMN exit_destination_subsidy')
