"""Extension points a higher layer may fill; Car-Pass never imports who fills them.

DESIGN.md rule 2: the odometer cross-check compares a typed reading with other systems'
odometers, so it lives above the integrations (``fleetdesk.vehicles``) and registers here. The
entry form calls ``extra_findings`` with its prechecks (off the UI thread) and ``reading_stored``
once a reading is stored; with nothing registered both do nothing. The CLI's ``submit`` does the
same. A history import (CSV) asks ``history_findings`` for its preview (warnings listed, never a
block) and calls ``history_imported`` with them once the rows are stored.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence

from fleetdesk.carpass.prechecks import Finding, ReadingEntry

log = logging.getLogger(__name__)

#: fn(runtime, entry) -> findings (warnings only: a hook never blocks a reading)
PRECHECKS: list[Callable[..., list[Finding]]] = []
#: fn(runtime, reading_id, entry, acknowledged_codes) -> None (e.g. an audit record)
STORED: list[Callable[..., None]] = []
#: fn(runtime, rows: list[HistoryRow]) -> [(line, finding)] (warnings about imported rows)
HISTORY_CHECKS: list[Callable[..., list]] = []
#: fn(runtime, [(line, finding)]) -> None, after the rows were imported
HISTORY_STORED: list[Callable[..., None]] = []


def register_precheck(fn: Callable[..., list[Finding]]) -> None:
    if fn not in PRECHECKS:
        PRECHECKS.append(fn)


def register_stored(fn: Callable[..., None]) -> None:
    if fn not in STORED:
        STORED.append(fn)


def register_history(check: Callable[..., list], stored: Callable[..., None]) -> None:
    if check not in HISTORY_CHECKS:
        HISTORY_CHECKS.append(check)
    if stored not in HISTORY_STORED:
        HISTORY_STORED.append(stored)


def extra_findings(runtime, entry: ReadingEntry) -> list[Finding]:
    """What the registered checks say; a failing hook is logged and says nothing."""
    out: list[Finding] = []
    for fn in PRECHECKS:
        try:
            out.extend(fn(runtime, entry) or [])
        except Exception:
            log.exception("Car-Pass precheck hook %r failed; left out", fn)
    return out


def reading_stored(runtime, reading_id: int, entry: ReadingEntry, acknowledged: Sequence[str]) -> None:
    for fn in STORED:
        try:
            fn(runtime, reading_id, entry, tuple(acknowledged))
        except Exception:
            log.exception("Car-Pass stored-reading hook %r failed", fn)


def history_findings(runtime, rows) -> list[tuple[int, Finding]]:
    """(line, warning) pairs about history rows from the registered checks, by line."""
    out: list[tuple[int, Finding]] = []
    for fn in HISTORY_CHECKS:
        try:
            out.extend(fn(runtime, rows) or [])
        except Exception:
            log.exception("Car-Pass history-check hook %r failed; left out", fn)
    return sorted(out, key=lambda p: p[0])


def history_imported(runtime, findings: Sequence[tuple[int, Finding]]) -> None:
    for fn in HISTORY_STORED:
        try:
            fn(runtime, list(findings))
        except Exception:
            log.exception("Car-Pass history-imported hook %r failed", fn)
