"""A governance body's roster: members with organization, role, term and decision authority; seats and empty seats.

Input contract: `RosterDoc` (services.reporting fills it from services.governance.roster_data).
"""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import BinaryIO
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import Paragraph

from lead_desktop.domain.i18n import QT_TRANSLATE_NOOP
from lead_desktop.reports import pdfbase, tabular
from lead_desktop.reports.pdfbase import CONTENT_WIDTH, PageDecor, Translate, identity
from lead_desktop.reports.tabular import Checkpoint, Section, fmt_date


@dataclass(frozen=True)
class MemberEntry:
    name: str
    title: str
    organization: str
    role: str  # label
    term_start: date
    term_end: date | None
    decision_authority: bool
    confidentiality_signed_on: date | None
    state: str  # label: Current, Expiring, Future, Ended
    alternate_for: str = ""


@dataclass(frozen=True)
class SeatEntry:
    organization: str  # "" for open seats
    seats: int
    missing: int = 0


@dataclass(frozen=True)
class RosterDoc:
    site_name: str
    body: str
    body_kind: str  # label
    is_owg: bool
    in_development: bool
    rule: str  # label
    meets: str
    purpose: str
    day: date
    members: tuple[MemberEntry, ...]
    ended: tuple[MemberEntry, ...]
    seats: tuple[SeatEntry, ...]
    generated_on: date

    @property
    def empty_seats(self) -> int:
        return sum(s.missing for s in self.seats)


STRINGS: dict[str, str] = {
    "header": QT_TRANSLATE_NOOP("reports", "Roster"),
    "title": QT_TRANSLATE_NOOP("reports", "Roster: {body}"),
    "subtitle": QT_TRANSLATE_NOOP("reports", "{kind} · as of {day}"),
    "in_development": QT_TRANSLATE_NOOP("reports", "This body is in development."),
    "rule": QT_TRANSLATE_NOOP("reports", "Decision rule: {rule}."),
    "meets": QT_TRANSLATE_NOOP("reports", "Meets: {meets}."),
    "members": QT_TRANSLATE_NOOP("reports", "Members"),
    "name": QT_TRANSLATE_NOOP("reports", "Name"),
    "organization": QT_TRANSLATE_NOOP("reports", "Organization"),
    "role": QT_TRANSLATE_NOOP("reports", "Role"),
    "term": QT_TRANSLATE_NOOP("reports", "Term"),
    "authority": QT_TRANSLATE_NOOP("reports", "Decides for the agency"),
    "confidentiality": QT_TRANSLATE_NOOP("reports", "Confidentiality signed"),
    "state": QT_TRANSLATE_NOOP("reports", "Term status"),
    "alternate_for": QT_TRANSLATE_NOOP("reports", "alternate for {name}"),
    "yes": QT_TRANSLATE_NOOP("reports", "yes"),
    "no": QT_TRANSLATE_NOOP("reports", "no"),
    "open_ended": QT_TRANSLATE_NOOP("reports", "open-ended"),
    "seats": QT_TRANSLATE_NOOP("reports", "Seats"),
    "open_seat": QT_TRANSLATE_NOOP("reports", "Open seat (any organization)"),
    "seat_count": QT_TRANSLATE_NOOP("reports", "Seats"),
    "empty": QT_TRANSLATE_NOOP("reports", "Empty"),
    "ended": QT_TRANSLATE_NOOP("reports", "Terms ended in the last year"),
    "none": QT_TRANSLATE_NOOP("reports", "No members on file."),
}


def decor(doc: RosterDoc, translate: Translate = identity) -> PageDecor:
    return PageDecor(site_name=doc.site_name, title=STRINGS["header"], translate=translate)


def render(doc: RosterDoc, handle: BinaryIO, *, translate: Translate = identity,
           checkpoint: Callable[[int], None] | None = None,
           pagesize: tuple[float, float] = pdfbase.PAGE_SIZE) -> int:
    return pdfbase.render_pdf(handle, build_story(doc, translate, checkpoint), decor(doc, translate),
                              subject=translate(STRINGS["title"]).format(body=doc.body), pagesize=pagesize)



def pdf_bytes(doc: RosterDoc, translate: Translate = identity) -> bytes:
    buffer = io.BytesIO()
    render(doc, buffer, translate=translate)
    return buffer.getvalue()


def _term(m: MemberEntry, tr: Translate) -> str:
    return f"{fmt_date(m.term_start)} – {fmt_date(m.term_end) if m.term_end else tr(STRINGS['open_ended'])}"


