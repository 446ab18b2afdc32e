# generated — do not edit.
# Compiled from ui/account_dialog.ui by scripts/build_forms.py (`make forms`); edit the .ui file in Qt Designer instead.

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QGridLayout, QHBoxLayout, QLabel,
    QLineEdit, QPushButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_AccountDialog(object):
    def setupUi(self, AccountDialog):
        if not AccountDialog.objectName():
            AccountDialog.setObjectName(u"AccountDialog")
        AccountDialog.resize(560, 300)
        self.dialog_layout = QVBoxLayout(AccountDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.intro_label = QLabel(AccountDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.intro_label)

        self.account_form = QGridLayout()
        self.account_form.setObjectName(u"account_form")
        self.display_name_label = QLabel(AccountDialog)
        self.display_name_label.setObjectName(u"display_name_label")

        self.account_form.addWidget(self.display_name_label, 0, 0, 1, 1)

        self.display_name_edit = QLineEdit(AccountDialog)
        self.display_name_edit.setObjectName(u"display_name_edit")
        self.display_name_edit.setMaxLength(120)

        self.account_form.addWidget(self.display_name_edit, 0, 1, 1, 1)

        self.display_name_error_label = QLabel(AccountDialog)
        self.display_name_error_label.setObjectName(u"display_name_error_label")
        self.display_name_error_label.setTextFormat(Qt.PlainText)
        self.display_name_error_label.setWordWrap(True)

        self.account_form.addWidget(self.display_name_error_label, 1, 1, 1, 1)

        self.username_label = QLabel(AccountDialog)
        self.username_label.setObjectName(u"username_label")

        self.account_form.addWidget(self.username_label, 2, 0, 1, 1)

        self.username_edit = QLineEdit(AccountDialog)
        self.username_edit.setObjectName(u"username_edit")
        self.username_edit.setMaxLength(32)

        self.account_form.addWidget(self.username_edit, 2, 1, 1, 1)

        self.username_error_label = QLabel(AccountDialog)
        self.username_error_label.setObjectName(u"username_error_label")
        self.username_error_label.setTextFormat(Qt.PlainText)
        self.username_error_label.setWordWrap(True)

        self.account_form.addWidget(self.username_error_label, 3, 1, 1, 1)

        self.role_label = QLabel(AccountDialog)
        self.role_label.setObjectName(u"role_label")

        self.account_form.addWidget(self.role_label, 4, 0, 1, 1)

        self.role_combo = QComboBox(AccountDialog)
        self.role_combo.setObjectName(u"role_combo")

        self.account_form.addWidget(self.role_combo, 4, 1, 1, 1)

        self.role_help_label = QLabel(AccountDialog)
        self.role_help_label.setObjectName(u"role_help_label")
        self.role_help_label.setTextFormat(Qt.PlainText)
        self.role_help_label.setWordWrap(True)

        self.account_form.addWidget(self.role_help_label, 5, 1, 1, 1)

        self.password_label = QLabel(AccountDialog)
        self.password_label.setObjectName(u"password_label")

        self.account_form.addWidget(self.password_label, 6, 0, 1, 1)

        self.password_layout = QHBoxLayout()
        self.password_layout.setObjectName(u"password_layout")
        self.password_edit = QLineEdit(AccountDialog)
        self.password_edit.setObjectName(u"password_edit")

        self.password_layout.addWidget(self.password_edit)

        self.suggest_button = QPushButton(AccountDialog)
        self.suggest_button.setObjectName(u"suggest_button")
        self.suggest_button.setAutoDefault(False)

        self.password_layout.addWidget(self.suggest_button)


        self.account_form.addLayout(self.password_layout, 6, 1, 1, 1)

        self.password_help_label = QLabel(AccountDialog)
        self.password_help_label.setObjectName(u"password_help_label")
        self.password_help_label.setWordWrap(True)

        self.account_form.addWidget(self.password_help_label, 7, 1, 1, 1)

        self.password_error_label = QLabel(AccountDialog)
        self.password_error_label.setObjectName(u"password_error_label")
        self.password_error_label.setTextFormat(Qt.PlainText)
        self.password_error_label.setWordWrap(True)

        self.account_form.addWidget(self.password_error_label, 8, 1, 1, 1)

        self.account_form.setColumnStretch(1, 1)

        self.dialog_layout.addLayout(self.account_form)

        self.message_label = QLabel(AccountDialog)
        self.message_label.setObjectName(u"message_label")
        self.message_label.setTextFormat(Qt.PlainText)
        self.message_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.message_label)

        self.dialog_spacer = QSpacerItem(20, 12, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialog_layout.addItem(self.dialog_spacer)

        self.button_box = QDialogButtonBox(AccountDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.dialog_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.display_name_label.setBuddy(self.display_name_edit)
        self.username_label.setBuddy(self.username_edit)
        self.role_label.setBuddy(self.role_combo)
        self.password_label.setBuddy(self.password_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.display_name_edit, self.username_edit)
        QWidget.setTabOrder(self.username_edit, self.role_combo)
        QWidget.setTabOrder(self.role_combo, self.password_edit)
        QWidget.setTabOrder(self.password_edit, self.suggest_button)

        self.retranslateUi(AccountDialog)
    # setupUi

    def retranslateUi(self, AccountDialog):
        AccountDialog.setWindowTitle(QCoreApplication.translate("AccountDialog", u"Account", None))
        self.display_name_label.setText(QCoreApplication.translate("AccountDialog", u"&Full name:", None))
#if QT_CONFIG(accessibility)
        self.display_name_edit.setAccessibleName(QCoreApplication.translate("AccountDialog", u"Full name", None))
#endif // QT_CONFIG(accessibility)
        self.username_label.setText(QCoreApplication.translate("AccountDialog", u"&User name:", None))
#if QT_CONFIG(accessibility)
        self.username_edit.setAccessibleName(QCoreApplication.translate("AccountDialog", u"User name", None))
#endif // QT_CONFIG(accessibility)
        self.role_label.setText(QCoreApplication.translate("AccountDialog", u"&Role:", None))
#if QT_CONFIG(accessibility)
        self.role_combo.setAccessibleName(QCoreApplication.translate("AccountDialog", u"Role", None))
#endif // QT_CONFIG(accessibility)
        self.password_label.setText(QCoreApplication.translate("AccountDialog", u"&Temporary password:", None))
#if QT_CONFIG(accessibility)
        self.password_edit.setAccessibleName(QCoreApplication.translate("AccountDialog", u"Temporary password", None))
#endif // QT_CONFIG(accessibility)
        self.suggest_button.setText(QCoreApplication.translate("AccountDialog", u"Su&ggest", None))
#if QT_CONFIG(accessibility)
        self.suggest_button.setAccessibleName(QCoreApplication.translate("AccountDialog", u"Suggest a temporary password", None))
#endif // QT_CONFIG(accessibility)
        self.password_help_label.setText(QCoreApplication.translate("AccountDialog", u"Give this password to the person yourself. They choose their own password when they first sign in.", None))
    # retranslateUi
