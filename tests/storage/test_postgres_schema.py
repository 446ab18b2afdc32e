"""The same models and migrations on PostgreSQL, and SQL that gives the same rows on both databases.

Every test runs against a real PostgreSQL 15 (tests/helpers/pgserver.py); the SQLite side is a real
SQLCipher file made by the vault's own engine. Nothing is mocked.
"""

from __future__ import annotations

import gc
from datetime import date, datetime, timedelta, timezone

import pytest
import sqlalchemy as sa
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from lead_desktop.domain import participants as P
from lead_desktop.services.participants.lists import _filters
from lead_desktop.storage import models as M
from lead_desktop.storage import vault as vaults
from lead_desktop.storage.sqlfuncs import (
    make_portable, orders_text_like_sqlite, sort_key, stream, string_agg, unindexed, upsert,
)


def _pg_engine(url: str, **kwargs) -> sa.Engine:
    return sa.create_engine(url.replace("postgresql://", "postgresql+psycopg://", 1), **kwargs)


def _upgrade(engine: sa.Engine, revision: str = "head") -> None:
    with engine.begin() as conn:
        cfg = vaults.alembic_config()
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)


# ----- the migrations -----------------------------------------------------------------------------


def test_migrations_reach_head_on_postgresql_and_agree_with_the_models(pg_database):
    _db, url = pg_database
    engine = _pg_engine(url)
    try:
        _upgrade(engine)
        with engine.connect() as conn:
            context = MigrationContext.configure(conn, opts={"compare_type": True})
            assert context.get_current_revision() == vaults.head_revision()
            diffs = compare_metadata(context, M.Base.metadata)
            assert diffs == [], f"the models and the migrations disagree on PostgreSQL: {diffs}"
            # The partial index of the participant list is partial here too.
            where = conn.scalar(sa.text(
                "SELECT pg_get_expr(i.indpred, i.indrelid) FROM pg_index i "
                "JOIN pg_class c ON c.oid = i.indexrelid WHERE c.relname = 'ix_participant_list'"))
            assert where is not None and "deleted_at IS NULL" in where and "merged_into_id IS NULL" in where
            # SQLite's audit triggers are SQLite's; the server installs its own protection.
            assert conn.scalar(sa.text("SELECT count(*) FROM pg_trigger WHERE NOT tgisinternal")) == 0
    finally:
        engine.dispose()


def test_compare_metadata_on_postgresql_would_notice_a_difference(pg_database):
    _db, url = pg_database
    engine = _pg_engine(url)
    try:
        _upgrade(engine)
        meta = sa.MetaData()
        for table in M.Base.metadata.tables.values():
            table.to_metadata(meta)
        sa.Table("setting", meta, sa.Column("surprise", sa.Integer), extend_existing=True)
        with engine.connect() as conn:
            diffs = compare_metadata(MigrationContext.configure(conn), meta)
        assert any(d[0] == "add_column" and d[3].name == "surprise" for d in diffs)
    finally:
        engine.dispose()


def test_migrations_go_down_to_base_and_up_again_on_postgresql(pg_database):
    _db, url = pg_database
    engine = _pg_engine(url)
    try:
        _upgrade(engine)
        with engine.begin() as conn:
            cfg = vaults.alembic_config()
            cfg.attributes["connection"] = conn
            command.downgrade(cfg, "base")
        assert set(sa.inspect(engine).get_table_names()) == {"alembic_version"}
        _upgrade(engine)
        assert set(sa.inspect(engine).get_table_names()) == set(M.Base.metadata.tables) | {"alembic_version"}
    finally:
        engine.dispose()


# ----- the same rows from both databases ---------------------------------------------------------------


@pytest.fixture
def engines(pg_database, tmp_path):
    """{"sqlite": a SQLCipher file, "postgresql": the test server}, each with every table of the models.
    The server session starts in a zone far from UTC, so only `make_portable` can make its stamps UTC."""
    _db, url = pg_database
    local = vaults.make_engine(tmp_path / "site.db", vaults.new_master_key())
    server = make_portable(_pg_engine(url, connect_args={"options": "-c TimeZone=Pacific/Kiritimati"}))
    built = {"sqlite": local, "postgresql": server}
    for engine in built.values():
        M.Base.metadata.create_all(engine)
    yield built
    for engine in built.values():
        engine.dispose()


def _both(engines: dict[str, sa.Engine], statement) -> dict[str, list[tuple]]:  # noqa: ANN001
    out = {}
    for name, engine in engines.items():
        with engine.connect() as conn:
            out[name] = [tuple(row) for row in conn.execute(statement)]
    return out


