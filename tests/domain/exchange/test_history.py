"""A site's history in the domain (domain.exchange.history): status words, the three sheets' mapping as
JSON, finding each sheet in a workbook, what each sheet cannot do without."""

from __future__ import annotations

import json

import pytest

from lead_desktop.domain import exchange as X
from lead_desktop.domain.errors import ValidationError


@pytest.mark.parametrize("word, code", [
    ("Active", "active"), ("ENROLLED", "active"), ("Activa", "active"), ("inscrito", "active"),
    ("Not enrolled", X.NOT_ENROLLED), ("not-enrolled", X.NOT_ENROLLED), ("No inscrita", X.NOT_ENROLLED),
    ("Exited", "exited"), ("Closed", "exited"), ("Salió", "exited"), ("Egresada", "exited"), ("Cerrado", "exited"),
    ("Inactive", "inactive"), ("Inactivo", "inactive"), ("Unable to locate", "unable_to_locate"),
    ("Maybe", None), ("", None), (None, None),
])
def test_status_words_as_sites_write_them(word, code):
    assert X.status_code(word) == code


def test_the_persons_choice_comes_first():
    assert X.status_code("Closed", {"closed": "inactive"}) == "inactive"
    assert X.status_code("Maybe", {"MAYBE": X.NOT_ENROLLED}) == X.NOT_ENROLLED
    assert X.status_code("Maybe", {"maybe": "nonsense"}) is None


def test_the_mapping_of_three_sheets_goes_to_json_and_back():
    mapping = X.suggest_history_mapping(("Client ID", "Status"), ("Client ID", "Referral Date"),
                                        ("Client ID", "Date"), X.DAY_FIRST)
    mapping = mapping.with_status_word("Dormido", "inactive").with_status_word("dormido", "exited")
    assert mapping.status_words == (("dormido", "exited"),)  # one meaning per word, the last chosen
    again = X.HistoryMapping.from_json(mapping.to_json())
    assert again == mapping and again.date_order == X.DAY_FIRST
    assert again.contacts.kind == X.CONTACTS and again.contacts.date_order == X.DAY_FIRST
    data = json.loads(mapping.to_json())
    assert data["kind"] == "history" and data["people"] == [["Client ID", "external_id"], ["Status", "status"]]


@pytest.mark.parametrize("text", [
    "not json", json.dumps({"kind": "participants", "columns": []}),
    json.dumps({"kind": "history", "people": [["A", "no_such_field"]]}),
    json.dumps({"kind": "history", "status_words": [["Maybe", "perhaps"]]}),
    json.dumps({"kind": "history", "date_order": "ymd"}),
])
def test_a_broken_history_mapping_is_refused_in_plain_words(text):
    with pytest.raises(ValidationError):
        X.HistoryMapping.from_json(text)


def test_each_sheet_of_a_workbook_is_found_by_its_name():
    names = ("Clients", "Referral log", "Contact notes", "Notes")
    assert X.sheet_for("people", names) == "Clients"
    assert X.sheet_for("referrals", names) == "Referral log"
    assert X.sheet_for("contacts", names) == "Contact notes"
    assert X.sheet_for("contacts", ("Personas", "Referidos", "Contactos")) == "Contactos"
    assert X.sheet_for("people", ("Sheet1",)) is None


def test_what_each_sheet_cannot_do_without():
    empty = X.HistoryMapping(X.ColumnMapping(X.PARTICIPANTS), X.ColumnMapping(X.REFERRALS))
    assert X.history_unmapped("people", empty.people) == ["External ID"]  # no enrollment date needed
    assert X.history_unmapped("referrals", empty.referrals) == ["Participant's external ID", "Referral date and time"]
    full = X.suggest_history_mapping(("Client ID",), ("Client ID", "Referral date"), ("Client ID", "Contact date"))
    assert [X.history_unmapped(s, full.sheet(s)) for s in X.SHEETS] == [[], [], []]
