"""Start-up: the data-folder option, the log (ids only, and only once a site exists), the crash handler."""

from __future__ import annotations

import logging
import subprocess
import sys

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from lead_desktop import app
from lead_desktop.gui import crash
from lead_desktop.gui.wizard import FirstRunWizard
from lead_desktop.paths import SitePaths, default_data_dir

from ..conftest import ADMIN_PASSWORD, SITE_NAME


def test_data_dir_option_and_its_default(tmp_path):
    assert app.parse_args([]).data_dir == str(default_data_dir())
    assert app.parse_args(["--data-dir", str(tmp_path)]).data_dir == str(tmp_path)


def test_importing_the_window_code_has_no_side_effects(tmp_path):
    code = (
        "import lead_desktop.app, lead_desktop.gui.flow, lead_desktop.gui.admin.page\n"
        "from PySide6.QtWidgets import QApplication\n"
        "assert QApplication.instance() is None\n"
        "import logging; assert not logging.getLogger().handlers\n"
    )
    env = {"HOME": str(tmp_path), "PATH": "/usr/bin:/bin", "QT_QPA_PLATFORM": "offscreen"}
    subprocess.run([sys.executable, "-c", code], check=True, cwd=tmp_path, env=env, timeout=60)
    assert list(tmp_path.iterdir()) == []


SIGN_IN_SHOWN = """
import os, sys
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication

class Shown(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Show and type(watched).__name__ == "SignInDialog":
            heavy = ("sqlalchemy", "alembic", "psycopg", "sqlcipher3", "reportlab", "lead_desktop.storage.models",
                     "lead_desktop.services.site", "lead_desktop.gui.main_window", "lead_desktop.gui.wizard")
            print(" ".join(name for name in heavy if name in sys.modules) or "none", flush=True)
            os._exit(0)
        return False

app = QApplication(["lead-desktop"])
shown = Shown()
app.installEventFilter(shown)
from lead_desktop.app import main
main(["--data-dir", sys.argv[1]])
"""


def test_the_sign_in_dialog_shows_before_the_database_layer_loads(tmp_path, new_site, site_dir):
    # SQLAlchemy, the models, the server's driver, Alembic and reportlab are loaded when someone
    # signs in or opens a page, so the dialog comes up in a fraction of the time.
    new_site.close()
    env = {"HOME": str(tmp_path), "PATH": "/usr/bin:/bin", "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", SIGN_IN_SHOWN, str(site_dir)], cwd=tmp_path, env=env, timeout=60,
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.split() == ["none"]


def test_log_waits_in_memory_until_the_site_exists_then_holds_no_names(tmp_path, new_site, site_dir):
    paths = SitePaths.at(tmp_path / "later")
    site_log = app.SiteLog(paths)
    try:
        logging.getLogger("lead_desktop.test").info("before the folder exists")
        assert not paths.folder.exists()
        paths.folder.mkdir()
        site_log.attach()
        logging.getLogger("lead_desktop.test").info("after")
        site_log.file_handler.flush()
        text = (paths.logs / app.LOG_FILE).read_text(encoding="utf-8")
        assert "before the folder exists" in text and "after" in text
        assert site_log.folder == paths.logs
    finally:
        site_log.close()
    assert site_log.memory not in logging.getLogger().handlers


def test_crash_report_names_the_place_not_the_message(tmp_path, caplog):
    try:
        raise ValueError(f"participant {SITE_NAME} has a secret")
    except ValueError:
        exc_type, _exc, tb = sys.exc_info()
    with caplog.at_level(logging.CRITICAL, logger="lead_desktop.crash"):
        summary = crash.report(exc_type, tb)
    assert summary.startswith("builtins.ValueError at ")
    assert "test_app.py" in summary
    assert SITE_NAME not in summary and "secret" not in summary
    assert SITE_NAME not in caplog.text


def test_crash_handler_logs_and_offers_to_quit(qtbot, caplog):
    quits = []
    handler = crash.CrashHandler(lambda: None, lambda: quits.append(True))

    def press_close() -> None:
        box = QApplication.activeModalWidget()
        assert box is not None and "did not expect" in box.text()
        close = next(b for b in box.buttons() if "Close LEAD Desktop" in b.text().replace("&", ""))
        close.click()

    QTimer.singleShot(100, press_close)
    try:
        raise RuntimeError("Jane Doe, 1980-01-01")
    except RuntimeError:
        with caplog.at_level(logging.CRITICAL, logger="lead_desktop.crash"):
            handler(*sys.exc_info())
    assert quits == [True]
    assert "RuntimeError" in caplog.text and "Jane Doe" not in caplog.text


@pytest.fixture
def restore_app_state(qapp):
    hook = sys.excepthook
    yield
    qapp.setQuitOnLastWindowClosed(True)
    sys.excepthook = hook


def test_main_shows_the_wizard_for_an_empty_folder_and_leaves_nothing_behind(qtbot, tmp_path, restore_app_state):
    folder = tmp_path / "new-site"
    seen = []

    def cancel_wizard() -> None:
        wizards = [w for w in QApplication.topLevelWidgets() if isinstance(w, FirstRunWizard) and w.isVisible()]
        seen.extend(wizards)
        for wizard in wizards:
            wizard.reject()

    QTimer.singleShot(300, cancel_wizard)
    assert app.main(["--data-dir", str(folder)]) == 0
    assert len(seen) == 1
    assert not folder.exists()  # a cancelled first run writes nothing, not even a log


def test_main_opens_sign_in_for_an_existing_site_and_logs_there(qtbot, new_site, site_dir, restore_app_state):
    from lead_desktop.gui.sign_in import SignInDialog

    new_site.close()
    seen = []

    def sign_in() -> None:
        dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, SignInDialog) and w.isVisible()]
        seen.extend(dialogs)
        dialog = dialogs[0]
        dialog.ui.username_edit.setText("admin")
        dialog.ui.password_edit.setText(ADMIN_PASSWORD)
        dialog.ui.sign_in_button.click()
        QTimer.singleShot(100, quit_from_window)

    def quit_from_window() -> None:
        from lead_desktop.gui.main_window import MainWindow

        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
        seen.extend(windows)
        windows[0].ui.action_quit.trigger()

    QTimer.singleShot(300, sign_in)
    assert app.main(["--data-dir", str(site_dir)]) == 0
    assert len(seen) == 2
    log_text = (site_dir / "logs" / app.LOG_FILE).read_text(encoding="utf-8")
    assert "signed in" in log_text and "main window shown" in log_text
    assert SITE_NAME not in log_text and "Ada Administrator" not in log_text
