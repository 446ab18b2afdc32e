# generated — do not edit.
# Compiled from ui/recovery_key_dialog.ui by scripts/build_forms.py (`make forms`); edit the .ui file in Qt Designer instead.

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

class Ui_RecoveryKeyDialog(object):
    def setupUi(self, RecoveryKeyDialog):
        if not RecoveryKeyDialog.objectName():
            RecoveryKeyDialog.setObjectName(u"RecoveryKeyDialog")
        RecoveryKeyDialog.resize(640, 160)
        self.dialog_layout = QVBoxLayout(RecoveryKeyDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.intro_label = QLabel(RecoveryKeyDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.intro_label)

        self.key_form = QGridLayout()
        self.key_form.setObjectName(u"key_form")
        self.key_caption_label = QLabel(RecoveryKeyDialog)
        self.key_caption_label.setObjectName(u"key_caption_label")

        self.key_form.addWidget(self.key_caption_label, 0, 0, 1, 1)

        self.key_edit = QLineEdit(RecoveryKeyDialog)
        self.key_edit.setObjectName(u"key_edit")
        self.key_edit.setMaxLength(120)
        self.key_edit.setEchoMode(QLineEdit.PasswordEchoOnEdit)

        self.key_form.addWidget(self.key_edit, 0, 1, 1, 1)

        self.key_form.setColumnStretch(1, 1)

        self.dialog_layout.addLayout(self.key_form)

        self.message_label = QLabel(RecoveryKeyDialog)
        self.message_label.setObjectName(u"message_label")
        self.message_label.setTextFormat(Qt.PlainText)
        self.message_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.message_label)

        self.dialog_spacer = QSpacerItem(20, 12, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialog_layout.addItem(self.dialog_spacer)

        self.button_box = QDialogButtonBox(RecoveryKeyDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.dialog_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.key_caption_label.setBuddy(self.key_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(RecoveryKeyDialog)
    # setupUi

    def retranslateUi(self, RecoveryKeyDialog):
        RecoveryKeyDialog.setWindowTitle(QCoreApplication.translate("RecoveryKeyDialog", u"Open with the recovery key", None))
        self.intro_label.setText(QCoreApplication.translate("RecoveryKeyDialog", u"Type the 64 characters printed on the site's Recovery Kit; dashes and spaces do not matter. You will work as an administrator: reset the passwords that were lost, then sign out and sign in as yourself.", None))
        self.key_caption_label.setText(QCoreApplication.translate("RecoveryKeyDialog", u"Recovery &key:", None))
#if QT_CONFIG(accessibility)
        self.key_edit.setAccessibleName(QCoreApplication.translate("RecoveryKeyDialog", u"Recovery key", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi
