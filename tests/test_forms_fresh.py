"""Compiled forms match their Qt Designer sources: edit a .ui, forget `make forms`, and this fails.

The check recompiles every ui/*.ui with the project's pyside6-uic and compares
the text (git does not keep file times, so times prove nothing).
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def load_build_forms():
    spec = importlib.util.spec_from_file_location("build_forms", ROOT / "scripts" / "build_forms.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


build_forms = load_build_forms()
SOURCES = build_forms.ui_sources()


def test_there_are_forms():
    assert len(SOURCES) >= 5


@pytest.mark.parametrize("ui", SOURCES, ids=[ui.name for ui in SOURCES])
def test_compiled_form_is_fresh(ui):
    target = build_forms.target_for(ui)
    assert target.exists(), f"{target.relative_to(ROOT)} is missing: run `make forms`"
    committed = target.read_text(encoding="utf-8")
    assert committed.startswith("# generated — do not edit")
    assert committed == build_forms.compile_form(ui), (
        f"{target.relative_to(ROOT)} is older than or different from {ui.relative_to(ROOT)}: run `make forms`"
    )


def test_no_form_without_a_source():
    assert build_forms.stale_forms() == []


def test_check_mode_notices_a_stale_form(tmp_path, monkeypatch):
    """The checker itself can fail: point it at a copy whose compiled form is out of date."""
    ui_dir, forms_dir = tmp_path / "ui", tmp_path / "forms"
    ui_dir.mkdir()
    forms_dir.mkdir()
    source = SOURCES[0]
    (ui_dir / source.name).write_text(source.read_text(encoding="utf-8"), encoding="utf-8")
    monkeypatch.setattr(build_forms, "ROOT", tmp_path)
    monkeypatch.setattr(build_forms, "UI_DIR", ui_dir)
    monkeypatch.setattr(build_forms, "FORMS_DIR", forms_dir)
    assert build_forms.main(["--check"]) == 1
    assert build_forms.main([]) == 0
    assert build_forms.main(["--check"]) == 0
    target = build_forms.target_for(ui_dir / source.name)
    target.write_text(target.read_text(encoding="utf-8") + "# hand edit\n", encoding="utf-8")
    assert build_forms.main(["--check"]) == 1
