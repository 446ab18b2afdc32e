"""Equity baselines: the counts by race and ethnicity a project manager enters for a period (edited
through services.reporting), and the one that fits a report's period best."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from sqlalchemy.orm import Session

from lead_desktop.reports.program_data import Baseline
from lead_desktop.reports.tabular import Period
from lead_desktop.services.metrics.categories import RACE_KEYS, RACE_LABELS
from lead_desktop.services.session import read_setting

BASELINES_KEY = "reports.equity_baselines"  # setting holding the site-entered equity baselines (JSON list)


def read_baselines(session: Session) -> list[Baseline]:
    raw = read_setting(session, BASELINES_KEY) or []
    out = []
    for item in raw if isinstance(raw, list) else []:
        try:
            counts = tuple((k, int(v)) for k, v in dict(item.get("counts", {})).items() if k in RACE_LABELS)
            out.append(Baseline(str(item.get("label", "")), str(item.get("source", "")),
                                date.fromisoformat(item["start"]), date.fromisoformat(item["end"]),
                                tuple(sorted(counts, key=lambda kv: RACE_KEYS.index(kv[0])))))
        except (KeyError, TypeError, ValueError):
            continue  # a damaged entry is skipped, never fatal for a report
    return out


def best_baseline(baselines: Sequence[Baseline], period: Period) -> Baseline | None:
    """The baseline overlapping the period most (ties: the one closest in length); None without overlap."""
    best, best_key = None, None
    for b in baselines:
        overlap = (min(b.end, period.end) - max(b.start, period.start)).days + 1
        if overlap <= 0 or b.total <= 0:
            continue
        key = (overlap, -abs(((b.end - b.start).days + 1) - period.days))
        if best_key is None or key > best_key:
            best, best_key = b, key
    return best
