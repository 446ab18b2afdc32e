"""Qt window layer: pages, dialogs, table models and widgets (imported only by lead_desktop.app)."""
