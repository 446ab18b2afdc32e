"""The parts of reports a site edits: the fact sheet's texts (shipped defaults per language, the
site's own where it saved any), the site's logo, and the equity baselines. Reading them is open to
anyone who may see reports; changing them to administrators and project managers.

"How to refer" and "Contact" have no shipped default: until the site writes them they are not set,
and the fact sheet leaves them out. Earlier versions shipped placeholders for them ("[phone number]");
a site that saved those unchanged has them read as not set too.
"""

from __future__ import annotations

import base64
import hashlib
import io
import json
from collections.abc import Mapping, Sequence

from lead_desktop.domain.audit import AuditAction
from lead_desktop.domain.errors import PermissionDenied, ValidationError
from lead_desktop.domain.i18n import QT_TRANSLATE_NOOP
from lead_desktop.domain.roles import Permission, Role
from lead_desktop.reports.fact_sheet import FactSheetText, Goal
from lead_desktop.reports.program_data import Baseline
from lead_desktop.resources import ResourceMissing, resource_path
from lead_desktop.services.metrics.baselines import BASELINES_KEY, read_baselines
from lead_desktop.services.metrics.categories import RACE_LABELS
from lead_desktop.services.session import SiteSession, read_setting, write_setting

FACT_SHEET_KEY = "reports.fact_sheet_text"
LOGO_KEY = "reports.logo"
FACT_SHEET_FIELDS = ("about", "referral", "how_to_refer", "contact")
MAX_TEXT = 4000
MAX_LOGO_BYTES = 512 * 1024
LOGO_TYPES = {b"\x89PNG\r\n\x1a\n": "image/png", b"\xff\xd8\xff": "image/jpeg"}
MAX_BASELINES = 200

REPORT_EDITORS = frozenset({Role.ADMINISTRATOR, Role.PROJECT_MANAGER})

# The placeholders earlier versions shipped as default texts (English and Spanish), never to be printed.
_OLD_PLACEHOLDERS = frozenset({
    "Officers: call the LEAD case-management line for a warm hand-off [phone number].\nCommunity partners: "
    "contact the project manager to discuss a referral [phone number, email].\n\n(Your site edits this text on "
    "the Reports page.)",
    "LEAD Project Manager [name]\n[Host agency, address]\n[Phone] · [Email]",
    "Agentes: llamen a la línea de administración de casos de LEAD para un traspaso en persona [número de "
    "teléfono].\nOrganizaciones de la comunidad: comuníquense con el gerente de proyecto para conversar sobre "
    "una remisión [número de teléfono, correo electrónico].\n\n(Su sitio edita este texto en la página Informes).",
    "Gerente de proyecto de LEAD [nombre]\n[Agencia anfitriona, dirección]\n[Teléfono] · [Correo electrónico]",
})


def _is_placeholder(text: str) -> bool:
    return text.replace("\r\n", "\n").strip() in _OLD_PLACEHOLDERS


def can_edit_report_settings(site: SiteSession) -> bool:
    return site.actor.role in REPORT_EDITORS


def _require_editor(site: SiteSession) -> None:
    if not can_edit_report_settings(site):
        raise PermissionDenied(role=site.actor.role.label,
                               action=QT_TRANSLATE_NOOP("vocab", "change the fact sheet and the equity baselines"))


def default_fact_sheet_text(language: str = "en") -> FactSheetText:
    """The shipped fact-sheet texts in `language` (texts/fact_sheet_<language>.json), English when there are none."""
    try:
        path = resource_path("texts", f"fact_sheet_{language}.json")
    except ResourceMissing:
        path = resource_path("texts", "fact_sheet_en.json")
    raw = json.loads(path.read_text(encoding="utf-8"))
    return FactSheetText(*(str(raw.get(k, "")) for k in FACT_SHEET_FIELDS),
                         goals=tuple(Goal(str(g["title"]), str(g["text"])) for g in raw.get("goals", ())))


def fact_sheet_text(site: SiteSession, language: str = "en") -> FactSheetText:
    """The site's fact-sheet texts: what it saved, the shipped defaults (in `language`) for the rest;
    "" for a text that is not set (`FactSheetText.unset`)."""
    with site.unit_of_work() as session:
        saved = read_setting(session, FACT_SHEET_KEY) or {}
    if not isinstance(saved, dict):
        saved = {}
    default = default_fact_sheet_text(language)
    values = {}
    for key in FACT_SHEET_FIELDS:
        own = str(saved.get(key) or "")
        values[key] = own if own.strip() and not _is_placeholder(own) else getattr(default, key)
    return FactSheetText(**values, goals=default.goals)


