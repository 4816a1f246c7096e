"""The Vehicles tab: one row per vehicle across all systems; found by the shell through ``TAB``."""

from __future__ import annotations

from fleetdesk.ui.noop import QT_TRANSLATE_NOOP
from fleetdesk.ui.shell.tabs import TabSpec


def _make(ctx):
    from fleetdesk.ui.vehicles.tab import VehiclesTab

    return VehiclesTab(ctx)


TAB = TabSpec(name="vehicles", title=QT_TRANSLATE_NOOP("Tabs", "Vehicles"), order=60, factory=_make)
