"""Join the integrations' records into one row per vehicle.

Records join by VIN. A record without a VIN (Ctrack knows plates only) joins the vehicle whose
records carry the same normalised plate, when exactly one VIN has that plate; such a row is
flagged as joined by plate only. The user may link two rows by hand, or unlink an automatic plate
join; both are stored (``vehicle_links``) and win over the automatic rules.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date, datetime
from typing import Any

from fleetdesk.store.outbox import created_by
from fleetdesk.vehicles import sources
from fleetdesk.vehicles.wmi import make_from_vin

VU_LEGAL_DAYS = 90
ODOMETER_SOURCES = ("carpass", "tachoshare", "highmobility", "ctrack")
TELEMATICS_SOURCES = ("ctrack", "highmobility", "tachoshare")
_ODO_FIELDS = {
    "carpass": ("carpass_km", "carpass_date"),
    "tachoshare": ("tacho_km", "tacho_date"),
    "highmobility": ("hm_km", "hm_date"),
    "ctrack": ("ctrack_km", "ctrack_date"),
}


def record_key(rec: dict) -> str | None:
    if rec.get("vin"):
        return f"vin:{rec['vin']}"
    if rec.get("plate_key"):
        return f"plate:{rec['plate_key']}"
    return None


@dataclass
class VehicleRow:
    key: str  # "vin:<VIN>" or "plate:<KEY>": stable, used for links and the CLI
    vin: str = ""
    plate: str = ""
    make: str = ""
    sources: list[str] = field(default_factory=list)
    join: str = "vin"  # "vin", "plate" (plate only: check it), "manual", "single"
    members: list[str] = field(default_factory=list)  # the record keys joined into this row
    carpass_km: int | None = None
    carpass_date: str | None = None
    carpass_state: str | None = None
    tacho_last: str | None = None
    tacho_days_left: int | None = None
    tacho_gaps: int | None = None
    thg_status: str | None = None
    clearance_status: str | None = None
    position_at: str | None = None
    position_place: str | None = None
    odometers: dict[str, dict[str, Any]] = field(default_factory=dict)  # source -> {km, date}
    ctrack_nodes: list[int] = field(default_factory=list)
    plate_keys: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)

    def search_text(self) -> str:
        return " ".join(
            x
            for x in (
                self.vin,
                self.plate,
                self.make,
                " ".join(self.sources),
                self.carpass_state or "",
                self.thg_status or "",
                self.clearance_status or "",
                self.position_place or "",
                " ".join(self.plate_keys),
            )
            if x
        ).lower()


class _Union:
    def __init__(self):
        self.parent: dict[str, str] = {}

    def find(self, x: str) -> str:
        self.parent.setdefault(x, x)
        root = x
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[x] != root:
            self.parent[x], x = root, self.parent[x]
        return root

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            # keep a VIN key as the root where there is one (rows are named after it)
            if ra.startswith("plate:") and rb.startswith("vin:"):
                ra, rb = rb, ra
            self.parent[rb] = ra


def read_links(db) -> dict[tuple[str, str], str]:
    if "vehicle_links" not in sources.tables(db):
        return {}
    return {(r[0], r[1]): r[2] for r in db.execute("SELECT a, b, kind FROM vehicle_links")}


def set_link(db, a: str, b: str, kind: str, at: str) -> None:
    """Store a manual link ('link') or separation ('unlink') of two row keys (in a write txn)."""
    if kind not in ("link", "unlink"):
        raise ValueError(kind)
    a, b = sorted((a, b))
    who = created_by()  # team mode: who set it (the last one to change it)
    db.execute(
        "INSERT INTO vehicle_links (a, b, kind, created_at, created_host, created_user) "
        "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (a, b) DO UPDATE SET kind = excluded.kind, "
        "created_at = excluded.created_at, created_host = excluded.created_host, "
        "created_user = excluded.created_user",
        [a, b, kind, at, who["created_host"], who["created_user"]],
    )


def _as_date(value: str | None) -> date | None:
    return sources.day_of(value)


def join(records: list[dict], links: dict[tuple[str, str], str], today: date) -> list[VehicleRow]:
    uf = _Union()
    by_key: dict[str, list[dict]] = {}
    for rec in records:
        key = record_key(rec)
        if key:
            by_key.setdefault(key, []).append(rec)
            uf.find(key)
    plate_joined = _join_plates(uf, by_key, links)
    manual: set[str] = set()
    for (a, b), kind in links.items():
        if kind == "link":
            uf.union(a, b)
            manual.update((a, b))
    groups: dict[str, list[str]] = {}
    for key in by_key:
        groups.setdefault(uf.find(key), []).append(key)
    # a manual link may name a key no system knows any more: ignore it
    rows = [_row(root, sorted(keys), by_key, plate_joined, manual, today) for root, keys in groups.items()]
    rows.sort(key=lambda r: (r.vin or "~", r.plate))
    return rows


def _join_plates(uf: _Union, by_key: dict[str, list[dict]], links: dict[tuple[str, str], str]) -> set[str]:
    """Automatic plate joins: a plate-only key joins the one VIN that carries that plate.

    Returns the plate keys so joined (an 'unlink' stored by the user keeps a pair apart)."""
    vins_by_plate: dict[str, set[str]] = {}
    for key, recs in by_key.items():
        if key.startswith("vin:"):
            for rec in recs:
                if rec.get("plate_key"):
                    vins_by_plate.setdefault(rec["plate_key"], set()).add(key)
    plate_joined: set[str] = set()
    for key in by_key:
        if key.startswith("plate:"):
            vins = vins_by_plate.get(key[6:], set())
            if len(vins) == 1:
                vin_key = next(iter(vins))
                a, b = sorted((key, vin_key))
                if links.get((a, b)) != "unlink":
                    uf.union(vin_key, key)
                    plate_joined.add(key)
    return plate_joined


def _row(
    root: str,
    keys: list[str],
    by_key: dict[str, list[dict]],
    plate_joined: set[str],
    manual: set[str],
    today: date,
) -> VehicleRow:
    recs = [rec for k in keys for rec in by_key[k]]
    vin_keys = [k for k in keys if k.startswith("vin:")]
    # named after its smallest VIN (else plate) key: the same whatever order the links came in
    row = VehicleRow(key=vin_keys[0] if vin_keys else keys[0], members=keys)
    row.vin = row.key[4:] if row.key.startswith("vin:") else ""
    row.sources = sorted({r["source"] for r in recs}, key=list(sources.SOURCE_TITLES).index)
    plates = [r for r in recs if r.get("plate")]
    # the plate the freshest Car-Pass or tachograph record gives, else any
    row.plate = plates[0]["plate"] if plates else ""
    row.plate_keys = sorted({r["plate_key"] for r in recs if r.get("plate_key")})
    brand = next((r.get("hm_brand") for r in recs if r.get("hm_brand")), "")
    row.make = make_from_vin(row.vin) or (brand or "").replace("_", " ").title()
    if any(k in manual for k in keys) and len(keys) > 1:
        row.join = "manual"
    elif any(k in plate_joined for k in keys) or (not row.vin and len(row.sources) > 1):
        row.join = "plate"
    elif len(row.sources) <= 1:
        row.join = "single"
    for r in recs:
        _merge_record(row, r)
    if "tachoshare" in row.sources:
        last = _as_date(row.tacho_last)
        row.tacho_days_left = None if last is None else VU_LEGAL_DAYS - (today - last).days
    return row


def _merge_record(row: VehicleRow, r: dict) -> None:
    """Fold one integration record into its row: the freshest value of each system wins."""
    s = r["source"]
    if s == "carpass" and r.get("carpass_date") and (row.carpass_date or "") < r["carpass_date"]:
        row.carpass_km, row.carpass_date, row.carpass_state = (
            r["carpass_km"],
            r["carpass_date"],
            r["carpass_state"],
        )
    elif s == "tachoshare":
        if r.get("tacho_last") and (row.tacho_last or "") < r["tacho_last"]:
            row.tacho_last = r["tacho_last"]
        row.tacho_gaps = (row.tacho_gaps or 0) + (r.get("tacho_gaps") or 0)
    elif s == "thg" and r.get("thg_status"):
        row.thg_status = r["thg_status"]
    elif s == "highmobility" and r.get("hm_status"):
        row.clearance_status = r["hm_status"]
    elif s == "ctrack":
        row.ctrack_nodes.append(r["ctrack_node"])
        if r.get("position_at") and (row.position_at or "") < r["position_at"]:
            row.position_at, row.position_place = r["position_at"], r["position_place"]
    if s in _ODO_FIELDS:
        km_f, date_f = _ODO_FIELDS[s]
        if r.get(km_f) is not None and r.get(date_f):
            cur = row.odometers.get(s)
            if cur is None or cur["date"] < r[date_f]:
                row.odometers[s] = {"km": round(float(r[km_f]), 1), "date": r[date_f]}


def load(db, today: date, settings=None) -> list[VehicleRow]:
    """Every vehicle known to any integration, one row each."""
    return join(sources.read_all(db, settings), read_links(db), today)


def find(rows: list[VehicleRow], ident: str) -> VehicleRow | None:
    """The row a VIN, a plate (any spelling) or a row key names."""
    ident = (ident or "").strip()
    if ident.startswith(("vin:", "plate:")):
        return next((row for row in rows if ident in row.members), None)
    vin = ident.upper()
    key = sources.plate_key(ident)
    for row in rows:
        if row.key == ident or (row.vin and row.vin == vin):
            return row
    for row in rows:
        if key and key in row.plate_keys:
            return row
    return None


def age_text(iso: str | None, now: datetime) -> str:
    """'5 min', '3 h', '2 d' since an ISO UTC timestamp."""
    if not iso:
        return ""
    try:
        then = datetime.fromisoformat(iso.replace("Z", "+00:00"))
    except ValueError:
        return ""
    s = max(0, int((now - then).total_seconds()))
    if s < 3600:
        return f"{s // 60} min"
    if s < 86400:
        return f"{s // 3600} h"
    return f"{s // 86400} d"
