"""The Live map tab (Ctrack): vehicles on a map, a synchronised list, details, trips and replay."""
from __future__ import annotations

from fleetdesk.ui.tabs import TabSpec


def _make(ctx):
    from fleetdesk.ui.tabs.ctrack.live_map import LiveMapTab
    return LiveMapTab(ctx)


TAB = TabSpec(name="ctrack", title="Live map", order=50, factory=_make)
