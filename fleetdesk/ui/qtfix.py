"""Work around a PySide6 6.12.0 reference-count bug on Python 3.11.

Every Qt method that returns ``void`` (and some signal emissions and invalid QVariants) drops
one reference to ``None``, ``True`` or ``False`` that it never took. On Python 3.12+ these are
immortal and nothing happens; on 3.11 the count falls with every ``setText``/``setEnabled``/
``update`` call until CPython aborts with "Fatal Python error: none_dealloc" — after some
minutes to hours of normal use. On Python < 3.12 we give the three singletons a reference count
so large that no session can exhaust it (2**52 lost references), which is what 3.12 does by
design. Remove once the project requires Python 3.12+ or a fixed PySide6.
"""

from __future__ import annotations

import ctypes
import sys

HEADROOM = 1 << 52
_applied = False


def void_calls_leak_none() -> bool:
    """Measure: do 200 void Qt calls lower ``None``'s reference count?"""
    if sys.version_info >= (3, 12):
        return False
    from PySide6.QtCore import QObject

    probe = QObject()
    before = sys.getrefcount(None)
    for _ in range(200):
        probe.setObjectName("probe")
    leaked = before - sys.getrefcount(None)
    del probe
    return leaked >= 100


def guard_none_refcount() -> bool:
    """Make None/True/False effectively immortal on Python < 3.12; True if applied."""
    global _applied
    if _applied or sys.version_info >= (3, 12):
        return _applied
    for obj in (None, True, False):
        ctypes.c_ssize_t.from_address(id(obj)).value += HEADROOM
    _applied = True
    return True
