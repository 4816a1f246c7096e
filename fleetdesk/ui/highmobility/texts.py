"""The Fleet clearance tab's sentences, as pure functions of the rows: the summary line and the
news of approved, rejected and revoked VINs. They keep the "FleetClearanceTab" translation
context they were filed under, hence the explicit ``QCoreApplication.translate`` calls."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

from fleetdesk.highmobility.views import VehicleRow
from fleetdesk.ui.highmobility.add_dialog import plural


def summary_counts(rows: Sequence[VehicleRow]) -> dict[str, int]:
    """How many VINs are in each display state."""
    counts: dict[str, int] = {}
    for row in rows:
        counts[row.state] = counts.get(row.state, 0) + 1
    return counts


def summary_text(rows: Sequence[VehicleRow]) -> str:
    """ "12 vehicles  ·  9 approved  ·  2 pending ..." (states with no VIN left out)."""
    counts = summary_counts(rows)
    parts = [
        plural(
            len(rows),
            QCoreApplication.translate("FleetClearanceTab", "1 vehicle"),
            QCoreApplication.translate("FleetClearanceTab", "%n vehicles"),
        )
    ]
    for key, text in (
        ("approved", QCoreApplication.translate("FleetClearanceTab", "%n approved")),
        ("pending", QCoreApplication.translate("FleetClearanceTab", "%n pending")),
        ("queued", QCoreApplication.translate("FleetClearanceTab", "%n waiting to send")),
        ("busy", QCoreApplication.translate("FleetClearanceTab", "%n busy, retrying")),
        ("attention", QCoreApplication.translate("FleetClearanceTab", "%n need attention")),
        ("rejected", QCoreApplication.translate("FleetClearanceTab", "%n rejected")),
    ):
        if counts.get(key):
            parts.append(text.replace("%n", str(counts[key])))
    return "  ·  ".join(parts)


def notice_text(notice: dict, rows: Sequence[VehicleRow]) -> str:
    """A notice in the UI language (the stored text is English, from highmobility.views)."""
    template = {
        "approved": QCoreApplication.translate(
            "FleetClearanceTab", "%1 (%2) is approved: vehicle data can be pulled now."
        ),
        "rejected": QCoreApplication.translate(
            "FleetClearanceTab", "%1 (%2) was rejected: no data access for this vehicle."
        ),
        "revoked": QCoreApplication.translate(
            "FleetClearanceTab", "%1 (%2) is revoked: data access has ended."
        ),
    }.get(notice["status"])
    row = next((r for r in rows if r.vin == notice["vin"]), None)
    if template is None or row is None:
        return notice["text"]
    return template.replace("%1", notice["vin"]).replace("%2", row.brand_name)


def notices_line(notices: Sequence[dict], rows: Sequence[VehicleRow]) -> str:
    """One status-bar line for new notices: the notice itself, or "3 clearance updates: …"."""
    texts = [notice_text(n, rows) for n in notices[:3]]
    if len(notices) == 1:
        return texts[0]
    return (
        QCoreApplication.translate("FleetClearanceTab", "%1 clearance updates: %2")
        .replace("%1", str(len(notices)))
        .replace("%2", "; ".join(texts) + ("…" if len(notices) > 3 else ""))
    )
