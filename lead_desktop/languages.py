"""The program's language: the computer's language unless the person picked one, and the translators that apply it.

The choice is a per-computer preference kept with QSettings under the key
``language``: a language code ("en", "es") or nothing, which means "follow the
operating system". Only the code is stored — nothing about the site or the person.
It takes effect when the program starts (`install_translators`), so changing it
asks for a restart.

Translations are Qt Linguist catalogues: ``translations/lead_desktop_<lang>.ts``
in the source tree, compiled by `make translations` into
``resources/translations/lead_desktop_<lang>.qm``, which is what the program
loads. Qt's own strings (OK, Cancel, the colour and file dialogs) come from Qt's
``qtbase_<lang>.qm``, loaded only for languages the program itself speaks, so a
window is never half in one language and half in another.

PDFs: the report builders take a ``translate(text)`` callable for their fixed
words. `translate_report_text` is that callable for the window (it asks the
installed translators); `report_translator(language)` makes one for the
command-line programs, which have no QApplication, from a loaded catalogue.
Their words live in the "reports" context; vocabulary labels ("vocab"), field labels
("fields") and meeting rules ("governance") printed in a report are found in theirs.

This module uses Qt (imported when first needed, so the command-line programs
start quickly), so the domain, storage, services and reports layers never import
it: they only mark strings (`lead_desktop.domain.i18n`) and receive the callable.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from lead_desktop import APP_NAME
from lead_desktop.resources import ResourceMissing, resource_path

if TYPE_CHECKING:
    from PySide6.QtCore import QCoreApplication, QSettings, QTranslator

log = logging.getLogger(__name__)

SOURCE_LANGUAGE = "en"
# Every language the program ships, named in its own language (menus list them like this).
LANGUAGES: dict[str, str] = {"en": "English", "es": "Español"}
SETTINGS_KEY = "language"
CATALOGUE = "lead_desktop"
REPORT_CONTEXTS = ("reports", "vocab", "fields", "governance")

Translate = Callable[[str], str]

_installed = SOURCE_LANGUAGE  # what install_translators put on screen in this process


def _settings() -> QSettings:
    """The per-computer preferences (the same place Qt keeps them for this program on each OS)."""
    from PySide6.QtCore import QSettings

    return QSettings(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, APP_NAME, APP_NAME)


def preferred_language() -> str:
    """The language the person picked on this computer, or "" to follow the operating system."""
    value = _settings().value(SETTINGS_KEY, "")
    code = str(value or "")
    return code if code in LANGUAGES else ""


def set_preferred_language(code: str) -> None:
    """Remember `code` ("" for the operating system's language); used from the next start."""
    if code and code not in LANGUAGES:
        raise ValueError(f"unknown language {code!r}")
    settings = _settings()
    if code:
        settings.setValue(SETTINGS_KEY, code)
    else:
        settings.remove(SETTINGS_KEY)
    settings.sync()


def system_language() -> str:
    """The operating system's language when the program speaks it, else English."""
    from PySide6.QtCore import QLocale

    for name in QLocale.system().uiLanguages():
        code = name.replace("_", "-").split("-")[0].lower()
        if code in LANGUAGES:
            return code
    return SOURCE_LANGUAGE


def effective_language(preference: str | None = None) -> str:
    """The language the program runs in: the preference when set, else the system's."""
    chosen = preferred_language() if preference is None else preference
    return chosen if chosen in LANGUAGES else system_language()


def catalogue_folder() -> str | None:
    try:
        return str(resource_path("translations"))
    except ResourceMissing:
        return None


def load_catalogue(language: str, parent: QCoreApplication | None = None) -> QTranslator | None:
    """The program's own compiled catalogue for `language`, or None (English needs none; a missing file is logged)."""
    from PySide6.QtCore import QTranslator

    if language == SOURCE_LANGUAGE:
        return None
    folder = catalogue_folder()
    translator = QTranslator(parent)
    if folder is None or not translator.load(f"{CATALOGUE}_{language}", folder):
        log.warning("translation %s missing", language)
        return None
    return translator


def install_translators(app: QCoreApplication, language: str | None = None) -> list[QTranslator]:
    """Put `language` (default: the preference, else the system's) on screen: ours and Qt's own strings.

    Also sets the default QLocale, so dates and numbers Qt formats follow the same language.
    """
    from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator

    code = effective_language(language)
    installed: list[QTranslator] = []
    if code != SOURCE_LANGUAGE:
        ours = load_catalogue(code, app)
        if ours is None:
            code = SOURCE_LANGUAGE
        else:
            qt_own = QTranslator(app)
            if qt_own.load(f"qtbase_{code}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
                app.installTranslator(qt_own)
                installed.append(qt_own)
            app.installTranslator(ours)
            installed.append(ours)
    # Dates and numbers Qt formats follow the same choice (the system's own locale when it is that language).
    QLocale.setDefault(QLocale.system() if code == system_language() else QLocale(code))
    global _installed
    _installed = code
    log.info("language %s", code)
    return installed


def current_language() -> str:
    """The language on screen in this process ("en" until install_translators puts another one there)."""
    return _installed


def _lookup(find: Callable[[str, str], str]) -> Translate:
    def translate(text: str) -> str:
        if not text:
            return text
        for context in REPORT_CONTEXTS:
            found = find(context, text)
            if found and found != text:
                return found
        return text

    return translate


def _installed_translators(context: str, text: str) -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate(context, text)


_translate_installed = _lookup(_installed_translators)


def translate_report_text(text: str) -> str:
    """The `translate` the report builders get in the window: the installed translators, report words first."""
    return _translate_installed(text)


def report_translator(language: str) -> Translate:
    """A `translate` for the report builders in `language`, usable without a QApplication (command line)."""
    if language not in LANGUAGES:
        raise ValueError(f"unknown language {language!r}")
    translator = load_catalogue(language)
    if translator is None:
        return lambda text: text
    return _lookup(lambda context, text: translator.translate(context, text))
