# generated — do not edit.
# Compiled from ui/administration_page.ui by scripts/build_forms.py (`make forms`); edit the .ui file in Qt Designer instead.

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QFormLayout,
    QFrame, QGroupBox, QHBoxLayout, QHeaderView,
    QLabel, QPushButton, QScrollArea, QSizePolicy,
    QSpacerItem, QTabWidget, QTableView, QVBoxLayout,
    QWidget)

from lead_desktop.gui.recovery_panel import RecoveryKeyPanel

class Ui_AdministrationPage(object):
    def setupUi(self, AdministrationPage):
        if not AdministrationPage.objectName():
            AdministrationPage.setObjectName(u"AdministrationPage")
        AdministrationPage.resize(860, 600)
        self.page_layout = QVBoxLayout(AdministrationPage)
        self.page_layout.setObjectName(u"page_layout")
        self.title_label = QLabel(AdministrationPage)
        self.title_label.setObjectName(u"title_label")

        self.page_layout.addWidget(self.title_label)

        self.tabs = QTabWidget(AdministrationPage)
        self.tabs.setObjectName(u"tabs")
        self.accounts_tab = QWidget()
        self.accounts_tab.setObjectName(u"accounts_tab")
        self.accounts_layout = QVBoxLayout(self.accounts_tab)
        self.accounts_layout.setObjectName(u"accounts_layout")
        self.accounts_view = QTableView(self.accounts_tab)
        self.accounts_view.setObjectName(u"accounts_view")
        self.accounts_view.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.accounts_view.setAlternatingRowColors(True)
        self.accounts_view.setSelectionMode(QAbstractItemView.SingleSelection)
        self.accounts_view.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.accounts_view.setSortingEnabled(True)
        self.accounts_view.horizontalHeader().setStretchLastSection(True)
        self.accounts_view.verticalHeader().setVisible(False)

        self.accounts_layout.addWidget(self.accounts_view)

        self.accounts_buttons_layout = QHBoxLayout()
        self.accounts_buttons_layout.setObjectName(u"accounts_buttons_layout")
        self.add_account_button = QPushButton(self.accounts_tab)
        self.add_account_button.setObjectName(u"add_account_button")

        self.accounts_buttons_layout.addWidget(self.add_account_button)

        self.edit_account_button = QPushButton(self.accounts_tab)
        self.edit_account_button.setObjectName(u"edit_account_button")

        self.accounts_buttons_layout.addWidget(self.edit_account_button)

        self.reset_password_button = QPushButton(self.accounts_tab)
        self.reset_password_button.setObjectName(u"reset_password_button")

        self.accounts_buttons_layout.addWidget(self.reset_password_button)

        self.deactivate_button = QPushButton(self.accounts_tab)
        self.deactivate_button.setObjectName(u"deactivate_button")

        self.accounts_buttons_layout.addWidget(self.deactivate_button)

        self.accounts_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.accounts_buttons_layout.addItem(self.accounts_spacer)

        self.show_inactive_checkbox = QCheckBox(self.accounts_tab)
        self.show_inactive_checkbox.setObjectName(u"show_inactive_checkbox")

        self.accounts_buttons_layout.addWidget(self.show_inactive_checkbox)


        self.accounts_layout.addLayout(self.accounts_buttons_layout)

        self.accounts_message_label = QLabel(self.accounts_tab)
        self.accounts_message_label.setObjectName(u"accounts_message_label")
        self.accounts_message_label.setTextFormat(Qt.PlainText)
        self.accounts_message_label.setWordWrap(True)

        self.accounts_layout.addWidget(self.accounts_message_label)

        self.tabs.addTab(self.accounts_tab, "")
        self.audit_tab = QWidget()
        self.audit_tab.setObjectName(u"audit_tab")
        self.audit_layout = QVBoxLayout(self.audit_tab)
        self.audit_layout.setObjectName(u"audit_layout")
        self.audit_buttons_layout = QHBoxLayout()
        self.audit_buttons_layout.setObjectName(u"audit_buttons_layout")
        self.audit_count_label = QLabel(self.audit_tab)
        self.audit_count_label.setObjectName(u"audit_count_label")
        self.audit_count_label.setTextFormat(Qt.PlainText)

        self.audit_buttons_layout.addWidget(self.audit_count_label)

        self.audit_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.audit_buttons_layout.addItem(self.audit_spacer)

        self.refresh_audit_button = QPushButton(self.audit_tab)
        self.refresh_audit_button.setObjectName(u"refresh_audit_button")

        self.audit_buttons_layout.addWidget(self.refresh_audit_button)

        self.check_chain_button = QPushButton(self.audit_tab)
        self.check_chain_button.setObjectName(u"check_chain_button")

        self.audit_buttons_layout.addWidget(self.check_chain_button)


        self.audit_layout.addLayout(self.audit_buttons_layout)

        self.chain_result_label = QLabel(self.audit_tab)
        self.chain_result_label.setObjectName(u"chain_result_label")
        self.chain_result_label.setTextFormat(Qt.PlainText)
        self.chain_result_label.setWordWrap(True)

        self.audit_layout.addWidget(self.chain_result_label)

        self.audit_view = QTableView(self.audit_tab)
        self.audit_view.setObjectName(u"audit_view")
        self.audit_view.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.audit_view.setAlternatingRowColors(True)
        self.audit_view.setSelectionMode(QAbstractItemView.SingleSelection)
        self.audit_view.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.audit_view.horizontalHeader().setStretchLastSection(True)
        self.audit_view.verticalHeader().setVisible(False)

        self.audit_layout.addWidget(self.audit_view)

        self.tabs.addTab(self.audit_tab, "")
        self.settings_tab = QWidget()
        self.settings_tab.setObjectName(u"settings_tab")
        self.settings_layout = QVBoxLayout(self.settings_tab)
        self.settings_layout.setObjectName(u"settings_layout")
        self.settings_intro_label = QLabel(self.settings_tab)
        self.settings_intro_label.setObjectName(u"settings_intro_label")
        self.settings_intro_label.setWordWrap(True)

        self.settings_layout.addWidget(self.settings_intro_label)

        self.settings_scroll = QScrollArea(self.settings_tab)
        self.settings_scroll.setObjectName(u"settings_scroll")
        self.settings_scroll.setFocusPolicy(Qt.NoFocus)
        self.settings_scroll.setFrameShape(QFrame.NoFrame)
        self.settings_scroll.setWidgetResizable(True)
        self.settings_form_widget = QWidget()
        self.settings_form_widget.setObjectName(u"settings_form_widget")
        self.settings_form_widget.setGeometry(QRect(0, 0, 800, 400))
        self.settings_form = QFormLayout(self.settings_form_widget)
        self.settings_form.setObjectName(u"settings_form")
        self.settings_form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.settings_scroll.setWidget(self.settings_form_widget)

        self.settings_layout.addWidget(self.settings_scroll)

        self.logo_group = QGroupBox(self.settings_tab)
        self.logo_group.setObjectName(u"logo_group")
        self.logo_layout = QHBoxLayout(self.logo_group)
        self.logo_layout.setObjectName(u"logo_layout")
        self.logo_preview_label = QLabel(self.logo_group)
        self.logo_preview_label.setObjectName(u"logo_preview_label")
        self.logo_preview_label.setMinimumSize(QSize(120, 60))
        self.logo_preview_label.setFrameShape(QFrame.StyledPanel)
        self.logo_preview_label.setAlignment(Qt.AlignCenter)

        self.logo_layout.addWidget(self.logo_preview_label)

        self.logo_text_layout = QVBoxLayout()
        self.logo_text_layout.setObjectName(u"logo_text_layout")
        self.logo_hint_label = QLabel(self.logo_group)
        self.logo_hint_label.setObjectName(u"logo_hint_label")
        self.logo_hint_label.setWordWrap(True)

        self.logo_text_layout.addWidget(self.logo_hint_label)

        self.logo_buttons_layout = QHBoxLayout()
        self.logo_buttons_layout.setObjectName(u"logo_buttons_layout")
        self.choose_logo_button = QPushButton(self.logo_group)
        self.choose_logo_button.setObjectName(u"choose_logo_button")

        self.logo_buttons_layout.addWidget(self.choose_logo_button)

        self.remove_logo_button = QPushButton(self.logo_group)
        self.remove_logo_button.setObjectName(u"remove_logo_button")

        self.logo_buttons_layout.addWidget(self.remove_logo_button)

        self.logo_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.logo_buttons_layout.addItem(self.logo_spacer)


        self.logo_text_layout.addLayout(self.logo_buttons_layout)

        self.logo_message_label = QLabel(self.logo_group)
        self.logo_message_label.setObjectName(u"logo_message_label")
        self.logo_message_label.setTextFormat(Qt.PlainText)
        self.logo_message_label.setWordWrap(True)

        self.logo_text_layout.addWidget(self.logo_message_label)


        self.logo_layout.addLayout(self.logo_text_layout)


        self.settings_layout.addWidget(self.logo_group)

        self.settings_buttons_layout = QHBoxLayout()
        self.settings_buttons_layout.setObjectName(u"settings_buttons_layout")
        self.settings_status_label = QLabel(self.settings_tab)
        self.settings_status_label.setObjectName(u"settings_status_label")
        self.settings_status_label.setTextFormat(Qt.PlainText)
        self.settings_status_label.setWordWrap(True)

        self.settings_buttons_layout.addWidget(self.settings_status_label)

        self.settings_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.settings_buttons_layout.addItem(self.settings_spacer)

        self.save_settings_button = QPushButton(self.settings_tab)
        self.save_settings_button.setObjectName(u"save_settings_button")

        self.settings_buttons_layout.addWidget(self.save_settings_button)


        self.settings_layout.addLayout(self.settings_buttons_layout)

        self.tabs.addTab(self.settings_tab, "")
        self.backups_tab = QWidget()
        self.backups_tab.setObjectName(u"backups_tab")
        self.backups_layout = QVBoxLayout(self.backups_tab)
        self.backups_layout.setObjectName(u"backups_layout")
        self.backups_status_label = QLabel(self.backups_tab)
        self.backups_status_label.setObjectName(u"backups_status_label")
        self.backups_status_label.setTextFormat(Qt.PlainText)
        self.backups_status_label.setWordWrap(True)

        self.backups_layout.addWidget(self.backups_status_label)

        self.backups_view = QTableView(self.backups_tab)
        self.backups_view.setObjectName(u"backups_view")
        self.backups_view.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.backups_view.setAlternatingRowColors(True)
        self.backups_view.setSelectionMode(QAbstractItemView.SingleSelection)
        self.backups_view.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.backups_view.setSortingEnabled(True)
        self.backups_view.setTabKeyNavigation(False)
        self.backups_view.horizontalHeader().setStretchLastSection(True)
        self.backups_view.verticalHeader().setVisible(False)

        self.backups_layout.addWidget(self.backups_view)

        self.backups_buttons_layout = QHBoxLayout()
        self.backups_buttons_layout.setObjectName(u"backups_buttons_layout")
        self.back_up_now_button = QPushButton(self.backups_tab)
        self.back_up_now_button.setObjectName(u"back_up_now_button")

        self.backups_buttons_layout.addWidget(self.back_up_now_button)

        self.verify_backup_button = QPushButton(self.backups_tab)
        self.verify_backup_button.setObjectName(u"verify_backup_button")

        self.backups_buttons_layout.addWidget(self.verify_backup_button)

        self.restore_backup_button = QPushButton(self.backups_tab)
        self.restore_backup_button.setObjectName(u"restore_backup_button")

        self.backups_buttons_layout.addWidget(self.restore_backup_button)

        self.backups_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.backups_buttons_layout.addItem(self.backups_spacer)

        self.restore_file_button = QPushButton(self.backups_tab)
        self.restore_file_button.setObjectName(u"restore_file_button")

        self.backups_buttons_layout.addWidget(self.restore_file_button)

        self.reload_backups_button = QPushButton(self.backups_tab)
        self.reload_backups_button.setObjectName(u"reload_backups_button")

        self.backups_buttons_layout.addWidget(self.reload_backups_button)


        self.backups_layout.addLayout(self.backups_buttons_layout)

        self.backups_message_label = QLabel(self.backups_tab)
        self.backups_message_label.setObjectName(u"backups_message_label")
        self.backups_message_label.setTextFormat(Qt.PlainText)
        self.backups_message_label.setWordWrap(True)

        self.backups_layout.addWidget(self.backups_message_label)

        self.tabs.addTab(self.backups_tab, "")
        self.security_tab = QWidget()
        self.security_tab.setObjectName(u"security_tab")
        self.security_layout = QVBoxLayout(self.security_tab)
        self.security_layout.setObjectName(u"security_layout")
        self.rotate_heading_label = QLabel(self.security_tab)
        self.rotate_heading_label.setObjectName(u"rotate_heading_label")

        self.security_layout.addWidget(self.rotate_heading_label)

        self.rotate_warning_label = QLabel(self.security_tab)
        self.rotate_warning_label.setObjectName(u"rotate_warning_label")
        self.rotate_warning_label.setWordWrap(True)

        self.security_layout.addWidget(self.rotate_warning_label)

        self.rotate_layout = QHBoxLayout()
        self.rotate_layout.setObjectName(u"rotate_layout")
        self.rotate_button = QPushButton(self.security_tab)
        self.rotate_button.setObjectName(u"rotate_button")

        self.rotate_layout.addWidget(self.rotate_button)

        self.rotate_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.rotate_layout.addItem(self.rotate_spacer)


        self.security_layout.addLayout(self.rotate_layout)

        self.rotate_message_label = QLabel(self.security_tab)
        self.rotate_message_label.setObjectName(u"rotate_message_label")
        self.rotate_message_label.setTextFormat(Qt.PlainText)
        self.rotate_message_label.setWordWrap(True)

        self.security_layout.addWidget(self.rotate_message_label)

        self.new_key_panel = RecoveryKeyPanel(self.security_tab)
        self.new_key_panel.setObjectName(u"new_key_panel")

        self.security_layout.addWidget(self.new_key_panel)

        self.hide_key_layout = QHBoxLayout()
        self.hide_key_layout.setObjectName(u"hide_key_layout")
        self.hide_key_button = QPushButton(self.security_tab)
        self.hide_key_button.setObjectName(u"hide_key_button")

        self.hide_key_layout.addWidget(self.hide_key_button)

        self.hide_key_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.hide_key_layout.addItem(self.hide_key_spacer)


        self.security_layout.addLayout(self.hide_key_layout)

        self.security_spacer = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.security_layout.addItem(self.security_spacer)

        self.tabs.addTab(self.security_tab, "")

        self.page_layout.addWidget(self.tabs)


        self.retranslateUi(AdministrationPage)

        self.tabs.setCurrentIndex(0)

    # setupUi

    def retranslateUi(self, AdministrationPage):
        self.title_label.setText(QCoreApplication.translate("AdministrationPage", u"Administration", None))
