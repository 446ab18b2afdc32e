"""A laptop loses the server mid-session and works on its copy; the server comes back; the queue arrives once.

This module runs its own PostgreSQL server (tests/helpers/pgserver.py), because it stops and starts it:
the suite's shared one keeps serving every other test meanwhile. The command line's `sync` is run as
a real program, killed with SIGKILL at random moments in 20 seeded rounds.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time

import pytest

from lead_desktop.domain.errors import ServerUnreachable
from lead_desktop.services import participants as ps
from lead_desktop.services import referrals as rs
from lead_desktop.services import server_site
from lead_desktop.services.offline import sync
from lead_desktop.storage import server
from tests.conftest import ADMIN_PASSWORD, SITE_NAME
from tests.helpers import pgserver
from tests.helpers.offline import STAFF_PASSWORD, Laptop, contact, notes, person, set_phone
from tests.helpers.sites import PROJECT_ROOT
from tests.services.referrals.helpers import arrest_values, clear_answers, sources


@pytest.fixture(scope="module")
def own_pg():
    pg = pgserver.start()
    yield pg
    pg.stop()


@pytest.fixture
def laptop(own_pg, tmp_path):
    if not _running(own_pg):
        own_pg.resume()
    db, url = own_pg.new_database("off")
    address, owner, owner_password = server.parse_database_url(url)
    admin = server_site.create_server_site(address, owner, owner_password, SITE_NAME, "admin", ADMIN_PASSWORD)
    place = Laptop(address, admin, tmp_path / "laptop")
    yield place
    if not _running(own_pg):
        own_pg.resume()
    if not place.admin.closed:  # a test may sign the administrator in again after a restart
        place.admin.close()


def _running(pg) -> bool:
    return (pg.folder / "data" / "postmaster.pid").exists()


def test_the_server_goes_away_mid_session_and_everything_arrives_once_when_it_is_back(laptop, own_pg):
    carla = laptop.add("carla")
    known = person(laptop.admin, carla, "Ola")
    sources(laptop.admin)
    site = laptop.sign_in("carla")
    try:
        own_pg.pause()
        with pytest.raises(ServerUnreachable):
            ps.list_participants(site, limit=5)
        sync.go_offline(site)
        assert [r.id for r in ps.list_participants(site, limit=5).rows] == [known.id]
        for n in range(20):
            contact(site, known.id, f"offline {n:02d}")
        set_phone(site, known.id, "555-0101")
        new = person(site, carla, "Nia")
        for n in range(3):
            contact(site, new.id, f"new {n}")
        referral = rs.create_referral(site, arrest_values(site), clear_answers("arrest_diversion"))
        rs.record_intake(site, referral.id, {"intake_completed_on": referral.values["referred_at"].date()},
                         expected_version=referral.version)
        with pytest.raises(ServerUnreachable):
            sync.go_online(site)
        assert site.offline and site.copy.waiting() == 27

        own_pg.resume()
        admin = server_site.sign_in_server(laptop.address, "admin", ADMIN_PASSWORD)  # the old pool's server is gone
        laptop.admin.close()
        laptop.admin = admin
        set_phone(admin, known.id, "555-0202")

        report = sync.go_online(site)
        assert len(report.conflicts) == 1 and report.waiting == 1 and report.sent == 26  # all but the profile edit
        assert ps.get_participant(admin, known.id).values["phone"] == "555-0202"
        op_id, conflict = report.conflicts[0]
        sync.keep_mine(site, op_id, conflict.current_version)
        report = sync.sync(site)
        assert report.waiting == 0
    finally:
        site.close()
    assert notes(admin, known.id) == [f"offline {n:02d}" for n in range(20)]
    assert ps.get_participant(admin, known.id).values["phone"] == "555-0101"
    created = ps.get_participant(admin, new.id)
    assert created.lead_number.endswith("-000002")
    assert notes(admin, new.id) == ["new 0", "new 1", "new 2"]
    assert rs.list_referrals(admin, limit=10).total == 1
    assert ps.list_participants(admin, limit=10).total == 2


def _sync_command(laptop: Laptop) -> list[str]:
    url = f"postgresql://{laptop.address.host}:{laptop.address.port}/{laptop.address.database}" \
          f"?sslmode={laptop.address.tls_mode}&sslrootcert={laptop.address.ca_file}"
    return [sys.executable, "-m", "lead_desktop.cli", "--database-url", url, "--data-dir", str(laptop.folder),
            "--user", "carla", "--password-stdin", "sync"]


def _start_sync(laptop: Laptop) -> subprocess.Popen:
    # The password waits in a closed pipe, so communicate() later has no stdin of its own to flush.
    reader, writer = os.pipe()
    os.write(writer, (STAFF_PASSWORD + "\n").encode())
    os.close(writer)
    try:
        return subprocess.Popen(_sync_command(laptop), cwd=PROJECT_ROOT, stdin=reader, stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, text=True, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    finally:
        os.close(reader)


def _queue_offline(laptop: Laptop, participant_id: str, notes_: list[str]) -> None:
    site = laptop.sign_in("carla", offline=True)
    try:
        for note in notes_:
            contact(site, participant_id, note)
    finally:
        site.close()


def test_a_sync_killed_at_random_moments_sends_every_change_exactly_once(laptop):
    carla = laptop.add("carla")
    known = person(laptop.admin, carla)
    laptop.sign_in("carla").close()
    rng = random.Random(18)
    expected: list[str] = []

    _queue_offline(laptop, known.id, ["timing"])
    expected.append("timing")
    started = time.monotonic()
    process = _start_sync(laptop)
    out, err = process.communicate(timeout=120)
    full = time.monotonic() - started
    assert process.returncode == 0, err
    assert out.startswith("sent 1, received ") and out.rstrip().endswith("conflicts 0")

    kills = 0
    for round_ in range(20):
        batch = [f"round {round_:02d} note {k}" for k in range(4)]
        _queue_offline(laptop, known.id, batch)
        expected += batch
        process = _start_sync(laptop)
        time.sleep(rng.uniform(0.2, full * 1.1))
        if process.poll() is None:
            process.send_signal(signal.SIGKILL)
            kills += 1
        process.communicate(timeout=60)
    assert kills >= 5, "the kills all came too late to test anything"

    process = _start_sync(laptop)
    out, err = process.communicate(timeout=120)
    assert process.returncode == 0, err
    assert out.startswith("sent ")
    assert notes(laptop.admin, known.id) == sorted(expected)  # every one, once
    site = laptop.sign_in("carla", offline=True)
    try:
        assert site.copy.waiting() == 0
        assert sorted(r.values["note"] for r in ps.list_records(site, "contact", known.id)) == sorted(expected)
    finally:
        site.close()


def test_the_sync_command_says_what_it_did_and_exits_as_documented(laptop, own_pg, run):
    carla = laptop.add("carla")
    someone = person(laptop.admin, carla)
    url = _sync_command(laptop)[4]
    folder = str(laptop.folder)
    argv = ["--database-url", url, "--data-dir", folder, "--user", "carla", "--password-stdin", "sync"]
    code, out, _err = run(*argv, stdin=STAFF_PASSWORD + "\n")
    assert code == 0 and out.startswith("sent 0, received ") and out.rstrip().endswith("conflicts 0")

    site = laptop.sign_in("carla", offline=True)
    set_phone(site, someone.id, "555-0101")
    site.close()
    set_phone(laptop.admin, someone.id, "555-0202")
    code, out, _err = run(*argv, stdin=STAFF_PASSWORD + "\n")
    assert code == 2 and out.splitlines()[0].startswith("sent 0, received ") and "conflicts 1" in out

    own_pg.pause()
    try:
        code, _out, err = run(*argv, stdin=STAFF_PASSWORD + "\n")
        assert code == 14 and "cannot reach the server" in err
    finally:
        own_pg.resume()


def test_offline_commands_work_on_the_copy_and_queue_an_import(laptop, own_pg, run, tmp_path):
    carla = laptop.add("carla")
    someone = person(laptop.admin, carla, "Ola", "Quist")
    laptop.sign_in("carla").close()
    url = _sync_command(laptop)[4]
    base = ["--database-url", url, "--data-dir", str(laptop.folder), "--user", "carla", "--password-stdin"]
    source = tmp_path / "contacts.csv"
    number = someone.lead_number
    source.write_text(f"LEAD number,Date,Type,Note\n{number},2024-05-01 10:00,street,imported offline\n",
                      encoding="utf-8")
    own_pg.pause()
    try:
        code, out, err = run(*base, "--offline", "import", "contacts", source, stdin=STAFF_PASSWORD + "\n")
        assert code == 0, err
        assert "Imported 1 new contact" in out
        exported = tmp_path / "out.csv"
        code, _out, err = run(*base, "--offline", "export", "contacts", "-o", exported, stdin=STAFF_PASSWORD + "\n")
        assert code == 0, err
        assert "imported offline" in exported.read_text(encoding="utf-8")
        code, _out, err = run(*base, "--offline", "list-users", stdin=STAFF_PASSWORD + "\n")
        assert code == 2 and "needs the server" in err
    finally:
        own_pg.resume()
    code, out, err = run(*base, "sync", stdin=STAFF_PASSWORD + "\n")
    assert code == 0 and out.startswith("sent 1,"), err
    admin = server_site.sign_in_server(laptop.address, "admin", ADMIN_PASSWORD)
    try:
        assert notes(admin, someone.id) == ["imported offline"]
    finally:
        admin.close()
