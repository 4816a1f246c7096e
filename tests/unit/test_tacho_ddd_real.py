"""The tachograph parser against real downloads, not only against the files that
tests/tachofile_builder.py builds (the builder and the parser were written by the same people,
so a shared misreading of the regulation would pass every builder test).

Real files (docs/tachograph-files.md says where they come from and what was tried): none of the
package registries this project reaches carries a sample download. The public project
tachograph-go (way-platform) publishes anonymised records of real driver-card and vehicle-unit
downloads as hex dumps, with its own parser's expected output beside them. Its licence could not
be confirmed, so its bytes are not committed here: files assembled from those records are looked
up in the directory ``FLEETDESK_TACHO_SAMPLES`` by their sha256, and these tests are skipped when
it is not set. The expected values below were read from the bytes by hand with Appendix 1 (the
offsets are noted) and agree with the independent parser's published output.

What the real files showed is reproduced with builder-made files in the tests at the end, which
always run.
"""

from __future__ import annotations

import hashlib
import json
import os
import time as clock
from datetime import date, time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from fleetdesk.cli import main
from fleetdesk.tachoshare.ddd import DddError, parse_bytes, parse_file
from tachofile_builder import driver_card_file, vu_file

SAMPLES_ENV = "FLEETDESK_TACHO_SAMPLES"
#: read at import: the autouse fixture of conftest.py removes every FLEETDESK_* variable per test
SAMPLES_DIR = os.environ.get(SAMPLES_ENV)

#: sha256 of the assembled file -> (name in docs/tachograph-files.md, expected `inspect --json` values)
EXPECTED: dict[str, tuple[str, dict]] = {
    # Gen1 vehicle unit, tachograph-go internal/vu/testdata/records/000-anonymized: 76 01 overview
    # + 76 02 001-ACTIVITIES + 76 02 002-ACTIVITIES + 76 03 007-EVENTS_AND_FAULTS (0 faults, 38
    # events, 1 time adjustment) + 76 05 009-TECHNICAL_DATA (8 calibrations). Overview: VIN at 388 (17 '*'), registration
    # nation 00 (no information) + code page 01 + 13 '*', VuCurrentDateTime 68C420FD, period
    # 66D65180..68C42094, last download 68C41381 (company card, name code page 01 + 35 '*').
    # Activities: DateOfDayDownloaded 68BE1C7F / 68BF6DFF (23:59:59 of the day, as this VU
    # writes it), OdometerValueMidnight 05AB4C / 05ABB1; the second day has one card
    # insertion record, 98 activity changes and 2 places.
    "0333f19c8c8d7fbded5d00398a5e9fd14dcca93885a8c20358eeeb77b118ba4a": (
        "vu-gen1-000.ddd",
        {
            "kind": "vehicle",
            "generation": "gen1",
            "vin": "*****************",
            "registration": "*************",
            "registration_nation": None,
            "period_from": "2024-09-03",
            "period_to": "2025-09-12",
            "last_download": "2025-09-12T12:35:13Z",
            "download_company": "*" * 35,
            "activity_from": "2025-09-07",
            "activity_to": "2025-09-08",
            "activity_days": 2,
            "odometer_km": 371633,
            "odometer_at": "2025-09-09T00:00:00Z",
            "card_number": None,
            "warnings": [],
        },
    ),
    # Gen2 driver card, tachograph-go internal/card/testdata/records/004-anonymized: EF_ICC,
    # EF_Application_Identification (Gen1), EF_Card_Download (Gen1, 6959347F),
    # EF_Driver_Activity_Data (Gen1: oldest pointer 0000, newest 3568, 220 daily records chained
    # by their lengths, 5E0BE100 = 2020-01-01 ... 5F2C9980 = 2020-08-07 at 3568), then the Gen2
    # DF's EF_Application_Identification (01 | 01 01 = structure version 2 | ...) and
    # EF_Identification: nation 26 (NL), card number 'DRIVER0000000100', issue 5E0BE100,
    # expiry 6774857F (2024-12-31 23:59:59), surname 01 'Doe', first names 01 'John', birth
    # date 20000101 (BCD), language 'nl'.
    "cd162281cfb24412f3e86ba770ce1e17ce4ef7c74bb2b02a26b2531b11f559ad": (
        "card-gen2v2-004.ddd",
        {
            "kind": "card",
            "generation": "gen2v2",
            "card_number": "DRIVER0000000100",
            "card_replacement_index": "0",
            "card_renewal_index": "0",
            "issuing_state": "NL",
            "holder_surname": "Doe",
            "holder_first_names": "John",
            "card_expiry": "2024-12-31",
            "last_card_download": "2026-01-03T15:23:43Z",
            "activity_from": "2020-01-01",
            "activity_to": "2020-08-07",
            "activity_days": 220,
            "vin": None,
            "warnings": [],
        },
    ),
    # Gen2v2 vehicle unit, tachograph-go internal/vu/testdata/records/003-anonymized: 76 31 overview
    # + 76 32 001-ACTIVITIES with the record arrays' RecordType put back (tests/tacho_samples.py
    # RETYPE). Overview: certificates empty, VIN 17 '*', VehicleRegistrationIdentification 2A
    # (NationNumeric 42, San Marino: the anonymiser's '*') + code page 2A (unknown: Latin-1) + 13
    # '*', period 6928E600..69B09DC0, download 69AF7A8C. Activities: 65920080 (2024-01-01),
    # odometer 047FF4, 3 card insertion records of 131 bytes, 40 changes, 4 places of 41 bytes,
    # 4 GNSS records of 57 bytes.
    "e5d50f56568b00fc57d6274638cb725efcb2ff116ffa0bb9c7d493b3a1700900": (
        "vu-gen2v2-003-retyped.ddd",
        {
            "kind": "vehicle",
            "generation": "gen2v2",
            "vin": "*****************",
            "registration": "*************",
            "registration_nation": "RSM",
            "period_from": "2025-11-28",
            "period_to": "2026-03-10",
            "last_download": "2026-03-10T01:57:32Z",
            "download_company": "*" * 35,
            "activity_from": "2024-01-01",
            "activity_to": "2024-01-01",
            "odometer_km": 294900,
            "warnings": [],
        },
    ),
    # Gen1 EF_Identification alone, tachograph-go .../009-anonymized/003: nation 12 (FIN).
    "8f11607029699877714322daad5aebb405e3eb0657983d7f6c656326ce7b0999": (
        "card-gen1-009.ddd",
        {
            "kind": "card",
            "generation": "gen1",
            "card_number": "DRIVER0000000100",
            "issuing_state": "FIN",
            "holder_surname": "Doe",
            "holder_first_names": "John",
            "card_expiry": "2024-12-31",
            "activity_from": None,
        },
    ),
}


