"""Driver-card downloads: a sequence of FID-tagged blocks (Annex IC Appendix 7, chapter 3.3).

Each block is ``FID (2) | appendix (1) | length (2) | data``. The appendix byte says what the
block holds: 00 data / 01 signature of the Gen1 application (DF Tachograph), 02 data / 03
signature of the Gen2 application (DF Tachograph_G2). Files from a remote download may start
with the transfer prefix ``76 06``. Unknown FIDs are skipped by their length.
"""

from __future__ import annotations

from datetime import date

from .card_details import card_details
from .common import MAX_BLOCKS, Cursor, DddError, Truncated, datef, ia5, name, nation, time_real, u16
from .model import CARD, GEN1, GEN2, GEN2V2, Block, TachoFile

APPENDIX_DATA = {0x00: GEN1, 0x02: GEN2}
APPENDIX_SIGNATURE = {0x01: GEN1, 0x03: GEN2}

EF_ICC, EF_IC = 0x0002, 0x0005
EF_APPLICATION_IDENTIFICATION = 0x0501
EF_DRIVER_ACTIVITY = 0x0504
EF_CARD_DOWNLOAD = 0x050E
EF_IDENTIFICATION = 0x0520
EF_APPLICATION_IDENTIFICATION_V2 = 0x0525  # Gen2 version 2 cards only
GEN2V2_ONLY = {EF_APPLICATION_IDENTIFICATION_V2, 0x0526, 0x0527, 0x0528, 0x0529, 0x0530}

#: the EFs whose content this parser reads; all others are walked over by length
READ = {
    EF_APPLICATION_IDENTIFICATION: "Application_Identification",
    EF_DRIVER_ACTIVITY: "Driver_Activity_Data (dates of the daily records)",
    EF_CARD_DOWNLOAD: "Card_Download (LastCardDownload)",
    EF_IDENTIFICATION: "Identification (CardIdentification, DriverCardHolderIdentification)",
}

TRANSFER_PREFIX = b"\x76\x06"


def looks_like_card(head: bytes) -> bool:
    """A card file starts with the transfer prefix or with a block whose appendix byte is valid
    and whose FID is one of the card's first EFs."""
    if head[:2] == TRANSFER_PREFIX:
        return True
    return (
        len(head) >= 3
        and head[2] in (0, 1, 2, 3)
        and u16(head, 0) in (EF_ICC, EF_IC, EF_APPLICATION_IDENTIFICATION, EF_IDENTIFICATION)
    )


def parse_card(buf, details: bool = False) -> TachoFile:
    start = 2 if bytes(buf[:2]) == TRANSFER_PREFIX else 0
    data, blocks, gens = _read_blocks(buf, start)

    def ef(fid: int) -> bytes | None:
        # the Gen2 application's copy is preferred; a Gen2 card also carries the Gen1 one
        for gen in (GEN2, GEN1):
            if (fid, gen) in data:
                off, length = data[(fid, gen)]
                return bytes(buf[off : off + length])
        return None

    ident = ef(EF_IDENTIFICATION)
    if ident is None:
        raise DddError("no card identification (EF 0520) in the file: not a driver-card download")
    generation = GEN1
    if GEN2 in gens:
        fids_g2 = {fid for fid, gen in data if gen == GEN2}
        v2 = bool(fids_g2 & GEN2V2_ONLY) or _structure_version_2(
            buf, data.get((EF_APPLICATION_IDENTIFICATION, GEN2))
        )
        generation = GEN2V2 if v2 else GEN2
    out = TachoFile(kind=CARD, generation=generation, blocks=blocks)
    app = ef(EF_APPLICATION_IDENTIFICATION)
    if app:
        out.card_type = app[0]
    _identification(ident, out)
    dl = ef(EF_CARD_DOWNLOAD)
    if dl and len(dl) >= 4:
        out.last_card_download = time_real(dl)
    activity = ef(EF_DRIVER_ACTIVITY)
    if activity is not None:
        out.activity_days = activity_days(activity, out.warnings)
    if details:
        out.details = card_details(_ef_with_generation(buf, data), out.warnings)
    return out


def _structure_version_2(buf, where: tuple[int, int] | None) -> bool:
    """CardStructureVersion 'aabb' (Appendix 1, 2.36) of the Gen2 DriverCardApplicationIdentification:
    aa = 01 for a Gen2 card, bb >= 01 for version 2. A version 2 card is one even when the
    download tool did not read its version 2 EFs (0525...), as an older tool does not."""
    if where is None or where[1] < 3:
        return False
    off = where[0]
    return buf[off + 1] == 0x01 and buf[off + 2] >= 0x01


def _ef_with_generation(buf, data: dict[tuple[int, str], tuple[int, int]]):
    """A reader of an EF's bytes and generation, the Gen2 application's copy preferred."""

    def ef_gen(fid: int) -> tuple[bytes, str] | None:
        for gen in (GEN2, GEN1):
            if (fid, gen) in data:
                off, length = data[(fid, gen)]
                return bytes(buf[off : off + length]), gen
        return None

    return ef_gen


