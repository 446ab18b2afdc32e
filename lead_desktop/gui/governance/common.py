"""What the governance and meetings pages share: role names, the live rule sentence, the states' tones.

States are shown as text AND colour (an expiring term says "ends in 20 days" in the warning colour),
so nothing depends on colour alone. Tables, buttons and messages come from gui.widgets.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from lead_desktop.domain import governance as G
from lead_desktop.gui.widgets.look import DANGER, MUTED, NOTICE, OK, WARNING
from lead_desktop.gui.widgets.text import vocab_label
from lead_desktop.services import meetings as mt

MINUTES_TONES = {"draft": WARNING, "circulated": NOTICE, "approved": OK, "locked": OK}
ATTENDANCE_TONES = {"present": OK, "alternate": OK, "excused": MUTED, "absent": DANGER, None: WARNING}
ACTION_TONES = {"open": NOTICE, "in_progress": NOTICE, "done": OK, "dropped": MUTED}
TERM_TONES = {"expiring": WARNING, "future": NOTICE, "ended": MUTED}


def tr(text: str) -> str:
    """Translate a template marked elsewhere with QT_TRANSLATE_NOOP("governance", …)."""
    return QCoreApplication.translate("governance", text)


def role_text(code: str) -> str:
    if code == "guest":
        return QCoreApplication.translate("governance", "Guest")
    return vocab_label(G.MEMBERSHIP_ROLE, code)


def rule_text(view: mt.RuleView) -> str:
    """The body's rule applied to the attendance, translated (templates live in the "governance" context)."""
    parts = [tr(view.template).format(**view.params)]
    parts += [tr(template).format(**params) for template, params in view.details]
    return " ".join(parts)