def _sample_files() -> dict[str, Path]:
    folder = SAMPLES_DIR
    if not folder:
        pytest.skip(
            f"{SAMPLES_ENV} is not set: the real (anonymised) sample downloads are not in the repository"
        )
    found = {}
    for path in sorted(Path(folder).iterdir()):
        if path.is_file() and path.stat().st_size < 1 << 20:
            digest = hashlib.sha256(path.read_bytes()).hexdigest()
            if digest in EXPECTED:
                found[digest] = path
    if not found:
        pytest.skip(f"no file in {SAMPLES_ENV}={folder} has the sha256 of a known sample")
    return found


def test_real_samples_read_as_the_bytes_say():
    for digest, path in _sample_files().items():
        name, want = EXPECTED[digest]
        got = parse_file(path).to_json()
        assert {k: got[k] for k in want} == want, name


def test_inspect_json_on_real_samples(tmp_path, capsys):
    files = _sample_files()
    code = main(
        ["--data-dir", str(tmp_path / "data"), "tacho", "inspect", *map(str, files.values()), "--json"]
    )
    items = json.loads(capsys.readouterr().out)
    assert code == 0
    by_file = {item["file"]: item for item in items}
    for digest, path in files.items():
        name, want = EXPECTED[digest]
        item = by_file[str(path)]
        assert item["error"] is None and {k: item[k] for k in want} == want, name


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.data(),
    st.lists(st.tuples(st.integers(0, 10**6), st.integers(0, 255)), max_size=8),
    st.integers(0, 10**6),
)
def test_mutated_real_samples_give_a_result_or_an_error(data, flips, cut):
    """The hostile-input guarantee on real layouts: flipped bytes and cuts anywhere give a result
    or a DddError, in bounded time, never a traceback."""
    if not SAMPLES_DIR:
        pytest.skip(f"{SAMPLES_ENV} is not set")
    paths = sorted(p for p in Path(SAMPLES_DIR).iterdir() if p.is_file() and p.stat().st_size < 1 << 20)
    if not paths:
        pytest.skip(f"{SAMPLES_ENV}={SAMPLES_DIR} is empty")
    raw = bytearray(data.draw(st.sampled_from(paths)).read_bytes())
    for pos, value in flips:
        raw[pos % len(raw)] = value
    started = clock.perf_counter()
    try:
        parse_bytes(bytes(raw[: max(1, cut % (len(raw) + 1))]))
    except DddError:
        pass
    assert clock.perf_counter() - started < 2.0


# -- what the real files showed, reproduced with builder-made files ------------------------------
def test_gen2v2_card_read_without_its_version_2_efs_is_still_gen2v2():
    """Card 004's Gen2 CardStructureVersion is 01 01 (version 2) although its download has none
    of the version 2 EFs (0525...): a tool that knows only Gen2v1 downloads such a card so."""
    f = parse_bytes(driver_card_file(generation="gen2v2", v2_efs=False))
    assert f.generation == "gen2v2"
    assert parse_bytes(driver_card_file(generation="gen2")).generation == "gen2"


@pytest.mark.parametrize("generation", ["gen1", "gen2", "gen2v2"])
def test_vu_day_stamped_at_23_59_59_is_that_day(generation):
    """The real Gen1 VU writes each DateOfDayDownloaded as 23:59:59 of the day, not midnight."""
    days = [date(2025, 9, 7), date(2025, 9, 8)]
    f = parse_bytes(
        vu_file(generation=generation, days=days, odometers=[371532, 371633], day_stamp=time(23, 59, 59))
    )
    assert f.activity_days == tuple(days)
    assert f.odometer_days == ((date(2025, 9, 7), 371532), (date(2025, 9, 8), 371633))
