"""The Spanish catalogue: up to date with the code, complete, compiled, and really used on screen and in PDFs.

The catalogue's own rules (a) – (c) use scripts/translations.py, the script behind
`make translations`; the others drive the real window, the real report builders and
the command line with the compiled Spanish catalogue installed. The last ones walk
gui/ with `ast` for text handed to widgets without tr().
"""

from __future__ import annotations

import ast
import importlib.util
import io
import re
import sys
from datetime import date
from pathlib import Path

import pypdf
import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QSettings

from lead_desktop import languages
from lead_desktop.services import reporting
from lead_desktop.services import site as sites

from .conftest import ADMIN_PASSWORD, SITE_NAME

ROOT = Path(__file__).resolve().parent.parent
GUI = ROOT / "lead_desktop" / "gui"


def _load_script():
    spec = importlib.util.spec_from_file_location("translations_script", ROOT / "scripts" / "translations.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look themselves up there
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


T = _load_script()
PLACEHOLDER = re.compile(r"\{\{|\}\}|\{[A-Za-z_][A-Za-z0-9_]*\}|%n|%L?\d")
TAG = re.compile(r"</?[A-Za-z][^>]*>")


def pdf_text(path: Path) -> str:
    return " ".join(" ".join(page.extract_text().split()) for page in pypdf.PdfReader(path).pages)


def mnemonic(text: str) -> str | None:
    plain = re.sub(r"&(amp|lt|gt|quot|apos);", "", text).replace("&&", "")
    found = re.search(r"&(.)", plain)
    return found.group(1).lower() if found else None


@pytest.fixture(scope="module")
def catalogue() -> list:
    return T.read(T.ts_path("es"))


# ----- (a) – (c): the committed catalogue ---------------------------------------------------------


@pytest.mark.slow
def test_the_catalogue_holds_exactly_the_strings_in_the_code(tmp_path, catalogue):
    fresh = T.extract(tmp_path / "fresh_es.ts")
    assert len(fresh) > 1500  # lupdate really read the code (and the .ui files)
    committed = {m.key for m in catalogue}
    current = {m.key for m in fresh}
    assert current - committed == set(), "new strings: run `make translations` and translate them"
    assert committed - current == set(), "strings gone from the code: run `make translations`"
    # Strings of the non-Qt layers are found under their own context, not only Qt classes' and the .ui files'.
    assert ("errors", "The disk is full. Free some space; nothing was saved.") in current
    assert ("vocab", "Policy Coordinating Group") in current
    assert ("reports", "Page {page} of {pages}") in current
    assert ("MainWindow", "&Participants") in current  # ui/main_window.ui


def test_every_message_is_translated_with_its_placeholders_markup_and_mnemonic(catalogue):
    problems = []
    for m in catalogue:
        texts = m.forms or (m.translation,)
        if m.unfinished or not all(t.strip() for t in texts):
            problems.append(f"unfinished [{m.context}] {m.source!r}")
            continue
        for text in texts:
            if sorted(PLACEHOLDER.findall(m.source)) != sorted(PLACEHOLDER.findall(text)):
                problems.append(f"placeholders differ [{m.context}] {m.source!r} → {text!r}")
            if sorted(TAG.findall(m.source)) != sorted(TAG.findall(text)):
                problems.append(f"markup differs [{m.context}] {m.source!r}")
            if (mnemonic(m.source) is None) != (mnemonic(text) is None):
                problems.append(f"mnemonic lost or added [{m.context}] {m.source!r} → {text!r}")
            if m.source.count("\n") != text.count("\n"):
                problems.append(f"line breaks differ [{m.context}] {m.source!r}")
    assert problems == []
    assert len(catalogue) > 1500


def test_the_checks_above_can_fail():
    assert sorted(PLACEHOLDER.findall("{name} has {count}")) != sorted(PLACEHOLDER.findall("{nombre} tiene {count}"))
    assert PLACEHOLDER.findall("Not contacted in {days} days ({{count}})") == ["{days}", "{{", "}}"]
    assert mnemonic("Sa&lir") == "l" and mnemonic("Ti&&po") is None and mnemonic("“&lt;{below}”") is None


@pytest.mark.slow
def test_the_compiled_catalogue_is_the_committed_ts(tmp_path):
    compiled = tmp_path / "lead_desktop_es.qm"
    T.lrelease(T.ts_path("es"), compiled)
    assert compiled.read_bytes() == T.qm_path("es").read_bytes(), "run `make translations`"


def test_the_bundle_ships_spanish_and_qts_own_spanish_strings():
    spec = (ROOT / "installer" / "lead-desktop.spec").read_text(encoding="utf-8")
    assert 'glob("lead_desktop_*.qm")' in spec  # languages come from resources/translations
    assert T.qm_path("es").parent == ROOT / "resources" / "translations"


# ----- the language preference --------------------------------------------------------------------


@pytest.fixture
def preferences(tmp_path, monkeypatch):
    """The per-computer preferences in a file of this test's own (Qt caches the real location per process)."""
    path = tmp_path / "preferences.ini"
    monkeypatch.setattr(languages, "_settings", lambda: QSettings(str(path), QSettings.Format.IniFormat))
    return path


def test_the_preference_is_a_language_code_or_nothing(preferences):
    assert languages.preferred_language() == ""
    languages.set_preferred_language("es")
    assert languages.preferred_language() == "es" and languages.effective_language() == "es"
    assert preferences.read_text(encoding="utf-8").split() == ["[General]", "language=es"]  # nothing else
    languages.set_preferred_language("")
    assert languages.preferred_language() == ""
    assert languages.effective_language() == languages.system_language()
    with pytest.raises(ValueError):
        languages.set_preferred_language("xx")


@pytest.fixture
def installed(qapp, preferences):
    """install_translators as the program calls it at start-up; everything put back afterwards."""
    made: list = []

    def install(preference: str) -> list:
        languages.set_preferred_language(preference)
        made.extend(languages.install_translators(qapp))
        return made

    default_locale = QLocale()
    yield install
    for translator in made:
        qapp.removeTranslator(translator)
    QLocale.setDefault(default_locale)
    languages._installed = languages.SOURCE_LANGUAGE


def test_install_translators_follows_the_preference(installed):
    translators = installed("es")
    assert len(translators) == 2  # ours and Qt's own qtbase_es
    assert languages.current_language() == "es"
    assert QCoreApplication.translate("MainWindow", "&Participants") == "&Participantes"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancelar"  # Qt's own buttons
    assert languages.translate_report_text("Page {page} of {pages}") == "Página {page} de {pages}"
    assert languages.translate_report_text("Arrest diversion") == "Desvío en lugar de arresto"  # "vocab"
    assert languages.translate_report_text("Date of birth") == "Fecha de nacimiento"  # "fields"
    assert QLocale().language() == QLocale.Language.Spanish


def test_english_installs_nothing(installed):
    assert installed("en") == []
    assert languages.current_language() == "en"
    assert QCoreApplication.translate("MainWindow", "&Participants") == "&Participants"


# ----- (d): on screen and on paper ------------------------------------------------------------------


def test_the_main_window_speaks_spanish(qtbot, new_site, installed):
    from lead_desktop.gui.main_window import MainWindow

    installed("es")
    win = MainWindow(new_site, idle_ms=10 * 60_000)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    navigation = [win.ui.nav_list.item(i).text() for i in range(win.ui.nav_list.count())]
    assert navigation[:2] == ["Participantes", "Remisiones"] and "Administración" in navigation
    menus = [action.text() for action in win.menuBar().actions()]
    assert menus == ["&Archivo", "&Ir", "&Cuenta", "A&yuda"]
    assert len({mnemonic(text) for text in menus}) == len(menus)
    for action in win.menuBar().actions():  # within each menu every mnemonic is different
        letters = [mnemonic(a.text()) for a in action.menu().actions() if mnemonic(a.text())]
        assert len(letters) == len(set(letters)), letters
    assert win.language_menu.title() == "&Idioma"
    win.close()


@pytest.fixture
def main_window(qtbot, new_site):
    from lead_desktop.gui.main_window import MainWindow

    win = MainWindow(new_site, idle_ms=10 * 60_000)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.close()


def test_the_language_menu_stores_the_choice_and_says_when_it_applies(qtbot, main_window, preferences):
    from PySide6.QtWidgets import QMessageBox

    menu = main_window.language_menu
    assert menu.menuAction() in main_window.ui.menu_account.actions()
    assert [a.text() for a in menu.actions()][1:] == ["English", "Español"]
    assert menu.actions_by_code[""].isChecked()
    menu.actions_by_code["es"].trigger()
    assert languages.preferred_language() == "es"
    box = menu.message_box
    qtbot.waitUntil(box.isVisible)
    assert "from the next time it starts" in box.text()
    assert "a partir de la próxima vez que se inicie" in box.text()  # also said in the language picked
    box.done(QMessageBox.StandardButton.Ok)
    menu.actions_by_code[""].trigger()
    assert languages.preferred_language() == ""


@pytest.fixture
def site_for_reports(site_dir):
    from tests.services.metrics.dataset import build_dataset

    site, _ = sites.create_site(site_dir, SITE_NAME, "admin", ADMIN_PASSWORD, "Ada Administrator")
    build_dataset(site)
    yield site
    if not site.closed:
        site.close()


def test_a_fact_sheet_exported_in_spanish_is_in_spanish(site_for_reports, tmp_path, installed):
    installed("es")
    request = reporting.ExportRequest("fact-sheet", language=languages.current_language())
    result = reporting.export(site_for_reports, request, tmp_path / "hoja.pdf",
                              translate=languages.translate_report_text)
    text = pdf_text(result.path)
    assert "Metas de LEAD" in text and "LEAD aquí, en cifras" in text and "Remisiones por vía" in text
    assert "Desvío en lugar de arresto" in text  # a vocabulary label in a table
    assert "LEAD es una estrategia probada" in text  # the shipped Spanish default text
    assert "Página 1 de" in text
    assert "Goals of LEAD" not in text and "Page 1 of" not in text


def test_program_report_and_minutes_words_and_dates_in_spanish(site_for_reports, tmp_path):
    from lead_desktop.reports.tabular import Period

    es = languages.report_translator("es")
    period = Period(date(2025, 1, 1), date(2025, 3, 31), "quarter")
    result = reporting.export(site_for_reports, reporting.ExportRequest("program", period=period),
                              tmp_path / "informe.pdf", translate=es)
    text = pdf_text(result.path)
    assert "Informe del programa: T1 2025" in text and "1. Embudo de remisiones por vía" in text
    assert "ene 25" in text  # the monthly trend's month names
    assert "Referral funnel" not in text


def test_the_command_line_writes_reports_in_spanish(site_for_reports, site_dir, tmp_path, monkeypatch, capsys):
    from lead_desktop import cli

    site_for_reports.close()
    monkeypatch.setattr(sys, "stdin", io.StringIO(ADMIN_PASSWORD + "\n"))
    code = cli.main(["--data-dir", str(site_dir), "--user", "admin", "--password-stdin",
                     "report", "fact-sheet", "-o", str(tmp_path / "hoja.pdf"), "--language", "es"])
    assert code == 0, capsys.readouterr().err
    assert "Metas de LEAD" in pdf_text(tmp_path / "hoja.pdf")


def test_the_recovery_kit_in_spanish(tmp_path):
    from lead_desktop.reports.recovery_kit import RecoveryKitData
    from lead_desktop.services.site import write_recovery_kit

    data = RecoveryKitData(SITE_NAME, "ab" * 32, date(2025, 3, 31), str(tmp_path))
    text = pdf_text(write_recovery_kit(data, tmp_path / "kit.pdf", translate=languages.report_translator("es")))
    assert f"Kit de recuperación — {SITE_NAME}" in text and "Qué es esta clave" in text
    assert "PRAGMA key" in text  # the command stays exactly as typed


# ----- (e): no text reaches a widget without tr() ---------------------------------------------------

TEXT_CALLS = {
    "setText", "setWindowTitle", "setToolTip", "setStatusTip", "setWhatsThis", "setPlaceholderText",
    "setAccessibleName", "setAccessibleDescription", "setTitle", "setTabText", "setItemText", "setLabelText",
    "setHeaderLabels", "showMessage", "addAction", "addMenu", "addTab", "insertTab", "addRow",
    "QLabel", "QPushButton", "QToolButton", "QCheckBox", "QRadioButton", "QGroupBox", "QAction", "QMenu",
}
FIRST_ARGUMENT_ONLY = {"addItem", "insertItem"}  # the second is the item's data, e.g. a code
MESSAGE_BOXES = {"information", "warning", "critical", "question"}


def literal_texts(source: str) -> list[tuple[int, str]]:
    """String literals (and f-strings) passed straight to a text-taking Qt call, allowed ones left out."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
        if name in TEXT_CALLS:
            arguments = list(node.args)
        elif name in FIRST_ARGUMENT_ONLY:
            arguments = node.args[:1]
        elif name in MESSAGE_BOXES and isinstance(func, ast.Attribute) and getattr(func.value, "id", "") == "QMessageBox":
            arguments = node.args[1:3]
        else:
            continue
        arguments += [k.value for k in node.keywords if k.arg in ("text", "title")]
        for argument in arguments:
            if isinstance(argument, ast.JoinedStr):
                found.append((argument.lineno, "f-string"))
            elif isinstance(argument, ast.Constant) and isinstance(argument.value, str):
                # Empty text, symbols ("…", "—", "✓") and single characters need no translation.
                if re.search(r"[^\W\d_]{2,}", argument.value):
                    found.append((argument.lineno, argument.value))
    return found


def test_no_literal_text_reaches_a_widget_without_tr():
    found = []
    for path in sorted(GUI.rglob("*.py")):
        if "forms" in path.relative_to(GUI).parts:
            continue  # compiled .ui files: their strings go through retranslateUi
        found += [f"{path.relative_to(ROOT)}:{line} {text!r}" for line, text in literal_texts(path.read_text("utf-8"))]
    assert found == []


def unseen_by_lupdate(source: str) -> list[int]:
    """Lines where literal text is translated under a context lupdate cannot read (a variable, an alias)."""
    lines = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Call) or not node.args:
            continue
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
        if name == "tr" and isinstance(func, ast.Attribute) and getattr(func.value, "id", "") != "self":
            lines.append(node.lineno)  # owner.tr("…"): lupdate would file it under the variable's name
        elif name in ("translate", "QT_TRANSLATE_NOOP") and len(node.args) >= 2:
            literal_text = isinstance(node.args[1], ast.Constant) and isinstance(node.args[1].value, str)
            if literal_text and not isinstance(node.args[0], ast.Constant):
                lines.append(node.lineno)
    return lines


def test_every_literal_is_where_lupdate_finds_it():
    found = []
    for path in sorted((ROOT / "lead_desktop").rglob("*.py")):
        found += [f"{path.relative_to(ROOT)}:{line}" for line in unseen_by_lupdate(path.read_text("utf-8"))]
    assert found == []
    source = "QCoreApplication.translate(CONTEXT, 'Hello')\nowner.tr('Hi')\nself.tr('Fine')\ntranslate('ctx', x)\n"
    assert unseen_by_lupdate(source) == [1, 2]


def test_the_literal_check_finds_what_it_should():
    source = (
        "label = QLabel('Participants')\n"
        "button.setText(f'Save {name}')\n"
        "combo.addItem('Yes', 'yes')\n"
        "QMessageBox.warning(self, 'Title', 'Body')\n"
        "ok = QLabel(self.tr('Participants'))\n"
        "dots = QToolButton(); dots.setText('…')\n"
        "combo.addItem(self.tr('No'), 'no')\n"
        "log.warning('a log line')\n"
        "box.setObjectName('save_button')\n"
    )
    assert [text for _, text in literal_texts(source)] == ["Participants", "f-string", "Yes", "Title", "Body"]
