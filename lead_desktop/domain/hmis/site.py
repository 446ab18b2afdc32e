"""What an HMIS export needs to know about the site that the program does not hold otherwise.

The organization and project as the Continuum of Care's HMIS knows them (their IDs and names), the
project's type, the CoC code and geocode, the funder and grant. Asked once, in the export dialog
(or with the command line's options), and kept as site settings (`setting_key`); the export writes
them into Organization.csv, Project.csv, Funder.csv and ProjectCoC.csv, and the CoC code into every
head of household's Enrollment.EnrollmentCoC.
"""

from __future__ import annotations

import re

from lead_desktop.domain.fields import FieldProblem, FieldSpec, Form, Kind
from lead_desktop.domain.i18n import QT_TRANSLATE_NOOP
from lead_desktop.domain.vocab import Vocabulary

F = FieldSpec

# 2.02.6 ProjectType: the types a LEAD project is set up as. LEAD is "Services Only" in most
# Continuums, "Street Outreach" where its outreach is the street outreach the CoC counts; the
# residential types (shelter, housing) need data LEAD does not collect (beds, move-in dates).
STREET_OUTREACH, SERVICES_ONLY, OTHER = "4", "6", "7"
PROJECT_TYPE = Vocabulary(
    "hmis_project_type",
    [
        (SERVICES_ONLY, QT_TRANSLATE_NOOP("vocab", "Services Only")),
        (STREET_OUTREACH, QT_TRANSLATE_NOOP("vocab", "Street Outreach")),
        (OTHER, QT_TRANSLATE_NOOP("vocab", "Other")),
    ],
)

# 2.06.1 FundingSource: the sources a LEAD project is paid from. Most are local (city, county,
# state or a foundation: 46, with its name in OtherFunder); PATH pays for some outreach (21).
LOCAL_OR_OTHER, PATH = "46", "21"
FUNDER = Vocabulary(
    "hmis_funder",
    [
        (LOCAL_OR_OTHER, QT_TRANSLATE_NOOP("vocab", "Local or other funding source (name it below)")),
        ("4", QT_TRANSLATE_NOOP("vocab", "HUD: CoC - Supportive Services Only")),
        ("11", QT_TRANSLATE_NOOP("vocab", "HUD: ESG - Street Outreach")),
        (PATH, QT_TRANSLATE_NOOP("vocab", "HHS: PATH - Street Outreach and Supportive Services Only")),
        ("54", QT_TRANSLATE_NOOP("vocab", "HUD: Unsheltered Special NOFO")),
        ("34", QT_TRANSLATE_NOOP("vocab", "N/A")),
    ],
)

_COC_CODE = re.compile(r"[A-Z]{2}-[0-9]{3}")
_GEOCODE = re.compile(r"[0-9]{6}")


def _codes(values: dict) -> None:
    coc = str(values.get("coc_code") or "")
    if coc and not _COC_CODE.fullmatch(coc):
        raise FieldProblem("coc_code", QT_TRANSLATE_NOOP(
            "errors", "A CoC code is two capital letters, a hyphen and three digits, like LA-503."))
    geocode = str(values.get("geocode") or "")
    if geocode and not _GEOCODE.fullmatch(geocode):
        raise FieldProblem("geocode", QT_TRANSLATE_NOOP("errors", "A geocode is six digits, like 229071."))


def _other_funder(values: dict) -> None:
    if values.get("funder") == LOCAL_OR_OTHER and not values.get("other_funder"):
        raise FieldProblem("other_funder", QT_TRANSLATE_NOOP(
            "errors", "Name the local or other funding source (for example the city or the county)."))


HMIS_SITE_FORM = Form(
    "hmis_site",
    (
        F("organization_id", QT_TRANSLATE_NOOP("fields", "HMIS OrganizationID"), required=True, max_length=32,
          help=QT_TRANSLATE_NOOP("fields", "The ID the Continuum's HMIS gave the organization that runs LEAD.")),
        F("organization_name", QT_TRANSLATE_NOOP("fields", "Organization name"), required=True, max_length=200),
        F("project_id", QT_TRANSLATE_NOOP("fields", "HMIS ProjectID"), required=True, max_length=32,
          help=QT_TRANSLATE_NOOP("fields", "The ID the Continuum's HMIS gave this LEAD project.")),
        F("project_name", QT_TRANSLATE_NOOP("fields", "Project name"), required=True, max_length=200),
        F("project_type", QT_TRANSLATE_NOOP("fields", "Project type"), Kind.CHOICE, PROJECT_TYPE, required=True,
          default=SERVICES_ONLY),
        F("continuum_project", QT_TRANSLATE_NOOP("fields", "Part of the Continuum's homeless response system"),
          Kind.BOOL, default=False),
        F("coc_code", QT_TRANSLATE_NOOP("fields", "CoC code"), required=True, max_length=6,
          help=QT_TRANSLATE_NOOP("fields", "The Continuum of Care's code, like LA-503.")),
        F("geocode", QT_TRANSLATE_NOOP("fields", "Geocode"), required=True, max_length=6,
          help=QT_TRANSLATE_NOOP("fields", "HUD's six-digit geocode of the place the project works in.")),
        F("funder", QT_TRANSLATE_NOOP("fields", "Funder"), Kind.CHOICE, FUNDER, required=True,
          default=LOCAL_OR_OTHER),
        F("other_funder", QT_TRANSLATE_NOOP("fields", "Funding source's name"), max_length=100),
        F("grant_id", QT_TRANSLATE_NOOP("fields", "Grant ID"), required=True, max_length=100,
          help=QT_TRANSLATE_NOOP("fields", "The grant or contract number of that funding.")),
        F("operating_start", QT_TRANSLATE_NOOP("fields", "Project operating since"), Kind.DATE, required=True,
          not_future=True),
    ),
    checks=(_codes, _other_funder),
)


def setting_key(name: str) -> str:
    """The site setting that keeps a field of HMIS_SITE_FORM."""
    return f"hmis_{name}"
