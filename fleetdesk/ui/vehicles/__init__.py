"""The Vehicles tab: one row per vehicle across all systems; found by the shell through ``TAB``."""

from __future__ import annotations

from fleetdesk.ui.noop import QT_TRANSLATE_NOOP
from fleetdesk.ui.shell.tabs import TabSpec

#: the labels, units and help texts of the settings fleetdesk/vehicles/plugin.py declares (Qt-free,
#: where lupdate cannot see them), marked here; the Settings page translates them ("Settings")
SETTING_TEXTS = (
    QT_TRANSLATE_NOOP("Settings", "Odometer unit"),
    QT_TRANSLATE_NOOP("Settings", "The Ctrack API does not state its odometer unit; metres assumed"),
)


def _make(ctx):
    from fleetdesk.ui.vehicles.tab import VehiclesTab

    return VehiclesTab(ctx)


TAB = TabSpec(name="vehicles", title=QT_TRANSLATE_NOOP("Tabs", "Vehicles"), order=60, factory=_make)
