"""Case summaries: what goes into one, which consent covers sharing it, and its disclosure-log entry.

A case summary needs VIEW_PARTICIPANTS and EDIT_PARTICIPANTS (never viewers), because it is a
disclosure of one person's record, logged in their disclosure log.

Case summaries and 42 CFR Part 2: a summary that includes substance-use-disorder information
(a Part 2 consent, an SUD-treatment service linkage, a substance-use plan goal, or an
assessment of the substance-use domain) carries the 42 CFR 2.32 notice when the site setting
part2_enabled is on. The disclosure must be covered by a consent in force today whose
recipients name the recipient — with the SUD flag when SUD information is included and
Part 2 applies — or the person records why it is made without one (`reason`). Either way it
goes into the participant's disclosure log with the recipient and the consent.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select

from lead_desktop.domain import governance as G
from lead_desktop.domain import participants as P
from lead_desktop.domain import vocab as V
from lead_desktop.domain.errors import KnownError, ValidationError
from lead_desktop.domain.i18n import QT_TRANSLATE_NOOP
from lead_desktop.domain.roles import Permission
from lead_desktop.reports import tabular
from lead_desktop.reports.case_summary import CaseSummaryData, SummarySection
from lead_desktop.reports.pdfbase import Translate, identity
from lead_desktop.services.participants.common import RecordNotFound
from lead_desktop.services.participants.profile import get_participant
from lead_desktop.services.participants.records import Record, active_consents, list_records
from lead_desktop.services.session import SiteSession, read_setting
from lead_desktop.storage import models as M

RECENT_CONTACTS = 20

# The words of a case summary that are made here (its builder's own are in reports.case_summary).
CASE_SUMMARY_STRINGS: dict[str, str] = {
    "consent": QT_TRANSLATE_NOOP("reports", "{kind}, signed {signed}, expires {expiry}. Recipients: {recipients}. "
                                            "Information: {info}. Purpose: {purpose}."),
    "aliases": QT_TRANSLATE_NOOP("reports", "Aliases / street names"),
    "dob": QT_TRANSLATE_NOOP("reports", "Date of birth"),
    "sex": QT_TRANSLATE_NOOP("reports", "Sex"),
    "race": QT_TRANSLATE_NOOP("reports", "Race and ethnicity"),
    "participant_status": QT_TRANSLATE_NOOP("reports", "Status"),
    "enrolled_on": QT_TRANSLATE_NOOP("reports", "Enrolled on"),
    "exit": QT_TRANSLATE_NOOP("reports", "Exit"),
    "case_manager": QT_TRANSLATE_NOOP("reports", "Case manager"),
    "contacts": QT_TRANSLATE_NOOP("reports", "Recent contacts (last {count})"),
    "goals": QT_TRANSLATE_NOOP("reports", "Plan goals"),
    "services": QT_TRANSLATE_NOOP("reports", "Service linkages"),
    "housing": QT_TRANSLATE_NOOP("reports", "Living situation over time"),
    "legal": QT_TRANSLATE_NOOP("reports", "Other legal cases"),
    "consents": QT_TRANSLATE_NOOP("reports", "Consents"),
    "assessments": QT_TRANSLATE_NOOP("reports", "Assessments"),
    "date": QT_TRANSLATE_NOOP("reports", "Date"),
    "type": QT_TRANSLATE_NOOP("reports", "Type"),
    "location": QT_TRANSLATE_NOOP("reports", "Location"),
    "minutes": QT_TRANSLATE_NOOP("reports", "Duration (min)"),
    "reached": QT_TRANSLATE_NOOP("reports", "Reached"),
    "unable_to_locate": QT_TRANSLATE_NOOP("reports", "unable to locate"),
    "yes": QT_TRANSLATE_NOOP("reports", "yes"),
    "goal": QT_TRANSLATE_NOOP("reports", "Goal"),
    "area": QT_TRANSLATE_NOOP("reports", "Area"),
    "status": QT_TRANSLATE_NOOP("reports", "Status"),
    "set_on": QT_TRANSLATE_NOOP("reports", "Set on"),
    "target": QT_TRANSLATE_NOOP("reports", "Target"),
    "service": QT_TRANSLATE_NOOP("reports", "Service"),
    "provider": QT_TRANSLATE_NOOP("reports", "Provider"),
    "referred_on": QT_TRANSLATE_NOOP("reports", "Referred on"),
    "outcome": QT_TRANSLATE_NOOP("reports", "Outcome"),
    "outcome_date": QT_TRANSLATE_NOOP("reports", "Outcome date"),
    "effective": QT_TRANSLATE_NOOP("reports", "Effective"),
    "living_situation": QT_TRANSLATE_NOOP("reports", "Living situation (HMIS)"),
    "court": QT_TRANSLATE_NOOP("reports", "Court"),
    "case_number": QT_TRANSLATE_NOOP("reports", "Case number"),
    "charges": QT_TRANSLATE_NOOP("reports", "Charges"),
    "next_court": QT_TRANSLATE_NOOP("reports", "Next court date"),
    "recipients": QT_TRANSLATE_NOOP("reports", "Recipients"),
    "information": QT_TRANSLATE_NOOP("reports", "Information"),
    "signed": QT_TRANSLATE_NOOP("reports", "Signed"),
    "expires": QT_TRANSLATE_NOOP("reports", "Expires"),
    "state": QT_TRANSLATE_NOOP("reports", "State"),
    "part2": QT_TRANSLATE_NOOP("reports", " (Part 2)"),
    "needs": QT_TRANSLATE_NOOP("reports", "Needs"),
}


class ConsentNeeded(KnownError):
    """No consent in force covers this disclosure, and no reason was given."""

    template = QT_TRANSLATE_NOOP(
        "errors",
        "No consent in force covers sharing this summary with {recipient}. Choose a consent that names the "
        "recipient, or record why it is shared without one.",
    )


@dataclass(frozen=True)
class ConsentChoice:
    id: str
    label: str  # type, signed, expiry
    sud: bool
    covers: bool  # names the recipient, and carries the SUD flag when that is needed


@dataclass(frozen=True)
class DisclosureCheck:
    participant_id: str
    lead_number: str
    includes_sud: bool  # the summary as requested contains SUD information
    part2: bool  # the site applies 42 CFR Part 2 (setting part2_enabled)
    consents: tuple[ConsentChoice, ...]  # consents in force today
    covering: ConsentChoice | None  # the first that covers

    @property
    def notice(self) -> bool:
        return self.includes_sud and self.part2

    @property
    def needs_reason(self) -> bool:
        return self.covering is None


def find_participant(site: SiteSession, lead_number: str) -> str:
    """A participant's id from their LEAD number (as printed, any case)."""
    site.require(Permission.VIEW_PARTICIPANTS)
    with site.unit_of_work() as session:
        row = session.scalar(select(M.Participant).where(
            func.upper(M.Participant.lead_number) == lead_number.strip().upper(), M.Participant.deleted_at.is_(None)))
        while row is not None and row.merged_into_id:
            row = session.get(M.Participant, row.merged_into_id)
        if row is None:
            raise RecordNotFound()
        return row.id


