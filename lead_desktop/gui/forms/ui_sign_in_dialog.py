# generated — do not edit.
# Compiled from ui/sign_in_dialog.ui by scripts/build_forms.py (`make forms`); edit the .ui file in Qt Designer instead.

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QDialog,
    QGridLayout, QGroupBox, QHBoxLayout, QLabel,
    QLineEdit, QPushButton, QRadioButton, QSizePolicy,
    QSpacerItem, QSpinBox, QVBoxLayout, QWidget)

class Ui_SignInDialog(object):
    def setupUi(self, SignInDialog):
        if not SignInDialog.objectName():
            SignInDialog.setObjectName(u"SignInDialog")
        SignInDialog.resize(480, 180)
        self.dialog_layout = QVBoxLayout(SignInDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.heading_label = QLabel(SignInDialog)
        self.heading_label.setObjectName(u"heading_label")

        self.dialog_layout.addWidget(self.heading_label)

        self.place_layout = QHBoxLayout()
        self.place_layout.setObjectName(u"place_layout")
        self.place_label = QLabel(SignInDialog)
        self.place_label.setObjectName(u"place_label")

        self.place_layout.addWidget(self.place_label)

        self.local_radio = QRadioButton(SignInDialog)
        self.local_radio.setObjectName(u"local_radio")
        self.local_radio.setChecked(True)

        self.place_layout.addWidget(self.local_radio)

        self.server_radio = QRadioButton(SignInDialog)
        self.server_radio.setObjectName(u"server_radio")

        self.place_layout.addWidget(self.server_radio)

        self.place_spacer = QSpacerItem(40, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.place_layout.addItem(self.place_spacer)


        self.dialog_layout.addLayout(self.place_layout)

        self.folder_label = QLabel(SignInDialog)
        self.folder_label.setObjectName(u"folder_label")
        self.folder_label.setTextFormat(Qt.PlainText)
        self.folder_label.setWordWrap(True)
        self.folder_label.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.dialog_layout.addWidget(self.folder_label)

        self.setup_layout = QHBoxLayout()
        self.setup_layout.setObjectName(u"setup_layout")
        self.setup_button = QPushButton(SignInDialog)
        self.setup_button.setObjectName(u"setup_button")
        self.setup_button.setAutoDefault(False)

        self.setup_layout.addWidget(self.setup_button)

        self.setup_spacer = QSpacerItem(40, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.setup_layout.addItem(self.setup_spacer)


        self.dialog_layout.addLayout(self.setup_layout)

        self.server_group = QGroupBox(SignInDialog)
        self.server_group.setObjectName(u"server_group")
        self.server_form = QGridLayout(self.server_group)
        self.server_form.setObjectName(u"server_form")
        self.host_label = QLabel(self.server_group)
        self.host_label.setObjectName(u"host_label")

        self.server_form.addWidget(self.host_label, 0, 0, 1, 1)

        self.host_edit = QLineEdit(self.server_group)
        self.host_edit.setObjectName(u"host_edit")
        self.host_edit.setMaxLength(253)

        self.server_form.addWidget(self.host_edit, 0, 1, 1, 1)

        self.port_label = QLabel(self.server_group)
        self.port_label.setObjectName(u"port_label")

        self.server_form.addWidget(self.port_label, 1, 0, 1, 1)

        self.port_layout = QHBoxLayout()
        self.port_layout.setObjectName(u"port_layout")
        self.port_spin = QSpinBox(self.server_group)
        self.port_spin.setObjectName(u"port_spin")
        self.port_spin.setMinimum(1)
        self.port_spin.setMaximum(65535)
        self.port_spin.setValue(5432)

        self.port_layout.addWidget(self.port_spin)

        self.port_spacer = QSpacerItem(40, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.port_layout.addItem(self.port_spacer)


        self.server_form.addLayout(self.port_layout, 1, 1, 1, 1)

        self.database_label = QLabel(self.server_group)
        self.database_label.setObjectName(u"database_label")

        self.server_form.addWidget(self.database_label, 2, 0, 1, 1)

        self.database_edit = QLineEdit(self.server_group)
        self.database_edit.setObjectName(u"database_edit")
        self.database_edit.setMaxLength(30)

        self.server_form.addWidget(self.database_edit, 2, 1, 1, 1)

        self.tls_label = QLabel(self.server_group)
        self.tls_label.setObjectName(u"tls_label")

        self.server_form.addWidget(self.tls_label, 3, 0, 1, 1)

        self.tls_combo = QComboBox(self.server_group)
        self.tls_combo.setObjectName(u"tls_combo")

        self.server_form.addWidget(self.tls_combo, 3, 1, 1, 1)

        self.ca_label = QLabel(self.server_group)
        self.ca_label.setObjectName(u"ca_label")

        self.server_form.addWidget(self.ca_label, 4, 0, 1, 1)

        self.ca_layout = QHBoxLayout()
        self.ca_layout.setObjectName(u"ca_layout")
        self.ca_edit = QLineEdit(self.server_group)
        self.ca_edit.setObjectName(u"ca_edit")

        self.ca_layout.addWidget(self.ca_edit)

        self.ca_browse_button = QPushButton(self.server_group)
        self.ca_browse_button.setObjectName(u"ca_browse_button")
        self.ca_browse_button.setAutoDefault(False)

        self.ca_layout.addWidget(self.ca_browse_button)


        self.server_form.addLayout(self.ca_layout, 4, 1, 1, 1)

        self.tls_hint_label = QLabel(self.server_group)
        self.tls_hint_label.setObjectName(u"tls_hint_label")
        self.tls_hint_label.setTextFormat(Qt.PlainText)
        self.tls_hint_label.setWordWrap(True)

        self.server_form.addWidget(self.tls_hint_label, 5, 1, 1, 1)

        self.server_form.setColumnStretch(1, 1)

        self.dialog_layout.addWidget(self.server_group)

        self.credentials_form = QGridLayout()
        self.credentials_form.setObjectName(u"credentials_form")
        self.username_label = QLabel(SignInDialog)
        self.username_label.setObjectName(u"username_label")

        self.credentials_form.addWidget(self.username_label, 0, 0, 1, 1)

        self.username_edit = QLineEdit(SignInDialog)
        self.username_edit.setObjectName(u"username_edit")
        self.username_edit.setMaxLength(64)

        self.credentials_form.addWidget(self.username_edit, 0, 1, 1, 1)

        self.password_label = QLabel(SignInDialog)
        self.password_label.setObjectName(u"password_label")

        self.credentials_form.addWidget(self.password_label, 1, 0, 1, 1)

        self.password_edit = QLineEdit(SignInDialog)
        self.password_edit.setObjectName(u"password_edit")
        self.password_edit.setEchoMode(QLineEdit.Password)

        self.credentials_form.addWidget(self.password_edit, 1, 1, 1, 1)

        self.credentials_form.setColumnStretch(1, 1)

        self.dialog_layout.addLayout(self.credentials_form)

        self.remember_checkbox = QCheckBox(SignInDialog)
        self.remember_checkbox.setObjectName(u"remember_checkbox")

        self.dialog_layout.addWidget(self.remember_checkbox)

        self.remember_reason_label = QLabel(SignInDialog)
        self.remember_reason_label.setObjectName(u"remember_reason_label")
        self.remember_reason_label.setTextFormat(Qt.PlainText)
        self.remember_reason_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.remember_reason_label)

        self.message_label = QLabel(SignInDialog)
        self.message_label.setObjectName(u"message_label")
        self.message_label.setTextFormat(Qt.PlainText)
        self.message_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.message_label)

        self.countdown_label = QLabel(SignInDialog)
        self.countdown_label.setObjectName(u"countdown_label")
        self.countdown_label.setTextFormat(Qt.PlainText)
        self.countdown_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.countdown_label)

        self.keychain_layout = QHBoxLayout()
        self.keychain_layout.setObjectName(u"keychain_layout")
        self.keychain_button = QPushButton(SignInDialog)
        self.keychain_button.setObjectName(u"keychain_button")
        self.keychain_button.setAutoDefault(False)

        self.keychain_layout.addWidget(self.keychain_button)

        self.keychain_spacer = QSpacerItem(40, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.keychain_layout.addItem(self.keychain_spacer)


        self.dialog_layout.addLayout(self.keychain_layout)

        self.keychain_reason_label = QLabel(SignInDialog)
        self.keychain_reason_label.setObjectName(u"keychain_reason_label")
        self.keychain_reason_label.setTextFormat(Qt.PlainText)
        self.keychain_reason_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.keychain_reason_label)

        self.dialog_spacer = QSpacerItem(20, 12, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialog_layout.addItem(self.dialog_spacer)

        self.buttons_layout = QHBoxLayout()
        self.buttons_layout.setObjectName(u"buttons_layout")
        self.recovery_button = QPushButton(SignInDialog)
        self.recovery_button.setObjectName(u"recovery_button")
        self.recovery_button.setAutoDefault(False)

        self.buttons_layout.addWidget(self.recovery_button)

        self.buttons_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons_layout.addItem(self.buttons_spacer)

        self.quit_button = QPushButton(SignInDialog)
        self.quit_button.setObjectName(u"quit_button")
        self.quit_button.setAutoDefault(False)

        self.buttons_layout.addWidget(self.quit_button)

        self.sign_in_button = QPushButton(SignInDialog)
        self.sign_in_button.setObjectName(u"sign_in_button")

        self.buttons_layout.addWidget(self.sign_in_button)


        self.dialog_layout.addLayout(self.buttons_layout)

#if QT_CONFIG(shortcut)
        self.host_label.setBuddy(self.host_edit)
        self.port_label.setBuddy(self.port_spin)
        self.database_label.setBuddy(self.database_edit)
        self.tls_label.setBuddy(self.tls_combo)
        self.ca_label.setBuddy(self.ca_edit)
        self.username_label.setBuddy(self.username_edit)
        self.password_label.setBuddy(self.password_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.local_radio, self.server_radio)
        QWidget.setTabOrder(self.server_radio, self.setup_button)
        QWidget.setTabOrder(self.setup_button, self.host_edit)
        QWidget.setTabOrder(self.host_edit, self.port_spin)
        QWidget.setTabOrder(self.port_spin, self.database_edit)
        QWidget.setTabOrder(self.database_edit, self.tls_combo)
        QWidget.setTabOrder(self.tls_combo, self.ca_edit)
        QWidget.setTabOrder(self.ca_edit, self.ca_browse_button)
        QWidget.setTabOrder(self.ca_browse_button, self.username_edit)
        QWidget.setTabOrder(self.username_edit, self.password_edit)
        QWidget.setTabOrder(self.password_edit, self.remember_checkbox)
        QWidget.setTabOrder(self.remember_checkbox, self.sign_in_button)
        QWidget.setTabOrder(self.sign_in_button, self.keychain_button)
        QWidget.setTabOrder(self.keychain_button, self.recovery_button)
        QWidget.setTabOrder(self.recovery_button, self.quit_button)

        self.retranslateUi(SignInDialog)

        self.sign_in_button.setDefault(True)

    # setupUi

    def retranslateUi(self, SignInDialog):
        SignInDialog.setWindowTitle(QCoreApplication.translate("SignInDialog", u"Sign in \u2014 LEAD Desktop", None))
        self.heading_label.setText(QCoreApplication.translate("SignInDialog", u"Sign in", None))
        self.place_label.setText(QCoreApplication.translate("SignInDialog", u"The site is on:", None))
        self.local_radio.setText(QCoreApplication.translate("SignInDialog", u"&This computer", None))
#if QT_CONFIG(accessibility)
        self.local_radio.setAccessibleName(QCoreApplication.translate("SignInDialog", u"The site is on this computer", None))
#endif // QT_CONFIG(accessibility)
        self.server_radio.setText(QCoreApplication.translate("SignInDialog", u"A shared ser&ver", None))
#if QT_CONFIG(accessibility)
        self.server_radio.setAccessibleName(QCoreApplication.translate("SignInDialog", u"The site is on a shared server", None))
#endif // QT_CONFIG(accessibility)
        self.setup_button.setText(QCoreApplication.translate("SignInDialog", u"Set up a &new site on this computer\u2026", None))
#if QT_CONFIG(accessibility)
        self.setup_button.setAccessibleName(QCoreApplication.translate("SignInDialog", u"Set up a new site on this computer", None))
#endif // QT_CONFIG(accessibility)
        self.server_group.setTitle(QCoreApplication.translate("SignInDialog", u"Shared server", None))
        self.host_label.setText(QCoreApplication.translate("SignInDialog", u"Server &name:", None))
        self.host_edit.setPlaceholderText(QCoreApplication.translate("SignInDialog", u"e.g. lead-db.county.example.org", None))
#if QT_CONFIG(accessibility)
        self.host_edit.setAccessibleName(QCoreApplication.translate("SignInDialog", u"Server name", None))
#endif // QT_CONFIG(accessibility)
        self.port_label.setText(QCoreApplication.translate("SignInDialog", u"P&ort:", None))
#if QT_CONFIG(accessibility)
        self.port_spin.setAccessibleName(QCoreApplication.translate("SignInDialog", u"Port", None))
#endif // QT_CONFIG(accessibility)
        self.database_label.setText(QCoreApplication.translate("SignInDialog", u"&Database:", None))
        self.database_edit.setPlaceholderText(QCoreApplication.translate("SignInDialog", u"e.g. lead_riverside", None))
#if QT_CONFIG(accessibility)
        self.database_edit.setAccessibleName(QCoreApplication.translate("SignInDialog", u"Database", None))
#endif // QT_CONFIG(accessibility)
        self.tls_label.setText(QCoreApplication.translate("SignInDialog", u"Secure conn&ection:", None))
#if QT_CONFIG(accessibility)
        self.tls_combo.setAccessibleName(QCoreApplication.translate("SignInDialog", u"Secure connection", None))
#endif // QT_CONFIG(accessibility)
        self.ca_label.setText(QCoreApplication.translate("SignInDialog", u"&Certificate file:", None))
        self.ca_edit.setPlaceholderText(QCoreApplication.translate("SignInDialog", u"Optional: the .crt or .pem file your IT volunteer gave you", None))
#if QT_CONFIG(accessibility)
        self.ca_edit.setAccessibleName(QCoreApplication.translate("SignInDialog", u"Certificate file", None))
#endif // QT_CONFIG(accessibility)
        self.ca_browse_button.setText(QCoreApplication.translate("SignInDialog", u"&Browse\u2026", None))
#if QT_CONFIG(accessibility)
        self.ca_browse_button.setAccessibleName(QCoreApplication.translate("SignInDialog", u"Choose the certificate file", None))
#endif // QT_CONFIG(accessibility)
        self.username_label.setText(QCoreApplication.translate("SignInDialog", u"&User name:", None))
#if QT_CONFIG(accessibility)
        self.username_edit.setAccessibleName(QCoreApplication.translate("SignInDialog", u"User name", None))
#endif // QT_CONFIG(accessibility)
        self.password_label.setText(QCoreApplication.translate("SignInDialog", u"&Password:", None))
#if QT_CONFIG(accessibility)
        self.password_edit.setAccessibleName(QCoreApplication.translate("SignInDialog", u"Password", None))
#endif // QT_CONFIG(accessibility)
        self.remember_checkbox.setText(QCoreApplication.translate("SignInDialog", u"Re&member my password in this computer's keychain", None))
#if QT_CONFIG(accessibility)
        self.remember_checkbox.setAccessibleName(QCoreApplication.translate("SignInDialog", u"Remember my password in this computer's keychain", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.message_label.setAccessibleName(QCoreApplication.translate("SignInDialog", u"Sign-in message", None))
#endif // QT_CONFIG(accessibility)
        self.keychain_button.setText(QCoreApplication.translate("SignInDialog", u"Unlock with this computer's &keychain", None))
#if QT_CONFIG(accessibility)
        self.keychain_button.setAccessibleName(QCoreApplication.translate("SignInDialog", u"Unlock with this computer's keychain", None))
#endif // QT_CONFIG(accessibility)
        self.recovery_button.setText(QCoreApplication.translate("SignInDialog", u"Use the &recovery key\u2026", None))
#if QT_CONFIG(accessibility)
        self.recovery_button.setAccessibleName(QCoreApplication.translate("SignInDialog", u"Use the recovery key", None))
#endif // QT_CONFIG(accessibility)
        self.quit_button.setText(QCoreApplication.translate("SignInDialog", u"&Quit", None))
        self.sign_in_button.setText(QCoreApplication.translate("SignInDialog", u"&Sign in", None))
#if QT_CONFIG(accessibility)
        self.sign_in_button.setAccessibleName(QCoreApplication.translate("SignInDialog", u"Sign in", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi
