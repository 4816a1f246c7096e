"""The Vehicles tab: one row per vehicle across all systems; found by the shell through ``TAB``."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from fleetdesk.ui.shell.tabs import TabSpec


def _make(ctx):
    from fleetdesk.ui.vehicles.tab import VehiclesTab
    return VehiclesTab(ctx)


# PySide6 stub gap: QT_TRANSLATE_NOOP is typed "-> object"; at run time it returns the str it got.
TAB = TabSpec(name="vehicles", title=QT_TRANSLATE_NOOP("Tabs", "Vehicles"),  # type: ignore[arg-type]
              order=60, factory=_make)
