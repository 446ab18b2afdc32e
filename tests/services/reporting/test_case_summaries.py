"""Case summaries (services.reporting.case_summaries): the 42 CFR 2.32 notice, the consent that covers
sharing, the disclosure log."""

from __future__ import annotations

import json
import os
from datetime import date, timedelta

import pytest

from lead_desktop.domain.audit import AuditAction
from lead_desktop.services import audit, participants, reporting, settings
from tests.services.reporting.helpers import pdf_text

NOTICE_START = "This record which has been disclosed to you is protected by Federal confidentiality rules"
NOTICE_END = "to further use or redisclose the record (see 42 CFR 2.31)."
RECIPIENT = "Łódź Public Defender Office"


def consent(site, pid: str, *, sud: bool, recipients: str = RECIPIENT, signed: date | None = None,  # noqa: ANN001
            expires: date | None = None) -> str:
    today = date.today()
    return participants.add_record(site, "consent", pid, {
        "consent_type": "part2" if sud else "lead_multi_party", "sud": sud,
        "disclosing_party": "LEAD case management", "recipients": recipients,
        "information": ["case_plan", "substance_use"] if sud else ["case_plan"], "purpose": "Care coordination",
        "right_to_revoke_explained": True, "signer": "participant",
        "signed_on": signed or today - timedelta(days=30), "expires_on": expires or today + timedelta(days=300),
    }).id


def summary(site, pid: str, path, **kwargs) -> reporting.ExportResult:  # noqa: ANN001
    fmt = kwargs.pop("fmt", "pdf")
    request = reporting.ExportRequest("case-summary", fmt, participant_id=pid, recipient=kwargs.pop("recipient", RECIPIENT),
                                      purpose="Court coordination", **kwargs)
    return reporting.export(site, request, path)


def disclosures(site, pid: str) -> list:  # noqa: ANN001
    return participants.list_records(site, "disclosure", pid)


def test_sud_information_prints_the_notice_and_logs_the_disclosure_under_the_consent(site, out):
    pid = site.ids["P3"]  # Zoë Ñandú-Łukasz
    participants.add_record(site, "service", pid, {"service_type": "sud_treatment", "provider": "Bridge Recovery",
                                                   "referred_on": date(2025, 3, 1), "outcome": "1"})
    consent_id = consent(site, pid, sud=True, recipients="Police department\nŁódź Public Defender Office")
    check = reporting.check_case_summary(site, pid, RECIPIENT)
    assert check.includes_sud and check.notice and check.covering is not None and check.covering.id == consent_id

    result = summary(site, pid, out / "s.pdf")
    assert result.notice and result.disclosure_id
    text = pdf_text(out / "s.pdf")
    assert NOTICE_START in text and NOTICE_END in text
    assert "Notice to the recipient — 42 CFR 2.32" in text
    assert "Zoë Ñandú-Łukasz" in text and "TEST-000003" in text
    assert "CONFIDENTIAL" in text and "SUD treatment" in text and "Bridge Recovery" in text
    assert "Consent this disclosure is made under: 42 CFR Part 2 consent" in text
    (entry,) = disclosures(site, pid)
    assert entry.id == result.disclosure_id
    assert entry.values["recipient"] == RECIPIENT and entry.values["consent_id"] == consent_id
    assert entry.values["information"] == "Case summary including substance-use-disorder information"
    assert entry.values["reason_without_consent"] is None and entry.values["disclosed_on"] == date.today()
    export = next(e for e in audit.list_entries(site, limit=50) if e.action == AuditAction.EXPORT.value)
    assert export.entity_type == "participant" and export.entity_id == pid
    assert export.detail == {"kind": "case-summary", "format": "pdf", "disclosure": entry.id, "sud": True}
    assert "Zoë" not in json.dumps(export.detail, ensure_ascii=False)


def test_no_sud_information_no_notice(site, out):
    pid = site.ids["P2"]  # a medical linkage only, no assessment, no Part 2 consent
    consent_id = consent(site, pid, sud=False)
    check = reporting.check_case_summary(site, pid, RECIPIENT)
    assert not check.includes_sud and not check.notice and check.covering.id == consent_id
    result = summary(site, pid, out / "s.pdf")
    text = pdf_text(out / "s.pdf")
    assert not result.notice and NOTICE_START not in text and "42 CFR" not in text
    assert "This summary contains no substance-use-disorder information." in text
    (entry,) = disclosures(site, pid)
    assert entry.values["information"] == "Case summary" and entry.values["consent_id"] == consent_id


@pytest.mark.parametrize("what", ["assessment", "goal", "consent"])
def test_each_kind_of_sud_information_counts(site, what):
    pid = site.ids["P2"]
    if what == "assessment":
        participants.add_record(site, "assessment", pid, {"assessed_on": date(2025, 2, 1), "need_substance_use": "high"})
    elif what == "goal":
        participants.add_record(site, "goal", pid, {"goal": "Try detox again", "domain": "substance_use",
                                                    "status": "open", "set_on": date(2025, 2, 1)})
    else:
        consent(site, pid, sud=True, recipients="Somebody else")
    assert reporting.check_case_summary(site, pid, RECIPIENT).includes_sud
    assert not reporting.check_case_summary(site, pid, RECIPIENT, include_sud=False).includes_sud


