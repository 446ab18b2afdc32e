"""Viewers on a server: aggregate views only. The database refuses them every participant table, so
they read the numbers staff published (services.published) and a meeting's case-conferencing count
through lead_case_item_count(); what they see equals what the project manager sees."""

from __future__ import annotations

import contextlib
import json
from datetime import date, datetime, time, timedelta

import psycopg
import pytest
from sqlalchemy import func, select, text
from sqlalchemy.exc import DBAPIError

from lead_desktop.domain.errors import NumbersNotPrepared
from lead_desktop.domain.roles import Role
from lead_desktop.gui.reports.page import ReportsPage
from lead_desktop.reports.program_data import ProgramReportData
from lead_desktop.services import accounts, metrics, published, reporting
from lead_desktop.services import meetings as mt
from lead_desktop.services.server_site import sign_in_server
from lead_desktop.storage import models as M
from lead_desktop.storage import server_schema
from lead_desktop.storage.server_schema import PARTICIPANT_TABLES
from tests.conftest import ADMIN_PASSWORD, SITE_NAME
from tests.helpers.server_sites import copy_site, make_template
from tests.services.governance.helpers import small_owg
from tests.services.metrics.dataset import CM_PASSWORD, EXPECTED, PERIOD, TODAY, build_dataset

VIEWER_PASSWORD = "viewer passphrase 123"
PM_PASSWORD = "project manager passphrase"
NOT_PREPARED = ("These numbers have not been prepared on the server yet. Ask a project manager or case manager "
                "to open this report once; viewers then see the same numbers.")


@pytest.fixture(scope="module")
def template(pg_server):
    return make_template(pg_server, SITE_NAME, "admin", ADMIN_PASSWORD, "Ada Administrator")


@pytest.fixture
def site(pg_server, template):
    """A server site holding the hand-counted data set, a project manager "pm" and a viewer "pcg"
    (the data set brings the case managers "casey" and "blair"). Yields the address and the ids."""
    address = copy_site(pg_server, template, "admin", ADMIN_PASSWORD)
    admin = sign_in_server(address, "admin", ADMIN_PASSWORD)
    try:
        ids = build_dataset(admin)
        accounts.add_account(admin, "pm", "Morgan Project", Role.PROJECT_MANAGER, PM_PASSWORD)
        accounts.add_account(admin, "pcg", "Pat Council", Role.VIEWER, VIEWER_PASSWORD)
    finally:
        admin.close()
    return address, ids


@contextlib.contextmanager
def signed_in(address, username: str, password: str):
    session = sign_in_server(address, username, password)
    try:
        yield session
    finally:
        session.close()


def as_admin(address):
    return signed_in(address, "admin", ADMIN_PASSWORD)


def as_case_manager(address):
    return signed_in(address, "casey", CM_PASSWORD)


def as_project_manager(address):
    return signed_in(address, "pm", PM_PASSWORD)


def as_viewer(address):
    return signed_in(address, "pcg", VIEWER_PASSWORD)


def published_rows(address) -> list[tuple[str, date, date]]:
    with as_admin(address) as admin, admin.unit_of_work() as session:
        return sorted(session.execute(select(M.PublishedNumbers.kind, M.PublishedNumbers.period_start,
                                             M.PublishedNumbers.period_end)).tuples())


def refused(conn, statement: str, **params) -> bool:
    try:
        conn.execute(text(statement), params)
    except DBAPIError as exc:
        conn.rollback()
        return isinstance(exc.orig, psycopg.errors.InsufficientPrivilege)
    conn.rollback()
    return False


# ----- the database's word ------------------------------------------------------------------------


def test_a_viewers_own_sql_reads_published_numbers_but_never_a_participant_table(site):
    address, ids = site
    with as_case_manager(address) as cm:
        metrics.program_numbers(cm, PERIOD, today=TODAY)
    with as_viewer(address) as viewer, viewer.vault.engine.connect() as conn:
        rows = conn.execute(text("SELECT kind, period_start, period_end, numbers FROM published_numbers")).all()
        assert [(r.kind, r.period_start, r.period_end) for r in rows] == [("program", PERIOD.start, PERIOD.end)]
        numbers = rows[0].numbers
        assert json.loads(numbers)["funnel"]["total"] == EXPECTED["referred"]["all"]
        assert not any(row_id in numbers for row_id in ids.values())
        assert not any(word in numbers for word in ("FirstP", "LastP", "Zoë", "TEST-0"))
        for table in PARTICIPANT_TABLES:
            assert refused(conn, f"SELECT count(*) FROM {table}"), table
        # … and may not publish numbers of their own
        assert refused(conn, "UPDATE published_numbers SET numbers = '{}'")
        assert refused(conn, "DELETE FROM published_numbers")
        assert refused(conn, "INSERT INTO published_numbers (id, kind, period_start, period_end, numbers, computed_at, "
                             "created_at, updated_at) VALUES ('x', 'program', '2020-01-01', '2020-01-31', '{}', "
                             "now(), now(), now())")


