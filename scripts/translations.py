#!/usr/bin/env python3
"""The Qt Linguist workflow: extract the strings, fill what is known, compile the catalogues.

    make translations        (= .venv/bin/python scripts/translations.py)
    scripts/translations.py --check    exit 1 when a catalogue is out of date, incomplete or not compiled

For each language in LANGUAGES:

1. pyside6-lupdate reads every ``lead_desktop/**/*.py`` — except ``gui/forms/``, whose
   sources ``ui/*.ui`` are read instead — and updates ``translations/lead_desktop_<lang>.ts``:
   new strings come in as unfinished, strings gone from the code are dropped
   (``-no-obsolete``), existing translations stay. Python code is matched by name:
   ``self.tr("…")`` (context: the class), ``QCoreApplication.translate("context", "…")``
   and, outside Qt, ``QT_TRANSLATE_NOOP("context", "…")`` — never under an alias.
   No source locations are written, so the .ts only changes when the strings do.
2. Unfinished entries are filled from ``scripts/translations_<lang>.py`` when it has them
   (the word list the Spanish catalogue was first written from). A translation made in
   Qt Linguist is never overwritten; ``--refill`` does overwrite every entry the word list
   knows, for whoever maintains the list instead of the .ts.
3. pyside6-lrelease compiles the .ts into ``resources/translations/lead_desktop_<lang>.qm``,
   the file the program loads (and the bundle ships).

Whatever is still unfinished is listed at the end: open the .ts in Qt Linguist
(``.venv/bin/pyside6-linguist translations/lead_desktop_es.ts``), translate, save and run
``make translations`` again. tests/test_translations.py holds the committed files to the
same rules.
"""

from __future__ import annotations

import argparse
import importlib.util
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "lead_desktop"
FORMS = PACKAGE / "gui" / "forms"
UI_DIR = ROOT / "ui"
TS_DIR = ROOT / "translations"
QM_DIR = ROOT / "resources" / "translations"
CATALOGUE = "lead_desktop"
LANGUAGES = ("es",)


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    translation: str
    forms: tuple[str, ...]  # plural forms (%n), empty for an ordinary message
    unfinished: bool

    @property
    def key(self) -> tuple[str, str]:
        return self.context, self.source


def tool(name: str) -> str:
    """A Qt tool from the same environment as this Python (the project's .venv)."""
    beside = Path(sys.executable).with_name(name)
    if beside.exists():
        return str(beside)
    found = shutil.which(name)
    if found:
        return found
    raise SystemExit(f"{name} not found: install the project with `make venv` first")


def ts_path(language: str) -> Path:
    return TS_DIR / f"{CATALOGUE}_{language}.ts"


def qm_path(language: str) -> Path:
    return QM_DIR / f"{CATALOGUE}_{language}.qm"


def sources() -> list[Path]:
    """Everything lupdate reads: the Python package (compiled forms excepted) and the Designer files."""
    python = [p for p in PACKAGE.rglob("*.py") if FORMS not in p.parents]
    return sorted(python) + sorted(UI_DIR.glob("*.ui"))


def lupdate(ts: Path, language: str, files: Iterable[Path] | None = None) -> None:
    files = list(sources() if files is None else files)
    with tempfile.NamedTemporaryFile("w", suffix=".lst", delete=False, encoding="utf-8") as listing:
        listing.write("\n".join(str(f) for f in files) + "\n")
    try:
        subprocess.run(
            [tool("pyside6-lupdate"), f"@{listing.name}", "-ts", str(ts), "-no-obsolete", "-locations", "none",
             "-source-language", "en", "-target-language", language, "-silent"],
            check=True, cwd=ROOT,
        )
    finally:
        Path(listing.name).unlink()


def lrelease(ts: Path, qm: Path) -> None:
    qm.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True, cwd=ROOT)


def extract(into: Path, language: str = "es") -> list[Message]:
    """The messages the code holds today, read into a fresh catalogue at `into`."""
    if into.exists():
        into.unlink()
    lupdate(into, language)
    return read(into)


