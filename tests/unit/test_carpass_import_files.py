"""The Car-Pass history import reads the files garages really have (issue 19): encodings named
back to the user, ``,`` ``;`` tab, CRLF, EN/NL/FR/DE headers, thousands separators in km, dates
dd/mm/yyyy and ISO; refused lines each with a reason; all or nothing; and property tests: any
bytes end in rows or a plain BadInput, with the store unchanged on error."""

from __future__ import annotations

import codecs
from datetime import UTC, date, datetime

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from fleetdesk.carpass import csvtext
from fleetdesk.carpass.importer import import_history, preview_file, read_text
from fleetdesk.carpass.plugin import PLUGIN
from fleetdesk.carpass.store import TABLE
from fleetdesk.core.clock import FakeClock
from fleetdesk.core.errors import BadInput
from fleetdesk.runtime import Runtime

VIN = "WBA3A5C51DF123457"
FAST = settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


@pytest.fixture
def rt(config):
    runtime = Runtime(config, clock=FakeClock(datetime(2026, 11, 23, 9, tzinfo=UTC)), integrations=[PLUGIN])
    yield runtime
    runtime.close()


def count(rt) -> int:
    return rt.store.read(lambda db: db.execute(f"SELECT COUNT(*) FROM {TABLE}").fetchone()[0])


@pytest.mark.parametrize(
    "encoding, name",
    [("utf-8", "UTF-8"), ("utf-8-sig", "UTF-8 (with BOM)"), ("utf-16", "UTF-16"), ("cp1252", "Windows-1252")],
)
@pytest.mark.parametrize(
    "header",
    [
        "VIN;Date;km",
        "Chassisnummer;Datum;Kilometerstand",
        "Numéro de châssis;Date;Kilométrage",
        "Fahrgestellnummer;Datum;Kilometerstand (km)",
    ],
)
def test_belgian_dms_exports_are_read_and_the_encoding_is_named(tmp_path, rt, encoding, name, header):
    text = (
        f"{header}\r\n{VIN};05/01/2024;113.870\r\n{VIN};2025-02-05;120 001\r\n{VIN};06.03.2025;121870 km\r\n"
    )
    path = tmp_path / "export.csv"
    path.write_bytes(text.encode(encoding))
    preview = preview_file(path)
    assert not preview.refused
    assert [(r.vin, r.day, r.km) for r in preview.rows] == [
        (VIN, date(2024, 1, 5), 113_870),
        (VIN, date(2025, 2, 5), 120_001),
        (VIN, date(2025, 3, 6), 121_870),
    ]
    if encoding != "cp1252" or not header.isascii():  # plain ASCII is read as UTF-8: right
        assert preview.encoding == name
    assert "semicolon" in preview.how_read
    assert import_history(rt.store, rt.clock, path) == 3
    assert count(rt) == 3


@pytest.mark.parametrize(
    "delimiter, km", [("\t", "113,870"), (",", '"113,870"'), (";", "113,870"), ("\t", "113 870")]
)
def test_delimiters_and_thousands_separators(delimiter, km):
    text = (
        delimiter.join(["plate", "datum", "km"])
        + "\n"
        + delimiter.join(["1-ABC-123", "05/01/2024", km])
        + "\n"
    )
    preview = read_text(text)
    assert not preview.refused, preview.refused
    assert [(r.plate, r.km) for r in preview.rows] == [("1-ABC-123", 113_870)]


def test_each_refused_line_has_its_reason_and_nothing_is_written(tmp_path, rt):
    path = tmp_path / "mixed.csv"
    path.write_bytes(
        f"chassisnummer;nummerplaat;datum;km\n;1-ABC-123;05/01/2024;1.000\n"
        f"{VIN};;31/02/2024;5\n{VIN};;05/01/2024;113.87\n"
        f"{VIN};;05/01/2024;99999999999999999999\n;;05/01/2024;3\n".encode("cp1252")
    )
    preview = preview_file(path)
    assert len(preview.rows) == 1
    assert [(r.line, r.field) for r in preview.refused] == [(3, "date"), (4, "km"), (5, "km"), (6, "vin")]
    assert "2147483647" in preview.refused[2].reason
    with pytest.raises(BadInput) as refused:
        import_history(rt.store, rt.clock, path)
    assert refused.value.field == "line 3" and "line 6" in refused.value.message
    assert "Nothing was imported" in refused.value.message
    assert count(rt) == 0