def _consent_label(record: Record, tr: Translate = identity) -> str:
    v = record.values
    kind = tr(V.CONSENT_TYPE.label(str(v["consent_type"])))
    expiry = v.get("expires_on") or v.get("expiry_event") or ""
    info = ", ".join(tr(V.INFO_CATEGORY.label(c)) for c in v.get("information") or [])
    recipients = "; ".join(line.strip() for line in str(v.get("recipients") or "").splitlines() if line.strip())
    return tr(CASE_SUMMARY_STRINGS["consent"]).format(kind=kind, signed=v["signed_on"], expiry=expiry,
                                                      recipients=recipients, info=info, purpose=v.get("purpose") or "")


def _sud_parts(site: SiteSession, participant_id: str) -> dict[str, list]:
    records = {kind: list_records(site, kind, participant_id)
               for kind in ("contact", "goal", "service", "housing", "legal_case", "consent", "assessment")}
    return records


def _has_sud(records: Mapping[str, list]) -> bool:
    return (any(r.values.get("sud") for r in records["consent"])
            or any(r.values.get("service_type") == "sud_treatment" for r in records["service"])
            or any(r.values.get("domain") == "substance_use" for r in records["goal"])
            or any(r.values.get("need_substance_use") not in (None, "", "not_assessed") for r in records["assessment"]))


