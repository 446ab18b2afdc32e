"""Schema migrations: every revision upgrades to head with every row intact, after a backup.

Databases are built with the real keyed engine and Alembic, exactly as the
program builds them; nothing is mocked.
"""

from __future__ import annotations

import shutil
import textwrap
import uuid
import zipfile
from datetime import date, datetime
from pathlib import Path

import pytest
import sqlalchemy as sa
import sqlcipher3
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory

from lead_desktop.domain.errors import DatabaseTooNew, UpgradeFailed
from lead_desktop.paths import SitePaths
from lead_desktop.services import site as sites
from lead_desktop.storage import pending
from lead_desktop.storage import vault as vaults
from lead_desktop.storage.keyslots import KeyFile
from lead_desktop.storage.models import Base
from tests.conftest import ADMIN_PASSWORD
from tests.helpers.sites import signed_in


def _revisions() -> list[str]:
    script = ScriptDirectory.from_config(vaults.alembic_config())
    return [rev.revision for rev in reversed(list(script.walk_revisions()))]  # base → head


def test_revisions_form_one_line_from_base_to_head():
    script = ScriptDirectory.from_config(vaults.alembic_config())
    assert len(script.get_heads()) == 1, "two heads: a migration was added without rebasing on the other"
    revisions = _revisions()
    assert revisions[-1] == vaults.head_revision()
    assert len(revisions) >= 1


# ----- building a database at a revision ---------------------------------------------------


def _build_at(paths: SitePaths, key: bytes, revision: str) -> None:
    paths.folder.mkdir(parents=True, exist_ok=True)
    engine = vaults.make_engine(paths.db, key)
    try:
        with engine.begin() as conn:
            cfg = vaults.alembic_config()
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, revision)
    finally:
        engine.dispose()
    _private, public = pending.new_audit_keypair()
    KeyFile.new(public).save(paths.keys)  # the backup taken before an upgrade includes the key file


def _value(table: sa.Table, column: sa.Column, inserted: dict[str, dict]) -> object:
    if column.foreign_keys:
        target = next(iter(column.foreign_keys)).column
        parent = inserted.get(target.table.name)
        if parent is not None:
            return parent[target.name]
        return None if column.nullable else pytest.fail(f"{table.name}.{column.name}: parent row missing")
    kind = column.type
    length = getattr(kind, "length", None) or 200
    if column.primary_key and isinstance(kind, sa.String):
        return str(uuid.uuid4())
    if isinstance(kind, sa.Boolean):
        return True
    if isinstance(kind, sa.Integer):
        return 40 + len(column.name)
    if isinstance(kind, (sa.Float, sa.Numeric)):
        return 2.5
    if isinstance(kind, sa.DateTime):
        return datetime(2023, 4, 5, 6, 7, 8, 9000 + len(column.name))
    if isinstance(kind, sa.Date):
        return date(2022, 3, 4)
    if isinstance(kind, sa.LargeBinary):
        return b"\x00\xffbytes-" + column.name.encode()
    if isinstance(kind, (sa.String, sa.Text)):
        return (column.name + "-" + table.name + "-value")[: max(1, min(length, 60))]
    pytest.fail(f"no test value for {table.name}.{column.name} of type {kind!r}: extend _value")


def _fill_every_table(conn: sa.Connection) -> dict[str, tuple[list[str], list[tuple]]]:
    """One row in every table (parents first), then the raw stored rows of every table."""
    meta = sa.MetaData()
    meta.reflect(conn)
    inserted: dict[str, dict] = {}
    for table in meta.sorted_tables:
        if table.name == "alembic_version":
            continue
        row = {column.name: _value(table, column, inserted) for column in table.columns}
        conn.execute(table.insert().values(**row))
        inserted[table.name] = row
    return _raw_rows(conn, [t for t in inserted])


def _raw_rows(conn: sa.Connection, tables: list[str], columns: dict[str, list[str]] | None = None):
    out = {}
    for name in tables:
        result = conn.exec_driver_sql(
            f'SELECT {", ".join(columns[name]) if columns else "*"} FROM "{name}" ORDER BY rowid'
        )
        out[name] = (list(result.keys()), [tuple(r) for r in result])
    return out


# Tables a later revision renamed or merged into another: old name → (table at head, {old column: new column}).
# 0009: the governance organizations became `organization`, and every referral agency a row of it (same id).
MOVED = {
    "gov_organisation": ("organization", {}),
    "referral_agency": ("organization", {"note": "notes"}),
}


