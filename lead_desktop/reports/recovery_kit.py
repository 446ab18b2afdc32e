"""The Recovery Kit: one printable page with the site's recovery key and how to use it.

The recovery key is the site's master key. The page says what it is, where to
write down where the printout is kept, how to use it in LEAD Desktop and on the
command line, and how to open the database with any SQLCipher 4 tool
(``PRAGMA key = "x'…'"``) so the site is never locked out of its own data.

Every fixed sentence is in `STRINGS` (translation context "reports");
`recovery_kit_pdf` takes a `translate` callable for them.
"""

from __future__ import annotations

import datetime
import io
from dataclasses import dataclass
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.platypus import KeepTogether, Paragraph, Spacer, Table

from lead_desktop.domain.i18n import QT_TRANSLATE_NOOP
from lead_desktop.domain.validation import format_recovery_key, parse_recovery_key
from lead_desktop.reports import pdfbase
from lead_desktop.reports.pdfbase import FONT_MONO_BOLD, PageDecor, Translate, identity

KEY_FONT_SIZE = 18
GROUPS_PER_ROW = 4
FIT_SCALES = (1.0, 0.93, 0.86, 0.8, 0.74, 0.68)
KEY_BACKGROUND = colors.HexColor("#fafafa")
CODE_BACKGROUND = colors.HexColor("#f2f2f2")


@dataclass(frozen=True)
class RecoveryKitData:
    site_name: str
    recovery_key: str  # as format_recovery_key prints it; dashes and spaces are optional
    created_on: datetime.date
    data_folder: str


# Translations may keep the <b> markup; {placeholders} are filled after translation.
# The commands and the PRAGMA line are not translated: they must be typed exactly.
STRINGS: dict[str, str] = {
    "header": QT_TRANSLATE_NOOP("reports", "Recovery Kit"),
    "title": QT_TRANSLATE_NOOP("reports", "Recovery Kit — {site}"),
    "subtitle": QT_TRANSLATE_NOOP(
        "reports", "Created on {date}. Print this page, store it locked away, then delete the PDF file."
    ),
    "key_heading": QT_TRANSLATE_NOOP("reports", "Recovery key"),
    "stored_heading": QT_TRANSLATE_NOOP("reports", "Where this printout is kept"),
    "stored_place": QT_TRANSLATE_NOOP("reports", "Place:"),
    "stored_by": QT_TRANSLATE_NOOP("reports", "Put there by:"),
    "stored_date": QT_TRANSLATE_NOOP("reports", "Date:"),
    "what_heading": QT_TRANSLATE_NOOP("reports", "What this key is"),
    "what_1": QT_TRANSLATE_NOOP(
        "reports",
        "This is the site's <b>master key</b>: it unlocks the encrypted database directly, "
        "without any account or password. <b>Anyone who holds it can read all of the site's data.</b> "
        "Keep it locked away like the key to a safe; never email, photograph, scan or upload it."
    ),
    "what_2": QT_TRANSLATE_NOOP(
        "reports",
        "Staff sign in with their own passwords. Use this key only when every administrator password is "
        "lost or the key file (site.keys) is damaged or missing. If the master key is ever changed, this "
        "key stops working: print the new Recovery Kit and shred this one."
    ),
    "app_heading": QT_TRANSLATE_NOOP("reports", "Using the key in LEAD Desktop"),
    "app_1": QT_TRANSLATE_NOOP(
        "reports",
        "In the sign-in window choose <b>Use the recovery key…</b> and type the 64 characters above "
        "(dashes optional). You are signed in as an administrator; under Administration, give an "
        "administrator a new temporary password."
    ),
    "app_2": QT_TRANSLATE_NOOP(
        "reports",
        "On the command line the key is read from the program's input, never from the command itself. "
        "The first command checks the site; the second gives the account NAME a new temporary password "
        "(input line 1: this key, line 2: the temporary password):"
    ),
    "cli_verify": 'lead-desktop-admin --data-dir "{folder}" --recovery-key-stdin verify',
    "cli_reset": 'lead-desktop-admin --data-dir "{folder}" --recovery-key-stdin reset-password --username NAME',
    "raw_heading": QT_TRANSLATE_NOOP("reports", "Opening the database without LEAD Desktop"),
    "raw_1": QT_TRANSLATE_NOOP(
        "reports",
        "The data are in the file <b>site.db</b> in the data folder, encrypted with SQLCipher 4. Close "
        "LEAD Desktop and copy the folder. Open the copy of site.db with any SQLCipher 4 tool (for example "
        "the sqlcipher shell or DB Browser for SQLite), run this command first, exactly as printed "
        "(it is the key above without dashes), then read the tables with SQL as usual:"
    ),
    "pragma": "PRAGMA key = \"x'{hex}'\";",
    "select_example": "SELECT count(*) FROM account;",
    "folder_note": QT_TRANSLATE_NOOP("reports", "Data folder when this kit was made: {folder}"),
}


