"""The remote service High Mobility is: its sandbox and live APIs and the keyring fields."""

from __future__ import annotations

from fleetdesk.core.services import ServiceDef

SERVICES = (
    ServiceDef(
        "highmobility",
        "High Mobility",
        {
            "sandbox": "https://sandbox.api.high-mobility.com/v1",
            "live": "https://api.high-mobility.com/v1",
        },
        "sandbox",
        ("client_id", "client_secret"),
        integration="highmobility",
    ),
)