def _rows_at_head(conn: sa.Connection, before: dict[str, tuple[list[str], list[tuple]]]):
    """The rows `before` held, read back from where they live at head (a moved table's rows by their ids)."""
    out = {}
    for name, (cols, rows) in before.items():
        if name not in MOVED:
            out.update(_raw_rows(conn, [name], {name: cols}))
            continue
        table, renamed = MOVED[name]
        selected = ", ".join(renamed.get(c, c) for c in cols)
        found = []
        for row in rows:
            row_id = row[cols.index("id")]
            found += [tuple(r) for r in conn.exec_driver_sql(f'SELECT {selected} FROM "{table}" WHERE id = ?',
                                                            (row_id,))]
        out[name] = (cols, found)
    return out


@pytest.mark.parametrize("revision", _revisions())
def test_every_revision_upgrades_to_head_with_every_row_intact(revision, tmp_path):
    paths = SitePaths.at(tmp_path / "site")
    key = bytes(vaults.new_master_key())
    _build_at(paths, key, revision)
    engine = vaults.make_engine(paths.db, key)
    try:
        with engine.begin() as conn:
            before = _fill_every_table(conn)
    finally:
        engine.dispose()
    assert before, f"revision {revision} has no tables to fill"
    assert all(len(rows) == 1 for _cols, rows in before.values())

    vault = vaults.open_vault(paths, KeyFile.load(paths.keys), [key])  # the real open: backup, then upgrade
    try:
        assert vault.schema_revision() == vaults.head_revision()
        with vault.engine.connect() as conn:
            after = _rows_at_head(conn, before)
            assert after == before, f"rows changed upgrading from {revision}"
            with pytest.raises(sa.exc.DBAPIError, match="append-only"):
                conn.exec_driver_sql("UPDATE audit_log SET detail = '{}'")
        assert vault.integrity_problems() == []
    finally:
        vault.close()

    backups = sorted(paths.backups.glob("*")) if paths.backups.exists() else []
    if revision == vaults.head_revision():
        assert backups == [], "a database already at head was backed up for nothing"
        return
    assert len(backups) == 1 and backups[0].name.startswith(f"before-upgrade-{revision}-")
    # The backup was taken first: it holds the old schema and the old rows.
    extracted = tmp_path / "from-backup"
    with zipfile.ZipFile(backups[0]) as zf:
        zf.extract("site.db", extracted)
    raw = sqlcipher3.connect(str(extracted / "site.db"))
    try:
        raw.execute(f"PRAGMA key = {vaults.raw_key_pragma(key)}")
        assert raw.execute("SELECT version_num FROM alembic_version").fetchall() == [(revision,)]
        for table, (cols, rows) in before.items():
            assert raw.execute(f'SELECT {", ".join(cols)} FROM "{table}" ORDER BY rowid').fetchall() == rows
    finally:
        raw.close()


