"""The fact sheet from plain data: the site's texts (escaped), goals, figures, governance, one page (two with much
governance), never a placeholder."""

from __future__ import annotations

import io
from datetime import date

import pypdf

from lead_desktop.reports import fact_sheet
from lead_desktop.reports.fact_sheet import BodySummary, FactSheetData, FactSheetNumbers, FactSheetText, Goal
from lead_desktop.reports.tabular import Suppressed, breakdown


def sheet(**text) -> FactSheetData:  # noqa: ANN003
    values = {"about": "LEAD in Zürich.\n\nSecond <b>paragraph</b> & more.", "referral": "Pathways:\n- Arrest\n- Social",
              "how_to_refer": "Call 555-0100.", "contact": "Zoë Ñandú-Łukasz, Project Manager"} | text
    goals = tuple(Goal(t, f"{t} text") for t in ("Reorient", "Improve", "Increase", "Undo", "Sustain", "Strengthen"))
    numbers = FactSheetNumbers(date(2025, 4, 1), breakdown(("a", "s"), ("Arrest diversion", "Social contact referral"),
                                                          {"a": 40, "s": 25}), 50, Suppressed(), 12, 30, 44, 21,
                               public=True)
    bodies = (BodySummary("Policy Coordinating Group", "Policy Coordinating Group", False, "Sets policy.",
                          "First Thursday", ("Défense Publique", "Police")),
              BodySummary("Community Leadership Team", "Community Leadership Team", True, "", "", ()))
    return FactSheetData("Zürich – Café LEAD", FactSheetText(**values, goals=goals), bodies, numbers, date(2025, 4, 2))


def pages(data: FactSheetData) -> list[str]:
    return [" ".join(p.extract_text().split()) for p in pypdf.PdfReader(io.BytesIO(fact_sheet.pdf_bytes(data))).pages]


def test_fact_sheet_prints_texts_goals_numbers_and_governance():
    text = " ".join(pages(sheet()))
    assert "Second <b>paragraph</b> & more." in text  # typed text is never taken as markup
    assert "• Arrest" in text and "• Social" in text
    assert all(g.upper() in text for g in ("REORIENT", "UNDO", "STRENGTHEN"))
    assert "65 50 <11 12 44 30" in text  # referred, enrolled, on the caseload, housed, services, housing
    assert "Counts from 1 to 10 are shown as “<11”" in text
    assert "Member organizations: Défense Publique, Police" in text
    assert "Community Leadership Team (in development)" in text and "being recruited" in text
    assert "Zoë Ñandú-Łukasz, Project Manager" in text


def test_default_texts_fit_one_letter_page_and_a_broken_logo_is_left_out():
    from dataclasses import replace

    from lead_desktop.services.reporting.editable import default_fact_sheet_text

    for language in ("en", "es"):
        default = default_fact_sheet_text(language)
        assert default.unset == ("how_to_refer", "contact")
        data = sheet(about=default.about, referral=default.referral, how_to_refer=default.how_to_refer,
                     contact=default.contact)
        reader = pypdf.PdfReader(io.BytesIO(fact_sheet.pdf_bytes(data)))
        assert len(reader.pages) == 1
        assert [float(v) for v in reader.pages[0].mediabox] == [0, 0, 612, 792]  # US Letter
        assert "[" not in reader.pages[0].extract_text()  # no "[phone number]"
    broken = replace(data, logo=b"\x89PNG\r\n\x1a\nnot really")
    assert len(pages(broken)) == 1
    assert not pypdf.PdfReader(io.BytesIO(fact_sheet.pdf_bytes(broken))).pages[0].images


def test_a_text_not_written_is_left_out_with_its_heading():
    text = " ".join(pages(sheet(how_to_refer="", contact="  \n")))
    assert "How to refer" not in text and "Contact" not in text and "555-0100" not in text
    only_contact = " ".join(pages(sheet(how_to_refer="")))
    assert "How to refer" not in only_contact and "Contact Zoë Ñandú-Łukasz, Project Manager" in only_contact
    without_about = " ".join(pages(sheet(about="", referral="")))
    assert "What LEAD is" not in without_about and "How referral works" not in without_about
    assert "REORIENT" in without_about


def test_much_governance_takes_a_second_page_at_the_normal_size():
    from dataclasses import replace

    data = sheet()
    body = data.bodies[0]
    many = replace(data, bodies=tuple(replace(body, name=f"Body {i}", purpose="Sets policy. " * 12)
                                      for i in range(12)))
    assert len(pages(many)) == 2
    assert "Body 11" in pages(many)[1]


def test_the_internal_fact_sheet_is_marked_confidential():
    from dataclasses import replace

    data = sheet()
    internal = replace(data, numbers=replace(data.numbers, public=False, enrolled=7))
    text = " ".join(pages(internal))
    assert "CONFIDENTIAL" in text and "“<11”" not in text
