"""The one resource locator: fonts, icons, default texts and translations under ``resources/``.

The files live in the repository's top-level ``resources/`` folder. Three
layouts are searched, first match wins:

* a PyInstaller bundle: ``sys._MEIPASS/resources`` (the spec copies the folder
  there) or ``sys._MEIPASS/lead_desktop/_resources``;
* an installed wheel: ``lead_desktop/_resources`` inside the package, copied
  there at build time by `BuildPyWithResources` (named in pyproject's
  ``[tool.setuptools] cmdclass``);
* the source tree (an editable install or a plain checkout): ``<repo>/resources``.

The wheel copy is named ``_resources`` rather than ``resources`` so it never
shadows this module in an editable install's import finder.

`BuildPyWithResources` lives here, beside the lookup it serves, and is made on
first attribute access (PEP 562) so the running program never imports
setuptools.
"""

from __future__ import annotations

import sys
from pathlib import Path

RESOURCE_DIR_NAME = "resources"
WHEEL_DIR_NAME = "_resources"
_PACKAGE_DIR = Path(__file__).resolve().parent


class ResourceMissing(FileNotFoundError):
    """A file the program ships with is not where it should be: a broken install, so a bug."""


def resource_roots() -> list[Path]:
    """The folders searched for resources, most specific first."""
    roots: list[Path] = []
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        roots += [Path(bundle) / RESOURCE_DIR_NAME, Path(bundle) / "lead_desktop" / WHEEL_DIR_NAME]
    roots += [_PACKAGE_DIR / WHEEL_DIR_NAME, _PACKAGE_DIR.parent / RESOURCE_DIR_NAME]
    return roots


def resource_path(*parts: str) -> Path:
    """The path of a shipped file, e.g. ``resource_path("fonts", "DejaVuSans.ttf")``."""
    if not parts:
        raise ValueError("name a resource")
    relative = Path(*parts)
    if relative.is_absolute() or ".." in relative.parts:
        raise ValueError("a resource path stays inside the resources folder")
    for root in resource_roots():
        candidate = root / relative
        if candidate.exists():
            return candidate
    raise ResourceMissing(f"resource not found: {relative.as_posix()}")


def __getattr__(name: str) -> object:
    if name == "BuildPyWithResources":
        return _make_build_py()
    raise AttributeError(name)


def _make_build_py() -> type:
    """setuptools' build_py, plus a copy of the repo's ``resources/`` into ``lead_desktop/_resources``."""
    import shutil

    from setuptools.command.build_py import build_py

    class BuildPyWithResources(build_py):
        def run(self) -> None:
            super().run()
            if getattr(self, "editable_mode", False):
                return  # an editable install finds <repo>/resources directly
            source = Path(RESOURCE_DIR_NAME)
            if not source.is_dir():
                raise FileNotFoundError(
                    "resources/ is missing: build the wheel from a checkout of the repository"
                )
            target = Path(self.build_lib) / "lead_desktop" / WHEEL_DIR_NAME
            shutil.rmtree(target, ignore_errors=True)
            shutil.copytree(source, target, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))

    return BuildPyWithResources
