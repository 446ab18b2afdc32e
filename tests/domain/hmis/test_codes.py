"""The HUD code lists of the HMIS CSV FY2026 specification: codes, labels, the lists HUD derives
from its shared living situation list, and the missing-data codes 8, 9 and 99 (issue 17)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from lead_desktop.domain import hmis
from lead_desktop.domain.hmis import codes


def test_every_list_is_non_empty_with_int_codes_and_labels():
    for number, found in codes.LISTS.items():
        assert found.number == number
        assert found.codes, number
        kinds = {type(code) for code, _ in found.codes}
        # V6.1 (VA station numbers such as "528A5") is the specification's one string-coded list.
        assert kinds == ({str} if number == "V6.1" else {int}), number
        for code, text in found.codes:
            assert text and text == text.strip() and text.isascii(), (number, code)
    names = [found.name for found in codes.LISTS.values()]
    assert len(names) == len(set(names))


def test_lists_by_number_or_name():
    assert codes.code_list("3.12.A") is codes.code_list("RentalSubsidyType")
    assert codes.code_list("Destination").number == "3.12"
    assert codes.code_list("R3.1").name == "SexualOrientation"  # FY2024 only, for FY2024 imports
    assert "R3.1" not in codes.LISTS
    with pytest.raises(KeyError):
        codes.code_list("3.06.1")  # FY2024's gender list: its columns are 0/1 (list 1.10)


def test_destination_and_prior_living_situation_are_separate_lists():
    destination, prior, current = codes.DESTINATION, codes.PRIOR_LIVING_SITUATION, codes.CURRENT_LIVING_SITUATION
    assert destination is not prior
    # 435 "Rental by client, with ongoing housing subsidy" is on all three …
    for found in (destination, prior, current):
        assert found.label(435) == "Rental by client, with ongoing housing subsidy"
    # … but tenure-qualified stays and exit-only answers are destinations, not living situations,
    assert {312, 313, 422, 423, 426, 327, 24, 30} <= set(destination.values())
    assert not {312, 313, 422, 423, 426, 327, 24, 30} & set(prior.values())
    # and "staying in a family member's/friend's room" is the other way round.
    assert {335, 336} <= set(prior.values()) and not {335, 336} & set(destination.values())
    assert 37 in current.values() and 37 not in prior.values() and 37 not in destination.values()
    assert 17 in destination.values() and 17 in current.values() and 17 not in prior.values()
    assert (len(destination.codes), len(prior.codes), len(current.codes)) == (29, 22, 24)
    shared = codes.code_list("3.12.1")
    for found in (destination, prior, current):
        assert set(found.values()) <= set(shared.values())
        assert [code for code in shared.values() if code in found] == list(found.values())  # HUD's order


def test_every_destination_code_a_participant_can_leave_to():
    for code in (101, 116, 118, 204, 205, 206, 207, 215, 225, 302, 312, 313, 314, 327, 329, 332,
                 410, 411, 421, 422, 423, 426, 435, 8, 9, 17, 24, 30, 99):
        assert hmis.is_valid_code("Destination", code), code
    assert hmis.label("3.12", 207) == "Jail, prison, or juvenile detention facility"


@pytest.mark.parametrize("number, allowed", [
    ("1.7", (99,)),
    ("1.8", (8, 9, 99)),
    ("1.10", ()),
    ("3.12", (8, 9, 99)),
    ("3.917", (8, 9, 99)),
    ("4.21", (8, 9, 99)),
    ("3.12.A", ()),
    ("1.3", ()),  # 8 is HIV/AIDS and 9 mental health disorder here, not missing data
    ("2.02.6", ()),  # 8 is Safe Haven, 9 PH - Housing Only
    ("2.03.4", (99,)),  # "Unknown / data not collected"
    ("3.15.1", (99,)),
])
def test_missing_data_codes_per_list(number, allowed):
    assert codes.missing_data_codes(number) == allowed
    for code in allowed:
        assert hmis.is_valid_code(number, code)


def test_missing_data_labels():
    assert hmis.label("1.8", codes.CLIENT_DOESNT_KNOW) == "Client doesn't know"
    assert hmis.label("1.8", codes.CLIENT_PREFERS_NOT_TO_ANSWER) == "Client prefers not to answer"
    assert hmis.label("1.8", codes.DATA_NOT_COLLECTED) == "Data not collected"
    assert not hmis.is_valid_code("1.10", 99)


def test_fy2026_values():
    assert [(code, hmis.label("4.21", code)) for code in (0, 1)] == [(0, "Female"), (1, "Male")]
    assert codes.code_list("Sex").values() == (0, 1, 8, 9, 99)
    # LEAD projects are usually Street Outreach or Services Only.
    assert (hmis.label("ProjectType", 4), hmis.label("ProjectType", 6)) == ("Street Outreach", "Services Only")
    assert hmis.is_valid_code("FundingSource", 56) and not hmis.is_valid_code("FundingSource", 32)
    assert hmis.is_valid_code("SSVFServices", 10)
    assert codes.code_list("V10").values() == (1, 2, 3, 4)
    assert hmis.label("RecordType", 143) == "HOPWA service"
    assert hmis.label("R15.B", 1) == "1-3"
    assert hmis.is_valid_code("RelationshipToHoH", 99)
    assert hmis.is_valid_code("ExportPeriodType", 3) and not hmis.is_valid_code("ExportPeriodType", 2)


def test_cells_as_codes():
    assert hmis.is_valid_code("3.12", "435")
    assert hmis.label("3.12", "435") == hmis.label("3.12", 435)
    for cell in ("", " 435", "435 ", "435.0", "+435", "4_35", "٤٣٥", None, True, 435.0):
        assert not hmis.is_valid_code("3.12", cell), cell
        assert hmis.label("3.12", cell) is None
    assert hmis.is_valid_code("V6.1", "528A5") and hmis.is_valid_code("V6.1", 402)
    assert not hmis.is_valid_code("V6.1", "528a5")
    assert hmis.label("1.10", 2) is None
    with pytest.raises(KeyError):
        hmis.label("9.99", 1)


@given(st.text(max_size=6))
def test_no_text_but_plain_digits_is_a_code(cell):
    if not (cell.isascii() and cell.isdigit()):
        assert not hmis.is_valid_code("3.12", cell)
        assert not hmis.is_valid_code("1.8", cell)
