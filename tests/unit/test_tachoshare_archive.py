"""The tachograph archive: hostile names, hostile ZIPs, atomic writes, conventional names."""

from __future__ import annotations

import io
import os
import stat
import zipfile
from datetime import UTC, datetime
from pathlib import Path

import pytest

from fleetdesk.tachoshare.archive import (
    ArchiveTooLarge,
    AtomicFile,
    CorruptArchive,
    UnsafeArchive,
    card_filename,
    card_zip_filename,
    extract_members,
    filename_from_disposition,
    safe_extract_zip,
    sanitize_filename,
    vehicle_filename,
)
from fleetdesk.tachoshare.models import RdlStatus, Vehicle, country_name, format_country_code

WHEN = datetime(2018, 5, 28, 7, 15, tzinfo=UTC)


# -- names ------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "hint, expected",
    [
        ("M_20180528_0715_9251QIA_2GTEK13Z171168244.DDD", "M_20180528_0715_9251QIA_2GTEK13Z171168244.DDD"),
        ("../../etc/passwd", "passwd"),
        ("/etc/passwd", "passwd"),
        ("..\\..\\evil.DDD", "evil.DDD"),
        ("C:\\Windows\\System32\\evil.DDD", "evil.DDD"),
        ("C:evil.DDD", "evil.DDD"),
        ("CON", "_CON"),
        ("nul.DDD", "_nul.DDD"),
        ("com1.txt", "_com1.txt"),
        ("LPT9", "_LPT9"),
        ("bad\x01name\x1f.DDD", "bad_name_.DDD"),
        ("file.DDD:stream", "file.DDD_stream"),
        ("name. . ", "name"),
        ("..", "download.bin"),
        (".", "download.bin"),
        ("", "download.bin"),
        (None, "download.bin"),
        ("/", "download.bin"),
        ('a<b>c|d?e*f"g.DDD', "a_b_c_d_e_f_g.DDD"),
    ],
)
def test_sanitize_filename_keeps_names_inside_the_folder(hint, expected, tmp_path):
    name = sanitize_filename(hint)
    assert name == expected
    assert (tmp_path / name).resolve().parent == tmp_path.resolve()


def test_sanitize_filename_limits_length_and_keeps_the_extension():
    name = sanitize_filename("A" * 500 + ".DDD")
    assert len(name) <= 150 and name.endswith(".DDD")


def test_sanitize_filename_fallback_is_configurable():
    assert sanitize_filename("../..", fallback="vehicle.DDD") == "vehicle.DDD"


@pytest.mark.parametrize(
    "header, expected",
    [
        (
            'attachment; filename="C_20180604_0715_L_MESSI_23196425826415.ZIP"',
            "C_20180604_0715_L_MESSI_23196425826415.ZIP",
        ),
        ("attachment; filename*=UTF-8''M_%C3%A9t%C3%A9.DDD", "M_été.DDD"),
        ('attachment; filename="../../etc/passwd"', "../../etc/passwd"),  # raw: only a hint
        (None, None),
        ("attachment", None),
    ],
)
def test_filename_from_disposition_returns_the_raw_hint(header, expected):
    assert filename_from_disposition(header) == expected


def test_conventional_names_per_format():
    assert (
        vehicle_filename("9251 QIA", "2GTEK13Z171168244", WHEN)
        == "M_20180528_0715_9251QIA_2GTEK13Z171168244.DDD"
    )
    assert vehicle_filename("1-ABC-234", "VIN", WHEN, "V1B_V1C").endswith("_1ABC234_VIN.V1B")
    assert vehicle_filename("B", "VIN", WHEN, "TGD").endswith(".TGD")
    assert card_filename("L_MESSI", "23196425826415", WHEN) == "C_20180528_0715_L_MESSI_23196425826415.DDD"
    assert card_filename("L MESSI/../x", "2319", WHEN, "C1B_C1C") == "C_20180528_0715_LMESSIX_2319.C1B"
    assert card_filename("L_MESSI", "1", WHEN, "TGD").endswith(".TGD")
    assert card_zip_filename("L_MESSI", "1", WHEN) == "C_20180528_0715_L_MESSI_1.ZIP"
    with pytest.raises(KeyError):
        vehicle_filename("B", "VIN", WHEN, "C1B_C1C")  # a card format for a vehicle


