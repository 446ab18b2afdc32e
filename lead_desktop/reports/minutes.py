"""Meeting minutes of a governance body: attendance, quorum or consensus, agenda, decisions, action items.

Input contract: `MinutesDoc` (services.reporting fills it from services.meetings.minutes_data).
Minutes not yet approved carry a faint DRAFT watermark on every page. OWG case-conference
notes are never part of it: the most the minutes say is how many participants were
discussed, and that the notes are kept apart.

`minutes_story` is also used by the meeting packet, which prints the previous minutes.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import BinaryIO
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, KeepTogether, Paragraph, Spacer

from lead_desktop.domain.i18n import QT_TRANSLATE_NOOP
from lead_desktop.reports import pdfbase, tabular
from lead_desktop.reports.pdfbase import CONTENT_WIDTH, PageDecor, Translate, identity
from lead_desktop.reports.tabular import Checkpoint, Section, fmt_date

# ----- input contract ------------------------------------------------------------------------


@dataclass(frozen=True)
class AttendeeEntry:
    name: str
    organization: str
    role: str  # label
    status: str  # label ("Present", "Absent", …; "" when not marked)
    alternate: str = ""  # who attended in their place


@dataclass(frozen=True)
class AgendaEntry:
    position: int
    title: str
    presenter: str = ""
    notes: str = ""


@dataclass(frozen=True)
class DecisionEntry:
    position: int
    text: str
    agenda_item: str
    method: str  # label
    outcome: str  # label
    votes: str = ""  # "5 for, 1 against, 0 abstaining" or "" (CSV and JSON; the PDF words it from the counts)
    mover: str = ""
    seconder: str = ""
    extra: str = ""  # e.g. "Eligibility criteria: Version 3" (CSV and JSON; the PDF words it from the fields below)
    votes_for: int | None = None  # None: not decided by a vote
    votes_against: int = 0
    votes_abstain: int = 0
    criteria_version: str = ""
    intake_deadline_days: int | None = None
    criteria_version_number: int | None = None


@dataclass(frozen=True)
class ActionEntry:
    description: str
    owner: str
    due_on: date | None
    status: str  # label
    carried: bool = False
    overdue: bool = False
    decided_on: date | None = None


@dataclass(frozen=True)
class AmendmentEntry:
    text: str
    proposed_by: str
    recorded_by: str
    recorded_at: datetime


@dataclass(frozen=True)
class MinutesDoc:
    site_name: str
    body: str
    body_kind: str  # label
    starts_at: datetime
    place: str
    virtual_link: str
    status: str  # label
    draft: bool
    attendance: tuple[AttendeeEntry, ...]
    absent: tuple[AttendeeEntry, ...]
    guests: tuple[AttendeeEntry, ...]
    quorum_met: bool
    quorum_note: str
    agenda: tuple[AgendaEntry, ...]
    decisions: tuple[DecisionEntry, ...]
    actions: tuple[ActionEntry, ...]
    next_meeting_at: datetime | None
    prior_minutes_approved: tuple[datetime, ...]  # earlier meetings whose minutes this meeting approved
    approved_at: datetime | None  # the later meeting that approved these minutes
    approved_on: date | None
    amendments: tuple[AmendmentEntry, ...]
    case_conference_note: str
    generated_on: date
    # For the PDF in the report's language: the rule's sentences as translatable templates with their
    # parameters (quorum_note is the English text), and how many participants were case-conferenced.
    quorum_parts: tuple[tuple[str, Mapping[str, object]], ...] = ()
    case_conference_count: int = 0


STRINGS: dict[str, str] = {
    "header": QT_TRANSLATE_NOOP("reports", "Minutes"),
    "draft": QT_TRANSLATE_NOOP("reports", "DRAFT"),
    "title": QT_TRANSLATE_NOOP("reports", "Minutes: {body}"),
    "when": QT_TRANSLATE_NOOP("reports", "{kind} · {when}"),
    "where": QT_TRANSLATE_NOOP("reports", "Place: {place}"),
    "virtual": QT_TRANSLATE_NOOP("reports", "Online: {link}"),
    "status": QT_TRANSLATE_NOOP("reports", "Status of these minutes: {status}."),
    "approved": QT_TRANSLATE_NOOP("reports", "Approved at the meeting of {date}."),
    "draft_note": QT_TRANSLATE_NOOP("reports", "Draft: not yet approved by the body. Do not rely on it as the record."),
    "attendance": QT_TRANSLATE_NOOP("reports", "Attendance"),
    "absent": QT_TRANSLATE_NOOP("reports", "Absent or not marked"),
    "guests": QT_TRANSLATE_NOOP("reports", "Guests"),
    "name": QT_TRANSLATE_NOOP("reports", "Name"),
    "organization": QT_TRANSLATE_NOOP("reports", "Organization"),
    "role": QT_TRANSLATE_NOOP("reports", "Role"),
    "attended": QT_TRANSLATE_NOOP("reports", "Attendance"),
    "quorum": QT_TRANSLATE_NOOP("reports", "Quorum and decision rule"),
    "quorum_met": QT_TRANSLATE_NOOP("reports", "Met."),
    "quorum_not_met": QT_TRANSLATE_NOOP("reports", "Not met."),
    "prior": QT_TRANSLATE_NOOP("reports", "Minutes of the meeting of {date} were approved."),
    "agenda": QT_TRANSLATE_NOOP("reports", "Agenda"),
    "presenter": QT_TRANSLATE_NOOP("reports", "Presenter: {name}"),
    "decisions": QT_TRANSLATE_NOOP("reports", "Decisions"),
    "decision_line": QT_TRANSLATE_NOOP("reports", "{method}; {outcome}"),
    "moved": QT_TRANSLATE_NOOP("reports", "Moved by {mover}, seconded by {seconder}."),
    "agenda_item": QT_TRANSLATE_NOOP("reports", "Agenda item: {title}"),
    "no_decisions": QT_TRANSLATE_NOOP("reports", "No decisions were recorded."),
    "actions": QT_TRANSLATE_NOOP("reports", "Action items"),
    "action": QT_TRANSLATE_NOOP("reports", "Action"),
    "owner": QT_TRANSLATE_NOOP("reports", "Owner"),
    "due": QT_TRANSLATE_NOOP("reports", "Due"),
    "action_status": QT_TRANSLATE_NOOP("reports", "Status"),
    "carried": QT_TRANSLATE_NOOP("reports", "carried forward"),
    "overdue": QT_TRANSLATE_NOOP("reports", "overdue"),
    "no_actions": QT_TRANSLATE_NOOP("reports", "No action items."),
    "next": QT_TRANSLATE_NOOP("reports", "Next meeting: {when}."),
    "amendments": QT_TRANSLATE_NOOP("reports", "Amendments recorded after approval"),
    "amendment_line": QT_TRANSLATE_NOOP("reports", "{when}, recorded by {by}{proposed}: {text}"),
    "proposed": QT_TRANSLATE_NOOP("reports", " (proposed by {name})"),
    "none": QT_TRANSLATE_NOOP("reports", "None."),
    "votes": QT_TRANSLATE_NOOP("reports", "{votes_for} for, {against} against, {abstaining} abstaining"),
    "criteria_version": QT_TRANSLATE_NOOP("reports", "Eligibility criteria: {version}"),
    "version": QT_TRANSLATE_NOOP("reports", "Version {number}"),
    "intake_deadline": QT_TRANSLATE_NOOP("reports", "Intake deadline: {days} days"),
    "case_conference": QT_TRANSLATE_NOOP(
        "reports",
        "Case conferencing: {count} participant(s) discussed; the notes are confidential "
        "and kept apart from these minutes.",
    ),
}


def decor(doc: MinutesDoc, translate: Translate = identity) -> PageDecor:
    return PageDecor(site_name=doc.site_name, title=STRINGS["header"],
                     watermark=STRINGS["draft"] if doc.draft else "", translate=translate)


def render(doc: MinutesDoc, handle: BinaryIO, *, translate: Translate = identity,
           checkpoint: Callable[[int], None] | None = None,
           pagesize: tuple[float, float] = pdfbase.PAGE_SIZE) -> int:
    story = minutes_story(doc, translate, checkpoint)
    return pdfbase.render_pdf(handle, story, decor(doc, translate),
                              subject=translate(STRINGS["title"]).format(body=doc.body), pagesize=pagesize)



def pdf_bytes(doc: MinutesDoc, translate: Translate = identity) -> bytes:
    buffer = io.BytesIO()
    render(doc, buffer, translate=translate)
    return buffer.getvalue()


def _when(moment: datetime | None, tr: Translate = identity) -> str:
    return pdfbase.moment_text(moment, tr) if moment else ""


def quorum_text(doc: MinutesDoc, tr: Translate = identity) -> str:
    if not doc.quorum_parts:
        return doc.quorum_note
    return " ".join(tr(template).format(**params) for template, params in doc.quorum_parts)


def _decision_details(d: DecisionEntry, tr: Translate) -> tuple[str, str]:
    """(votes, extra) in the report's language."""
    votes = d.votes
    if d.votes_for is not None:
        votes = tr(STRINGS["votes"]).format(votes_for=d.votes_for, against=d.votes_against,
                                            abstaining=d.votes_abstain)
    extra = []
    if d.criteria_version_number is not None:
        version = tr(STRINGS["version"]).format(number=d.criteria_version_number)
        extra.append(tr(STRINGS["criteria_version"]).format(version=version))
    elif d.criteria_version:
        extra.append(tr(STRINGS["criteria_version"]).format(version=d.criteria_version))
    if d.intake_deadline_days:
        extra.append(tr(STRINGS["intake_deadline"]).format(days=d.intake_deadline_days))
    return votes, "; ".join(extra) if extra else d.extra


