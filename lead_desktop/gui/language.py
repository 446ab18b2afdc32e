"""Account ▸ Language: the program's language on this computer (the system's, English or Español).

The choice is a per-computer preference (lead_desktop.languages: a language code in
QSettings, nothing about the site or the person) and takes effect the next time
LEAD Desktop starts: windows are built once in their language, so the menu says so
rather than half-translating what is already open. Language names are written in
their own language, so someone who cannot read the current one still finds theirs.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QMessageBox, QWidget

from lead_desktop import languages
from lead_desktop.domain.i18n import QT_TRANSLATE_NOOP

CONTEXT = "LanguageMenu"
RESTART_NOTICE = QT_TRANSLATE_NOOP(
    "LanguageMenu",
    "LEAD Desktop will use {language} from the next time it starts. Close it and open it again to switch now.",
)


class LanguageMenu(QMenu):
    """System / English / Español as a radio group; picking one stores it and says when it applies."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("menu_language")
        self.setTitle(self.tr("&Language"))
        self.group = QActionGroup(self)
        self.group.setExclusive(True)
        system = languages.LANGUAGES[languages.system_language()]
        self.actions_by_code: dict[str, QAction] = {}
        entries = [("", self.tr("&System ({language})").format(language=system))]
        entries += [(code, name) for code, name in languages.LANGUAGES.items()]
        for code, text in entries:
            action = QAction(text, self)
            action.setObjectName(f"action_language_{code or 'system'}")
            action.setCheckable(True)
            action.setData(code)
            self.group.addAction(action)
            self.addAction(action)
            self.actions_by_code[code] = action
        self.actions_by_code.get(languages.preferred_language(), self.actions_by_code[""]).setChecked(True)
        self.group.triggered.connect(self._on_group_triggered)

    def _on_group_triggered(self, action: QAction) -> None:
        code = str(action.data() or "")
        if code == languages.preferred_language():
            return
        languages.set_preferred_language(code)
        chosen = languages.effective_language(code)
        if chosen == languages.current_language():
            return
        # Said in the language on screen and in the one picked: either reader understands it.
        name = languages.LANGUAGES[chosen]
        message = [QCoreApplication.translate(CONTEXT, RESTART_NOTICE).format(language=name)]
        if chosen == languages.SOURCE_LANGUAGE:
            message.append(RESTART_NOTICE.format(language=name))
        else:
            translator = languages.load_catalogue(chosen)
            other = translator.translate(CONTEXT, RESTART_NOTICE) if translator is not None else ""
            if other:
                message.append(other.format(language=name))
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Language"),
                          "\n\n".join(dict.fromkeys(message)), QMessageBox.StandardButton.Ok, self.parentWidget())
        box.setObjectName("language_message")
        self.message_box = box
        box.open()


def add_language_menu(menu: QMenu) -> LanguageMenu:
    """Append the Language submenu to `menu` (the Account menu), after a separator."""
    menu.addSeparator()
    submenu = LanguageMenu(menu)
    menu.addMenu(submenu)
    return submenu
