"""One timeline per vehicle across systems, newest first; each entry names the tab it lives in."""

from __future__ import annotations

from dataclasses import asdict, dataclass

from fleetdesk.vehicles import sources
from fleetdesk.vehicles.join import VehicleRow

LIMIT = 500


@dataclass
class Entry:
    at: str  # ISO date or UTC timestamp (sorts as text)
    source: str  # integration name
    kind: str  # reading, download, rdl, upload, thg, clearance, trip, crosscheck
    text: str
    tab: str  # the tab where it lives (TabSpec name)

    def as_dict(self) -> dict:
        return asdict(self)


def _in(values) -> str:
    return ",".join("?" * len(values))


def timeline(
    db, row: VehicleRow, *, ctrack_unit: str = sources.CTRACK_DEFAULT_UNIT, limit: int = LIMIT
) -> list[Entry]:
    have = sources.tables(db)
    vin, plates, nodes = row.vin or None, row.plate_keys, row.ctrack_nodes
    out: list[Entry] = []
    if "carpass_readings" in have and (vin or plates):
        out += _carpass_readings(db, vin, plates, limit)
    if vin and "tacho_files" in have:
        out += _tacho_downloads(db, have, vin, limit)
    if vin and "tacho_rdl_requests" in have:
        out += _tacho_rdl(db, vin, limit)
    if vin and "thg_vehicles" in have:
        out += _thg(db, have, vin, limit)
    if vin and "hm_events" in have:
        out += _clearances(db, vin, limit)
    if nodes and "ctrack_trips" in have:
        out += _trips(db, nodes, ctrack_unit, limit)
    if "vehicle_crosschecks" in have and (vin or plates):
        out += _crosschecks(db, vin, plates, limit)
    if "vehicle_links" in have and row.members:
        out += _links(db, row.members, limit)
    out.sort(key=lambda e: e.at or "", reverse=True)
    return out[:limit]


def _by(r: dict) -> str:
    """' — by anna on RECEPTION-1': who created the row (team mode); empty when nobody here did."""
    return f" — by {r['created_user'] or '?'} on {r['created_host']}" if r.get("created_host") else ""


def _vin_or_plates(vin_cond: str, vin: str | None, plates: list[str]) -> tuple[str, list]:
    """The WHERE condition matching a VIN or any of the plate keys, and its parameters."""
    cond = " OR ".join(([vin_cond] if vin else []) + ([f"plate_key IN ({_in(plates)})"] if plates else []))
    return cond, ([vin] if vin else []) + plates


def _carpass_readings(db, vin: str | None, plates: list[str], limit: int) -> list[Entry]:
    cond, params = _vin_or_plates("UPPER(vin) = ?", vin, plates)
    return [
        Entry(
            r["reading_date"],
            "carpass",
            "reading",
            f"Odometer reading {r['odometer']:,} km ({r['state']}){_by(r)}",
            "carpass",
        )
        for r in sources._q(
            db,
            f"SELECT reading_date, odometer, state, observation_type, created_host, created_user "
            f"FROM carpass_readings WHERE {cond} "
            f"ORDER BY reading_date DESC LIMIT {limit}",
            params,
        )
    ]


def _tacho_downloads(db, have, vin: str, limit: int) -> list[Entry]:
    odo = (
        "x.odometer_km, x.odometer_at"
        if "tacho_file_facts" in have and "odometer_at" in sources.columns(db, "tacho_file_facts")
        else "NULL AS odometer_km, NULL AS odometer_at"
    )
    facts = "LEFT JOIN tacho_file_facts x ON x.file_id = f.id" if "tacho_file_facts" in have else ""
    out = []
    for r in sources._q(
        db,
        f"SELECT f.archived_at, f.period_from, f.period_to, f.filename, {odo} "
        f"FROM tacho_files f {facts} WHERE f.kind = 'vu' AND f.subject = ? "
        f"ORDER BY f.archived_at DESC LIMIT ?",
        [f"vu:{vin}", limit],
    ):
        period = f"{(r['period_from'] or '')[:10]} – {(r['period_to'] or '')[:10]}"
        km = (
            f"; VU odometer {r['odometer_km']:,} km at {r['odometer_at'][:16].replace('T', ' ')} UTC"
            if r["odometer_km"] is not None and r["odometer_at"]
            else ""
        )
        out.append(
            Entry(
                r["archived_at"],
                "tachoshare",
                "download",
                f"VU download {period} ({r['filename']}){km}",
                "tachoshare",
            )
        )
    return out