def _people_table(people: tuple[AttendeeEntry, ...], tr: Translate, with_status: bool = True):  # noqa: ANN202
    header = [tr(STRINGS["name"]), tr(STRINGS["organization"]), tr(STRINGS["role"])]
    widths = [52 * mm, 62 * mm, 28 * mm]
    rows = []
    for p in people:
        row = [p.name, p.organization, tr(p.role)]
        if with_status:
            status = tr(p.status) + (f" ({p.alternate})" if p.alternate else "")
            row.append(status)
        rows.append(row)
    if with_status:
        header.append(tr(STRINGS["attended"]))
        widths.append(CONTENT_WIDTH - sum(widths))
    else:
        widths[-1] = CONTENT_WIDTH - widths[0] - widths[1]
    return tabular.data_table(header, rows, widths, wrap=(0, 1, 2, 3))


def minutes_story(doc: MinutesDoc, tr: Translate = identity, checkpoint: Callable[[int], None] | None = None,
                  *, heading_style: str = "title") -> list:
    st = pdfbase.styles()
    story: list = []

    def para(text: str, style: str = "body") -> Paragraph:
        return Paragraph(text, st[style])

    def heading(key: str) -> Paragraph:
        return para(escape(tr(STRINGS[key])), "heading")

    story.append(para(escape(tr(STRINGS["title"]).format(body=doc.body)), heading_style))
    lines = [escape(tr(STRINGS["when"]).format(kind=tr(doc.body_kind), when=_when(doc.starts_at, tr)))]
    if doc.place:
        lines.append(escape(tr(STRINGS["where"]).format(place=doc.place)))
    if doc.virtual_link:
        lines.append(escape(tr(STRINGS["virtual"]).format(link=doc.virtual_link)))
    status = escape(tr(STRINGS["status"]).format(status=tr(doc.status)))
    if doc.approved_at is not None:
        status += " " + escape(tr(STRINGS["approved"]).format(date=doc.approved_at.date().isoformat()))
    lines.append(status)
    story.append(para("<br/>".join(lines), "subtitle"))
    if doc.draft:
        story.append(para(escape(tr(STRINGS["draft_note"])), "alert"))
    story.append(Checkpoint(checkpoint, 1))

    story.append(heading("attendance"))
    story.append(_people_table(doc.attendance, tr) if doc.attendance else para(escape(tr(STRINGS["none"]))))
    sub = st["subheading"]
    if doc.absent:
        story.append(Paragraph(escape(tr(STRINGS["absent"])), sub))
        story.append(_people_table(doc.absent, tr))
    if doc.guests:
        story.append(Paragraph(escape(tr(STRINGS["guests"])), sub))
        story.append(_people_table(doc.guests, tr, with_status=False))
    story.append(KeepTogether([
        heading("quorum"),
        para(f"<b>{escape(tr(STRINGS['quorum_met'] if doc.quorum_met else STRINGS['quorum_not_met']))}</b> "
             f"{escape(quorum_text(doc, tr))}"),
    ]))
    for moment in doc.prior_minutes_approved:
        story.append(para(escape(tr(STRINGS["prior"]).format(date=moment.date().isoformat()))))
    story.append(Checkpoint(checkpoint, 2))

    story.append(heading("agenda"))
    if not doc.agenda:
        story.append(para(escape(tr(STRINGS["none"]))))
    for item in doc.agenda:
        text = f"<b>{item.position}. {escape(item.title)}</b>"
        if item.presenter:
            text += " — " + escape(tr(STRINGS["presenter"]).format(name=item.presenter))
        block = [para(text)]
        if item.notes:
            block.append(Paragraph(escape(item.notes).replace("\n", "<br/>"),
                                   st["body"].clone("agenda_notes", leftIndent=12)))
        story.append(KeepTogether(block))

    story.append(CondPageBreak(30 * mm))
    story.append(heading("decisions"))
    if not doc.decisions:
        story.append(para(escape(tr(STRINGS["no_decisions"]))))
    for d in doc.decisions:
        head = f"<b>{d.position}.</b> {escape(d.text)}"
        detail = [escape(tr(STRINGS["decision_line"]).format(method=tr(d.method), outcome=tr(d.outcome)))]
        votes, extra = _decision_details(d, tr)
        if votes:
            detail.append(escape(votes))
        if d.mover or d.seconder:
            detail.append(escape(tr(STRINGS["moved"]).format(mover=d.mover or "—", seconder=d.seconder or "—")))
        if d.agenda_item:
            detail.append(escape(tr(STRINGS["agenda_item"]).format(title=d.agenda_item)))
        if extra:
            detail.append(escape(extra))
        story.append(KeepTogether([para(head), Paragraph(" · ".join(detail), st["small"].clone("dec", leftIndent=12))]))
    story.append(Checkpoint(checkpoint, 3))

    block: list = [heading("actions")]
    if doc.actions:
        rows = []
        for a in doc.actions:
            flags = [tr(STRINGS["carried"])] if a.carried else []
            if a.overdue:
                flags.append(tr(STRINGS["overdue"]))
            status = tr(a.status) + (f" ({', '.join(flags)})" if flags else "")
            rows.append((a.description, a.owner, fmt_date(a.due_on), status))
        block.append(tabular.data_table(
            (tr(STRINGS["action"]), tr(STRINGS["owner"]), tr(STRINGS["due"]), tr(STRINGS["action_status"])),
            rows, (CONTENT_WIDTH - 112 * mm, 42 * mm, 24 * mm, 46 * mm), wrap=(0, 1, 3)))
    else:
        block.append(para(escape(tr(STRINGS["no_actions"]))))
    if doc.case_conference_note or doc.case_conference_count:
        note = (tr(STRINGS["case_conference"]).format(count=doc.case_conference_count) if doc.case_conference_count
                else doc.case_conference_note)
        block.append(Spacer(1, 2 * mm))
        block.append(para(escape(note), "small"))
    if doc.next_meeting_at:
        block.append(Spacer(1, 2 * mm))
        block.append(para(escape(tr(STRINGS["next"]).format(when=_when(doc.next_meeting_at, tr)))))
    # A short list stays with its closing lines (no lone "Next meeting" on a page of its own).
    story.append(KeepTogether(block) if len(doc.actions) <= 15 else CondPageBreak(30 * mm))
    if len(doc.actions) > 15:
        story += block
    if doc.amendments:
        story.append(heading("amendments"))
        for a in doc.amendments:
            proposed = tr(STRINGS["proposed"]).format(name=a.proposed_by) if a.proposed_by else ""
            story.append(para(escape(tr(STRINGS["amendment_line"]).format(
                when=a.recorded_at.strftime("%Y-%m-%d"), by=a.recorded_by, proposed=proposed, text=a.text))))
    story.append(Checkpoint(checkpoint, 4))
    return story


