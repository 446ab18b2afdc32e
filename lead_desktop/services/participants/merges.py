"""Merging two records of one person, and undoing it.

Every record of the merged participant moves to the kept one; the merged record stays, marked
merged_into, and the merge remembers what moved, so `undo_merge` can hand it all back.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType

from sqlalchemy import or_, select, update
from sqlalchemy.orm import Session

from lead_desktop.domain.audit import AuditAction
from lead_desktop.domain.errors import ValidationError
from lead_desktop.domain.i18n import QT_TRANSLATE_NOOP
from lead_desktop.domain.roles import Permission
from lead_desktop.services.participants.common import _aliases, _get_participant, _refresh_search, display_name
from lead_desktop.services.participants.records import _touch_last_contact
from lead_desktop.services.session import SiteSession
from lead_desktop.storage import models as M


@dataclass(frozen=True)
class MergeInfo:
    id: str
    kept_id: str
    merged_id: str
    moved: Mapping[str, int]
    undone: bool


MERGEABLE = (M.Contact, M.Assessment, M.PlanGoal, M.ServiceLinkage, M.HousingStatus, M.LegalCase, M.Consent,
             M.Disclosure, M.ParticipantAlias)


def merge_preview(site: SiteSession, kept_id: str, merged_id: str) -> dict[str, int]:
    """How many rows of each kind would move from the merged record to the kept one."""
    site.require(Permission.VIEW_PARTICIPANTS)
    with site.unit_of_work() as session:
        _get_participant(session, kept_id)
        _get_participant(session, merged_id)
        return {model.__tablename__: len(_movable_ids(session, model, kept_id, merged_id)) for model in MERGEABLE}


def _movable_ids(session: Session, model: type, kept_id: str, merged_id: str) -> list[str]:
    """Rows of `model` a merge moves: all of the merged record's, except street names the kept one already has.

    A shared alias stays with the merged record (the kept one answers to it anyway), so the kept
    profile never lists it twice, and editing that profile during the merge cannot delete the
    merged record's copy before an undo hands it back.
    """
    query = select(model.id).where(model.participant_id == merged_id, model.deleted_at.is_(None))
    if model is not M.ParticipantAlias:
        return list(session.scalars(query))
    kept_aliases = {alias.casefold() for alias in _aliases(session, kept_id)}
    rows = session.execute(query.add_columns(M.ParticipantAlias.alias).order_by(M.ParticipantAlias.created_at)).all()
    out = []
    for row_id, alias in rows:
        if alias.casefold() not in kept_aliases:
            kept_aliases.add(alias.casefold())
            out.append(row_id)
    return out


def merge_participants(site: SiteSession, kept_id: str, merged_id: str) -> MergeInfo:
    """Move every record of `merged_id` onto `kept_id`; the merged record stays, marked, so the merge can be undone.

    The merged person's names become aliases of the kept one, so searches still find them.
    """
    site.require(Permission.EDIT_PARTICIPANTS)
    if kept_id == merged_id:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Choose two different records to merge."))
    with site.unit_of_work() as session:
        kept = _get_participant(session, kept_id)
        merged = _get_participant(session, merged_id)
        if kept.merged_into_id or merged.merged_into_id:
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "One of these records has already been merged."))
        moved: dict[str, list[str]] = {}
        for model in MERGEABLE:
            ids = _movable_ids(session, model, kept_id, merged_id)
            if ids:
                session.execute(update(model).where(model.id.in_(ids)).values(participant_id=kept_id))
                moved[model.__tablename__] = ids
        alias_names = [display_name(merged.first_name, merged.last_name)]
        existing = {a.casefold() for a in _aliases(session, kept_id)}
        added = []
        for name in alias_names:
            if name != "—" and name.casefold() not in existing:
                alias = M.ParticipantAlias(participant_id=kept_id, alias=name[:80], updated_by=site.actor.account_id)
                session.add(alias)
                session.flush()
                added.append(alias.id)
        merged.merged_into_id = kept_id
        merged.updated_by = site.actor.account_id
        record = M.ParticipantMerge(kept_id=kept_id, merged_id=merged_id,
                                    moved=json.dumps({"moved": moved, "added_aliases": added}),
                                    merged_by=site.actor.account_id, updated_by=site.actor.account_id)
        session.add(record)
        session.flush()
        _touch_last_contact(session, kept_id)
        session.refresh(kept)
        _refresh_search(session, kept, _aliases(session, kept_id))
        site.audit(session, AuditAction.UPDATE, "participant", kept_id, merge=record.id, merged=merged_id)
        return MergeInfo(record.id, kept_id, merged_id, MappingProxyType({k: len(v) for k, v in moved.items()}), False)


def undo_merge(site: SiteSession, merge_id: str) -> MergeInfo:
    site.require(Permission.EDIT_PARTICIPANTS)
    with site.unit_of_work() as session:
        record = session.get(M.ParticipantMerge, merge_id)
        if record is None or record.undone_at is not None:
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "This merge was already undone."))
        data = json.loads(record.moved)
        by_name = {model.__tablename__: model for model in MERGEABLE}
        for table, ids in data["moved"].items():
            model = by_name[table]
            session.execute(update(model).where(model.id.in_(ids)).values(participant_id=record.merged_id))
        for alias_id in data.get("added_aliases", []):
            alias = session.get(M.ParticipantAlias, alias_id)
            if alias is not None:
                alias.deleted_at = M.utcnow()
        merged = session.get(M.Participant, record.merged_id)
        merged.merged_into_id = None
        record.undone_at = M.utcnow()
        session.flush()
        for pid in (record.kept_id, record.merged_id):
            _touch_last_contact(session, pid)
            row = session.get(M.Participant, pid)
            session.refresh(row)
            _refresh_search(session, row, _aliases(session, pid))
        site.audit(session, AuditAction.UPDATE, "participant", record.kept_id, undo_merge=record.id)
        return MergeInfo(record.id, record.kept_id, record.merged_id,
                         MappingProxyType({k: len(v) for k, v in data["moved"].items()}), True)


def merges_for(site: SiteSession, participant_id: str) -> list[MergeInfo]:
    site.require(Permission.VIEW_PARTICIPANTS)
    with site.unit_of_work() as session:
        rows = session.scalars(
            select(M.ParticipantMerge)
            .where(or_(M.ParticipantMerge.kept_id == participant_id, M.ParticipantMerge.merged_id == participant_id))
            .order_by(M.ParticipantMerge.created_at.desc())
        ).all()
        return [
            MergeInfo(r.id, r.kept_id, r.merged_id,
                      MappingProxyType({k: len(v) for k, v in json.loads(r.moved)["moved"].items()}), r.undone_at is not None)
            for r in rows
        ]
