"""Governance: organizations, people, bodies (PCG, OWGs, CLT, others), their seats and memberships,
and the roster of each body with expiring terms and empty seats. Meetings are services.meetings.

Reads need Permission.VIEW_GOVERNANCE (viewers have it), writes EDIT_GOVERNANCE (project
managers, administrators); the organizations list, which referral intake shares, is open to those
who see (or change) participants too. Every change is audited with ids only. The window gets frozen
dataclasses; `roster_data` is also the input a roster PDF is built from.

One module per job; this package re-exports their public names, so callers may write
`governance.list_bodies(...)`:

* organizations — the site's one list of organizations (member agencies, referring agencies, groups)
* people — the people who serve on the bodies
* bodies — the bodies, their rule and their seats
* memberships — who sits on a body, in which role, for which term
* roster — a body's roster on a day, and the terms ending soon
* common — what they share: the errors, reading a live row
"""

from __future__ import annotations

from lead_desktop.services.governance.bodies import (
    Body, Seat, add_seat, create_body, delete_body, get_body, list_bodies, list_seats, remove_seat, update_body,
    update_seat,
)
from lead_desktop.services.governance.common import GovernanceRecordNotFound, StillInUse
from lead_desktop.services.governance.memberships import (
    MembershipRow, add_membership, delete_membership, end_membership, list_memberships, update_membership,
)
from lead_desktop.services.governance.organizations import (
    Organization, create_organization, delete_organization, list_organizations, organization_choices,
    update_organization,
)
from lead_desktop.services.governance.people import (
    Person, create_person, delete_person, list_people, person_choices, update_person,
)
from lead_desktop.services.governance.roster import EmptySeatRow, ExpiringTerm, RosterData, expiring_terms, roster_data

__all__ = [
    "Body", "Seat", "add_seat", "create_body", "delete_body", "get_body", "list_bodies", "list_seats", "remove_seat",
    "update_body", "update_seat", "GovernanceRecordNotFound", "StillInUse", "MembershipRow", "add_membership",
    "delete_membership", "end_membership", "list_memberships", "update_membership", "Organization",
    "create_organization", "delete_organization", "list_organizations", "organization_choices", "update_organization",
    "Person", "create_person", "delete_person", "list_people", "person_choices", "update_person", "EmptySeatRow",
    "ExpiringTerm", "RosterData", "expiring_terms", "roster_data",
]
