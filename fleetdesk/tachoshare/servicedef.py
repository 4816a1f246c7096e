"""The remote services of TachoShare: the API and the OpenID issuer it signs in with."""

from __future__ import annotations

from fleetdesk.core.services import ServiceDef

SERVICES = (
    ServiceDef(
        "tachoshare",
        "TachoShare",
        {
            "production": "https://tachoshareapi.webfleet.com",
        },
        "production",
        ("client_id", "client_secret", "refresh_token"),
        integration="tachoshare",
    ),
    ServiceDef(
        "tachoshare_auth",
        "TachoShare sign-in",
        {
            "production": "https://auth.webfleet.com/auth/realms/webfleet",  # the OpenID issuer
        },
        "production",
        integration="tachoshare",
        auth_of="tachoshare",
    ),
)
