"""The runtime's one shared CtrackService (one login for the whole app), built on first use.

Kept apart from ``plugin.py`` (which wires Ctrack into FleetDesk and imports the CLI) so that the
CLI and the UI reach the service without a circle.
"""

from __future__ import annotations

import threading

from fleetdesk.core.errors import NotConfigured

_lock = threading.Lock()
NOT_CONFIGURED = (
    "no Ctrack username/password: enter them in Settings → Ctrack, or set "
    "FLEETDESK_CTRACK_USERNAME and FLEETDESK_CTRACK_PASSWORD"
)


def get_service(rt):
    """The runtime's shared ``CtrackService`` (one login for the whole app), built lazily.

    Rebuilt when the credentials or the base URL change. Raises ``NotConfigured``.
    """
    from fleetdesk.ctrack.client import CtrackClient
    from fleetdesk.ctrack.service import CtrackService, LiveSettings

    username = rt.credentials.get("ctrack", "username")
    password = rt.credentials.get("ctrack", "password")
    if not username or not password:
        raise NotConfigured(NOT_CONFIGURED)
    base_url = rt.config.base_url("ctrack")
    key = hash((username, password, base_url))
    with _lock:
        service = rt.services.get("ctrack")
        if service is not None and getattr(service, "config_key", None) == key:
            return service
        if service is not None:
            service.close()
        client = CtrackClient(base_url, username, password, clock=rt.clock, monitor=rt.monitor)
        service = CtrackService(
            client,
            rt.store,
            rt.clock,
            lambda: LiveSettings.from_settings(rt.config.settings),
            monitor=rt.monitor,
        )
        service.config_key = key
        rt.services["ctrack"] = service
        return service


def close_service(rt) -> None:
    """Close the shared service's connections (tests, shutdown)."""
    with _lock:
        service = rt.services.pop("ctrack", None)
    if service is not None:
        service.close()
