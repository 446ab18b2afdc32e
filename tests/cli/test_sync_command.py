"""lead-desktop-admin sync on the suite's server: a change the server refuses is named with its reason, and
the command exits 2 while it waits in the queue. (Its other answers, with the server stopped and the
program killed mid-sync, are in tests/server/test_offline_outage.py.)"""

from __future__ import annotations

from lead_desktop.services import participants as ps
from tests.helpers.offline import STAFF_PASSWORD, contact, person
from tests.services.conftest import server_template  # noqa: F401 - the fixture
from tests.services.offline.conftest import laptop  # noqa: F401 - the fixture


def test_a_refused_change_is_printed_with_the_servers_reason(laptop, run):  # noqa: F811
    carla = laptop.add("carla")
    someone = person(laptop.admin, carla)
    record = contact(laptop.admin, someone.id, "to be removed")
    laptop.sign_in("carla").close()  # the copy is filled once online
    site = laptop.sign_in("carla", offline=True)
    try:
        current = ps.list_records(site, "contact", someone.id)[0]
        ps.update_record(site, "contact", record.id, {**current.values, "note": "changed offline"}, current.version)
    finally:
        site.close()
    ps.delete_record(laptop.admin, "contact", record.id)
    a = laptop.address
    url = f"postgresql://{a.host}:{a.port}/{a.database}?sslmode={a.tls_mode}&sslrootcert={a.ca_file}"
    code, out, _err = run("--database-url", url, "--data-dir", laptop.folder, "--user", "carla", "--password-stdin",
                          "sync", stdin=STAFF_PASSWORD + "\n")
    lines = out.splitlines()
    assert code == 2 and lines[0].startswith("sent 0, received ") and lines[0].endswith("conflicts 0")
    assert lines[1].startswith("refused by the server, waiting in the queue: ") and "no longer exists" in lines[1]
