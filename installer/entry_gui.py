"""PyInstaller entry point of the window program `lead-desktop` (see lead-desktop.spec)."""

from lead_desktop.app import main

raise SystemExit(main())
