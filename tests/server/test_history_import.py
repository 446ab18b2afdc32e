"""A site's history imported into a site on the shared PostgreSQL server: the same numbers as on a laptop,
the server's own audit trigger numbering the bulk entries, and a second run creating nothing."""

from __future__ import annotations

from datetime import date

from lead_desktop.services import audit as audit_service
from lead_desktop.services import exchange as ex
from lead_desktop.services import metrics
from tests.services.exchange.helpers import counts, history_mapping, sample_history


def test_a_history_comes_in_on_the_server_as_on_a_laptop(server_site_session):
    site = server_site_session
    files = sample_history()
    result = ex.run_history_import(site, files, history_mapping(files))
    assert result.committed and dict(result.created) == {"people": 8, "referrals": 14, "contacts": 19}
    assert counts(site) == (8, 14, 19)
    q1 = metrics.program_numbers(site, metrics.custom_period(date(2026, 1, 1), date(2026, 3, 31)))
    assert q1.enrollments == 2 and q1.engagement.contacts == 6 and q1.funnel.total == 6
    assert audit_service.verify_chain(site).ok
    again = ex.run_history_import(site, files, history_mapping(files))
    assert dict(again.created) == {"people": 0, "referrals": 0, "contacts": 0} and counts(site) == (8, 14, 19)
