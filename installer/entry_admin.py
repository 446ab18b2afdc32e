"""PyInstaller entry point of the command-line program `lead-desktop-admin` (see lead-desktop.spec)."""

from lead_desktop.cli import main

raise SystemExit(main())