def test_models_and_migrations_agree(new_site):
    with new_site.vault.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True})
        diffs = compare_metadata(context, Base.metadata)
        assert diffs == [], f"the models and the migrations disagree: {diffs}"
        triggers = {r[0] for r in conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
    assert {"audit_log_no_update", "audit_log_no_delete"} <= triggers


def test_compare_metadata_would_notice_a_difference(new_site):
    """The agreement check can fail: a model column the migrations never made is reported."""
    meta = sa.MetaData()
    for table in Base.metadata.tables.values():
        table.to_metadata(meta)
    sa.Table("setting", meta, sa.Column("surprise", sa.Integer), extend_existing=True)
    with new_site.vault.engine.connect() as conn:
        diffs = compare_metadata(MigrationContext.configure(conn), meta)
    assert any(d[0] == "add_column" and d[3].name == "surprise" for d in diffs)


# ----- a database from a newer program ---------------------------------------------------------


def test_database_from_a_newer_program_is_refused_and_left_unchanged(new_site, site_dir):
    key = new_site.vault.master_key
    new_site.close()
    raw = vaults.connect_raw(site_dir / "site.db", key)
    try:
        raw.execute("UPDATE alembic_version SET version_num = 'ffff_from_the_future'")
        raw.commit()
    finally:
        raw.close()
    wal = Path(str(site_dir / "site.db") + "-wal")
    assert not wal.exists()
    before = (site_dir / "site.db").read_bytes()

    with pytest.raises(DatabaseTooNew) as caught:
        sites.sign_in(site_dir, "admin", ADMIN_PASSWORD)
    assert "newer version" in caught.value.message and "nothing was changed" in caught.value.message
    assert not wal.exists(), "the refused database was left open in a connection pool"
    with pytest.raises(DatabaseTooNew):
        sites.open_with_recovery_key(site_dir, new_site.recovery_key)
    assert (site_dir / "site.db").read_bytes() == before
    assert not (site_dir / "backups").exists() or not any((site_dir / "backups").iterdir())


# ----- a failing upgrade puts the backup back ----------------------------------------------------


def test_failed_upgrade_restores_the_backup(new_site, site_dir, tmp_path, monkeypatch):
    head = vaults.head_revision()
    new_site.close()
    migrations = tmp_path / "migrations"
    shutil.copytree(vaults.MIGRATIONS, migrations, ignore=shutil.ignore_patterns("__pycache__"))
    (migrations / "versions" / "zz_fails.py").write_text(
        textwrap.dedent(
            f'''
            """A test revision that fails half-way."""
            import sqlalchemy as sa
            from alembic import op

            revision = "zz_fails"
            down_revision = "{head}"
            branch_labels = None
            depends_on = None


            def upgrade():
                op.create_table("doomed", sa.Column("id", sa.Integer, primary_key=True))
                op.execute("INSERT INTO doomed (id) VALUES (1)")
                raise RuntimeError("migration failed half-way")


            def downgrade():
                pass
            '''
        )
    )
    monkeypatch.setattr(vaults, "MIGRATIONS", migrations)
    with pytest.raises(UpgradeFailed, match="nothing was lost") as caught:
        sites.sign_in(site_dir, "admin", ADMIN_PASSWORD)
    assert "half-way" in str(caught.value.__cause__)
    backups = list((site_dir / "backups").glob(f"before-upgrade-{head}-*"))
    assert len(backups) == 1

    monkeypatch.setattr(vaults, "MIGRATIONS", vaults.Path(vaults.__file__).with_name("migrations"))
    with signed_in(site_dir, "admin", ADMIN_PASSWORD) as site:
        assert site.vault.schema_revision() == head
        with site.vault.engine.connect() as conn:
            tables = {r[0] for r in conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type='table'")}
        assert "doomed" not in tables
        assert sites.verify(site) == []


# ----- 0006: record versions (the optimistic lock), on SQLite and on PostgreSQL -----------------


def _versions_after_0006(conn: sa.Connection, tables: list[str]) -> dict[str, set]:
    return {name: {r[0] for r in conn.exec_driver_sql(f'SELECT row_version FROM "{name}"')} for name in tables}


def _check_stale_write_refused(engine: sa.Engine) -> None:
    """The mapper's version_id_col at work: a write over a row changed since it was read fails at flush."""
    from sqlalchemy.orm import Session
    from sqlalchemy.orm.exc import StaleDataError

    from lead_desktop.storage.models import Setting

    with Session(engine, expire_on_commit=False) as first, Session(engine) as second:
        mine = first.scalars(sa.select(Setting).limit(1)).one()
        row_id = mine.id
        first.commit()  # a unit of work that read the row and ended (SQLite would refuse a stale snapshot anyway)
        theirs = second.get(Setting, row_id)
        assert mine.row_version == theirs.row_version == 1
        theirs.value = '"theirs"'
        second.commit()
        assert theirs.row_version == 2
        mine.value = '"mine"'
        with pytest.raises(StaleDataError):
            first.flush()
        first.rollback()
    with engine.connect() as conn:
        assert conn.execute(sa.select(Setting.value, Setting.row_version).where(Setting.id == row_id)).one() == (
            '"theirs"', 2)


def test_0006_gives_every_existing_row_version_1_and_keeps_the_triggers(tmp_path):
    paths = SitePaths.at(tmp_path / "site")
    key = bytes(vaults.new_master_key())
    _build_at(paths, key, "0005")
    engine = vaults.make_engine(paths.db, key)
    try:
        with engine.begin() as conn:
            before = _fill_every_table(conn)
        with engine.begin() as conn:
            cfg = vaults.alembic_config()
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "0006")
            # Every table of 0005 has the column now (a table without it would fail this SELECT).
            assert _versions_after_0006(conn, list(before)) == {name: {1} for name in before}
            triggers = {r[0] for r in conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
            assert {"audit_log_no_update", "audit_log_no_delete"} <= triggers
            columns = {r[1]: r for r in conn.exec_driver_sql("PRAGMA table_info(participant)")}
            assert columns["row_version"][3] == 1  # NOT NULL
        _check_stale_write_refused(engine)
        with engine.begin() as conn:  # and back down: 0005's tables without the column, rows intact
            cfg = vaults.alembic_config()
            cfg.attributes["connection"] = conn
            command.downgrade(cfg, "0005")
            assert "row_version" not in {r[1] for r in conn.exec_driver_sql("PRAGMA table_info(participant)")}
            assert _raw_rows(conn, ["participant"]) == {"participant": before["participant"]}
    finally:
        engine.dispose()


def test_0006_on_postgresql(pg_database):
    """The same revision on a real PostgreSQL 15: existing rows get version 1, stale writes are refused."""
    _db, url = pg_database
    engine = sa.create_engine(url.replace("postgresql://", "postgresql+psycopg://", 1))
    try:
        with engine.begin() as conn:
            cfg = vaults.alembic_config()
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "0005")
            meta = sa.MetaData()
            meta.reflect(conn)
            inserted: dict[str, dict] = {}
            for table in meta.sorted_tables:
                if table.name == "alembic_version":
                    continue
                row = {column.name: _value(table, column, inserted) for column in table.columns}
                conn.execute(table.insert().values(**row))
                inserted[table.name] = row
        with engine.begin() as conn:
            cfg = vaults.alembic_config()
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "0006")
            assert _versions_after_0006(conn, list(inserted)) == {name: {1} for name in inserted}
            nullable = conn.exec_driver_sql(
                "SELECT DISTINCT is_nullable FROM information_schema.columns WHERE column_name = 'row_version'"
            ).all()
            assert nullable == [("NO",)]
        _check_stale_write_refused(engine)
        with engine.begin() as conn:
            cfg = vaults.alembic_config()
            cfg.attributes["connection"] = conn
            command.downgrade(cfg, "0005")
            assert conn.exec_driver_sql(
                "SELECT count(*) FROM information_schema.columns WHERE column_name = 'row_version'"
            ).scalar() == 0
    finally:
        engine.dispose()


