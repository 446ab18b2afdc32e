"""Organisations (services.governance.organisations)."""

from __future__ import annotations

import pytest

from lead_desktop.domain.errors import ValidationError
from tests.services.governance.helpers import org


def test_duplicate_organisation_name_is_refused(new_site):
    org(new_site, "Harbor Housing")
    with pytest.raises(ValidationError) as caught:
        org(new_site, "harbor housing")
    assert caught.value.field == "name"
