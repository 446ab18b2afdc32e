"""The packet sent to members before a meeting: agenda, previous minutes, open action items, program snapshot.

Input contract: `PacketData`. The snapshot's counts are always the public view (small
cells withheld): packets are circulated outside the program. OWG case-conference notes
never appear here; the previous minutes are the governance minutes only.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from typing import BinaryIO
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, PageBreak, Paragraph, Spacer

from lead_desktop.domain.i18n import QT_TRANSLATE_NOOP
from lead_desktop.reports import minutes as minutes_pdf
from lead_desktop.reports import pdfbase, tabular
from lead_desktop.reports.fact_sheet import FactSheetNumbers
from lead_desktop.reports.minutes import ActionEntry, AgendaEntry, MinutesDoc
from lead_desktop.reports.pdfbase import CONTENT_WIDTH, PageDecor, Translate, identity
from lead_desktop.reports.tabular import Breakdown, Checkpoint, Count, Period, Section, fmt_count, fmt_date


@dataclass(frozen=True)
class SnapshotData:
    numbers: FactSheetNumbers
    recent_period: Period
    recent_referrals: Breakdown  # by pathway, in recent_period
    recent_enrollments: Count


@dataclass(frozen=True)
class PacketData:
    site_name: str
    body: str
    body_kind: str  # label
    starts_at: datetime
    place: str
    virtual_link: str
    agenda: tuple[AgendaEntry, ...]
    previous: MinutesDoc | None
    open_actions: tuple[ActionEntry, ...]
    snapshot: SnapshotData
    generated_on: date


STRINGS: dict[str, str] = {
    "header": QT_TRANSLATE_NOOP("reports", "Meeting packet"),
    "title": QT_TRANSLATE_NOOP("reports", "Meeting packet: {body}"),
    "when": QT_TRANSLATE_NOOP("reports", "{kind} · {when}"),
    "where": QT_TRANSLATE_NOOP("reports", "Place: {place}"),
    "virtual": QT_TRANSLATE_NOOP("reports", "Online: {link}"),
    "contents": QT_TRANSLATE_NOOP("reports",
                                  "In this packet: the agenda, the minutes of the previous meeting, the open action "
                                             "items and a snapshot of the program's figures."),
    "agenda": QT_TRANSLATE_NOOP("reports", "1. Agenda"),
    "presenter": QT_TRANSLATE_NOOP("reports", "Presenter: {name}"),
    "no_agenda": QT_TRANSLATE_NOOP("reports", "The agenda has not been set yet."),
    "actions": QT_TRANSLATE_NOOP("reports", "2. Open action items"),
    "no_actions": QT_TRANSLATE_NOOP("reports", "No open action items."),
    "action": QT_TRANSLATE_NOOP("reports", "Action"),
    "owner": QT_TRANSLATE_NOOP("reports", "Owner"),
    "due": QT_TRANSLATE_NOOP("reports", "Due"),
    "status": QT_TRANSLATE_NOOP("reports", "Status"),
    "decided": QT_TRANSLATE_NOOP("reports", "Decided"),
    "overdue": QT_TRANSLATE_NOOP("reports", "overdue"),
    "snapshot": QT_TRANSLATE_NOOP("reports", "3. Program snapshot"),
    "snapshot_note": QT_TRANSLATE_NOOP("reports", "Figures since the program began, as of {date}."),
    "measure": QT_TRANSLATE_NOOP("reports", "Measure"),
    "count": QT_TRANSLATE_NOOP("reports", "Count"),
    "referred": QT_TRANSLATE_NOOP("reports", "People referred"),
    "enrolled": QT_TRANSLATE_NOOP("reports", "Participants enrolled"),
    "active": QT_TRANSLATE_NOOP("reports", "On the caseload today"),
    "housed": QT_TRANSLATE_NOOP("reports", "On the caseload and in permanent housing"),
    "linkages": QT_TRANSLATE_NOOP("reports", "Service referrals accepted"),
    "recent": QT_TRANSLATE_NOOP("reports",
                                "Referrals by pathway, {start} to {end} (enrolled in that time: {enrolled})"),
    "pathway": QT_TRANSLATE_NOOP("reports", "Pathway"),
    "previous": QT_TRANSLATE_NOOP("reports", "4. Minutes of the previous meeting"),
    "previous_draft": QT_TRANSLATE_NOOP("reports", "These minutes are a draft, for approval at this meeting."),
    "no_previous": QT_TRANSLATE_NOOP("reports", "There is no earlier meeting of this body on file."),
}


def decor(data: PacketData, translate: Translate = identity) -> PageDecor:
    return PageDecor(site_name=data.site_name, title=STRINGS["header"], translate=translate)


def render(data: PacketData, handle: BinaryIO, *, translate: Translate = identity,
           checkpoint: Callable[[int], None] | None = None,
           pagesize: tuple[float, float] = pdfbase.PAGE_SIZE) -> int:
    return pdfbase.render_pdf(handle, build_story(data, translate, checkpoint), decor(data, translate),
                              subject=translate(STRINGS["title"]).format(body=data.body), pagesize=pagesize)



def pdf_bytes(data: PacketData, translate: Translate = identity) -> bytes:
    buffer = io.BytesIO()
    render(data, buffer, translate=translate)
    return buffer.getvalue()


def _when(moment: datetime, tr: Translate = identity) -> str:
    return pdfbase.moment_text(moment, tr)


def action_rows(actions: tuple[ActionEntry, ...], tr: Translate) -> list[tuple]:
    rows = []
    for a in actions:
        status = tr(a.status) + (f" ({tr(STRINGS['overdue'])})" if a.overdue else "")
        rows.append((a.description, a.owner, fmt_date(a.due_on), status, fmt_date(a.decided_on)))
    return rows


def build_story(data: PacketData, tr: Translate = identity, checkpoint: Callable[[int], None] | None = None) -> list:
    st = pdfbase.styles()
    story: list = []
    story.append(Paragraph(escape(tr(STRINGS["title"]).format(body=data.body)), st["title"]))
    lines = [escape(tr(STRINGS["when"]).format(kind=tr(data.body_kind), when=_when(data.starts_at, tr)))]
    if data.place:
        lines.append(escape(tr(STRINGS["where"]).format(place=data.place)))
    if data.virtual_link:
        lines.append(escape(tr(STRINGS["virtual"]).format(link=data.virtual_link)))
    story.append(Paragraph("<br/>".join(lines), st["subtitle"]))
    story.append(Paragraph(escape(tr(STRINGS["contents"])), st["small"]))

    story.append(Paragraph(escape(tr(STRINGS["agenda"])), st["heading"]))
    if not data.agenda:
        story.append(Paragraph(escape(tr(STRINGS["no_agenda"])), st["body"]))
    for item in data.agenda:
        text = f"<b>{item.position}. {escape(item.title)}</b>"
        if item.presenter:
            text += " — " + escape(tr(STRINGS["presenter"]).format(name=item.presenter))
        block = [Paragraph(text, st["body"])]
        if item.notes:
            block.append(Paragraph(escape(item.notes).replace("\n", "<br/>"), st["body"].clone("pn", leftIndent=12)))
        story.append(KeepTogether(block))
    story.append(Checkpoint(checkpoint, 1))

    story.append(Paragraph(escape(tr(STRINGS["actions"])), st["heading"]))
    if data.open_actions:
        story.append(tabular.data_table(
            (tr(STRINGS["action"]), tr(STRINGS["owner"]), tr(STRINGS["due"]), tr(STRINGS["status"]),
             tr(STRINGS["decided"])),
            action_rows(data.open_actions, tr),
            (CONTENT_WIDTH - 128 * mm, 40 * mm, 22 * mm, 40 * mm, 26 * mm), wrap=(0, 1, 3)))
    else:
        story.append(Paragraph(escape(tr(STRINGS["no_actions"])), st["body"]))
    story.append(Checkpoint(checkpoint, 2))

    snap = data.snapshot
    n = snap.numbers
    block = [Paragraph(escape(tr(STRINGS["snapshot"])), st["heading"]),
             Paragraph(escape(tr(STRINGS["snapshot_note"]).format(date=n.as_of.isoformat()) + " "
                              + tabular.suppression_note(tr)), st["small"])]
    rows = [(tr(STRINGS["referred"]), fmt_count(n.referrals.total)), (tr(STRINGS["enrolled"]), fmt_count(n.enrolled)),
            (tr(STRINGS["active"]), fmt_count(n.active)), (tr(STRINGS["housed"]), fmt_count(n.permanently_housed)),
            (tr(STRINGS["linkages"]), fmt_count(n.service_linkages))]
    block.append(tabular.data_table((tr(STRINGS["measure"]), tr(STRINGS["count"])), rows, (120 * mm, 30 * mm),
                                    numeric=(1,)))
    block.append(Spacer(1, 2 * mm))
    title = tr(STRINGS["recent"]).format(start=snap.recent_period.start.isoformat(),
                                         end=snap.recent_period.end.isoformat(),
                                         enrolled=fmt_count(snap.recent_enrollments))
    block.append(Paragraph(escape(title), st["body"]))
    block.append(tabular.breakdown_table(snap.recent_referrals, tr(STRINGS["pathway"]), CONTENT_WIDTH, tr,
                                         first_col=100 * mm))
    story.append(KeepTogether(block))
    story.append(Checkpoint(checkpoint, 3))

    story.append(PageBreak())
    story.append(Paragraph(escape(tr(STRINGS["previous"])), st["heading"]))
    if data.previous is None:
        story.append(Paragraph(escape(tr(STRINGS["no_previous"])), st["body"]))
    else:
        if data.previous.draft:
            story.append(Paragraph(escape(tr(STRINGS["previous_draft"])), st["alert"]))
        story += minutes_pdf.minutes_story(data.previous, tr, heading_style="heading")
    story.append(Checkpoint(checkpoint, 4))
    return story


def csv_sections(data: PacketData) -> list[Section]:
    n = data.snapshot.numbers
    c = lambda v: fmt_count(v).replace(",", "")  # noqa: E731
    sections = [
        Section("Agenda", ("Item", "Title", "Presenter", "Notes"),
                tuple((a.position, a.title, a.presenter, a.notes) for a in data.agenda)),
        Section("Open action items", ("Action", "Owner", "Due", "Status", "Overdue", "Decided"),
                tuple((a.description, a.owner, a.due_on, a.status, a.overdue, a.decided_on)
                      for a in data.open_actions)),
        Section("Program snapshot (public view)", ("Measure", "Count"), (
            ("People referred", c(n.referrals.total)), ("Participants enrolled", c(n.enrolled)),
            ("On the caseload today", c(n.active)), ("In permanent housing", c(n.permanently_housed)),
            ("Service referrals accepted", c(n.service_linkages)),
            (f"Enrolled {data.snapshot.recent_period.start} to {data.snapshot.recent_period.end}",
             c(data.snapshot.recent_enrollments)))),
        Section(f"Referrals by pathway, {data.snapshot.recent_period.start} to {data.snapshot.recent_period.end}",
                ("Pathway", "Count", "Share"), tabular.breakdown_rows(data.snapshot.recent_referrals)),
    ]
    if data.previous is not None:
        sections += [Section(f"Previous minutes: {s.title}", s.header, s.rows)
                     for s in minutes_pdf.csv_sections(data.previous)]
    return sections


def csv_preamble(data: PacketData) -> list[tuple[str, object]]:
    return [("Report", "Meeting packet"), ("Site", data.site_name), ("Body", data.body), ("Meeting", data.starts_at),
            ("Generated on", data.generated_on)]


def json_payload(data: PacketData) -> dict:
    return {"report": "meeting_packet", "packet": data}
