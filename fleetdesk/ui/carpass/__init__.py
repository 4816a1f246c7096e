"""The Car-Pass tab: found by the shell through ``TAB``."""

from __future__ import annotations

from fleetdesk.ui.shell.tabs import TabSpec


def _make(ctx):
    from fleetdesk.ui.carpass.tab import CarPassTab

    return CarPassTab(ctx)


TAB = TabSpec(name="carpass", title="Car-Pass", order=10, factory=_make)