# ----- 0009: one list of organizations, on SQLite and on PostgreSQL --------------------------------


def _insert(conn: sa.Connection, meta: sa.MetaData, table: str, **given: object) -> str:
    """A row of `table` with `given` values; other required columns get test values. Returns its id."""
    t = meta.tables[table]
    row = {}
    for column in t.columns:
        if column.name in given:
            row[column.name] = given[column.name]
        elif column.name == "row_version":
            row[column.name] = 1
        elif column.primary_key or not column.nullable:
            row[column.name] = _value(t, column, {})
    conn.execute(t.insert().values(**row))
    return str(row["id"])


def _organizations_before_0009(conn: sa.Connection) -> dict[str, str]:
    """At 0008: a police department in governance and again (other case and spacing) as a referral agency,
    each with every kind of reference; two governance rows for one council; soft-deleted rows of a name
    a live row also has; an agency of its own."""
    meta = sa.MetaData()
    meta.reflect(conn)
    when = datetime(2024, 1, 2, 3, 4, 5)
    ids: dict[str, str] = {}

    def org(key: str, name: str, created: int, **extra: object) -> None:
        values = {"kind": "law_enforcement", "short_name": None, "notes": None} | extra
        ids[key] = _insert(conn, meta, "gov_organisation", name=name, created_at=datetime(2023, 1, created),
                           updated_at=when, **values)

    def agency(key: str, name: str, created: int, **extra: object) -> None:
        values = {"kind": "law_enforcement", "active": True, "note": None} | extra
        ids[key] = _insert(conn, meta, "referral_agency", name=name, created_at=datetime(2023, 2, created),
                           updated_at=when, **values)

    org("pd", "Police Department", 5, short_name="PD", notes="Chief's office")
    agency("pd_agency", " police  department", 1, note="Desk sergeant: ext. 12")
    org("council", "City Council", 1, kind="elected_office")
    org("council_again", "city  council", 2, kind="elected_office", short_name="CC")
    agency("gone", "Food Bank", 3, deleted_at=when)  # soft-deleted: kept as it is, never merged
    org("food", "Food Bank", 4, kind="service_provider")
    agency("sheriff", "County Sheriff", 4, active=False)
    body = _insert(conn, meta, "gov_body", name="PCG", kind="pcg", rule="consensus_one_voice_per_agency")
    ids["person"] = _insert(conn, meta, "gov_person", full_name="Ivy", organisation_id=ids["pd"])
    ids["council_person"] = _insert(conn, meta, "gov_person", full_name="Cy", organisation_id=ids["council_again"])
    ids["seat"] = _insert(conn, meta, "gov_body_seat", body_id=body, organisation_id=ids["pd"], seats=1)
    ids["membership"] = _insert(conn, meta, "gov_membership", body_id=body, person_id=ids["person"],
                                organisation_id=ids["pd"], role="member", term_start=date(2023, 1, 1),
                                alternate_for_id=None)
    meeting = _insert(conn, meta, "meeting", body_id=body, starts_at=when, minutes_status="draft",
                      approved_at_meeting_id=None)
    ids["attendance"] = _insert(conn, meta, "meeting_attendance", meeting_id=meeting, membership_id=None,
                                person_id=None, organisation_id=ids["pd"], role="member")
    for key, agency_id in (("officer", ids["pd_agency"]), ("gone_officer", ids["gone"])):
        ids[key] = _insert(conn, meta, "referring_officer", name=key, active=True, agency_id=agency_id)
    for key, agency_id, officer in (("referral", ids["pd_agency"], ids["officer"]),
                                    ("gone_referral", ids["gone"], ids["gone_officer"]),
                                    ("sheriff_referral", ids["sheriff"], None)):
        ids[key] = _insert(conn, meta, "referral", pathway="arrest_diversion", outcome="pending", agency_id=agency_id,
                           officer_id=officer, referred_at=when, participant_id=None, case_manager_id=None,
                           checklist_id=None)
    return ids


