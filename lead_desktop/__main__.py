"""`python -m lead_desktop` starts the window program."""

from lead_desktop.app import main

if __name__ == "__main__":
    raise SystemExit(main())