def read(ts: Path) -> list[Message]:
    messages = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            forms = tuple(f.text or "" for f in translation.iter("numerusform")) if translation is not None else ()
            messages.append(Message(
                context=name,
                source=message.findtext("source") or "",
                translation=(translation.text or "") if translation is not None and not forms else "",
                forms=forms,
                unfinished=translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete"),
            ))
    return messages


def word_list(language: str) -> tuple[Mapping[str, object], Mapping[tuple[str, str], object]]:
    """scripts/translations_<lang>.py: WORDS {source: text} and IN_CONTEXT {(context, source): text}."""
    path = Path(__file__).with_name(f"translations_{language}.py")
    if not path.exists():
        return {}, {}
    spec = importlib.util.spec_from_file_location(f"translations_{language}", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return getattr(module, "WORDS", {}), getattr(module, "IN_CONTEXT", {})


def fill(ts: Path, language: str, refill: bool = False) -> int:
    """Fill unfinished entries (every known one with `refill`) from the word list; returns how many changed."""
    words, in_context = word_list(language)
    if not words and not in_context:
        return 0
    tree = ET.parse(ts)
    changed = 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            text = in_context.get((name, source), words.get(source))
            translation = message.find("translation")
            if text is None or translation is None:
                continue
            if translation.get("type") != "unfinished" and not refill:
                continue
            if message.get("numerus") == "yes":
                forms = [text] * 2 if isinstance(text, str) else list(text)
                for old in list(translation):
                    translation.remove(old)
                translation.text = None
                for form in forms:
                    ET.SubElement(translation, "numerusform").text = form
            else:
                if translation.text == text and translation.get("type") != "unfinished":
                    continue
                translation.text = str(text)
            translation.attrib.pop("type", None)
            changed += 1
    if changed:
        tree.write(ts, encoding="utf-8", xml_declaration=True)
    return changed


def unfinished(messages: Iterable[Message]) -> list[Message]:
    return [m for m in messages if m.unfinished or not (m.translation or any(m.forms))]


def update(language: str, refill: bool = False) -> list[Message]:
    ts = ts_path(language)
    ts.parent.mkdir(parents=True, exist_ok=True)
    lupdate(ts, language)
    if fill(ts, language, refill):
        lupdate(ts, language)  # rewrites the file in lupdate's own layout
    lrelease(ts, qm_path(language))
    return read(ts)


def check(language: str) -> list[str]:
    """What is wrong with the committed catalogue for `language` (empty when all is well)."""
    problems = []
    ts, qm = ts_path(language), qm_path(language)
    if not ts.exists():
        return [f"{ts.relative_to(ROOT)} is missing: run make translations"]
    committed = read(ts)
    with tempfile.TemporaryDirectory() as folder:
        fresh = extract(Path(folder) / ts.name, language)
        if {m.key for m in fresh} != {m.key for m in committed}:
            problems.append(f"{ts.relative_to(ROOT)} is out of date: run make translations")
        compiled = Path(folder) / qm.name
        lrelease(ts, compiled)
        if not qm.exists() or qm.read_bytes() != compiled.read_bytes():
            problems.append(f"{qm.relative_to(ROOT)} is not the compiled {ts.name}: run make translations")
    missing = unfinished(committed)
    if missing:
        problems.append(f"{ts.relative_to(ROOT)}: {len(missing)} unfinished entries")
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="change nothing; exit 1 when anything is out of date")
    parser.add_argument("--refill", action="store_true", help="overwrite every entry the word list knows")
    args = parser.parse_args(argv)
    status = 0
    for language in LANGUAGES:
        if args.check:
            for problem in check(language):
                print(problem)
                status = 1
            continue
        messages = update(language, args.refill)
        missing = unfinished(messages)
        print(f"{ts_path(language).relative_to(ROOT)}: {len(messages)} messages, {len(missing)} unfinished; "
              f"compiled to {qm_path(language).relative_to(ROOT)}")
        for message in missing[:40]:
            print(f"  unfinished [{message.context}] {message.source[:90]!r}")
        if len(missing) > 40:
            print(f"  … and {len(missing) - 40} more")
    return status


if __name__ == "__main__":
    raise SystemExit(main())