def _check_organizations_after_0009(conn: sa.Connection, ids: dict[str, str]) -> None:
    def one(sql: str, row_id: str) -> tuple:
        return tuple(conn.execute(sa.text(sql.replace("?", ":id")), {"id": row_id}).one())

    tables = set(sa.inspect(conn).get_table_names())
    assert "referral_agency" not in tables and "gov_organisation" not in tables and "organization" in tables
    org = {r[0]: tuple(bool(v) if i >= 4 else v for i, v in enumerate(r[1:])) for r in conn.exec_driver_sql(
        "SELECT id, name, short_name, kind, notes, refers_people, active, deleted_at IS NULL FROM organization")}
    # The two police departments are one: the governance row, which now refers people; the agency's note kept.
    assert org[ids["pd"]] == ("Police Department", "PD", "law_enforcement", "Chief's office\n\nDesk sergeant: ext. 12",
                              True, True, True)
    assert org[ids["pd_agency"]][-1] is False  # soft-deleted, its id on file
    # Every reference to either now names the one row.
    for table, column, key in (("gov_person", "organisation_id", "person"), ("gov_body_seat", "organisation_id", "seat"),
                               ("gov_membership", "organisation_id", "membership"),
                               ("meeting_attendance", "organisation_id", "attendance"),
                               ("referring_officer", "agency_id", "officer"), ("referral", "agency_id", "referral")):
        assert one(f"SELECT {column} FROM {table} WHERE id = ?", ids[key]) == (ids["pd"],), table
    # Two governance rows of one council: the older kept, the short name of the other fills its gap.
    assert org[ids["council"]][:2] == ("City Council", "CC") and org[ids["council"]][4] is False
    assert one("SELECT organisation_id FROM gov_person WHERE id = ?", ids["council_person"]) == (ids["council"],)
    assert not org[ids["council_again"]][-1]
    # A soft-deleted agency is copied as it was, its references untouched; the live same-named row stays apart.
    assert org[ids["gone"]][0] == "Food Bank" and not org[ids["gone"]][-1] and org[ids["food"]][-1]
    assert one("SELECT agency_id FROM referral WHERE id = ?", ids["gone_referral"]) == (ids["gone"],)
    assert one("SELECT agency_id FROM referring_officer WHERE id = ?", ids["gone_officer"]) == (ids["gone"],)
    # An agency alone keeps its id and its inactive state, and refers people.
    assert org[ids["sheriff"]][0] == "County Sheriff" and org[ids["sheriff"]][4:] == (True, False, True)
    assert one("SELECT agency_id FROM referral WHERE id = ?", ids["sheriff_referral"]) == (ids["sheriff"],)


