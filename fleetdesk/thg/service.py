"""The THG workflow without Qt: what the tab and the command line ask for.

Every write to the service goes through the outbox (one transaction stores the domain row and
the outbox item): uploads, reference edits (PATCH), UBA requests and their withdrawal,
registrants. Reading (sync, listing, export) calls the client directly.

Uploads: the document is checked locally first (``filecheck``), then copied into the data
directory, so the upload survives the user moving or deleting the original. Each upload gets a
unique key; when the user leaves customer reference 3 empty it carries that key
(``FDU-…``), which lets a resend after a cold start look the vehicle up instead of creating a
second one (see ``handlers.UploadHandler``).
"""

from __future__ import annotations

import hashlib
import json
import re
import threading
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime, time, timedelta
from pathlib import Path

from fleetdesk.core.clock import utc_iso
from fleetdesk.core.config import atomic_write_bytes
from fleetdesk.core.errors import BadInput
from fleetdesk.store import outbox as ob
from fleetdesk.store.files import store_in
from fleetdesk.thg import store as ts
from fleetdesk.thg.account import ThgAccount
from fleetdesk.thg.client import REFERENCE_FIELDS, ThgClient
from fleetdesk.thg.filecheck import check_document
from fleetdesk.thg.ramp import Ramp, RampSettings

SERVICE = "thg"
K_UPLOAD, K_PATCH, K_UBA, K_UBA_DELETE, K_REGISTRANT = (
    "thg.upload",
    "thg.patch",
    "thg.uba_request",
    "thg.uba_delete",
    "thg.registrant",
)
AUTO_REF_RX = re.compile(r"FDU-[0-9a-f]{12}")
WITHDRAWAL_DAYS = 14  # the legal revocation period (Widerrufsfrist)
HOLD_BUFFER_DAYS = 7  # the vendor asks for a buffer on top of it
_LOCK = threading.Lock()


def auto_reference(key: str) -> str:
    return f"FDU-{key[:12]}"


def is_auto_reference(value: str) -> bool:
    return bool(AUTO_REF_RX.fullmatch(value or ""))


def default_hold(now: datetime, days: int = WITHDRAWAL_DAYS + HOLD_BUFFER_DAYS) -> datetime:
    """The withdrawal period plus a buffer, rounded up to the next midnight UTC."""
    day = (now.astimezone(UTC) + timedelta(days=days)).date() + timedelta(days=1)
    return datetime.combine(day, time(0, 0), tzinfo=UTC)


@dataclass
class QueuedUploads:
    queued: list[int] = field(default_factory=list)  # thg_uploads ids
    refused: list[tuple[str, str]] = field(default_factory=list)  # (file, why)


class ThgService:
    """One per runtime (``ThgService.of(rt)``); thread-safe."""

    def __init__(
        self,
        rt,
        *,
        account: ThgAccount | None = None,
        ramp: RampSettings | None = None,
        lookup_grace: float = 2.0,
    ):
        self.rt = rt
        self.account = account or ThgAccount(rt)
        if ramp is None:  # settings, so a test or a patient admin can tune the pacing
            get = rt.config.settings.get
            ramp = RampSettings(
                first_gap=float(get("thg.ramp_first_gap", 2.0)), min_gap=float(get("thg.ramp_min_gap", 0.2))
            )
        self.ramp = Ramp(rt.clock, ramp)
        self.lookup_grace = lookup_grace  # real seconds between two look-ups after a timeout
        self._client: ThgClient | None = None
        self._lock = threading.Lock()
        self.sync_lock = threading.Lock()

    @classmethod
    def of(cls, rt) -> ThgService:
        with _LOCK:
            svc = rt.services.get(SERVICE)
            if svc is None:
                svc = rt.services[SERVICE] = cls(rt)
            return svc

    # -- client --------------------------------------------------------------------------------
    @property
    def no_answer_seconds(self) -> float:
        """How long to wait for an answer before treating it as a cold start (vendor: 30 s)."""
        default = 4.0 if self.rt.config.demo else 30.0
        return float(self.rt.config.settings.get("thg.no_answer_seconds", default))

    def client(self) -> ThgClient:
        with self._lock:
            if self._client is None:
                self._client = ThgClient(
                    self.rt.config.base_url("thg"),
                    self.account.access_token,
                    renew=self.account.refresh,
                    monitor=self.rt.monitor,
                    timeout=(5.0, self.no_answer_seconds),
                )
            return self._client

    def close(self) -> None:
        with self._lock:
            if self._client is not None:
                self._client.close()
                self._client = None
        self.account.close()

    def retry_waiting_for_sign_in(self) -> int:
        """After a sign-in: what waited for it is due now, not after its five-minute pause."""

        def tx(db):
            waiting = [
                i
                for i in ob.items(db, states=[ob.QUEUED], service=SERVICE)
                if (i.last_error or "").startswith("Sign-in needed")
            ]
            for item in waiting:
                ob.retry_now(db, item.id, self.rt.clock)
            return len(waiting)

        return self.rt.store.write(tx)

    def documents_dir(self) -> Path:
        return self.rt.config.subdir("thg/documents")

    # -- uploads ----------------------------------------------------------------------------------
    def queue_uploads(
        self,
        files: Iterable[Path | str],
        *,
        registrant_id: int,
        refs: tuple[str, str, str] = ("", "", ""),
        ref1_from_name: bool = False,
        batch: str | None = None,
        resubmit_of: int | None = None,
    ) -> QueuedUploads:
        """Check each file, keep a copy, queue its upload; refused files say why."""
        self._check_registrant(registrant_id)
        r1, r2, r3 = ((r or "").strip() for r in (tuple(refs) + ("", "", ""))[:3])
        refs = (r1, r2, r3)
        for name, value in zip(REFERENCE_FIELDS, refs):
            if len(value) > 255:
                raise BadInput(name, "at most 255 characters")
        result, rows, contents = QueuedUploads(), [], []
        now = utc_iso(self.rt.clock.now())
        for file in files:
            path = Path(file)
            try:
                content = path.read_bytes()
            except OSError as exc:
                result.refused.append((str(path), f"The file cannot be read: {exc.strerror or exc}"))
                continue
            check = check_document(content)
            if not check.ok or check.kind is None:  # ok: the kind is known
                result.refused.append((str(path), check.describe()))
                continue
            key = uuid.uuid4().hex[:16]
            stored = self.documents_dir() / f"{key}.{check.kind.extension}"
            atomic_write_bytes(stored, content)
            mine = list(refs)
            if ref1_from_name and not mine[0]:
                mine[0] = path.stem[:255]
            if not mine[2]:
                mine[2] = auto_reference(key)
            rows.append(
                {
                    "upload_key": key,
                    "batch": batch,
                    "file_name": path.name,
                    "stored_path": str(stored),
                    "sha256": hashlib.sha256(content).hexdigest(),
                    "size": len(content),
                    "kind": check.kind.name,
                    "registrant_id": registrant_id,
                    "customer_reference1": mine[0],
                    "customer_reference2": mine[1],
                    "customer_reference3": mine[2],
                    "state": ts.U_QUEUED,
                    "resubmit_of": resubmit_of,
                    "created_at": now,
                }
            )
            contents.append(content)

        def tx(db):
            ids = []
            for row, content in zip(rows, contents, strict=True):
                # team mode: the document's bytes with its row (docs/team-mode.md §6)
                store_in(db, content, sha256=row["sha256"], now=now)
                upload_id = db["thg_uploads"].insert({**row, **ob.created_by()}).last_pk
                refs3 = [row[f] for f in REFERENCE_FIELDS]
                ob.enqueue(
                    db,
                    service=SERVICE,
                    kind=K_UPLOAD,
                    payload={
                        "upload_id": upload_id,
                        "file": row["stored_path"],
                        "file_name": row["file_name"],
                        "sha256": row["sha256"],
                        "registrant_id": registrant_id,
                        "refs": refs3,
                        "unique_ref": is_auto_reference(refs3[2]),
                    },
                    label=f"THG upload {row['file_name']}" + (f" ({refs3[0]})" if refs3[0] else ""),
                    clock=self.rt.clock,
                    idempotency_key=f"{K_UPLOAD}:{row['upload_key']}",
                    work_date=self.rt.clock.today().isoformat(),
                    entity_table="thg_uploads",
                    entity_id=upload_id,
                )
                ids.append(upload_id)
            return ids

        result.queued = self.rt.store.write(tx) if rows else []
        return result

    def resubmit(self, vehicle_id: int, file: Path | str) -> QueuedUploads:
        """ "Submit again": vehicles cannot be deleted, so a new vehicle with the same references."""
        old = self.rt.store.read(lambda db: ts.vehicle(db, vehicle_id))
        if old is None:
            raise BadInput("vehicle", f"vehicle {vehicle_id} is not known here; sync first")
        refs = [old[f] for f in REFERENCE_FIELDS]
        if is_auto_reference(refs[2]):
            refs[2] = ""
        registrant = old["registrant_id"] or self.default_registrant()
        return self.queue_uploads([file], registrant_id=registrant, refs=tuple(refs), resubmit_of=vehicle_id)

    def refresh_registrants(self) -> list[dict]:
        """Fetch the registrants from the service into the store (blocking)."""
        found = self.client().registrants()

        def write(db) -> None:
            for r in found:
                ts.upsert_registrant(db, r)

        self.rt.store.write(write)
        return self.rt.store.read(ts.registrants)

    def default_registrant(self) -> int:
        """The registrant setting, else the only one known; BadInput if it is ambiguous."""
        chosen = self.rt.config.settings.get("thg.default_registrant")
        if chosen:
            return int(chosen)
        known = [r["remote_id"] for r in self.rt.store.read(ts.registrants) if r["remote_id"]]
        if len(known) == 1:
            return known[0]
        raise BadInput(
            "registrant",
            "choose the registrant (person or organisation) the vehicles "
            "belong to"
            + (f"; known: {', '.join(map(str, known))}" if known else "; none is known yet: sync or add one"),
        )

    def _check_registrant(self, registrant_id: int) -> None:
        known = {r["remote_id"] for r in self.rt.store.read(ts.registrants) if r["remote_id"]}
        if known and registrant_id not in known:
            raise BadInput(
                "registrant",
                f"registrant {registrant_id} is not known; known: {', '.join(map(str, sorted(known)))}",
            )

    # -- references ----------------------------------------------------------------------------------
    def queue_reference_edit(self, vehicle_id: int, changes: dict[str, str]) -> int:
        """Queue a PATCH of customer references (the only thing a vehicle lets you change)."""
        for name, value in changes.items():
            if name not in REFERENCE_FIELDS:
                raise BadInput(name, "only customer_reference1..3 of a vehicle can be changed")
            if len(value) > 255:
                raise BadInput(name, "at most 255 characters")

        def tx(db):
            row = ts.vehicle(db, vehicle_id)
            if row is None:
                raise BadInput("vehicle", f"vehicle {vehicle_id} is not known here; sync first")
            pending = json.loads(row["pending_refs"] or "{}")
            pending.update(changes)
            ts.set_pending_refs(db, vehicle_id, pending)
            label = ", ".join(f"{k[-1:]}={v!r}" for k, v in changes.items())
            return ob.enqueue(
                db,
                service=SERVICE,
                kind=K_PATCH,
                payload={"vehicle_id": vehicle_id, "changes": changes},
                label=f"THG references of vehicle {row['customer_reference1'] or vehicle_id}: {label}",
                clock=self.rt.clock,
                entity_table="thg_vehicles",
                entity_id=vehicle_id,
            )

        return self.rt.store.write(tx)

    # -- UBA requests -------------------------------------------------------------------------------
    def queue_uba_request(self, vehicle_id: int, year: int, ready_for_uba: datetime | None = None) -> int:
        """Queue a UBA request; the hold can be set only now, never changed later."""
        now = self.rt.clock.now()
        if not 2022 <= year <= now.year + 1:
            raise BadInput("year", f"between 2022 and {now.year + 1}")
        if ready_for_uba is not None:
            if ready_for_uba.tzinfo is None:
                raise BadInput("ready_for_uba", "give a UTC time (with a trailing Z)")
            if ready_for_uba <= now:
                raise BadInput("ready_for_uba", "a hold must lie in the future")

        def tx(db):
            vehicle = ts.vehicle(db, vehicle_id)
            if vehicle is None:
                raise BadInput("vehicle", f"vehicle {vehicle_id} is not known here; sync first")
            # The documented failures are final (not_verified_*); a status the docs do not list
            # yet is left to the service to judge.
            if (vehicle["status"] or "").startswith("not_verified"):
                raise BadInput(
                    "vehicle",
                    f"vehicle {vehicle_id} was not verified "
                    f"({vehicle['status']}); it is not eligible for the quota",
                )
            if ts.live_uba_request(db, vehicle_id, year) is not None:
                raise BadInput("year", f"vehicle {vehicle_id} already has a UBA request for {year}")
            hold = utc_iso(ready_for_uba) if ready_for_uba else None
            local = (
                db["thg_uba_requests"]
                .insert(
                    {
                        "vehicle_id": vehicle_id,
                        "year": year,
                        "state": ts.R_QUEUED,
                        "ready_for_uba": ts._iso(ready_for_uba) if ready_for_uba else None,
                        "updated_at": utc_iso(now),
                        **ob.created_by(),
                    }
                )
                .last_pk
            )
            name = vehicle["customer_reference1"] or vehicle["vin"] or f"#{vehicle_id}"
            ob.enqueue(
                db,
                service=SERVICE,
                kind=K_UBA,
                payload={"request_id": local, "vehicle_id": vehicle_id, "year": year, "ready_for_uba": hold},
                label=f"THG UBA request {name} {year}" + (" (on hold)" if hold else ""),
                clock=self.rt.clock,
                entity_table="thg_uba_requests",
                entity_id=local,
            )
            return local

        return self.rt.store.write(tx)

    def queue_uba_delete(self, request_id: int) -> str:
        """Withdraw a UBA request while it is not sent: 'discarded' (never left FleetDesk),
        'queued' (a DELETE is queued); BadInput once it was sent."""

        def tx(db):
            rows = ts.rows(db, "SELECT * FROM thg_uba_requests WHERE id = ?", [request_id])
            if not rows:
                raise BadInput("request", f"no UBA request {request_id}")
            row = rows[0]
            if row["sent"]:
                raise BadInput(
                    "request", "this request was already sent to the UBA and can no longer be withdrawn"
                )
            if row["state"] in (ts.R_DELETED, ts.R_REMOVED, ts.R_DELETING):
                return "already"
            pending = [
                i
                for i in ob.for_entity(db, "thg_uba_requests", request_id)
                if i.kind == K_UBA and i.state in (ob.QUEUED, ob.ATTENTION)
            ]
            if row["remote_id"] is None and pending:
                for item in pending:
                    ob.discard(db, item.id, self.rt.clock)
                db.execute(
                    "UPDATE thg_uba_requests SET state = ?, updated_at = ? WHERE id = ?",
                    [ts.R_DELETED, utc_iso(self.rt.clock.now()), request_id],
                )
                return "discarded"
            db.execute(
                "UPDATE thg_uba_requests SET state = ?, updated_at = ? WHERE id = ?",
                [ts.R_DELETING, utc_iso(self.rt.clock.now()), request_id],
            )
            ob.enqueue(
                db,
                service=SERVICE,
                kind=K_UBA_DELETE,
                payload={"request_id": request_id, "remote_id": row["remote_id"]},
                label=f"THG withdraw UBA request {row['remote_id'] or request_id} ({row['year']})",
                clock=self.rt.clock,
                entity_table="thg_uba_requests",
                entity_id=request_id,
            )
            return "queued"

        return self.rt.store.write(tx)

    # -- registrants ----------------------------------------------------------------------------------
    def queue_registrant(self, data: dict[str, str]) -> int:
        """Queue a new registrant (person or organisation) after the obvious checks."""
        data = {k: (data.get(k) or "").strip() for k in ts.REGISTRANT_FIELDS}
        data["type"] = data["type"] or "organization"
        if data["type"] not in ("person", "organization"):
            raise BadInput("type", "person or organization")
        if not data["last_name_or_organization"]:
            raise BadInput(
                "last_name_or_organization", "the last name or the organisation's name is required"
            )
        if data["type"] == "person" and not data["first_name"]:
            raise BadInput("first_name", "a person needs a first name")
        if (
            data["postal_code"]
            and data["country"] in ("", "DE")
            and not re.fullmatch(r"\d{5}", data["postal_code"])
        ):
            raise BadInput("postal_code", "a German postal code has five digits")

        def tx(db):
            local = db["thg_registrants"].insert({**data, "state": "queued", **ob.created_by()}).last_pk
            name = " ".join(p for p in (data["first_name"], data["last_name_or_organization"]) if p)
            ob.enqueue(
                db,
                service=SERVICE,
                kind=K_REGISTRANT,
                payload={"registrant": local, **data},
                label=f"THG registrant {name}",
                clock=self.rt.clock,
                entity_table="thg_registrants",
                entity_id=local,
            )
            return local

        return self.rt.store.write(tx)
