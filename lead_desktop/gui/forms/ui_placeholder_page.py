# generated — do not edit.
# Compiled from ui/placeholder_page.ui by scripts/build_forms.py (`make forms`); edit the .ui file in Qt Designer instead.

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QLabel, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_PlaceholderPage(object):
    def setupUi(self, PlaceholderPage):
        if not PlaceholderPage.objectName():
            PlaceholderPage.setObjectName(u"PlaceholderPage")
        PlaceholderPage.resize(600, 400)
        self.page_layout = QVBoxLayout(PlaceholderPage)
        self.page_layout.setObjectName(u"page_layout")
        self.title_label = QLabel(PlaceholderPage)
        self.title_label.setObjectName(u"title_label")
        self.title_label.setTextFormat(Qt.PlainText)

        self.page_layout.addWidget(self.title_label)

        self.text_label = QLabel(PlaceholderPage)
        self.text_label.setObjectName(u"text_label")
        self.text_label.setTextFormat(Qt.PlainText)
        self.text_label.setWordWrap(True)

        self.page_layout.addWidget(self.text_label)

        self.page_spacer = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.page_layout.addItem(self.page_spacer)


        self.retranslateUi(PlaceholderPage)
    # setupUi

    def retranslateUi(self, PlaceholderPage):
        pass
    # retranslateUi
