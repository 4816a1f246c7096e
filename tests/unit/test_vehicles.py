"""The vehicle view: joins by VIN, by plate, by hand; timeline; odometer cross-check; CLI."""

from __future__ import annotations

import json
from datetime import date

import pytest

from fleetdesk.cli import main
from fleetdesk.store import outbox as ob
from fleetdesk.vehicles import crosscheck as xc
from fleetdesk.vehicles import join as vjoin
from fleetdesk.vehicles import service
from fleetdesk.vehicles.sources import CTRACK_UNIT_KEY, coverage_gaps
from fleetdesk.vehicles.timeline import timeline
from fleetdesk.vehicles.wmi import make_from_vin
from vehicle_data import PLATE_C, VIN_A, VIN_B, seed


@pytest.fixture
def vrt(config, fake_clock):
    from fleetdesk.runtime import Runtime

    rt = Runtime(config, clock=fake_clock)  # every installed plug-in, vehicles included
    rt.ids = rt.store.write(seed)
    yield rt
    rt.close()


def _row(rows, ident):
    row = vjoin.find(rows, ident)
    assert row is not None, ident
    return row


def test_joins_by_vin_and_flags_the_plate_only_join(vrt):
    rows = service.rows(vrt)
    a = _row(rows, VIN_A)
    assert a.sources == ["carpass", "tachoshare", "highmobility", "ctrack"]
    assert a.join == "plate"  # Ctrack knows only the plate "1 abc 123"
    assert a.make == "Volkswagen" and a.plate and "1ABC123" in a.plate_keys
    assert (a.carpass_km, a.carpass_date, a.carpass_state) == (100_000, "2026-10-01", "processed")
    assert a.tacho_days_left == 90 - (date(2026, 11, 22) - date(2026, 10, 15)).days
    assert a.tacho_gaps == 1
    assert a.clearance_status == "approved" and a.position_place == "Gent"
    assert a.odometers["ctrack"]["km"] == 105_000 and a.odometers["highmobility"]["km"] == 104_000
    assert a.odometers["carpass"] == {"km": 100_000, "date": "2026-10-01"}
    b = _row(rows, VIN_B)
    assert b.sources == ["thg"] and b.join == "single" and b.thg_status == "approved"
    c = _row(rows, "2xyz 999")  # a plate in any spelling finds the row
    assert c.vin == "" and c.sources == ["carpass", "ctrack"] and c.join == "plate"
    assert len(rows) == 3


def test_manual_link_and_unlink_are_stored(vrt):
    service.set_link(vrt, VIN_B, PLATE_C, "link")
    rows = service.rows(vrt)
    b = _row(rows, VIN_B)
    assert b.sources == ["carpass", "thg", "ctrack"] and b.join == "manual" and len(rows) == 2
    assert vrt.store.read(lambda db: list(db.execute("SELECT a, b, kind FROM vehicle_links"))) == [
        ("plate:2XYZ999", f"vin:{VIN_B}", "link")
    ]
    # separate Ctrack's plate from vehicle A: the automatic plate join is kept apart
    service.set_link(vrt, VIN_A, "1-ABC-123", "unlink")
    rows = service.rows(vrt)
    assert "ctrack" not in _row(rows, VIN_A).sources
    assert _row(rows, VIN_A).join == "vin"
    assert len(rows) == 3


def test_link_errors_name_the_field(vrt):
    from fleetdesk.core.errors import BadInput

    with pytest.raises(BadInput) as exc:
        service.set_link(vrt, VIN_A, "NOPE", "link")
    assert exc.value.field == "vehicle"
    with pytest.raises(BadInput):
        service.set_link(vrt, VIN_A, VIN_B, "unlink")


def test_timeline_newest_first_across_systems(vrt):
    row = _row(service.rows(vrt), VIN_A)
    entries = vrt.store.read(lambda db: timeline(db, row))
    assert [e.at for e in entries] == sorted((e.at for e in entries), reverse=True)
    kinds = {(e.source, e.kind, e.tab) for e in entries}
    assert {
        ("carpass", "reading", "carpass"),
        ("tachoshare", "download", "tachoshare"),
        ("highmobility", "clearance", "highmobility"),
        ("ctrack", "trip", "ctrack"),
    } <= kinds
    assert entries[0].source == "ctrack"  # the trip of 2026-11-20 is the newest
    assert "42.0 km" in entries[0].text


def test_ctrack_unit_is_a_setting(vrt):
    vrt.config.settings.set(CTRACK_UNIT_KEY, "km")
    a = _row(service.rows(vrt), VIN_A)
    assert a.odometers["ctrack"]["km"] == 105_000_000


