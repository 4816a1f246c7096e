"""The remote service Car-Pass is: its environments and the keyring fields of its account."""

from __future__ import annotations

from fleetdesk.core.services import ServiceDef

SERVICES = (
    ServiceDef(
        "carpass",
        "Car-Pass",
        {
            "beta": "https://ws-professionals.beta.car-pass.be/api",
            "production": "https://ws-professionals.car-pass.be/api",
        },
        "production",
        ("username", "password"),
        integration="carpass",
    ),
)