def test_a_viewer_counts_a_meetings_case_conferencing_only_through_the_servers_function(site):
    address, ids = site
    with as_admin(address) as admin:
        body = small_owg(admin).body
        meeting = mt.create_meeting(admin, body.id, {"starts_at": datetime.combine(date.today() + timedelta(days=3),
                                                                                    time(10)), "place": "Room 3"})
        for key in ("P1", "P2", "P3"):
            mt.add_case_item(admin, meeting.id, {"participant_id": ids[key]})
        item = mt.list_case_items(admin, meeting.id)[0]
        mt.remove_case_item(admin, item.id)
    with as_viewer(address) as viewer:
        with viewer.vault.engine.connect() as conn:
            assert conn.execute(text("SELECT lead_case_item_count(:m)"), {"m": meeting.id}).scalar() == 2
            assert conn.execute(text("SELECT lead_case_item_count('no such meeting')")).scalar() == 0
            assert refused(conn, "SELECT count(*) FROM case_conference_item WHERE meeting_id = :m", m=meeting.id)
        with viewer.unit_of_work() as session:  # storage's name for the server's function
            assert server_schema.case_item_count(session, meeting.id) == 2
        assert mt.get_meeting(viewer, meeting.id).case_items == 2
        assert mt.minutes_data(viewer, meeting.id).case_items == 2


# ----- what a viewer gets -------------------------------------------------------------------------


def test_numbers_nobody_prepared_are_refused_in_plain_words_and_nothing_is_counted(site, tmp_path):
    address, _ids = site
    with as_viewer(address) as viewer:
        with pytest.raises(NumbersNotPrepared) as info:
            metrics.program_numbers(viewer, PERIOD, today=TODAY)
        assert info.value.message == NOT_PREPARED
        with pytest.raises(NumbersNotPrepared):
            metrics.fact_sheet_numbers(viewer, today=TODAY)
        with pytest.raises(NumbersNotPrepared):
            metrics.snapshot(viewer, TODAY)
        with pytest.raises(NumbersNotPrepared):
            reporting.export(viewer, reporting.ExportRequest("program", "pdf", period=PERIOD), tmp_path / "p.pdf")
        assert reporting.prepare_viewer_numbers(viewer, today=TODAY) is None  # a viewer prepares nothing
    assert list(tmp_path.iterdir()) == []
    assert published_rows(address) == []
    # prepared for another period does not do for this one
    with as_project_manager(address) as pm:
        metrics.program_numbers(pm, metrics.period_for("month", PERIOD.start), today=TODAY)
    with as_viewer(address) as viewer, pytest.raises(NumbersNotPrepared):
        metrics.program_numbers(viewer, PERIOD, today=TODAY)


def test_after_a_case_manager_signs_in_the_standard_periods_are_there(site):
    address, _ids = site
    with as_admin(address) as admin:
        body = small_owg(admin).body
        soon = date.today() + timedelta(days=10)
        meeting = mt.create_meeting(admin, body.id, {"starts_at": datetime.combine(soon, time(14)), "place": "Hall"})
        mt.create_meeting(admin, body.id, {"starts_at": datetime.combine(date.today() + timedelta(days=200), time(9)),
                                           "place": "Hall"})  # too far ahead for a packet
    with as_case_manager(address) as cm:
        prepared = reporting.prepare_viewer_numbers(cm)
        created = metrics.site_created(cm)
    today = date.today()
    periods = reporting.standard_periods(today, created)
    assert prepared.periods == tuple(periods) and prepared.snapshot_days == (soon,)
    expected = sorted([("program", p.start, p.end) for p in periods]
                      + [("fact-sheet", today, today), ("snapshot", soon, soon)])
    assert published_rows(address) == expected
    assert {(p.start, p.end) for p in periods} >= {
        (today.replace(day=1), metrics.period_for("month", today).end),
        (date(today.year, 1, 1), today),
        (date(today.year - 1, 1, 1), date(today.year - 1, 12, 31)),
    }
    with as_viewer(address) as viewer:
        assert metrics.default_period(viewer) in periods  # the Reports page's first report is ready
        for period in periods:
            assert metrics.program_numbers(viewer, period).period == period
        sheet = reporting.fact_sheet(viewer)
        assert sheet.numbers.public and sheet.numbers.as_of == today
        packet = reporting.packet(viewer, meeting.id)
        assert packet.snapshot.numbers.as_of == today


def test_a_viewer_sees_exactly_what_the_project_manager_sees(site):
    address, _ids = site
    with as_case_manager(address) as cm:
        reporting.prepare_viewer_numbers(cm, today=TODAY)  # Q1 2025 is "last quarter" on 15 April 2025
        created = metrics.site_created(cm)
    day = date(2025, 4, 20)
    with as_project_manager(address) as pm:
        seen = {(p.start, p.end): metrics.program_numbers(pm, p, today=TODAY)
                for p in reporting.standard_periods(TODAY, created)}
        fact = metrics.fact_sheet_numbers(pm, today=TODAY)
        snap = metrics.snapshot(pm, day, today=TODAY)
    assert (PERIOD.start, PERIOD.end) in seen
    with as_viewer(address) as viewer:
        for period in reporting.standard_periods(TODAY, created):
            mine = metrics.program_numbers(viewer, period, today=TODAY)
            assert mine == seen[(period.start, period.end)]
            assert metrics.public_view(mine) == metrics.public_view(seen[(period.start, period.end)])
        q1 = metrics.program_numbers(viewer, PERIOD, today=TODAY)
        assert q1.funnel.total == EXPECTED["referred"]["all"] and q1.enrollments == EXPECTED["enrollments"]
        assert metrics.fact_sheet_numbers(viewer, today=TODAY) == fact
        assert metrics.snapshot(viewer, day, today=TODAY) == snap


