# generated — do not edit.
# Compiled from ui/first_run_wizard.ui by scripts/build_forms.py (`make forms`); edit the .ui file in Qt Designer instead.

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QCheckBox, QGridLayout, QHBoxLayout,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget, QWizard)

from lead_desktop.gui.helpers import ValidatedPage
from lead_desktop.gui.recovery_panel import RecoveryKeyPanel

class Ui_FirstRunWizard(object):
    def setupUi(self, FirstRunWizard):
        if not FirstRunWizard.objectName():
            FirstRunWizard.setObjectName(u"FirstRunWizard")
        FirstRunWizard.resize(680, 540)
        FirstRunWizard.setOptions(QWizard.NoBackButtonOnStartPage|QWizard.NoBackButtonOnLastPage)
        self.welcome_page = ValidatedPage()
        self.welcome_page.setObjectName(u"welcome_page")
        self.welcome_layout = QVBoxLayout(self.welcome_page)
        self.welcome_layout.setObjectName(u"welcome_layout")
        self.welcome_text_label = QLabel(self.welcome_page)
        self.welcome_text_label.setObjectName(u"welcome_text_label")
        self.welcome_text_label.setWordWrap(True)

        self.welcome_layout.addWidget(self.welcome_text_label)

        self.folder_caption_label = QLabel(self.welcome_page)
        self.folder_caption_label.setObjectName(u"folder_caption_label")
        self.folder_caption_label.setWordWrap(True)

        self.welcome_layout.addWidget(self.folder_caption_label)

        self.folder_label = QLabel(self.welcome_page)
        self.folder_label.setObjectName(u"folder_label")
        self.folder_label.setTextFormat(Qt.PlainText)
        self.folder_label.setWordWrap(True)
        self.folder_label.setTextInteractionFlags(Qt.TextSelectableByKeyboard|Qt.TextSelectableByMouse)

        self.welcome_layout.addWidget(self.folder_label)

        self.welcome_spacer = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.welcome_layout.addItem(self.welcome_spacer)

        self.demo_layout = QHBoxLayout()
        self.demo_layout.setObjectName(u"demo_layout")
        self.demo_button = QPushButton(self.welcome_page)
        self.demo_button.setObjectName(u"demo_button")
        self.demo_button.setAutoDefault(False)

        self.demo_layout.addWidget(self.demo_button)

        self.demo_label = QLabel(self.welcome_page)
        self.demo_label.setObjectName(u"demo_label")
        self.demo_label.setWordWrap(True)

        self.demo_layout.addWidget(self.demo_label)

        self.demo_layout.setStretch(1, 1)

        self.welcome_layout.addLayout(self.demo_layout)

        self.server_layout = QHBoxLayout()
        self.server_layout.setObjectName(u"server_layout")
        self.server_button = QPushButton(self.welcome_page)
        self.server_button.setObjectName(u"server_button")
        self.server_button.setAutoDefault(False)

        self.server_layout.addWidget(self.server_button)

        self.server_label = QLabel(self.welcome_page)
        self.server_label.setObjectName(u"server_label")
        self.server_label.setWordWrap(True)

        self.server_layout.addWidget(self.server_label)

        self.server_layout.setStretch(1, 1)

        self.welcome_layout.addLayout(self.server_layout)

        FirstRunWizard.addPage(self.welcome_page)
        self.site_page = ValidatedPage()
        self.site_page.setObjectName(u"site_page")
        self.site_form = QGridLayout(self.site_page)
        self.site_form.setObjectName(u"site_form")
        self.site_name_label = QLabel(self.site_page)
        self.site_name_label.setObjectName(u"site_name_label")

        self.site_form.addWidget(self.site_name_label, 0, 0, 1, 1)

        self.site_name_edit = QLineEdit(self.site_page)
        self.site_name_edit.setObjectName(u"site_name_edit")
        self.site_name_edit.setMaxLength(120)

        self.site_form.addWidget(self.site_name_edit, 0, 1, 1, 1)

        self.site_name_error_label = QLabel(self.site_page)
        self.site_name_error_label.setObjectName(u"site_name_error_label")
        self.site_name_error_label.setTextFormat(Qt.PlainText)
        self.site_name_error_label.setWordWrap(True)

        self.site_form.addWidget(self.site_name_error_label, 1, 1, 1, 1)

        self.prefix_label = QLabel(self.site_page)
        self.prefix_label.setObjectName(u"prefix_label")

        self.site_form.addWidget(self.prefix_label, 2, 0, 1, 1)

        self.prefix_edit = QLineEdit(self.site_page)
        self.prefix_edit.setObjectName(u"prefix_edit")
        self.prefix_edit.setMaxLength(8)

        self.site_form.addWidget(self.prefix_edit, 2, 1, 1, 1)

        self.prefix_help_label = QLabel(self.site_page)
        self.prefix_help_label.setObjectName(u"prefix_help_label")
        self.prefix_help_label.setWordWrap(True)

        self.site_form.addWidget(self.prefix_help_label, 3, 1, 1, 1)

        self.prefix_error_label = QLabel(self.site_page)
        self.prefix_error_label.setObjectName(u"prefix_error_label")
        self.prefix_error_label.setTextFormat(Qt.PlainText)
        self.prefix_error_label.setWordWrap(True)

        self.site_form.addWidget(self.prefix_error_label, 4, 1, 1, 1)

        self.site_spacer = QSpacerItem(20, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.site_form.addItem(self.site_spacer, 5, 0, 1, 2)

        self.site_form.setColumnStretch(1, 1)
        FirstRunWizard.addPage(self.site_page)
        self.admin_page = ValidatedPage()
        self.admin_page.setObjectName(u"admin_page")
        self.admin_form = QGridLayout(self.admin_page)
        self.admin_form.setObjectName(u"admin_form")
        self.full_name_label = QLabel(self.admin_page)
        self.full_name_label.setObjectName(u"full_name_label")

        self.admin_form.addWidget(self.full_name_label, 0, 0, 1, 1)

        self.full_name_edit = QLineEdit(self.admin_page)
        self.full_name_edit.setObjectName(u"full_name_edit")
        self.full_name_edit.setMaxLength(120)

        self.admin_form.addWidget(self.full_name_edit, 0, 1, 1, 1)

        self.full_name_error_label = QLabel(self.admin_page)
        self.full_name_error_label.setObjectName(u"full_name_error_label")
        self.full_name_error_label.setTextFormat(Qt.PlainText)
        self.full_name_error_label.setWordWrap(True)

        self.admin_form.addWidget(self.full_name_error_label, 1, 1, 1, 1)

        self.username_label = QLabel(self.admin_page)
        self.username_label.setObjectName(u"username_label")

        self.admin_form.addWidget(self.username_label, 2, 0, 1, 1)

        self.username_edit = QLineEdit(self.admin_page)
        self.username_edit.setObjectName(u"username_edit")
        self.username_edit.setMaxLength(32)

        self.admin_form.addWidget(self.username_edit, 2, 1, 1, 1)

        self.username_error_label = QLabel(self.admin_page)
        self.username_error_label.setObjectName(u"username_error_label")
        self.username_error_label.setTextFormat(Qt.PlainText)
        self.username_error_label.setWordWrap(True)

        self.admin_form.addWidget(self.username_error_label, 3, 1, 1, 1)

        self.password_label = QLabel(self.admin_page)
        self.password_label.setObjectName(u"password_label")

        self.admin_form.addWidget(self.password_label, 4, 0, 1, 1)

        self.password_edit = QLineEdit(self.admin_page)
        self.password_edit.setObjectName(u"password_edit")
        self.password_edit.setEchoMode(QLineEdit.Password)

        self.admin_form.addWidget(self.password_edit, 4, 1, 1, 1)

        self.password_help_label = QLabel(self.admin_page)
        self.password_help_label.setObjectName(u"password_help_label")
        self.password_help_label.setWordWrap(True)

        self.admin_form.addWidget(self.password_help_label, 5, 1, 1, 1)

        self.password_error_label = QLabel(self.admin_page)
        self.password_error_label.setObjectName(u"password_error_label")
        self.password_error_label.setTextFormat(Qt.PlainText)
        self.password_error_label.setWordWrap(True)

        self.admin_form.addWidget(self.password_error_label, 6, 1, 1, 1)

        self.repeat_label = QLabel(self.admin_page)
        self.repeat_label.setObjectName(u"repeat_label")

        self.admin_form.addWidget(self.repeat_label, 7, 0, 1, 1)

        self.repeat_edit = QLineEdit(self.admin_page)
        self.repeat_edit.setObjectName(u"repeat_edit")
        self.repeat_edit.setEchoMode(QLineEdit.Password)

        self.admin_form.addWidget(self.repeat_edit, 7, 1, 1, 1)

        self.repeat_error_label = QLabel(self.admin_page)
        self.repeat_error_label.setObjectName(u"repeat_error_label")
        self.repeat_error_label.setTextFormat(Qt.PlainText)
        self.repeat_error_label.setWordWrap(True)

        self.admin_form.addWidget(self.repeat_error_label, 8, 1, 1, 1)

        self.create_error_label = QLabel(self.admin_page)
        self.create_error_label.setObjectName(u"create_error_label")
        self.create_error_label.setTextFormat(Qt.PlainText)
        self.create_error_label.setWordWrap(True)

        self.admin_form.addWidget(self.create_error_label, 9, 0, 1, 2)

        self.admin_spacer = QSpacerItem(20, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.admin_form.addItem(self.admin_spacer, 10, 0, 1, 2)

        self.admin_form.setColumnStretch(1, 1)
        FirstRunWizard.addPage(self.admin_page)
        self.recovery_page = ValidatedPage()
        self.recovery_page.setObjectName(u"recovery_page")
        self.recovery_layout = QVBoxLayout(self.recovery_page)
        self.recovery_layout.setObjectName(u"recovery_layout")
        self.recovery_panel = RecoveryKeyPanel(self.recovery_page)
        self.recovery_panel.setObjectName(u"recovery_panel")

        self.recovery_layout.addWidget(self.recovery_panel)

        self.recovery_spacer = QSpacerItem(20, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.recovery_layout.addItem(self.recovery_spacer)

        self.stored_checkbox = QCheckBox(self.recovery_page)
        self.stored_checkbox.setObjectName(u"stored_checkbox")

        self.recovery_layout.addWidget(self.stored_checkbox)

        FirstRunWizard.addPage(self.recovery_page)
#if QT_CONFIG(shortcut)
        self.site_name_label.setBuddy(self.site_name_edit)
        self.prefix_label.setBuddy(self.prefix_edit)
        self.full_name_label.setBuddy(self.full_name_edit)
        self.username_label.setBuddy(self.username_edit)
        self.password_label.setBuddy(self.password_edit)
        self.repeat_label.setBuddy(self.repeat_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.site_name_edit, self.prefix_edit)
        QWidget.setTabOrder(self.prefix_edit, self.full_name_edit)
        QWidget.setTabOrder(self.full_name_edit, self.username_edit)
        QWidget.setTabOrder(self.username_edit, self.password_edit)
        QWidget.setTabOrder(self.password_edit, self.repeat_edit)

        self.retranslateUi(FirstRunWizard)
    # setupUi

    def retranslateUi(self, FirstRunWizard):
        FirstRunWizard.setWindowTitle(QCoreApplication.translate("FirstRunWizard", u"Set up LEAD Desktop", None))
        self.welcome_page.setTitle(QCoreApplication.translate("FirstRunWizard", u"Welcome to LEAD Desktop", None))
        self.welcome_page.setSubTitle(QCoreApplication.translate("FirstRunWizard", u"Three short steps set up your site on this computer.", None))
        self.welcome_text_label.setText(QCoreApplication.translate("FirstRunWizard", u"LEAD Desktop keeps your site's records \u2014 participants, referrals, governance bodies and meetings \u2014 in one encrypted site file on this computer. Nobody can read that file without signing in.\n"
"\n"
"The next pages name your site, create the first administrator account and give you a recovery key: the one way into the site if every password is ever lost.", None))
        self.folder_caption_label.setText(QCoreApplication.translate("FirstRunWizard", u"The site file will be kept in this folder:", None))
#if QT_CONFIG(accessibility)
        self.folder_label.setAccessibleName(QCoreApplication.translate("FirstRunWizard", u"Data folder", None))
#endif // QT_CONFIG(accessibility)
        self.demo_button.setText(QCoreApplication.translate("FirstRunWizard", u"Open &demo site", None))
#if QT_CONFIG(accessibility)
        self.demo_button.setAccessibleName(QCoreApplication.translate("FirstRunWizard", u"Open demo site", None))
#endif // QT_CONFIG(accessibility)
        self.server_button.setText(QCoreApplication.translate("FirstRunWizard", u"Use a &shared server\u2026", None))
#if QT_CONFIG(accessibility)
        self.server_button.setAccessibleName(QCoreApplication.translate("FirstRunWizard", u"Use a shared server", None))
#endif // QT_CONFIG(accessibility)
        self.server_label.setText(QCoreApplication.translate("FirstRunWizard", u"Your site already keeps its records on a server for several computers? Sign in to it instead of setting up a site here.", None))
        self.site_page.setTitle(QCoreApplication.translate("FirstRunWizard", u"Your site", None))
        self.site_page.setSubTitle(QCoreApplication.translate("FirstRunWizard", u"The site's name appears on reports and in the window's status bar.", None))
        self.site_name_label.setText(QCoreApplication.translate("FirstRunWizard", u"&Site name:", None))
        self.site_name_edit.setPlaceholderText(QCoreApplication.translate("FirstRunWizard", u"e.g. Riverside County LEAD", None))
#if QT_CONFIG(accessibility)
        self.site_name_edit.setAccessibleName(QCoreApplication.translate("FirstRunWizard", u"Site name", None))
#endif // QT_CONFIG(accessibility)
        self.prefix_label.setText(QCoreApplication.translate("FirstRunWizard", u"LEAD number &prefix:", None))
        self.prefix_edit.setPlaceholderText(QCoreApplication.translate("FirstRunWizard", u"optional, e.g. NOLA", None))
#if QT_CONFIG(accessibility)
        self.prefix_edit.setAccessibleName(QCoreApplication.translate("FirstRunWizard", u"LEAD number prefix (optional)", None))
#endif // QT_CONFIG(accessibility)
        self.prefix_help_label.setText(QCoreApplication.translate("FirstRunWizard", u"Letters before each participant's number, as in NOLA-000042. Left empty, it is made from the site's name.", None))
        self.admin_page.setTitle(QCoreApplication.translate("FirstRunWizard", u"Administrator account", None))
        self.admin_page.setSubTitle(QCoreApplication.translate("FirstRunWizard", u"The administrator adds staff accounts and looks after the site. You can add more administrators later.", None))
        self.full_name_label.setText(QCoreApplication.translate("FirstRunWizard", u"&Full name:", None))
#if QT_CONFIG(accessibility)
        self.full_name_edit.setAccessibleName(QCoreApplication.translate("FirstRunWizard", u"Full name", None))
#endif // QT_CONFIG(accessibility)
        self.username_label.setText(QCoreApplication.translate("FirstRunWizard", u"&User name:", None))
        self.username_edit.setPlaceholderText(QCoreApplication.translate("FirstRunWizard", u"e.g. jsmith", None))
#if QT_CONFIG(accessibility)
        self.username_edit.setAccessibleName(QCoreApplication.translate("FirstRunWizard", u"User name", None))
#endif // QT_CONFIG(accessibility)
        self.password_label.setText(QCoreApplication.translate("FirstRunWizard", u"&Password:", None))
#if QT_CONFIG(accessibility)
        self.password_edit.setAccessibleName(QCoreApplication.translate("FirstRunWizard", u"Password", None))
#endif // QT_CONFIG(accessibility)
        self.password_help_label.setText(QCoreApplication.translate("FirstRunWizard", u"At least 10 characters. A short sentence you can remember works well.", None))
        self.repeat_label.setText(QCoreApplication.translate("FirstRunWizard", u"&Repeat password:", None))
#if QT_CONFIG(accessibility)
        self.repeat_edit.setAccessibleName(QCoreApplication.translate("FirstRunWizard", u"Repeat password", None))
#endif // QT_CONFIG(accessibility)
        self.recovery_page.setTitle(QCoreApplication.translate("FirstRunWizard", u"Your recovery key", None))
        self.recovery_page.setSubTitle(QCoreApplication.translate("FirstRunWizard", u"Your site is ready. Store this key now: LEAD Desktop shows it only this once.", None))
        self.stored_checkbox.setText(QCoreApplication.translate("FirstRunWizard", u"I &have stored the recovery key safely", None))
#if QT_CONFIG(accessibility)
        self.stored_checkbox.setAccessibleName(QCoreApplication.translate("FirstRunWizard", u"I have stored the recovery key safely", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi
