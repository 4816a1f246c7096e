"""Integration tabs are found here: each integration's UI folder ``fleetdesk/ui/<name>/`` whose
``__init__`` has ``TAB = TabSpec(name, title, order, factory)`` appears in the main window, so an
integration adds its tab without editing the shell.

Translation: the main window shows ``QCoreApplication.translate("Tabs", spec.title)``. lupdate only
sees literals, so a new tab writes ``title=QT_TRANSLATE_NOOP("Tabs", "My tab")`` in its TabSpec
(or its title is listed in ``TITLES`` below).
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QWidget

#: Titles of the tabs we ship, marked for lupdate (the TabSpecs live in the integrations' packages).
TITLES = (
    QT_TRANSLATE_NOOP("Tabs", "Car-Pass"),
    QT_TRANSLATE_NOOP("Tabs", "Tachographs"),
    QT_TRANSLATE_NOOP("Tabs", "THG quota"),
    QT_TRANSLATE_NOOP("Tabs", "Fleet clearance"),
    QT_TRANSLATE_NOOP("Tabs", "Live map"),
)


@dataclass(frozen=True)
class TabSpec:
    name: str  # integration name, e.g. "carpass"
    title: str  # untranslated; translated by the main window
    order: int
    factory: Callable[..., QWidget]  # factory(ctx) -> the tab widget


def discover(installed: set[str] | None = None) -> list[TabSpec]:
    from fleetdesk.registry import names

    specs: list[TabSpec] = []
    for name in names():
        module_name = f"fleetdesk.ui.{name}"
        try:
            module = importlib.import_module(module_name)
        except ModuleNotFoundError as exc:
            if exc.name == module_name:
                continue
            raise
        spec = getattr(module, "TAB", None)
        if isinstance(spec, TabSpec) and (installed is None or spec.name in installed):
            specs.append(spec)
    return sorted(specs, key=lambda s: s.order)
