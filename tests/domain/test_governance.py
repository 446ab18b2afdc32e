"""The pure governance rules: quorum and consensus from attendance, terms, empty seats, action items
carried forward, consent-recipient matching and redaction (DOMAIN.md §5, §7)."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from lead_desktop.domain import governance as G
from lead_desktop.domain.fields import FormInvalid, validate

DAY = date(2025, 6, 15)


def m(org, status, role="member", authority=True):
    return G.Mark(org, role, status, authority)


# ----- quorum by number and by share ---------------------------------------------------------


@pytest.mark.parametrize(
    "statuses, count, met, attending",
    [
        (["present", "present", "present"], 3, True, 3),
        (["present", "present", "absent"], 3, False, 2),
        (["present", "alternate", "excused"], 2, True, 2),  # an alternate sitting in counts for the member
        (["excused", "excused", "present"], 2, False, 1),
        (["absent", "absent", "absent"], 1, False, 0),
        ([None, None, "present"], 1, True, 1),  # not yet marked does not count
        (["alternate", "alternate", "alternate"], 3, True, 3),
    ],
)
def test_quorum_count(statuses, count, met, attending):
    marks = [m(f"o{i}", s) for i, s in enumerate(statuses)]
    result = G.evaluate_rule(G.Rule("quorum_count", count=count), marks)
    assert result.met is met
    assert result.attending == attending
    assert result.required == count
    assert result.voting_seats == len(statuses)


@pytest.mark.parametrize(
    "present, seats, percent, required, met",
    [
        (4, 8, 50, 4, True),  # 50 % of 8 is 4
        (3, 8, 50, 4, False),
        (3, 5, 50, 3, True),  # 2.5 rounds up to 3
        (2, 5, 50, 3, False),
        (6, 9, 66, 6, True),  # 5.94 → 6
        (1, 1, 100, 1, True),
        (0, 0, 50, 1, False),  # an empty roster never has quorum
    ],
)
def test_quorum_share_rounds_up(present, seats, percent, required, met):
    marks = [m(f"o{i}", "present" if i < present else "absent") for i in range(seats)]
    result = G.evaluate_rule(G.Rule("quorum_share", percent=percent), marks)
    assert (result.required, result.met) == (required, met)


def test_guests_staff_and_alternates_own_lines_never_count_toward_quorum():
    marks = [
        m("a", "present"),
        m("a", "present", role="alternate"),  # the alternate's own line: counts through the member's mark only
        m("b", "present", role="staff"),
        m(None, "present", role="guest"),
        m("c", "absent", role="chair"),
    ]
    result = G.evaluate_rule(G.Rule("quorum_count", count=2), marks)
    assert result.attending == 1 and result.voting_seats == 2 and not result.met


# ----- consensus, one voice per member agency ------------------------------------------------

CONSENSUS = G.Rule("consensus_one_voice_per_agency")


@pytest.mark.parametrize(
    "marks, agencies, met, with_voice, without_voice, absent",
    [
        # everyone present with authority
        ([m("pd", "present"), m("da", "present"), m("hd", "present")], (), True, {"pd", "da", "hd"}, set(), set()),
        # an agency present without anyone who may decide for it blocks consensus
        ([m("pd", "present"), m("da", "present", authority=False)], (), False, {"pd"}, {"da"}, set()),
        # absent and excused agencies do not block consensus of those present, but are listed
        ([m("pd", "present"), m("da", "absent"), m("hd", "excused")], (), True, {"pd"}, set(), {"da", "hd"}),
        # an alternate sitting in (with authority) gives the agency its voice
        ([m("pd", "alternate"), m("da", "present")], (), True, {"pd", "da"}, set(), set()),
        ([m("pd", "alternate", authority=False), m("da", "present")], (), False, {"da"}, {"pd"}, set()),
        # two people from one agency are one voice; one of them with authority is enough
        ([m("pd", "present", authority=False), m("pd", "present", role="co_chair"), m("da", "present")], (), True,
         {"pd", "da"}, set(), set()),
        # an alternate-role member attending in person with authority speaks for the agency
        ([m("pd", "absent"), m("pd", "present", role="alternate"), m("da", "present")], (), True,
         {"pd", "da"}, set(), set()),
        # staff and guests never give an agency a voice
        ([m("pd", "absent"), m("pd", "present", role="staff"), m("da", "present")], (), True, {"da"}, set(), {"pd"}),
        # nobody there: no consensus
        ([m("pd", "absent"), m("da", "excused")], (), False, set(), set(), {"pd", "da"}),
        # a member agency with an empty seat (no member on the roster) is listed as absent
        ([m("pd", "present")], ("pd", "clinic"), True, {"pd"}, set(), {"clinic"}),
        # not yet marked is not present
        ([m("pd", None), m("da", "present")], (), True, {"da"}, set(), {"pd"}),
    ],
)
def test_consensus(marks, agencies, met, with_voice, without_voice, absent):
    result = G.evaluate_rule(CONSENSUS, marks, agencies)
    assert result.met is met
    assert set(result.with_voice) == with_voice
    assert set(result.without_voice) == without_voice
    assert set(result.absent_agencies) == absent


def test_consensus_minimum_of_agencies():
    rule = G.Rule("consensus_one_voice_per_agency", count=3)
    two = G.evaluate_rule(rule, [m("a", "present"), m("b", "present"), m("c", "absent")])
    three = G.evaluate_rule(rule, [m("a", "present"), m("b", "present"), m("c", "present")])
    assert not two.met and three.met


@given(st.lists(st.sampled_from(["present", "absent", "excused", "alternate", None]), max_size=12),
       st.integers(min_value=1, max_value=100))
def test_quorum_share_is_monotonic(statuses, percent):
    """Marking one more member present never loses a quorum."""
    marks = [m(f"o{i}", s) for i, s in enumerate(statuses)]
    before = G.evaluate_rule(G.Rule("quorum_share", percent=percent), marks)
    for i, s in enumerate(statuses):
        if s not in G.ATTENDING:
            after_marks = list(marks)
            after_marks[i] = m(f"o{i}", "present")
            after = G.evaluate_rule(G.Rule("quorum_share", percent=percent), after_marks)
            assert after.attending == before.attending + 1
            assert after.met or not before.met
            break


# ----- terms and seats --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "start, end, state",
    [
        (DAY - timedelta(days=400), None, "current"),
        (DAY + timedelta(days=1), None, "future"),
        (DAY - timedelta(days=400), DAY - timedelta(days=1), "ended"),
        (DAY - timedelta(days=400), DAY, "expiring"),
        (DAY - timedelta(days=400), DAY + timedelta(days=60), "expiring"),
        (DAY - timedelta(days=400), DAY + timedelta(days=61), "current"),
    ],
)
def test_term_state(start, end, state):
    assert G.term_state(start, end, DAY) == state
    assert G.in_term(start, end, DAY) is (state in ("current", "expiring"))


def test_empty_seats_per_organization_and_open_seats():
    seats = [("pd", 2), ("da", 1), (None, 2)]
    assert G.empty_seats(seats, []) == [G.EmptySeat("pd", 2), G.EmptySeat("da", 1), G.EmptySeat(None, 2)]
    # a third officer overflows into an open seat; a clinic member without its own seat takes the other
    full = G.empty_seats(seats, ["pd", "pd", "pd", "da", "clinic"])
    assert full == []
    assert G.empty_seats(seats, ["pd", "da"]) == [G.EmptySeat("pd", 1), G.EmptySeat(None, 2)]
    assert G.empty_seats([], ["pd"]) == []


def test_membership_form_refuses_a_term_ending_before_it_starts():
    with pytest.raises(FormInvalid) as caught:
        validate(G.MEMBERSHIP_FORM, {"person_id": "x", "role": "member", "term_start": "2025-06-01",
                                     "term_end": "2025-05-01"})
    assert "term_end" in caught.value.problems


def test_body_form_needs_the_number_its_rule_uses():
    with pytest.raises(FormInvalid) as caught:
        validate(G.BODY_FORM, {"name": "OWG", "kind": "owg", "rule": "quorum_count"})
    assert "quorum_count" in caught.value.problems
    clean = validate(G.BODY_FORM, {"name": "OWG", "kind": "owg", "rule": "quorum_share", "quorum_percent": "50"})
    assert clean["quorum_percent"] == 50


def test_decision_form_vote_needs_counts_and_consensus_has_none():
    base = {"text": "Adopt the protocol", "outcome": "adopted"}
    with pytest.raises(FormInvalid):
        validate(G.DECISION_FORM, {**base, "method": "vote"})
    with pytest.raises(FormInvalid):
        validate(G.DECISION_FORM, {**base, "method": "consensus", "votes_for": "3"})
    clean = validate(G.DECISION_FORM, {**base, "method": "vote", "votes_for": "5", "votes_against": "1"})
    assert (clean["votes_for"], clean["votes_against"], clean["votes_abstain"]) == (5, 1, None)


# ----- action items ---------------------------------------------------------------------------

T0 = datetime(2025, 5, 1, 10, 0)
T1 = datetime(2025, 5, 15, 10, 0)
T2 = datetime(2025, 5, 29, 10, 0)


def test_action_status_as_of_a_meeting_and_carried_forward():
    history = [G.StatusChange(T0, "open", 0), G.StatusChange(T1, "in_progress", 1), G.StatusChange(T2, "done", 2)]
    assert G.status_as_of(history, T0) == "open"
    assert G.status_as_of(history, T1) == "in_progress"
    assert G.status_as_of(history, T2) == "done"
    assert G.status_as_of(history, T0 - timedelta(days=1)) is None
    assert G.carried_forward(T0, history, T1)  # open when T1 began
    assert G.carried_forward(T0, history, T2)  # in progress when T2 began, closed there
    later = T2 + timedelta(days=14)
    assert not G.carried_forward(T0, history, later)  # closed before: no longer carried
    assert not G.carried_forward(T0, history, T0)  # not carried to its own meeting


def test_latest_status_on_the_same_moment_wins():
    history = [G.StatusChange(T1, "open", 0), G.StatusChange(T1, "done", 1)]
    assert G.status_as_of(history, T1) == "done"


# ----- consent recipients and redaction -------------------------------------------------------


@pytest.mark.parametrize(
    "recipients, names, covered",
    [
        ("New Orleans Police Department", ["New Orleans Police Department", "NOPD"], True),
        ("new orleans police department", ["New Orleans Police Department"], True),
        ("NOPD officers assigned to LEAD", ["New Orleans Police Department", "NOPD"], True),
        ("Orleans Public Defenders\nHarbor Housing", ["Harbor Housing"], True),
        ("Police", ["New Orleans Police Department", "NOPD"], False),  # vaguer than the organization
        ("Orleans Public Defenders", ["Public Defender"], False),  # whole words only
        ("St. Vincent's Clinic", ["St Vincent's Clinic"], True),  # punctuation folded
        ("Clínica Esperanza", ["Clinica Esperanza"], True),  # accents folded
        ("", ["Harbor Housing"], False),
        ("Harbor Housing", [None, ""], False),
    ],
)
def test_recipients_cover(recipients, names, covered):
    assert G.recipients_cover(recipients, names) is covered


def test_redact_replaces_names_whole_words_any_case():
    text = "Marcus (Slim) missed court; slim said marcus johnson will call. Marcusville is fine. NOLA-000042."
    out = G.redact(text, ["Marcus Johnson", "Marcus", "Johnson", "Slim", "NOLA-000042", "J"])
    assert "marcus" not in out.casefold().replace("marcusville", "")
    assert "slim" not in out.casefold()
    assert "NOLA-000042" not in out
    assert "Marcusville" in out  # not a whole-word match
    assert out.count(G.REDACTED) == 5
    assert G.redact(None, ["x"]) == ""


def test_consent_day_is_the_meeting_day_or_today_when_past():
    assert G.consent_day(DAY + timedelta(days=3), DAY) == DAY + timedelta(days=3)
    assert G.consent_day(DAY - timedelta(days=3), DAY) == DAY
