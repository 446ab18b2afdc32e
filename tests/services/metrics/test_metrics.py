"""What holds across services.metrics: a viewer gets aggregates, never a participant's record."""

from __future__ import annotations

import pytest

from lead_desktop.domain.errors import PermissionDenied
from lead_desktop.domain.roles import Role
from lead_desktop.reports import fact_sheet as fact_sheet_pdf
from lead_desktop.services import accounts, metrics, reporting
from tests.helpers import sites as site_helpers
from tests.services.metrics.dataset import PERIOD, TODAY, build_dataset
from tests.services.metrics.helpers import pdf_text

OTHER_PASSWORD = "viewer passphrase 123"


def test_a_viewer_gets_aggregates_but_no_participant_records(site_dir, new_site):
    build_dataset(new_site)
    accounts.add_account(new_site, "pcg", "Pat Council", Role.VIEWER, OTHER_PASSWORD)
    # a viewer reads the numbers staff published (on a laptop too): the administrator opens both once
    metrics.program_numbers(new_site, PERIOD, today=TODAY)
    metrics.fact_sheet_numbers(new_site, today=TODAY)
    new_site.close()
    viewer = site_helpers.sign_in(site_dir, "pcg", OTHER_PASSWORD)
    try:
        data = metrics.program_numbers(viewer, PERIOD, today=TODAY)
        assert data.funnel.total == 9
        sheet = reporting.fact_sheet(viewer, today=TODAY)
        assert sheet.numbers.public
        text = pdf_text(fact_sheet_pdf.pdf_bytes(sheet))
        # 11 referred is shown; 8 enrolled, 5 on the caseload, 2 housed, 2 and 1 linkages are withheld
        assert "11 <11 <11 <11 <11 <11 people referred participants enrolled on the caseload today" in text
        assert "Arrest diversion <11 n<11" in text
        assert "Zoë" not in text
        with pytest.raises(PermissionDenied):
            reporting.find_participant(viewer, "TEST-000001")
    finally:
        viewer.close()