def _tacho_rdl(db, vin: str, limit: int) -> list[Entry]:
    return [
        Entry(
            r["requested_at"],
            "tachoshare",
            "rdl",
            f"Remote download requested ({r['state']}){_by(r)}",
            "tachoshare",
        )
        for r in sources._q(
            db,
            "SELECT requested_at, state, message, created_host, created_user FROM tacho_rdl_requests "
            "WHERE UPPER(vin) = ? ORDER BY requested_at DESC LIMIT ?",
            [vin, limit],
        )
    ]


def _thg(db, have, vin: str, limit: int) -> list[Entry]:
    q = sources._q
    ids = [r["id"] for r in q(db, "SELECT id FROM thg_vehicles WHERE UPPER(vin) = ?", [vin])]
    out: list[Entry] = []
    if ids and "thg_events" in have:
        for r in q(
            db,
            f"SELECT at, text FROM thg_events WHERE vehicle_id IN ({_in(ids)}) "
            f"ORDER BY at DESC LIMIT {limit}",
            ids,
        ):
            out.append(Entry(r["at"], "thg", "thg", r["text"], "thg"))
    if ids and "thg_uploads" in have:
        for r in q(
            db,
            f"SELECT COALESCE(uploaded_at, created_at) AS at, file_name, state "
            f"FROM thg_uploads WHERE vehicle_id IN ({_in(ids)}) LIMIT {limit}",
            ids,
        ):
            out.append(
                Entry(
                    r["at"], "thg", "upload", f"Registration document {r['file_name']} ({r['state']})", "thg"
                )
            )
    return out


def _clearances(db, vin: str, limit: int) -> list[Entry]:
    out = []
    for r in sources._q(
        db,
        "SELECT at, status, note FROM hm_events WHERE UPPER(vin) = ? ORDER BY at DESC LIMIT ?",
        [vin, limit],
    ):
        note = f": {r['note']}" if r["note"] else ""
        out.append(
            Entry(r["at"], "highmobility", "clearance", f"Clearance {r['status']}{note}", "highmobility")
        )
    return out


def _trips(db, nodes: list[int], ctrack_unit: str, limit: int) -> list[Entry]:
    factor = sources.to_km(1, ctrack_unit) or 0.001
    out = []
    for r in sources._q(
        db,
        f"SELECT start_t, start_location, end_location, distance_m FROM ctrack_trips "
        f"WHERE node_id IN ({_in(nodes)}) ORDER BY start_t DESC LIMIT {limit}",
        nodes,
    ):
        dist = "" if r["distance_m"] is None else f", {r['distance_m'] * factor:,.1f} km"
        out.append(
            Entry(
                sources.epoch_iso(r["start_t"]) or "",  # part of the key: never NULL
                "ctrack",
                "trip",
                f"Trip {r['start_location'] or '?'} → {r['end_location'] or '?'}{dist}",
                "ctrack",
            )
        )
    return out


def _crosschecks(db, vin: str | None, plates: list[str], limit: int) -> list[Entry]:
    cond, params = _vin_or_plates("vin = ?", vin, plates)
    out = []
    for r in sources._q(
        db,
        f"SELECT checked_at, level, message, accepted, created_host, created_user FROM vehicle_crosschecks "
        f"WHERE level IN ('below', 'far_above') AND ({cond}) "
        f"ORDER BY checked_at DESC LIMIT {limit}",
        params,
    ):
        accepted = (" (accepted)" if r["accepted"] else "") + _by(r)  # by: who typed the reading
        out.append(
            Entry(
                r["checked_at"],
                "carpass",
                "crosscheck",
                f"Odometer cross-check: {r['message']}{accepted}",
                "carpass",
            )
        )
    return out


def _links(db, members: list[str], limit: int) -> list[Entry]:
    """Links and separations made by hand that concern this row's members, and who made them."""
    marks = _in(members)
    return [
        Entry(
            r["created_at"],
            "vehicles",
            "link",
            ("Linked by hand: " if r["kind"] == "link" else "Kept apart by hand: ")
            + f"{r['a'].split(':', 1)[1]} and {r['b'].split(':', 1)[1]}{_by(r)}",
            "vehicles",
        )
        for r in sources._q(
            db,
            f"SELECT a, b, kind, created_at, created_host, created_user FROM vehicle_links "
            f"WHERE a IN ({marks}) OR b IN ({marks}) ORDER BY created_at DESC LIMIT {limit}",
            members + members,
        )
    ]