# -- atomic writes ----------------------------------------------------------------------
def test_atomic_file_appears_only_when_complete(tmp_path):
    target = tmp_path / "archive" / "M.DDD"
    with AtomicFile(target) as fh:
        fh.write(b"part one ")
        assert not target.exists()
        assert fh.tmp_path.parent == target.parent
        fh.write(b"part two")
    assert target.read_bytes() == b"part one part two"
    assert [p.name for p in target.parent.iterdir()] == ["M.DDD"]


def test_atomic_file_leaves_nothing_after_an_error(tmp_path):
    target = tmp_path / "M.DDD"
    target.write_bytes(b"previous version")
    with pytest.raises(RuntimeError):
        with AtomicFile(target) as fh:
            fh.write(b"half")
            raise RuntimeError("connection dropped")
    assert target.read_bytes() == b"previous version"
    assert [p.name for p in tmp_path.iterdir()] == ["M.DDD"]


def test_atomic_file_abort_discards(tmp_path):
    with AtomicFile(tmp_path / "M.DDD") as fh:
        fh.abort()  # e.g. the server answered 204
    assert list(tmp_path.iterdir()) == []


# -- safe extraction --------------------------------------------------------------------
def make_zip(path: Path, members: list[tuple[str | zipfile.ZipInfo, bytes]]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in members:
            zf.writestr(name, data)
    return path


GOOD = ("C_20240101_0715_L_MESSI_23196425826415.DDD", b"\x76\x06card data")


def test_extracts_a_normal_driver_zip(tmp_path):
    archive = make_zip(tmp_path / "c.zip", [GOOD, ("sub/C_2.DDD", b"two")])
    written = safe_extract_zip(archive, tmp_path / "out")
    assert sorted(p.relative_to(tmp_path / "out").as_posix() for p in written) == [GOOD[0], "sub/C_2.DDD"]
    assert (tmp_path / "out" / GOOD[0]).read_bytes() == GOOD[1]
    assert not [p for p in (tmp_path / "out").iterdir() if p.name.startswith(".extract-")]


@pytest.mark.parametrize(
    "name, why",
    [
        ("../../evil.DDD", "zip-slip"),
        ("sub/../../evil.DDD", "zip-slip"),
        ("..\\..\\evil.DDD", "zip-slip"),
        ("/tmp/evil.DDD", "absolute"),
        ("\\evil.DDD", "absolute"),
        ("C:/Windows/evil.DDD", "drive"),
        ("C:evil.DDD", "drive"),
        ("CON.DDD", "reserves"),
        ("sub/aux", "reserves"),
        ("trailing. ", "reserves"),
        ("bad\x01.DDD", "control"),
        ("ab:c.DDD", "reserved"),
    ],
)
def test_refuses_members_with_hostile_names(tmp_path, name, why):
    archive = make_zip(tmp_path / "c.zip", [GOOD, (name, b"x")])
    with pytest.raises(UnsafeArchive, match=why):
        safe_extract_zip(archive, tmp_path / "out")
    assert not any((tmp_path / "out").iterdir()), "nothing is extracted from a refused archive"
    assert not (tmp_path / "evil.DDD").exists()


def test_refuses_symlink_members(tmp_path):
    info = zipfile.ZipInfo("link.DDD")
    info.create_system = 3
    info.external_attr = (stat.S_IFLNK | 0o777) << 16
    archive = make_zip(tmp_path / "c.zip", [GOOD, (info, b"/etc/passwd")])
    with pytest.raises(UnsafeArchive, match="symbolic link"):
        safe_extract_zip(archive, tmp_path / "out")
    assert not os.path.lexists(tmp_path / "out" / "link.DDD")


def test_refuses_duplicate_members(tmp_path):
    buf = io.BytesIO()
    with pytest.warns(UserWarning):
        with zipfile.ZipFile(buf, "w") as zf:
            zf.writestr("A.DDD", b"1")
            zf.writestr("A.DDD", b"2")
    (tmp_path / "c.zip").write_bytes(buf.getvalue())
    with pytest.raises(UnsafeArchive, match="twice"):
        safe_extract_zip(tmp_path / "c.zip", tmp_path / "out")


def test_refuses_too_many_members(tmp_path):
    archive = make_zip(tmp_path / "c.zip", [(f"C_{n}.DDD", b"x") for n in range(30)])
    with pytest.raises(ArchiveTooLarge, match="30 members"):
        safe_extract_zip(archive, tmp_path / "out", max_members=20)


def test_refuses_a_zip_bomb_by_ratio(tmp_path):
    archive = make_zip(tmp_path / "bomb.zip", [("bomb.DDD", bytes(20 * 2**20))])
    assert archive.stat().st_size < 100_000
    with pytest.raises(ArchiveTooLarge, match="ZIP bomb"):
        safe_extract_zip(archive, tmp_path / "out")
    assert not (tmp_path / "out" / "bomb.DDD").exists()


def test_refuses_more_than_the_total_size(tmp_path):
    payload = os.urandom(300_000)  # incompressible: the ratio check does not fire
    archive = make_zip(tmp_path / "c.zip", [("A.DDD", payload), ("B.DDD", payload)])
    with pytest.raises(ArchiveTooLarge, match="beyond"):
        safe_extract_zip(archive, tmp_path / "out", max_total=500_000)


def test_refuses_a_member_that_lies_about_its_size(tmp_path):
    archive = make_zip(tmp_path / "c.zip", [("A.DDD", b"y" * 1000 + os.urandom(4000))])
    data = bytearray(archive.read_bytes())
    # shrink the declared uncompressed size in the central directory to 100 bytes
    cd = data.rindex(b"PK\x01\x02")
    data[cd + 24 : cd + 28] = (100).to_bytes(4, "little")
    archive.write_bytes(bytes(data))
    with pytest.raises((ArchiveTooLarge, CorruptArchive)):
        safe_extract_zip(archive, tmp_path / "out")
    assert not (tmp_path / "out" / "A.DDD").exists()


@pytest.mark.parametrize("damage", ["not a zip", "truncated", "garbled"])
def test_reports_corrupt_archives(tmp_path, damage):
    good = make_zip(tmp_path / "good.zip", [GOOD, ("B.DDD", os.urandom(5000))]).read_bytes()
    if damage == "not a zip":
        data = b"<html>gateway error</html>"
    elif damage == "truncated":
        data = good[: len(good) // 2]
    else:  # intact directory, garbled compressed data: the CRC check catches it
        start = good.index(b"B.DDD") + 5
        data = good[:start] + bytes(b ^ 0xFF for b in good[start : start + 200]) + good[start + 200 :]
    (tmp_path / "bad.zip").write_bytes(data)
    with pytest.raises(CorruptArchive):
        safe_extract_zip(tmp_path / "bad.zip", tmp_path / "out")
    out = tmp_path / "out"
    assert not out.exists() or not any(out.iterdir())


# -- models -----------------------------------------------------------------------------
def test_vehicle_parsing_tolerates_absent_fields_and_unknown_status():
    v = Vehicle.from_json(
        {
            "vin": "OPQRSTU0987612345",
            "licensePlate": "5678DEF",
            "rdlStatus": "PAUSED_BY_OPERATOR",
            "manualAttemptsRemaining": 5,
        }
    )
    assert v.last_activity_date is None and v.next_scheduled_date is None and v.last_rdl_attempt is None
    assert v.rdl_status is RdlStatus.UNKNOWN and v.rdl_status_raw == "PAUSED_BY_OPERATOR"
    assert v.manual_attempts_remaining == 5


def test_country_codes_from_the_spec():
    assert country_name("0x0F") == "Spain"
    assert country_name("0F") == "Spain"
    assert country_name(0x06) == "Belgium"
    assert country_name("0x34") == "Montenegro"
    assert country_name("0x37") == "Tajikistan"
    assert country_name("0x40") == "Reserved for future use (RFU)"
    assert country_name("0xFF") == "Rest of the world"
    assert country_name("zz").startswith("Unknown")
    assert format_country_code("f") == "0x0F"


# -- per member: the safe ones out, the hostile ones refused (issue 12, defect 4) ----------------
def test_extract_members_extracts_every_safe_member_and_refuses_each_hostile_one(tmp_path):
    link = zipfile.ZipInfo("link.DDD")
    link.create_system = 3
    link.external_attr = (stat.S_IFLNK | 0o777) << 16
    liar = "liar.DDD"
    archive = make_zip(
        tmp_path / "c.zip",
        [
            GOOD,
            ("../../evil.DDD", b"x"),
            ("sub/deeper/C_2.DDD", b"two"),
            (link, b"/etc/passwd"),
            ("C:/Windows/evil.DDD", b"x"),
            ("bomb.DDD", bytes(4 * 2**20)),
            ("sub/", b""),
            (liar, b"y" * 1000 + os.urandom(4000)),
            ("NUL", b"x"),
            ("C_3.DDD", b"three"),
        ],
    )
    data = bytearray(archive.read_bytes())  # the liar declares 100 bytes in the directory
    cd = data.index(b"PK\x01\x02")
    while data[cd + 46 : cd + 46 + len(liar)] != liar.encode():
        cd = data.index(b"PK\x01\x02", cd + 1)
    data[cd + 24 : cd + 28] = (100).to_bytes(4, "little")
    archive.write_bytes(bytes(data))
    out = tmp_path / "out"
    result = extract_members(archive, out)
    got = sorted(p.relative_to(out).as_posix() for p in result.written)
    assert got == sorted([GOOD[0], "sub/deeper/C_2.DDD", "C_3.DDD"])
    assert sorted(p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file()) == got
    assert (out / "C_3.DDD").read_bytes() == b"three"
    assert all(stat.S_IMODE(p.stat().st_mode) == 0o600 for p in result.written)
    assert [r.name for r in result.refused] == [
        "../../evil.DDD",
        "link.DDD",
        "C:/Windows/evil.DDD",
        "bomb.DDD",
        liar,
        "NUL",
    ]
    assert result.names[out / "sub" / "deeper" / "C_2.DDD"] == "sub/deeper/C_2.DDD"
    assert "6 member(s) refused" in result.attention and "ZIP bomb" in result.attention
    assert not (tmp_path / "evil.DDD").exists()


def test_extract_members_of_an_unreadable_zip_writes_nothing_and_says_why(tmp_path):
    (tmp_path / "c.zip").write_bytes(b"<html>gateway error</html>")
    result = extract_members(tmp_path / "c.zip", tmp_path / "out")
    assert result.written == [] and "not a readable ZIP" in result.attention


def test_extract_members_refuses_a_second_member_of_the_same_name_and_keeps_the_first(tmp_path):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("A.DDD", b"1")
        zf.writestr("a.ddd", b"2")  # the same file on Windows and macOS
    (tmp_path / "c.zip").write_bytes(buf.getvalue())
    result = extract_members(tmp_path / "c.zip", tmp_path / "out")
    assert [p.read_bytes() for p in result.written] == [b"1"]
    assert len(result.refused) == 1 and "twice" in result.refused[0].reason
