"""The site's one list of organizations: its vocabulary and its form (DOMAIN.md §2 and §5).

A police department, a prosecutor's office, a provider or a community group is entered once and
serves governance (it sits on bodies; its people are members) and referral intake (it refers
people; its officers make referrals). `refers_people` offers it on the referral form; new law
enforcement agencies refer people unless told otherwise (`refers_by_default`).
"""

from __future__ import annotations

from lead_desktop.domain.fields import FieldSpec, Form, Kind
from lead_desktop.domain.i18n import QT_TRANSLATE_NOOP
from lead_desktop.domain.vocab import Vocabulary

F = FieldSpec

ORGANIZATION_KIND = Vocabulary(
    "organization_kind",
    [
        ("law_enforcement", QT_TRANSLATE_NOOP("vocab", "Law enforcement")),
        ("prosecution", QT_TRANSLATE_NOOP("vocab", "Prosecution")),
        ("defense", QT_TRANSLATE_NOOP("vocab", "Defense")),
        ("health_agency", QT_TRANSLATE_NOOP("vocab", "Health agency")),
        ("service_provider", QT_TRANSLATE_NOOP("vocab", "Service provider")),
        ("elected_office", QT_TRANSLATE_NOOP("vocab", "Elected office")),
        ("community_group", QT_TRANSLATE_NOOP("vocab", "Community group")),
        ("other", QT_TRANSLATE_NOOP("vocab", "Other")),
    ],
)

ORGANIZATION_FORM = Form(
    "organization",
    (
        F("name", QT_TRANSLATE_NOOP("fields", "Name"), required=True, max_length=200),
        F("short_name", QT_TRANSLATE_NOOP("fields", "Short name"), max_length=40,
          help=QT_TRANSLATE_NOOP("fields",
                                 "An abbreviation people use, e.g. NOPD. Consent recipients are matched against "
                                 "the name and the short name.")),
        F("kind", QT_TRANSLATE_NOOP("fields", "Kind"), Kind.CHOICE, ORGANIZATION_KIND, required=True, default="other"),
        F("refers_people", QT_TRANSLATE_NOOP("fields", "Refers people to LEAD"), Kind.BOOL, default=False,
          help=QT_TRANSLATE_NOOP("fields", "Offered as the referring agency on the referral form, with its officers.")),
        F("active", QT_TRANSLATE_NOOP("fields", "Active"), Kind.BOOL, default=True,
          help=QT_TRANSLATE_NOOP("fields", "An inactive organization stays on old records but is not offered for new "
                                           "referrals.")),
        F("notes", QT_TRANSLATE_NOOP("fields", "Notes"), Kind.LONGTEXT, max_length=2000),
    ),
)


def refers_by_default(kind: str | None) -> bool:
    """Whether a new organization of this kind refers people unless told otherwise: law enforcement does."""
    return kind == "law_enforcement"