#if QT_CONFIG(accessibility)
        self.tabs.setAccessibleName(QCoreApplication.translate("AdministrationPage", u"Administration tabs", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.accounts_view.setAccessibleName(QCoreApplication.translate("AdministrationPage", u"Staff accounts", None))
#endif // QT_CONFIG(accessibility)
        self.add_account_button.setText(QCoreApplication.translate("AdministrationPage", u"A&dd\u2026", None))
#if QT_CONFIG(accessibility)
        self.add_account_button.setAccessibleName(QCoreApplication.translate("AdministrationPage", u"Add an account", None))
#endif // QT_CONFIG(accessibility)
        self.edit_account_button.setText(QCoreApplication.translate("AdministrationPage", u"&Edit\u2026", None))
#if QT_CONFIG(accessibility)
        self.edit_account_button.setAccessibleName(QCoreApplication.translate("AdministrationPage", u"Edit the selected account", None))
#endif // QT_CONFIG(accessibility)
        self.reset_password_button.setText(QCoreApplication.translate("AdministrationPage", u"&Reset password\u2026", None))
#if QT_CONFIG(accessibility)
        self.reset_password_button.setAccessibleName(QCoreApplication.translate("AdministrationPage", u"Reset the selected account's password", None))
#endif // QT_CONFIG(accessibility)
        self.deactivate_button.setText(QCoreApplication.translate("AdministrationPage", u"Deac&tivate\u2026", None))
#if QT_CONFIG(accessibility)
        self.deactivate_button.setAccessibleName(QCoreApplication.translate("AdministrationPage", u"Deactivate the selected account", None))
#endif // QT_CONFIG(accessibility)
        self.show_inactive_checkbox.setText(QCoreApplication.translate("AdministrationPage", u"Show deacti&vated accounts", None))
#if QT_CONFIG(accessibility)
        self.show_inactive_checkbox.setAccessibleName(QCoreApplication.translate("AdministrationPage", u"Show deactivated accounts", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.accounts_tab), QCoreApplication.translate("AdministrationPage", u"Accounts", None))
        self.refresh_audit_button.setText(QCoreApplication.translate("AdministrationPage", u"&Refresh", None))
#if QT_CONFIG(accessibility)
        self.refresh_audit_button.setAccessibleName(QCoreApplication.translate("AdministrationPage", u"Refresh the audit log", None))
#endif // QT_CONFIG(accessibility)
        self.check_chain_button.setText(QCoreApplication.translate("AdministrationPage", u"&Check audit chain", None))
#if QT_CONFIG(accessibility)
        self.check_chain_button.setAccessibleName(QCoreApplication.translate("AdministrationPage", u"Check audit chain", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.audit_view.setAccessibleName(QCoreApplication.translate("AdministrationPage", u"Audit log entries", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.audit_tab), QCoreApplication.translate("AdministrationPage", u"Audit log", None))
        self.settings_intro_label.setText(QCoreApplication.translate("AdministrationPage", u"These settings apply to everyone who uses this site. Every change is written to the audit log.", None))
        self.logo_group.setTitle(QCoreApplication.translate("AdministrationPage", u"Site logo", None))
#if QT_CONFIG(accessibility)
        self.logo_preview_label.setAccessibleName(QCoreApplication.translate("AdministrationPage", u"Logo preview", None))
#endif // QT_CONFIG(accessibility)
        self.logo_hint_label.setText(QCoreApplication.translate("AdministrationPage", u"Printed on the fact sheet. A PNG or JPEG image of at most 1 MB, kept inside the encrypted site file.", None))
        self.choose_logo_button.setText(QCoreApplication.translate("AdministrationPage", u"Choose &logo\u2026", None))
#if QT_CONFIG(accessibility)
        self.choose_logo_button.setAccessibleName(QCoreApplication.translate("AdministrationPage", u"Choose a logo image", None))
#endif // QT_CONFIG(accessibility)
        self.remove_logo_button.setText(QCoreApplication.translate("AdministrationPage", u"Remo&ve logo", None))
#if QT_CONFIG(accessibility)
        self.remove_logo_button.setAccessibleName(QCoreApplication.translate("AdministrationPage", u"Remove the logo", None))
#endif // QT_CONFIG(accessibility)
        self.save_settings_button.setText(QCoreApplication.translate("AdministrationPage", u"&Save settings", None))
#if QT_CONFIG(accessibility)
        self.save_settings_button.setAccessibleName(QCoreApplication.translate("AdministrationPage", u"Save settings", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.settings_tab), QCoreApplication.translate("AdministrationPage", u"Site settings", None))
#if QT_CONFIG(accessibility)
        self.backups_view.setAccessibleName(QCoreApplication.translate("AdministrationPage", u"Backups found", None))
#endif // QT_CONFIG(accessibility)
        self.back_up_now_button.setText(QCoreApplication.translate("AdministrationPage", u"Back &up now", None))
#if QT_CONFIG(accessibility)
        self.back_up_now_button.setAccessibleName(QCoreApplication.translate("AdministrationPage", u"Back up now", None))
#endif // QT_CONFIG(accessibility)
        self.verify_backup_button.setText(QCoreApplication.translate("AdministrationPage", u"&Verify", None))
#if QT_CONFIG(accessibility)
        self.verify_backup_button.setAccessibleName(QCoreApplication.translate("AdministrationPage", u"Verify the selected backup", None))
#endif // QT_CONFIG(accessibility)
        self.restore_backup_button.setText(QCoreApplication.translate("AdministrationPage", u"&Restore\u2026", None))
#if QT_CONFIG(accessibility)
        self.restore_backup_button.setAccessibleName(QCoreApplication.translate("AdministrationPage", u"Restore the selected backup", None))
#endif // QT_CONFIG(accessibility)
        self.restore_file_button.setText(QCoreApplication.translate("AdministrationPage", u"&Open restore from file\u2026", None))
#if QT_CONFIG(accessibility)
        self.restore_file_button.setAccessibleName(QCoreApplication.translate("AdministrationPage", u"Open restore from file", None))
#endif // QT_CONFIG(accessibility)
        self.reload_backups_button.setText(QCoreApplication.translate("AdministrationPage", u"Re&load", None))
#if QT_CONFIG(accessibility)
        self.reload_backups_button.setAccessibleName(QCoreApplication.translate("AdministrationPage", u"Reload the list of backups", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.backups_tab), QCoreApplication.translate("AdministrationPage", u"Backups", None))
        self.rotate_heading_label.setText(QCoreApplication.translate("AdministrationPage", u"Change the site's master key", None))
        self.rotate_warning_label.setText(QCoreApplication.translate("AdministrationPage", u"This re-encrypts the whole site file under a new key. The current recovery key \u2014 and every Recovery Kit printed so far \u2014 stops working at once, and backups made before today still need the old key. Do this only when the recovery key may have been seen by someone who should not have it, and print the new Recovery Kit straight away.", None))
        self.rotate_button.setText(QCoreApplication.translate("AdministrationPage", u"Change the master &key\u2026", None))
#if QT_CONFIG(accessibility)
        self.rotate_button.setAccessibleName(QCoreApplication.translate("AdministrationPage", u"Change the master key", None))
#endif // QT_CONFIG(accessibility)
        self.hide_key_button.setText(QCoreApplication.translate("AdministrationPage", u"I have stored the new key \u2014 h&ide it", None))
#if QT_CONFIG(accessibility)
        self.hide_key_button.setAccessibleName(QCoreApplication.translate("AdministrationPage", u"I have stored the new key; hide it", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.security_tab), QCoreApplication.translate("AdministrationPage", u"Security", None))
        pass
    # retranslateUi
