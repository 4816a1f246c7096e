"""Car-Pass in FleetDesk: tables, outbox handlers, CLI verbs, sync, background polling, demo."""

from __future__ import annotations

from fleetdesk.carpass.access import get_poller, get_service  # noqa: F401 - re-exported
from fleetdesk.core.clock import utc_iso
from fleetdesk.core.errors import FleetDeskError, Outcome
from fleetdesk.integrations import Integration, SyncResult


class CarPassIntegration(Integration):
    name = "carpass"
    title = "Car-Pass"
    outbox_kinds = ("carpass.observation", "carpass.correction", "carpass.confirm")

    def migrations(self):
        from fleetdesk.carpass.store import migrations

        return migrations

    def archived_files(self, config, db) -> list:
        from pathlib import Path

        from fleetdesk.store.files import FileRef

        if "carpass_readings" not in db.table_names():
            return []
        return [
            FileRef(
                r.get("vhr_sha256"),
                Path(r["vhr_path"]),
                f"Vehicle History Report of {r['vin'] or r['plate']} ({r['request_guid']})",
                backfill=("UPDATE carpass_readings SET vhr_sha256 = ? WHERE id = ?", (r["id"],)),
            )
            for r in db.query("SELECT * FROM carpass_readings WHERE vhr_path IS NOT NULL ORDER BY id")
        ]

    def handlers(self, rt):
        from fleetdesk.carpass.handlers import handlers_for

        return handlers_for(get_service(rt))

    def add_cli(self, subparsers) -> None:
        from fleetdesk.carpass.cli import add_cli

        add_cli(subparsers)

    def is_configured(self, rt) -> tuple[bool, str]:
        missing = get_service(rt).account().missing()
        if missing:
            return False, "Car-Pass account incomplete: " + ", ".join(missing)
        return True, ""

    def sync(self, rt) -> SyncResult:
        from fleetdesk.carpass import store as st

        poller = get_poller(rt)
        try:
            due = poller.run_due()
        finally:
            get_service(rt).close()
        counts = rt.store.read(st.counts)
        following = sum(counts.get(s, 0) for s in (st.ONGOING, st.REVIEWING, st.UNKNOWN))
        summary = (
            f"{counts.get(st.PROCESSED, 0)} processed, {following} being followed, "
            f"{counts['open_issues']} open issue(s)"
        )
        return SyncResult(self.name, summary=summary, details={"readings": counts, "next_poll_in": due})

    def test_connection(self, rt) -> Outcome:
        svc = get_service(rt)
        svc.invalidate()
        account = svc.account()
        if account.missing():
            return Outcome(False, "Enter " + ", ".join(account.missing()) + " first.")
        try:
            svc.client().check_credentials()
        except FleetDeskError as exc:
            return Outcome(False, f"Car-Pass did not accept the connection: {exc}")
        return Outcome(
            True, f"Connected to Car-Pass as {account.username} ({rt.config.url_source('carpass')})."
        )

    def poll(self, rt) -> float | None:
        return get_poller(rt).run_due()

    def recover(self, rt) -> None:
        """Resume after a restart: every request not final gets a status call again."""
        now = utc_iso(rt.clock.now())

        def tx(db):
            db.execute(
                "UPDATE carpass_requests SET next_poll_at = ? WHERE next_poll_at IS NULL "
                "AND final_at IS NULL AND successor_guid IS NULL",
                [now],
            )
            db.execute(
                "UPDATE carpass_readings SET vhr_next_at = ? WHERE vhr_state = 'pending' "
                "AND vhr_next_at IS NULL",
                [now],
            )

        rt.store.write(tx)

    def seed_demo(self, rt) -> None:
        from fleetdesk.carpass.demo import seed

        seed(rt, get_service(rt))


PLUGIN = CarPassIntegration()
