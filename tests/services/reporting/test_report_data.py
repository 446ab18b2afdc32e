"""The governance documents (services.reporting.report_data): minutes, roster and meeting packet,
never carrying case-conference notes."""

from __future__ import annotations

import csv
import io
import json
from datetime import date, datetime, timedelta

import pytest

from lead_desktop.services import reporting
from lead_desktop.services import governance as gov
from lead_desktop.services import meetings as mt
from tests.services.metrics.dataset import build_dataset
from tests.services.reporting.helpers import pdf_text

MEMBER = "Łucja Zając-Ñúñez"
ORG = "Défense Publique Łódź"
EVIL_ACTION = '=HYPERLINK("http://evil","click")'
CASE_NOTES = "Secret plan for Zoë: detox bed at Bridge"


@pytest.fixture
def governed(new_site):
    """Two PCG meetings (the second approves the first's minutes) and an OWG meeting with case conferencing."""
    site = new_site
    ids = build_dataset(site)
    today = date.today()
    org = gov.create_organization(site, {"name": ORG, "short_name": "DPL", "kind": "defense"})
    police = gov.create_organization(site, {"name": "Police Department", "short_name": "PD", "kind": "law_enforcement"})
    person = gov.create_person(site, {"full_name": MEMBER, "organisation_id": org.id, "title": "Chief Defender"})
    officer = gov.create_person(site, {"full_name": "Sam Officer", "organisation_id": police.id})
    pcg = gov.create_body(site, {"name": "Policy Coordinating Group", "kind": "pcg", "rule": "quorum_count",
                                 "quorum_count": 1, "meets": "First Thursday", "purpose": "Sets LEAD policy."})
    gov.add_seat(site, pcg.id, {"organisation_id": org.id, "seats": 1})
    gov.add_seat(site, pcg.id, {"organisation_id": police.id, "seats": 2})
    chair = gov.add_membership(site, pcg.id, {"person_id": person.id, "role": "chair",
                                              "term_start": today - timedelta(days=100),
                                              "term_end": today + timedelta(days=30), "decision_authority": True})
    first = mt.create_meeting(site, pcg.id, {"starts_at": datetime.combine(today - timedelta(days=40), datetime.min.time())
                                             + timedelta(hours=15), "place": "Salle Ñandú"})
    mt.set_attendance(site, first.id, chair.id, "present")
    agenda = mt.add_agenda_item(site, first.id, {"title": "Intake deadline", "presenter": MEMBER})
    mt.add_decision(site, first.id, {"text": "Set the intake deadline to 14 days.", "agenda_item_id": agenda.id,
                                     "method": "vote", "votes_for": 5, "votes_against": 1, "votes_abstain": 0,
                                     "outcome": "adopted", "mover": MEMBER, "seconder": "Sam Officer"})
    mt.add_action_item(site, first.id, {"description": EVIL_ACTION, "owner": MEMBER, "due_on": today + timedelta(days=5)})
    second = mt.create_meeting(site, pcg.id, {"starts_at": datetime.combine(today - timedelta(days=10), datetime.min.time())
                                              + timedelta(hours=15)})
    mt.add_agenda_item(site, second.id, {"title": "Evaluation plan"})
    third = mt.create_meeting(site, pcg.id, {"starts_at": datetime.combine(today + timedelta(days=20), datetime.min.time())
                                             + timedelta(hours=15)})
    mt.add_agenda_item(site, third.id, {"title": "Budget for next year", "presenter": "Sam Officer"})
    owg = gov.create_body(site, {"name": "Operational Work Group", "kind": "owg", "rule": "quorum_count",
                                 "quorum_count": 1})
    gov.add_membership(site, owg.id, {"person_id": officer.id, "role": "member", "term_start": today - timedelta(days=50),
                                      "confidentiality_signed_on": today - timedelta(days=50)})
    conference = mt.create_meeting(site, owg.id, {"starts_at": datetime.combine(today - timedelta(days=3),
                                                                                datetime.min.time())})
    mt.add_agenda_item(site, conference.id, {"title": "Operations"})
    mt.add_case_item(site, conference.id, {"participant_id": ids["P3"], "notes": CASE_NOTES,
                                           "follow_up": "Call TEST-000003"})
    return site, {"pcg": pcg.id, "owg": owg.id, "first": first.id, "second": second.id, "third": third.id,
                  "conference": conference.id, "chair": chair.id}


def export(site, kind: str, path, **kwargs):  # noqa: ANN001, ANN201
    fmt = path.suffix.lstrip(".")
    return reporting.export(site, reporting.ExportRequest(kind, fmt, **kwargs), path)


def test_minutes_are_draft_until_approved(governed, tmp_path):
    site, ids = governed
    export(site, "minutes", tmp_path / "draft.pdf", meeting_id=ids["first"])
    text = pdf_text(tmp_path / "draft.pdf")
    assert "DRAFT" in text and "Draft: not yet approved" in text
    assert "Minutes: Policy Coordinating Group" in text and "Salle Ñandú" in text
    assert f"{MEMBER} {ORG} Chair Present" in text
    assert "Met." in text and "Set the intake deadline to 14 days." in text
    assert "Vote; Adopted · 5 for, 1 against, 0 abstaining" in text
    assert EVIL_ACTION in text

    mt.circulate_minutes(site, ids["first"])
    mt.set_attendance(site, ids["second"], ids["chair"], "present")
    mt.approve_minutes(site, ids["second"], ids["first"])
    export(site, "minutes", tmp_path / "approved.pdf", meeting_id=ids["first"])
    text = pdf_text(tmp_path / "approved.pdf")
    assert "DRAFT" not in text and "Status of these minutes: Approved." in text
    assert "Approved at the meeting of" in text
    export(site, "minutes", tmp_path / "second.pdf", meeting_id=ids["second"])
    assert "were approved." in pdf_text(tmp_path / "second.pdf")


