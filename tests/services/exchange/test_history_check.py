"""Checking a site's history (services.exchange.history_check): who enrolled and from which referral, the
enrollment date and where it came from, status words, the joins by client ID, today's intake rules after
the start day, identical contacts, possible matches, and rows already on file."""

from __future__ import annotations

from datetime import date

from lead_desktop.domain import exchange as X
from lead_desktop.services import exchange as ex
from lead_desktop.services import participants as ps
from lead_desktop.services import referrals as rs
from tests.services.exchange.helpers import (
    PEOPLE_HEADER, counts, history_mapping, statuses, write_csv, write_history,
)

PAST = date(2026, 1, 1)  # the start day the tests give: everything in 2025 is history


def check(site, files, **options):  # noqa: ANN001, ANN201
    return ex.check_history(site, files, history_mapping(files), started_on=options.pop("started_on", PAST),
                            **options)


def notes(report: ex.HistoryReport, sheet: str, number: int) -> list[str]:
    row = next(r for r in report.sheet(sheet).rows if r.number == number)
    return [issue.message for issue in row.warnings]


def reasons(report: ex.HistoryReport, sheet: str, number: int) -> str:
    return next(r for r in report.sheet(sheet).rows if r.number == number).reasons


def test_enrollment_dates_come_from_the_people_sheet_else_the_outcome_else_the_referral(new_site, tmp_path):
    files = write_history(tmp_path, [
        ["A", "Ana", "Uno", "01/01/1980", "Female", "White", "Active"],
        ["B", "Ben", "Dos", "01/01/1981", "Male", "White", "Enrolled"],
        ["C", "Cy", "Tres", "01/01/1982", "Male", "White", "Active"],
    ], [
        ["A", "03/01/2025 10:00", "Community", "Harbor House", "", "", "Enrolled", "03/05/2025"],
        ["B", "04/01/2025 10:00", "Community", "Harbor House", "", "", "", ""],
        ["C", "05/01/2025 10:00", "Community", "Harbor House", "", "", "Declined", "05/02/2025"],
        ["C", "06/01/2025 10:00", "Community", "Harbor House", "", "", "", ""],
    ])
    report = check(new_site, files)
    assert statuses(report, "people") == {2: ex.NEW, 3: ex.NEW, 4: ex.NEW}
    assert "Enrollment date 2025-03-05 from the referral's outcome date." in notes(report, "people", 2)
    assert "Enrollment date 2025-04-01 from the referral date." in notes(report, "people", 3)
    # Cy declined the first referral; the open second one enrolled him.
    assert "Enrollment date 2025-06-01 from the referral date." in notes(report, "people", 4)
    assert statuses(report, "referrals") == {2: ex.NEW, 3: ex.NEW, 4: ex.NEW, 5: ex.NEW}
    assert counts(new_site) == (0, 0, 0)  # a check writes nothing


def test_an_enrollment_date_column_wins_and_picks_the_referral_before_it(new_site, tmp_path):
    files = write_history(tmp_path, [], [
        ["A", "03/01/2025 10:00", "Community", "Harbor House", "", "", "", ""],
        ["A", "09/01/2025 10:00", "Community", "Harbor House", "", "", "", ""],
    ])
    people = write_csv(tmp_path / "people.csv", [[*PEOPLE_HEADER, "Enrolment date"],
                                                 ["A", "Ana", "Uno", "01/01/1980", "Female", "White", "Active",
                                                  "10/01/2025"]])
    files = ex.read_history(people, files.referrals.path)
    mapping = history_mapping(files)
    assert mapping.people.source_of("enrolled_on") == "Enrolment date"  # the British spelling is matched
    result = ex.run_history_import(new_site, files, mapping, started_on=PAST)
    assert result.committed
    person = ps.list_participants(new_site).rows[0]
    assert ps.get_participant(new_site, person.id).values["enrolled_on"] == date(2025, 10, 1)
    by_month = {r.referred_at.month: r for r in rs.list_referrals(new_site).rows}
    assert by_month[9].outcome == "enrolled" and by_month[3].outcome == "pending"


