# generated — do not edit.
# Compiled from ui/reset_password_dialog.ui by scripts/build_forms.py (`make forms`); edit the .ui file in Qt Designer instead.

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QGridLayout, QHBoxLayout, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_ResetPasswordDialog(object):
    def setupUi(self, ResetPasswordDialog):
        if not ResetPasswordDialog.objectName():
            ResetPasswordDialog.setObjectName(u"ResetPasswordDialog")
        ResetPasswordDialog.resize(520, 180)
        self.dialog_layout = QVBoxLayout(ResetPasswordDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.intro_label = QLabel(ResetPasswordDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setTextFormat(Qt.PlainText)
        self.intro_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.intro_label)

        self.password_form = QGridLayout()
        self.password_form.setObjectName(u"password_form")
        self.password_label = QLabel(ResetPasswordDialog)
        self.password_label.setObjectName(u"password_label")

        self.password_form.addWidget(self.password_label, 0, 0, 1, 1)

        self.password_layout = QHBoxLayout()
        self.password_layout.setObjectName(u"password_layout")
        self.password_edit = QLineEdit(ResetPasswordDialog)
        self.password_edit.setObjectName(u"password_edit")

        self.password_layout.addWidget(self.password_edit)

        self.suggest_button = QPushButton(ResetPasswordDialog)
        self.suggest_button.setObjectName(u"suggest_button")
        self.suggest_button.setAutoDefault(False)

        self.password_layout.addWidget(self.suggest_button)


        self.password_form.addLayout(self.password_layout, 0, 1, 1, 1)

        self.password_error_label = QLabel(ResetPasswordDialog)
        self.password_error_label.setObjectName(u"password_error_label")
        self.password_error_label.setTextFormat(Qt.PlainText)
        self.password_error_label.setWordWrap(True)

        self.password_form.addWidget(self.password_error_label, 1, 1, 1, 1)

        self.password_form.setColumnStretch(1, 1)

        self.dialog_layout.addLayout(self.password_form)

        self.message_label = QLabel(ResetPasswordDialog)
        self.message_label.setObjectName(u"message_label")
        self.message_label.setTextFormat(Qt.PlainText)
        self.message_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.message_label)

        self.dialog_spacer = QSpacerItem(20, 12, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialog_layout.addItem(self.dialog_spacer)

        self.button_box = QDialogButtonBox(ResetPasswordDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.dialog_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.password_label.setBuddy(self.password_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ResetPasswordDialog)
    # setupUi

    def retranslateUi(self, ResetPasswordDialog):
        ResetPasswordDialog.setWindowTitle(QCoreApplication.translate("ResetPasswordDialog", u"Reset password", None))
        self.password_label.setText(QCoreApplication.translate("ResetPasswordDialog", u"&Temporary password:", None))
#if QT_CONFIG(accessibility)
        self.password_edit.setAccessibleName(QCoreApplication.translate("ResetPasswordDialog", u"Temporary password", None))
#endif // QT_CONFIG(accessibility)
        self.suggest_button.setText(QCoreApplication.translate("ResetPasswordDialog", u"Su&ggest", None))
#if QT_CONFIG(accessibility)
        self.suggest_button.setAccessibleName(QCoreApplication.translate("ResetPasswordDialog", u"Suggest a temporary password", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi
