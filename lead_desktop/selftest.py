"""`lead-desktop --self-test --data-dir DIR`: proves an installed program works, without a window.

Run by the installer build on the frozen program (installer/build.sh) and by anyone checking an
install. In DIR (which must be empty or new) it creates a throw-away site and goes through what a
site does on its first day, through the same services the window uses:

* creates the site (runs every migration from disk), signs out and signs in with the password;
* writes a participant and a contact and reads both back;
* exports the Recovery Kit and the fact sheet (with a PNG logo) as PDFs and checks they are PDFs;
* checks the site (SQLCipher integrity and the audit chain);
* backs it up, restores the backup into DIR/restored, signs in there and reads the
  participant back; opens the restored copy with the recovery key too;
* loads the OS keychain backends and Qt (offscreen when there is no display), the icon
  through the SVG plugin and the image formats the window needs.

Each step prints one line; the last line is "self-test passed" and the exit code 0. Any
failure prints the traceback to stderr and exits 1. The made-up person and the password are
generated here and never printed; nothing is written outside DIR.
"""

from __future__ import annotations

import datetime
import os
import secrets
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import TextIO

PASSED = "self-test passed"
SITE_NAME = "Self-test site"
ADMIN = "selftest"
PDF_MIN_BYTES = 1000
RESTORED = "restored"
REPORT_NAME = "lead-desktop-self-test.txt"  # where a windowed program writes its report

# The keyring backend modules that must be in the program on each system (hidden imports of the
# PyInstaller spec); keyring finds them through its entry points at run time.
KEYRING_BACKENDS = {
    "linux": ("keyring.backends.SecretService", "keyring.backends.libsecret", "keyring.backends.kwallet",
              "secretstorage", "jeepney"),
    "darwin": ("keyring.backends.macOS",),
    "win32": ("keyring.backends.Windows",),
}
# Image formats the window reads: the site logo (PNG/JPEG), report charts and icons (SVG).
IMAGE_FORMATS = ("png", "jpeg", "svg")


class SelfTestFailed(AssertionError):
    """A check gave the wrong answer (as opposed to an exception from the program itself)."""


def _check(condition: bool, what: str) -> None:
    if not condition:
        raise SelfTestFailed(what)


class _Steps:
    def __init__(self, out: TextIO) -> None:
        self.out = out
        self.started = time.monotonic()

    def run(self, name: str, step: Callable[[], str | None]) -> None:
        began = time.monotonic()
        detail = step()
        suffix = f" ({detail})" if detail else ""
        print(f"ok   {name}{suffix} [{time.monotonic() - began:.2f} s]", file=self.out, flush=True)


def _pdf_ok(path: Path) -> str:
    data = path.read_bytes()
    _check(data.startswith(b"%PDF-"), f"{path.name} does not start with a PDF header")
    _check(b"%%EOF" in data[-1024:], f"{path.name} has no PDF end marker")
    _check(len(data) >= PDF_MIN_BYTES, f"{path.name} is only {len(data)} bytes")
    return f"{path.name}, {len(data):,} bytes"


def run(folder: Path, out: TextIO = sys.stdout) -> None:
    """All the checks in `folder` (empty or new). Raises on the first failure."""
    from lead_desktop import APP_NAME, __version__
    from lead_desktop.reports.recovery_kit import RecoveryKitData
    from lead_desktop.services import participants
    from lead_desktop.services import site as sites

    folder = folder.expanduser().resolve()
    if folder.exists() and any(folder.iterdir()):
        raise SelfTestFailed(f"the self-test needs an empty or new folder; {folder} is not empty")
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    site_dir, exports, backups, restored = folder / "site", folder / "exports", folder / "backups", folder / RESTORED
    exports.mkdir()
    backups.mkdir()
    password = secrets.token_urlsafe(18)
    steps = _Steps(out)
    state: dict[str, object] = {}
    print(f"{APP_NAME} {__version__} self-test in {folder}", file=out, flush=True)

    def create() -> str:
        site, recovery = sites.create_site(site_dir, SITE_NAME, ADMIN, password, "Self Test")
        state["recovery"] = recovery
        site.close()
        return "migrations applied"

    def sign_in() -> None:
        site = sites.sign_in(site_dir, ADMIN, password)
        _check(site.actor.username == ADMIN, "signed in as someone else")
        _check(site.site_name == SITE_NAME, "the site name did not come back")
        state["site"] = site

    def records() -> str:
        site = state["site"]
        today = datetime.date.today()
        made = participants.create_participant(
            site,
            {"first_name": "Test", "last_name": "Person", "enrolled_on": today},
            reviewed_duplicates=True,
        )
        read = participants.get_participant(site, made.id)
        _check(read.id == made.id and read.name == "Test Person", "the participant read back differs")
        _check(read.lead_number == made.lead_number and bool(read.lead_number), "no participant number")
        at = datetime.datetime.now().replace(second=0, microsecond=0) - datetime.timedelta(hours=1)
        contact = participants.add_record(site, "contact", made.id, {"at": at, "contact_type": "office",
                                                                     "duration_minutes": 20})
        listed = participants.list_records(site, "contact", made.id)
        _check([r.id for r in listed] == [contact.id], "the contact did not come back")
        _check(listed[0].values.get("duration_minutes") == 20, "the contact's minutes changed")
        state["participant"] = made.id
        return read.lead_number

    def recovery_kit() -> str:
        data = RecoveryKitData(SITE_NAME, str(state["recovery"]), datetime.date.today(), str(site_dir))
        return _pdf_ok(sites.write_recovery_kit(data, exports / "recovery-kit.pdf"))

    def fact_sheet() -> str:
        try:
            from lead_desktop.services import reporting
        except ModuleNotFoundError as exc:
            if exc.name != "lead_desktop.services.reporting":
                raise
            return "skipped: this version has no reports"
        from lead_desktop.resources import resource_path

        # The icon as the site's logo: the PNG goes through Pillow into the PDF, as a real logo does.
        reporting.set_logo(state["site"], resource_path("icons", "lead-desktop.png").read_bytes())
        result = reporting.export(state["site"], reporting.ExportRequest(kind="fact-sheet"),
                                  exports / "fact-sheet.pdf")
        _check(bool(result.pages), "the fact sheet has no pages")
        return f"with a PNG logo; {_pdf_ok(result.path)}"

    def verify() -> None:
        problems = sites.verify(state["site"])
        _check(problems == [], f"verify found {len(problems)} problem(s): {problems}")

    def backup_and_restore() -> str:
        site = state.pop("site")
        try:
            written = sites.backup(site, backups / "self-test.leadbackup")
        finally:
            site.close()
        sites.restore(written, restored)
        again = sites.sign_in(restored, ADMIN, password)
        try:
            _check(participants.get_participant(again, str(state["participant"])).name == "Test Person",
                   "the restored site lost the participant")
            _check(sites.verify(again) == [], "the restored site does not verify")
        finally:
            again.close()
        by_key = sites.open_with_recovery_key(restored, str(state["recovery"]))
        by_key.close()
        return f"{written.stat().st_size:,} bytes"

    steps.run("create a site", create)
    steps.run("sign in", sign_in)
    steps.run("write and read a participant and a contact", records)
    steps.run("export the Recovery Kit", recovery_kit)
    steps.run("export the fact sheet", fact_sheet)
    steps.run("verify the site", verify)
    steps.run("back up, restore, sign in to the copy, open it with the recovery key", backup_and_restore)
    steps.run("load the keychain backends", keychain_check)
    steps.run("load the PostgreSQL client for shared-server sites", postgres_client_check)
    steps.run("load Qt", qt_check)
    print(f"{PASSED} in {time.monotonic() - steps.started:.1f} s", file=out, flush=True)