def test_wmi_and_gaps():
    assert make_from_vin("WBA3A5C51DF123457") == "BMW" and make_from_vin("XX") == ""
    assert make_from_vin("QQQ12345678901234") == ""
    assert coverage_gaps([("2026-01-01", "2026-01-31"), ("2026-02-01", "2026-02-10")]) == 0
    assert coverage_gaps([("2026-01-01", "2026-01-31"), ("2026-02-05", "2026-02-10")]) == 1


@pytest.mark.parametrize("km, level", [(104_000, xc.BELOW), (105_300, xc.OK), (120_000, xc.FAR_ABOVE)])
def test_crosscheck_extrapolates_the_freshest_telematics(vrt, km, level):
    result = service.crosscheck(vrt, vin=VIN_A, plate=None, reading_date=date(2026, 11, 22), odometer_km=km)
    assert result.level == level
    assert result.source == "ctrack" and result.source_date.startswith("2026-11-20")
    assert result.daily_km == 100.0 and result.expected_km == 105_200.0
    if level != xc.OK:
        assert "Ctrack odometer 105,000 km on 2026-11-20" in result.message


def test_crosscheck_by_plate_and_without_data(vrt):
    result = service.crosscheck(
        vrt, vin=None, plate="2xyz999", reading_date=date(2026, 11, 22), odometer_km=59_000
    )
    assert result.level == xc.BELOW and result.warning
    none = service.crosscheck(vrt, vin=VIN_B, plate=None, reading_date=date(2026, 11, 22), odometer_km=1)
    assert none.level == xc.NO_DATA and not none.warning


def test_crosscheck_stored_with_the_reading_and_in_the_timeline(vrt):
    result = service.crosscheck(
        vrt, vin=VIN_A, plate=None, reading_date=date(2026, 11, 22), odometer_km=104_000
    )
    service.record_crosscheck(vrt, result, reading_id=vrt.ids["reading_a"], accepted=True)
    stored = vrt.store.read(lambda db: xc.for_reading(db, vrt.ids["reading_a"]))
    assert stored[0]["level"] == "below" and stored[0]["accepted"] == 1
    assert stored[0]["source"] == "ctrack" and stored[0]["source_km"] == 105_000
    row = _row(service.rows(vrt), VIN_A)
    entries = vrt.store.read(lambda db: timeline(db, row))
    assert any(e.kind == "crosscheck" and "(accepted)" in e.text for e in entries)
    host, user = ob.actor()  # team mode (#16 §7): who typed the reading that was checked
    assert any(e.kind == "crosscheck" and f"by {user} on {host}" in e.text for e in entries)


# -- command line ------------------------------------------------------------------------------
@pytest.fixture
def seeded_dir(tmp_path):
    from fleetdesk.core.config import Config
    from fleetdesk.runtime import Runtime

    with Runtime(Config.load(tmp_path / "data")) as rt:
        rt.store.write(seed)
    return tmp_path / "data"


def _run(capsys, data_dir, *args) -> tuple[int, dict | None, str]:
    code = main(["--data-dir", str(data_dir), *args])
    out = capsys.readouterr()
    return code, (json.loads(out.out) if out.out.strip() else None), out.err


def test_cli_vehicles_and_vehicle(seeded_dir, capsys):
    code, data, _ = _run(capsys, seeded_dir, "vehicles", "--json")
    assert code == 0 and data["count"] == 3
    a = next(v for v in data["vehicles"] if v["vin"] == VIN_A)
    assert a["join"] == "plate" and a["odometers"]["ctrack"]["km"] == 105_000
    code, data, _ = _run(capsys, seeded_dir, "vehicles", "--search", "antwerpen", "--json")
    assert data["count"] == 1 and data["vehicles"][0]["plate"] == PLATE_C
    code, data, _ = _run(capsys, seeded_dir, "vehicle", VIN_A, "--json")
    assert code == 0 and data["vehicle"]["vin"] == VIN_A
    assert data["timeline"][0]["source"] == "ctrack" and len(data["timeline"]) >= 5
    code, _, err = _run(capsys, seeded_dir, "vehicles")
    assert code == 0 and "joined by plate only" in err and "3 vehicle(s)" in err


def test_cli_link_unlink_and_bad_input(seeded_dir, capsys):
    code, data, _ = _run(capsys, seeded_dir, "vehicle", VIN_B, "--link", PLATE_C, "--json")
    assert code == 0 and data["vehicle"]["join"] == "manual"
    assert data["vehicle"]["sources"] == ["carpass", "thg", "ctrack"]
    code, data, _ = _run(capsys, seeded_dir, "vehicle", VIN_B, "--unlink", PLATE_C, "--json")
    assert code == 0 and data["vehicle"]["sources"] == ["thg"]
    code, data, err = _run(capsys, seeded_dir, "vehicle", "NOSUCHVIN", "--json")
    assert code == 2 and data["field"] == "vehicle" and "no vehicle" in err
