# generated — do not edit.
# Compiled from ui/lock_screen.ui by scripts/build_forms.py (`make forms`); edit the .ui file in Qt Designer instead.

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QFrame, QGridLayout, QHBoxLayout,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_LockScreen(object):
    def setupUi(self, LockScreen):
        if not LockScreen.objectName():
            LockScreen.setObjectName(u"LockScreen")
        LockScreen.resize(640, 480)
        self.outer_layout = QVBoxLayout(LockScreen)
        self.outer_layout.setObjectName(u"outer_layout")
        self.top_spacer = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.outer_layout.addItem(self.top_spacer)

        self.center_layout = QHBoxLayout()
        self.center_layout.setObjectName(u"center_layout")
        self.left_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.center_layout.addItem(self.left_spacer)

        self.lock_frame = QFrame(LockScreen)
        self.lock_frame.setObjectName(u"lock_frame")
        self.lock_frame.setMinimumSize(QSize(380, 0))
        self.lock_frame.setMaximumSize(QSize(460, 16777215))
        self.lock_frame.setFrameShape(QFrame.StyledPanel)
        self.frame_layout = QVBoxLayout(self.lock_frame)
        self.frame_layout.setSpacing(10)
        self.frame_layout.setObjectName(u"frame_layout")
        self.frame_layout.setContentsMargins(20, 20, 20, 20)
        self.title_label = QLabel(self.lock_frame)
        self.title_label.setObjectName(u"title_label")
        self.title_label.setTextFormat(Qt.PlainText)
        self.title_label.setWordWrap(True)

        self.frame_layout.addWidget(self.title_label)

        self.explanation_label = QLabel(self.lock_frame)
        self.explanation_label.setObjectName(u"explanation_label")
        self.explanation_label.setWordWrap(True)

        self.frame_layout.addWidget(self.explanation_label)

        self.password_form = QGridLayout()
        self.password_form.setObjectName(u"password_form")
        self.password_label = QLabel(self.lock_frame)
        self.password_label.setObjectName(u"password_label")

        self.password_form.addWidget(self.password_label, 0, 0, 1, 1)

        self.password_edit = QLineEdit(self.lock_frame)
        self.password_edit.setObjectName(u"password_edit")
        self.password_edit.setEchoMode(QLineEdit.Password)

        self.password_form.addWidget(self.password_edit, 0, 1, 1, 1)

        self.password_form.setColumnStretch(1, 1)

        self.frame_layout.addLayout(self.password_form)

        self.message_label = QLabel(self.lock_frame)
        self.message_label.setObjectName(u"message_label")
        self.message_label.setTextFormat(Qt.PlainText)
        self.message_label.setWordWrap(True)

        self.frame_layout.addWidget(self.message_label)

        self.countdown_label = QLabel(self.lock_frame)
        self.countdown_label.setObjectName(u"countdown_label")
        self.countdown_label.setTextFormat(Qt.PlainText)
        self.countdown_label.setWordWrap(True)

        self.frame_layout.addWidget(self.countdown_label)

        self.buttons_layout = QHBoxLayout()
        self.buttons_layout.setObjectName(u"buttons_layout")
        self.sign_out_button = QPushButton(self.lock_frame)
        self.sign_out_button.setObjectName(u"sign_out_button")
        self.sign_out_button.setAutoDefault(False)

        self.buttons_layout.addWidget(self.sign_out_button)

        self.buttons_spacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons_layout.addItem(self.buttons_spacer)

        self.keychain_button = QPushButton(self.lock_frame)
        self.keychain_button.setObjectName(u"keychain_button")
        self.keychain_button.setAutoDefault(False)

        self.buttons_layout.addWidget(self.keychain_button)

        self.unlock_button = QPushButton(self.lock_frame)
        self.unlock_button.setObjectName(u"unlock_button")

        self.buttons_layout.addWidget(self.unlock_button)


        self.frame_layout.addLayout(self.buttons_layout)


        self.center_layout.addWidget(self.lock_frame)

        self.right_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.center_layout.addItem(self.right_spacer)


        self.outer_layout.addLayout(self.center_layout)

        self.bottom_spacer = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.outer_layout.addItem(self.bottom_spacer)

#if QT_CONFIG(shortcut)
        self.password_label.setBuddy(self.password_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.password_edit, self.unlock_button)
        QWidget.setTabOrder(self.unlock_button, self.keychain_button)
        QWidget.setTabOrder(self.keychain_button, self.sign_out_button)

        self.retranslateUi(LockScreen)

        self.unlock_button.setDefault(True)

    # setupUi

    def retranslateUi(self, LockScreen):
        self.explanation_label.setText(QCoreApplication.translate("LockScreen", u"LEAD Desktop locked itself so that no records show while nobody is at the computer. Sign in again to go back to where you were.", None))
        self.password_label.setText(QCoreApplication.translate("LockScreen", u"&Password:", None))
#if QT_CONFIG(accessibility)
        self.password_edit.setAccessibleName(QCoreApplication.translate("LockScreen", u"Password", None))
#endif // QT_CONFIG(accessibility)
        self.sign_out_button.setText(QCoreApplication.translate("LockScreen", u"Sign &out instead", None))
        self.keychain_button.setText(QCoreApplication.translate("LockScreen", u"Use &keychain", None))
#if QT_CONFIG(accessibility)
        self.keychain_button.setAccessibleName(QCoreApplication.translate("LockScreen", u"Unlock with this computer's keychain", None))
#endif // QT_CONFIG(accessibility)
        self.unlock_button.setText(QCoreApplication.translate("LockScreen", u"&Unlock", None))
#if QT_CONFIG(accessibility)
        self.unlock_button.setAccessibleName(QCoreApplication.translate("LockScreen", u"Unlock", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi
