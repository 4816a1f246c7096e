"""The tachograph parser's detail readers (``details=True``) against files built byte by byte
(tests/tachofile_builder.py): card vehicles used, places, daily activity, events and faults;
VU events, faults, identification and calibrations. Gen1 and Gen2 where the layouts differ."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from fleetdesk.tachoshare.ddd import DddError, Truncated, parse_bytes
from tachofile_builder import (
    AVAILABILITY,
    DRIVING,
    REST,
    WORK,
    activity_change,
    driver_card_file,
    place_record,
    record_array,
    time_real,
    vehicle_record,
    vu_calibration_record,
    vu_event_record,
    vu_fault_record,
    vu_file,
    vu_identification,
    vu_overspeed_record,
)


def at(day: int, hour: int = 0, minute: int = 0) -> datetime:
    return datetime(2026, 11, day, hour, minute, tzinfo=UTC)


def vehicles(generation: str) -> list[bytes]:
    return [
        vehicle_record(
            generation, at(3, 6), at(3, 17), 120_000, 120_450, "B-XY 123", vin="WDB9634031L123456"
        ),
        vehicle_record(generation, at(4, 6), at(5, 18), 98_000, 98_900, "M-AB 77", vin="WMA06XZZ1LM000077"),
        vehicle_record(
            generation,
            at(2, 7),
            at(2, 9),
            300,
            310,
            "ΙΚΑ 1234",
            nation=0x17,
            code_page=7,
            vin="XLRTE47MS0E000001",
        ),
    ]


def test_headers_only_by_default():
    f = parse_bytes(driver_card_file(vehicles=vehicles("gen1")))
    assert f.details is None and "vehicles_used" not in f.to_json()


@pytest.mark.parametrize("generation", ["gen1", "gen2", "gen2v2"])
def test_card_vehicles_used_oldest_first_across_the_cyclic_buffer(generation):
    data = driver_card_file(
        generation=generation, vehicles=vehicles(generation), vehicle_slots=5, vehicle_start=3
    )
    f = parse_bytes(data, details=True)
    assert f.details is not None
    used = f.details.vehicles_used
    assert [v.registration for v in used] == ["ΙΚΑ 1234", "B-XY 123", "M-AB 77"]
    assert [v.registration_nation for v in used] == ["GR", "D", "D"]
    b = used[1]
    assert (b.first_use, b.last_use) == (at(3, 6), at(3, 17))
    assert (b.odometer_begin, b.odometer_end, b.distance_km) == (120_000, 120_450, 450)
    # the VIN is in the Gen2 record only
    assert b.vin == (None if generation == "gen1" else "WDB9634031L123456")
    j = f.to_json()["vehicles_used"][1]
    assert j["first_use"] == "2026-11-03T06:00:00Z" and j["distance_km"] == 450
    assert f.holder_surname == "Mustermann" and not f.warnings


@pytest.mark.parametrize("generation", ["gen1", "gen2"])
def test_card_places_begin_and_end_of_daily_work_periods(generation):
    recs = [
        place_record(generation, at(3, 6), 0x00, 0x0D, 0, 120_000),
        place_record(generation, at(3, 17), 0x01, 0x06, 0, 120_450),
        place_record(generation, at(4, 5, 30), 0x02, 0x11, 3, 98_000),
    ]
    f = parse_bytes(driver_card_file(generation=generation, places=recs, place_slots=6), details=True)
    assert f.details is not None
    p = f.details.places
    assert [(x.time, x.begin, x.country, x.odometer) for x in p] == [
        (at(3, 6), True, "D", 120_000),
        (at(3, 17), False, "B", 120_450),
        (at(4, 5, 30), True, "F", 98_000),
    ]
    assert p[2].entry_type == 2 and p[2].region == 3
    assert f.to_json()["places"][1] == {
        "time": "2026-11-03T17:00:00Z",
        "entry": "end",
        "entry_type": 1,
        "country": "B",
        "region": 0,
        "odometer": 120_450,
    }


@pytest.mark.parametrize("generation", ["gen1", "gen2", "gen2v2"])
def test_card_daily_activity_minutes_per_activity(generation):
    days = [date(2026, 11, 2), date(2026, 11, 3), date(2026, 11, 4)]
    activities = {
        # 00:00 rest, 06:00 work, 06:30 driving, 10:30 rest (break), 11:15 driving, 15:00
        # availability, 15:20 work, 16:00 rest until midnight
        days[0]: (
            412,
            [
                activity_change(0, REST),
                activity_change(360, WORK),
                activity_change(390, DRIVING),
                activity_change(630, REST),
                activity_change(675, DRIVING),
                activity_change(900, AVAILABILITY),
                activity_change(920, WORK),
                activity_change(960, REST),
            ],
        ),
        # card withdrawn, nothing entered (unknown) until 08:00, then driving as crew until 12:00
        days[1]: (
            300,
            [
                activity_change(0, REST, inserted=False),
                activity_change(480, DRIVING, crew=True),
                activity_change(720, REST),
            ],
        ),
        # a change going backwards in time and one past 23:59 are ignored
        days[2]: (
            0,
            [activity_change(0, REST), activity_change(600, WORK), activity_change(500, DRIVING), 2000],
        ),
    }
    data = driver_card_file(
        generation=generation, days=days, activities=activities, buffer_size=300, ring_start=250
    )
    f = parse_bytes(data, details=True)
    assert f.details is not None
    d1, d2, d3 = f.details.daily_activity
    assert d1.day == days[0] and d1.distance_km == 412
    assert (d1.driving, d1.work, d1.availability, d1.rest, d1.unknown) == (
        240 + 225,
        30 + 40,
        20,
        360 + 45 + 480,
        0,
    )
    assert d1.driving + d1.work + d1.availability + d1.rest == 1440 and d1.changes == 8
    assert (d2.unknown, d2.driving, d2.rest) == (480, 240, 720)
    assert (d3.rest, d3.work, d3.driving) == (600, 840, 0)
    assert f.activity_days == tuple(days)  # the header path is unchanged
    assert f.to_json()["daily_activity"][0] == {
        "date": "2026-11-02",
        "distance_km": 412,
        "driving_min": 465,
        "work_min": 70,
        "availability_min": 20,
        "rest_min": 885,
        "unknown_min": 0,
        "changes": 8,
    }


def test_card_daily_activity_of_the_default_builder_records():
    # the builder's filler changes (rest at 0, 97, 194 ... minutes) sum to a whole day of rest
    f = parse_bytes(driver_card_file(), details=True)
    assert f.details is not None
    assert len(f.details.daily_activity) == 28
    assert all(d.rest == 1440 and d.distance_km == 120 for d in f.details.daily_activity)


def test_inspect_json_has_the_details(tmp_path, capsys):
    from fleetdesk.cli import main

    card = tmp_path / "card.DDD"
    card.write_bytes(driver_card_file(generation="gen2", vehicles=vehicles("gen2")))
    code = main(["--data-dir", str(tmp_path / "data"), "tacho", "inspect", str(card), "--json"])
    (item,) = json.loads(capsys.readouterr().out)
    assert code == 0 and item["holder_surname"] == "Mustermann"
    assert [v["registration"] for v in item["vehicles_used"]] == ["ΙΚΑ 1234", "B-XY 123", "M-AB 77"]
    assert item["vehicles_used"][2]["vin"] == "WMA06XZZ1LM000077"
    assert len(item["daily_activity"]) == 28 and item["events"] == [] and item["places"] == []
    code = main(["--data-dir", str(tmp_path / "data"), "tacho", "inspect", str(card)])
    out = capsys.readouterr().out
    assert "vehicle used         B-XY 123 2026-11-03T06:00:00Z → 2026-11-03T17:00:00Z, 450 km" in out
    assert "daily activity       28 days, 0 h 00 min driving" in out


# -- hostile input: the detail readers stay bounded ------------------------------------------------
FAST = settings(max_examples=200, deadline=2000, suppress_health_check=[HealthCheck.too_slow])
DETAILED = [
    driver_card_file(vehicles=vehicles("gen1"), places=[place_record("gen1", at(3), 0, 13, 0, 5)]),
    driver_card_file(
        generation="gen2v2",
        prefix=True,
        vehicles=vehicles("gen2v2"),
        places=[place_record("gen2v2", at(3), 1, 13, 0, 5)],
        buffer_size=400,
        ring_start=390,
        days=[date(2026, 11, 1 + i) for i in range(10)],
    ),
]


def _details_or_error(data: bytes) -> None:
    try:
        parse_bytes(data, details=True)
    except DddError:
        pass


@FAST
@given(
    st.sampled_from(range(len(DETAILED))),
    st.lists(st.tuples(st.integers(0, 10**6), st.integers(0, 255)), max_size=12),
    st.integers(0, 10**6),
)
def test_mutated_detailed_files_never_crash(which, flips, cut):
    data = bytearray(DETAILED[which])
    for pos, value in flips:
        data[pos % len(data)] = value
    _details_or_error(bytes(data[: max(1, cut % (len(data) + 1))]))


@FAST
@given(st.binary(max_size=4096))
def test_random_bytes_with_details_never_crash(data):
    for head in (b"", b"\x76\x01", b"\x76\x23", b"\x76\x35", b"\x00\x02\x00"):
        _details_or_error(head + data)


@FAST
@given(st.sampled_from(range(len(DETAILED))), st.data())
def test_card_ef_length_past_the_end_is_truncated_with_details(which, data):
    card = bytearray(DETAILED[which])
    pos, heads = (2 if card[:2] == b"\x76\x06" else 0), []
    while pos < len(card):
        heads.append(pos)
        pos += 5 + int.from_bytes(card[pos + 3 : pos + 5], "big")
    at_ = data.draw(st.sampled_from(heads))
    length = data.draw(st.integers(len(card) - (at_ + 5) + 1, 0xFFFF))
    card[at_ + 3 : at_ + 5] = length.to_bytes(2, "big")
    with pytest.raises(Truncated) as info:
        parse_bytes(bytes(card), details=True)
    assert info.value.offset == at_ + 5


@FAST
@given(st.binary(min_size=0, max_size=2000), st.sampled_from(["gen1", "gen2"]))
def test_each_card_detail_reader_is_bounded_on_any_ef_content(body, gen):
    from fleetdesk.tachoshare.ddd import card_details as cd

    warnings: list[str] = []
    assert len(cd.vehicles_used(body, gen, warnings)) <= len(body) // 31
    assert len(cd.places(body, gen, warnings)) <= len(body) // 10
    assert len(cd.events(body, warnings)) <= len(body) // 24
    assert len(cd.daily_activity(body, warnings)) <= len(body) // 12 + 1


# -- vehicle units: events, faults, identification, calibrations --------------------------------
def vu_details(generation: str) -> dict:
    return {
        "events": [
            vu_event_record(generation, 0x05, at(20, 7), at(20, 7, 1), card="D123456789012301"),
            vu_event_record(generation, 0x04, at(18, 22), at(18, 23, 10), card=""),
        ],
        "faults": [vu_fault_record(generation, 0x35, at(21, 3), at(21, 4), card="")],
        "overspeed": [vu_overspeed_record(generation, at(19, 14), at(19, 14, 2), 97, 91)],
        "identification": vu_identification(generation),
        "calibrations": [
            vu_calibration_record(
                generation, 0x02, datetime(2022, 3, 15, 9, tzinfo=UTC), date(2024, 3, 15), 12
            ),
            vu_calibration_record(
                generation, 0x04, datetime(2024, 3, 1, 10, tzinfo=UTC), date(2026, 3, 1), 190_000
            ),
            # a registration number entered by the company is not a calibration
            vu_calibration_record(
                generation, 0x05, datetime(2024, 6, 1, tzinfo=UTC), date(2026, 6, 1), 200_000
            ),
        ],
    }


@pytest.mark.parametrize("generation", ["gen1", "gen2", "gen2v2"])
def test_vu_events_and_faults(generation):
    f = parse_bytes(vu_file(generation=generation, details=vu_details(generation)), details=True)
    assert f.details is not None and f.vin == "WDB9634031L123456"
    ev = f.details.events
    assert [(e.code, e.begin) for e in ev] == [(0x04, at(18, 22)), (0x07, at(19, 14)), (0x05, at(20, 7))]
    assert ev[0].description == "Driving without an appropriate card" and ev[0].card_number is None
    assert ev[1].description == "Over speeding" and ev[1].card_number == "D123456789012301"
    assert ev[2].end == at(20, 7, 1) and ev[2].card_number == "D123456789012301" and ev[2].purpose == 1
    (fault,) = f.details.faults
    assert (fault.code, fault.description, fault.begin, fault.end) == (
        0x35,
        "Sensor fault",
        at(21, 3),
        at(21, 4),
    )
    j = f.to_json()
    assert j["events"][0]["begin"] == "2026-11-18T22:00:00Z" and j["faults"][0]["type"] == 0x35


@pytest.mark.parametrize("generation", ["gen1", "gen2", "gen2v2"])
def test_vu_identification_and_calibration_due(generation):
    f = parse_bytes(vu_file(generation=generation, details=vu_details(generation)), details=True)
    assert f.details is not None
    ident = f.details.vu_identification
    assert ident is not None
    assert (ident.manufacturer, ident.part_number, ident.serial_number) == (
        "Continental Automotive",
        "1381.2053110003",
        123456,
    )
    assert (ident.serial_month_year, ident.software_version, ident.software_installed) == (
        "0322",
        "0403",
        date(2022, 3, 10),
    )
    assert ident.manufacturing_date == date(2022, 3, 1) and ident.approval_number == "e1-84"
    cals = f.details.calibrations
    assert [c.purpose for c in cals] == [2, 4, 5]
    c = cals[1]
    assert (c.purpose_text, c.workshop, c.workshop_card) == (
        "periodic inspection",
        "Bosch Service Köln",
        "D000000099887701",
    )
    assert (c.vin, c.registration, c.registration_nation) == ("WDB9634031L123456", "B-XY 123", "D")
    assert (c.tyre_size, c.authorised_speed, c.odometer) == ("315/70 R22.5", 90, 190_000)
    assert c.time == datetime(2024, 3, 1, 10, tzinfo=UTC) and c.next_due == date(2026, 3, 1)
    # the last calibration is the periodic inspection, not the company's plate entry after it
    assert f.details.last_calibration is c and f.details.next_calibration_due == date(2026, 3, 1)
    j = f.to_json()
    assert j["next_calibration_due"] == "2026-03-01" and j["last_calibration"] == "2024-03-01T10:00:00Z"
    assert j["vu_identification"]["manufacturer"] == "Continental Automotive"
    assert "vehicles_used" not in j and "events" not in parse_bytes(vu_file(generation=generation)).to_json()


@pytest.mark.parametrize("generation", ["gen1", "gen2"])
def test_vu_without_detail_records(generation):
    f = parse_bytes(vu_file(generation=generation), details=True)
    assert f.details is not None
    assert f.details.events == () and f.details.calibrations == () and f.details.vu_identification is None
    assert f.to_json()["next_calibration_due"] is None


@pytest.mark.parametrize("generation", ["gen2", "gen2v2"])
def test_gen2_vu_huge_record_count_is_bounded(generation):
    # a real array of many small event records: at most MAX_RECORDS are read, with a warning
    from fleetdesk.tachoshare.ddd.vu_details import MAX_RECORDS

    base = 0x20 if generation == "gen2" else 0x30
    records = record_array(
        0x15, 10, [b"\x05\x01" + time_real(at(20)) + time_real(at(20))] * (MAX_RECORDS + 5)
    )
    block = b"\x76" + bytes([base + 3]) + records + record_array(0x08, 64, [b"\x5a" * 64])
    f = parse_bytes(vu_file(generation=generation) + block, details=True)
    assert f.details is not None and len(f.details.events) == MAX_RECORDS
    assert any(f"the first {MAX_RECORDS} are read" in w for w in f.warnings)


@pytest.mark.parametrize("generation", ["gen1", "gen2v2"])
def test_vu_detail_counts_past_the_end_are_truncated_at_their_offset(generation):
    data = bytearray(vu_file(generation=generation, details=vu_details(generation)))
    if generation == "gen1":
        at_ = data.index(b"\x76\x03") + 2  # noOfVuFaults
        data[at_] = 200
        offset = at_ + 1
    else:
        at_ = data.index(b"\x76\x33") + 2  # the VuFaultRecordArray's header
        data[at_ + 3 : at_ + 5] = (0xFFFF).to_bytes(2, "big")
        offset = at_ + 5
    with pytest.raises(Truncated, match=f"at offset {offset} ") as info:
        parse_bytes(bytes(data), details=True)
    assert info.value.offset == offset


VU_DETAILED = [vu_file(generation=g, details=vu_details(g)) for g in ("gen1", "gen2", "gen2v2")]


@FAST
@given(
    st.sampled_from(range(len(VU_DETAILED))),
    st.lists(st.tuples(st.integers(0, 10**6), st.integers(0, 255)), max_size=12),
    st.integers(0, 10**6),
)
def test_mutated_detailed_vu_files_never_crash(which, flips, cut):
    data = bytearray(VU_DETAILED[which])
    for pos, value in flips:
        data[pos % len(data)] = value
    _details_or_error(bytes(data[: max(1, cut % (len(data) + 1))]))


@FAST
@given(st.binary(min_size=0, max_size=400))
def test_each_vu_detail_reader_is_bounded_on_any_record(body):
    from fleetdesk.tachoshare.ddd import vu_details as vd

    vd.identification(body)
    vd.calibration(body)
    vd._event(body, 12)
