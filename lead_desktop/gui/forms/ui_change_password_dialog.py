# generated — do not edit.
# Compiled from ui/change_password_dialog.ui by scripts/build_forms.py (`make forms`); edit the .ui file in Qt Designer instead.

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QGridLayout, QLabel, QLineEdit, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_ChangePasswordDialog(object):
    def setupUi(self, ChangePasswordDialog):
        if not ChangePasswordDialog.objectName():
            ChangePasswordDialog.setObjectName(u"ChangePasswordDialog")
        ChangePasswordDialog.resize(540, 230)
        self.dialog_layout = QVBoxLayout(ChangePasswordDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.intro_label = QLabel(ChangePasswordDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.intro_label)

        self.password_form = QGridLayout()
        self.password_form.setObjectName(u"password_form")
        self.current_label = QLabel(ChangePasswordDialog)
        self.current_label.setObjectName(u"current_label")

        self.password_form.addWidget(self.current_label, 0, 0, 1, 1)

        self.current_edit = QLineEdit(ChangePasswordDialog)
        self.current_edit.setObjectName(u"current_edit")
        self.current_edit.setEchoMode(QLineEdit.Password)

        self.password_form.addWidget(self.current_edit, 0, 1, 1, 1)

        self.new_label = QLabel(ChangePasswordDialog)
        self.new_label.setObjectName(u"new_label")

        self.password_form.addWidget(self.new_label, 1, 0, 1, 1)

        self.new_edit = QLineEdit(ChangePasswordDialog)
        self.new_edit.setObjectName(u"new_edit")
        self.new_edit.setEchoMode(QLineEdit.Password)

        self.password_form.addWidget(self.new_edit, 1, 1, 1, 1)

        self.new_help_label = QLabel(ChangePasswordDialog)
        self.new_help_label.setObjectName(u"new_help_label")
        self.new_help_label.setWordWrap(True)

        self.password_form.addWidget(self.new_help_label, 2, 1, 1, 1)

        self.new_error_label = QLabel(ChangePasswordDialog)
        self.new_error_label.setObjectName(u"new_error_label")
        self.new_error_label.setTextFormat(Qt.PlainText)
        self.new_error_label.setWordWrap(True)

        self.password_form.addWidget(self.new_error_label, 3, 1, 1, 1)

        self.repeat_label = QLabel(ChangePasswordDialog)
        self.repeat_label.setObjectName(u"repeat_label")

        self.password_form.addWidget(self.repeat_label, 4, 0, 1, 1)

        self.repeat_edit = QLineEdit(ChangePasswordDialog)
        self.repeat_edit.setObjectName(u"repeat_edit")
        self.repeat_edit.setEchoMode(QLineEdit.Password)

        self.password_form.addWidget(self.repeat_edit, 4, 1, 1, 1)

        self.repeat_error_label = QLabel(ChangePasswordDialog)
        self.repeat_error_label.setObjectName(u"repeat_error_label")
        self.repeat_error_label.setTextFormat(Qt.PlainText)
        self.repeat_error_label.setWordWrap(True)

        self.password_form.addWidget(self.repeat_error_label, 5, 1, 1, 1)

        self.password_form.setColumnStretch(1, 1)

        self.dialog_layout.addLayout(self.password_form)

        self.message_label = QLabel(ChangePasswordDialog)
        self.message_label.setObjectName(u"message_label")
        self.message_label.setTextFormat(Qt.PlainText)
        self.message_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.message_label)

        self.dialog_spacer = QSpacerItem(20, 12, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialog_layout.addItem(self.dialog_spacer)

        self.button_box = QDialogButtonBox(ChangePasswordDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.dialog_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.current_label.setBuddy(self.current_edit)
        self.new_label.setBuddy(self.new_edit)
        self.repeat_label.setBuddy(self.repeat_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.current_edit, self.new_edit)
        QWidget.setTabOrder(self.new_edit, self.repeat_edit)

        self.retranslateUi(ChangePasswordDialog)
    # setupUi

    def retranslateUi(self, ChangePasswordDialog):
        ChangePasswordDialog.setWindowTitle(QCoreApplication.translate("ChangePasswordDialog", u"Change my password", None))
        self.current_label.setText(QCoreApplication.translate("ChangePasswordDialog", u"&Current password:", None))
#if QT_CONFIG(accessibility)
        self.current_edit.setAccessibleName(QCoreApplication.translate("ChangePasswordDialog", u"Current password", None))
#endif // QT_CONFIG(accessibility)
        self.new_label.setText(QCoreApplication.translate("ChangePasswordDialog", u"&New password:", None))
#if QT_CONFIG(accessibility)
        self.new_edit.setAccessibleName(QCoreApplication.translate("ChangePasswordDialog", u"New password", None))
#endif // QT_CONFIG(accessibility)
        self.new_help_label.setText(QCoreApplication.translate("ChangePasswordDialog", u"At least 10 characters. A short sentence you can remember works well.", None))
        self.repeat_label.setText(QCoreApplication.translate("ChangePasswordDialog", u"&Repeat new password:", None))
#if QT_CONFIG(accessibility)
        self.repeat_edit.setAccessibleName(QCoreApplication.translate("ChangePasswordDialog", u"Repeat new password", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi
