"""A failed upgrade puts back the backup taken just before it and says so in plain words.

The failing upgrade is a real Alembic revision (added to a copy of the migrations) that
changes the database half-way, commits, and then fails, as a broken release might: only
the backup can undo it.
"""

from __future__ import annotations

import io
import shutil
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from lead_desktop import cli
from lead_desktop.domain.errors import UpgradeFailed, UpgradeFailedNotRestored
from lead_desktop.domain.roles import Role
from lead_desktop.gui.flow import AppFlow
from lead_desktop.services import accounts, participants
from lead_desktop.services import site as sites
from lead_desktop.storage import vault as vaults
from tests.conftest import ADMIN_PASSWORD
from tests.gui.conftest import NO_IDLE_MS
from tests.helpers.sites import signed_in

PLAIN = "The upgrade of the site's database failed; the copy taken just before it was put back, so nothing was lost."


def _every_row(folder: Path, key: bytes) -> dict[str, list[tuple]]:
    raw = vaults.connect_raw(folder / "site.db", key)
    try:
        tables = [r[0] for r in raw.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
        return {t: raw.execute(f'SELECT * FROM "{t}" ORDER BY rowid').fetchall() for t in tables}
    finally:
        raw.close()


@pytest.fixture
def failing_migrations(tmp_path, monkeypatch) -> Path:
    """The program's migrations plus one more that creates a table, writes to it, and fails."""
    head = vaults.head_revision()
    migrations = tmp_path / "migrations"
    shutil.copytree(vaults.MIGRATIONS, migrations, ignore=shutil.ignore_patterns("__pycache__"))
    (migrations / "versions" / "zz_broken_release.py").write_text(
        textwrap.dedent(
            f'''
            """A broken release's migration."""
            import sqlalchemy as sa
            from alembic import op

            revision = "zz_broken_release"
            down_revision = "{head}"
            branch_labels = None
            depends_on = None


            def upgrade():
                op.add_column("account", sa.Column("nickname", sa.String(40)))
                op.execute("UPDATE account SET display_name = 'overwritten'")
                op.execute("COMMIT")  # a release that commits half-way: the rollback cannot undo it
                raise RuntimeError("the broken release failed half-way")


            def downgrade():
                pass
            '''
        )
    )
    monkeypatch.setattr(vaults, "MIGRATIONS", migrations)
    return migrations


@pytest.fixture
def filled_site(new_site, site_dir):
    """A site with people in it, closed; returns its master key."""
    accounts.add_account(new_site, "bob", "Bob Builder", Role.CASE_MANAGER, "bob temporary 1")
    participants.create_participant(new_site, {"first_name": "Rosa", "last_name": "Parkes", "enrolled_on": "2024-05-06"})
    key = new_site.vault.master_key
    new_site.close()
    return key


def test_failed_upgrade_restores_every_row_and_says_so(filled_site, site_dir, failing_migrations, monkeypatch, caplog):
    before = _every_row(site_dir, filled_site)
    keys_before = (site_dir / "site.keys").read_bytes()
    with pytest.raises(UpgradeFailed) as caught:
        sites.sign_in(site_dir, "admin", ADMIN_PASSWORD)
    assert type(caught.value) is UpgradeFailed
    assert caught.value.message.startswith(PLAIN)
    assert "half-way" in str(caught.value.__cause__)
    assert _every_row(site_dir, filled_site) == before, "the database is back as it was, row for row"
    assert (site_dir / "site.keys").read_bytes() == keys_before
    assert len(list((site_dir / "backups").glob("before-upgrade-*"))) == 1
    assert not Path(str(site_dir / "site.db") + "-wal").exists(), "nothing left open"
    assert "zz_broken_release" in caplog.text and "half-way" not in caplog.text, "where it failed, not the message"

    monkeypatch.setattr(vaults, "MIGRATIONS", Path(vaults.__file__).with_name("migrations"))
    with signed_in(site_dir, "bob", "bob temporary 1") as site:  # the previous version opens it as before
        assert site.actor.display_name == "Bob Builder"
        assert sites.verify(site) == []


def test_when_the_backup_cannot_be_put_back_the_message_says_where_it_is(filled_site, site_dir, failing_migrations, monkeypatch):
    def cannot(*_args):
        raise OSError("disk gone")

    before = _every_row(site_dir, filled_site)
    monkeypatch.setattr(vaults, "restore_database_file", cannot)
    with pytest.raises(UpgradeFailedNotRestored) as caught:
        sites.sign_in(site_dir, "admin", ADMIN_PASSWORD)
    assert str(site_dir / "backups") in caught.value.message
    assert "could not be put back" in caught.value.message
    after = _every_row(site_dir, filled_site)
    assert after != before, "the broken migration really changed the file (so the other test proves the restore)"
    assert "overwritten" in str(after["account"]) and "Bob Builder" not in str(after["account"])
    backup = next((site_dir / "backups").glob("before-upgrade-*"))
    restored = site_dir.parent / "from-the-backup"
    sites.restore(backup, restored)  # what the message tells the person to do
    assert _every_row(restored, filled_site) == before


def test_the_cli_exits_13_with_the_plain_message(filled_site, site_dir, failing_migrations, monkeypatch, capsys):
    monkeypatch.setattr(sys, "stdin", io.StringIO(ADMIN_PASSWORD + "\n"))
    code = cli.main(["--data-dir", str(site_dir), "--user", "admin", "--password-stdin", "verify"])
    out, err = capsys.readouterr()
    assert code == cli.EXIT_UPGRADE_FAILED == 13
    assert PLAIN in " ".join(err.split()) and out == ""
    assert "Traceback" not in err


def test_the_sign_in_dialog_shows_the_plain_message(qtbot, filled_site, site_dir, failing_migrations):
    flow = AppFlow(site_dir, idle_ms=NO_IDLE_MS)
    flow.start()
    try:
        dialog = flow.sign_in_dialog
        qtbot.keyClicks(dialog.ui.username_edit, "admin")
        qtbot.keyClicks(dialog.ui.password_edit, ADMIN_PASSWORD)
        qtbot.mouseClick(dialog.ui.sign_in_button, Qt.MouseButton.LeftButton)
        assert flow.window is None and dialog.isVisible()
        assert dialog.ui.message_label.isVisible()
        assert dialog.ui.message_label.text().startswith(PLAIN)
    finally:
        flow.shutdown()
        if flow.sign_in_dialog is not None:
            flow.sign_in_dialog.close()
