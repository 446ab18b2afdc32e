#!/usr/bin/env python3
"""Compile the Qt Designer sources ui/*.ui into lead_desktop/gui/forms/ui_<name>.py.

Run `make forms` (or `.venv/bin/python scripts/build_forms.py`) after editing a
.ui file, and commit the result. `--check` only reports stale or missing
forms and exits 1 when there are any; tests/test_forms_fresh.py does the same
comparison, so a .ui edit without a rebuild fails the tests.

The output is made reproducible: uic's own banner (which names the uic
version) is replaced by a fixed "generated — do not edit" header, and the
compiler runs without slot auto-connection (slots are connected by hand).
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
UI_DIR = ROOT / "ui"
FORMS_DIR = ROOT / "lead_desktop" / "gui" / "forms"

HEADER = (
    "# generated — do not edit.\n"
    "# Compiled from ui/{name} by scripts/build_forms.py (`make forms`); edit the .ui file in Qt Designer instead.\n"
)
PACKAGE_INIT = '"""Compiled Qt Designer forms (generated — do not edit; see scripts/build_forms.py)."""\n'


def uic_command() -> list[str]:
    """pyside6-uic from the same environment as this Python (the project's .venv)."""
    beside = Path(sys.executable).with_name("pyside6-uic")
    if beside.exists():
        return [str(beside)]
    found = shutil.which("pyside6-uic")
    if found:
        return [found]
    raise SystemExit("pyside6-uic not found: install the project with `make venv` first")


def ui_sources() -> list[Path]:
    return sorted(UI_DIR.glob("*.ui"))


def target_for(ui: Path) -> Path:
    return FORMS_DIR / f"ui_{ui.stem}.py"


def compile_form(ui: Path) -> str:
    """The text the committed form for `ui` must have."""
    result = subprocess.run(
        [*uic_command(), "--generator", "python", "--no-autoconnection", str(ui)],
        check=True,
        capture_output=True,
        text=True,
    )
    lines = result.stdout.splitlines()
    # Drop uic's banner: the leading comment lines (coding line, ##### block) and blanks.
    while lines and (not lines[0].strip() or lines[0].startswith("#")):
        lines.pop(0)
    body = "\n".join(line.rstrip() for line in lines).rstrip() + "\n"
    return HEADER.format(name=ui.name) + "\n" + body


def stale_forms() -> list[str]:
    """Names of forms that are missing, out of date, or left over without a .ui source."""
    problems = []
    for ui in ui_sources():
        target = target_for(ui)
        if not target.exists():
            problems.append(f"{target.relative_to(ROOT)} is missing")
        elif target.read_text(encoding="utf-8") != compile_form(ui):
            problems.append(f"{target.relative_to(ROOT)} differs from what {ui.relative_to(ROOT)} compiles to")
    sources = {target_for(ui).name for ui in ui_sources()}
    for form in sorted(FORMS_DIR.glob("ui_*.py")):
        if form.name not in sources:
            problems.append(f"{form.relative_to(ROOT)} has no source in ui/")
    init = FORMS_DIR / "__init__.py"
    if not init.exists() or init.read_text(encoding="utf-8") != PACKAGE_INIT:
        problems.append(f"{init.relative_to(ROOT)} is missing or changed")
    return problems


def build() -> int:
    FORMS_DIR.mkdir(parents=True, exist_ok=True)
    (FORMS_DIR / "__init__.py").write_text(PACKAGE_INIT, encoding="utf-8")
    written = 0
    for ui in ui_sources():
        text = compile_form(ui)
        target = target_for(ui)
        if not target.exists() or target.read_text(encoding="utf-8") != text:
            target.write_text(text, encoding="utf-8")
            print(f"compiled {ui.relative_to(ROOT)} -> {target.relative_to(ROOT)}")
            written += 1
    sources = {target_for(ui).name for ui in ui_sources()}
    for form in FORMS_DIR.glob("ui_*.py"):
        if form.name not in sources:
            form.unlink()
            print(f"removed {form.relative_to(ROOT)} (its .ui is gone)")
    if not written:
        print("forms are up to date")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="report stale forms and exit 1 instead of writing")
    args = parser.parse_args(argv)
    if args.check:
        problems = stale_forms()
        for problem in problems:
            print(problem, file=sys.stderr)
        return 1 if problems else 0
    return build()


if __name__ == "__main__":
    raise SystemExit(main())
