# generated — do not edit.
# Compiled from ui/recovery_key_panel.ui by scripts/build_forms.py (`make forms`); edit the .ui file in Qt Designer instead.

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QFrame, QHBoxLayout, QLabel,
    QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_RecoveryKeyPanel(object):
    def setupUi(self, RecoveryKeyPanel):
        if not RecoveryKeyPanel.objectName():
            RecoveryKeyPanel.setObjectName(u"RecoveryKeyPanel")
        RecoveryKeyPanel.resize(560, 260)
        self.panel_layout = QVBoxLayout(RecoveryKeyPanel)
        self.panel_layout.setSpacing(10)
        self.panel_layout.setObjectName(u"panel_layout")
        self.panel_layout.setContentsMargins(0, 0, 0, 0)
        self.key_label = QLabel(RecoveryKeyPanel)
        self.key_label.setObjectName(u"key_label")
        self.key_label.setFrameShape(QFrame.StyledPanel)
        self.key_label.setTextFormat(Qt.PlainText)
        self.key_label.setAlignment(Qt.AlignCenter)
        self.key_label.setMargin(12)
        self.key_label.setTextInteractionFlags(Qt.TextSelectableByKeyboard|Qt.TextSelectableByMouse)

        self.panel_layout.addWidget(self.key_label)

        self.what_label = QLabel(RecoveryKeyPanel)
        self.what_label.setObjectName(u"what_label")
        self.what_label.setWordWrap(True)

        self.panel_layout.addWidget(self.what_label)

        self.kit_layout = QHBoxLayout()
        self.kit_layout.setObjectName(u"kit_layout")
        self.save_kit_button = QPushButton(RecoveryKeyPanel)
        self.save_kit_button.setObjectName(u"save_kit_button")

        self.kit_layout.addWidget(self.save_kit_button)

        self.kit_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.kit_layout.addItem(self.kit_spacer)


        self.panel_layout.addLayout(self.kit_layout)

        self.kit_status_label = QLabel(RecoveryKeyPanel)
        self.kit_status_label.setObjectName(u"kit_status_label")
        self.kit_status_label.setTextFormat(Qt.PlainText)
        self.kit_status_label.setWordWrap(True)

        self.panel_layout.addWidget(self.kit_status_label)


        self.retranslateUi(RecoveryKeyPanel)
    # setupUi

    def retranslateUi(self, RecoveryKeyPanel):
#if QT_CONFIG(accessibility)
        self.key_label.setAccessibleName(QCoreApplication.translate("RecoveryKeyPanel", u"Recovery key", None))
#endif // QT_CONFIG(accessibility)
        self.what_label.setText(QCoreApplication.translate("RecoveryKeyPanel", u"This key opens the site when every password is lost or the site's key file is gone. Anyone who has it can read every record. Keep it printed and locked away \u2014 not on this computer and not in email.", None))
        self.save_kit_button.setText(QCoreApplication.translate("RecoveryKeyPanel", u"&Save Recovery Kit PDF\u2026", None))
#if QT_CONFIG(accessibility)
        self.save_kit_button.setAccessibleName(QCoreApplication.translate("RecoveryKeyPanel", u"Save Recovery Kit PDF", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi
