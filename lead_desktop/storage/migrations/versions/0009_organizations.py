"""One list of organizations: the governance organizations and the referring agencies become one table.

Before, a police department sat on the PCG as a governance organization (`gov_organisation`) and
referred people as a referral agency (`referral_agency`): entered twice. Now `organization` (the
governance table renamed, so people, seats, memberships and attendance keep pointing at it) holds
both, with two new columns: `refers_people` (offered as a referring agency) and `active` (an inactive
one stays on old records but is not offered for new referrals).

1. Every `referral_agency` row is copied into `organization` with its id, so referrals and officers
   keep their agency; its `note` becomes `notes`, and it refers people.
2. The foreign keys of `referral.agency_id` and `referring_officer.agency_id` are pointed at
   `organization`, and `referral_agency` is dropped. On SQLite a foreign key can only change by
   rebuilding the table: the new tables are made first and the old ones dropped when nothing points
   at them any more (dropping a table others point at would break those rows' links), then renamed.
3. Live organizations with the same name (case and spacing aside; e.g. "Police Department" from
   governance and "police  department" from referrals) are merged into one: the oldest governance
   one if there is one, else the oldest agency. Every reference (people, seats, memberships,
   attendance, referrals, officers) moves to it; it refers people when any of them did; the others'
   short name and notes fill its gaps; they are soft-deleted, so their ids stay on file.
   Soft-deleted rows are never merged: they stay as they were, with their references.

Codes and column names stay (`organisation_id`, `agency_id`): they are the stable names of the data.

Going back down (downgrade) restores the two tables: every organization that refers people or that a
referral or an officer names is copied back into `referral_agency` with its id (a kind the agencies'
list lacks becomes "other"); merged rows stay merged, and every organization stays a governance one.

Revision ID: 0009
Revises: 0008
"""

from __future__ import annotations

import re
from datetime import datetime, timezone

import sqlalchemy as sa
from alembic import op

revision = '0009'
down_revision = '0008'
branch_labels = None
depends_on = None

# Every column that names an organization, after this revision.
REFERENCES = (
    ('gov_person', 'organisation_id'), ('gov_body_seat', 'organisation_id'), ('gov_membership', 'organisation_id'),
    ('meeting_attendance', 'organisation_id'), ('referral', 'agency_id'), ('referring_officer', 'agency_id'),
)


def upgrade() -> None:
    bind = op.get_bind()
    op.rename_table('gov_organisation', 'organization')
    op.add_column('organization', sa.Column('refers_people', sa.Boolean(), server_default=sa.false(), nullable=False))
    op.add_column('organization', sa.Column('active', sa.Boolean(), server_default=sa.true(), nullable=False))
    bind.exec_driver_sql(
        'INSERT INTO organization (id, name, short_name, kind, notes, refers_people, active, created_at, updated_at, '
        'updated_by, deleted_at, row_version) SELECT id, name, NULL, kind, note, TRUE, active, created_at, '
        'updated_at, updated_by, deleted_at, row_version FROM referral_agency '
        'WHERE id NOT IN (SELECT id FROM organization)'
    )
    # An agency already there by its id (copied back by a downgrade) is that organization: it refers people.
    bind.exec_driver_sql('UPDATE organization SET refers_people = TRUE WHERE id IN (SELECT id FROM referral_agency)')
    _point_agencies_at(bind, 'referral_agency', 'organization')
    op.drop_table('referral_agency')
    _merge_same_names(bind)


def _point_agencies_at(bind: sa.Connection, old: str, new: str) -> None:
    """The foreign keys of referral.agency_id and referring_officer.agency_id: from `old` to `new`."""
    if bind.dialect.name == 'sqlite':
        _sqlite_point_agencies_at(bind, old, new)
        return
    inspector = sa.inspect(bind)
    for table in ('referral', 'referring_officer'):
        for fk in inspector.get_foreign_keys(table):
            if fk['referred_table'] == old:
                op.drop_constraint(fk['name'], table, type_='foreignkey')
        op.create_foreign_key(f'{table}_agency_id_fkey', table, new, ['agency_id'], ['id'])