def test_status_words_in_english_and_spanish_and_those_chosen_by_hand(new_site, tmp_path):
    files = write_history(tmp_path, [
        ["A", "Ana", "Uno", "", "", "", "Activa"],
        ["B", "Ben", "Dos", "", "", "", "Egresado"],
        ["C", "Cy", "Tres", "", "", "", "No inscrito"],
        ["D", "Di", "Cuatro", "", "", "", "Dormant-ish"],
    ], [
        ["A", "03/01/2025 10:00", "Community", "Harbor House", "", "", "", ""],
        ["B", "03/01/2025 11:00", "Community", "Harbor House", "", "", "", ""],
        ["C", "03/02/2025 10:00", "Community", "Harbor House", "", "", "Declined", "03/03/2025"],
        ["D", "03/03/2025 10:00", "Community", "Harbor House", "", "", "", ""],
    ])
    report = check(new_site, files)
    assert statuses(report, "people") == {2: ex.NEW, 3: ex.INVALID, 4: ex.SUBJECT, 5: ex.INVALID}
    assert "An exited participant needs an exit date." in reasons(report, "people", 3)
    assert "The status “Dormant-ish” is not one the import knows." in reasons(report, "people", 5)
    assert ("Dormant-ish", None, 1) in report.status_words and ("Egresado", "exited", 1) in report.status_words
    # The referral of someone whose row has problems cannot come in either, and says why.
    assert "The person with the client ID D (people sheet, row 5) is not imported" in reasons(report, "referrals", 5)
    mapping = history_mapping(files, status_words=(("dormant-ish", "inactive"), ("Egresado", "active")))
    report = ex.check_history(new_site, files, mapping, started_on=PAST)
    assert statuses(report, "people") == {2: ex.NEW, 3: ex.NEW, 4: ex.SUBJECT, 5: ex.NEW}


def test_no_status_column_decides_by_the_referrals(new_site, tmp_path):
    files = write_history(tmp_path, [["A", "Ana", "Uno", "", "", "", ""], ["B", "Ben", "Dos", "", "", "", ""],
                                     ["C", "Cy", "Tres", "", "", "", ""]], [
        ["A", "03/01/2025 10:00", "Community", "Harbor House", "", "", "Enrolled", ""],
        ["B", "03/02/2025 10:00", "Community", "Harbor House", "", "", "Ineligible", "03/04/2025"],
    ])
    report = check(new_site, files)
    assert statuses(report, "people") == {2: ex.NEW, 3: ex.SUBJECT, 4: ex.INVALID}
    assert "does not say whether this person enrolled" in reasons(report, "people", 4)


def test_the_sheets_must_agree_about_who_enrolled(new_site, tmp_path):
    files = write_history(tmp_path, [["A", "Ana", "Uno", "", "", "", "Not enrolled"],
                                     ["B", "Ben", "Dos", "", "", "", "Not enrolled"],
                                     ["C", "Cy", "Tres", "", "", "", "Not enrolled"]], [
        ["A", "03/01/2025 10:00", "Community", "Harbor House", "", "", "Enrolled", "03/02/2025"],
        ["Z", "03/01/2025 11:00", "Community", "Harbor House", "", "", "", ""],
        ["B", "03/01/2025 12:00", "Community", "Harbor House", "", "", "Declined", "03/02/2025"],
    ], [["B", "03/05/2025 10:00", "Phone", "5", "Called."]])
    report = check(new_site, files)
    assert "the people sheet says this person was not enrolled (row 2)" in reasons(report, "referrals", 2)
    assert "No one with the client ID Z is on the people sheet or on file." in reasons(report, "referrals", 3)
    assert "was never enrolled (people sheet, row 3): a contact needs a participant" in reasons(report, "contacts", 2)
    # C never enrolled and has no referral: nothing to record them on.
    assert "there is nothing to record" in reasons(report, "people", 4)


