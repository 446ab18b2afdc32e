"""Minutes, roster and meeting packet PDFs from plain data: DRAFT watermark, attendance, Unicode, packet parts."""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import date, datetime

import pypdf

from lead_desktop.reports import meeting_packet, minutes, roster
from lead_desktop.reports.fact_sheet import FactSheetNumbers
from lead_desktop.reports.meeting_packet import PacketData, SnapshotData
from lead_desktop.reports.minutes import ActionEntry, AgendaEntry, AttendeeEntry, DecisionEntry, MinutesDoc
from lead_desktop.reports.roster import MemberEntry, RosterDoc, SeatEntry
from lead_desktop.reports.tabular import Period, Suppressed, breakdown

CHAIR = "Łucja Zając-Ñúñez"


def doc(*, draft: bool) -> MinutesDoc:
    return MinutesDoc(
        "Zürich – Café LEAD", "Policy Coordinating Group", "Policy Coordinating Group", datetime(2025, 3, 6, 15, 0),
        "Salle Ñandú", "", "Draft" if draft else "Approved", draft,
        (AttendeeEntry(CHAIR, "Défense Publique", "Chair", "Present"),
         AttendeeEntry("José Nuñez", "Police", "Member", "Alternate attended", "Nguyễn Thị Minh")),
        (AttendeeEntry("Sam Absent", "Mayor's Office", "Member", ""),), (AttendeeEntry("Guest Ö", "", "Guest", ""),),
        True, "Consensus possible: 2 of 3 member agencies have a voice.",
        (AgendaEntry(1, "Intake deadline", CHAIR, "Partners weighed 14 against 30 days."),),
        (DecisionEntry(1, "Set the intake deadline to 14 days.", "Intake deadline", "Vote", "Adopted",
                       "5 for, 1 against, 0 abstaining", CHAIR, "José Nuñez", "Intake deadline: 14 days"),),
        (ActionEntry("Tell officers about the new deadline", "Police", date(2025, 3, 20), "Open", True, True),),
        datetime(2025, 4, 3, 15, 0), (), None, None, (), "", date(2025, 3, 7))


def text(pdf: bytes) -> str:
    return " ".join(" ".join(p.extract_text().split()) for p in pypdf.PdfReader(io.BytesIO(pdf)).pages)


def test_draft_minutes_carry_the_watermark_and_approved_ones_do_not():
    draft = text(minutes.pdf_bytes(doc(draft=True)))
    assert "DRAFT" in draft and "Draft: not yet approved" in draft
    approved = text(minutes.pdf_bytes(doc(draft=False)))
    assert "DRAFT" not in approved


def test_minutes_show_attendance_quorum_decisions_and_actions():
    t = text(minutes.pdf_bytes(doc(draft=False)))
    assert f"{CHAIR} Défense Publique Chair Present" in t
    assert "José Nuñez Police Member Alternate attended (Nguyễn Thị Minh)" in t
    assert "Absent or not marked" in t and "Guest Ö" in t
    assert "Met. Consensus possible: 2 of 3 member agencies have a voice." in t
    assert "1. Set the intake deadline to 14 days." in t and "Moved by Łucja Zając-Ñúñez, seconded by José Nuñez." in t
    assert "Open (carried forward, overdue)" in t and "Next meeting: Thursday 03 April 2025, 15:00." in t


def test_roster_lists_members_terms_and_empty_seats():
    member = MemberEntry(CHAIR, "Chief Defender", "Défense Publique", "Chair", date(2024, 1, 1), None, True, None,
                         "Current")
    alternate = replace(member, name="José Nuñez", role="Alternate", alternate_for=CHAIR, decision_authority=False)
    r = RosterDoc("Site", "Policy Coordinating Group", "Policy Coordinating Group", False, False,
                  "Consensus, one voice per member agency", "First Thursday", "Sets policy.", date(2025, 3, 1),
                  (member, alternate), (), (SeatEntry("Défense Publique", 1), SeatEntry("", 2, 2)), date(2025, 3, 1))
    t = text(roster.pdf_bytes(r))
    assert "Roster: Policy Coordinating Group" in t and "2024-01-01 – open-ended" in t
    assert "Alternate (alternate for Łucja Zając-Ñúñez)" in t
    assert "Open seat (any organization) 2 2" in t and "Total 3 2" in t


def test_packet_has_its_four_parts_and_withheld_snapshot_counts():
    numbers = FactSheetNumbers(date(2025, 4, 1), breakdown(("a",), ("Arrest diversion",), {"a": 40}), Suppressed(),
                               25, 12, 3, 30, 14, public=True)
    snap = SnapshotData(numbers, Period(date(2025, 1, 1), date(2025, 3, 31)),
                        breakdown(("a",), ("Arrest diversion",), {"a": 15}), Suppressed())
    packet = PacketData("Site", "Policy Coordinating Group", "Policy Coordinating Group", datetime(2025, 4, 3, 15),
                        "City Hall", "", (AgendaEntry(1, "Budget", "Mayor's Office"),), doc(draft=True),
                        (ActionEntry("Prepare figures", "PM", date(2025, 3, 1), "Open", overdue=True,
                                     decided_on=date(2025, 2, 6)),), snap, date(2025, 3, 30))
    t = text(meeting_packet.pdf_bytes(packet))
    assert "1. Agenda" in t and "1. Budget — Presenter: Mayor's Office" in t
    assert "Prepare figures PM 2025-03-01 Open (overdue) 2025-02-06" in t
    assert "People referred 40" in t and "Participants enrolled <11" in t
    assert "4. Minutes of the previous meeting" in t and "These minutes are a draft" in t
    assert "DRAFT" not in t  # the packet itself is not a draft; its previous minutes are marked in words
