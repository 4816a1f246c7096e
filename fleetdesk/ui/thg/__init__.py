"""The THG quota tab: found by the shell through ``TAB``."""

from __future__ import annotations

from fleetdesk.ui.shell.tabs import TabSpec


def _make(ctx):
    from fleetdesk.ui.thg.tab import ThgTab

    return ThgTab(ctx)


TAB = TabSpec(name="thg", title="THG quota", order=30, factory=_make)
