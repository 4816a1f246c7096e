"""The remote service Ctrack is: its environments and the keyring fields of its account."""

from __future__ import annotations

from fleetdesk.core.services import ServiceDef

SERVICES = (
    ServiceDef(
        "ctrack",
        "Ctrack",
        {
            "uk-sandbox": "https://uksb-fleet.ctrack.com/DCTTPIEngine/TPIEngine/REST",
        },
        "uk-sandbox",
        ("username", "password"),
        integration="ctrack",
    ),
)
