"""Every role's promise enforced by the server's database (issue 19): no tables or columns change.

The revision exists so that a server site made by an earlier version is upgraded before anyone signs
in to it again: staff are told to ask the IT volunteer (`NotASite`) until the database's owner runs
`lead-desktop-admin upgrade`, which installs the new GRANTs, functions and triggers
(`storage.server_schema.install_security`, run after every upgrade) and gives every existing row its
baseline audit entry. Without it the program would call functions the server does not have yet, and
staff would keep the DELETE rights and the open audit log of the earlier security. A laptop's file
needs nothing (its viewers' slots are converted at the next sign-in).

Revision ID: 0013
Revises: 0012
"""

revision = '0013'
down_revision = '0012'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
