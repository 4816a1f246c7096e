"""High Mobility fleet clearance as a FleetDesk integration (CLI group ``clearance``)."""

from __future__ import annotations

from fleetdesk.core.errors import FleetDeskError, Outcome
from fleetdesk.integrations import Integration, SyncResult

DEMO_BUSINESS_NAME = "Nordlicht Logistik GmbH"
#: The list a fleet manager pastes in the demo: (vin, brand, odometer km or None).
DEMO_NEW_VEHICLES = [
    ("2HM00000000000001", "sandbox", 2050),  # needs control measures: the odometer is given
    ("2HM00000000000002", "sandbox", None),  # stays pending
    ("2HM00000000000003", "sandbox", None),  # rejected after a while
    ("WF0XXXGCDX8A00005", "ford", None),
    ("VR3UPHNKSKT000006", "peugeot", None),
    ("WVWZZZAUZLW000007", "volkswagen", None),  # VW group: the business name becomes the tag
    ("WMW5K9C51N2A00008", "mini", None),
]


class HighMobilityIntegration(Integration):
    name = "highmobility"
    title = "Fleet clearance"
    outbox_kinds = ("highmobility.add", "highmobility.revoke")

    def migrations(self):
        from fleetdesk.highmobility.schema import migrations

        return migrations

    def handlers(self, rt):
        from fleetdesk.highmobility.handlers import handlers
        from fleetdesk.highmobility.service import ClearanceService

        return handlers(rt, ClearanceService.of(rt).client)

    def add_cli(self, subparsers) -> None:
        from fleetdesk.highmobility.cli import add_cli

        add_cli(subparsers)

    def is_configured(self, rt) -> tuple[bool, str]:
        from fleetdesk.highmobility.service import ClearanceService

        return ClearanceService.of(rt).is_configured()

    def sync(self, rt) -> SyncResult:
        from fleetdesk.highmobility.service import ClearanceService

        details = ClearanceService.of(rt).sync()
        counts = ", ".join(f"{n} {state}" for state, n in sorted(details["counts"].items()))
        changed = len(details["changes"])
        summary = f"{changed} status change{'s' if changed != 1 else ''}; {counts or 'no vehicles'}"
        if details.get("notes"):
            summary += " (" + "; ".join(details["notes"]) + ")"
        return SyncResult(self.name, summary=summary, details=details)

    def test_connection(self, rt) -> Outcome:
        from fleetdesk.highmobility.service import ClearanceService

        svc = ClearanceService.of(rt)
        svc.forget_credentials()  # the user may just have saved new ones
        try:
            count = len(svc.client().list_vehicles())
        except FleetDeskError as exc:
            return Outcome(False, str(exc) or type(exc).__name__)
        return Outcome(
            True,
            f"Connected to High Mobility ({svc.mode()}): {count} vehicle"
            f"{'s' if count != 1 else ''} on the account",
            {"vehicles": count, "mode": svc.mode()},
        )

    def poll(self, rt) -> float | None:
        from fleetdesk.highmobility.service import ClearanceService

        return ClearanceService.of(rt).background_step()

    def seed_demo(self, rt) -> None:
        """The demo's pasted list: queued clearance requests the pump sends at start."""
        from fleetdesk.highmobility.service import ClearanceService

        svc = ClearanceService.of(rt)
        if not svc.business_name():
            svc.set_business_name(DEMO_BUSINESS_NAME)
        requests = []
        for vin, brand, odometer in DEMO_NEW_VEHICLES:
            requests += svc.prepare([vin], brand, odometer=odometer, tags={"cost-centre": "Depot Kiel"})
        svc.queue(requests)


PLUGIN = HighMobilityIntegration()
