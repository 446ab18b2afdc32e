"""Viewers on a shared server: the database refuses them every participant table, so their
program report, fact sheet and packet snapshot read the numbers staff computed there
(services.published): every computation by anyone else on a server is also published, one
row per report kind and period. Numbers nobody computed yet raise NumbersNotPrepared.
"""

from __future__ import annotations

import logging
from datetime import date

from lead_desktop.domain.errors import KnownError, NumbersNotPrepared
from lead_desktop.domain.roles import Role
from lead_desktop.services import published
from lead_desktop.services.session import SiteSession

log = logging.getLogger(__name__)


def reads_published(site: SiteSession) -> bool:
    """True when `site`'s reports come from the published numbers: a viewer on a server."""
    return site.is_server and site.actor.role is Role.VIEWER


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
    """On a server, keep what was just computed for the viewers. The person's own report never fails
    for it: a refusal or a busy server is logged and the next computation publishes."""
    if not site.is_server:
        return
    try:
        with site.unit_of_work() as session:
            published.store(session, kind, start, end, numbers, site.actor.account_id)
    except KnownError as err:
        log.warning("%s numbers computed but not published: %s", kind, type(err).__name__)
