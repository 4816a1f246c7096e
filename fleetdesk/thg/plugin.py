"""The THG-quota integration as FleetDesk's runtime, command line, sync and demo see it."""

from __future__ import annotations

import logging

from fleetdesk.core.errors import AuthExpired, FleetDeskError, NotConfigured, Outcome, TransientError
from fleetdesk.integrations import Integration, SyncResult

log = logging.getLogger(__name__)


class ThgIntegration(Integration):
    name = "thg"
    title = "THG quota"
    outbox_kinds = ("thg.upload", "thg.patch", "thg.uba_request", "thg.uba_delete", "thg.registrant")

    def migrations(self):
        from fleetdesk.thg.store import migrations

        return migrations

    def archived_files(self, config, db) -> list:
        from pathlib import Path

        from fleetdesk.store.files import FileRef

        if "thg_uploads" not in db.table_names():
            return []
        return [
            FileRef(r["sha256"], Path(r["stored_path"]), f"THG document {r['file_name']}")
            for r in db.query("SELECT file_name, stored_path, sha256 FROM thg_uploads ORDER BY id")
        ]

    def handlers(self, rt):
        from fleetdesk.thg.handlers import all_handlers

        return all_handlers(rt)

    def add_cli(self, subparsers) -> None:
        from fleetdesk.thg.cli import add_cli

        add_cli(subparsers)

    @staticmethod
    def _svc(rt):
        from fleetdesk.thg.service import ThgService

        return ThgService.of(rt)

    def is_configured(self, rt) -> tuple[bool, str]:
        try:
            status = self._svc(rt).account.status()
        except NotConfigured as exc:
            return False, str(exc)
        if not status.signed_in:
            return False, "not signed in (run `fleetdesk thg login`)"
        return True, ""

    def sync(self, rt) -> SyncResult:
        from fleetdesk.thg.statussync import sync_all

        svc = self._svc(rt)
        try:
            summary = sync_all(svc)
        except AuthExpired as exc:
            return SyncResult(self.name, ok=False, summary=f"sign in again: {exc}")
        status = svc.account.status()
        text = summary.describe()
        if status.refresh.warn:
            text += f"; {status.describe()}"
        return SyncResult(
            self.name,
            summary=text,
            details={
                "events": summary.events,
                "status_changes": summary.status_changes,
                "uba_replies": summary.uba_replies,
                "vehicles": summary.vehicles,
                "notes": summary.notes,
            },
        )

    def test_connection(self, rt) -> Outcome:
        try:
            svc = self._svc(rt)
            registrants = svc.client().registrants()
            status = svc.account.status()
        except FleetDeskError as exc:
            return Outcome(False, str(exc) or type(exc).__name__)
        return Outcome(True, f"{status.describe()} {len(registrants)} registrant(s).")

    def seed_demo(self, rt) -> None:
        from fleetdesk.thg.demo import seed_demo

        seed_demo(rt)

    def poll(self, rt) -> float | None:
        """Background status sync while signed in (the GUI's pump, off the UI thread)."""
        from fleetdesk.thg.statussync import sync_all

        every = float(rt.config.settings.get("thg.poll_seconds", 10 if rt.config.demo else 300))
        ok, _why = self.is_configured(rt)
        if not ok:
            return 30.0
        try:
            sync_all(self._svc(rt))
        except AuthExpired:
            return 300.0
        except TransientError as exc:
            log.info("THG status sync postponed: %s", exc)
            return min(every, 60.0)
        return every


PLUGIN = ThgIntegration()
