"""CSV exports: the service's own ``/vehicles/export`` and a local one from the store.

Both are written to a temporary name beside the target, fsynced, then renamed, so a failed
download never leaves half a file under the name the user chose.
"""

from __future__ import annotations

import csv
import io
import os
import tempfile
from pathlib import Path

from fleetdesk.thg.client import VehicleFilter
from fleetdesk.thg.models import explain_status

LOCAL_COLUMNS = (
    "id",
    "status",
    "status_explained",
    "status_reason",
    "vin",
    "vehicle_class",
    "owner_first_name",
    "owner_last_name_or_organization",
    "vehicle_registration",
    "status_update",
    "customer_reference1",
    "customer_reference2",
    "customer_reference3",
    "created",
    "registrant_id",
)


def _write_atomically(path: Path, write) -> int:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            size = write(fh)
            fh.flush()
            os.fsync(fh.fileno())
        if size:
            os.replace(tmp, path)
        else:
            os.unlink(tmp)
        return size
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def export_remote(client, path: Path | str, filters: VehicleFilter | None = None) -> int:
    """The service's CSV (same filters as the list); returns bytes written, 0 = nothing matched
    (then no file is created)."""
    return _write_atomically(Path(path), lambda fh: client.export_csv(fh, filters))


def local_csv(rows: list[dict]) -> bytes:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=LOCAL_COLUMNS, extrasaction="ignore")
    writer.writeheader()
    for row in rows:
        explained = explain_status(row["status"], row.get("status_reason") or "")
        writer.writerow(
            {
                **{k: "" if row.get(k) is None else row[k] for k in LOCAL_COLUMNS if k != "status_explained"},
                "status_explained": explained.title,
            }
        )
    return out.getvalue().encode("utf-8-sig")  # the BOM lets Excel read the umlauts


def export_local(rows: list[dict], path: Path | str) -> int:
    """The vehicles as FleetDesk has them (with the status in plain words)."""
    data = local_csv(rows)

    def write(fh):
        fh.write(data)
        return len(data)

    return _write_atomically(Path(path), write)
