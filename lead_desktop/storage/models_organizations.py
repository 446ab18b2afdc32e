"""The site's one list of organizations (migration 0009): police departments, prosecutors, defenders,
providers, community groups, elected offices.

One row serves both areas: governance (people, seats, memberships and attendance name their
organization) and referral intake (a referral and a referring officer name their agency). A police
department entered once therefore sits on the PCG and refers people. `refers_people` offers it as a
referring agency; `active` keeps an old one on past records without offering it for new referrals.
The columns that point here keep their stable names (`organisation_id`, `agency_id`).

Registered on the shared metadata by `storage.models`, which imports every model module.
"""

from __future__ import annotations

from sqlalchemy import Boolean, String, Text, false, true
from sqlalchemy.orm import Mapped, mapped_column

from lead_desktop.storage.base import Base, Stamped

__all__ = ["Organization"]


class Organization(Stamped, Base):
    __tablename__ = "organization"
    name: Mapped[str] = mapped_column(String(200), nullable=False)
    short_name: Mapped[str | None] = mapped_column(String(40))
    kind: Mapped[str] = mapped_column(String(32), nullable=False)  # domain.organizations.ORGANIZATION_KIND
    notes: Mapped[str | None] = mapped_column(Text)
    refers_people: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False, server_default=false())
    active: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True, server_default=true())