def save_fact_sheet_text(site: SiteSession, values: Mapping[str, str]) -> FactSheetText:
    """Save the editable texts (about, referral, how_to_refer, contact). An empty field goes back to the default
    (for how_to_refer and contact: not set, left out of the fact sheet)."""
    _require_editor(site)
    clean: dict[str, str] = {}
    for key in FACT_SHEET_FIELDS:
        text = str(values.get(key) or "").replace("\r\n", "\n").strip()
        if len(text) > MAX_TEXT:
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "A fact-sheet text can be at most {maximum} characters."),
                                  field=key, maximum=MAX_TEXT)
        if text and not _is_placeholder(text):
            clean[key] = text
    with site.unit_of_work() as session:
        write_setting(session, FACT_SHEET_KEY, clean, site.actor.account_id)
        site.audit(session, AuditAction.SETTINGS_CHANGED, "setting", None, key=FACT_SHEET_KEY,
                   fields=sorted(clean))
    return fact_sheet_text(site)


def logo(site: SiteSession) -> bytes | None:
    with site.unit_of_work() as session:
        saved = read_setting(session, LOGO_KEY)
    if not isinstance(saved, dict) or not saved.get("data"):
        return None
    try:
        return base64.b64decode(saved["data"])
    except (ValueError, TypeError):
        return None


def set_logo(site: SiteSession, data: bytes | None) -> None:
    """Store the site's logo (PNG or JPEG, at most 512 KB) inside the encrypted database; None removes it."""
    _require_editor(site)
    value = None
    if data:
        kind = next((t for magic, t in LOGO_TYPES.items() if data.startswith(magic)), None)
        if kind is None:
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "Choose a PNG or JPEG image for the logo."))
        if len(data) > MAX_LOGO_BYTES:
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "The logo is larger than 512 KB. Save a smaller image."))
        try:
            from reportlab.lib.utils import ImageReader

            width, height = ImageReader(io.BytesIO(data)).getSize()
        except Exception:  # noqa: BLE001 - any decoder failure means the file is not a usable image
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "That image cannot be read. Save it again as PNG or JPEG.")
            ) from None
        if width < 1 or height < 1:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "That image cannot be read. Save it again as PNG or JPEG.")
            )
        value = {"media_type": kind, "data": base64.b64encode(data).decode("ascii"),
                 "sha256": hashlib.sha256(data).hexdigest()}
    with site.unit_of_work() as session:
        write_setting(session, LOGO_KEY, value, site.actor.account_id)
        site.audit(session, AuditAction.SETTINGS_CHANGED, "setting", None, key=LOGO_KEY, removed=value is None)


def list_baselines(site: SiteSession) -> list[Baseline]:
    site.require(Permission.VIEW_REPORTS)
    with site.unit_of_work() as session:
        return read_baselines(session)


def save_baselines(site: SiteSession, baselines: Sequence[Baseline]) -> list[Baseline]:
    """Replace the site's equity baselines (the project manager's table on the Reports page)."""
    _require_editor(site)
    if len(baselines) > MAX_BASELINES:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Keep at most {maximum} baselines."), maximum=MAX_BASELINES)
    stored = []
    for b in baselines:
        label = " ".join((b.label or "").split())[:120]
        if not label:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "Give each baseline a name, e.g. “Arrests 2025”."), field="label"
            )
        if b.end < b.start:
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "The period cannot end before it starts."), field="end")
        counts = {}
        for key, value in b.counts:
            if key not in RACE_LABELS:
                raise ValidationError(QT_TRANSLATE_NOOP("errors", "Unknown group {key}."), key=key)
            if not isinstance(value, int) or value < 0 or value > 100_000_000:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("errors", "Counts are whole numbers of zero or more."), field=key
                )
            counts[key] = value
        if sum(counts.values()) == 0:
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "Enter the baseline's counts: they cannot all be zero."),
                                  field="counts")
        stored.append({"label": label, "source": " ".join((b.source or "").split())[:200],
                       "start": b.start.isoformat(), "end": b.end.isoformat(), "counts": counts})
    with site.unit_of_work() as session:
        write_setting(session, BASELINES_KEY, stored, site.actor.account_id)
        site.audit(session, AuditAction.SETTINGS_CHANGED, "setting", None, key=BASELINES_KEY,
                   baselines=len(stored))
        return read_baselines(session)
