"""A damaged database or key file is reported in plain words, never as a crash or a wrong password."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lead_desktop.domain.audit import AuditAction
from lead_desktop.domain.errors import DatabaseCorrupt, KeyFileCorrupt, KnownError
from lead_desktop.domain.roles import Role
from lead_desktop.services import accounts
from lead_desktop.services import site as sites
from lead_desktop.storage.keyslots import KeyFile
from tests.conftest import ADMIN_PASSWORD
from tests.helpers.sites import flip_byte, signed_in

PAGE = 4096  # SQLCipher 4 default page size


def _open_and_verify(site_dir) -> tuple[str, object]:
    """('sign-in', message) when signing in is refused, else ('verify', problems). Anything else propagates."""
    try:
        site = sites.sign_in(site_dir, "admin", ADMIN_PASSWORD)
    except DatabaseCorrupt as exc:
        return "sign-in", exc.message
    try:
        problems = sites.verify(site)
    finally:
        try:
            site.close()
        except DatabaseCorrupt:
            pass  # the sign-out entry could not be written into a damaged file: told truthfully
    return "verify", problems


def _fill(site, entries: int) -> None:
    with site.unit_of_work() as session:
        for i in range(entries):
            site.audit(session, AuditAction.VIEW, "probe", f"{i:08d}", padding="x" * 120)


def test_flipped_byte_in_database_is_reported_never_raw(new_site, site_dir):
    _fill(new_site, 1500)
    new_site.close()
    db = new_site.paths.db
    pristine = db.read_bytes()
    # Putting an older copy of the database back is what the folder's audit anchors notice (storage.anchors):
    # here each round starts from the folder as it was, anchors and all, so only the damage is reported.
    anchors = new_site.paths.folder / "site.anchors"
    pristine_anchors = anchors.read_bytes()
    pages = len(pristine) // PAGE
    assert pages > 40, f"the site is too small to have middle pages ({pages})"
    assert _open_and_verify(site_dir) == ("verify", [])

    # Page 1: salt, header and the HMAC/IV reserve at its end; all must stop the sign-in.
    for offset in (0, 7, 15, 16, 100, 2000, PAGE - 40, PAGE - 1):
        db.write_bytes(pristine)
        anchors.write_bytes(pristine_anchors)
        flip_byte(db, offset)
        where, what = _open_and_verify(site_dir)
        assert where == "sign-in", f"byte {offset} of page 1 flipped, yet the site opened"
        assert "damaged" in what and "backup" in what

    # Middle pages: a sign-in that does not touch them may succeed, then verify must say what is wrong.
    outcomes = []
    for page in (pages // 4, pages // 2, 3 * pages // 4, pages - 1):
        for within in (3, PAGE // 2, PAGE - 20):
            db.write_bytes(pristine)
            anchors.write_bytes(pristine_anchors)
            flip_byte(db, page * PAGE + within)
            where, what = _open_and_verify(site_dir)
            outcomes.append(where)
            if where == "sign-in":
                assert "damaged" in what
            else:
                assert what, f"page {page + 1} damaged at {within}, but verify found nothing"
                assert any(f"page {page + 1}" in problem for problem in what), what

    assert "verify" in outcomes, "every damaged middle page stopped the sign-in: verify was never exercised"

    db.write_bytes(pristine)
    anchors.write_bytes(pristine_anchors)
    assert _open_and_verify(site_dir) == ("verify", [])


def _site_with_devices(site):
    accounts.add_account(site, "bob", "Bob Builder", Role.CASE_MANAGER, "temporary pass 1")
    accounts.enable_keychain_unlock(site)
    site.close()


def test_flipped_byte_anywhere_in_key_file_is_damage_not_a_wrong_password(new_site, site_dir):
    _site_with_devices(new_site)
    keys = new_site.paths.keys
    pristine = keys.read_bytes()
    assert len(pristine) > 1000
    for offset in range(len(pristine)):
        # A bit flip everywhere; a letter's case (hex accepts both); now and then a non-ASCII byte.
        masks = [0x01] + [0x20] * chr(pristine[offset]).isalpha() + [0x80] * (offset % 16 == 0)
        for mask in masks:
            keys.write_bytes(pristine)
            flip_byte(keys, offset, mask)
            try:
                sites.sign_in(site_dir, "admin", ADMIN_PASSWORD).close()
            except KeyFileCorrupt as exc:
                assert "site.keys" in exc.message and "recovery key" in exc.message
            except KnownError as exc:  # e.g. WrongPassword: the damage was taken for a typing mistake
                pytest.fail(f"byte {offset} ^ {mask:#x}: {type(exc).__name__}: {exc.message}")
            else:
                pytest.fail(f"byte {offset} ^ {mask:#x} of site.keys flipped, yet the site opened")
    keys.write_bytes(pristine)
    with signed_in(site_dir, "admin", ADMIN_PASSWORD) as site:
        assert sites.verify(site) == []


_JSON_SPACE = b" \t\r\n"


@settings(max_examples=300, deadline=None)
@given(position=st.floats(0, 1, exclude_max=True), mask=st.integers(1, 255), data=st.data())
def test_key_file_checksum_catches_any_byte_change(position, mask, data):
    keyfile = KeyFile.new(bytes(32))
    for i in range(data.draw(st.integers(1, 3), label="accounts")):
        slot = keyfile.add_account(f"user{i}", "a password", bytes([i]) * 32, bytes(32))
        for _ in range(data.draw(st.integers(0, 2), label="devices")):
            slot.wrap_account_key_for_device(bytes([i]) * 32)
    raw = bytearray(keyfile.to_bytes())
    offset = int(position * len(raw))
    original = raw[offset]
    raw[offset] ^= mask
    try:
        loaded = KeyFile.from_bytes(bytes(raw))
    except KeyFileCorrupt:
        return
    # Only JSON whitespace turning into other whitespace leaves the content itself unchanged.
    assert original in _JSON_SPACE and raw[offset] in _JSON_SPACE, f"byte {offset} ^ {mask:#x} went unnoticed"
    assert loaded == keyfile