def _read_blocks(buf, start: int) -> tuple[dict[tuple[int, str], tuple[int, int]], list[Block], set[str]]:
    """Walk the file's EF blocks: where each (FID, generation)'s first data block is
    (offset, length), the blocks in file order (a signature marks the block before it), and the
    generations that carry data."""
    cur = Cursor(buf, start)
    data: dict[tuple[int, str], tuple[int, int]] = {}  # (fid, generation) -> (offset, length)
    blocks: list[Block] = []
    gens: set[str] = set()
    while cur.remaining():
        if len(blocks) >= MAX_BLOCKS:
            raise DddError(f"more than {MAX_BLOCKS} blocks: not a card file")
        at = cur.pos
        if cur.remaining() < 5:
            raise Truncated("block header (FID, appendix, length)", at, 5, cur.end)
        fid = cur.u16("FID")
        appendix = cur.u8("appendix")
        length = cur.u16("length")
        if appendix in APPENDIX_DATA:
            gen = APPENDIX_DATA[appendix]
        elif appendix in APPENDIX_SIGNATURE:
            gen = APPENDIX_SIGNATURE[appendix]
        else:
            raise DddError(
                f"block at offset {at} (FID {fid:04X}) has appendix byte 0x{appendix:02X}; "
                "allowed are 00/01 (Gen1 data/signature) and 02/03 (Gen2 data/signature)"
            )
        if cur.remaining() < length:
            raise Truncated(f"EF {fid:04X} ({length} bytes)", cur.pos, length, cur.end)
        if appendix in APPENDIX_SIGNATURE:
            if blocks and blocks[-1].tag == fid and blocks[-1].generation == gen:
                blocks[-1].signature = True
        else:
            gens.add(gen)
            blocks.append(Block(fid, at, length, gen))
            data.setdefault((fid, gen), (cur.pos, length))
        cur.skip(length, f"EF {fid:04X}")
    return data, blocks, gens


def _identification(b: bytes, out: TachoFile) -> None:
    if len(b) < 65:
        out.warnings.append(f"EF 0520 has {len(b)} bytes, CardIdentification needs 65")
        return
    out.issuing_state_code = b[0]
    out.issuing_state = nation(b[0])
    number = ia5(b[1:17])
    if number:
        out.card_number = number
        if out.card_type in (None, 1) and len(number) == 16:
            out.card_replacement_index, out.card_renewal_index = number[14], number[15]
    out.card_issue_date = _day(b, 53)
    out.card_validity_begin = _day(b, 57)
    out.card_expiry = _day(b, 61)
    if out.card_type not in (None, 1):
        out.warnings.append(f"card type {out.card_type} is not a driver card; holder not read")
        return
    if len(b) >= 65 + 72:
        out.holder_surname = name(b, 65)
        out.holder_first_names = name(b, 101)
    if len(b) >= 141:
        out.holder_birth_date = datef(b, 137)


def _day(b: bytes, at: int) -> date | None:
    t = time_real(b, at)
    return t.date() if t else None


def activity_days(b: bytes, warnings: list[str]) -> tuple[date, ...]:
    """The dates of the daily records in CardDriverActivity's cyclic buffer, oldest first.

    ``activityPointerOldestDayRecord (2) | activityPointerNewestRecord (2) | buffer``; each
    record starts ``previousLength (2) | recordLength (2) | date (TimeReal 4)`` and may wrap
    around the end of the buffer."""
    if len(b) < 4:
        return ()
    oldest, newest = u16(b, 0), u16(b, 2)
    ring = b[4:]
    size = len(ring)
    if size < 8:
        return ()
    if oldest >= size or newest >= size:
        warnings.append("activity pointers point outside the activity buffer; days not read")
        return ()

    def at(pos: int, n: int) -> bytes:
        pos %= size
        chunk = ring[pos : pos + n]
        return chunk if len(chunk) == n else chunk + ring[: n - len(chunk)]

    days: list[date] = []
    pos = oldest
    for _ in range(size // 12 + 1):  # a record is at least 12 bytes: bounded walk
        head = at(pos, 8)
        length = u16(head, 2)
        t = time_real(head, 4)
        if t is None or length < 12 or length > size:
            if not days:
                warnings.append(f"activity record at buffer offset {pos} is not valid; days not read")
            else:
                warnings.append(
                    f"activity record at buffer offset {pos} is not valid; days after {days[-1]} not read"
                )
            break
        day = t.date()
        if not days or day > days[-1]:
            days.append(day)
        if pos == newest:
            break
        pos = (pos + length) % size
    else:
        warnings.append("activity records do not reach the newest pointer")
    return tuple(days)
