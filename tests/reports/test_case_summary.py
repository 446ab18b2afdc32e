"""The case summary PDF: CONFIDENTIAL on every page, the 42 CFR 2.32 notice exactly when asked, Unicode names."""

from __future__ import annotations

import io
from datetime import date

import pypdf
import pytest

from lead_desktop.reports import case_summary
from lead_desktop.reports.case_summary import CaseSummaryData, SummarySection

NAME = "Zoë Ñandú-Łukasz"


def data(*, notice: bool, sud: bool = True, rows: int = 3) -> CaseSummaryData:
    contacts = SummarySection("contacts", "Recent contacts", ("Date", "Type", "Location", "Minutes", "Reached"),
                              tuple((f"2025-01-{i % 28 + 1:02d} 10:00", "Street / field", "Ñandú Park", "30", "yes")
                                    for i in range(rows)), (0.2, 0.2, 0.34, 0.1, 0.16))
    empty = SummarySection("legal", "Other legal cases", ("Court",), ())
    return CaseSummaryData("Zürich – Café LEAD", date(2025, 4, 15), "Ada Administrator", "TEST-000003", NAME,
                           (("Date of birth", "1960-01-01"), ("Case manager", "Łucja Zając")), (contacts, empty),
                           "Public Defender", "Hearing", "Part 2 consent, signed 2025-01-01", "", sud, notice)


def text_of(pdf: bytes) -> list[str]:
    return [" ".join(p.extract_text().split()) for p in pypdf.PdfReader(io.BytesIO(pdf)).pages]


@pytest.mark.parametrize("notice", [True, False])
def test_the_notice_is_printed_exactly_when_asked(notice):
    pages = text_of(case_summary.pdf_bytes(data(notice=notice)))
    text = " ".join(pages)
    assert ("42 CFR 2.32" in text) is notice
    assert ("This record which has been disclosed to you is protected by Federal confidentiality rules" in text) is notice
    assert (case_summary.PART2_NOTICE.split()[-1] in text) is notice


def test_confidential_on_every_page_and_names_survive():
    pages = text_of(case_summary.pdf_bytes(data(notice=True, rows=80)))
    assert len(pages) >= 2
    assert all(page.count("CONFIDENTIAL") >= 2 for page in pages)  # header and footer
    assert f"Case summary: {NAME} (TEST-000003)" in pages[0]
    assert "Łucja Zając" in pages[0] and "Ñandú Park" in pages[-1]
    assert "Recent contacts" in " ".join(pages) and "None recorded." in pages[-1]
    assert all("Date Type Location Minutes Reached" in page for page in pages[1:] if "Ñandú Park" in page)


def test_a_disclosure_without_consent_shows_the_reason():
    d = data(notice=False, sud=False)
    from dataclasses import replace

    pages = text_of(case_summary.pdf_bytes(replace(d, consent="", reason_without_consent="Court order 25-17")))
    assert "Disclosed without a covering consent. Reason recorded: Court order 25-17" in pages[0]
    assert "This summary contains no substance-use-disorder information." in pages[0]


def test_csv_names_the_notice_only_with_it():
    from lead_desktop.reports import tabular

    with_notice = tabular.csv_text(case_summary.csv_sections(data(notice=True)), case_summary.csv_preamble(data(notice=True)))
    without = tabular.csv_text(case_summary.csv_sections(data(notice=False)), case_summary.csv_preamble(data(notice=False)))
    assert "42 CFR 2.32 notice" in with_notice and "42 CFR 2.32 notice" not in without
    assert NAME in with_notice
