"""The THG quota tab: found by the shell through ``TAB``."""

from __future__ import annotations

from fleetdesk.ui.noop import QT_TRANSLATE_NOOP
from fleetdesk.ui.shell.tabs import TabSpec

#: the titles of its services (fleetdesk/thg/servicedef.py) marked for lupdate
SERVICE_TITLES = (
    QT_TRANSLATE_NOOP("Services", "THG quota"),
    QT_TRANSLATE_NOOP("Services", "THG sign-in (Microsoft)"),
)


def _make(ctx):
    from fleetdesk.ui.thg.tab import ThgTab

    return ThgTab(ctx)


TAB = TabSpec(name="thg", title="THG quota", order=30, factory=_make)
