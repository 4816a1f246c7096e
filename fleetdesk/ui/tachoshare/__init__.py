"""The Tachographs tab (TachoShare): found by the shell through ``TAB``."""

from __future__ import annotations

from fleetdesk.ui.shell.tabs import TabSpec


def _make(ctx):
    from fleetdesk.ui.tachoshare.tab import TachoShareTab

    return TachoShareTab(ctx)


TAB = TabSpec(name="tachoshare", title="Tachographs", order=20, factory=_make)
