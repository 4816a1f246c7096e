"""The remote services of the THG quota: the API and the Microsoft sign-in it uses."""

from __future__ import annotations

from fleetdesk.core.services import ServiceDef

SERVICES = (
    ServiceDef(
        "thg",
        "THG quota",
        {
            "production": "https://qaas-vehicles.azurewebsites.net",
        },
        "production",
        ("refresh_token",),
        integration="thg",
    ),
    ServiceDef(
        "thg_auth",
        "THG sign-in (Microsoft)",
        {
            "production": "https://login.microsoftonline.com/f7731598-1da9-4b5f-a888-ceaf1d14fae0",
        },
        "production",
        integration="thg",
        auth_of="thg",
    ),
)
