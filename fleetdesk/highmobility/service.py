"""The fleet-clearance workflow (Qt-free), shared by the GUI, the CLI and ``fleetdesk sync``.

- Adding and revoking go through the outbox (``queue`` / ``revoke``), one VIN per item.
- Statuses are polled (webhooks need a public address a desktop does not have): quickly while
  something is pending, revoking, canceling or unsent, slowly otherwise. Each poll merges the
  changelog into the VIN's timeline and records a notice on approved, rejected and revoked.
- Eligibility answers and vehicle data (odometer) are reads, fetched directly and stored.

Get the one instance of a runtime with ``ClearanceService.of(rt)``. Every method that talks to
the network blocks: call it from a worker thread (``run_blocking``) in the GUI.
"""

from __future__ import annotations

import logging
import threading
import time
from datetime import timedelta

from fleetdesk.core.clock import utc_iso
from fleetdesk.core.errors import (
    AuthExpired,
    BadInput,
    FleetDeskError,
    NotConfigured,
    Rejected,
    TransientError,
)
from fleetdesk.highmobility import rules
from fleetdesk.highmobility import store as hs
from fleetdesk.highmobility.client import HighMobilityClient
from fleetdesk.highmobility.models import ClearanceRequest, Eligibility, VehicleData

log = logging.getLogger(__name__)
SERVICE = hs.SERVICE
BUSINESS_NAME = "highmobility.business_name"
POLL_SECONDS = "highmobility.poll_seconds"  # while something is moving
IDLE_POLL_SECONDS = "highmobility.idle_poll_seconds"
DATA_SECONDS = "highmobility.data_seconds"  # how often an approved VIN's data is pulled
_CREDENTIAL_TTL = 60.0  # re-read the keyring at most this often (it may be slow)
_instances_lock = threading.Lock()


