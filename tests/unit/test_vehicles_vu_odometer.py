"""The tachograph VU odometer (OdometerValueMidnight from the VU activities) as a source of the
vehicle view: in the file-facts index, the Tachograph odometer column, the timeline and the
Car-Pass cross-check."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta

import pytest

from fleetdesk.cli import main
from fleetdesk.vehicles import crosscheck as xc
from tachofile_builder import vu_file
from vehicle_data import VIN_A, seed

DAYS = [date(2026, 11, 15) + timedelta(days=i) for i in range(7)]  # up to 21 November
KM = [105_100 + 150 * i for i in range(7)]  # 150 km a day


@pytest.fixture
def data_dir(tmp_path):
    from fleetdesk.core.config import Config
    from fleetdesk.runtime import Runtime

    with Runtime(Config.load(tmp_path / "data")) as rt:
        rt.store.write(seed)
    vu = tmp_path / "vu.DDD"
    vu.write_bytes(
        vu_file(
            generation="gen2v2",
            vin=VIN_A,
            plate="1-ABC-123",
            days=DAYS,
            odometers=KM,
            downloaded=datetime(2026, 11, 22, 6, 0, tzinfo=UTC),
        )
    )
    assert main(["--data-dir", str(tmp_path / "data"), "tacho", "import", str(vu)]) == 0
    return tmp_path / "data"


def _json(capsys, data_dir, *args):
    code = main(["--data-dir", str(data_dir), *args, "--json"])
    return code, json.loads(capsys.readouterr().out)


def test_vu_odometer_in_the_facts_the_row_and_the_timeline(data_dir, capsys):
    code, data = _json(capsys, data_dir, "vehicle", VIN_A)
    assert code == 0
    # end of 21 November = 22 November 00:00 UTC
    assert data["vehicle"]["odometers"]["tachoshare"] == {"km": 106_000.0, "date": "2026-11-22T00:00:00Z"}
    vu = [e for e in data["timeline"] if e["kind"] == "download" and "VU odometer" in e["text"]]
    assert vu and "VU odometer 106,000 km at 2026-11-22 00:00 UTC" in vu[0]["text"]
    assert vu[0]["tab"] == "tachoshare"


def test_vu_odometer_is_a_crosscheck_source(data_dir):
    from fleetdesk.core.config import Config
    from fleetdesk.runtime import Runtime
    from fleetdesk.vehicles import service

    with Runtime(Config.load(data_dir)) as rt:
        facts = rt.store.read(
            lambda db: list(
                db.execute(
                    "SELECT odometer_km, odometer_at, odometer_days FROM tacho_file_facts WHERE vin = ?",
                    [VIN_A],
                )
            )
        )
        assert facts[0][:2] == (106_000, "2026-11-22T00:00:00Z")
        assert json.loads(facts[0][2])[0] == ["2026-11-15", 105_100]
        # the VU (end of 21 Nov) is fresher than Ctrack (20 Nov): it is the source, and its
        # own days give the daily distance (150 km)
        ok = service.crosscheck(
            rt, vin=VIN_A, plate=None, reading_date=date(2026, 11, 23), odometer_km=106_200
        )
        assert ok.level == xc.OK and ok.source == "tachoshare" and ok.daily_km == 150.0
        assert ok.expected_km == 106_150.0
        low = service.crosscheck(
            rt, vin=VIN_A, plate=None, reading_date=date(2026, 11, 23), odometer_km=105_500
        )
        assert low.level == xc.BELOW and "Tachograph odometer 106,000 km on 2026-11-22" in low.message
