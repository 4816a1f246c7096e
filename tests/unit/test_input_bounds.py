"""Input bounds of the integrations' forms and CLI verbs (issue 19), each read from its spec,
plus property tests: any text ends in a value inside the bound or a plain BadInput naming the
field (never another exception)."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from fleetdesk.core.errors import BadInput
from fleetdesk.ctrack.cli import EARLIEST_DAY, parse_day
from fleetdesk.highmobility.rules import ODOMETER_MAX, check_odometer
from fleetdesk.tachoshare.service import check_card_number, parse_card_args

FAST = settings(max_examples=150, deadline=None)
TODAY = date(2026, 11, 23)
nasty = st.one_of(
    st.text(max_size=40),
    st.sampled_from(
        [
            "",
            " ",
            "1e400",
            "nan",
            "inf",
            "-1",
            "99999999999999999999",
            "２０５０",
            "١٢٣",
            "²",
            "12\x00",
            "2147483647",
            "2147483648",
            "1,234",
            "12.0",
            "0x1B",
            "0x100",
            "-0x01",
            "DF00000012345",
            "DF000000123450",
            "DF00000012345001",
            "DF/../../x1234",
            "9999-12-31",
            "0001-01-01",
            "2024-02-30",
            "today",
            "9" * 5000,
        ]
    ),
)


@pytest.mark.parametrize(
    "value, expected",
    [("2050", 2050), ("2 050", 2050), ("1,234", 1234), ("2147483647", ODOMETER_MAX), ("12.0", 12)],
)
def test_highmobility_odometer_accepts(value, expected):
    assert check_odometer(value).value == expected


@pytest.mark.parametrize(
    "value", ["1e400", "nan", "inf", "-1", "2147483648", "99999999999999999999", "12.5", "²", "12\x00"]
)
def test_highmobility_odometer_refuses_naming_the_field(value):
    with pytest.raises(BadInput) as refused:
        check_odometer(value)
    assert refused.value.field == "control_measures.odometer.value"


def test_tachoshare_card_number_is_the_first_14_characters():
    assert check_card_number("df000000123450") == "DF000000123450"
    assert check_card_number("DF00000012345001") == "DF000000123450"
    for bad in ("DF0000001234", "DF/00000123450", "", "DF000000123450123"):
        with pytest.raises(BadInput) as refused:
            check_card_number(bad)
        assert refused.value.field == "card"
    with pytest.raises(BadInput) as refused:
        parse_card_args("DF000000123450", "0x100")
    assert refused.value.field == "country"


def test_ctrack_day_is_a_past_yyyy_mm_dd():
    assert parse_day("2026-11-01", TODAY) == date(2026, 11, 1)
    for bad in ("2026-11-24", "9999-12-31", "0001-01-01", "20261101", "2026-02-30", "x"):
        with pytest.raises(BadInput) as refused:
            parse_day(bad, TODAY)
        assert refused.value.field == "date"


@FAST
@given(nasty, st.sampled_from(["kilometers", "miles", "km", "", "furlongs"]))
def test_property_highmobility_odometer(value, unit):
    try:
        result = check_odometer(value, unit)
    except BadInput as exc:
        assert exc.field.startswith("control_measures.odometer")
    else:
        assert result is None or 0 <= result.value <= ODOMETER_MAX


@FAST
@given(nasty, nasty)
def test_property_tachoshare_card_and_country(number, country):
    try:
        out = parse_card_args(number, country)
    except BadInput as exc:
        assert exc.field in ("card", "country")
    else:
        assert out == [] or (len(out[0][0]) == 14 and out[0][0].isalnum())


@FAST
@given(nasty)
def test_property_ctrack_day(text):
    try:
        day = parse_day(text, TODAY)
    except BadInput as exc:
        assert exc.field == "date"
    else:
        assert EARLIEST_DAY <= day <= TODAY


# -- the forms' validators ---------------------------------------------------------------------
@FAST
@given(km=nasty, vin=nasty, plate=nasty)
def test_property_carpass_entry_form_precheck(km, vin, plate):
    """The Car-Pass entry form runs the prechecks on what is typed: findings, never a crash."""
    from fleetdesk.carpass.prechecks import MemoryHistory, ReadingEntry, can_send, precheck

    for entry in (
        ReadingEntry(km, TODAY, vin=vin),
        ReadingEntry(km, TODAY, license_plate=plate),
        ReadingEntry("9" * 5000, TODAY, vin=vin),
    ):
        try:
            findings = precheck(entry, MemoryHistory(today=TODAY))
        except BadInput as exc:
            assert exc.field
            continue
        if can_send(findings):
            assert 0 <= int(km) <= 2_147_483_647


def _setting_fields():
    from fleetdesk.integrations import discover

    return [f for i in discover() for fields in i.settings_fields().values() for f in fields]


@FAST
@given(index=st.integers(min_value=0), value=nasty)
def test_property_every_settings_field_validator(tmp_path_factory, index, value):
    from fleetdesk.core.config import Settings

    fields = _setting_fields()
    field = fields[index % len(fields)]
    settings_ = Settings(tmp_path_factory.mktemp("s") / "settings.json")
    try:
        field.write(settings_, value)
    except BadInput as exc:
        assert exc.field == field.label
        assert settings_.as_dict() == {}
    else:
        stored = field.read(settings_)
        if field.kind == "int":
            assert field.minimum <= stored <= field.maximum
        elif field.kind == "choice":
            assert stored in field.choices
