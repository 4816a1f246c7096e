"""Demo fleet and file payloads for the TachoShare.connect simulator.

Everything here is deterministic: the same vehicle, range and format always give the same
bytes, so tests can compare downloads. Dates are relative to "today" when the fleet is built,
so RDL statuses stay meaningful whatever day the demo runs.
"""

from __future__ import annotations

import hashlib
import io
import stat
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta

from fleetdesk.simulators._tacho_files import NATIONS, card_file, pad_card

#: remote-download periodicity per service variant (spec, "Remote download periodicity")
VU_PERIOD = {"TACHOSHARE": 28, "TACHOSHARE_PLUS": 7}
CARD_PERIOD = {"TACHOSHARE": 7, "TACHOSHARE_PLUS": 1}
#: legal limits (specs/README.md): vehicle unit every 90 days, driver card every 28 days
VU_LEGAL_DAYS = 90
CARD_LEGAL_DAYS = 28

VEHICLE_FORMATS = {"DDD": ".DDD", "V1B_V1C": ".V1B", "TGD": ".TGD"}
CARD_FORMATS = {"DDD": ".DDD", "C1B_C1C": ".C1B", "TGD": ".TGD"}
#: the French naming of the V1B_V1C / C1B_C1C formats: .V1B/.C1B for a first-generation
#: (Annex 1B) tachograph or card, .V1C/.C1C for a second-generation (Annex 1C) one
GEN2_EXTENSIONS = {"V1B_V1C": ".V1C", "C1B_C1C": ".C1C"}


def extension(formats: dict[str, str], fmt: str, gen2: bool) -> str:
    """The file extension the server gives for ``fmt`` and the unit's generation."""
    return GEN2_EXTENSIONS.get(fmt, formats[fmt]) if gen2 else formats[fmt]


CHUNK = 64 * 1024


@dataclass
class SimVehicle:
    vin: str
    plate: str
    variant: str = "TACHOSHARE"
    first_activity: date | None = None
    last_activity: date | None = None
    last_rdl_attempt: datetime | None = None
    manual_attempts: int = 10
    connected: bool = True  # False: LINK removed -> DISCONNECTED, no nextScheduledDate
    rdl_enabled: bool = True
    has_device: bool = True
    rdl_pending_since: float | None = None  # epoch seconds of an accepted manual RDL
    scheduled_for: date | None = None  # explicit next scheduled RDL (else computed)
    status_override: str | None = None  # hostile mode: a status the spec does not list


@dataclass
class SimCard:
    card: str  # first 14 characters of the driver card number
    country: str  # "0x0F"
    name: str  # "L_MESSI", used in file names
    variant: str = "TACHOSHARE"
    downloads: list[datetime] = field(default_factory=list)  # one file per remote download
    status_override: str | None = None
    expiry: date | None = None  # the card's expiry date
    gen2: bool = False  # a second-generation (Annex 1C) card


_PLATES = [  # (plate, country) across the fleet's home countries
    ("1-ABC-234", "BE"),
    ("2-FDK-771", "BE"),
    ("1-TRK-009", "BE"),
    ("BX-LK-22", "NL"),
    ("73-BPN-4", "NL"),
    ("VL-902-T", "NL"),
    ("B-FD 1234", "DE"),
    ("HH-TA 881", "DE"),
    ("M-XR 4410", "DE"),
    ("GE-123-AB", "FR"),
    ("FR-554-ZZ", "FR"),
    ("0000ZXY", "ES"),
    ("1234ABC", "ES"),
    ("5678DEF", "ES"),
    ("WX 12345", "PL"),
    ("KR 9K771", "PL"),
    ("LU-4477", "LU"),
    ("AB 123 CD", "IT"),
    ("W-31415A", "AT"),
    ("PRG-0401", "CZ"),
]
_WMI = ["WDB", "YV2", "XLR", "WMA", "VF6", "YS2", "ZCF", "WJM", "VF3", "SUS"]