def test_leaving_sud_information_out_leaves_out_the_notice_and_the_items(site, out):
    pid = site.ids["P1"]  # has an SUD-treatment linkage (client rejected) and a housing linkage
    participants.add_record(site, "assessment", pid, {"assessed_on": date(2025, 2, 1), "need_substance_use": "high",
                                                      "need_housing": "moderate"})
    consent(site, pid, sud=False)
    result = summary(site, pid, out / "s.pdf", include_sud=False)
    text = pdf_text(out / "s.pdf")
    assert not result.notice and NOTICE_START not in text
    assert "SUD treatment" not in text and "Substance use" not in text
    assert "Housing: Moderate" in text  # the rest of the assessment stays
    assert disclosures(site, pid)[0].values["information"] == "Case summary"


def test_without_a_covering_consent_the_program_warns_and_needs_a_reason(site, out):
    pid = site.ids["P1"]
    consent(site, pid, sud=False)  # names the recipient, but P1's summary has SUD information
    consent(site, pid, sud=True, recipients="Police department")  # SUD, but another recipient
    consent(site, pid, sud=True, expires=date.today() - timedelta(days=1),
            signed=date.today() - timedelta(days=90))  # expired
    check = reporting.check_case_summary(site, pid, RECIPIENT)
    assert check.needs_reason and check.covering is None and len(check.consents) == 2
    with pytest.raises(reporting.ConsentNeeded):
        summary(site, pid, out / "s.pdf")
    assert os.listdir(out) == [] and disclosures(site, pid) == []
    result = summary(site, pid, out / "s.pdf", reason="Court hearing tomorrow; participant asked by phone")
    assert result.notice
    (entry,) = disclosures(site, pid)
    assert entry.values["consent_id"] is None
    assert entry.values["reason_without_consent"] == "Court hearing tomorrow; participant asked by phone"
    assert "Disclosed without a covering consent. Reason recorded: Court hearing tomorrow" in pdf_text(out / "s.pdf")


def test_a_chosen_consent_that_does_not_cover_still_needs_a_reason(site, out):
    pid = site.ids["P1"]
    other = consent(site, pid, sud=True, recipients="Police department")
    with pytest.raises(reporting.ConsentNeeded):
        summary(site, pid, out / "s.pdf", consent_id=other)
    summary(site, pid, out / "s.pdf", consent_id=other, reason="Named in court order 25-123")
    (entry,) = disclosures(site, pid)
    assert entry.values["consent_id"] == other and entry.values["reason_without_consent"]
    with pytest.raises(Exception) as info:
        summary(site, pid, out / "t.pdf", consent_id="not-a-consent", reason="x")
    assert "consent" in str(info.value).lower()


def test_part2_switched_off_prints_no_notice_and_any_release_covers(site, out):
    settings.set_setting(site, "part2_enabled", False)
    pid = site.ids["P1"]
    consent(site, pid, sud=False)
    check = reporting.check_case_summary(site, pid, RECIPIENT)
    assert check.includes_sud and not check.part2 and not check.notice and check.covering is not None
    result = summary(site, pid, out / "s.pdf")
    assert not result.notice and NOTICE_START not in pdf_text(out / "s.pdf")


def test_csv_and_json_of_a_summary_carry_the_notice_too(site, out):
    pid = site.ids["P1"]
    consent(site, pid, sud=True)
    summary(site, pid, out / "s.csv", fmt="csv")
    summary(site, pid, out / "s.json", fmt="json")
    assert NOTICE_START in (out / "s.csv").read_text(encoding="utf-8-sig")
    doc = json.loads((out / "s.json").read_text(encoding="utf-8"))
    assert doc["notice_42_cfr_2_32"].startswith(NOTICE_START) and doc["summary"]["redisclosure_notice"] is True
    assert len(disclosures(site, pid)) == 2


def test_cancelled_summary_logs_no_disclosure(site, out):
    pid = site.ids["P1"]
    consent(site, pid, sud=True)
    seen: list[int] = []
    with pytest.raises(reporting.ExportCancelled):
        reporting.export(site, reporting.ExportRequest("case-summary", "pdf", participant_id=pid, recipient=RECIPIENT),
                         out / "s.pdf", progress=seen.append, cancelled=lambda: bool(seen) and seen[-1] >= 45)
    assert os.listdir(out) == [] and disclosures(site, pid) == []


def test_find_participant_by_lead_number(site):
    assert reporting.find_participant(site, " test-000003 ") == site.ids["P3"]
    with pytest.raises(participants.RecordNotFound):
        reporting.find_participant(site, "TEST-999999")