def check_case_summary(site: SiteSession, participant_id: str, recipient: str, *,
                       include_sud: bool = True, translate: Translate = identity) -> DisclosureCheck:
    """What a case summary for `recipient` would contain and which consents in force cover it.

    `translate` words the consents' descriptions in the person's language.
    """
    site.require(Permission.VIEW_PARTICIPANTS)
    recipient = " ".join((recipient or "").split())
    if not recipient:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Name the recipient of the summary (a person or organization)."),
            field="recipient",
        )
    records = _sud_parts(site, participant_id)
    with site.unit_of_work() as session:
        person = session.get(M.Participant, participant_id)
        if person is None or person.deleted_at is not None:
            raise RecordNotFound()
        lead_number = person.lead_number
        part2 = bool(read_setting(session, "part2_enabled"))
    includes_sud = include_sud and _has_sud(records)
    needs_sud = includes_sud and part2
    choices = []
    for record in active_consents(site, participant_id):
        names = G.recipients_cover(str(record.values.get("recipients") or ""), [recipient])
        sud = bool(record.values.get("sud"))
        choices.append(ConsentChoice(record.id, _consent_label(record, translate), sud,
                                     names and (sud or not needs_sud)))
    covering = next((c for c in choices if c.covers), None)
    return DisclosureCheck(participant_id, lead_number, includes_sud, part2, tuple(choices), covering)


def _summary_sections(records: Mapping[str, list], include_sud: bool,
                      tr: Translate = identity) -> list[SummarySection]:
    def label(vocab: V.Vocabulary, code: object) -> str:
        return tr(vocab.label(str(code))) if code not in (None, "") else ""

    def words(*keys: str) -> tuple[str, ...]:
        return tuple(tr(CASE_SUMMARY_STRINGS[k]) for k in keys)

    t = CASE_SUMMARY_STRINGS

    def d(value: object) -> str:
        return tabular.fmt_date(value) if value else ""

    contacts = records["contact"][:RECENT_CONTACTS]
    goals = [r for r in records["goal"] if include_sud or r.values.get("domain") != "substance_use"]
    services = [r for r in records["service"] if include_sud or r.values.get("service_type") != "sud_treatment"]
    consents = [r for r in records["consent"] if include_sud or not r.values.get("sud")]
    domains = [t for t in V.ASSESSMENT_DOMAIN if include_sud or t.code != "substance_use"]
    return [
        SummarySection("contacts", tr(t["contacts"]).format(count=RECENT_CONTACTS),
                       words("date", "type", "location", "minutes", "reached"),
                       tuple((d(r.values["at"]), label(V.CONTACT_TYPE, r.values["contact_type"]),
                              r.values.get("location") or "", str(r.values.get("duration_minutes") or ""),
                              tr(t["unable_to_locate"]) if r.values.get("unable_to_locate") else tr(t["yes"]))
                             for r in contacts),
                       (0.2, 0.2, 0.34, 0.1, 0.16)),
        SummarySection("goals", tr(t["goals"]), words("goal", "area", "status", "set_on", "target"),
                       tuple((r.values["goal"], label(V.ASSESSMENT_DOMAIN, r.values.get("domain")),
                              label(V.GOAL_STATUS, r.values["status"]), d(r.values["set_on"]),
                              d(r.values.get("target_date"))) for r in goals),
                       (0.4, 0.16, 0.16, 0.14, 0.14)),
        SummarySection("services", tr(t["services"]),
                       words("service", "provider", "referred_on", "outcome", "outcome_date"),
                       tuple((label(V.SERVICE_TYPE, r.values["service_type"]), r.values.get("provider") or "",
                              d(r.values["referred_on"]), label(V.SERVICE_OUTCOME, r.values["outcome"]),
                              d(r.values.get("outcome_on"))) for r in services),
                       (0.2, 0.32, 0.16, 0.16, 0.16)),
        SummarySection("housing", tr(t["housing"]), words("effective", "living_situation"),
                       tuple((d(r.values["effective_on"]), label(V.LIVING_SITUATION, r.values["living_situation"]))
                             for r in records["housing"]), (0.2, 0.8)),
        SummarySection("legal", tr(t["legal"]), words("court", "case_number", "charges", "status", "next_court"),
                       tuple((r.values["jurisdiction"], r.values.get("case_number") or "", r.values.get("charges") or "",
                              label(V.LEGAL_CASE_STATUS, r.values["status"]), d(r.values.get("next_court_at")))
                             for r in records["legal_case"]), (0.22, 0.16, 0.3, 0.14, 0.18)),
        SummarySection("consents", tr(t["consents"]),
                       words("type", "recipients", "information", "signed", "expires", "state"),
                       tuple((label(V.CONSENT_TYPE, r.values["consent_type"])
                              + (tr(t["part2"]) if r.values.get("sud") else ""),
                              "; ".join(x.strip() for x in str(r.values["recipients"]).splitlines() if x.strip()),
                              ", ".join(label(V.INFO_CATEGORY, c) for c in r.values.get("information") or []),
                              d(r.values["signed_on"]), d(r.values.get("expires_on")) or (r.values.get("expiry_event") or ""),
                              tr(P.CONSENT_STATE_LABELS.get(str(r.extra.get("state", "")), "")))
                             for r in consents),
                       (0.19, 0.23, 0.21, 0.125, 0.125, 0.13)),
        SummarySection("assessments", tr(t["assessments"]), words("date", "needs"),
                       tuple((d(r.values["assessed_on"]),
                              "; ".join(f"{tr(a.label)}: {label(V.NEED_LEVEL, r.values.get('need_' + a.code))}"
                                        for a in domains
                                        if r.values.get("need_" + a.code) not in (None, "", "not_assessed")))
                             for r in records["assessment"]), (0.15, 0.85)),
    ]


