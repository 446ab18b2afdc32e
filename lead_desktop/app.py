"""Start-up of the window program `lead-desktop` (also `python -m lead_desktop`).

Reads `--data-dir` (and `--database-url`, which opens the sign-in on a site on a
shared server), sets up the program log (ids and events only) and the crash
handler, creates the QApplication (the OS palette and style are left alone),
then runs gui.flow.AppFlow: the first-run wizard when the folder holds no site
yet (nor was the last sign-in to a server), otherwise the sign-in dialog, then
the main window.

The log file lives in the site folder's logs/ once the folder holds a site (or
a server sign-in worked); until then records wait in memory, so the wizard
leaves nothing behind when it is cancelled.
"""

from __future__ import annotations

import argparse
import logging
import logging.handlers
import sys
from pathlib import Path

from lead_desktop import APP_NAME, __version__
from lead_desktop.paths import SitePaths, default_data_dir

LOG_FILE = "lead-desktop.log"
LOG_BYTES = 1_000_000
LOG_BACKUPS = 5
LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="lead-desktop",
        description=f"{APP_NAME} {__version__}: encrypted case management for LEAD sites.",
    )
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        default=str(default_data_dir()),
        help="folder that holds the site (default: %(default)s)",
    )
    parser.add_argument(
        "--database-url",
        metavar="URL",
        help="open the sign-in on a site on a shared PostgreSQL server, e.g. "
        "postgresql://name@server:5432/database?sslmode=verify-full&sslrootcert=/path/ca.crt "
        "(never with a password in it: LEAD Desktop asks for it)",
    )
    parser.add_argument(
        "--demo",
        action="store_true",
        help="open the demo site of made-up people (built beside the data folder on first use)",
    )
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="check this installation in DIR (empty or new; a temporary folder without --data-dir), "
        "print each step, exit 0 when it works; no window",
    )
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    # Qt's own options (-platform, -style, …) pass through to QApplication.
    args, qt_args = parser.parse_known_args(argv)
    args.qt_args = qt_args
    args.server_profile = None
    if args.database_url is not None:
        from lead_desktop.domain.errors import KnownError
        from lead_desktop.services.server_profiles import profile_from_url

        try:
            args.server_profile = profile_from_url(args.database_url)
        except KnownError as err:
            parser.error(f"--database-url: {err.message}")  # exits with status 2
    return args


class SiteLog:
    """Log records wait in memory until the site folder exists, then go to a rotating file in logs/."""

    def __init__(self, paths: SitePaths) -> None:
        self.paths = paths
        self.memory = logging.handlers.MemoryHandler(capacity=10_000, flushLevel=logging.CRITICAL + 1)
        self.file_handler: logging.Handler | None = None
        root = logging.getLogger()
        root.setLevel(logging.INFO)
        root.addHandler(self.memory)
        logging.getLogger("alembic").setLevel(logging.WARNING)  # its set-up chatter says nothing useful
        # SQLAlchemy's INFO level logs statement parameters, which would put names in the log.
        logging.getLogger("sqlalchemy").setLevel(logging.WARNING)

    @property
    def folder(self) -> Path | None:
        return self.paths.logs if self.file_handler is not None else None

    def attach(self) -> None:
        if self.file_handler is not None:
            return
        try:
            self.paths.logs.mkdir(mode=0o700, parents=True, exist_ok=True)
            handler = logging.handlers.RotatingFileHandler(
                self.paths.logs / LOG_FILE, maxBytes=LOG_BYTES, backupCount=LOG_BACKUPS, encoding="utf-8"
            )
        except OSError:
            logging.getLogger(__name__).warning("log folder not writable; logging to memory only")
            return
        handler.setFormatter(logging.Formatter(LOG_FORMAT))
        self.file_handler = handler
        self.memory.setTarget(handler)
        self.memory.flush()
        root = logging.getLogger()
        root.removeHandler(self.memory)
        root.addHandler(handler)

    def close(self) -> None:
        root = logging.getLogger()
        for handler in (self.memory, self.file_handler):
            if handler is not None:
                root.removeHandler(handler)
                handler.close()


def set_window_icon(app) -> None:  # noqa: ANN001 - a QApplication
    """The program's icon on every window (Linux desktops without the .desktop file, the task bar)."""
    from PySide6.QtGui import QIcon

    from lead_desktop.resources import ResourceMissing, resource_path

    try:
        app.setWindowIcon(QIcon(str(resource_path("icons", "lead-desktop.svg"))))
    except ResourceMissing:
        logging.getLogger(__name__).warning("program icon missing")


def install_translators(app) -> list:  # noqa: ANN001 - a QApplication
    """Our strings and Qt's own (OK, Cancel…) in the language picked on this computer, else the system's.

    The choice lives in lead_desktop.languages (a per-computer preference, Account ▸ Language).
    """
    from lead_desktop.languages import install_translators as install

    return install(app)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    if args.self_test:
        from lead_desktop.selftest import main as self_test

        return self_test(None if args.data_dir == str(default_data_dir()) else args.data_dir)
    paths = SitePaths.at(args.data_dir)
    site_log = SiteLog(paths)
    log = logging.getLogger("lead_desktop.app")
    log.info("starting %s %s", APP_NAME, __version__)

    from PySide6.QtWidgets import QApplication

    from lead_desktop.gui.crash import CrashHandler
    from lead_desktop.gui.flow import AppFlow

    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else "lead-desktop", *args.qt_args])
    set_window_icon(app)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName(APP_NAME)
    app.setDesktopFileName("lead-desktop")
    app.setQuitOnLastWindowClosed(False)  # the flow moves between windows; it says when to quit
    install_translators(app)

    crash = CrashHandler(lambda: site_log.folder, app.quit)
    crash.install()
    flow = AppFlow(paths.folder, server_profile=args.server_profile)
    flow.site_folder_ready.connect(site_log.attach)
    flow.finished.connect(app.quit)
    app.aboutToQuit.connect(flow.shutdown)
    if args.demo:
        flow.open_demo()
    else:
        flow.start()
    try:
        code = app.exec()
    finally:
        crash.uninstall()
        log.info("stopped")
        site_log.close()
    return code


if __name__ == "__main__":
    raise SystemExit(main())
