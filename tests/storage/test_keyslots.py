"""The key-slot file format: round trips exactly, and the slots open with the right password only."""

from __future__ import annotations

import tempfile
import uuid
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lead_desktop.domain.errors import WrongPassword
from lead_desktop.domain.validation import USERNAME_PATTERN
from lead_desktop.storage.keyslots import AccountSlot, DeviceSlot, KeyFile


def _hex(n_bytes: int):
    return st.binary(min_size=n_bytes, max_size=n_bytes).map(bytes.hex)


boxes = st.fixed_dictionaries({"nonce": _hex(12), "ct": st.binary(min_size=16, max_size=80).map(bytes.hex)})
kdfs = st.fixed_dictionaries(
    {
        "name": st.just("scrypt"),
        "log2_n": st.integers(10, 20),
        "r": st.integers(1, 16),
        "p": st.integers(1, 4),
        "salt": _hex(16),
    }
)
devices = st.builds(DeviceSlot, id=_hex(8), wrapped_account_key=boxes)
slots = st.builds(
    AccountSlot,
    lookup=_hex(32),
    kdf=kdfs,
    wrapped_account_key=boxes,
    wrapped_master_key=boxes,
    devices=st.lists(devices, max_size=3),
    wrapped_next_master_key=st.none() | boxes,
)
keyfiles = st.builds(
    KeyFile,
    site_id=st.uuids().map(str),
    lookup_salt=_hex(16),
    audit_public_key=_hex(32),
    accounts=st.lists(slots, max_size=6, unique_by=lambda s: s.lookup),
)


@settings(max_examples=150, deadline=None)
@given(keyfiles)
def test_key_file_round_trips_exactly(keyfile):
    data = keyfile.to_bytes()
    loaded = KeyFile.from_bytes(data)
    assert loaded == keyfile
    assert loaded.to_bytes() == data  # stable: saving an unchanged file changes nothing


usernames = st.from_regex(USERNAME_PATTERN, fullmatch=True)
passwords = st.text(min_size=1, max_size=40)


@settings(max_examples=25, deadline=None)
@given(
    people=st.dictionaries(usernames, passwords, min_size=1, max_size=4),
    master=st.binary(min_size=32, max_size=32),
    data=st.data(),
)
def test_slots_open_with_their_own_password_only(people, master, data):
    keyfile = KeyFile.new(bytes(32))
    account_keys = {}
    for username, password in people.items():
        account_keys[username] = uuid.uuid4().bytes * 2
        keyfile.add_account(username, password, account_keys[username], master)
    with tempfile.TemporaryDirectory() as tmp:
        keyfile.save(Path(tmp) / "site.keys")
        loaded = KeyFile.load(Path(tmp) / "site.keys")
    assert loaded == keyfile
    for username, password in people.items():
        slot = loaded.find(username)
        assert slot is not None
        account_key = slot.unwrap_account_key(password)
        assert account_key == account_keys[username]
        assert loaded.master_key_candidates(slot, account_key) == [master]
        other = data.draw(passwords.filter(lambda p, mine=password: p != mine), label="wrong password")
        with pytest.raises(WrongPassword):
            slot.unwrap_account_key(other)
    assert loaded.find(data.draw(usernames.filter(lambda u: u not in people), label="stranger")) is None


def test_key_file_names_nobody():
    keyfile = KeyFile.new(bytes(32))
    keyfile.add_account("zorbafinch", "a password here", bytes(32), bytes(range(32)))
    assert b"zorbafinch" not in keyfile.to_bytes()
    assert keyfile.find("zorbafinch") is not None
