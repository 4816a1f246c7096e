"""The tachograph file parser against files built byte by byte from the regulation's
structures (tests/tachofile_builder.py): Gen1, Gen2, Gen2v2, cards and vehicle units, with
the quirks real files have, plus hostile input."""

from __future__ import annotations

import time
from datetime import UTC, date, datetime

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from fleetdesk.tachoshare.ddd import DddError, Truncated, parse_bytes, parse_file
from fleetdesk.tachoshare.ddd.common import MAX_FILE_SIZE
from tachofile_builder import driver_card_file, vu_file

UTC = UTC


@pytest.mark.parametrize("generation", ["gen1", "gen2", "gen2v2"])
def test_card_header_facts(generation):
    days = [date(2026, 10, 1 + i) for i in range(30)]
    f = parse_bytes(driver_card_file(generation=generation, days=days))
    assert f.kind == "card" and f.generation == generation
    assert f.card_number == "D123456789012301"
    assert (f.card_replacement_index, f.card_renewal_index) == ("0", "1")
    assert f.driver_identification == "D1234567890123"
    assert f.issuing_state == "D" and f.issuing_state_code == 0x0D
    assert (f.holder_surname, f.holder_first_names) == ("Mustermann", "Erika")
    assert f.holder_birth_date == date(1980, 5, 17)
    assert f.card_expiry == date(2027, 2, 28)
    assert f.activity_from == date(2026, 10, 1) and f.activity_to == date(2026, 10, 30)
    assert len(f.activity_days) == 30
    assert f.last_card_download == datetime(2026, 11, 30, 8, 15, tzinfo=UTC)
    assert f.signature_status == "not checked" and not f.warnings
    j = f.to_json()
    assert j["card_expiry"] == "2027-02-28" and j["activity_to"] == "2026-10-30"
    assert j["vin"] is None and j["period_from"] is None


def test_card_with_remote_download_prefix():
    f = parse_bytes(driver_card_file(prefix=True, generation="gen2"))
    assert f.kind == "card" and f.card_number == "D123456789012301" and f.generation == "gen2"


def test_card_unknown_ef_is_skipped_by_its_length():
    f = parse_bytes(driver_card_file(unknown_ef=True))
    assert f.holder_surname == "Mustermann" and len(f.activity_days) == 28


def test_card_activity_records_wrapping_around_the_cyclic_buffer():
    days = [date(2026, 9, 1 + i) for i in range(20)]
    f = parse_bytes(driver_card_file(days=days, buffer_size=400, ring_start=300))
    assert f.activity_days == tuple(days)


def test_card_gen2_v1_is_not_v2():
    assert parse_bytes(driver_card_file(generation="gen2")).generation == "gen2"


@pytest.mark.parametrize(
    "code_page, surname, first",
    [
        (2, "Dvořák", "Jiří"),
        (7, "Παπαδόπουλος", "Γιώργος"),
        (5, "Иванов", "Пётр"),
        (1, "Müller-Lüdenscheidt", "Zoë"),
        (15, "Šebestová", "Œdipe"),
        (16, "Ionescu-Țăran", "Ștefan"),
        (13, "Žemaitė", "Jonas"),
    ],
)
def test_names_decoded_by_their_code_page(code_page, surname, first):
    f = parse_bytes(driver_card_file(surname=surname, first_names=first, code_page=code_page))
    assert (f.holder_surname, f.holder_first_names) == (surname, first)


def test_unknown_code_page_reads_as_latin1_without_error():
    data = bytearray(driver_card_file(surname="Abc"))
    i = data.index(b"Abc") - 1
    data[i] = 0x63
    assert parse_bytes(bytes(data)).holder_surname == "Abc"


@pytest.mark.parametrize("cut", [3, 100, 400, 2000, -1])
def test_truncated_card_names_the_offset(cut):
    data = driver_card_file()
    with pytest.raises(Truncated, match=r"offset \d+") as info:
        parse_bytes(data[:cut] if cut > 0 else data[:-1])
    assert info.value.offset <= len(data)


def test_length_pointing_past_the_end():
    data = bytearray(driver_card_file())
    data[3:5] = b"\xff\xff"  # EF ICC claims 65535 bytes
    with pytest.raises(Truncated, match="offset 5 needs 65535 bytes"):
        parse_bytes(bytes(data))