_DRIVERS = [  # (name, country code)
    ("L_MESSI", "0x0F"),
    ("J_PEETERS", "0x06"),
    ("M_JANSSENS", "0x06"),
    ("S_MAES", "0x06"),
    ("A_DEVRIES", "0x26"),
    ("P_BAKKER", "0x26"),
    ("K_VISSER", "0x26"),
    ("T_MUELLER", "0x0D"),
    ("H_SCHMIDT", "0x0D"),
    ("U_WEBER", "0x0D"),
    ("C_DUBOIS", "0x11"),
    ("N_LAMBERT", "0x11"),
    ("R_GARCIA", "0x0F"),
    ("E_LOPEZ", "0x0F"),
    ("M_KOWALSKI", "0x28"),
    ("A_NOWAK", "0x28"),
    ("G_ROSSI", "0x1A"),
    ("F_BIANCHI", "0x1A"),
    ("J_NOVAK", "0x0C"),
    ("P_HUBER", "0x01"),
    ("S_SCHMIT", "0x1E"),
    ("D_POPESCU", "0x29"),
    ("I_IVANOV", "0x07"),
    ("L_HORVAT", "0x19"),
    ("O_HANSEN", "0x0E"),
    ("B_MURPHY", "0x1B"),
    ("V_KAZLAUSKAS", "0x1F"),
    ("E_SILVA", "0x27"),
    ("K_NIEMINEN", "0x12"),
    ("A_SVENSSON", "0x2C"),
    ("Z_TOTH", "0x18"),
]

# days since the last activity / download, per demo index; None = never downloaded
_VEHICLE_AGES = [1, 2, 3, 5, 8, 12, 20, 27, 2, 4, 40, 55, 75, 95, 130, None, None, 6, 10, 3]
_CARD_AGES = [
    2,
    1,
    3,
    5,
    6,
    0,
    1,
    4,
    2,
    9,
    12,
    15,
    20,
    27,
    31,
    45,
    None,
    None,
    1,
    2,
    3,
    7,
    6,
    40,
    1,
    2,
    5,
    3,
    None,
    8,
    4,
]


def plate_nation(plate: str) -> int:
    """The NationNumeric of a demo plate's country (0 when unknown)."""
    return next((NATIONS.get(c, 0) for p, c in _PLATES if p == plate), 0)


def make_vin(index: int) -> str:
    """A 17-character VIN for demo vehicle ``index``."""
    # WMI (3) + descriptor (4) + check digit (1) + year (1) + plant (1) + serial (6) = 17
    return (
        f"{_WMI[index % len(_WMI)]}{'ABCDEFGH'[index % 8]}{index * 37 % 1000:03d}0"
        f"{index % 10}{'KLMNPR'[index % 6]}L{(index * 7919 + 11) % 10**6:06d}"
    )


def make_card(index: int, country: str) -> str:
    """The 14-character driver-card identifier of demo driver ``index``."""
    return f"{int(country, 16):02d}{(index * 104729 + 3196425) % 10**12:012d}"


