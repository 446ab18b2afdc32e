"""storage.writes: the tables a unit of work wrote, read off every statement, reported only after a commit."""

from __future__ import annotations

import pytest
from sqlalchemy import select, text, update

from lead_desktop.storage.models import Setting
from lead_desktop.storage.writes import CHANGED_TABLES, written_table


@pytest.mark.parametrize(("statement", "table"), [
    ("INSERT INTO participant (id, first_name) VALUES (?, ?)", "participant"),
    ('INSERT INTO "case" (id) VALUES (?)', "case"),
    ("INSERT OR REPLACE INTO setting (key) VALUES (?)", "setting"),
    ("  update gov_body SET name=? WHERE gov_body.id = ?", "gov_body"),
    ("UPDATE OR IGNORE contact SET note=?", "contact"),
    ("DELETE FROM meeting_agenda_item WHERE id = ?", "meeting_agenda_item"),
    ("INSERT INTO public.referral (id) VALUES (%(id)s)", "referral"),
    ("SELECT * FROM participant", None),
    ("PRAGMA wal_checkpoint(TRUNCATE)", None),
    ("WITH x AS (SELECT 1) SELECT * FROM x", None),
])
def test_written_table_names_the_table_a_statement_writes(statement, table):
    assert written_table(statement) == table


def test_a_unit_of_work_reports_every_table_it_wrote_however_the_write_was_made(new_site):
    with new_site.vault.unit_of_work() as session:
        session.add(Setting(key="x_test", value="1"))  # the ORM's flush
        session.flush()
        session.execute(update(Setting).where(Setting.key == "x_test").values(value="2"))  # a Core statement
        session.execute(text("DELETE FROM audit_log WHERE 0"))  # typed text
        session.scalar(select(Setting.value).where(Setting.key == "x_test"))
    assert session.info[CHANGED_TABLES] == {"setting", "audit_log"}

    with new_site.vault.unit_of_work() as reading:
        reading.scalar(select(Setting.value))
    assert reading.info[CHANGED_TABLES] == frozenset()


def test_a_rolled_back_unit_of_work_reports_nothing_and_the_session_tells_its_listener_after_commits(new_site):
    heard: list[frozenset[str]] = []
    new_site.watch_changes(heard.append)
    with pytest.raises(RuntimeError), new_site.unit_of_work() as session:
        session.add(Setting(key="x_test", value="1"))
        session.flush()
        raise RuntimeError("refused")
    assert CHANGED_TABLES not in session.info and heard == []

    with new_site.unit_of_work() as session:
        session.add(Setting(key="x_test", value="1"))
    with new_site.unit_of_work() as session:  # reads only: nobody is told
        session.scalar(select(Setting.value))
    assert heard == [frozenset({"setting"})]

    new_site.watch_changes(None)
    with new_site.unit_of_work() as session:
        session.add(Setting(key="x_other", value="1"))
    assert heard == [frozenset({"setting"})]


def test_a_nested_unit_of_work_reports_its_own_tables_and_the_outer_one_keeps_its(new_site):
    heard: list[frozenset[str]] = []
    new_site.watch_changes(heard.append)
    with new_site.unit_of_work() as outer:
        outer.scalar(select(Setting.value))
        with new_site.unit_of_work() as inner:  # e.g. a setting read for the first time, or an audit entry
            inner.execute(text("DELETE FROM audit_log WHERE 0"))
        outer.add(Setting(key="x_outer", value="1"))
    assert heard == [frozenset({"audit_log"}), frozenset({"setting"})]
