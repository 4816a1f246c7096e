"""The vehicle view as a plug-in: its tables, its commands, the Ctrack odometer-unit setting and
its part of the demo. It sends nothing anywhere (no outbox handlers, nothing to sync)."""

from __future__ import annotations

from fleetdesk.integrations import Integration, SettingField, SyncResult
from fleetdesk.vehicles.sources import CTRACK_DEFAULT_UNIT, CTRACK_UNIT_KEY, CTRACK_UNITS

CTRACK_UNIT_FIELD = SettingField(
    CTRACK_UNIT_KEY,
    "Odometer unit",
    "choice",
    default=CTRACK_DEFAULT_UNIT,
    choices=CTRACK_UNITS,
    help="The Ctrack API does not state its odometer unit; metres assumed",
)


class VehiclesPlugin(Integration):
    name = "vehicles"
    title = "Vehicles"
    outbox_kinds = ()

    def migrations(self):
        from fleetdesk.vehicles.schema import migrations

        return migrations

    def settings_fields(self):
        return {"ctrack": [CTRACK_UNIT_FIELD]}

    def add_cli(self, subparsers) -> None:
        from fleetdesk.vehicles.cli import add_commands

        add_commands(subparsers)

    def sync(self, rt) -> SyncResult:
        return SyncResult(self.name, skipped="reads the other systems' data; nothing to fetch")

    def seed_demo(self, rt) -> None:
        from fleetdesk.vehicles.demo import seed

        seed(rt)


PLUGIN = VehiclesPlugin()


def _register_carpass_hooks() -> None:
    """Plug the odometer cross-check into Car-Pass entry, when Car-Pass is installed."""
    try:
        from fleetdesk.vehicles.carpass_hook import register
    except ImportError:
        return
    register()


_register_carpass_hooks()
