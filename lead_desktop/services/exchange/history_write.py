"""Writing a checked history inside the import's transaction, in bulk.

A site's history can hold a hundred thousand contacts; written one by one through the window's
services (a flush, a lookup and an audit entry each) that takes minutes. Here every kind of record
is written with one INSERT per thousand rows, from the values the check already cleaned by the same
forms, and stored as those services store them: LEAD numbers in sequence after the site's last
one, the sort and search names, aliases, a contact's participant's last contact, a referral's intake
due date and its screening result under the current checklist (unanswered, as history has no
answers). Each record still gets its own audit entry, written together (storage.audit.append_many),
and its import key, so a second run recognizes it.

Cancel is looked at between batches; the caller's transaction is then rolled back whole.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import datetime

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from lead_desktop.domain import exchange as X
from lead_desktop.domain import participants as P
from lead_desktop.domain import referrals as R
from lead_desktop.domain import vocab as V
from lead_desktop.domain.audit import AuditAction
from lead_desktop.domain.fields import Kind
from lead_desktop.services.exchange.checking import _NEW_AGENCY, _Row
from lead_desktop.services.exchange.history_check import NEW_PERSON, HistoryPlan
from lead_desktop.services.exchange.importing import _Writer
from lead_desktop.services.referrals.checklist import _current_checklist
from lead_desktop.services.session import SiteSession, read_setting
from lead_desktop.storage import models as M
from lead_desktop.storage.sqlfuncs import serialize_writes

BATCH = 1000


def _stored(form, clean: dict) -> dict:  # noqa: ANN001 - a domain Form
    """A form's clean values as their columns hold them (multi-selects joined by commas)."""
    out = {}
    for spec in form:
        value = clean.get(spec.name)
        if spec.kind is Kind.MULTI:
            value = ",".join(value or [])
        out[spec.name] = value
    return out