def test_minutes_never_carry_case_conference_notes(governed, tmp_path):
    site, ids = governed
    for fmt in ("pdf", "csv", "json"):
        export(site, "minutes", tmp_path / f"owg.{fmt}", meeting_id=ids["conference"])
    text = pdf_text(tmp_path / "owg.pdf")
    assert "1 participant(s) discussed" in text
    for content in (text, (tmp_path / "owg.csv").read_text(encoding="utf-8-sig"),
                    (tmp_path / "owg.json").read_text(encoding="utf-8")):
        assert "Zoë" not in content and "Secret plan" not in content and "TEST-000003" not in content
        assert "Ñandú-Łukasz" not in content


def test_minutes_csv_neutralises_formulas_and_keeps_unicode(governed, tmp_path):
    site, ids = governed
    export(site, "minutes", tmp_path / "m.csv", meeting_id=ids["first"])
    rows = list(csv.reader(io.StringIO((tmp_path / "m.csv").read_text(encoding="utf-8-sig"))))
    actions = [r for r in rows if r and r[0].startswith("'=HYPERLINK")]
    assert actions and actions[0][0] == "'" + EVIL_ACTION and actions[0][1] == MEMBER
    assert any(r[:3] == [MEMBER, ORG, "Chair"] for r in rows)


def test_roster(governed, tmp_path):
    site, ids = governed
    export(site, "roster", tmp_path / "r.pdf", body_id=ids["pcg"])
    text = pdf_text(tmp_path / "r.pdf")
    assert "Roster: Policy Coordinating Group" in text
    assert MEMBER in text and "Chief Defender" in text and ORG in text
    assert "Expiring soon" in text  # the chair's term ends in 30 days
    assert "Police Department 2 2" in text  # two seats, both empty
    assert "Total 3 2" in text
    export(site, "roster", tmp_path / "r.json", body_id=ids["owg"])
    doc = json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))
    assert doc["roster"]["is_owg"] is True
    assert doc["roster"]["members"][0]["confidentiality_signed_on"] == (date.today() - timedelta(days=50)).isoformat()


def test_packet_has_agenda_previous_minutes_open_actions_and_a_public_snapshot(governed, tmp_path):
    site, ids = governed
    export(site, "packet", tmp_path / "p.pdf", meeting_id=ids["third"])
    text = pdf_text(tmp_path / "p.pdf")
    assert "Meeting packet: Policy Coordinating Group" in text
    assert "1. Budget for next year — Presenter: Sam Officer" in text
    assert EVIL_ACTION in text  # still open
    assert "Evaluation plan" in text  # the previous meeting's minutes (the second meeting)
    assert "These minutes are a draft, for approval at this meeting." in text
    assert "People referred 11" in text  # all-time, 11 is shown
    assert "Participants enrolled <11" in text  # 8: withheld, packets leave the program
    assert text.count("is shown as “n<11”") == 1  # what "<11" and "n<11" mean, said once
    assert "Zoë" not in text and "Secret plan" not in text


def test_packet_for_an_owg_meeting_leaves_case_conferencing_out(governed, tmp_path):
    site, ids = governed
    for fmt in ("pdf", "csv", "json"):
        export(site, "packet", tmp_path / f"p.{fmt}", meeting_id=ids["conference"])
    for content in (pdf_text(tmp_path / "p.pdf"), (tmp_path / "p.csv").read_text(encoding="utf-8-sig"),
                    (tmp_path / "p.json").read_text(encoding="utf-8")):
        assert "Secret plan" not in content and "Zoë" not in content and "TEST-000003" not in content
    assert "There is no earlier meeting of this body on file." in pdf_text(tmp_path / "p.pdf")


def test_governance_exports_are_audited_against_their_record(governed, tmp_path):
    from lead_desktop.services import audit

    site, ids = governed
    export(site, "roster", tmp_path / "r.csv", body_id=ids["pcg"])
    export(site, "minutes", tmp_path / "m.pdf", meeting_id=ids["first"])
    entries = [e for e in audit.list_entries(site, limit=20) if e.action == "export"]
    assert (entries[0].entity_type, entries[0].entity_id, entries[0].detail) == (
        "meeting", ids["first"], {"kind": "minutes", "format": "pdf"})
    assert (entries[1].entity_type, entries[1].entity_id) == ("gov_body", ids["pcg"])


def test_missing_choices_are_refused(governed, tmp_path):
    site, _ = governed
    from lead_desktop.domain.errors import ValidationError

    for kind in ("roster", "minutes", "packet", "program", "case-summary"):
        with pytest.raises(ValidationError):
            export(site, kind, tmp_path / "x.pdf")
    with pytest.raises(ValidationError):
        reporting.export(site, reporting.ExportRequest("program", "xlsx"), tmp_path / "x.xlsx")
