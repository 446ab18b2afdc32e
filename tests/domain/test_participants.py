"""The pure rules behind participant records: LEAD numbers, engagement status, consent state,
search folding and duplicate likelihood (DOMAIN.md §4, §6, §7)."""

from __future__ import annotations

import unicodedata
from datetime import date, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from lead_desktop.domain import participants as P
from lead_desktop.domain import vocab as V
from lead_desktop.domain.fields import FormInvalid, validate

TODAY = date(2025, 6, 15)


def test_lead_number_format():
    assert P.format_lead_number("NOLA", 42) == "NOLA-000042"
    assert P.format_lead_number("SEA", 123456) == "SEA-123456"


@pytest.mark.parametrize(
    "stored, last_contact, enrolled, expected",
    [
        ("active", None, TODAY - timedelta(days=10), "active"),
        ("active", None, TODAY - timedelta(days=89), "active"),
        ("active", None, TODAY - timedelta(days=90), "inactive"),
        ("active", datetime.combine(TODAY - timedelta(days=90), datetime.max.time()), TODAY - timedelta(days=900),
         "inactive"),
        ("active", datetime.combine(TODAY - timedelta(days=89), datetime.min.time()), TODAY - timedelta(days=900),
         "active"),
        ("active", TODAY - timedelta(days=5), TODAY - timedelta(days=900), "active"),
        ("active", None, None, "active"),
        ("exited", None, TODAY - timedelta(days=900), "exited"),
        ("unable_to_locate", None, TODAY - timedelta(days=900), "unable_to_locate"),
        ("inactive", TODAY, TODAY, "inactive"),
    ],
)
def test_effective_status(stored, last_contact, enrolled, expected):
    assert P.effective_status(stored, last_contact, enrolled, TODAY, 90) == expected


@pytest.mark.parametrize(
    "expires, revoked, expected",
    [
        (None, None, "active"),
        (TODAY + timedelta(days=31), None, "active"),
        (TODAY + timedelta(days=30), None, "expiring"),
        (TODAY, None, "expiring"),
        (TODAY - timedelta(days=1), None, "expired"),
        (TODAY + timedelta(days=300), TODAY, "revoked"),
        (TODAY - timedelta(days=1), TODAY - timedelta(days=2), "revoked"),
    ],
)
def test_consent_state(expires, revoked, expected):
    assert P.consent_state(expires, revoked, TODAY) == expected
    assert expected in P.CONSENT_STATE_LABELS


def test_aliases_are_split_trimmed_and_deduplicated():
    assert P.split_aliases(" Slim ,slim; Red  Dog ,, ") == ["Slim", "Red Dog"]
    assert P.split_aliases(None) == [] and P.split_aliases("") == []
    assert P.split_aliases("x" * 200) == ["x" * 80]


def test_fold_and_search_terms():
    assert P.fold("  JOSÉ   Ñúñez ") == "jose nunez"
    assert P.fold("Straße") == "strasse"
    assert P.search_terms("  José  GARCÍA ") == ["jose", "garcia"]
    assert P.search_terms("a b c d e f g h") == ["a", "b", "c", "d", "e", "f"]
    assert P.search_terms("x" * 500) == ["x" * 100]
    assert P.search_text("NOLA-000042", ["José", "", "García", "Slim"]) == "nola-000042 | jose | garcia | slim"


@given(st.text(max_size=300))
def test_search_terms_are_folded_capped_and_never_empty(query):
    terms = P.search_terms(query)
    assert len(terms) <= 6
    assert all(term and " " not in term and len(term) <= 100 and term == P.fold(term) for term in terms)


def test_duplicate_scores():
    dob = date(1980, 1, 2)
    jon = P.duplicate_score(["John Smith"], dob, ["Jon Smith"], dob)
    assert jon.score >= P.DUPLICATE_THRESHOLD and "same date of birth" in jon.reasons
    alias = P.duplicate_score(["Tiny Tim"], None, ["Marcus Brown", "Tiny Tim"], dob)
    assert alias.score >= P.DUPLICATE_THRESHOLD and alias.reasons == ("similar name or alias",)
    stranger = P.duplicate_score(["John Smith"], dob, ["Keisha Robinson"], dob)
    assert stranger.score < P.DUPLICATE_THRESHOLD
    close_birthday = P.duplicate_score(["John Smith"], dob, ["Jon Smith"], date(1980, 1, 20))
    assert "close date of birth" in close_birthday.reasons
    far_birthday = P.duplicate_score(["John Smith"], dob, ["John Smith"], date(1995, 7, 7))
    assert far_birthday.score < jon.score
    assert P.duplicate_score([], dob, ["John Smith"], dob).reasons == ("same date of birth",)


def test_vocabularies_are_well_formed():
    for vocabulary in V.ALL_VOCABULARIES.values():
        codes = [t.code for t in vocabulary.terms]
        assert len(codes) == len(set(codes)), vocabulary.name
        assert all(t.label for t in vocabulary.terms)
        assert all(code in vocabulary for code in codes)
    assert V.RACE_ETHNICITY.exclusive == ("8", "9", "99")
    assert [c for c in V.SEX.codes()] == ["0", "1", "8", "9", "99"]
    assert V.DESTINATION.label("24") == "Deceased" and V.DESTINATION.label("nope") == "nope"
    assert V.destination_group("116") == "homeless" and V.destination_group("435") == "permanent"
    assert V.destination_group("207") == "institutional" and V.destination_group("24") == "other"
    assert "335" in V.LIVING_SITUATION and "335" not in V.DESTINATION


def test_every_form_field_has_a_label_and_its_vocabulary_holds_its_default():
    forms = [P.PARTICIPANT_FORM, P.CONTACT_FORM, P.ASSESSMENT_FORM, P.GOAL_FORM, P.SERVICE_FORM, P.HOUSING_FORM,
             P.LEGAL_CASE_FORM, P.CONSENT_FORM, P.DISCLOSURE_FORM]
    for form in forms:
        assert len(form.names) == len(set(form.names)), form.name
        for spec in form:
            assert spec.label, (form.name, spec.name)
            if spec.vocabulary is not None and spec.default is not None:
                defaults = spec.default if isinstance(spec.default, list) else [spec.default]
                assert all(d in spec.vocabulary for d in defaults), (form.name, spec.name)


@given(st.text(max_size=60) | st.text(alphabet=st.characters(max_codepoint=127), max_size=60))
def test_folding_ascii_takes_the_short_way_to_the_same_result(text):
    decomposed = unicodedata.normalize("NFKD", text)
    slow = " ".join("".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold().split())
    assert P.fold(text) == (slow if text else "")


def test_a_participant_of_a_history_may_have_exited_without_a_reason_but_not_without_a_date():
    values = {"first_name": "Ana", "status": "exited", "enrolled_on": date(2024, 1, 1), "exit_date": date(2024, 6, 1),
              "race_ethnicity": ["99"], "sex": "99", "veteran_status": "99", "disabling_condition": "99",
              "name_quality": "1", "dob_quality": "99"}
    assert validate(P.HISTORICAL_PARTICIPANT_FORM, values)["exit_reason"] is None
    with pytest.raises(FormInvalid) as caught:
        validate(P.PARTICIPANT_FORM, values)
    assert set(caught.value.problems) == {"exit_reason"}
    with pytest.raises(FormInvalid) as caught:
        validate(P.HISTORICAL_PARTICIPANT_FORM, {**values, "exit_date": None})
    assert set(caught.value.problems) == {"exit_date"}