def recovery_kit_pdf(data: RecoveryKitData, *, translate: Translate = identity) -> bytes:
    """The one-page Recovery Kit PDF (services.site.write_recovery_kit writes it to a file)."""
    key = parse_recovery_key(data.recovery_key)  # BadRecoveryKey when it is not 64 hex digits
    return render_recovery_kit(data, key, translate)


def render_recovery_kit(data: RecoveryKitData, key: bytes, translate: Translate = identity) -> bytes:
    """The PDF bytes, laid out tighter step by step until it fits one page (long site names and folders)."""
    decor = PageDecor(site_name=data.site_name, title=STRINGS["header"], confidential=True, translate=translate)
    groups = format_recovery_key(key).split("-")
    pdf = b""
    for scale in FIT_SCALES:
        buffer = io.BytesIO()
        story = _story(data, groups, key.hex(), translate, scale)
        pages = pdfbase.render_pdf(buffer, story, decor, subject=translate(STRINGS["header"]))
        pdf = buffer.getvalue()
        if pages == 1:
            break
    return pdf


def _story(data: RecoveryKitData, groups: list[str], key_hex: str, tr: Translate, scale: float) -> list:
    st = pdfbase.styles(scale)
    site = escape(data.site_name)
    folder = escape(data.data_folder)

    def para(key: str, style: str = "body", **params: str) -> Paragraph:
        return Paragraph(tr(STRINGS[key]).format(**params), st[style])

    def code(*lines: str) -> Table:
        box = Table([[Paragraph(escape(line), st["mono"])] for line in lines], colWidths=[pdfbase.CONTENT_WIDTH])
        box.setStyle(
            pdfbase.table_style(
                ("BACKGROUND", (0, 0), (-1, -1), CODE_BACKGROUND),
                ("LEFTPADDING", (0, 0), (-1, -1), 6),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            )
        )
        return box

    return [
        para("title", "title", site=site),
        para("subtitle", "subtitle", date=data.created_on.isoformat()),
        para("key_heading", "heading"),
        _key_table(groups, max(scale, 0.9)),
        KeepTogether([para("stored_heading", "heading"), _stored_box(tr, st, scale)]),
        para("what_heading", "heading"),
        para("what_1"),
        para("what_2"),
        para("app_heading", "heading"),
        para("app_1"),
        para("app_2"),
        code(
            STRINGS["cli_verify"].format(folder=data.data_folder),
            STRINGS["cli_reset"].format(folder=data.data_folder),
        ),
        para("raw_heading", "heading"),
        para("raw_1"),
        code(STRINGS["pragma"].format(hex=key_hex), STRINGS["select_example"]),
        Spacer(1, 3 * mm),
        para("folder_note", "small", folder=folder),
    ]


def _key_table(groups: list[str], scale: float) -> Table:
    size = round(KEY_FONT_SIZE * scale, 1)
    rows = [groups[i : i + GROUPS_PER_ROW] for i in range(0, len(groups), GROUPS_PER_ROW)]
    table = Table(rows, colWidths=[30 * mm] * GROUPS_PER_ROW, hAlign="CENTER")
    table.setStyle(
        pdfbase.table_style(
            ("FONTNAME", (0, 0), (-1, -1), FONT_MONO_BOLD),
            ("FONTSIZE", (0, 0), (-1, -1), size),
            ("LEADING", (0, 0), (-1, -1), size),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
            ("ALIGN", (0, 0), (-1, -1), "CENTER"),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("BOX", (0, 0), (-1, -1), 1.2, pdfbase.INK),
            ("INNERGRID", (0, 0), (-1, -1), 0.4, pdfbase.RULE),
            ("BACKGROUND", (0, 0), (-1, -1), KEY_BACKGROUND),
        )
    )
    return table


def _stored_box(tr: Translate, st: dict, scale: float) -> Table:
    label = st["body"]
    rows = [
        [Paragraph(tr(STRINGS["stored_place"]), label), ""],
        [Paragraph(tr(STRINGS["stored_by"]), label), ""],
        [Paragraph(tr(STRINGS["stored_date"]), label), ""],
    ]
    table = Table(rows, colWidths=[30 * mm, pdfbase.CONTENT_WIDTH - 30 * mm], rowHeights=[8 * mm * scale] * len(rows))
    table.setStyle(
        pdfbase.table_style(
            ("BOX", (0, 0), (-1, -1), 0.8, pdfbase.INK),
            ("LINEBELOW", (1, 0), (1, -1), 0.4, pdfbase.RULE),
            ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
            ("TOPPADDING", (0, 0), (-1, -1), 2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        )
    )
    return table
