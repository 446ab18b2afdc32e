"""The participant states in the window's colour language: each state's tone (shown with its words).

The tones themselves, and every helper the pages share, live in gui.widgets.
"""

from __future__ import annotations

from lead_desktop.gui.widgets.look import DANGER, MUTED, OK, WARNING

CONSENT_TONES = {"active": OK, "expiring": WARNING, "expired": DANGER, "revoked": MUTED}
STATUS_TONES = {"active": OK, "inactive": WARNING, "unable_to_locate": WARNING, "exited": MUTED}
CASELOAD_TONES = {"ok": OK, "over_average": WARNING, "over_maximum": DANGER}
