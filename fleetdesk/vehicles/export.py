"""CSV of the vehicle rows (the tab's export; Qt-free)."""

from __future__ import annotations

import csv
import io

from fleetdesk.vehicles.join import ODOMETER_SOURCES, VehicleRow

CSV_COLUMNS = (
    "vin",
    "plate",
    "make",
    "systems",
    "join",
    "carpass_km",
    "carpass_date",
    "carpass_state",
    "tacho_last_download",
    "tacho_days_left",
    "tacho_coverage_gaps",
    "thg_status",
    "clearance_status",
    "position_at",
    "position_place",
) + tuple(f"odometer_{s}_{x}" for s in ODOMETER_SOURCES for x in ("km", "date"))


def rows_csv(rows: list[VehicleRow]) -> str:
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\r\n")
    w.writerow(CSV_COLUMNS)
    for r in rows:
        odo = []
        for s in ODOMETER_SOURCES:
            o = r.odometers.get(s)
            odo += [o["km"], o["date"]] if o else ["", ""]
        w.writerow(
            [
                r.vin,
                r.plate,
                r.make,
                " ".join(r.sources),
                r.join,
                r.carpass_km or "",
                r.carpass_date or "",
                r.carpass_state or "",
                r.tacho_last or "",
                "" if r.tacho_days_left is None else r.tacho_days_left,
                "" if r.tacho_gaps is None else r.tacho_gaps,
                r.thg_status or "",
                r.clearance_status or "",
                r.position_at or "",
                r.position_place or "",
            ]
            + odo
        )
    return out.getvalue()
