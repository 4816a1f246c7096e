"""The Ctrack integration: live positions, vehicles, trips and POIs for the Live map.

Ctrack is read-only for FleetDesk: nothing is ever written to Ctrack (the queue's Subscribe and
Ack only manage our own consumption), so there are no outbox handlers; ``handlers()`` returns
an empty list on purpose. Live work runs in ``poll`` (the GUI's background pump, off the UI
thread) and ``sync`` (``fleetdesk sync``); both go through the one shared ``CtrackService``.
"""

from __future__ import annotations

from fleetdesk.core.errors import NotConfigured, Outcome
from fleetdesk.ctrack.access import NOT_CONFIGURED, close_service, get_service  # noqa: F401 - re-exported
from fleetdesk.integrations import Integration, SyncResult


class CtrackIntegration(Integration):
    name = "ctrack"
    title = "Live map"
    outbox_kinds = ()  # read-only

    def migrations(self):
        from fleetdesk.ctrack.schema import migrations

        return migrations

    def handlers(self, rt) -> list:
        return []  # read-only integration: nothing goes through the outbox

    def add_cli(self, subparsers) -> None:
        from fleetdesk.ctrack.cli import add_commands

        add_commands(subparsers)

    def is_configured(self, rt) -> tuple[bool, str]:
        ok = bool(rt.credentials.get("ctrack", "username") and rt.credentials.get("ctrack", "password"))
        return ok, "" if ok else NOT_CONFIGURED

    def sync(self, rt) -> SyncResult:
        result = get_service(rt).sync()
        q, fb = result["queue"], result["fallback"]
        summary = (
            f"{q['stats']['new']} new positions from the queue"
            + (f", {q['redelivered']} redelivered skipped" if q["redelivered"] else "")
            + (f", {fb['new']} from last positions (queue not started)" if fb else "")
        )
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