def test_bad_appendix_byte_is_named():
    data = bytearray(driver_card_file())
    data[5 + 25 + 2] = 0x09  # the second block, EF IC
    with pytest.raises(DddError, match="offset 30 .FID 0005. has appendix byte 0x09"):
        parse_bytes(bytes(data))


def test_card_without_identification_is_refused():
    with pytest.raises(DddError, match="EF 0520"):
        parse_bytes(bytes.fromhex("0002 00 0003 010203"))


@pytest.mark.parametrize("generation", ["gen1", "gen2", "gen2v2"])
def test_vehicle_unit_header_facts(generation):
    days = [date(2026, 11, 20 + i) for i in range(5)]
    f = parse_bytes(vu_file(generation=generation, days=days))
    assert f.kind == "vehicle" and f.generation == generation
    assert f.vin == "WDB9634031L123456"
    assert f.registration == "B-XY 123"
    # Gen2 v1's overview carries the 14-byte VehicleRegistrationNumber without nation
    assert f.registration_nation == (None if generation == "gen2" else "D")
    assert f.period_from == datetime(2025, 6, 1, tzinfo=UTC)
    assert f.period_to == datetime(2026, 12, 1, 17, 30, tzinfo=UTC)
    assert f.last_download == datetime(2026, 12, 2, 6, 0, tzinfo=UTC)
    assert f.download_company == "Spedition Muster GmbH"
    assert f.activity_days == tuple(days)
    assert f.card_number is None and f.signature_status == "not checked"
    assert {b.tag for b in f.blocks} >= {0x7601 + {"gen1": 0, "gen2": 0x20, "gen2v2": 0x30}[generation]}


@pytest.mark.parametrize("generation", ["gen1", "gen2", "gen2v2"])
def test_vehicle_unit_odometer_value_midnight_per_day(generation):
    # Gen1: the OdometerShort after DateOfDayDownloaded in TREP 02; Gen2: record array type 05
    days = [date(2026, 11, 20), date(2026, 11, 21), date(2026, 11, 23)]
    km = [310_250, 310_700, 311_020]
    f = parse_bytes(
        vu_file(
            generation=generation,
            days=days,
            odometers=km,
            downloaded=datetime(2026, 11, 23, 15, 0, tzinfo=UTC),
        )
    )
    assert f.odometer_days == tuple(zip(days, km))
    # the newest day's midnight value; a day not yet ended is bounded by the VU's time
    assert f.odometer == (311_020, datetime(2026, 11, 23, 15, 0, tzinfo=UTC))
    j = f.to_json()
    assert (j["odometer_km"], j["odometer_at"]) == (311_020, "2026-11-23T15:00:00Z")
    f = parse_bytes(vu_file(generation=generation, days=days[:2], odometers=km[:2]))
    assert f.odometer == (310_700, datetime(2026, 11, 22, tzinfo=UTC))  # end of 21 November


@pytest.mark.parametrize("generation", ["gen1", "gen2"])
def test_vehicle_unit_odometer_out_of_range_is_not_a_reading(generation):
    # OdometerShort allows 0..9,999,999 km; FFFFFF is no value
    f = parse_bytes(
        vu_file(
            generation=generation,
            days=[date(2026, 11, 20), date(2026, 11, 21)],
            odometers=[500_000, 0xFFFFFF],
        )
    )
    assert f.odometer_days == ((date(2026, 11, 20), 500_000),)
    assert parse_bytes(vu_file(generation=generation, days=[])).odometer is None


@pytest.mark.parametrize("generation", ["gen2", "gen2v2"])
def test_vehicle_unit_unknown_blocks_and_records_are_skipped(generation):
    f = parse_bytes(vu_file(generation=generation, unknown_block=True, unknown_record=True))
    assert f.vin == "WDB9634031L123456" and f.download_company == "Spedition Muster GmbH"
    assert any("unknown block" in w for w in f.warnings)
    assert f.blocks[-1].tag & 0xFF == (0x25 if generation == "gen2" else 0x35)


def test_vehicle_plate_in_greek_code_page():
    f = parse_bytes(vu_file(plate="ΙΚΑ 1234", code_page=7, nation=0x17))
    assert (f.registration, f.registration_nation) == ("ΙΚΑ 1234", "GR")


