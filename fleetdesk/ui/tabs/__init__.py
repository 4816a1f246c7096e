"""Integration tabs are found here: a module or package in this folder with
``TAB = TabSpec(name, title, order, factory)`` appears in the main window, so an integration
adds its tab without editing the shell.

Translation: the main window shows ``QCoreApplication.translate("Tabs", spec.title)``. lupdate only
sees literals, so a new tab writes ``title=QT_TRANSLATE_NOOP("Tabs", "My tab")`` in its TabSpec
(or its title is listed in ``TITLES`` below).
"""
from __future__ import annotations

import importlib
import pkgutil
from dataclasses import dataclass
from typing import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QWidget

#: Titles of the tabs we ship, marked for lupdate (the TabSpecs live in the integrations' packages).
TITLES = (QT_TRANSLATE_NOOP("Tabs", "Car-Pass"), QT_TRANSLATE_NOOP("Tabs", "Tachographs"),
          QT_TRANSLATE_NOOP("Tabs", "THG quota"), QT_TRANSLATE_NOOP("Tabs", "Fleet clearance"),
          QT_TRANSLATE_NOOP("Tabs", "Live map"))


@dataclass(frozen=True)
class TabSpec:
    name: str                                  # integration name, e.g. "carpass"
    title: str                                 # untranslated; translated by the main window
    order: int
    factory: Callable[..., QWidget]            # factory(ctx) -> the tab widget


def discover(installed: set[str] | None = None) -> list[TabSpec]:
    specs: list[TabSpec] = []
    for info in pkgutil.iter_modules(__path__):
        module = importlib.import_module(f"{__name__}.{info.name}")
        spec = getattr(module, "TAB", None)
        if isinstance(spec, TabSpec) and (installed is None or spec.name in installed):
            specs.append(spec)
    return sorted(specs, key=lambda s: s.order)