def demo_fleet(today: date) -> tuple[list[SimVehicle], list[SimCard]]:
    """About 20 vehicles and 31 driver cards in every RDL status, relative to ``today``."""
    vehicles: list[SimVehicle] = []
    for i, (plate, _country) in enumerate(_PLATES):
        age = _VEHICLE_AGES[i]
        variant = "TACHOSHARE_PLUS" if i % 3 == 0 else "TACHOSHARE"
        last = today - timedelta(days=age) if age is not None else None
        first = last - timedelta(days=400 + 17 * i) if last else None
        # the last attempt is the evening of the last activity downloaded (always in the past)
        attempt = datetime.combine(last or today - timedelta(days=3), time(20, 55, 15), UTC)
        vehicles.append(
            SimVehicle(
                vin=make_vin(i),
                plate=plate,
                variant=variant,
                first_activity=first,
                last_activity=last,
                last_rdl_attempt=attempt if i != 16 else None,
                manual_attempts=(0 if i == 12 else 3 if i % 4 == 1 else 10),
            )
        )
    vehicles[13].connected = False  # link removed: DISCONNECTED
    vehicles[13].has_device = False
    vehicles[19].rdl_enabled = False  # RDL service not enabled
    vehicles[8].scheduled_for = today  # RDL already scheduled for today
    cards: list[SimCard] = []
    for i, (name, country) in enumerate(_DRIVERS):
        age = _CARD_AGES[i]
        variant = "TACHOSHARE_PLUS" if i % 5 == 0 else "TACHOSHARE"
        downloads: list[datetime] = []
        if age is not None:
            last = datetime.combine(today - timedelta(days=age), time(7, 15), UTC)
            step = timedelta(days=CARD_PERIOD[variant])
            downloads = [
                last - k * step - timedelta(minutes=7 * (k % 5)) for k in range(400 // CARD_PERIOD[variant])
            ][::-1]
        expiry = today + timedelta(days={2: 12, 9: 26, 20: -3}.get(i, 200 + i * 97 % 1400))
        if i in (3, 18):  # no download for 40 days: the files leave days nobody holds
            downloads = [
                d for d in downloads if not today - timedelta(days=75) < d.date() < today - timedelta(days=35)
            ]
        if i in (0, 19) and downloads:  # downloaded twice on its last UTC day: 07:15 and 14:00
            downloads.append(downloads[-1].replace(hour=14, minute=0))
        cards.append(
            SimCard(make_card(i, country), country, name, variant, downloads, expiry=expiry, gen2=i % 2 == 1)
        )
    return vehicles, cards


def vehicle_status(v: SimVehicle, today: date) -> str:
    """RDL status from the data, as the appendix describes it."""
    if v.status_override:
        return v.status_override
    if not v.connected:
        return "DISCONNECTED"
    if v.last_activity is None:
        return "NEVER_DOWNLOADED"
    age = (today - v.last_activity).days
    if age <= VU_PERIOD[v.variant] + 1:
        return "OK"
    return "DELAYED" if age <= VU_LEGAL_DAYS else "OUTSIDE_LEGAL_COMPLIANCE"


def card_status(c: SimCard, today: date) -> str:
    if c.status_override:
        return c.status_override
    if not c.downloads:
        return "NEVER_DOWNLOADED"
    age = (today - c.downloads[-1].date()).days
    if age <= CARD_PERIOD[c.variant] + 1:
        return "OK"
    return "DELAYED" if age <= CARD_LEGAL_DAYS else "OUTSIDE_LEGAL_COMPLIANCE"


def payload(seed: str, size: int, header: bytes) -> Iterator[bytes]:
    """``size`` deterministic bytes: ``header`` then pseudo-random blocks, one chunk at a time.

    One 64 KiB block is derived from ``seed`` and each chunk is stamped with its index, so a
    200 MB body costs no more memory than one chunk and is still unique per range.
    """
    block = hashlib.shake_256(seed.encode("utf-8")).digest(CHUNK)
    head = header[:size]
    if head:
        yield head
    remaining, index = size - len(head), 0
    while remaining > 0:
        chunk = (index.to_bytes(8, "big") + block[8:])[: min(CHUNK, remaining)]
        remaining -= len(chunk)
        index += 1
        yield chunk


def _card_vehicles(card: SimCard) -> list[tuple[str, int]]:
    """The two demo trucks a driver drives in turn (plate, nation), the same for every file."""
    h = sum(map(ord, card.card))
    picks = [_PLATES[h % len(_PLATES)], _PLATES[(h + 7) % len(_PLATES)]]
    return [(plate, NATIONS.get(country, 0)) for plate, country in picks]


def card_file_bytes(card: SimCard, when: datetime, fmt: str, size: int) -> bytes:
    """One driver-card download (Gen1 blocks behind the 76 06 remote-transfer prefix) holding
    the 28 days before the download."""
    days = [when.date() - timedelta(days=d) for d in range(28, 0, -1)]
    initial, _, surname = card.name.partition("_")
    data = card_file(
        card=card.card,
        nation=int(card.country, 16),
        surname=surname.title() or card.name,
        first_names=f"{initial}.",
        expiry=card.expiry or (when.date() + timedelta(days=900)),
        downloaded=when,
        days=days,
        vehicles=_card_vehicles(card),
    )
    seed = f"{card.card}|{when.isoformat()}|{fmt}"
    return pad_card(data, size, lambda n: b"".join(payload(seed, n, b"")))


def card_zip(card: SimCard, files: list[datetime], fmt: str, size: int) -> bytes:
    """The ZIP the driver files endpoint returns: one member per remote download."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for when in files:
            name = f"C_{when:%Y%m%d_%H%M}_{card.name}_{card.card}{extension(CARD_FORMATS, fmt, card.gen2)}"
            info = zipfile.ZipInfo(name, date_time=when.timetuple()[:6])
            info.compress_type = zipfile.ZIP_DEFLATED
            zf.writestr(info, card_file_bytes(card, when, fmt, size))
    return buf.getvalue()


HOSTILE_ZIPS = ("zipslip", "absolute", "drive", "device", "symlink", "bomb", "too_many", "corrupt")
#: safe members in sub-folders mixed with hostile ones (see ``mixed_zip``). The spec says only
#: that the ZIP holds "all the driver card files"; it is silent on folders, so they may come.
#: The last two safe members share a file name in different folders: both are real files.
MIXED_SAFE = (
    "2024/01/C_20240101_0715_L_MESSI_00000000000000.DDD",
    "2024/02/C_20240201_0715_L_MESSI_00000000000000.C1C",
    "C_20240301_0715_L_MESSI_00000000000000.DDD",
    "2024/03/C_20240301_0715_L_MESSI_00000000000000.DDD",
)
#: zip-slip, absolute path, dot-dot inside a folder, a symlink, a Windows device name, a ZIP
#: bomb member, and a second member under the name of a safe one (a duplicate)
MIXED_HOSTILE = (
    "../../evil.DDD",
    "/tmp/evil.DDD",
    "sub/../../evil2.DDD",
    "link.DDD",
    "sub/CON.DDD",
    "bomb.DDD",
    MIXED_SAFE[2],
)


def mixed_safe_bytes(n: int) -> bytes:
    """The content of ``MIXED_SAFE[n]`` (a card file with the remote-download prefix)."""
    return b"\x76\x06safe" + bytes([n]) * 64


def mixed_zip() -> bytes:
    """A driver-files ZIP with safe members (some in sub-folders, one folder entry) and hostile
    ones (``MIXED_HOSTILE``), in an order where hostile members sit between safe ones."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("2024/", b"")
        zf.writestr(MIXED_SAFE[0], mixed_safe_bytes(0))
        for name in MIXED_HOSTILE[:3]:
            zf.writestr(name, b"hostile")
        zf.writestr(MIXED_SAFE[1], mixed_safe_bytes(1))
        info = zipfile.ZipInfo(MIXED_HOSTILE[3])
        info.create_system = 3
        info.external_attr = (stat.S_IFLNK | 0o777) << 16
        zf.writestr(info, "/etc/passwd")
        zf.writestr(MIXED_SAFE[2], mixed_safe_bytes(2))
        zf.writestr(MIXED_HOSTILE[4], b"device")
        with zf.open(MIXED_HOSTILE[5], "w") as member:  # 8 MiB of zeros: ~8 KiB compressed
            zeros = bytes(1 << 20)
            for _ in range(8):
                member.write(zeros)
        zf.writestr(MIXED_SAFE[3], mixed_safe_bytes(3))
        # a second member under a name already written: zipfile would warn (from any thread,
        # so no warnings filter can be scoped), unless it forgets the first one's name
        zf.NameToInfo.pop(MIXED_HOSTILE[6], None)
        zf.writestr(MIXED_HOSTILE[6], b"a second file under the same name")
    return buf.getvalue()


#: hostile member names, written next to one good file (the kind is the name's danger)
_HOSTILE_NAMES = {
    "zipslip": ("../../evil.DDD", b"escaped"),
    "absolute": ("/tmp/evil.DDD", b"absolute"),
    "drive": ("C:/Windows/evil.DDD", b"drive"),
    "device": ("CON.DDD", b"device"),
}


def _write_hostile_members(zf: zipfile.ZipFile, kind: str) -> None:
    if kind in _HOSTILE_NAMES:
        zf.writestr(*_HOSTILE_NAMES[kind])
    elif kind == "symlink":
        info = zipfile.ZipInfo("link.DDD")
        info.create_system = 3  # unix, so the mode bits below mean a symlink
        info.external_attr = (stat.S_IFLNK | 0o777) << 16
        zf.writestr(info, "/etc/passwd")
    elif kind == "bomb":
        with zf.open("bomb.DDD", "w", force_zip64=True) as member:
            zeros = bytes(1 << 20)
            for _ in range(64):  # 64 MiB of zeros: ~64 KiB compressed
                member.write(zeros)
    elif kind == "too_many":
        for n in range(5000):
            zf.writestr(f"C_{n:05d}.DDD", b"x")


def hostile_zip(kind: str) -> bytes:
    """A driver-files ZIP that a careless extractor would mishandle ("mixed": see ``mixed_zip``)."""
    if kind == "mixed":
        return mixed_zip()
    if kind not in HOSTILE_ZIPS:
        raise KeyError(f"unknown hostile zip {kind!r}; known: {', '.join(HOSTILE_ZIPS)}")
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("C_20240101_0715_OK_00000000000000.DDD", b"\x76\x06fine")
        _write_hostile_members(zf, kind)
    data = buf.getvalue()
    if kind == "corrupt":
        # keep the local header, garble the compressed data and cut the central directory
        return data[:30] + bytes(b ^ 0x5A for b in data[30:60]) + data[60 : len(data) // 2]
    return data


def next_scheduled(v: SimVehicle, today: date) -> date | None:
    """Next scheduled RDL; absent once the link is removed (spec, GET /vehicles)."""
    if not v.connected:
        return None
    if v.scheduled_for is not None:
        return v.scheduled_for
    if v.last_activity is None:
        return today + timedelta(days=1)
    return max(v.last_activity + timedelta(days=VU_PERIOD[v.variant]), today + timedelta(days=1))


def next_card_download(c: SimCard, today: date) -> date:
    if not c.downloads:
        return today + timedelta(days=1)
    due = c.downloads[-1].date() + timedelta(days=CARD_PERIOD[c.variant])
    return max(due, today + timedelta(days=1))
