"""The Car-Pass workflow (Qt-free): prechecks, submit, correct, confirm, history import.

Every reading is stored and put in the outbox in ONE transaction, after the prechecks ran on
the same connection (so two quick submissions cannot both pass the duplicate check), and
before anything is sent. Sending, status polling and VHR downloads happen in the outbox
handlers (``handlers``) and the poller (``poller``), off the UI thread.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Collection
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from fleetdesk.carpass import store as st
from fleetdesk.carpass import workflow as wf
from fleetdesk.carpass.history import StoreHistory, brussels_today
from fleetdesk.carpass.models import Observation, ObservationType, format_wire_date
from fleetdesk.carpass.prechecks import (
    Finding,
    ReadingEntry,
    Severity,
    can_send,
    in_maintenance_window,
    maintenance_window_end,
    precheck,
)
from fleetdesk.carpass.settings import SERVICE, Account, Rules, load_account, load_rules, message_language
from fleetdesk.core.clock import utc_iso
from fleetdesk.core.errors import BadInput, NotConfigured, ServerError
from fleetdesk.store import outbox as ob

if TYPE_CHECKING:  # the HTTP client (requests) is imported when first needed, not with the tab
    from fleetdesk.carpass.client import CarPassClient

KIND_OBSERVATION = "carpass.observation"
KIND_CORRECTION = "carpass.correction"
KIND_CONFIRM = "carpass.confirm"
ACCOUNT_TTL = 10.0  # s: keyring reads are slow on some systems; 500 sends need not repeat them


class MaintenanceWindow(ServerError):
    """Car-Pass production is down for maintenance (Thursday 19:00-24:00 Brussels): wait."""


@dataclass
class SubmitResult:
    """What happened to an entry: queued (with its reading id) or held back, and why."""

    findings: list[Finding]
    reading_id: int | None = None
    outbox_id: int | None = None
    not_before: datetime | None = None
    unacknowledged: list[str] = field(default_factory=list)

    @property
    def queued(self) -> bool:
        return self.reading_id is not None

    @property
    def sendable(self) -> bool:
        return can_send(self.findings)

    def as_dict(self) -> dict:
        return {
            "queued": self.queued,
            "sendable": self.sendable,
            "reading_id": self.reading_id,
            "not_before": utc_iso(self.not_before) if self.not_before else None,
            "unacknowledged_warnings": self.unacknowledged,
            "findings": [
                {"code": f.code, "severity": f.severity.value, "message": f.message} for f in self.findings
            ],
        }


def _acknowledged(acknowledge: bool | Collection[str], findings: list[Finding]) -> list[str]:
    """Warning codes the user has not acknowledged yet."""
    warnings = [f.code for f in findings if f.severity is Severity.WARNING]
    if acknowledge is True:
        return []
    return [c for c in warnings if c not in set(acknowledge or ())]


class CarPassService:
    """One per runtime (``rt.services['carpass']``); thread-safe."""

    def __init__(self, rt):
        self.rt = rt
        self.store, self.clock, self.config = rt.store, rt.clock, rt.config
        self._lock = threading.Lock()
        self._client: CarPassClient | None = None
        self._client_key: tuple | None = None
        self._account: Account | None = None
        self._creds: tuple[str | None, str | None] = (None, None)
        self._account_at = 0.0

    # -- configuration ------------------------------------------------------------------
    def account(self, *, refresh: bool = False) -> Account:
        """Blocking (keyring); cached for a few seconds."""
        with self._lock:
            if refresh or self._account is None or time.monotonic() - self._account_at > ACCOUNT_TTL:
                creds = self.rt.credentials
                self._account = load_account(self.config, creds)
                self._creds = (creds.get(SERVICE, "username"), creds.get(SERVICE, "password"))
                self._account_at = time.monotonic()
            return self._account

    def invalidate(self) -> None:
        """Forget the cached account and client (after the user changed credentials)."""
        with self._lock:
            self._account = None
            old, self._client, self._client_key = self._client, None, None
        if old is not None:
            old.close()

    def rules(self) -> Rules:
        return load_rules(self.config)

    def language(self) -> str:
        return message_language(self.config)

    def client(self) -> CarPassClient:
        """The HTTP client for the configured account; NotConfigured if credentials lack."""
        self.account()
        username, password = self._creds
        if not username or not password:
            raise NotConfigured(
                "Car-Pass: enter the username (establishment number) and the "
                "password in the Car-Pass tab, Account"
            )
        key = (self.config.base_url(SERVICE), username, password)
        with self._lock:
            if self._client is None or self._client_key != key:
                if self._client is not None:
                    self._client.close()
                from fleetdesk.carpass.client import CarPassClient

                self._client = CarPassClient(key[0], username, password, monitor=self.rt.monitor)
                self._client_key = key
            return self._client

    def close(self) -> None:
        """Close the HTTP connections (tests, CLI); the service stays usable."""
        with self._lock:
            old, self._client, self._client_key = self._client, None, None
        if old is not None:
            old.close()

    # -- the maintenance window ---------------------------------------------------------
    def window_applies(self) -> bool:
        """The window is production's; the beta environment has none."""
        return self.config.environment(SERVICE) != "beta"

    def window_end(self, now: datetime | None = None) -> datetime | None:
        """When the current maintenance window ends, or None if not in one."""
        now = now or self.clock.now()
        if self.window_applies() and in_maintenance_window(now):
            return maintenance_window_end(now)
        return None

    def check_window(self) -> None:
        end = self.window_end()
        if end is not None:
            raise MaintenanceWindow(
                "Car-Pass maintenance window (Thursday 19:00-24:00); queued until it ends",
                503,
                (end - self.clock.now()).total_seconds() + 1,
            )

    # -- prechecks ----------------------------------------------------------------------
    def history(self, db, exclude_id: int | None = None) -> StoreHistory:
        rules = self.rules()
        history = StoreHistory.at(
            db, self.clock, km_per_day_limit=rules.km_per_day, rules=rules.exclusions, exclude_id=exclude_id
        )
        history.in_maintenance_window = self.window_end() is not None
        return history

    def precheck(
        self, entry: ReadingEntry, *, exclude_id: int | None = None, language: str | None = None
    ) -> list[Finding]:
        """Every finding for ``entry`` (reads only; safe from any thread but the UI's)."""
        lang = language or self.language()
        return self.store.read(lambda db: precheck(entry, self.history(db, exclude_id), lang))

    def today(self) -> date:
        return brussels_today(self.clock)

    # -- submit -------------------------------------------------------------------------
    def submit(
        self,
        entry: ReadingEntry,
        *,
        acknowledge: bool | Collection[str] = (),
        work_description: str | None = None,
        unifier: int | None = None,
        first_use_date: date | None = None,
        language: str | None = None,
    ) -> SubmitResult:
        """Precheck, then store the reading and queue it in one transaction. Nothing is
        stored when a finding is an error or a warning was not acknowledged."""
        lang = language or self.language()
        account = self.account()

        def tx(db) -> SubmitResult:
            findings = precheck(entry, self.history(db), lang)
            result = SubmitResult(findings)
            if not can_send(findings):
                return result
            result.unacknowledged = _acknowledged(acknowledge, findings)
            if result.unacknowledged:
                return result
            now = self.clock.now()
            plate = entry.plate_key if not entry.vin_key else None
            row: dict[str, Any] = {
                "vin": entry.vin_key,
                "plate": plate,
                "plate_key": st.plate_key(plate),
                "reading_date": entry.reading_date.isoformat(),
                "odometer": int(entry.odometer_text),
                "observation_type": ObservationType(entry.observation_type).value,
                "unifier": unifier,
                "first_use_date": first_use_date.isoformat() if first_use_date else None,
                "enterprise": account.enterprise,
                "establishment": account.entered_organisation,
                "work_description": (work_description or "").strip() or None,
                "operation_kind": entry.operation_kind,
                "origin": "entry",
                "state": st.QUEUED,
                "acknowledged": wf.dumps(
                    sorted({f.code for f in findings if f.severity is Severity.WARNING})
                ),
                "created_at": utc_iso(now),
                "updated_at": utc_iso(now),
                **st.created_by(),
            }
            reading_id = db[st.TABLE].insert(row).last_pk
            if entry.vehicle_category or entry.plate_country:
                st.upsert_vehicle(
                    db,
                    vin=entry.vin_key,
                    plate=plate,
                    category=entry.vehicle_category,
                    plate_country=entry.plate_country,
                )
            result.reading_id = reading_id
            result.not_before = self.window_end(now)
            result.outbox_id = ob.enqueue(
                db,
                service=SERVICE,
                kind=KIND_OBSERVATION,
                payload={"reading_id": reading_id},
                label=reading_label(row),
                clock=self.clock,
                idempotency_key=ob.new_key(f"{KIND_OBSERVATION}:{reading_id}:"),
                work_date=row["reading_date"],
                entity_table=st.TABLE,
                entity_id=reading_id,
                not_before=result.not_before,
            )
            return result

        return self.store.write(tx)

    # -- issues -------------------------------------------------------------------------
    def _issue_reading(self, db, reading_id: int) -> st.Reading:
        reading = st.get_reading(db, reading_id)
        if reading is None:
            raise BadInput("reading", f"no Car-Pass reading {reading_id}")
        if reading.state != st.ISSUE:
            raise BadInput(
                "state",
                f"Car-Pass accepts a correction or a confirm only while the "
                f"reading has an open issue; it is {reading.state}",
            )
        return reading

    def correct(
        self,
        reading_id: int,
        *,
        vin: str | None = None,
        plate: str | None = None,
        km: int | str | None = None,
        reading_date: date | None = None,
        unifier: int | None = None,
        first_use_date: date | None = None,
        acknowledge: bool | Collection[str] = (),
        language: str | None = None,
    ) -> SubmitResult:
        """Queue a correction (new VIN, km and/or date) for a reading with issues. The local
        history takes the corrected values now; they are restored if Car-Pass refuses."""
        lang = language or self.language()

        def tx(db) -> SubmitResult:
            reading = self._issue_reading(db, reading_id)
            new_vin = (vin or "").strip().upper() or (None if plate else reading.vin)
            new_plate = (plate or "").strip().upper() or (None if vin else reading.plate)
            entry = ReadingEntry(
                str(km if km is not None else reading.odometer).strip(),
                reading_date or reading.day,
                ObservationType(reading.observation_type),
                new_vin or "",
                new_plate or "",
                operation_kind=reading.operation_kind,
            )
            findings = precheck(entry, self.history(db, exclude_id=reading_id), lang)
            result = SubmitResult(findings)
            if not can_send(findings):
                return result
            previous = wf.snapshot(reading)
            values: dict[str, Any] = {
                "vin": new_vin,
                "plate": new_plate,
                "plate_key": st.plate_key(new_plate),
                "reading_date": entry.reading_date.isoformat(),
                "odometer": int(entry.odometer_text),
                "unifier": unifier if unifier is not None else reading.unifier,
                "first_use_date": (first_use_date.isoformat() if first_use_date else reading.first_use_date),
            }
            if values == {k: previous[k] for k in values}:
                raise BadInput(
                    "odometerReading", "nothing was changed; if the data is right, confirm it instead"
                )
            result.unacknowledged = _acknowledged(acknowledge, findings)
            if result.unacknowledged:
                return result
            now = self.clock.now()
            db.execute(
                f"UPDATE {st.TABLE} SET "
                + ", ".join(f"{k} = ?" for k in values)
                + ", original = COALESCE(original, ?), state = ?, last_error = NULL, "
                "updated_at = ? WHERE id = ?",
                [*values.values(), wf.dumps(previous), st.CORRECTING, utc_iso(now), reading_id],
            )
            self._resolving(db, reading_id)
            result.reading_id = reading_id
            result.outbox_id = ob.enqueue(
                db,
                service=SERVICE,
                kind=KIND_CORRECTION,
                clock=self.clock,
                payload={"reading_id": reading_id, "parent_guid": reading.request_guid, "previous": previous},
                label="Correction of " + reading_label({**previous, **values}),
                idempotency_key=ob.new_key(f"{KIND_CORRECTION}:{reading.request_guid}:"),
                work_date=values["reading_date"],
                entity_table=st.TABLE,
                entity_id=reading_id,
                not_before=self.window_end(now),
            )
            return result

        return self.store.write(tx)

    def confirm(self, reading_id: int) -> int:
        """Queue a confirm: the data as sent is right. It cannot be undone (the UI warns)."""

        def tx(db) -> int:
            reading = self._issue_reading(db, reading_id)
            now = self.clock.now()
            db.execute(
                f"UPDATE {st.TABLE} SET state = ?, last_error = NULL, updated_at = ? WHERE id = ?",
                [st.CONFIRMING, utc_iso(now), reading_id],
            )
            self._resolving(db, reading_id)
            return ob.enqueue(
                db,
                service=SERVICE,
                kind=KIND_CONFIRM,
                clock=self.clock,
                payload={"reading_id": reading_id, "parent_guid": reading.request_guid},
                label="Confirmation of " + reading_label(reading.__dict__),
                idempotency_key=ob.new_key(f"{KIND_CONFIRM}:{reading.request_guid}:"),
                work_date=reading.reading_date,
                entity_table=st.TABLE,
                entity_id=reading_id,
                not_before=self.window_end(now),
            )

        return self.store.write(tx)

    @staticmethod
    def _resolving(db, reading_id: int) -> None:
        db.execute(
            "UPDATE carpass_issues SET state = ? WHERE reading_id = ? AND state = ?",
            [st.RESOLVING, reading_id, st.OPEN],
        )

    # -- wire -----------------------------------------------------------------------------
    def observation_for(self, reading: st.Reading) -> Observation:
        """The wire observation for a stored reading; NotConfigured without an enterprise."""
        account = self.account()
        enterprise = reading.enterprise or account.enterprise
        entered = reading.establishment or account.entered_organisation
        if not enterprise or not entered:
            raise NotConfigured(
                "Car-Pass: enter the enterprise number (VAT) and the "
                "establishment number in the Car-Pass tab, Account"
            )
        return Observation(
            reading_date=reading.day,
            odometer=reading.odometer,
            observation_type=ObservationType(reading.observation_type),
            enterprise_organisation=enterprise,
            entered_organisation=entered,
            vin=reading.vin,
            license_plate=reading.plate if not reading.vin else None,
            unifier=reading.unifier,
            first_use_date=date.fromisoformat(reading.first_use_date) if reading.first_use_date else None,
            work_description=reading.work_description,
        )

    def record_outcome(self, guid_or_id: str, found: str, note: str | None = None) -> st.Reading:
        """Defect 1: what the user found in the Car-Pass portal for a reading 'sent earlier,
        outcome unknown' (``found``: registered / not_registered). BadInput names the field."""
        reading = self.find(guid_or_id)
        found = (found or "").strip().lower().replace("-", "_")
        if found not in (st.OUTCOME_REGISTERED, st.OUTCOME_NOT_REGISTERED):
            raise BadInput("found", "registered or not-registered")
        if reading.state != st.OUTCOME_UNKNOWN:
            raise BadInput(
                "requestGuid", f"this reading is not 'sent earlier, outcome unknown' (it is {reading.state})"
            )
        now = self.clock.now()
        return self.store.write(lambda db: wf.record_outcome(db, reading.id, now, found, note))

    def find(self, guid_or_id: str) -> st.Reading:
        """A reading by any requestGuid of its chain, or by its local number."""
        text = str(guid_or_id).strip()
        reading = self.store.read(
            lambda db: st.get_reading(db, int(text)) if text.isdigit() else st.reading_by_guid(db, text)
        )
        if reading is None:
            raise BadInput("requestGuid", f"no Car-Pass reading with {text!r}")
        return reading


def reading_label(row: dict) -> str:
    """'Reading 1-ABC-123 · 177,300 km · 23/11/2026' (English: the outbox label)."""
    day = row["reading_date"]
    day_text = format_wire_date(date.fromisoformat(day)) if isinstance(day, str) else day
    what = (
        "VHR request"
        if row.get("observation_type") == ObservationType.VEHICLE_HISTORY_DOCUMENT.value
        else "Reading"
    )
    return f"{what} {row.get('vin') or row.get('plate')} · {int(row['odometer']):,} km · {day_text}"
