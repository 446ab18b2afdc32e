"""Viewers read the numbers staff computed, never the participant tables: on a server the database
refuses them those tables, on a laptop their key opens only the viewers' store (services.viewers).
So their program report, fact sheet and packet snapshot read the published numbers
(services.published): every computation by anyone else on a server, or on a laptop that has viewers,
is also published, one row per report kind and period. Numbers nobody computed yet raise
NumbersNotPrepared.
"""

from __future__ import annotations

import logging
from datetime import date

from lead_desktop.domain.errors import KnownError, NumbersNotPrepared
from lead_desktop.domain.roles import Role
from lead_desktop.services import published
from lead_desktop.services.session import SiteSession
from lead_desktop.storage import viewer_store

log = logging.getLogger(__name__)


def reads_published(site: SiteSession) -> bool:
    """True when `site`'s reports come from the published numbers: a viewer's, on a server or a laptop."""
    return site.actor.role is Role.VIEWER


def publishes(site: SiteSession) -> bool:
    """Whether what `site` computes is kept for viewers: anyone else's, on a server or on a laptop site
    that has (had) viewers."""
    if reads_published(site):
        return False
    return site.is_server or bool(site.setting(viewer_store.KEY_SETTING))


def _read_published(site: SiteSession, kind: str, start: date, end: date, cls: type, *,
                    newest_by_end: bool = False) -> object:
    """The published numbers for exactly (kind, start, end) or, with `newest_by_end`, the newest
    one-day numbers published on or before `end`; NumbersNotPrepared when there are none."""
    with site.unit_of_work() as session:
        if newest_by_end:
            found = published.load_latest(session, kind, end, cls)
        else:
            found = published.load(session, kind, start, end, cls)
    if found is None:
        raise NumbersNotPrepared()
    return found.numbers


def _publish(site: SiteSession, kind: str, start: date, end: date, numbers: object) -> None:
    """Keep what was just computed for the viewers. The person's own report never fails for it: a
    refusal or a busy server is logged and the next computation publishes."""
    if not publishes(site):
        return
    try:
        with site.unit_of_work() as session:
            published.store(session, kind, start, end, numbers, site.actor.account_id)
    except KnownError as err:
        log.warning("%s numbers computed but not published: %s", kind, type(err).__name__)
