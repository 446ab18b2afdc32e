"""What the referral modules share: today's date and a form's defaults under the values given."""

from __future__ import annotations

from datetime import date

from lead_desktop.domain.fields import Form


def _today() -> date:
    return date.today()


def _defaults(form: Form, values: dict) -> dict:
    merged = {spec.name: spec.default for spec in form if spec.default is not None}
    merged.update(values)
    return merged
