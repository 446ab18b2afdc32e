"""Drafts: unsaved input kept encrypted through a lock or a crash (storage.models_drafts).

A new table only; nothing existing changes. On a shared server the table exists but stays empty:
no staff role is granted it (storage.server_schema) and a server site's drafts live on the laptop.

Revision ID: 0008
Revises: 0007
"""

import sqlalchemy as sa
from alembic import op

revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('draft',
    sa.Column('author', sa.String(length=36), nullable=False),
    sa.Column('form', sa.String(length=40), nullable=False),
    sa.Column('record_id', sa.String(length=36), nullable=True),
    sa.Column('opener', sa.String(length=40), nullable=False),
    sa.Column('context', sa.Text(), nullable=False),
    sa.Column('slot', sa.String(length=400), nullable=False),
    sa.Column('title', sa.Text(), nullable=False),
    sa.Column('content', sa.Text(), nullable=False),
    sa.Column('base_version', sa.Integer(), nullable=True),
    sa.Column('saved_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_by', sa.String(length=36), nullable=True),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('row_version', sa.Integer(), server_default='1', nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_index('ix_draft_author_slot', 'draft', ['author', 'slot'], unique=False)


def downgrade() -> None:
    op.drop_index('ix_draft_author_slot', table_name='draft')
    op.drop_table('draft')