def test_a_client_id_twice_is_a_repeat_when_the_rows_are_the_same_and_a_problem_otherwise(new_site, tmp_path):
    row = ["A", "Ana", "Uno", "01/01/1980", "Female", "White", "Active"]
    files = write_history(tmp_path, [row, row, ["A", "Ann", "Other", "", "", "", "Active"]],
                          [["A", "03/01/2025 10:00", "Community", "Harbor House", "", "", "", ""]])
    report = check(new_site, files)
    assert statuses(report, "people") == {2: ex.NEW, 3: ex.REPEAT, 4: ex.INVALID}
    assert "The client ID A is on row 2 of the people sheet too." in reasons(report, "people", 4)


def test_history_skips_todays_intake_rules_but_a_referral_after_the_start_day_meets_them(new_site, tmp_path):
    files = write_history(tmp_path, [["A", "Ana", "Uno", "", "", "", "Not enrolled"],
                                     ["B", "Ben", "Dos", "", "", "", "Not enrolled"]], [
        ["A", "12/20/2025 10:00", "Arrest diversion", "", "", "", "Declined", "12/21/2025"],
        ["B", "01/20/2026 10:00", "Arrest diversion", "", "", "", "Declined", "01/21/2026"],
    ])
    report = check(new_site, files)
    assert statuses(report, "referrals") == {2: ex.NEW, 3: ex.INVALID}
    assert "An officer's referral needs the referring agency." in reasons(report, "referrals", 3)
    assert any("Recorded before LEAD Desktop (dated before 2026-01-01)" in n for n in notes(report, "referrals", 2))
    later = check(new_site, files, started_on=date(2026, 2, 1))
    assert statuses(later, "referrals") == {2: ex.NEW, 3: ex.NEW}


def test_identical_contacts_are_one_and_a_repeat_unless_both_are_wanted(new_site, tmp_path):
    same = ["A", "03/02/2025 10:00", "Phone", "5", "Called."]
    files = write_history(tmp_path, [["A", "Ana", "Uno", "", "", "", "Active"]],
                          [["A", "03/01/2025 10:00", "Community", "Harbor House", "", "", "", ""]],
                          [same, same, same])
    report = check(new_site, files)
    assert statuses(report, "contacts") == {2: ex.NEW, 3: ex.REPEAT, 4: ex.REPEAT}
    both = history_mapping(files, import_identical_contacts=True)
    result = ex.run_history_import(new_site, files, both, started_on=PAST)
    assert result.created["contacts"] == 3 and counts(new_site) == (1, 1, 3)
    again = ex.run_history_import(new_site, files, both, started_on=PAST)  # each copy is recognized
    assert statuses(again.report, "contacts") == {2: ex.IMPORTED_BEFORE, 3: ex.IMPORTED_BEFORE, 4: ex.IMPORTED_BEFORE}
    assert counts(new_site) == (1, 1, 3)


