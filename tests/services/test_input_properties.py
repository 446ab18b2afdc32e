"""Input rules the services apply: recovery keys, user names, passwords, names, setting values.

Whatever a person types, the answer is the value or a ValidationError (BadRecoveryKey
for a recovery key) with a message — never another exception.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from lead_desktop.domain import validation
from lead_desktop.domain.errors import BadRecoveryKey, ValidationError
from lead_desktop.domain.settings import SETTINGS
from lead_desktop.services import settings as settings_service

keys = st.binary(min_size=32, max_size=32)


@given(keys)
def test_recovery_key_round_trip(key):
    text = validation.format_recovery_key(key)
    assert len(text) == 64 + 15 and text.count("-") == 15
    assert validation.parse_recovery_key(text) == key


@given(keys, st.data())
def test_recovery_key_typed_loosely_still_parses(key, data):
    digits = key.hex()
    out = []
    for ch in digits:
        out.append(ch.upper() if data.draw(st.booleans(), label="upper") else ch)
        out.append(data.draw(st.sampled_from(["", "", "", " ", "-", "\t", "\n", "  "]), label="sep"))
    typed = data.draw(st.sampled_from(["", " ", "\n"])) + "".join(out)
    assert validation.parse_recovery_key(typed) == key


@given(keys, st.integers(0, 63), st.sampled_from("ghijklmnopqrstuvwxyz!#x'\"é٣"))
def test_recovery_key_with_a_foreign_character_is_refused(key, position, intruder):
    digits = list(key.hex())
    digits[position] = intruder
    try:
        validation.parse_recovery_key("".join(digits))
    except BadRecoveryKey as exc:
        assert exc.message
    else:
        raise AssertionError(f"{intruder!r} accepted in a recovery key")


@settings(max_examples=300)
@given(st.text(max_size=120))
def test_parse_recovery_key_raises_only_bad_recovery_key(text):
    try:
        key = validation.parse_recovery_key(text)
    except BadRecoveryKey:
        return
    assert len(key) == 32


CHECKS = [
    validation.check_username,
    validation.check_password,
    validation.check_site_name,
    validation.check_display_name,
]


@settings(max_examples=300)
@given(st.sampled_from(CHECKS), st.text(max_size=1100) | st.from_regex(r"[a-zA-Z0-9 ._-]{0,40}", fullmatch=True))
def test_validation_raises_only_validation_error(check, text):
    try:
        value = check(text)
    except ValidationError as exc:
        assert exc.message and exc.field
        return
    assert check(value) == value  # a checked value passes again unchanged
    if check is validation.check_username:
        assert validation.USERNAME_PATTERN.fullmatch(value)


values = (
    st.none()
    | st.booleans()
    | st.integers(-(10**6), 10**6)
    | st.integers()
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.text(max_size=200)
    | st.from_regex(r"\s*-?[0-9]{1,4}\s*", fullmatch=True)
    | st.sampled_from(["yes", "no", "TRUE", "off", "1", "0", ""])
)


@settings(max_examples=400)
@given(st.sampled_from(sorted(SETTINGS) + ["no_such_setting", "audit_private_key"]), values)
def test_setting_values_are_coerced_or_refused(key, value):
    try:
        coerced = settings_service.coerce(key, value)
    except ValidationError as exc:
        assert exc.message
        return
    spec = SETTINGS[key]
    assert isinstance(coerced, spec.kind)
    if spec.kind is int:
        assert spec.minimum <= coerced <= spec.maximum
    assert settings_service.coerce(key, coerced) == coerced