def test_the_next_computation_replaces_the_published_numbers(site):
    address, ids = site
    with as_project_manager(address) as pm:
        before = metrics.program_numbers(pm, PERIOD, today=TODAY)
        pm_id = pm.actor.account_id
    with as_admin(address) as admin, admin.unit_of_work() as session:
        session.add(M.Referral(pathway="community", outcome="pending", referred_at=datetime(2025, 2, 2, 10, 0),
                               first_name="Ref", last_name="R99", race_ethnicity="3", sex="99",
                               sort_name="r99, ref", search_text="r99"))
    with as_case_manager(address) as cm:
        metrics.program_numbers(cm, PERIOD, today=TODAY)
        cm_id = cm.actor.account_id
    with as_admin(address) as admin, admin.unit_of_work() as session:
        rows = session.execute(select(M.PublishedNumbers.computed_by, M.PublishedNumbers.computed_at)
                               .where(M.PublishedNumbers.kind == "program")).all()
        assert [r.computed_by for r in rows] == [cm_id] and pm_id != cm_id
    with as_viewer(address) as viewer:
        assert metrics.program_numbers(viewer, PERIOD, today=TODAY).funnel.total == before.funnel.total + 1
    # the same numbers again leave the row (and the audit log) as they were
    with as_admin(address) as admin, admin.unit_of_work() as session:
        audit_before = session.scalar(select(func.count()).select_from(M.AuditEntry))
    with as_case_manager(address) as cm:
        metrics.program_numbers(cm, PERIOD, today=TODAY)
    with as_admin(address) as admin, admin.unit_of_work() as session:
        entries = session.scalars(select(M.AuditEntry.entity_type).where(M.AuditEntry.seq > audit_before)).all()
        assert "published_numbers" not in entries
        assert session.scalar(select(M.PublishedNumbers.computed_at).where(M.PublishedNumbers.kind == "program")) \
            == rows[0].computed_at


def test_published_numbers_that_do_not_fit_read_as_not_prepared(site):
    address, _ids = site
    with as_case_manager(address) as cm:
        metrics.program_numbers(cm, PERIOD, today=TODAY)
    with as_admin(address) as admin, admin.unit_of_work() as session:  # written by hand with another client
        session.execute(text("UPDATE published_numbers SET numbers = :n"), {"n": json.dumps({"funnel": 1})})
    with as_viewer(address) as viewer, pytest.raises(NumbersNotPrepared):
        metrics.program_numbers(viewer, PERIOD, today=TODAY)
    with as_admin(address) as admin, admin.unit_of_work() as session:
        assert published.load(session, "program", PERIOD.start, PERIOD.end, ProgramReportData) is None


# ----- the window -------------------------------------------------------------------------------


def test_the_reports_page_prepares_for_viewers_when_staff_sign_in_never_for_a_viewer(qtbot, site):
    address, _ids = site
    with as_viewer(address) as viewer:
        page = ReportsPage(viewer)
        qtbot.addWidget(page)
        assert page.prepare_job is None
        page.set_site(None)
    assert published_rows(address) == []
    with as_case_manager(address) as cm:
        page = ReportsPage(cm)
        qtbot.addWidget(page)
        assert page.prepare_job is not None
        qtbot.waitUntil(lambda: page.prepare_job is None, timeout=30_000)
        page.set_site(None)
    today = date.today()
    kinds = {(kind, start, end) for kind, start, end in published_rows(address)}
    with as_viewer(address) as viewer:
        created = metrics.site_created(viewer)
    assert {("program", p.start, p.end) for p in reporting.standard_periods(today, created)} <= kinds
    assert ("fact-sheet", today, today) in kinds


def test_a_viewers_fact_sheet_is_the_newest_prepared_one_with_its_own_date(site):
    address, _ids = site
    earlier = TODAY - timedelta(days=3)
    with as_project_manager(address) as pm:
        prepared = metrics.fact_sheet_numbers(pm, today=earlier)
        metrics.fact_sheet_numbers(pm, today=earlier - timedelta(days=7))  # an older one too
    with as_viewer(address) as viewer:
        seen = metrics.fact_sheet_numbers(viewer, today=TODAY)  # nobody signed in today
        assert seen == prepared and seen.as_of == earlier  # the sheet prints this "as of" date
        with pytest.raises(NumbersNotPrepared):  # nothing from before the first prepared day
            metrics.fact_sheet_numbers(viewer, today=earlier - timedelta(days=30))