@pytest.mark.parametrize("generation", ["gen1", "gen2", "gen2v2"])
def test_truncated_vehicle_unit_names_the_offset(generation):
    data = vu_file(generation=generation)
    for cut in (1, 300, 500, len(data) // 2, len(data) - 1):
        with pytest.raises(DddError, match=r"offset \d+"):
            parse_bytes(data[:cut])


def test_not_a_tachograph_file():
    with pytest.raises(DddError, match="not a tachograph download"):
        parse_bytes(b"%PDF-1.7 hello")
    with pytest.raises(DddError, match="empty"):
        parse_bytes(b"")


def test_two_gigabyte_file_refused_without_reading_it(tmp_path):
    big = tmp_path / "huge.DDD"
    with open(big, "wb") as fh:
        fh.write(vu_file())
        fh.truncate(2 * 2**30)  # sparse: costs no disk
    started = time.perf_counter()
    with pytest.raises(DddError, match="at most"):
        parse_file(big)
    assert time.perf_counter() - started < 1.0


def test_file_just_under_the_limit_is_walked_not_read(tmp_path):
    # a valid VU file followed by zeros up to the size limit: the walk stops at the first
    # bad tag after the real blocks, in bounded time
    path = tmp_path / "padded.DDD"
    with open(path, "wb") as fh:
        fh.write(vu_file())
        fh.truncate(MAX_FILE_SIZE)
    started = time.perf_counter()
    with pytest.raises(DddError, match="expected a block tag 76 xx, found 00 00"):
        parse_file(path)
    assert time.perf_counter() - started < 1.0


def test_parse_file_reads_small_files(tmp_path):
    p = tmp_path / "c.DDD"
    p.write_bytes(driver_card_file())
    assert parse_file(p).holder_surname == "Mustermann"


# -- hostile input (property tests, bounded) -----------------------------------------------------
FAST = settings(max_examples=300, deadline=2000, suppress_health_check=[HealthCheck.too_slow])
SAMPLES = [
    driver_card_file(),
    driver_card_file(generation="gen2v2", prefix=True),
    vu_file(),
    vu_file(generation="gen2"),
    vu_file(generation="gen2v2"),
]


def _parse_or_error(data: bytes) -> None:
    try:
        parse_bytes(data)
    except DddError:
        pass


@FAST
@given(st.binary(max_size=4096))
def test_random_bytes_never_crash(data):
    _parse_or_error(data)


@FAST
@given(st.binary(max_size=2048))
def test_random_bytes_after_a_valid_tag_never_crash(data):
    for head in (b"\x76\x01", b"\x76\x21", b"\x76\x31", b"\x76\x06", b"\x00\x02\x00"):
        _parse_or_error(head + data)


@FAST
@given(
    st.sampled_from(range(len(SAMPLES))),
    st.lists(st.tuples(st.integers(0, 10**6), st.integers(0, 255)), max_size=8),
    st.integers(0, 10**6),
)
def test_mutated_valid_files_never_crash(which, flips, cut):
    data = bytearray(SAMPLES[which])
    for pos, value in flips:
        data[pos % len(data)] = value
    _parse_or_error(bytes(data[: max(1, cut % (len(data) + 1))]))


def test_all_ones_and_zeros_files_bounded(tmp_path):
    for fill in (b"\x00", b"\xff", b"\x76"):
        started = time.perf_counter()
        _parse_or_error(fill * (1 << 20))
        assert time.perf_counter() - started < 2.0


# -- hostile lengths and sizes (property tests) -----------------------------------------------------
def _card_blocks(data: bytes) -> list[int]:
    """Offsets of every block header (FID, appendix, length) of a card file, walked here."""
    pos, out = (2 if data[:2] == b"\x76\x06" else 0), []
    while pos < len(data):
        out.append(pos)
        pos += 5 + int.from_bytes(data[pos + 3 : pos + 5], "big")
    return out


def _gen2_arrays(data: bytes) -> list[int]:
    """Offsets of every record-array header (type, size, count) of a Gen2 VU file."""
    pos, out = 0, []
    while pos < len(data):
        assert data[pos] == 0x76
        pos += 2
        while pos < len(data) and data[pos] != 0x76:
            out.append(pos)
            size, count = (
                int.from_bytes(data[pos + 1 : pos + 3], "big"),
                int.from_bytes(data[pos + 3 : pos + 5], "big"),
            )
            pos += 5 + size * count
    return out


CARDS = [
    driver_card_file(),
    driver_card_file(generation="gen2", prefix=True),
    driver_card_file(generation="gen2v2"),
]
GEN2_VUS = [vu_file(generation="gen2"), vu_file(generation="gen2v2", unknown_record=True)]


@FAST
@given(st.sampled_from(range(len(CARDS))), st.data())
def test_card_length_field_past_the_end_is_truncated_at_its_offset(which, data):
    card = bytearray(CARDS[which])
    at = data.draw(st.sampled_from(_card_blocks(bytes(card))))
    room = len(card) - (at + 5)
    length = data.draw(st.integers(room + 1, 0xFFFF))
    card[at + 3 : at + 5] = length.to_bytes(2, "big")
    with pytest.raises(Truncated) as info:
        parse_bytes(bytes(card))
    assert info.value.offset == at + 5 and f"needs {length} bytes" in str(info.value)


@FAST
@given(st.sampled_from(range(len(GEN2_VUS))), st.data())
def test_vu_record_count_past_the_end_is_truncated(which, data):
    vu = bytearray(GEN2_VUS[which])
    at = data.draw(st.sampled_from(_gen2_arrays(bytes(vu))))
    size = max(1, int.from_bytes(vu[at + 1 : at + 3], "big"))
    room = len(vu) - (at + 5)
    count = data.draw(st.integers(room // size + 1, 0xFFFF))
    if size == 1 and count <= room:
        return
    vu[at + 1 : at + 3] = size.to_bytes(2, "big")
    vu[at + 3 : at + 5] = count.to_bytes(2, "big")
    with pytest.raises(Truncated) as info:
        parse_bytes(bytes(vu))
    assert info.value.offset == at + 5


@FAST
@given(st.integers(0, 255).filter(lambda n: n * 98 > len(SAMPLES[2]) - 496))
def test_gen1_vu_counter_past_the_end_is_truncated(locks):
    vu = bytearray(SAMPLES[2])  # Gen1: noOfLocks follows the 491-byte overview
    vu[2 + 491] = locks
    with pytest.raises(Truncated):
        parse_bytes(bytes(vu))


def _bounded(path, seconds: float = 1.0, megabytes: float = 8.0, *, refused: bool = True) -> None:
    """parse_file(path) answers (an error, or facts where ``refused`` is False) within
    ``seconds`` and without allocating more than ``megabytes`` (the file is mapped, not read)."""
    import tracemalloc

    tracemalloc.start()
    started = time.perf_counter()
    try:
        try:
            parse_file(path)
            assert not refused, "expected an error"
        except DddError:
            pass
        elapsed = time.perf_counter() - started
        peak = tracemalloc.get_traced_memory()[1] / 2**20
    finally:
        tracemalloc.stop()
    assert elapsed < seconds and peak < megabytes, (elapsed, peak)


@settings(max_examples=25, deadline=None)
@given(st.integers(MAX_FILE_SIZE + 1, 2**41))
def test_huge_files_refused_in_bounded_time_and_memory(size):
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        path = f"{tmp}/huge.DDD"
        with open(path, "wb") as fh:
            fh.write(vu_file())
            fh.truncate(size)  # sparse: costs no disk
        _bounded(path)


@settings(max_examples=12, deadline=None)
@given(
    st.sampled_from(range(len(SAMPLES))),
    st.integers(1, MAX_FILE_SIZE),
    st.sampled_from([b"\x00", b"\x76", b"\xff"]),
)
def test_large_files_up_to_the_limit_walked_in_bounded_time_and_memory(which, size, fill):
    import tempfile

    sample = SAMPLES[which]
    size = max(size, len(sample) + 1)
    with tempfile.TemporaryDirectory() as tmp:
        path = f"{tmp}/big.DDD"
        with open(path, "wb") as fh:
            fh.write(sample)
            fh.write(fill * 4096)
            fh.truncate(size)
        _bounded(path, seconds=10.0, refused=False)  # ~1 s idle; a hang is what it catches