def test_unicode_digits_and_control_characters_are_refused_not_crashed():
    preview = read_text(f"{VIN},2024-01-05,１２３\n{VIN},2024-01-05,²\n{VIN}\x00,2024-01-05,1\n")
    assert preview.rows == [] and len(preview.refused) == 3


def test_a_file_that_is_no_file_is_a_plain_error(tmp_path):
    with pytest.raises(BadInput) as refused:
        preview_file(tmp_path)
    assert refused.value.field == "FILE"
    (tmp_path / "broken16.csv").write_bytes(codecs.BOM_UTF16_LE + b"\x00\xd8")
    with pytest.raises(BadInput, match="UTF-16"):
        preview_file(tmp_path / "broken16.csv")


# -- properties -------------------------------------------------------------------------------
cells = st.one_of(
    st.text(max_size=25),
    st.sampled_from(
        [
            VIN,
            "1-ABC-123",
            "05/01/2024",
            "2024-01-05",
            "113.870",
            "113 870",
            "2147483648",
            "99999999999999999999",
            "-5",
            "",
            "Chassisnummer",
            "Datum",
            "Kilometerstand",
            "２０２４",
        ]
    ),
)
rows = st.lists(st.lists(cells, min_size=0, max_size=5), max_size=6)


@FAST
@given(
    rows=rows,
    delimiter=st.sampled_from([",", ";", "\t"]),
    encoding=st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "cp1252", "latin-1"]),
    newline=st.sampled_from(["\n", "\r\n"]),
)
def test_property_any_table_ends_in_rows_or_a_plain_error(tmp_path, rt, rows, delimiter, encoding, newline):
    text = newline.join(delimiter.join(r) for r in rows)
    try:
        data = text.encode(encoding)
    except UnicodeEncodeError:
        data = text.encode("utf-8")
    _import_and_check(tmp_path, rt, data)


@FAST
@given(data=st.binary(max_size=300))
def test_property_random_bytes_end_in_rows_or_a_plain_error(tmp_path, rt, data):
    _import_and_check(tmp_path, rt, data)


def _import_and_check(tmp_path, rt, data: bytes) -> None:
    path = tmp_path / "random.csv"
    path.write_bytes(data)
    before = count(rt)
    try:
        imported = import_history(rt.store, rt.clock, path, accept_warnings=True)
    except BadInput as exc:
        assert exc.field and exc.message
        assert count(rt) == before
    else:
        assert count(rt) == before + imported


@FAST
@given(st.text(max_size=30))
def test_property_km_is_a_whole_number_or_a_plain_value_error(text):
    try:
        value = csvtext.parse_whole_number(text)
    except ValueError as exc:
        assert "km" in str(exc)
    else:
        assert value >= 0


def test_cli_imports_the_issue_file_and_says_how_it_read_it(tmp_path, capsys):
    """The file of issue 19: ``;``, Windows-1252, CRLF, Dutch headers, ``113.870``."""
    import json

    from fleetdesk.cli import main

    path = tmp_path / "dms.csv"
    path.write_bytes(
        f"Chassisnummer;Datum;Kilometerstand;Opmerking\r\n{VIN};05/01/2024;113.870;Révision\r\n".encode(
            "cp1252"
        )
    )
    code = main(["--data-dir", str(tmp_path / "data"), "carpass", "history", "import", str(path), "--json"])
    out = capsys.readouterr()
    assert code == 0, out.err
    assert json.loads(out.out) == {
        "imported": 1,
        "encoding": "Windows-1252",
        "delimiter": ";",
        "warnings": [],
    }
    assert "Windows-1252, semicolon-separated" in out.err
    path.write_bytes(f"vin,date,km\n{VIN},05/01/2024,99999999999999999999\n".encode())
    code = main(["--data-dir", str(tmp_path / "data"), "carpass", "history", "import", str(path)])
    out = capsys.readouterr()
    assert code == 2 and "km" in out.err and "Traceback" not in out.err
