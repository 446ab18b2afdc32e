"""One wording of every known error, in the person's language: field lists, keychain reasons, roles."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

from lead_desktop.domain import participants as P
from lead_desktop.domain.errors import KeychainUnavailable, KnownError, PermissionDenied
from lead_desktop.domain.fields import FormInvalid, validate
from lead_desktop.gui.widgets.text import error_text, format_date, plural, vocab_label

CATALOGUE = Path(__file__).resolve().parents[3] / "resources" / "translations" / "lead_desktop_es.qm"


@pytest.fixture
def spanish(qapp):
    translator = QTranslator()
    assert translator.load(str(CATALOGUE))
    qapp.installTranslator(translator)
    yield
    qapp.removeTranslator(translator)


def missing_names() -> FormInvalid:
    with pytest.raises(FormInvalid) as raised:
        validate(P.PARTICIPANT_FORM, {"first_name": "", "last_name": ""})
    return raised.value


def test_a_form_error_names_the_fields_and_says_what_is_wrong_with_each(qapp):
    error = missing_names()
    head, *lines = error_text(error).splitlines()
    assert head.startswith("Please correct the highlighted fields: ") and "Enrollment date" in head
    assert len(lines) == len(error.problems) and all(lines)


def test_a_form_error_in_spanish_translates_the_field_labels_too(spanish):
    text = error_text(missing_names())
    assert text.startswith("Corrija los campos resaltados: ")
    assert "Enrollment date" not in text and "Race and ethnicity" not in text  # the labels are in Spanish too


def test_a_keychain_reason_and_a_role_are_translated(spanish):
    reason = "The computer's keychain did not accept the password. Try again later."
    assert "Try again later" not in error_text(KeychainUnavailable(reason=reason))
    denied = error_text(PermissionDenied(role="Viewer", action="see participant records"))
    assert denied.startswith("Su rol (") and "Viewer" not in denied


class BrokenTranslator(QTranslator):
    """A catalogue whose translation lost a placeholder."""

    def translate(self, context, source, disambiguation=None, n=-1):  # noqa: ANN001, ANN201 - Qt override
        return "Faltan {missing}" if source == "Saved {what} at {when}." else ""


def test_a_translation_with_a_broken_placeholder_falls_back_to_english(qapp):
    translator = BrokenTranslator()
    qapp.installTranslator(translator)
    try:
        assert error_text(KnownError("Saved {what} at {when}.", what="it", when="noon")) == "Saved it at noon."
    finally:
        qapp.removeTranslator(translator)


def test_labels_dates_and_counts(qapp):
    from datetime import date, datetime

    from lead_desktop.domain import vocab as V

    assert vocab_label(V.PARTICIPANT_STATUS, "unable_to_locate") == "Unable to locate"
    assert vocab_label(V.PARTICIPANT_STATUS, None) == ""
    assert format_date(date(2026, 3, 1)) == "2026-03-01"
    assert format_date(datetime(2026, 3, 1, 14, 5)) == "2026-03-01 2:05 pm"  # times as US staff write them
    assert format_date(datetime(2026, 3, 1, 0, 0)) == "2026-03-01 12:00 am"
    assert format_date(datetime(2026, 3, 1, 12, 30)) == "2026-03-01 12:30 pm"
    assert format_date(datetime(2026, 3, 1, 9, 5)) == "2026-03-01 9:05 am"
    assert plural(1, "1 seat", "{n} seats") == "1 seat" and plural(3, "1 seat", "{n} seats") == "3 seats"