def _sqlite_point_agencies_at(bind: sa.Connection, old: str, new: str) -> None:
    """SQLite: rebuild referring_officer and referral with the new foreign keys, from their own
    CREATE statements, without ever dropping a table that rows still point at."""
    def schema(name: str) -> tuple[str, list[str]]:
        table = bind.exec_driver_sql(
            "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?", (name,)).scalar_one()
        indexes = [row[0] for row in bind.exec_driver_sql(
            "SELECT sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL", (name,))]
        return table, indexes

    officer_sql, officer_indexes = schema('referring_officer')
    referral_sql, referral_indexes = schema('referral')
    officer_new = _replace_once(officer_sql, _table('referring_officer'), 'CREATE TABLE referring_officer__new (')
    officer_new = _replace_once(officer_new, _references(old), f'REFERENCES {new} (id)')
    referral_new = _replace_once(referral_sql, _table('referral'), 'CREATE TABLE referral__new (')
    referral_new = _replace_once(referral_new, _references(old), f'REFERENCES {new} (id)')
    referral_new = _replace_once(referral_new, _references('referring_officer'), 'REFERENCES referring_officer__new (id)')
    bind.exec_driver_sql(officer_new)
    bind.exec_driver_sql('INSERT INTO referring_officer__new SELECT * FROM referring_officer ORDER BY rowid')
    bind.exec_driver_sql(referral_new)
    bind.exec_driver_sql('INSERT INTO referral__new SELECT * FROM referral ORDER BY rowid')
    # Nothing points at referral; then nothing at referring_officer (and no longer anything at `old`).
    for table in ('referral', 'referring_officer'):
        bind.exec_driver_sql(f'DROP TABLE {table}')
    # Renaming a table updates the foreign keys that name it (referral__new's officer link).
    bind.exec_driver_sql('ALTER TABLE referring_officer__new RENAME TO referring_officer')
    bind.exec_driver_sql('ALTER TABLE referral__new RENAME TO referral')
    for statement in officer_indexes + referral_indexes:
        bind.exec_driver_sql(statement)


def _table(name: str) -> re.Pattern[str]:
    """The start of a table's CREATE statement (SQLite quotes the name of a table it renamed)."""
    return re.compile(rf'^CREATE TABLE "?{name}"? \(')


def _references(name: str) -> re.Pattern[str]:
    return re.compile(rf'REFERENCES "?{name}"? \(id\)')


def _replace_once(sql: str, old: re.Pattern[str], new: str) -> str:
    if len(old.findall(sql)) != 1:
        raise RuntimeError(f'0009: the schema is not as expected (looked for {old.pattern!r})')
    return old.sub(new, sql)


def _key(name: str | None) -> str:
    return ' '.join((name or '').split()).casefold()


def _merge_same_names(bind: sa.Connection) -> None:
    rows = bind.execute(sa.text(
        'SELECT id, name, short_name, notes, refers_people, active FROM organization WHERE deleted_at IS NULL '
        'ORDER BY created_at, id'
    )).all()
    # Right after the copy, the rows that refer people are exactly the former agencies.
    agency_ids = {row.id for row in rows if row.refers_people}
    groups: dict[str, list[sa.Row]] = {}
    for row in rows:
        groups.setdefault(_key(row.name), []).append(row)
    now = datetime.now(timezone.utc)
    for group in groups.values():
        if len(group) < 2:
            continue
        governance = [r for r in group if r.id not in agency_ids]
        keep = (governance or group)[0]
        others = [r for r in group if r.id != keep.id]
        notes = [n for n in (keep.notes, *(r.notes for r in others)) if n and n.strip()]
        merged_notes = '\n\n'.join(dict.fromkeys(n.strip() for n in notes)) or None
        short_name = keep.short_name or next((r.short_name for r in others if r.short_name), None)
        refers = any(bool(r.refers_people) for r in group)
        active = bool(governance) or any(bool(r.active) for r in group)
        bind.execute(sa.text(
            'UPDATE organization SET notes = :notes, short_name = :short_name, refers_people = :refers, '
            'active = :active, updated_at = :now, row_version = row_version + 1 WHERE id = :id'),
            {'notes': merged_notes, 'short_name': short_name, 'refers': refers, 'active': active, 'now': now,
             'id': keep.id})
        for other in others:
            for table, column in REFERENCES:
                bind.execute(sa.text(f'UPDATE {table} SET {column} = :keep WHERE {column} = :other'),
                             {'keep': keep.id, 'other': other.id})
            bind.execute(sa.text(
                'UPDATE organization SET deleted_at = :now, updated_at = :now, row_version = row_version + 1 '
                'WHERE id = :id'), {'now': now, 'id': other.id})


AGENCY_KINDS = ('law_enforcement', 'service_provider', 'community_group', 'other')


def downgrade() -> None:
    bind = op.get_bind()
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
    sa.Column('row_version', sa.Integer(), server_default='1', nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    kinds = ', '.join(f"'{k}'" for k in AGENCY_KINDS)
    bind.exec_driver_sql(
        'INSERT INTO referral_agency (id, name, kind, active, note, created_at, updated_at, updated_by, deleted_at, '
        f'row_version) SELECT id, name, CASE WHEN kind IN ({kinds}) THEN kind ELSE \'other\' END, active, notes, '
        'created_at, updated_at, updated_by, deleted_at, row_version FROM organization WHERE refers_people '
        'OR id IN (SELECT agency_id FROM referral) OR id IN (SELECT agency_id FROM referring_officer)'
    )
    _point_agencies_at(bind, 'organization', 'referral_agency')
    for column in ('active', 'refers_people'):
        if bind.dialect.name == 'sqlite':  # a plain ALTER TABLE … DROP COLUMN: no batch copy of a table rows point at
            bind.exec_driver_sql(f'ALTER TABLE organization DROP COLUMN {column}')
        else:
            op.drop_column('organization', column)
    op.rename_table('organization', 'gov_organisation')