def case_summary(site: SiteSession, participant_id: str, recipient: str, *, purpose: str = "",
                 consent_id: str | None = None, reason: str | None = None, include_sud: bool = True,
                 today: date | None = None, translate: Translate = identity) -> tuple[CaseSummaryData, dict]:
    """The summary and the disclosure-log entry it needs (not yet written: `export` writes both together).

    A case summary is written for one recipient, so its words (headings, labels, the consent's
    description) are put in the export's language here, by `translate`, for every format.

    Raises ConsentNeeded when no consent in force covers the disclosure and no reason is given.
    """
    site.require(Permission.VIEW_PARTICIPANTS)
    site.require(Permission.EDIT_PARTICIPANTS)
    today = today or date.today()
    tr = translate
    check = check_case_summary(site, participant_id, recipient, include_sud=include_sud, translate=tr)
    recipient = " ".join(recipient.split())[:200]
    reason = " ".join((reason or "").split())[:2000] or None
    chosen = None
    if consent_id:
        chosen = next((c for c in check.consents if c.id == consent_id), None)
        if chosen is None:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "That consent is not one of this participant's consents in force today."),
                field="consent_id",
            )
    else:
        chosen = check.covering
    if (chosen is None or not chosen.covers) and not reason:
        raise ConsentNeeded(recipient=recipient)
    detail = get_participant(site, participant_id)  # audited as a record view
    records = _sud_parts(site, participant_id)
    v = detail.values
    def label(vocab: V.Vocabulary, code: object) -> str:
        text = vocab.label(str(code or ""))
        return tr(text) if text else ""

    t = CASE_SUMMARY_STRINGS
    facts = (
        (tr(t["aliases"]), str(v.get("aliases") or "")),
        (tr(t["dob"]), tabular.fmt_date(v.get("dob"))),
        (tr(t["sex"]), label(V.SEX, v.get("sex"))),
        (tr(t["race"]), ", ".join(label(V.RACE_ETHNICITY, c) for c in v.get("race_ethnicity") or [])),
        (tr(t["participant_status"]), label(V.PARTICIPANT_STATUS, detail.effective_status)),
        (tr(t["enrolled_on"]), tabular.fmt_date(v.get("enrolled_on"))),
        (tr(t["exit"]), " · ".join(x for x in (tabular.fmt_date(v.get("exit_date")),
                                               label(V.EXIT_REASON, v.get("exit_reason")),
                                               label(V.DESTINATION, v.get("exit_destination"))) if x)),
        (tr(t["case_manager"]), detail.case_manager),
    )
    covered = chosen is not None and chosen.covers
    data = CaseSummaryData(
        site_name=site.site_name,
        generated_on=today,
        prepared_by=site.actor.display_name,
        lead_number=detail.lead_number,
        name=detail.name,
        facts=tuple((k, val) for k, val in facts if val),
        sections=tuple(_summary_sections(records, include_sud, tr)),
        recipient=recipient,
        purpose=" ".join(purpose.split())[:300],
        consent=chosen.label if chosen is not None else "",
        reason_without_consent="" if covered else (reason or ""),
        includes_sud=check.includes_sud,
        redisclosure_notice=check.notice,
    )
    what = "Case summary" + (" including substance-use-disorder information" if check.includes_sud else "")
    disclosure = {
        "disclosed_on": today,
        "recipient": recipient,
        "information": what,
        "purpose": data.purpose or None,
        "consent_id": chosen.id if chosen is not None else None,
        "reason_without_consent": None if covered else reason,
    }
    return data, disclosure
