"""Store rows of all five integrations for the vehicle-view tests (imported explicitly).

Vehicle A (VIN WVWZZZ1KZ8W000001, plate 1-ABC-123) is in Car-Pass, the tachograph list, High
Mobility and (by plate only) Ctrack; B (TMBJJ7NE1K0000002) is in THG only; the plate 2-XYZ-999
is in Ctrack and in a plate-only Car-Pass reading. Dates lie before 2026-11-22 (the pinned day).
"""

from __future__ import annotations

from datetime import UTC, datetime

VIN_A, VIN_B, PLATE_C = "WVWZZZ1KZ8W000001", "TMBJJ7NE1K0000002", "2-XYZ-999"
NOW = "2026-11-20T08:00:00Z"


def epoch(iso: str) -> float:
    return datetime.fromisoformat(iso.replace("Z", "+00:00")).astimezone(UTC).timestamp()


def reading(db, *, vin=None, plate=None, day="2026-10-01", km=100_000, state="processed"):
    key = "".join(c for c in (plate or "").upper() if c.isalnum()) or None
    return db.execute(
        "INSERT INTO carpass_readings (vin, plate, plate_key, reading_date, odometer, observation_type,"
        " origin, state, created_at, updated_at) VALUES (?, ?, ?, ?, ?, 'ODO', 'form', ?, ?, ?) RETURNING id",
        [vin, plate, key, day, km, state, NOW, NOW],
    ).fetchone()[0]  # RETURNING: the new id on both engines


def ctrack_vehicle(
    db,
    node,
    plate,
    *,
    at=NOW,
    odometer_m=105_000_000,
    place="Gent",
    track=((("2026-11-10T08:00:00Z", 104_000_000)),),
):
    db.execute(
        "INSERT INTO ctrack_vehicles (node_id, registration, description, updated_at) "
        "VALUES (?, ?, 'van', ?)",
        [node, plate, NOW],
    )
    db.execute(
        "INSERT INTO ctrack_latest (node_id, t, latitude, longitude, location, odometer_m,"
        " source, received_at) VALUES (?, ?, 51.05, 3.72, ?, ?, 'queue', ?)",
        [node, epoch(at), place, odometer_m, epoch(at)],
    )
    for when, odo in list(track) + [(at, odometer_m)]:
        db.execute(
            "INSERT INTO ctrack_track (node_id, t, latitude, longitude, odometer_m) "
            "VALUES (?, ?, 51.05, 3.72, ?) ON CONFLICT DO NOTHING",
            [node, int(epoch(when)), odo],
        )
    db.execute(
        "INSERT INTO ctrack_trips (node_id, start_t, end_t, distance_m, start_location,"
        " end_location) VALUES (?, ?, ?, 42000, 'Gent', 'Brugge')",
        [node, int(epoch(at)) - 7200, int(epoch(at)) - 3600],
    )


def seed(db) -> dict:
    """The fleet described above; returns ids the tests need."""
    ids = {"reading_a": reading(db, vin=VIN_A, plate="1-ABC-123", day="2026-10-01", km=100_000)}
    reading(db, vin=VIN_A, day="2025-10-01", km=70_000)
    ids["reading_c"] = reading(db, plate=PLATE_C, day="2026-09-01", km=50_000)
    db.execute(
        "INSERT INTO tacho_vehicles (vin, license_plate, last_activity_date, rdl_status, raw,"
        " updated_at) VALUES (?, '1ABC123', '2026-10-15', 'connected', '{}', ?)",
        [VIN_A, NOW],
    )
    for i, (start, stop) in enumerate((("2026-07-01", "2026-08-01"), ("2026-08-10", "2026-10-15"))):
        db.execute(
            "INSERT INTO tacho_files (kind, subject, vin, path, filename, period_from, period_to,"
            " size, sha256, fmt, archived_at) VALUES ('vu', ?, ?, ?, ?, ?, ?, 1, ?, 'ddd', ?)",
            [f"vu:{VIN_A}", VIN_A, f"/x/{i}.ddd", f"vu{i}.ddd", start, stop, f"h{i}", f"{stop}T12:00:00Z"],
        )
    db.execute(
        "INSERT INTO hm_vehicles (vin, brand, status, status_since, odometer, odometer_unit,"
        " odometer_at, created_at, updated_at) VALUES (?, 'volkswagen', 'approved',"
        " '2026-09-01T10:00:00Z', 104000, 'kilometers', '2026-11-01T10:00:00Z', ?, ?)",
        [VIN_A, NOW, NOW],
    )
    db.execute(
        "INSERT INTO hm_events (vin, at, status, source) VALUES (?, '2026-09-01T10:00:00Z',"
        " 'approved', 'server')",
        [VIN_A],
    )
    db.execute(
        "INSERT INTO thg_vehicles (vin, status, status_update) VALUES (?, 'approved',"
        " '2026-06-01T00:00:00Z')",
        [VIN_B],
    )
    ctrack_vehicle(db, 1, "1 abc 123")
    ctrack_vehicle(
        db,
        2,
        PLATE_C,
        odometer_m=60_000_000,
        place="Antwerpen",
        track=(("2026-11-10T08:00:00Z", 59_500_000),),
    )
    return ids
