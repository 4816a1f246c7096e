"""The odometer cross-check plugged into Car-Pass entry through ``fleetdesk.carpass.hooks``.

A typed reading that is below the freshest telematics odometer, or far above it, gets a
warning naming the source and its date (never an error: the garage may know better); when the
reading is stored, the check is stored with it, with whether the user accepted the warning.
"""
from __future__ import annotations

from typing import Sequence

from fleetdesk.carpass.prechecks import Finding, ReadingEntry, Severity
from fleetdesk.vehicles import crosscheck as xc
from fleetdesk.vehicles import service

CODE = "odometer_crosscheck"


def _installed(rt) -> bool:
    return any(getattr(i, "name", "") == "vehicles" for i in getattr(rt, "integrations", ()))


def _check(rt, entry: ReadingEntry) -> xc.CrossCheck | None:
    text = (entry.odometer_text or "").strip()
    if not _installed(rt) or not text.isdigit() or not (entry.vin_key or entry.plate_key):
        return None
    return service.crosscheck(rt, vin=entry.vin_key, plate=entry.plate_key,
                              reading_date=entry.reading_date, odometer_km=int(text))


def precheck(rt, entry: ReadingEntry) -> list[Finding]:
    result = _check(rt, entry)
    if result is None or not result.warning:
        return []
    return [Finding(CODE, Severity.WARNING, f"Odometer cross-check: {result.message}",
                    params=result.as_dict())]


def stored(rt, reading_id: int, entry: ReadingEntry, acknowledged: Sequence[str]) -> None:
    result = _check(rt, entry)
    if result is not None:
        service.record_crosscheck(rt, result, reading_id=reading_id,
                                  accepted=result.warning and CODE in acknowledged)


def register() -> None:
    from fleetdesk.carpass import hooks
    hooks.register_precheck(precheck)
    hooks.register_stored(stored)