def postgres_client_check() -> str:
    """psycopg and the libpq it brings load, and can build a TLS connection's parameters (no server
    is needed: a shared-server site is optional)."""
    import psycopg

    from lead_desktop.storage import server

    address, _user, _password = server.parse_database_url("postgresql://db.example.org/lead?sslmode=verify-full")
    url = address.url("someone")
    _check(url.query.get("sslmode") == "verify-full", "the server address lost its TLS mode")
    return f"psycopg {psycopg.__version__}, libpq {psycopg.pq.version() // 10000}.{psycopg.pq.version() % 100}"


def keychain_check() -> str:
    """The backends keyring would use here import, and asking for the keychain's status works."""
    import importlib

    import keyring

    from lead_desktop.services import site as sites

    platform = "linux" if sys.platform.startswith("linux") else sys.platform
    for name in KEYRING_BACKENDS.get(platform, ()):
        importlib.import_module(name)
    names = sorted({type(b).__module__.rsplit(".", 1)[-1] for b in keyring.backend.get_all_keyring()})
    _check(bool(names), "keyring found no backend at all (its entry points are missing)")
    status = sites.keychain_status()
    return f"backends {', '.join(names)}; keychain {'usable' if status.usable else 'not available here'}"


def qt_check() -> str:
    """Qt starts (offscreen when there is no display), reads SVG/PNG/JPEG and draws the icon."""
    if sys.platform.startswith("linux") and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QByteArray, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QImageReader, QPainter
    from PySide6.QtSvg import QSvgRenderer
    from PySide6.QtSvgWidgets import QSvgWidget  # noqa: F401 - the reports page needs it
    from PySide6.QtWidgets import QApplication

    from lead_desktop.resources import resource_path

    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else "lead-desktop"])
    formats = {bytes(f.data()).decode() for f in QImageReader.supportedImageFormats()}
    missing = [f for f in IMAGE_FORMATS if f not in formats]
    _check(not missing, f"Qt cannot read {', '.join(missing)} images")
    renderer = QSvgRenderer(QByteArray(resource_path("icons", "lead-desktop.svg").read_bytes()))
    _check(renderer.isValid(), "the icon does not parse as SVG")
    image = QImage(64, 64, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    _check(image.pixelColor(32, 6).alpha() > 0, "the icon drew nothing")
    platform = QGuiApplication.platformName()
    del app
    return f"platform {platform}"


def main(data_dir: str | Path | None, out: TextIO | None = None, err: TextIO | None = None) -> int:
    """Run the self-test; 0 when it passed, 1 with the traceback on stderr when it did not.

    Without a folder it runs in a temporary one, removed afterwards. A windowed program (Windows,
    macOS) has no console to print to: there the report goes to REPORT_NAME in the temporary folder.
    """
    out = out or sys.stdout
    err = err or sys.stderr
    report = None
    if out is None or err is None:
        report = open(Path(tempfile.gettempdir()) / REPORT_NAME, "w", encoding="utf-8")  # noqa: SIM115
        out, err = out or report, err or report
    try:
        if data_dir is None:
            with tempfile.TemporaryDirectory(prefix="lead-desktop-self-test-") as tmp:
                run(Path(tmp), out)
        else:
            run(Path(data_dir), out)
    except BaseException:  # noqa: BLE001 - every failure is a failed self-test
        traceback.print_exc(file=err)
        print("self-test FAILED", file=err, flush=True)
        return 1
    finally:
        if report is not None:
            report.close()
    return 0
