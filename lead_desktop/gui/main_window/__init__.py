"""The main window: window.py (navigation, pages, menus, status bar, other people's changes), locking.py
(locking and unlocking), backups.py (automatic backups, Back up site… and restoring)."""

from lead_desktop.gui.main_window.window import MainWindow

__all__ = ["MainWindow"]