def _add_people(engines: dict[str, sa.Engine], people: list[dict], aliases: dict[str, list[str]] | None = None) -> None:
    """The same participants (and aliases) in both databases, with the service's folded search text."""
    aliases = aliases or {}
    for engine in engines.values():
        with Session(engine) as session, session.begin():
            manager = M.Account(id="manager-1", username="cm", display_name="Casey Manager", role="case_manager")
            session.add(manager)
            for n, person in enumerate(people, start=1):
                number = f"TEST-{n:06d}"
                names = [person.get("first_name") or "", person.get("last_name") or "", *aliases.get(number, [])]
                session.add(M.Participant(
                    id=f"person-{n}", sequence=n, lead_number=number, name_quality="1", dob_quality="1",
                    race_ethnicity="6", sex="1", veteran_status="0", disabling_condition="0", status="active",
                    enrolled_on=date(2024, 1, 1), vocab_version="2026", sort_name=P.fold(person.get("last_name")) or "~",
                    search_text=P.search_text(number, names), **person))
                session.flush()
                for alias in aliases.get(number, []):
                    session.add(M.ParticipantAlias(participant_id=f"person-{n}", alias=alias))
                    session.flush()


def test_string_agg_joins_a_group_the_same_on_both(engines):
    meta = sa.MetaData()
    t = sa.Table("agg_probe", meta, sa.Column("id", sa.Integer, primary_key=True), sa.Column("grp", sa.String(8)),
                 sa.Column("word", sa.String(20), nullable=True), sa.Column("number", sa.Integer, nullable=True))
    rows = [dict(id=1, grp="a", word="Ünïcode", number=1), dict(id=2, grp="a", word=None, number=None),
            dict(id=3, grp="a", word="two, words", number=20), dict(id=4, grp="b", word=None, number=None),
            dict(id=5, grp="c", word="alone", number=-3)]
    for engine in engines.values():
        meta.create_all(engine)
        with engine.begin() as conn:
            conn.execute(t.insert(), rows)
    query = (sa.select(t.c.grp, string_agg(t.c.word, "; "), string_agg(t.c.number, "|"), sa.func.count(t.c.id))
             .group_by(t.c.grp).order_by(t.c.grp))
    got = _both(engines, query)
    assert got["sqlite"][1:] == got["postgresql"][1:] == [("b", None, None, 1), ("c", "alone", "-3", 1)]
    # Within a group the order is the database's reading order, which the function gives no meaning to.
    for name in engines:
        grp, words, numbers, count = got[name][0]
        assert (grp, sorted(words.split("; ")), sorted(numbers.split("|")), count) == (
            "a", ["two, words", "Ünïcode"], ["1", "20"], 3), name


def test_string_agg_in_the_participant_lists_alias_subquery(engines):
    _add_people(engines, [{"first_name": "Ana", "last_name": "Ruiz"}, {"first_name": "Bo", "last_name": "Li"}],
                {"TEST-000001": ["Nana"]})
    p, a = M.Participant, M.ParticipantAlias
    aliases = (sa.select(string_agg(a.alias, ", ")).where(a.participant_id == p.id, a.deleted_at.is_(None))
               .scalar_subquery())
    got = _both(engines, sa.select(p.lead_number, aliases).order_by(p.sequence))
    assert got["sqlite"] == got["postgresql"] == [("TEST-000001", "Nana"), ("TEST-000002", None)]


def test_string_agg_spells_each_database_its_own_way():
    expression = sa.select(string_agg(M.ParticipantAlias.alias, ", "))
    assert "group_concat(participant_alias.alias, ?)" in str(expression.compile(dialect=sqlite.dialect()))
    assert "string_agg(CAST(participant_alias.alias AS TEXT), " in str(expression.compile(dialect=postgresql.dialect()))


def test_case_insensitive_search_finds_the_same_people_on_both(engines):
    people = [
        {"first_name": "JOSÉ", "last_name": "Álvarez"},
        {"first_name": "jose", "last_name": "Smith"},
        {"first_name": "Élodie", "last_name": "O'Brien"},
        {"first_name": "Grete", "last_name": "Straße"},
        {"first_name": "Max", "last_name": "Under_Score"},
        {"first_name": "Cent", "last_name": "Hundred%"},
    ]
    _add_people(engines, people, {"TEST-000002": ["Big JOE"]})
    p = M.Participant
    expectations = {
        "jose": {"TEST-000001", "TEST-000002"},
        "JOSÉ": {"TEST-000001", "TEST-000002"},
        "alvarez jose": {"TEST-000001"},
        "ELODIE o'brien": {"TEST-000003"},
        "STRASSE": {"TEST-000004"},
        "big joe": {"TEST-000002"},
        "under_": {"TEST-000005"},
        "m_x": set(),  # "_" is a character here (it would match "max"), not LIKE's any-one-character
        "%": {"TEST-000006"},
        "test-000003": {"TEST-000003"},
    }
    for query, expected in expectations.items():
        # Exactly the conditions the participant list's search uses.
        conditions = _filters(90, None, query, None, None, False, None, False, date(2026, 1, 1))
        got = _both(engines, sa.select(p.lead_number).where(*conditions).order_by(p.sequence))
        assert {r[0] for r in got["sqlite"]} == {r[0] for r in got["postgresql"]} == expected, query


