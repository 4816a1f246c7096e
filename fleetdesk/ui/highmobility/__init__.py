"""The Fleet clearance tab (High Mobility): found by the shell through ``TAB``."""

from __future__ import annotations

from fleetdesk.ui.shell.tabs import TabSpec


def _make(ctx):
    from fleetdesk.ui.highmobility.tab import FleetClearanceTab

    return FleetClearanceTab(ctx)


TAB = TabSpec(name="highmobility", title="Fleet clearance", order=40, factory=_make)
