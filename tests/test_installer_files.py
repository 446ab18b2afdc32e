"""The installer files agree with the code: the PyInstaller spec ships every migration and the
resources where the program looks for them and names real modules; the Linux .desktop entry is
valid and install.sh installs, updates and uninstalls without touching the site's data; the Inno
Setup script installs the executables the spec builds; the icons are what they claim to be.

The bundle itself is built and smoke-tested by `make bundle` (installer/build.sh), not here.
"""

from __future__ import annotations

import ast
import configparser
import importlib.util
import os
import shutil
import struct
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

import lead_desktop
from lead_desktop import resources, selftest
from lead_desktop.storage import vault

ROOT = Path(lead_desktop.__file__).resolve().parent.parent
INSTALLER = ROOT / "installer"
SPEC = INSTALLER / "lead-desktop.spec"
ISS = INSTALLER / "windows" / "lead-desktop.iss"
LINUX = INSTALLER / "linux"
ICONS = ROOT / "resources" / "icons"


def spec_value(name: str, **names: object) -> object:
    """Evaluate one top-level assignment of the spec with the given names (no PyInstaller needed)."""
    tree = ast.parse(SPEC.read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(getattr(t, "id", None) == name for t in node.targets):
            return eval(compile(ast.Expression(node.value), str(SPEC), "eval"), {"__builtins__": __builtins__, **names})
    raise AssertionError(f"{name} is not assigned in the spec")


def spec_paths() -> dict[str, Path]:
    migrations = Path(vault.MIGRATIONS)
    return {"MIGRATIONS": migrations, "RESOURCES": ROOT / "resources", "ICONS": ICONS, "ROOT": ROOT}


# ----- the PyInstaller spec -------------------------------------------------------------------


def test_the_spec_is_python():
    compile(SPEC.read_text(encoding="utf-8"), str(SPEC), "exec")


def test_every_migration_file_ships_beside_the_vault_module():
    datas = spec_value("MIGRATION_DATAS", **spec_paths())
    shipped: dict[Path, str] = {}
    for pattern, dest in datas:
        for found in Path(pattern).parent.glob(Path(pattern).name):
            shipped[found.resolve()] = dest
    on_disk = [p for p in vault.MIGRATIONS.rglob("*") if p.is_file() and "__pycache__" not in p.parts]
    revisions = [p for p in on_disk if p.parent.name == "versions" and p.name != "__init__.py"]
    assert len(revisions) >= 5 and (vault.MIGRATIONS / "env.py") in on_disk
    for path in on_disk:
        if path.name == "__init__.py":
            continue  # Alembic loads env.py and the revisions by path; the packages are never imported
        assert path.resolve() in shipped, f"{path.relative_to(ROOT)} is not in the bundle"
        # same place relative to the bundle root as in the source tree, where vault.MIGRATIONS looks
        assert shipped[path.resolve()] == path.parent.relative_to(ROOT).as_posix()


def test_resources_ship_where_the_locator_looks_first():
    datas = spec_value("RESOURCE_DATAS", **spec_paths())
    assert datas == [(str(ROOT / "resources"), resources.RESOURCE_DIR_NAME)]
    # resource_roots() names _MEIPASS/resources first in a frozen program
    assert "RESOURCE_DIR_NAME" in Path(resources.__file__).read_text(encoding="utf-8")
    for needed in (("fonts", "DejaVuSans.ttf"), ("icons", "lead-desktop.svg"), ("texts", "fact_sheet_en.json")):
        assert (ROOT / "resources" / Path(*needed)).is_file()


def test_hidden_imports_are_real_modules():
    keyring_modules = spec_value("KEYRING_MODULES")
    for backend in ("SecretService", "libsecret", "kwallet", "macOS", "Windows"):
        assert f"keyring.backends.{backend}" in keyring_modules
    for name in keyring_modules:
        assert importlib.util.find_spec(name) is not None, name
    source = SPEC.read_text(encoding="utf-8")
    for name in ("sqlcipher3", "sqlcipher3.dbapi2", "sqlalchemy.dialects.sqlite.pysqlcipher"):
        assert f'"{name}"' in source
        assert importlib.util.find_spec(name) is not None, name
    assert set(spec_value("KEYRING_LIBRARIES")) >= {"secretstorage", "jeepney"}
    assert set(selftest.KEYRING_BACKENDS["linux"]) <= set(keyring_modules) | set(spec_value("KEYRING_LIBRARIES"))


def _qt_modules_imported() -> set[str]:
    found: set[str] = set()
    for path in (ROOT / "lead_desktop").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = []
            if isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module] + [f"{node.module}.{a.name}" for a in node.names]
            elif isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            found |= {n.split(".")[1] for n in names if n.startswith("PySide6.Qt")}
    return found


