"""The hand-counted data set is written exactly as listed."""

from __future__ import annotations

from lead_desktop.services import reporting
from lead_desktop.storage import models as M
from tests.services.metrics.dataset import BASELINES, CONTACTS, PEOPLE, REFERRALS, UNICODE_NAME, build_dataset


def test_the_data_set_is_written_as_listed(new_site):
    ids = build_dataset(new_site)
    with new_site.unit_of_work() as session:
        assert session.query(M.Participant).count() == len(PEOPLE)
        assert session.query(M.Referral).count() == len(REFERRALS)
        assert session.query(M.Contact).count() == len(CONTACTS)
        p3 = session.get(M.Participant, ids["P3"])
        assert (p3.first_name, p3.last_name) == UNICODE_NAME
    assert [b.label for b in reporting.list_baselines(new_site)] == [b.label for b in BASELINES]