def _member_table(members: tuple[MemberEntry, ...], doc: RosterDoc, tr: Translate):  # noqa: ANN202
    yes, no = tr(STRINGS["yes"]), tr(STRINGS["no"])
    header = [tr(STRINGS["name"]), tr(STRINGS["organization"]), tr(STRINGS["role"]), tr(STRINGS["term"])]
    widths = [40 * mm, 38 * mm, 24 * mm, 27 * mm]
    extra = tr(STRINGS["confidentiality"]) if doc.is_owg else tr(STRINGS["authority"])
    header += [extra, tr(STRINGS["state"])]
    widths += [(CONTENT_WIDTH - sum(widths)) / 2] * 2
    rows = []
    for m in members:
        name = m.name + (f"\n{m.title}" if m.title else "")
        role = tr(m.role) + (f" ({tr(STRINGS['alternate_for']).format(name=m.alternate_for)})" if m.alternate_for else "")
        if doc.is_owg:
            flag = fmt_date(m.confidentiality_signed_on) if m.confidentiality_signed_on else no
        else:
            flag = yes if m.decision_authority else no
        rows.append((name, m.organization, role, _term(m, tr), flag, tr(m.state)))
    return tabular.data_table(header, rows, widths, wrap=(0, 1, 2, 3, 4, 5), font_size=8)


def build_story(doc: RosterDoc, tr: Translate = identity, checkpoint: Callable[[int], None] | None = None) -> list:
    st = pdfbase.styles()
    story: list = [Paragraph(escape(tr(STRINGS["title"]).format(body=doc.body)), st["title"]),
                   Paragraph(escape(tr(STRINGS["subtitle"]).format(kind=tr(doc.body_kind), day=doc.day.isoformat())),
                             st["subtitle"])]
    if doc.in_development:
        story.append(Paragraph(escape(tr(STRINGS["in_development"])), st["body"]))
    if doc.purpose:
        story.append(Paragraph(escape(doc.purpose), st["body"]))
    facts = [tr(STRINGS["rule"]).format(rule=tr(doc.rule))]
    if doc.meets:
        facts.append(tr(STRINGS["meets"]).format(meets=doc.meets))
    story.append(Paragraph(escape(" ".join(facts)), st["small"]))
    story.append(Checkpoint(checkpoint, 1))
    story.append(Paragraph(escape(tr(STRINGS["members"])), st["heading"]))
    story.append(_member_table(doc.members, doc, tr) if doc.members else Paragraph(escape(tr(STRINGS["none"])),
                                                                                  st["body"]))
    story.append(Checkpoint(checkpoint, 2))
    if doc.seats:
        story.append(Paragraph(escape(tr(STRINGS["seats"])), st["heading"]))
        rows = [(s.organization or tr(STRINGS["open_seat"]), str(s.seats), str(s.missing) if s.missing else "")
                for s in doc.seats]
        rows.append((tr(tabular.STRINGS["total"]), str(sum(s.seats for s in doc.seats)), str(doc.empty_seats)))
        story.append(tabular.data_table((tr(STRINGS["organization"]), tr(STRINGS["seat_count"]), tr(STRINGS["empty"])),
                                        rows, (110 * mm, 30 * mm, 30 * mm), numeric=(1, 2), total_row=True))
    if doc.ended:
        story.append(Paragraph(escape(tr(STRINGS["ended"])), st["heading"]))
        story.append(_member_table(doc.ended, doc, tr))
    story.append(Checkpoint(checkpoint, 3))
    return story


def csv_sections(doc: RosterDoc) -> list[Section]:
    def rows(members: tuple[MemberEntry, ...]) -> tuple:
        return tuple((m.name, m.title, m.organization, m.role, m.alternate_for, m.term_start, m.term_end,
                      m.decision_authority, m.confidentiality_signed_on, m.state) for m in members)

    header = ("Name", "Title", "Organization", "Role", "Alternate for", "Term start", "Term end",
              "Decision authority", "Confidentiality signed on", "Term status")
    return [
        Section("Members", header, rows(doc.members)),
        Section("Seats", ("Organization", "Seats", "Empty"),
                tuple((s.organization or "Open seat", s.seats, s.missing) for s in doc.seats)),
        Section("Terms ended in the last year", header, rows(doc.ended)),
    ]


def csv_preamble(doc: RosterDoc) -> list[tuple[str, object]]:
    return [("Report", "Roster"), ("Site", doc.site_name), ("Body", doc.body), ("As of", doc.day),
            ("Generated on", doc.generated_on)]


def json_payload(doc: RosterDoc) -> dict:
    return {"report": "roster", "roster": doc}
