"""Assemble the real (anonymised) sample downloads that tests/unit/test_tacho_ddd_real.py reads,
from a checkout of tachograph-go (github.com/way-platform/tachograph-go; its .NET port
MarcelPeduzzi/tachograph holds the same records). Nothing is downloaded here.

    uv run python tests/tacho_samples.py CHECKOUT OUTDIR
    FLEETDESK_TACHO_SAMPLES=OUTDIR uv run pytest tests/unit/test_tacho_ddd_real.py

The records are hex dumps (``hexdump -C``) of one card EF or one VU transfer each. A card file
is ``FID (2) | appendix (1) | length (2) | data`` per EF (Annex IC Appendix 7, 3.3; appendix 00
Gen1 data, 02 Gen2 data); a Gen1 VU file is ``76 TREP | data`` per transfer. docs/tachograph-files.md
says what each file holds.
"""

from __future__ import annotations

import hashlib
import re
import struct
import sys
from pathlib import Path

CARD = "internal/card/testdata/records"
VU = "internal/vu/testdata/records"

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


def assemble(checkout: Path, parts: list[tuple]) -> bytes:
    out = bytearray()
    for part in parts:
        data = parse_hexdump((checkout / part[-1]).read_text())
        if part[0] == "card":
            out += struct.pack(">HBH", part[1], part[2], len(data)) + data
        else:
            out += bytes((0x76, part[1])) + data
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
