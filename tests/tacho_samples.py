"""Assemble the real (anonymised) sample downloads that tests/unit/test_tacho_ddd_real.py reads,
from a checkout of tachograph-go (github.com/way-platform/tachograph-go; its .NET port
MarcelPeduzzi/tachograph holds the same records). Nothing is downloaded here.

    uv run python tests/tacho_samples.py CHECKOUT OUTDIR
    FLEETDESK_TACHO_SAMPLES=OUTDIR uv run pytest tests/unit/test_tacho_ddd_real.py

The records are hex dumps (``hexdump -C``) of one card EF or one VU transfer each. A card file
is ``FID (2) | appendix (1) | length (2) | data`` per EF (Annex IC Appendix 7, 3.3; appendix 00
Gen1 data, 02 Gen2 data); a VU file is ``76 TREP | data`` per transfer. docs/tachograph-files.md
says what each file holds.

tachograph-go re-encodes its Gen2 VU records with its own writer, which numbers the record arrays
by their position in the transfer (01, 02, ...) instead of Appendix 1's RecordType values. The
"retyped" Gen2v2 file puts the RecordType of each position back (:data:`RETYPE`, from Appendix 7's
order of the arrays in each transfer and Appendix 1, 2.120); sizes, counts and records are theirs.
"""

from __future__ import annotations

import hashlib
import re
import struct
import sys
from pathlib import Path

CARD = "internal/card/testdata/records"
VU = "internal/vu/testdata/records"

#: TREP -> RecordType (Appendix 1, 2.120) of the record arrays at positions 1, 2, ... (Appendix 7)
RETYPE = {
    # overview: MemberStateCertificate, VuCertificate, VehicleIdentificationNumber,
    # VehicleRegistrationIdentification, CurrentDateTime, VuDownloadablePeriod, CardSlotsStatus,
    # VuDownloadActivityData, VuCompanyLocksRecord, VuControlActivityRecord, Signature
    0x31: [0x04, 0x0F, 0x0A, 0x24, 0x03, 0x13, 0x02, 0x14, 0x10, 0x11, 0x08],
    # activities: DateOfDayDownloaded, OdometerValueMidnight, VuCardIWRecord, ActivityChangeInfo,
    # VuPlaceDailyWorkPeriodRecord, VuGNSSADRecord, SpecificConditionRecord,
    # VuBorderCrossingRecord, VuLoadUnloadRecord, Signature
    0x32: [0x06, 0x05, 0x0D, 0x01, 0x1C, 0x16, 0x09, 0x22, 0x23, 0x08],
}

#: file name -> parts: ("card", FID, appendix, record) or ("vu", TREP, record)
FILES: dict[str, list[tuple]] = {
    "vu-gen1-000.ddd": [
        ("vu", 0x01, f"{VU}/000-anonymized/000-OVERVIEW_GEN1.hexdump"),
        ("vu", 0x02, f"{VU}/000-anonymized/001-ACTIVITIES_GEN1.hexdump"),
        ("vu", 0x02, f"{VU}/000-anonymized/002-ACTIVITIES_GEN1.hexdump"),
        ("vu", 0x03, f"{VU}/000-anonymized/007-EVENTS_AND_FAULTS_GEN1.hexdump"),
        ("vu", 0x05, f"{VU}/000-anonymized/009-TECHNICAL_DATA_GEN1.hexdump"),
    ],
    "card-gen2v2-004.ddd": [
        ("card", 0x0002, 0, f"{CARD}/004-anonymized/000-EF_ICC-GENERATION_1-DATA.hexdump"),
        (
            "card",
            0x0501,
            0,
            f"{CARD}/004-anonymized/002-EF_APPLICATION_IDENTIFICATION-GENERATION_1-DATA.hexdump",
        ),
        ("card", 0x050E, 0, f"{CARD}/004-anonymized/004-EF_CARD_DOWNLOAD_DRIVER-GENERATION_1-DATA.hexdump"),
        ("card", 0x0504, 0, f"{CARD}/004-anonymized/008-EF_DRIVER_ACTIVITY_DATA-GENERATION_1-DATA.hexdump"),
        (
            "card",
            0x0501,
            2,
            f"{CARD}/004-anonymized/014-EF_APPLICATION_IDENTIFICATION-GENERATION_2-DATA.hexdump",
        ),
        ("card", 0x0520, 2, f"{CARD}/004-anonymized/016-EF_IDENTIFICATION-GENERATION_2-DATA.hexdump"),
    ],
    "vu-gen2v2-003-retyped.ddd": [
        ("vu", 0x31, f"{VU}/003-anonymized/000-OVERVIEW_GEN2_V2.hexdump"),
        ("vu", 0x32, f"{VU}/003-anonymized/001-ACTIVITIES_GEN2_V2.hexdump"),
    ],
    "card-gen1-009.ddd": [
        ("card", 0x0520, 0, f"{CARD}/009-anonymized/003-EF_IDENTIFICATION-GENERATION_1-DATA.hexdump"),
    ],
}


def parse_hexdump(text: str) -> bytes:
    """``hexdump -C`` text to bytes; every line's offset must follow the bytes before it."""
    out = bytearray()
    for n, line in enumerate(text.splitlines(), 1):
        line = line.split("|")[0].rstrip()
        if not line.strip():
            continue
        m = re.match(r"^([0-9a-fA-F]{8})\s+(.*)$", line)
        if not m or int(m.group(1), 16) != len(out):
            raise ValueError(f"line {n}: {line!r} does not continue at offset {len(out):x}")
        out += bytes.fromhex(m.group(2))
    return bytes(out)


def retype(trep: int, data: bytes) -> bytes:
    """Give the record arrays of a Gen2 transfer their Appendix 1 RecordType (see RETYPE)."""
    out, pos = bytearray(data), 0
    for rtype in RETYPE[trep]:
        size, count = (
            int.from_bytes(data[pos + 1 : pos + 3], "big"),
            int.from_bytes(data[pos + 3 : pos + 5], "big"),
        )
        if out[pos] != RETYPE[trep].index(rtype) + 1:
            raise ValueError(f"record array at {pos} is not numbered by position")
        out[pos] = rtype
        pos += 5 + size * count
    if pos != len(data):
        raise ValueError(f"record arrays end at {pos}, the record at {len(data)}")
    return bytes(out)


def assemble(checkout: Path, parts: list[tuple]) -> bytes:
    out = bytearray()
    for part in parts:
        data = parse_hexdump((checkout / part[-1]).read_text())
        if part[0] == "card":
            out += struct.pack(">HBH", part[1], part[2], len(data)) + data
        else:
            out += bytes((0x76, part[1])) + (retype(part[1], data) if part[1] in RETYPE else data)
    return bytes(out)


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__)
        return 2
    checkout, outdir = Path(argv[0]), Path(argv[1])
    outdir.mkdir(parents=True, exist_ok=True)
    for name, parts in FILES.items():
        data = assemble(checkout, parts)
        (outdir / name).write_bytes(data)
        print(f"{name}  {len(data)} bytes  sha256 {hashlib.sha256(data).hexdigest()}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