def test_an_unfolded_like_is_what_would_differ(engines):
    """Why the search matches folded text: LIKE on the stored names answers differently on the two."""
    _add_people(engines, [{"first_name": "JOSE", "last_name": "Smith"}])
    got = _both(engines, sa.select(M.Participant.lead_number).where(M.Participant.first_name.like("%jose%")))
    assert got == {"sqlite": [("TEST-000001",)], "postgresql": []}


def test_sort_key_puts_nulls_where_sqlite_puts_them(engines):
    _add_people(engines, [
        {"first_name": "A", "last_name": "Able", "dob": date(1980, 5, 1)},
        {"first_name": "B", "last_name": "Baker", "dob": None, "case_manager_id": "manager-1"},
        {"first_name": "C", "last_name": "Cole", "dob": date(1970, 1, 1)},
    ])
    p = M.Participant
    for descending, expected in ((False, ["TEST-000002", "TEST-000003", "TEST-000001"]),
                                 (True, ["TEST-000001", "TEST-000003", "TEST-000002"])):
        got = _both(engines, sa.select(p.lead_number).order_by(sort_key(p.dob, descending), p.sequence))
        assert [r[0] for r in got["sqlite"]] == [r[0] for r in got["postgresql"]] == expected
    # A NOT NULL column reached through an outer join: NULL for people without a case manager.
    joined = (sa.select(p.lead_number).outerjoin(M.Account, M.Account.id == p.case_manager_id)
              .order_by(sort_key(M.Account.display_name, nullable=True), p.sequence))
    got = _both(engines, joined)
    assert [r[0] for r in got["sqlite"]] == [r[0] for r in got["postgresql"]] == [
        "TEST-000001", "TEST-000003", "TEST-000002"]


def test_sort_key_gives_sqlite_the_order_by_it_always_had():
    p = M.Participant
    for column, descending in ((p.dob, False), (p.dob, True), (p.sort_name, False)):
        plain = column.desc() if descending else column.asc()
        assert str(sa.select(p.id).order_by(sort_key(column, descending)).compile(dialect=sqlite.dialect())) == str(
            sa.select(p.id).order_by(plain).compile(dialect=sqlite.dialect()))
    pg = postgresql.dialect()
    assert "participant.dob DESC NULLS LAST" in str(sa.select(p.id).order_by(sort_key(p.dob, True)).compile(dialect=pg))
    # A NOT NULL column keeps its plain order, so PostgreSQL can still read the list's index in order.
    assert str(sa.select(p.id).order_by(sort_key(p.sort_name)).compile(dialect=pg)).endswith(
        "ORDER BY participant.sort_name ASC")


def test_unindexed_keeps_a_count_over_everyone_off_the_list_index_and_counts_the_same(engines):
    _add_people(engines, [{"first_name": "A", "last_name": "Able"}, {"first_name": "B", "last_name": "Baker"},
                          {"first_name": "C", "last_name": "Cole", "deleted_at": datetime(2025, 1, 1)}])
    p = M.Participant
    plain = sa.select(sa.func.count()).where(p.deleted_at.is_(None), p.merged_into_id.is_(None))
    hinted = sa.select(sa.func.count()).where(p.deleted_at.is_(None), unindexed(p.merged_into_id).is_(None))
    assert _both(engines, plain) == _both(engines, hinted) == {"sqlite": [(2,)], "postgresql": [(2,)]}
    assert "+participant.merged_into_id IS NULL" in str(hinted.compile(dialect=sqlite.dialect()))
    assert "participant.merged_into_id IS NULL" in str(hinted.compile(dialect=postgresql.dialect()))
    with engines["sqlite"].connect() as conn:
        plans = [" ".join(str(r[3]) for r in conn.exec_driver_sql(
            "EXPLAIN QUERY PLAN " + str(q.compile(dialect=sqlite.dialect(), compile_kwargs={"literal_binds": True})))
            ) for q in (plain, hinted)]
    assert "ix_participant_list" in plans[0] and "ix_participant_list" not in plans[1], plans