def test_0009_merges_the_organizations_and_keeps_every_reference(tmp_path):
    paths = SitePaths.at(tmp_path / "site")
    key = bytes(vaults.new_master_key())
    _build_at(paths, key, "0008")
    engine = vaults.make_engine(paths.db, key)
    try:
        with engine.begin() as conn:
            ids = _organizations_before_0009(conn)
        with engine.begin() as conn:
            cfg = vaults.alembic_config()
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "0009")
            _check_organizations_after_0009(conn, ids)
            assert conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall() == []
            fks = {(r[2], r[3]) for t in ("referral", "referring_officer")
                   for r in conn.exec_driver_sql(f"PRAGMA foreign_key_list({t})")}
            assert ("organization", "agency_id") in fks and ("referring_officer", "officer_id") in fks
            indexes = {r[0] for r in conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type = 'index'")}
            assert {"ix_referral_agency_id", "ix_referral_referred_at", "ix_referring_officer_agency_id"} <= indexes
            triggers = {r[0] for r in conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
            assert {"audit_log_no_update", "audit_log_no_delete"} <= triggers
        with engine.begin() as conn:  # and back down: the agencies' table again, every link intact
            cfg = vaults.alembic_config()
            cfg.attributes["connection"] = conn
            command.downgrade(cfg, "0008")
            assert conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall() == []
            agencies = dict(conn.exec_driver_sql("SELECT id, kind FROM referral_agency").fetchall())
            assert {ids["pd"], ids["gone"], ids["sheriff"]} <= set(agencies) and ids["council"] not in agencies
            assert conn.exec_driver_sql("SELECT agency_id FROM referral WHERE id = ?",
                                        (ids["referral"],)).scalar() == ids["pd"]
            command.upgrade(cfg, "0009")
    finally:
        engine.dispose()


def test_0009_on_postgresql(pg_database):
    _db, url = pg_database
    engine = sa.create_engine(url.replace("postgresql://", "postgresql+psycopg://", 1))
    try:
        with engine.begin() as conn:
            cfg = vaults.alembic_config()
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "0008")
            ids = _organizations_before_0009(conn)
        with engine.begin() as conn:
            cfg = vaults.alembic_config()
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "0009")
            _check_organizations_after_0009(conn, ids)
            referred = {fk["referred_table"] for t in ("referral", "referring_officer")
                        for fk in sa.inspect(conn).get_foreign_keys(t) if fk["constrained_columns"] == ["agency_id"]}
            assert referred == {"organization"}
    finally:
        engine.dispose()