def csv_sections(doc: MinutesDoc) -> list[Section]:
    people = tuple((p.name, p.organization, p.role, p.status, p.alternate)
                   for p in doc.attendance + doc.absent + doc.guests)
    return [
        Section("Attendance", ("Name", "Organization", "Role", "Attendance", "Alternate"), people),
        Section("Quorum", ("Met", "Note"), ((doc.quorum_met, doc.quorum_note),)),
        Section("Agenda", ("Item", "Title", "Presenter", "Notes"),
                tuple((a.position, a.title, a.presenter, a.notes) for a in doc.agenda)),
        Section("Decisions", ("Item", "Decision", "Agenda item", "Method", "Outcome", "Votes", "Moved by",
                              "Seconded by", "Note"),
                tuple((d.position, d.text, d.agenda_item, d.method, d.outcome, d.votes, d.mover, d.seconder, d.extra)
                      for d in doc.decisions)),
        Section("Action items", ("Action", "Owner", "Due", "Status", "Carried forward", "Overdue"),
                tuple((a.description, a.owner, a.due_on, a.status, a.carried, a.overdue) for a in doc.actions)),
    ]


def csv_preamble(doc: MinutesDoc) -> list[tuple[str, object]]:
    return [("Report", "Minutes"), ("Site", doc.site_name), ("Body", doc.body), ("Meeting", doc.starts_at),
            ("Status", doc.status + (" (DRAFT)" if doc.draft else "")), ("Generated on", doc.generated_on)]


def json_payload(doc: MinutesDoc) -> dict:
    return {"report": "minutes", "minutes": doc}