def test_a_newer_export_adds_only_what_is_new(new_site, tmp_path):
    people = [["A", "Ana", "Uno", "", "", "", "Active"], ["B", "Ben", "Dos", "", "", "", "Not enrolled"]]
    referrals = [["A", "03/01/2025 10:00", "Community", "Harbor House", "", "", "", ""],
                 ["B", "03/02/2025 10:00", "Community", "Harbor House", "", "", "Declined", "03/03/2025"]]
    contacts = [["A", "03/02/2025 10:00", "Phone", "5", "Called."]]
    files = write_history(tmp_path / "v1", people, referrals, contacts)
    assert ex.run_history_import(new_site, files, history_mapping(files), started_on=PAST).committed
    newer = write_history(tmp_path / "v2", [*people, ["C", "Cy", "Tres", "", "", "", "Active"]],
                          [*referrals, ["C", "07/01/2025 10:00", "Community", "Harbor House", "", "", "", ""]],
                          [*contacts, ["A", "08/02/2025 10:00", "Office", "30", "Intake review."],
                           ["C", "07/02/2025 10:00", "Phone", "5", "First call."]])
    result = ex.run_history_import(new_site, newer, history_mapping(newer), started_on=PAST)
    assert dict(result.created) == {"people": 1, "referrals": 1, "contacts": 2}
    assert statuses(result.report, "people") == {2: ex.IMPORTED_BEFORE, 3: ex.IMPORTED_BEFORE, 4: ex.NEW}
    assert counts(new_site) == (2, 3, 3)
    ana = next(p for p in ps.list_participants(new_site).rows if p.name == "Ana Uno")
    assert len(ps.list_records(new_site, "contact", ana.id)) == 2


def test_someone_who_looks_like_a_participant_on_file_waits_for_review(new_site, tmp_path):
    ps.create_participant(new_site, {"first_name": "Marcus", "last_name": "Okafor", "dob": date(1979, 4, 12),
                                     "enrolled_on": date(2024, 1, 15)})
    files = write_history(tmp_path, [["A", "Marcus", "Okafor", "04/12/1979", "Male", "", "Active"]],
                          [["A", "03/01/2025 10:00", "Community", "Harbor House", "", "", "", ""]],
                          [["A", "03/02/2025 10:00", "Phone", "5", "Called."]])
    report = check(new_site, files)
    assert statuses(report, "people") == {2: ex.POSSIBLE_MATCH}
    assert "may already be on file: review that row first" in reasons(report, "referrals", 2)
    assert report.refused == 3
    reviewed = check(new_site, files, reviewed=[2])
    assert statuses(reviewed, "people") == {2: ex.NEW} and reviewed.refused == 0


def test_referrals_and_contacts_already_on_file_are_not_made_twice(new_site, tmp_path):
    files = write_history(tmp_path, [["A", "Ana", "Uno", "", "", "", "Active"]],
                          [["A", "03/01/2025 10:00", "Community", "Harbor House", "", "", "", ""]],
                          [["A", "03/02/2025 10:00", "Phone", "5", "Called."]])
    assert ex.run_history_import(new_site, files, history_mapping(files), started_on=PAST).committed
    # The same referral and contact, written differently (no longer recognized by their import keys).
    other = write_history(tmp_path / "other", [["A", "Ana", "Uno", "", "", "", "Active"]],
                          [["A", "03/01/2025 10:00", "Community referral", "Harbor House", "", "", "", ""]],
                          [["A", "03/02/2025 10:00", "phone", "7", "Called back."]])
    report = check(new_site, other)
    assert statuses(report, "referrals") == {2: ex.IMPORTED_BEFORE}
    assert statuses(report, "contacts") == {2: ex.ON_FILE}


def test_headers_as_sites_write_them(new_site, tmp_path):
    headers = ["PID", "Given name", "Surname", "Birth date", "Sex", "Race/Ethnicity", "Client Status"]
    people = X.suggest_mapping(X.PARTICIPANTS, headers)
    assert people.mapped == {"external_id": "PID", "first_name": "Given name", "last_name": "Surname",
                             "dob": "Birth date", "sex": "Sex", "race_ethnicity": "Race/Ethnicity",
                             "status": "Client Status"}
    referrals = X.suggest_mapping(X.REFERRALS, ["HMIS ID", "Date Referred", "Alleged Offences", "Disposition"])
    assert referrals.mapped == {"participant_external_id": "HMIS ID", "referred_at": "Date Referred",
                                "alleged_offences": "Alleged Offences", "outcome": "Disposition"}
    contacts = X.suggest_mapping(X.CONTACTS, ["Participant ID", "Contact date", "Type"])
    assert contacts.mapped["participant_external_id"] == "Participant ID"
