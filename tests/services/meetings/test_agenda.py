"""A meeting's agenda (services.meetings.agenda)."""

from __future__ import annotations

import pytest

from lead_desktop.domain.errors import ValidationError
from lead_desktop.services import meetings as mt
from tests.services.governance.helpers import small_owg
from tests.services.meetings.helpers import meeting


def test_agenda_add_reorder_remove(new_site):
    built = small_owg(new_site)
    detail = meeting(new_site, built.body.id)
    ids = [mt.add_agenda_item(new_site, detail.id, {"title": t}).id for t in ("Welcome", "Protocols", "Next steps")]
    order = mt.move_agenda_item(new_site, ids[2], -1)
    assert [r.title for r in order] == ["Welcome", "Next steps", "Protocols"]
    assert [r.position for r in order] == [1, 2, 3]
    assert [r.title for r in mt.move_agenda_item(new_site, ids[0], -5)] == ["Welcome", "Next steps", "Protocols"]
    mt.reorder_agenda(new_site, detail.id, [ids[1], ids[0], ids[2]])
    mt.update_agenda_item(new_site, ids[1], {"title": "Protocol review", "notes": "Draft 3 discussed."})
    mt.remove_agenda_item(new_site, ids[0])
    agenda = mt.get_meeting(new_site, detail.id).agenda
    assert [(r.position, r.title) for r in agenda] == [(1, "Protocol review"), (2, "Next steps")]
    assert agenda[0].notes == "Draft 3 discussed."
    with pytest.raises(ValidationError):
        mt.reorder_agenda(new_site, detail.id, [ids[1]])