def test_the_spec_keeps_every_qt_module_the_code_imports():
    used = _qt_modules_imported()
    assert {"QtCore", "QtGui", "QtWidgets"} <= used
    assert used <= spec_value("PYSIDE_USED"), "a new Qt module is imported: add it to PYSIDE_USED in the spec"
    unused = spec_value("PYSIDE_UNUSED", PYSIDE_USED=spec_value("PYSIDE_USED"))
    assert "PySide6.QtNetwork" in unused
    excluded = spec_value("EXCLUDED_MODULES", PYSIDE_UNUSED=unused)
    assert not {f"PySide6.{m}" for m in used} & set(excluded)


def test_the_image_formats_the_program_reads_are_not_excluded():
    for mac in (False, True):
        plugins = spec_value("UNUSED_PLUGINS", IS_MAC=mac)
        left_out = plugins["imageformats"]
        for fmt in selftest.IMAGE_FORMATS:
            assert f"q{fmt}" not in left_out
        assert "qxcb" not in plugins["platforms"] and "qoffscreen" not in plugins["platforms"]
        assert plugins["platformthemes"] == {"qgtk3"}


def test_the_spec_builds_the_two_programs_the_packages_name():
    source = SPEC.read_text(encoding="utf-8")
    assert 'executable(gui, "lead-desktop"' in source
    assert 'executable(admin, "lead-desktop-admin"' in source
    assert (INSTALLER / "entry_gui.py").read_text().count("lead_desktop.app import main") == 1
    assert (INSTALLER / "entry_admin.py").read_text().count("lead_desktop.cli import main") == 1


# ----- Linux ------------------------------------------------------------------------------------


def read_desktop(path: Path) -> dict[str, str]:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # keys are case-sensitive
    parser.read_string(path.read_text(encoding="utf-8"))
    assert parser.sections() == ["Desktop Entry"]
    return dict(parser["Desktop Entry"])


def validate_desktop(path: Path) -> None:
    tool = shutil.which("desktop-file-validate")
    if tool:
        done = subprocess.run([tool, str(path)], capture_output=True, text=True, check=False)
        assert done.returncode == 0 and "error" not in done.stdout, done.stdout + done.stderr
    entry = read_desktop(path)
    assert entry["Type"] == "Application"
    assert entry["Name"] == "LEAD Desktop"
    assert entry["Icon"] == "lead-desktop"
    assert entry["Terminal"] == "false"
    assert entry["Categories"].endswith(";") and "Office" in entry["Categories"].split(";")
    assert entry["Exec"]


def test_the_desktop_entry_is_valid():
    validate_desktop(LINUX / "lead-desktop.desktop")


def fake_unpacked_tarball(where: Path) -> Path:
    """The tarball's layout as build.sh packs it, with small programs standing in for the bundle."""
    top = where / "lead-desktop-0.0.0-linux-x86_64"
    program = top / "lead-desktop"
    (program / "_internal").mkdir(parents=True)
    for name in ("lead-desktop", "lead-desktop-admin"):
        exe = program / name
        exe.write_text(f"#!/bin/sh\necho {name} \"$@\"\n")
        exe.chmod(0o755)
    (program / "_internal" / "runtime.txt").write_text("v1")
    for source in (LINUX / "lead-desktop.desktop", LINUX / "install.sh", ICONS / "lead-desktop.svg",
                   ICONS / "lead-desktop.png"):
        shutil.copy(source, top / source.name)
    return top


def run_install(top: Path, home: Path, *args: str) -> subprocess.CompletedProcess:
    env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": str(home)}
    return subprocess.run(["sh", str(top / "install.sh"), *args], capture_output=True, text=True, env=env,
                          timeout=60, check=False)


def test_install_sh_installs_updates_and_uninstalls_for_the_user_only(tmp_path):
    home = tmp_path / "home of ana"  # a space, to check the quoting of Exec
    data = home / ".local" / "share" / "LEAD Desktop"
    data.mkdir(parents=True)
    (data / "site.db").write_bytes(b"encrypted site")
    top = fake_unpacked_tarball(tmp_path)

    done = run_install(top, home)
    assert done.returncode == 0, done.stderr
    target = home / ".local" / "opt" / "lead-desktop"
    assert (target / "lead-desktop").is_file() and os.access(target / "lead-desktop", os.X_OK)
    for name in ("lead-desktop", "lead-desktop-admin"):
        link = home / ".local" / "bin" / name
        assert link.is_symlink() and link.resolve() == (target / name).resolve()
    icons = home / ".local" / "share" / "icons" / "hicolor"
    assert (icons / "scalable" / "apps" / "lead-desktop.svg").read_bytes() == (ICONS / "lead-desktop.svg").read_bytes()
    assert (icons / "256x256" / "apps" / "lead-desktop.png").is_file()
    desktop = home / ".local" / "share" / "applications" / "lead-desktop.desktop"
    validate_desktop(desktop)
    assert read_desktop(desktop)["Exec"] == f'"{target / "lead-desktop"}"'

    # an update replaces the program folder whole, and a file the new version lacks goes away
    (top / "lead-desktop" / "_internal" / "runtime.txt").unlink()
    (top / "lead-desktop" / "_internal" / "runtime2.txt").write_text("v2")
    assert run_install(top, home).returncode == 0
    assert sorted(p.name for p in (target / "_internal").iterdir()) == ["runtime2.txt"]
    assert not (home / ".local" / "opt" / "lead-desktop.new").exists()
    assert not (home / ".local" / "opt" / "lead-desktop.old").exists()

    done = run_install(top, home, "--uninstall")
    assert done.returncode == 0, done.stderr
    assert not target.exists() and not desktop.exists()
    assert not (home / ".local" / "bin" / "lead-desktop").exists()
    assert not (home / ".local" / "bin" / "lead-desktop-admin").is_symlink()
    assert (data / "site.db").read_bytes() == b"encrypted site"  # the data were never touched


