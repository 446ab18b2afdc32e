"""The HMIS export's site details (domain.hmis.site): read from the site settings, checked, and kept.

They are asked once, in the export dialog or by the command line's options, and kept for the next
export. Like every site setting they are changed by administrators (a shared server grants the
settings table to administrators only), each change audited; anyone who may make an HMIS export
uses them. They are saved here rather than through services.settings because they are checked
together, as one form (domain.hmis.site), and are not on the settings page.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from lead_desktop.domain.audit import AuditAction
from lead_desktop.domain.fields import Kind, parse_date, validate
from lead_desktop.domain.hmis.site import HMIS_SITE_FORM, LOCAL_OR_OTHER, setting_key
from lead_desktop.domain.roles import Permission
from lead_desktop.services.session import SiteSession, read_setting, write_setting


@dataclass(frozen=True)
class HmisSite:
    """The checked details an export writes (see domain.hmis.site for what each is)."""

    organization_id: str
    organization_name: str
    project_id: str
    project_name: str
    project_type: int
    continuum_project: bool
    coc_code: str
    geocode: str
    funder: int
    other_funder: str
    grant_id: str
    operating_start: date


def _stored(value: object, kind: Kind) -> object:
    if kind is Kind.DATE:
        try:
            return parse_date(value) if value else None
        except ValueError:
            return None
    return value


def hmis_site_values(site: SiteSession) -> dict[str, object]:
    """The details as kept, in HMIS_SITE_FORM's names (blank where never given)."""
    site.require(Permission.VIEW_PARTICIPANTS)
    with site.unit_of_work() as session:
        return {f.name: _stored(read_setting(session, setting_key(f.name)), f.kind) for f in HMIS_SITE_FORM}


def _checked(values: Mapping[str, object]) -> dict[str, object]:
    """The form's clean values; FormInvalid names every detail missing or wrong."""
    given = {k: v for k, v in values.items() if k in HMIS_SITE_FORM.names}
    if isinstance(given.get("coc_code"), str):
        given["coc_code"] = given["coc_code"].strip().upper()
    return validate(HMIS_SITE_FORM, given)


def save_hmis_site(site: SiteSession, values: Mapping[str, object]) -> dict[str, object]:
    """Check and keep the details (those not given keep their value); each change audited by its key."""
    site.require(Permission.CHANGE_SETTINGS)
    merged = {**hmis_site_values(site), **dict(values)}
    clean = _checked(merged)
    if clean.get("funder") != LOCAL_OR_OTHER:
        clean["other_funder"] = ""
    with site.unit_of_work() as session:
        for f in HMIS_SITE_FORM:
            value = clean.get(f.name)
            stored = value.isoformat() if isinstance(value, date) else (bool(value) if f.kind is Kind.BOOL
                                                                          else value or "")
            key = setting_key(f.name)
            if read_setting(session, key) != stored:
                write_setting(session, key, stored, site.actor.account_id)
                site.audit(session, AuditAction.SETTINGS_CHANGED, "setting", None, key=key)
    site.forget_settings()
    return hmis_site_values(site)


def hmis_site(site: SiteSession) -> HmisSite:
    """The kept details, checked; FormInvalid when one is missing or no longer valid."""
    clean = _checked(hmis_site_values(site))
    return HmisSite(
        organization_id=clean["organization_id"], organization_name=clean["organization_name"],
        project_id=clean["project_id"], project_name=clean["project_name"],
        project_type=int(clean["project_type"]), continuum_project=bool(clean.get("continuum_project")),
        coc_code=clean["coc_code"], geocode=clean["geocode"], funder=int(clean["funder"]),
        other_funder=(clean.get("other_funder") or "") if clean["funder"] == LOCAL_OR_OTHER else "",
        grant_id=clean["grant_id"], operating_start=clean["operating_start"],
    )