def test_stamps_read_back_as_naive_utc_on_both(engines):
    stamp = datetime(2026, 3, 8, 9, 30, 15, 250, tzinfo=timezone.utc)
    for engine in engines.values():
        with Session(engine) as session, session.begin():
            session.add(M.Setting(id="with-zone", key="a", value="1", created_at=stamp, updated_at=stamp))
            session.add(M.Setting(id="naive", key="b", value="1", created_at=stamp.replace(tzinfo=None),
                                  updated_at=stamp.replace(tzinfo=None) + timedelta(hours=1)))
            session.add(M.Account(id="acct", username="x", display_name="X", role="viewer", last_sign_in_at=stamp))
    got = _both(engines, sa.select(M.Setting.id, M.Setting.created_at, M.Setting.updated_at).order_by(M.Setting.id))
    naive = stamp.replace(tzinfo=None)
    assert got["sqlite"] == got["postgresql"] == [
        ("naive", naive, naive + timedelta(hours=1)), ("with-zone", naive, naive)]
    # Compared in SQL too: the server holds the instant, not the session's wall clock.
    later = _both(engines, sa.select(M.Account.id).where(M.Account.last_sign_in_at > datetime(2026, 3, 8, 9, 30)))
    assert later["sqlite"] == later["postgresql"] == [("acct",)]


def test_a_stream_stopped_early_leaves_nothing_open(engines):
    for engine in engines.values():
        with Session(engine) as session, session.begin():
            session.add_all([M.Setting(key=f"key-{n:03d}", value=str(n)) for n in range(60)])
    for name, engine in engines.items():
        with Session(engine) as session:
            assert [s.key for (s,) in stream(session, sa.select(M.Setting).order_by(M.Setting.key), 7)] == [
                f"key-{n:03d}" for n in range(60)]
        # An export cancelled after a few rows: the error leaves the unit of work half-way through.
        with pytest.raises(RuntimeError, match="cancelled"):
            with Session(engine) as session, session.begin():
                for n, _row in enumerate(stream(session, sa.select(M.Setting).order_by(M.Setting.key), 7)):
                    if n == 10:
                        raise RuntimeError("cancelled")
        gc.collect()  # an unclosed server-side cursor would warn here, and warnings fail the test
        with Session(engine) as session, session.begin():
            assert session.scalar(sa.select(sa.func.count()).select_from(M.Setting)) == 60, name


def test_upsert_inserts_then_updates_the_same_on_both(engines):
    meta = sa.MetaData()
    t = sa.Table("upsert_probe", meta, sa.Column("id", sa.String(8), primary_key=True),
                 sa.Column("kind", sa.String(8), nullable=False), sa.Column("day", sa.Date, nullable=False),
                 sa.Column("numbers", sa.Text, nullable=False), sa.Column("version", sa.Integer, nullable=False),
                 sa.UniqueConstraint("kind", "day"))
    day = date(2026, 1, 31)

    def save(session: Session, row_id: str, numbers: str) -> None:
        upsert(session, t, dict(id=row_id, kind="program", day=day, numbers=numbers, version=1),
               key=("kind", "day"), update=("numbers",), when_changed="numbers", also={"version": t.c.version + 1})

    for engine in engines.values():
        meta.create_all(engine)
        with Session(engine) as session, session.begin():
            save(session, "first", '{"n": 1}')
            save(session, "second", '{"n": 2}')  # the same kind and day: the first row changes
            save(session, "third", '{"n": 2}')  # nothing new: the row is left as it is
            upsert(session, t, dict(id="other", kind="fact", day=day, numbers="{}", version=1),
                   key=("kind", "day"), update=("numbers",))
    got = _both(engines, sa.select(t).order_by(t.c.id))
    assert got["sqlite"] == got["postgresql"] == [
        ("first", "program", day, '{"n": 2}', 2), ("other", "fact", day, "{}", 1)]


def test_a_server_database_sorts_text_like_sqlite_only_with_a_code_point_collation(engines, pg_server):
    for engine in engines.values():
        with engine.connect() as conn:
            assert orders_text_like_sqlite(conn)  # the test server's databases are made with C.UTF-8
    pg_server.superuser_sql("CREATE DATABASE sorted_by_language TEMPLATE template0 "
                            "LOCALE_PROVIDER icu ICU_LOCALE 'en-US' LOCALE 'C.UTF-8'")
    engine = sa.create_engine(f"postgresql+psycopg://postgres@/sorted_by_language?host={pg_server.socket_dir}"
                              f"&port={pg_server.port}", poolclass=sa.pool.NullPool)
    try:
        with engine.connect() as conn:
            assert not orders_text_like_sqlite(conn)
            # What it would change: the participant list's name order.
            assert [r[0] for r in conn.execute(sa.text(
                "SELECT n FROM (VALUES ('ab'), ('B'), ('a b')) v(n) ORDER BY n"))] == ["a b", "ab", "B"]
    finally:
        engine.dispose()
        pg_server.superuser_sql("DROP DATABASE sorted_by_language")
