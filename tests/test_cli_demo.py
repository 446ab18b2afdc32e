"""lead-desktop-admin demo: a synthetic site, deterministic for a seed, opened with the password from stdin."""

from __future__ import annotations


import pytest

from lead_desktop import cli
from lead_desktop.domain.validation import parse_recovery_key
from lead_desktop.services import participants, site as sites

PASSWORD = "demo password 1"


def _names(folder) -> list[tuple[str, str]]:
    site = sites.sign_in(folder, "admin", PASSWORD)
    try:
        return [(r.lead_number, r.name) for r in participants.list_participants(site, sort="lead_number", limit=500).rows]
    finally:
        site.close()


def test_demo_creates_a_site_whose_last_line_is_the_recovery_key(run, tmp_path):
    code, out, err = run("--data-dir", tmp_path / "a", "demo", "--participants", 30, "--seed", 5, "--password-stdin",
                         stdin=PASSWORD + "\n")
    assert code == 0, err
    lines = out.strip().splitlines()
    assert "admin" in out
    key = parse_recovery_key(lines[-1])  # raises when the last line is not a recovery key
    assert len(key) == 32
    assert len(_names(tmp_path / "a")) == 30
    opened = sites.open_with_recovery_key(tmp_path / "a", lines[-1])
    opened.close()


def test_demo_is_deterministic_for_a_seed(run, tmp_path):
    for name, seed in (("a", 9), ("b", 9), ("c", 10)):
        code, _out, err = run("--data-dir", tmp_path / name, "demo", "--participants", 25, "--seed", seed,
                              "--password-stdin", stdin=PASSWORD + "\n")
        assert code == 0, err
    assert _names(tmp_path / "a") == _names(tmp_path / "b")
    assert _names(tmp_path / "a") != _names(tmp_path / "c")


def test_demo_needs_the_password_on_stdin(run, tmp_path):
    code, _out, err = run("--data-dir", tmp_path / "a", "demo", "--participants", 5)
    assert code == cli.EXIT_BAD_INPUT
    assert "password" in err
    assert not (tmp_path / "a" / "site.db").exists()


def test_demo_with_a_custom_admin_user(run, tmp_path):
    code, out, err = run("--data-dir", tmp_path / "a", "demo", "--participants", 3, "--admin-user", "pm",
                         "--password-stdin", stdin=PASSWORD + "\n")
    assert code == 0, err
    assert "pm" in out
    site = sites.sign_in(tmp_path / "a", "pm", PASSWORD)
    site.close()
