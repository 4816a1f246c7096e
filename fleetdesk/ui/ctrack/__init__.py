"""The Live map tab (Ctrack): vehicles on a map, a synchronised list, details, trips and replay."""

from __future__ import annotations

from fleetdesk.ui.shell.tabs import TabSpec


def _make(ctx):
    from fleetdesk.ui.ctrack.tab import LiveMapTab

    return LiveMapTab(ctx)


TAB = TabSpec(name="ctrack", title="Live map", order=50, factory=_make)
