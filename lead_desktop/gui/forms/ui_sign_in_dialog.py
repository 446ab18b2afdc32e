# generated — do not edit.
# Compiled from ui/sign_in_dialog.ui by scripts/build_forms.py (`make forms`); edit the .ui file in Qt Designer instead.

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QDialog, QGridLayout, QHBoxLayout,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

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

        self.folder_label = QLabel(SignInDialog)
        self.folder_label.setObjectName(u"folder_label")
        self.folder_label.setTextFormat(Qt.PlainText)
        self.folder_label.setWordWrap(True)
        self.folder_label.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.dialog_layout.addWidget(self.folder_label)

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
        self.username_label.setBuddy(self.username_edit)
        self.password_label.setBuddy(self.password_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.username_edit, self.password_edit)
        QWidget.setTabOrder(self.password_edit, self.sign_in_button)
        QWidget.setTabOrder(self.sign_in_button, self.keychain_button)
        QWidget.setTabOrder(self.keychain_button, self.recovery_button)
        QWidget.setTabOrder(self.recovery_button, self.quit_button)

        self.retranslateUi(SignInDialog)

        self.sign_in_button.setDefault(True)

    # setupUi

    def retranslateUi(self, SignInDialog):
        SignInDialog.setWindowTitle(QCoreApplication.translate("SignInDialog", u"Sign in \u2014 LEAD Desktop", None))
        self.heading_label.setText(QCoreApplication.translate("SignInDialog", u"Sign in", None))
        self.username_label.setText(QCoreApplication.translate("SignInDialog", u"&User name:", None))
#if QT_CONFIG(accessibility)
        self.username_edit.setAccessibleName(QCoreApplication.translate("SignInDialog", u"User name", None))
#endif // QT_CONFIG(accessibility)
        self.password_label.setText(QCoreApplication.translate("SignInDialog", u"&Password:", None))
#if QT_CONFIG(accessibility)
        self.password_edit.setAccessibleName(QCoreApplication.translate("SignInDialog", u"Password", None))
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
