"""python -m lead_desktop.cli: the same program as lead-desktop-admin."""

import sys

from lead_desktop.cli.program import main

sys.exit(main())