def test_install_sh_refuses_to_run_outside_the_tarball(tmp_path):
    lonely = tmp_path / "alone"
    lonely.mkdir()
    shutil.copy(LINUX / "install.sh", lonely / "install.sh")
    done = run_install(lonely, tmp_path / "home")
    assert done.returncode != 0 and "lead-desktop/ is missing" in done.stderr
    assert not (tmp_path / "home" / ".local" / "opt").exists()


def test_build_script_is_valid_bash_and_packs_existing_files():
    bash = shutil.which("bash")
    assert bash
    assert subprocess.run([bash, "-n", str(INSTALLER / "build.sh")], check=False).returncode == 0
    source = (INSTALLER / "build.sh").read_text(encoding="utf-8")
    for packed in ("installer/linux/lead-desktop.desktop", "installer/linux/install.sh", "installer/linux/README.txt",
                   "resources/icons/lead-desktop.svg", "resources/icons/lead-desktop.png", "installer/lead-desktop.spec"):
        assert packed in source, packed
        assert (ROOT / packed).is_file(), packed
    assert "--self-test --data-dir" in source and "lead-desktop-admin$EXE\" --help" in source


def test_make_bundle_runs_the_build_script():
    make = shutil.which("make")
    if make is None:
        pytest.skip("make is not installed")
    done = subprocess.run([make, "-n", "bundle"], cwd=ROOT, capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    assert "installer/build.sh" in done.stdout
    assert "pyinstaller>=6,<7" in done.stdout


def test_gitignore_keeps_build_outputs_out():
    ignored = (ROOT / ".gitignore").read_text(encoding="utf-8").split()
    assert "dist/" in ignored and "build/" in ignored


# ----- Windows ----------------------------------------------------------------------------------


def iss_sections() -> dict[str, list[str]]:
    sections: dict[str, list[str]] = {}
    current = ""
    for raw in ISS.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line or line.startswith(";"):
            continue
        if line.startswith("[") and line.endswith("]"):
            current = line[1:-1]
            sections.setdefault(current, [])
        else:
            sections.setdefault(current, []).append(line)
    return sections


def test_the_inno_script_installs_the_spec_executables_and_never_the_data():
    text = ISS.read_text(encoding="utf-8")
    assert '#define AppExe "lead-desktop.exe"' in text
    assert '#define AdminExe "lead-desktop-admin.exe"' in text
    sections = iss_sections()
    files = "\n".join(sections["Files"])
    assert "{#AppExe}" in files and "{#AdminExe}" in files and "_internal" in files
    assert any("{#AppExe}" in line and "{autoprograms}" in line for line in sections["Icons"])
    setup = dict(line.split("=", 1) for line in sections["Setup"])
    assert setup["DefaultDirName"] == "{autopf}\\{#AppName}"
    assert setup["AppId"].startswith("{{")
    icon = (ISS.parent / setup["SetupIconFile"].replace("\\", "/")).resolve()
    assert icon == (ICONS / "lead-desktop.ico").resolve() and icon.is_file()
    # the uninstaller and the update clean-up name only the program folder
    for section in ("UninstallDelete", "InstallDelete"):
        for line in sections.get(section, []):
            assert "{app}" in line
            for data_place in ("{localappdata}", "{userappdata}", "{commonappdata}", "LEAD Desktop\\site"):
                assert data_place not in line
    assert "--self-test" in text


# ----- icons ------------------------------------------------------------------------------------


def test_icons_are_what_their_names_say():
    svg = ET.parse(ICONS / "lead-desktop.svg").getroot()
    assert svg.tag.endswith("svg") and svg.get("viewBox") == "0 0 256 256"
    assert not list(svg.iter("{http://www.w3.org/2000/svg}text"))  # letters are outlines, no font needed
    png = (ICONS / "lead-desktop.png").read_bytes()
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    assert struct.unpack(">II", png[16:24]) == (256, 256)
    ico = (ICONS / "lead-desktop.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", ico[:6])
    assert (reserved, kind) == (0, 1)
    sizes = {ico[6 + 16 * i] or 256 for i in range(count)}
    assert {16, 32, 48, 256} <= sizes
