"""A laptop's drafts file for a server site (storage.draft_store): SQLCipher keyed through a key slot that
only the person's password opens, one file per person and server, named by a salted hash, rewrapped on a
password change, started afresh when the password no longer opens it."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest
import sqlcipher3
from sqlalchemy import select

from lead_desktop.storage import draft_store
from lead_desktop.storage.models import Draft

SERVER = "db.example.org:5432/lead"
NOTE = "Ottoline canary draft 4410"


def put(store: draft_store.LocalDraftStore, author: str = "a-1") -> None:
    with store.unit_of_work() as session:
        session.add(Draft(author=author, form="contact", opener="profile_record", context="{}", slot="s", title="",
                          content=f'{{"note": "{NOTE}"}}', saved_at=datetime.now(timezone.utc)))


def notes(store: draft_store.LocalDraftStore) -> list[str]:
    with store.unit_of_work() as session:
        return [row.content for row in session.scalars(select(Draft))]


def test_a_store_opens_again_with_the_same_password_only(tmp_path):
    store = draft_store.open_store(tmp_path, SERVER, "carla", "carla's long password")
    put(store)
    store.close()
    again = draft_store.open_store(tmp_path, SERVER, "carla", "carla's long password")
    assert len(notes(again)) == 1
    again.close()
    with pytest.raises(sqlcipher3.dbapi2.DatabaseError):  # the file is no SQLite database without its key
        conn = sqlcipher3.connect(str(again.db_path))
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchall()
        finally:
            conn.close()


def test_a_password_that_no_longer_opens_it_starts_an_empty_store(tmp_path):
    store = draft_store.open_store(tmp_path, SERVER, "carla", "carla's long password")
    put(store)
    store.close()
    fresh = draft_store.open_store(tmp_path, SERVER, "carla", "a password an administrator set")
    assert notes(fresh) == []
    fresh.close()


def test_changing_ones_password_keeps_the_drafts(tmp_path):
    store = draft_store.open_store(tmp_path, SERVER, "carla", "carla's long password")
    put(store)
    store.set_password("carla's new long password")
    store.close()
    again = draft_store.open_store(tmp_path, SERVER, "carla", "carla's new long password")
    assert len(notes(again)) == 1
    again.close()


def test_each_person_and_server_has_a_file_that_names_nobody(tmp_path):
    stores = [draft_store.open_store(tmp_path, server, user, "a long enough password")
              for server, user in ((SERVER, "carla"), (SERVER, "dmitri"), ("other.example.org:5432/lead", "carla"))]
    for store in stores:
        put(store)
        store.close()
    names = sorted(p.name for p in (tmp_path / "drafts").iterdir())
    assert len({s.name for s in stores}) == 3
    assert not any("carla" in name or "dmitri" in name or "example" in name for name in names)
    for path in (tmp_path / "drafts").iterdir():
        data = path.read_bytes()
        for secret in (NOTE, "carla", "dmitri", "example.org"):
            assert secret.encode() not in data, f"{secret} in {path.name}"