def test_0010_keeps_every_existing_referral_as_it_was_and_goes_back_down(tmp_path):
    paths = SitePaths.at(tmp_path / "site")
    key = bytes(vaults.new_master_key())
    _build_at(paths, key, "0009")
    engine = vaults.make_engine(paths.db, key)
    try:
        with engine.begin() as conn:
            before = _fill_every_table(conn)
        with engine.begin() as conn:
            cfg = vaults.alembic_config()
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "0010")
            # An existing referral was entered under today's rules: not recorded before LEAD Desktop.
            assert conn.exec_driver_sql("SELECT recorded_before FROM referral").all() == [(0,)]
            assert conn.exec_driver_sql("SELECT enrolled_on_source FROM participant").all() == [(None,)]
            columns = {r[1]: r for r in conn.exec_driver_sql("PRAGMA table_info(referral)")}
            assert columns["recorded_before"][3] == 1  # NOT NULL
            triggers = {r[0] for r in conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
            assert {"audit_log_no_update", "audit_log_no_delete"} <= triggers
        with engine.begin() as conn:
            cfg = vaults.alembic_config()
            cfg.attributes["connection"] = conn
            command.downgrade(cfg, "0009")
            assert "recorded_before" not in {r[1] for r in conn.exec_driver_sql("PRAGMA table_info(referral)")}
            assert _raw_rows(conn, ["referral", "participant"]) == {t: before[t] for t in ("referral", "participant")}
    finally:
        engine.dispose()


def test_0010_on_postgresql(pg_database):
    """The same revision on a real PostgreSQL 15: existing referrals false, the new columns gone again on the way down."""
    _db, url = pg_database
    engine = sa.create_engine(url.replace("postgresql://", "postgresql+psycopg://", 1))
    try:
        with engine.begin() as conn:
            cfg = vaults.alembic_config()
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "0009")
            meta = sa.MetaData()
            meta.reflect(conn)
            inserted: dict[str, dict] = {}
            for table in meta.sorted_tables:
                if table.name == "alembic_version":
                    continue
                row = {column.name: _value(table, column, inserted) for column in table.columns}
                conn.execute(table.insert().values(**row))
                inserted[table.name] = row
        with engine.begin() as conn:
            cfg = vaults.alembic_config()
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "0010")
            assert conn.exec_driver_sql("SELECT recorded_before FROM referral").all() == [(False,)]
            assert conn.exec_driver_sql("SELECT enrolled_on_source FROM participant").all() == [(None,)]
            nullable = conn.exec_driver_sql(
                "SELECT is_nullable FROM information_schema.columns WHERE column_name = 'recorded_before'").all()
            assert nullable == [("NO",)]
        with engine.begin() as conn:
            cfg = vaults.alembic_config()
            cfg.attributes["connection"] = conn
            command.downgrade(cfg, "0009")
            assert conn.exec_driver_sql(
                "SELECT count(*) FROM information_schema.columns WHERE column_name IN "
                "('recorded_before', 'enrolled_on_source')").scalar() == 0
            assert conn.exec_driver_sql("SELECT count(*) FROM referral").scalar() == 1
    finally:
        engine.dispose()


def _upgrade_0011_with_consents(conn: sa.Connection, recipients: list[str]) -> dict[str, str]:
    """Consents at 0010 with the given recipients, upgraded to 0011: recipients → their recipient kinds."""
    meta = sa.MetaData()
    meta.reflect(conn)
    inserted: dict[str, dict] = {}
    for table in meta.sorted_tables:
        if table.name in ("participant", "account"):
            row = {column.name: _value(table, column, inserted) for column in table.columns}
            conn.execute(table.insert().values(**row))
            inserted[table.name] = row
    consent = meta.tables["consent"]
    for text in recipients:
        row = {column.name: _value(consent, column, inserted) for column in consent.columns}
        conn.execute(consent.insert().values(**{**row, "recipients": text}))
    cfg = vaults.alembic_config()
    cfg.attributes["connection"] = conn
    command.upgrade(cfg, "0011")
    return dict(conn.exec_driver_sql("SELECT recipients, recipient_kinds FROM consent").all())


RECIPIENTS = {
    "Police department\nContinuum of Care HMIS": "hmis",
    "the CoC's hmis": "hmis",
    "Lead agency of the continuum  of care": "hmis",
    "Police department\nProsecutor": "",
    "HMISX vendor": "",
}


def test_0011_keeps_what_each_consent_named(tmp_path):
    paths = SitePaths.at(tmp_path / "site")
    key = bytes(vaults.new_master_key())
    _build_at(paths, key, "0010")
    engine = vaults.make_engine(paths.db, key)
    try:
        with engine.begin() as conn:
            assert _upgrade_0011_with_consents(conn, list(RECIPIENTS)) == RECIPIENTS
            columns = {r[1]: r for r in conn.exec_driver_sql("PRAGMA table_info(housing_status)")}
            assert "subsidy_type" in columns
            triggers = {r[0] for r in conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
            assert {"audit_log_no_update", "audit_log_no_delete"} <= triggers
        with engine.begin() as conn:
            cfg = vaults.alembic_config()
            cfg.attributes["connection"] = conn
            command.downgrade(cfg, "0010")
            assert "recipient_kinds" not in {r[1] for r in conn.exec_driver_sql("PRAGMA table_info(consent)")}
    finally:
        engine.dispose()


def test_0011_on_postgresql(pg_database):
    _db, url = pg_database
    engine = sa.create_engine(url.replace("postgresql://", "postgresql+psycopg://", 1))
    try:
        with engine.begin() as conn:
            cfg = vaults.alembic_config()
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "0010")
        with engine.begin() as conn:
            assert _upgrade_0011_with_consents(conn, list(RECIPIENTS)) == RECIPIENTS
    finally:
        engine.dispose()