class HistoryWriter:
    """Writes a HistoryPlan; `written` counts what each sheet created."""

    def __init__(self, site: SiteSession, session: Session, import_id: str, check: Callable[[], None],
                 tick: Callable[[int], None]) -> None:
        self.site, self.session, self.import_id = site, session, import_id
        self.actor = site.actor.account_id
        self.check, self.tick = check, tick
        self.now = M.utcnow()
        self.done = 0
        self.new_people: dict[str, str] = {}  # client ID → the participant's id
        self.keys: list[dict] = []
        self.sources = _Writer(site, session, X.REFERRALS, import_id)  # agencies and officers, added as any import

    def write(self, plan: HistoryPlan) -> dict[str, int]:
        self._participants(plan)
        self._referrals(plan.referrals)
        self._contacts(plan.contacts)
        self._insert(M.ImportKey, self.keys)
        return {"people": len(plan.participants), "referrals": len(plan.referrals), "contacts": len(plan.contacts)}

    # ----- helpers ----------------------------------------------------------------------------------

    def _stamp(self, row: dict) -> dict:
        row.update(id=row.get("id") or M.new_id(), created_at=self.now, updated_at=self.now, updated_by=self.actor)
        return row

    def _insert(self, model: type, rows: list[dict]) -> None:
        # The table's own INSERT (one executemany per batch), not the ORM's bulk insert, which runs the
        # statement row by row for models with a version counter.
        statement = model.__table__.insert()
        for start in range(0, len(rows), BATCH):
            self.check()
            self.session.execute(statement, rows[start:start + BATCH])

    def _key(self, kind: str, row: _Row, record_id: str) -> None:
        self.keys.append(self._stamp({"kind": kind, "key": row.key, "record_id": record_id,
                                      "import_id": self.import_id, "external_id": row.external_id,
                                      "source_number": row.source_number}))

    def _progress(self, count: int) -> None:
        self.done += count
        self.tick(self.done)

    def _participant_id(self, ref: str | None) -> str | None:
        if ref and ref.startswith(NEW_PERSON):
            return self.new_people[ref[len(NEW_PERSON):]]
        return ref

    # ----- people -------------------------------------------------------------------------------------

    def _participants(self, plan: HistoryPlan) -> None:
        if not plan.participants:
            return
        last_contact: dict[str, datetime] = {}
        for contact in plan.contacts:
            if not contact.values.get("unable_to_locate"):
                ref = str(contact.participant_id)
                at = contact.values["at"]
                if ref not in last_contact or at > last_contact[ref]:
                    last_contact[ref] = at
        prefix = str(read_setting(self.session, "participant_prefix"))
        serialize_writes(self.session)  # two laptops on one server must not both take the next numbers
        sequence = self.session.scalar(select(func.max(M.Participant.sequence))) or 0
        rows, aliases, audits = [], [], []
        for planned in plan.participants:
            sequence += 1
            clean = planned.values
            number = P.format_lead_number(prefix, sequence)
            row = self._stamp(_stored(P.PARTICIPANT_FORM, clean))
            names = P.split_aliases(row.pop("aliases"))
            row.update(sequence=sequence, lead_number=number, vocab_version=V.VOCAB_VERSION,
                       enrolled_on_source=planned.enrolled_on_source,
                       sort_name=P.fold(", ".join(x for x in (clean.get("last_name"), clean.get("first_name"))
                                                  if x))[:170] or "~",
                       search_text=P.search_text(number, [clean.get("first_name") or "", clean.get("middle_name") or "",
                                                          clean.get("last_name") or "", *names]),
                       last_contact_at=last_contact.get(NEW_PERSON + str(planned.external_id)))
            rows.append(row)
            aliases += [self._stamp({"participant_id": row["id"], "alias": alias}) for alias in names]
            self.new_people[str(planned.external_id)] = row["id"]
            self._key("participant", planned, row["id"])
            audits.append(("participant", row["id"], {"import_id": self.import_id}))
        self._insert(M.Participant, rows)
        self._insert(M.ParticipantAlias, aliases)
        self.site.audit_many(self.session, AuditAction.CREATE, audits)
        self._progress(len(rows))

    # ----- referrals ----------------------------------------------------------------------------------

    def _referrals(self, planned: list[_Row]) -> None:
        if not planned:
            return
        checklist = _current_checklist(self.site, self.session)
        criteria = R.checklist_from_json(checklist.criteria)
        deadline = int(read_setting(self.session, "intake_deadline_days"))
        rows, audits = [], []
        for item in planned:
            clean = dict(item.values)
            pathway = clean["pathway"]
            if str(clean.get("agency_id") or "").startswith(_NEW_AGENCY):
                clean["agency_id"] = self.sources._agency(item.agency or "", pathway)
            clean["officer_id"] = (self.sources._officer(clean["agency_id"], *item.officer) if item.officer
                                   else clean.get("officer_id") if pathway in R.PATHWAY_FIELDS["officer_id"]
                                   else None)
            for name, pathways in R.PATHWAY_FIELDS.items():
                if pathway not in pathways:
                    clean[name] = [] if R.REFERRAL_FORM[name].kind is Kind.MULTI else None
            clean["aliases"] = ", ".join(P.split_aliases(clean.get("aliases"))) or None
            row = self._stamp(_stored(R.REFERRAL_FORM, clean))
            referred = clean["referred_at"]
            names = [clean.get("first_name"), clean.get("middle_name"), clean.get("last_name"),
                     *P.split_aliases(clean.get("aliases"))]
            enrolled = item.outcome == "enrolled"
            row.update(
                outcome=item.outcome or "pending", outcome_on=item.outcome_on,
                participant_id=self._participant_id(item.participant_id) if enrolled else None,
                intake_due_on=R.intake_due_on(referred, deadline) if pathway == "arrest_diversion" else None,
                intake_completed_on=max(item.outcome_on, referred.date()) if enrolled and item.outcome_on else None,
                checklist_id=checklist.id, screening_answers=json.dumps({}),
                screening_result=R.screen(criteria, pathway, {}, referred.date(), clean.get("dob")).result,
                recorded_before=item.recorded_before,
                sort_name=P.fold(", ".join(x for x in (clean.get("last_name"), clean.get("first_name")) if x))[:170]
                or "~",
                search_text=" | ".join(P.fold(n) for n in names if n))
            rows.append(row)
            self._key("referral", item, row["id"])
            audits.append(("referral", row["id"], {"pathway": pathway, "import_id": self.import_id}))
        self._insert(M.Referral, rows)
        self.site.audit_many(self.session, AuditAction.CREATE, audits)
        self._progress(len(rows))

    # ----- contacts -----------------------------------------------------------------------------------

    def _contacts(self, planned: list[_Row]) -> None:
        if not planned:
            return
        rows, audits = [], []
        latest: dict[str, datetime] = {}  # participants on file: their newest imported contact
        for start in range(0, len(planned), BATCH):
            self.check()
            for item in planned[start:start + BATCH]:
                pid = self._participant_id(item.participant_id)
                row = self._stamp(_stored(P.CONTACT_FORM, item.values))
                row.update(participant_id=pid, staff_id=item.staff_id, unable_to_locate=bool(row["unable_to_locate"]))
                rows.append(row)
                self._key("contact", item, row["id"])
                audits.append(("contact", row["id"], {"participant": pid, "import_id": self.import_id}))
                if not str(item.participant_id).startswith(NEW_PERSON) and not row["unable_to_locate"]:
                    if pid not in latest or row["at"] > latest[pid]:
                        latest[pid] = row["at"]
            self._progress(min(BATCH, len(planned) - start))
        self._insert(M.Contact, rows)
        self.site.audit_many(self.session, AuditAction.CREATE, audits)
        p = M.Participant
        for pid, at in latest.items():
            self.session.execute(update(p).where(p.id == pid, (p.last_contact_at.is_(None)) | (p.last_contact_at < at))
                                 .values(last_contact_at=at))