class ClearanceService:
    def __init__(self, rt):
        self.rt = rt
        self._client: HighMobilityClient | None = None
        self._client_key: tuple | None = None
        self._creds: tuple[float, str | None, str | None] | None = None
        self._lock = threading.Lock()
        self._poll_lock = threading.RLock()
        self._last_poll: float | None = None  # rt.clock.monotonic() of the last status poll
        self._paused_until = 0.0
        #: optional lookup ("eligibility", "vehicle data") -> why it failed last time; its
        #: columns stay empty (or as they were) while the clearance list still shows
        self.enrichment_notes: dict[str, str] = {}
        self._enrich_paused_until = 0.0

    @classmethod
    def of(cls, rt) -> ClearanceService:
        """The runtime's one instance (kept in ``rt.services``)."""
        with _instances_lock:
            svc = rt.services.get(SERVICE)
            if not isinstance(svc, cls):
                svc = rt.services[SERVICE] = cls(rt)
            return svc

    # -- settings ---------------------------------------------------------------------------
    def business_name(self) -> str | None:
        """The configured VW-group business name, or None."""
        return (self.rt.config.settings.get(BUSINESS_NAME) or "").strip() or None

    def set_business_name(self, name: str | None) -> None:
        """Store the business name in the settings (None or blank clears it)."""
        self.rt.config.settings.set(BUSINESS_NAME, (name or "").strip() or None)

    def mode(self) -> str:
        """ "demo", "sandbox", "live" or "custom" (an address set by hand or the environment)."""
        cfg = self.rt.config
        if cfg.demo:
            return "demo"
        source, url = cfg.url_source(SERVICE), cfg.base_url(SERVICE)
        if source in ("sandbox", "live"):
            return source
        if "sandbox" in url:
            return "sandbox"
        return "live" if url.rstrip("/") == cfg.service(SERVICE).environments["live"] else "custom"

    def poll_interval(self, moving: bool) -> float:
        """Seconds between status polls: short while something moves, long otherwise."""
        settings = self.rt.config.settings
        if moving:
            return float(settings.get(POLL_SECONDS) or (5 if self.rt.config.demo else 15))
        return float(settings.get(IDLE_POLL_SECONDS) or 600)

    # -- client -----------------------------------------------------------------------------
    def _credentials(self) -> tuple[str | None, str | None]:
        with self._lock:
            if self._creds is None or time.monotonic() - self._creds[0] > _CREDENTIAL_TTL:
                creds = self.rt.credentials
                self._creds = (
                    time.monotonic(),
                    creds.get(SERVICE, "client_id"),
                    creds.get(SERVICE, "client_secret"),
                )
            return self._creds[1], self._creds[2]

    def is_configured(self) -> tuple[bool, str]:
        """``(True, "")`` when client ID and secret are known, else (False, what to do)."""
        client_id, secret = self._credentials()
        if client_id and secret:
            return True, ""
        return False, (
            "no High Mobility client ID and secret: enter them in Settings, or set "
            "FLEETDESK_HIGHMOBILITY_CLIENT_ID and FLEETDESK_HIGHMOBILITY_CLIENT_SECRET"
        )

    def client(self) -> HighMobilityClient:
        """The API client for the current address and credentials (rebuilt when they change)."""
        client_id, secret = self._credentials()
        if not (client_id and secret):
            raise NotConfigured(self.is_configured()[1])
        key = (self.rt.config.base_url(SERVICE), client_id, secret)
        with self._lock:
            if self._client is None or self._client_key != key:
                if self._client is not None:
                    self._client.close()
                self._client = HighMobilityClient(
                    key[0], client_id, secret, clock=self.rt.clock, monitor=self.rt.monitor
                )
                self._client_key = key
            return self._client

    def forget_credentials(self) -> None:
        """After a refusal or a settings change: read the keyring again next time."""
        with self._lock:
            self._creds = None

    def close(self) -> None:
        """Close the client's connections."""
        with self._lock:
            if self._client is not None:
                self._client.close()
            self._client = None

    # -- writes through the outbox ----------------------------------------------------------
    def prepare(
        self,
        vins: list[str],
        brand: str,
        *,
        tags: dict[str, str] | None = None,
        odometer: str | float | None = None,
        unit: str = "kilometers",
    ) -> list[ClearanceRequest]:
        """Check the requests before anything is stored; BadInput names the first problem."""
        if not vins:
            raise BadInput("vin", "give at least one VIN")
        return [
            rules.prepare_clearance(
                v, brand, tags=tags, odometer=odometer, odometer_unit=unit, business_name=self.business_name()
            )
            for v in vins
        ]

    def queue(self, requests: list[ClearanceRequest]) -> hs.QueueReport:
        """Store the requests and their outbox items in one transaction."""
        return self.rt.store.write(lambda db: hs.queue_additions(db, requests, self.rt.clock))

    def revoke(self, vin: str, reason: str | None = None) -> str:
        """Queue a revoke (approved) or cancel (pending); withdraw a request never sent."""
        vin = rules.normalize_vin(vin)
        return self.rt.store.write(lambda db: hs.queue_revoke(db, vin, reason, self.rt.clock))

    def dismiss(self, vin: str) -> None:
        """Drop a refused request (see ``store.dismiss``)."""
        self.rt.store.write(lambda db: hs.dismiss(db, vin, self.rt.clock))

    def send_now(self):
        """Send what is due for High Mobility now (the outbox decides what stays queued)."""
        return self.rt.dispatcher.send_now(service=SERVICE)

    # -- reads from the server --------------------------------------------------------------
    def check_eligibility(self, vin: str, brand: str) -> Eligibility:
        """Ask ``POST /eligibility`` and store the answer (or the refusal)."""
        vin, brand = rules.check_eligibility_request(vin, brand)
        try:
            answer = self.client().eligibility(vin, brand)
        except Rejected as exc:
            # Bind the text now: ``exc`` is unbound once the except block ends, and a write
            # that ran later (queued, retried) would fail with NameError and lose the refusal.
            error = exc.describe()
            self.rt.store.write(lambda db: hs.record_eligibility(db, vin, brand, None, error, self.rt.clock))
            raise
        self.rt.store.write(lambda db: hs.record_eligibility(db, vin, brand, answer, None, self.rt.clock))
        return answer

    def check_many(
        self, pairs: list[tuple[str, str]], *, raise_unreachable: bool = False
    ) -> dict[str, Eligibility | str]:
        """Eligibility of several VINs (answer or reason per VIN); stops at the first sign of
        being offline or signed out, raising it with ``raise_unreachable``."""
        out: dict[str, Eligibility | str] = {}
        for vin, brand in pairs:
            try:
                out[vin] = self.check_eligibility(vin, brand)
            except (BadInput, Rejected) as exc:
                out[vin] = exc.message if isinstance(exc, BadInput) else exc.describe()
            except (TransientError, AuthExpired, NotConfigured) as exc:
                if raise_unreachable:
                    raise
                out[vin] = str(exc)
                break
        return out

    def poll_statuses(self) -> list[hs.Change]:
        """``GET /fleets/vehicles`` once and merge everything into the store."""
        with self._poll_lock:
            clearances = self.client().list_vehicles()
            self._last_poll = self.rt.clock.monotonic()
            return self.rt.store.write(lambda db: hs.apply_clearances(db, clearances, self.rt.clock))

    def refresh_vehicle(self, vin: str) -> list[hs.Change]:
        """Poll one VIN (``GET /fleets/vehicles/{vin}``) and merge it."""
        clearance = self.client().get_vehicle(rules.normalize_vin(vin))
        return self.rt.store.write(lambda db: hs.apply_clearances(db, [clearance], self.rt.clock))

    def pull_data(self, vin: str) -> VehicleData:
        """The latest vehicle data of an approved VIN; the odometer and its time are stored."""
        vin = rules.normalize_vin(vin)
        try:
            data = self.client().vehicle_data(vin)
        except Rejected as exc:
            if exc.status == 403:
                raise Rejected(
                    f"{vin} has no active clearance: vehicle data is only available while it is approved", 403
                ) from exc
            raise
        self.rt.store.write(lambda db: hs.record_reading(db, data, self.rt.clock))
        return data

    def pull_due(self, limit: int = 20) -> int:
        """Pull vehicle data of approved VINs not pulled for a while; returns how many."""
        every = float(self.rt.config.settings.get(DATA_SECONDS) or 300)
        before = utc_iso(self.rt.clock.now() - timedelta(seconds=every))
        done = 0
        for vin in self.rt.store.read(lambda db: hs.due_for_data(db, before, limit)):
            try:
                self.pull_data(vin)
                done += 1
            except Rejected as exc:  # consent ended since the last poll: the next poll shows it
                log.info("vehicle data of %s not available: %s", vin, exc.message)
                self.rt.store.write(
                    lambda db, v=vin: db.execute(
                        "UPDATE hm_vehicles SET data_pulled_at = ? WHERE vin = ?",
                        [utc_iso(self.rt.clock.now()), v],
                    )
                )
        return done

    def fill_eligibility(self, limit: int = 10) -> int:
        """Check eligibility of stored VINs that have no answer yet; returns how many."""
        pairs = self.rt.store.read(lambda db: hs.needs_eligibility(db, rules.ELIGIBILITY_BRANDS, limit))
        return len(self.check_many(pairs, raise_unreachable=True)) if pairs else 0

    def enrich(self, *, eligibility_limit: int = 10, data_limit: int = 20) -> dict[str, int]:
        """The optional lookups after a status poll: eligibility answers and vehicle data.

        Each is an enrichment: when it fails (no permission, signed out of that API, an error
        or a bad answer) its columns stay empty, ``enrichment_notes`` says why, and the other
        lookup and the clearance list go on. Returns how many of each were done."""
        done: dict[str, int] = {}
        wait = 0.0
        for name, run in (
            ("eligibility", lambda: self.fill_eligibility(eligibility_limit)),
            ("vehicle data", lambda: self.pull_due(data_limit)),
        ):
            try:
                done[name] = run()
                self.enrichment_notes.pop(name, None)
            except NotConfigured:
                raise
            except FleetDeskError as exc:
                done[name] = 0
                self.enrichment_notes[name] = f"{name} not loaded, its columns stay empty: {exc}"
                log.info("High Mobility %s lookup failed: %s", name, exc)
                if isinstance(exc, TransientError) and exc.server_asked_wait:
                    wait = max(wait, float(exc.retry_after or 0.0))
        if wait:
            self._enrich_paused_until = self.rt.clock.monotonic() + wait
        return done

    def notes(self) -> list[str]:
        """Why optional columns are empty (for the CLI, ``sync`` and the tab)."""
        return list(self.enrichment_notes.values())

    # -- schedule ---------------------------------------------------------------------------
    def background_step(self) -> float:
        """One turn of the GUI's pump: poll statuses when due, fill eligibility, pull data.
        Returns the seconds until it wants to run again (short: it only polls when due)."""
        if not self.is_configured()[0]:
            return 60.0
        now = self.rt.clock.monotonic()
        if now < self._paused_until:
            return self._paused_until - now
        moving = self.rt.store.read(hs.in_progress) > 0
        try:
            if self._last_poll is None or now - self._last_poll >= self.poll_interval(moving):
                self.poll_statuses()
            if now >= self._enrich_paused_until:
                self.enrich()  # never raises for an optional lookup (see enrich)
        except TransientError as exc:
            # at least a minute, and as long as the server asked (Retry-After; the HTTP layer
            # already capped an absurd value)
            wait = max(60.0, float(exc.retry_after or 0.0) if exc.server_asked_wait else 0.0)
            log.info("High Mobility poll deferred for %.0f s: %s", wait, exc)
            self._paused_until = now + wait
            return wait
        except (AuthExpired, NotConfigured, Rejected) as exc:
            log.info("High Mobility poll refused: %s", exc)
            self.forget_credentials()
            self._paused_until = now + 300.0
            return 300.0
        return min(5.0, self.poll_interval(True))

    def sync(self) -> dict:
        """``fleetdesk sync``: poll statuses, fill eligibility, pull due vehicle data (the last
        two are optional: a failure leaves their columns empty with a note)."""
        changes = self.poll_statuses()
        done = self.enrich(eligibility_limit=50, data_limit=200)
        checked, pulled = done["eligibility"], done["vehicle data"]
        note = "; ".join(self.notes()) or None
        counts: dict[str, int] = {}
        for row in self.rt.store.read(hs.list_vehicles):
            counts[row.state] = counts.get(row.state, 0) + 1
        return {
            "changes": [c.__dict__ for c in changes],
            "counts": counts,
            "eligibility_checked": checked,
            "data_pulled": pulled,
            "note": note,
            "notes": self.notes(),
        }
