"""The Ctrack integration: live positions, vehicles, trips and POIs for the Live map.

Ctrack is read-only for FleetDesk: nothing is ever written to Ctrack (the queue's Subscribe and
Ack only manage our own consumption), so there are no outbox handlers; ``handlers()`` returns
an empty list on purpose. Live work runs in ``poll`` (the GUI's background pump, off the UI
thread) and ``sync`` (``fleetdesk sync``); both go through the one shared ``CtrackService``.
"""
from __future__ import annotations

import threading

from fleetdesk.core.errors import NotConfigured, Outcome
from fleetdesk.integrations import Integration, SyncResult

_lock = threading.Lock()
NOT_CONFIGURED = ("no Ctrack username/password: enter them in Settings → Ctrack, or set "
                  "FLEETDESK_CTRACK_USERNAME and FLEETDESK_CTRACK_PASSWORD")


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
        service = CtrackService(client, rt.store, rt.clock,
                                lambda: LiveSettings.from_settings(rt.config.settings), monitor=rt.monitor)
        service.config_key = key
        rt.services["ctrack"] = service
        return service


def close_service(rt) -> None:
    """Close the shared service's connections (tests, shutdown)."""
    with _lock:
        service = rt.services.pop("ctrack", None)
    if service is not None:
        service.close()


class CtrackIntegration(Integration):
    name = "ctrack"
    title = "Live map"
    services = ("ctrack",)

    def migrations(self):
        from fleetdesk.ctrack.schema import migrations
        return migrations

    def handlers(self, rt) -> list:
        return []   # read-only integration: nothing goes through the outbox

    def add_cli(self, subparsers) -> None:
        from fleetdesk.ctrack.cli import add_commands
        add_commands(subparsers)

    def is_configured(self, rt) -> tuple[bool, str]:
        ok = bool(rt.credentials.get("ctrack", "username") and rt.credentials.get("ctrack", "password"))
        return ok, "" if ok else NOT_CONFIGURED

    def sync(self, rt) -> SyncResult:
        result = get_service(rt).sync()
        q, fb = result["queue"], result["fallback"]
        summary = (f"{q['stats']['new']} new positions from the queue"
                   + (f", {q['redelivered']} redelivered skipped" if q["redelivered"] else "")
                   + (f", {fb['new']} from last positions (queue not started)" if fb else ""))
        return SyncResult(self.name, summary=summary, details=result)

    def test_connection(self, rt) -> Outcome:
        from fleetdesk.core.errors import FleetDeskError
        try:
            service = get_service(rt)
            login = service.client.login()
            version = service.client.service_version()
        except FleetDeskError as exc:
            return Outcome(False, str(exc))
        return Outcome(True, f"signed in (user {login.user_id}); Ctrack API {version}")

    def seed_demo(self, rt) -> None:
        """Demo: the fleet, its drivers' names, last positions and POIs, and a Positions
        subscription."""
        from datetime import timedelta
        service = get_service(rt)
        service.refresh_vehicles()
        service.learn_drivers_from_trips(rt.clock.now() - timedelta(days=1))
        service.poll_last_positions()
        service.consumer.subscribe()
        service.refresh_pois()

    def poll(self, rt) -> float | None:
        try:
            service = get_service(rt)
        except NotConfigured:
            return None
        return service.poll()


PLUGIN = CtrackIntegration()
