"""The odometer cross-check plugged into Car-Pass entry through ``fleetdesk.carpass.hooks``.

A typed reading that is below the freshest telematics odometer, or far above it, gets a
warning naming the source and its date (never an error: the garage may know better); when the
reading is stored, the check is stored with it, with whether the user accepted the warning.
"""

from __future__ import annotations

from collections.abc import Sequence

from fleetdesk.carpass.prechecks import Finding, ReadingEntry, Severity
from fleetdesk.vehicles import crosscheck as xc
from fleetdesk.vehicles import service

CODE = "odometer_crosscheck"


def _installed(rt) -> bool:
    return any(getattr(i, "name", "") == "vehicles" for i in getattr(rt, "integrations", ()))


def _check(rt, entry: ReadingEntry) -> xc.CrossCheck | None:
    text = (entry.odometer_text or "").strip()
    # ASCII digits only: str.isdigit() also accepts '²' or '٣', which int() refuses or misreads
    if (
        not _installed(rt)
        or not (text.isascii() and text.isdigit())
        or not (entry.vin_key or entry.plate_key)
    ):
        return None
    return service.crosscheck(
        rt, vin=entry.vin_key, plate=entry.plate_key, reading_date=entry.reading_date, odometer_km=int(text)
    )


def precheck(rt, entry: ReadingEntry) -> list[Finding]:
    result = _check(rt, entry)
    if result is None or not result.warning:
        return []
    return [
        Finding(CODE, Severity.WARNING, f"Odometer cross-check: {result.message}", params=result.as_dict())
    ]


def stored(rt, reading_id: int, entry: ReadingEntry, acknowledged: Sequence[str]) -> None:
    result = _check(rt, entry)
    if result is not None:
        service.record_crosscheck(
            rt, result, reading_id=reading_id, accepted=result.warning and CODE in acknowledged
        )


def history_findings(rt, rows) -> list[tuple[int, Finding]]:
    """Warnings about imported history rows (listed in the import's preview, never a block)."""
    if not _installed(rt) or not rows:
        return []
    results = service.crosscheck_many(rt, [(r.vin, r.plate, r.day, r.km) for r in rows])
    return [
        (
            r.line,
            Finding(CODE, Severity.WARNING, f"Odometer cross-check: {res.message}", params=res.as_dict()),
        )
        for r, res in zip(rows, results)
        if res.warning
    ]


def history_stored(rt, findings: Sequence[tuple[int, Finding]]) -> None:
    """Store the warnings of an import with the imported readings they are about."""
    results = []
    for _, f in findings:
        params = {k: v for k, v in f.params.items() if k != "warning"}
        if params:
            results.append(xc.CrossCheck(**params))
    if results:
        service.record_imported(rt, results)


def register() -> None:
    from fleetdesk.carpass import hooks

    hooks.register_precheck(precheck)
    hooks.register_stored(stored)
    hooks.register_history(history_findings, history_stored)
