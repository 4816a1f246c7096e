"""The integration plug-in seam (Qt-free).

Each integration package defines ``fleetdesk/<name>/plugin.py`` with ``PLUGIN = <Integration
subclass instance>``; ``fleetdesk/registry.py`` names the packages and ``discover()`` finds the
plug-ins. The runtime, the command line, ``sync`` and demo mode see integrations only through
this interface.
"""

from __future__ import annotations

import argparse
import logging
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from sqlite_utils.migrations import Migrations

from fleetdesk import registry
from fleetdesk.core.errors import Outcome

if TYPE_CHECKING:
    from fleetdesk.core.runtime_api import RuntimeAPI
    from fleetdesk.store.outbox import OutboxHandler

log = logging.getLogger(__name__)


@dataclass
class SyncResult:
    """What one integration's part of ``fleetdesk sync`` did."""

    name: str
    ok: bool = True
    skipped: str | None = None  # why it did not run (not configured, signed out, ...)
    summary: str = ""
    details: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class SettingField:
    """A plain setting an integration shows on its service's Settings page.

    ``key`` is a settings key; ``key/sub`` addresses one entry of a dict-valued setting.
    Labels are English source strings; the UI translates them (context "Settings").
    """

    key: str
    label: str
    kind: str  # "int", "choice", "text", "folder", "url" or "scopes"
    default: Any = None
    choices: tuple[str, ...] = ()
    minimum: int = 0
    maximum: int = 1_000_000
    unit: str = ""
    help: str = ""
    placeholder: str = ""  # shown in an empty editor (English; translated by the UI)
    env: str = ""  # an environment variable that overrides the setting

    def read(self, settings) -> Any:
        head, _, sub = self.key.partition("/")
        value = settings.get(head)
        if sub:
            value = value.get(sub) if isinstance(value, dict) else None
        return self.default if value in (None, "") else value

    def write(self, settings, value: Any) -> None:
        """Validate and store ``value``; raises BadInput naming the field."""
        from fleetdesk.core.errors import BadInput

        if self.kind == "int":
            try:
                value = int(value)
            except (TypeError, ValueError):
                raise BadInput(self.label, "a whole number is needed") from None
            if not self.minimum <= value <= self.maximum:
                raise BadInput(self.label, f"allowed: {self.minimum} to {self.maximum}")
        elif self.kind == "choice" and value not in self.choices:
            raise BadInput(self.label, f"allowed: {', '.join(self.choices)}")
        elif isinstance(value, str):
            value = value.strip() or None
            if value is not None and self.kind == "url":
                from fleetdesk.core.config import insecure_url_problem

                problem = insecure_url_problem(value)
                if problem:
                    raise BadInput(self.label, f"{value!r} {problem}")
                value = value.rstrip("/")
            elif value is not None and self.kind == "scopes":
                value = " ".join(value.split())
                bad = sorted({c for c in value if c != " " and not _scope_char(c)})
                if bad:
                    raise BadInput(
                        self.label,
                        "scopes are separated by spaces and may not contain "
                        + " ".join(repr(c) for c in bad),
                    )
        head, _, sub = self.key.partition("/")
        if sub:
            current = settings.get(head)
            merged = dict(current) if isinstance(current, dict) else {}
            if value is None:
                merged.pop(sub, None)
            else:
                merged[sub] = value
            settings.set(head, merged or None)
        else:
            settings.set(head, value)


def _scope_char(c: str) -> bool:
    """RFC 6749 section 3.3: scope-token = 1*( %x21 / %x23-5B / %x5D-7E )."""
    return c == "!" or "\x23" <= c <= "\x5b" or "\x5d" <= c <= "\x7e"


class Integration:
    """Base class; override what the integration has."""

    name: str = ""
    title: str = ""

    @property
    def services(self) -> tuple[str, ...]:
        """The keys of the remote services it declares in ``fleetdesk/<name>/servicedef.py``."""
        from fleetdesk.core.services import declared

        return tuple(svc.key for svc in declared(self.name))

    #: the outbox kinds ``handlers()`` sends, named here so that the runtime builds the
    #: handlers (and imports the client, the service and sign-in libraries) only when an item
    #: of one of these kinds is first sent; None: not declared (built when a kind no
    #: integration declares is sent). A test checks it matches ``handlers()``.
    outbox_kinds: tuple[str, ...] | None = None

    def migrations(self) -> Migrations | None:
        return None

    def settings_fields(self) -> dict[str, list[SettingField]]:
        """Plain settings to show, by service key (shown on that service's Settings page)."""
        return {}

    def handlers(self, rt: RuntimeAPI) -> list[OutboxHandler]:
        """The outbox senders, built on first need (see ``outbox_kinds``), off the UI thread."""
        return []

    def add_cli(self, subparsers: argparse._SubParsersAction) -> None:
        """Add ``fleetdesk <name> <verb> ...``; set ``func=callable(rt, args) -> int``."""

    def sync(self, rt: RuntimeAPI) -> SyncResult:
        """Poll statuses and download what is new (the outbox is flushed separately)."""
        return SyncResult(self.name, skipped="nothing to sync")

    def skipped(self, rt: RuntimeAPI, why: str) -> SyncResult:
        """What ``fleetdesk sync`` says of this integration when it cannot sync (not configured,
        signed out); it may add what is known locally (e.g. card expiry from archived files)."""
        return SyncResult(self.name, skipped=why)

    def is_configured(self, rt: RuntimeAPI) -> tuple[bool, str]:
        return True, ""

    def test_connection(self, rt: RuntimeAPI) -> Outcome:
        return Outcome(False, "no connection test for this service")

    def seed_demo(self, rt: RuntimeAPI) -> None:
        """Put demo data into a fresh demo store (demo mode only)."""

    def poll(self, rt: RuntimeAPI) -> float | None:
        """Background work due now (status polling, ...), called by the GUI's pump off the UI
        thread. Return the seconds until it wants to run again, or None for "no need"."""
        return None

    def archived_files(self, config, db) -> list:
        """The files this integration's rows name in a SQLite store ``db`` (``store.files.FileRef``:
        sha256 if known, where the bytes are under ``config``'s data folder, a label), for
        ``fleetdesk db copy`` to put them into the team database (docs/team-mode.md §6)."""
        return []

    def recover(self, rt: RuntimeAPI) -> None:
        """Called once at start-up, after the outbox's own recovery (resume polling etc.)."""


def discover() -> list[Integration]:
    """Every installed integration, in the registry's order. One that fails to load is logged,
    recorded in ``registry.LOAD_ERRORS`` and left out, so the others (and the outbox) keep working."""
    found: list[Integration] = []
    for name in registry.names():
        plugin = getattr(registry.load(name, "plugin"), "PLUGIN", None)
        if isinstance(plugin, Integration):
            found.append(plugin)
    return found
