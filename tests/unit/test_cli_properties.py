"""Property tests over CLI verbs' arguments (issue 19), run in-process: whatever is typed (text,
huge integers, unicode digits, control characters, empty values) ends in exit 0, 1 or 2 with a
plain message, never a traceback; and a refused command leaves the store unchanged.

Every service address points at a closed loopback port, so nothing leaves 127.0.0.1 and a verb
that would need the network ends quickly in its plain "offline"/"not signed in" message."""

from __future__ import annotations

import hashlib
import sqlite3

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from fleetdesk.cli import main

CLOSED = "http://127.0.0.1:9"
FAST = settings(
    max_examples=15,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
typed = st.one_of(
    st.text(alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), max_size=30),
    st.integers(min_value=-(10**30), max_value=10**30).map(str),
    st.sampled_from(
        [
            "",
            " ",
            "２０５０",
            "١٢٣",
            "²",
            "1e400",
            "nan",
            "12\x07",
            "\t",
            "-1",
            "2147483648",
            "99999999999999999999",
            "0x1B",
            "today",
            "2024-02-30",
            "WBA3A5C51DF123457",
            "1-ABC-123",
            "9" * 5000,
        ]
    ),
)


@pytest.fixture
def env(tmp_path, monkeypatch):
    for name in (
        "CARPASS",
        "TACHOSHARE",
        "TACHOSHARE_AUTH",
        "THG",
        "THG_AUTH",
        "HIGHMOBILITY",
        "CTRACK",
        "TILES",
    ):
        monkeypatch.setenv(f"FLEETDESK_{name}_URL", CLOSED + ("/api" if name == "CARPASS" else ""))
    data = tmp_path / "data"
    assert main(["--data-dir", str(data), "carpass", "list"]) == 0  # the store exists, migrated
    return data


def fingerprint(data_dir) -> str:
    path = data_dir / "fleetdesk.sqlite3"
    if not path.exists():
        return ""
    conn = sqlite3.connect(path)
    try:
        return hashlib.sha256("\n".join(conn.iterdump()).encode()).hexdigest()
    finally:
        conn.close()


def run(capsys, data_dir, *argv: str) -> int:
    try:
        code = main(["--data-dir", str(data_dir), *argv])
    except SystemExit as exc:  # pragma: no cover - main never exits itself
        pytest.fail(f"SystemExit {exc.code} escaped main")
    err = capsys.readouterr().err
    assert code in (0, 1, 2), (argv, code, err)
    assert "Traceback" not in err, (argv, err)
    if code != 0:
        assert "unexpected error" not in err, (argv, err)
    return code


def check_unchanged_on_error(capsys, data_dir, *argv: str) -> None:
    before = fingerprint(data_dir)
    if run(capsys, data_dir, *argv) == 2:
        assert fingerprint(data_dir) == before, argv


@FAST
@given(vin=typed, km=typed)
def test_carpass_precheck_and_submit(env, capsys, vin, km):
    run(capsys, env, "carpass", "precheck", "--vin", vin, "--km", km)
    check_unchanged_on_error(capsys, env, "carpass", "submit", "--vin", vin, "--km", km)


@FAST
@given(plate=typed, km=typed, day=typed)
def test_carpass_submit_by_plate_with_a_date(env, capsys, plate, km, day):
    check_unchanged_on_error(capsys, env, "carpass", "submit", "--plate", plate, "--km", km, "--date", day)


@FAST
@given(vin=typed, brand=typed, odometer=typed)
def test_clearance_add(env, capsys, vin, brand, odometer):
    check_unchanged_on_error(capsys, env, "clearance", "add", vin, "--brand", brand, "--odometer", odometer)


@FAST
@given(vehicle=typed, day=typed)
def test_ctrack_trips(env, capsys, vehicle, day):
    check_unchanged_on_error(capsys, env, "ctrack", "trips", vehicle, "--date", day)


@FAST
@given(card=typed, country=typed)
def test_tacho_sync_card(env, capsys, card, country):
    check_unchanged_on_error(capsys, env, "tacho", "sync", "--card", card, "--country", country)


@FAST
@given(ref=typed, since=typed)
def test_thg_vehicles_filters(env, capsys, ref, since):
    run(capsys, env, "thg", "vehicles", "--local", "--ref1", ref, "--changed-since", since)
