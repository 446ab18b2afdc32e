"""Column mappings saved by name (services.exchange.mappings)."""

from __future__ import annotations

import pytest

from lead_desktop.domain import exchange as X
from lead_desktop.domain.errors import ValidationError
from lead_desktop.services import exchange as ex


def test_mappings_are_saved_reused_and_deleted(new_site, tmp_path):
    mapping = X.ColumnMapping("contacts", (("When", "at"), ("Who", "lead_number")), X.DAY_FIRST)
    ex.save_mapping(new_site, "  Old   outreach sheet ", mapping)
    assert [m.name for m in ex.list_mappings(new_site, "contacts")] == ["Old outreach sheet"]
    assert ex.list_mappings(new_site, "participants") == []
    assert ex.get_mapping(new_site, "Old outreach sheet").mapped == mapping.mapped
    changed = mapping.with_column("Kind", "contact_type")
    ex.save_mapping(new_site, "Old outreach sheet", changed)
    assert ex.load_mapping(new_site, "Old outreach sheet").mapped["contact_type"] == "Kind"
    file = tmp_path / "mapping.json"
    file.write_text(changed.to_json(), encoding="utf-8")
    assert ex.load_mapping(new_site, str(file)).date_order == X.DAY_FIRST
    ex.delete_mapping(new_site, "Old outreach sheet")
    with pytest.raises(ValidationError):
        ex.get_mapping(new_site, "Old outreach sheet")
    with pytest.raises(ValidationError):
        ex.save_mapping(new_site, "   ", mapping)
