"""The Tachographs tab (TachoShare): found by the shell through ``TAB``."""

from __future__ import annotations

from fleetdesk.ui.noop import QT_TRANSLATE_NOOP
from fleetdesk.ui.shell.tabs import TabSpec

#: the titles of its services (fleetdesk/tachoshare/servicedef.py) marked for lupdate
SERVICE_TITLES = (QT_TRANSLATE_NOOP("Services", "TachoShare sign-in"),)


def _make(ctx):
    from fleetdesk.ui.tachoshare.tab import TachoShareTab

    return TachoShareTab(ctx)


TAB = TabSpec(name="tachoshare", title="Tachographs", order=20, factory=_make)
