"""Webfleet TachoShare as a FleetDesk integration (CLI group ``tacho``)."""

from __future__ import annotations

from fleetdesk.core.errors import AuthExpired, FleetDeskError, NotConfigured, Outcome
from fleetdesk.integrations import Integration, SettingField, SyncResult


def _service(rt):
    from fleetdesk.tachoshare.service import TachoShareService

    return TachoShareService.of(rt)


class TachoShareIntegration(Integration):
    name = "tachoshare"
    title = "Tachographs"
    outbox_kinds = ("tachoshare.rdl",)

    def settings_fields(self) -> dict[str, list[SettingField]]:
        from fleetdesk.tachoshare import compliance as c
        from fleetdesk.tachoshare import facts as f
        from fleetdesk.tachoshare import service as s
        from fleetdesk.tachoshare.auth import DEFAULT_SCOPE

        return {
            "tachoshare": [
                SettingField(
                    s.FORMAT_KEY,
                    "File format",
                    "choice",
                    "DDD",
                    ("DDD", "V1B_V1C", "TGD"),
                    help="DDD for most countries; V1B/C1B for France; TGD for Spain",
                ),
                SettingField(
                    s.BACKFILL_KEY,
                    "First download goes back",
                    "int",
                    365,
                    minimum=1,
                    maximum=730,
                    unit="days",
                ),
                SettingField(s.CONCURRENCY_KEY, "Downloads at once", "int", 3, minimum=1, maximum=8),
                SettingField(
                    f"{c.DESIRED_KEY}/{c.VU}",
                    "Fleet interval, vehicle units",
                    "int",
                    c.DESIRED_DAYS[c.VU],
                    minimum=1,
                    maximum=90,
                    unit="days",
                ),
                SettingField(
                    f"{c.DESIRED_KEY}/{c.CARD}",
                    "Fleet interval, driver cards",
                    "int",
                    c.DESIRED_DAYS[c.CARD],
                    minimum=1,
                    maximum=28,
                    unit="days",
                ),
                SettingField(
                    f"{c.DUE_SOON_KEY}/{c.VU}",
                    "Warn before, vehicle units",
                    "int",
                    c.DUE_SOON_DAYS[c.VU],
                    minimum=0,
                    maximum=60,
                    unit="days",
                ),
                SettingField(
                    f"{c.DUE_SOON_KEY}/{c.CARD}",
                    "Warn before, driver cards",
                    "int",
                    c.DUE_SOON_DAYS[c.CARD],
                    minimum=0,
                    maximum=20,
                    unit="days",
                ),
                SettingField(
                    s.ARCHIVE_KEY,
                    "Archive folder",
                    "folder",
                    None,
                    help="Where downloaded files are archived",
                ),
                SettingField(
                    f.EXPIRY_KEY,
                    "Warn before a driver card expires",
                    "int",
                    f.EXPIRY_DAYS,
                    minimum=0,
                    maximum=365,
                    unit="days",
                ),
                SettingField(
                    f.RETENTION_KEY,
                    "Keep tachograph files for",
                    "int",
                    f.RETENTION_YEARS,
                    minimum=f.RETENTION_MIN_YEARS,
                    maximum=30,
                    unit="years",
                    help="Older files are listed for removal; nothing is removed automatically",
                ),
            ],
            "tachoshare_auth": [
                # the issuer is this page's address (Custom address); these name what discovery
                # would find, one by one, and the scopes the spec does not name
                SettingField(
                    s.AUTHORIZE_URL_KEY,
                    "Authorize URL",
                    "url",
                    None,
                    placeholder="from the issuer's OpenID configuration",
                    help="Only if the issuer's .well-known/openid-configuration is not usable",
                    env="FLEETDESK_TACHOSHARE_AUTHORIZE_URL",
                ),
                SettingField(
                    s.TOKEN_URL_KEY,
                    "Token URL",
                    "url",
                    None,
                    placeholder="from the issuer's OpenID configuration",
                    help="Only if the issuer's .well-known/openid-configuration is not usable",
                    env="FLEETDESK_TACHOSHARE_TOKEN_URL",
                ),
                SettingField(
                    s.SCOPE_KEY,
                    "Scopes",
                    "scopes",
                    None,
                    placeholder=DEFAULT_SCOPE,
                    help="Separated by spaces; TachoShare's documentation does not name them",
                    env="FLEETDESK_TACHOSHARE_SCOPE",
                ),
            ],
        }

    def migrations(self):
        from fleetdesk.tachoshare.store import migrations

        return migrations

    def archived_files(self, config, db) -> list:
        from pathlib import Path

        from fleetdesk.store.files import FileRef
        from fleetdesk.tachoshare.service import ARCHIVE_KEY

        if "tacho_files" not in db.table_names():
            return []
        custom = config.settings.get(ARCHIVE_KEY)
        root = Path(custom).expanduser() if custom else config.data_dir / "tachographs"
        return [
            FileRef(r["sha256"], root / r["path"], f"tachograph file {r['filename']}")
            for r in db.query("SELECT path, filename, sha256 FROM tacho_files ORDER BY id")
        ]

    def handlers(self, rt):
        from fleetdesk.tachoshare.rdl import RdlHandler

        return [RdlHandler(lambda: _service(rt).client(), rt.clock)]

    def add_cli(self, subparsers) -> None:
        from fleetdesk.tachoshare.cli import add_cli

        add_cli(subparsers)

    def is_configured(self, rt) -> tuple[bool, str]:
        state = _service(rt).sign_in_state()
        if state.ok:
            return True, ""
        return False, f"{state.message} (`fleetdesk tacho login`)"

    def sync(self, rt) -> SyncResult:
        svc = _service(rt)
        try:
            details = svc.sync()
        except (AuthExpired, NotConfigured) as exc:
            return self.skipped(rt, str(exc))
        summary = (
            f"{details['done']} file{'s' if details['done'] != 1 else ''} archived, "
            f"{details['empty']} with nothing new, {details['failed']} failed"
        )
        if details.get("halted"):
            summary += f"; stopped: {details['halted']}"
        for note in details.get("notes", []):  # one list unreadable, the other still used
            summary += f"; {note}"
        if details.get("attention"):  # kept as received, something in it refused (#12 defect 4)
            summary += (
                f"; {len(details['attention'])} file(s) need attention: "
                + ", ".join(a["path"] for a in details["attention"][:3])
                + " (see `fleetdesk tacho files`)"
            )
        expiry = _expiry_alerts(svc)
        if expiry:
            summary += "; " + expiry[0]
            details["expiring_cards"] = expiry[1]
        return SyncResult(
            self.name,
            ok=not details["failed"] and not details.get("halted"),
            summary=summary,
            details=details,
        )

    def skipped(self, rt, why: str) -> SyncResult:
        """Signed out or not set up: the card expiry alerts from the archived (or imported)
        files are given all the same."""
        result = SyncResult(self.name, skipped=why)
        expiry = _expiry_alerts(_service(rt))
        if expiry:
            result.summary, result.details["expiring_cards"] = expiry
        return result

    def test_connection(self, rt) -> Outcome:
        svc = _service(rt)
        try:
            counts = svc.refresh_lists()
        except FleetDeskError as exc:
            return Outcome(False, str(exc) or type(exc).__name__)
        return Outcome(
            True,
            f"Connected to TachoShare: {counts['vehicles']} vehicles and {counts['cards']} driver cards",
            counts,
        )

    def poll(self, rt) -> float | None:
        return _service(rt).background_step()

    def recover(self, rt) -> None:
        _service(rt).recover()

    def seed_demo(self, rt) -> None:
        """Demo: the fleet is registered in Belgium; Irish cards keep their 21-day limit."""
        from fleetdesk.tachoshare.compliance import FLEET_COUNTRY_KEY
        from fleetdesk.tachoshare.service import BACKFILL_KEY

        rt.config.settings.set(FLEET_COUNTRY_KEY, "0x06")
        # the demo's first downloads go back 120 days (what the coverage strip shows) and are
        # planned here; the background pump downloads them once the window is up
        rt.config.settings.set(BACKFILL_KEY, 120)
        svc = _service(rt)
        try:
            svc.refresh_lists()
            svc.plan()
        except FleetDeskError as exc:
            import logging

            logging.getLogger(__name__).info("demo: downloads not planned: %s", exc)


def _expiry_alerts(svc) -> tuple[str, list[dict]] | None:
    """Cards whose newest file says they expire within the warning period: text and JSON."""
    expiring = svc.expiring_cards()
    if not expiring:
        return None
    text = "; ".join(f"card {e.card_number} ({e.holder}): {e.text}" for e in expiring)
    return text, [
        {
            "card_number": e.card_number,
            "country_code": f"0x{e.country:02X}",
            "holder": e.holder,
            "card_expiry": e.expiry.isoformat(),
            "days_left": e.days_left,
        }
        for e in expiring
    ]


PLUGIN = TachoShareIntegration()
