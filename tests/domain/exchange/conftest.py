"""Shared by the data exchange rule tests: one fixed "today", and a cell read as `field` reads it."""

from __future__ import annotations

from datetime import date

from lead_desktop.domain import exchange as X
from lead_desktop.domain.fields import FieldSpec

TODAY = date(2026, 6, 15)


def value(spec: FieldSpec, raw: object, order: str = X.MONTH_FIRST) -> object:
    return X.field_value(spec, raw, order, today=TODAY)
