"""Sends due outbox items through their handlers and decides each item's next step.

- success: the remote id is stored, and the handler's ``on_sent`` runs, in the one transaction
  that marks the item ``sent``;
- ``Offline`` / ``RateLimited`` / ``ServerError`` (and ``AuthExpired``, ``NotConfigured``): stays
  queued with ``next_attempt_at`` = Retry-After if the server gave one, else exponential backoff
  with jitter;
- ``Rejected`` (other 4xx): set aside as ``attention`` with the server's message;
- anything else (a bug): set aside too, so nothing is lost and the user sees it.

Before every send the item is claimed: marked ``sending`` with ``claimed_by`` (this dispatcher)
and ``lease_until``, in its own transaction (a compare-and-set: of several dispatchers on one
team database exactly one wins). Every outcome write is fenced by that claim. An item still
``sending`` whose claim is dead was interrupted: ``recover()`` (and, on a shared PostgreSQL
store, every pass) takes it over and lets its handler reconcile before anything is re-sent. On
SQLite one process owns the file, so at start-up every ``sending`` item is dead; on PostgreSQL a
claim is dead once its lease has passed (docs/team-mode.md §4).
"""

from __future__ import annotations

import logging
import os
import random
import socket
import threading
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from fleetdesk.core.clock import Clock, parse_utc, utc_iso
from fleetdesk.core.errors import (
    AuthExpired,
    NotConfigured,
    Offline,
    RateLimited,
    Rejected,
    ServerError,
    TransientError,
)
from fleetdesk.core.redact import redact
from fleetdesk.store import outbox as ob
from fleetdesk.store.db import Store
from fleetdesk.store.handlers import Handlers

log = logging.getLogger(__name__)


@dataclass
class DispatchReport:
    sent: list[int] = field(default_factory=list)
    queued: list[int] = field(default_factory=list)
    attention: list[int] = field(default_factory=list)
    skipped_services: dict[str, str] = field(default_factory=dict)
    #: after an explicit send: items still waiting, with until when and why (``Waiting``)
    waiting: list[Waiting] = field(default_factory=list)

    def merge(self, other: DispatchReport) -> None:
        self.sent += other.sent
        self.queued += other.queued
        self.attention += other.attention
        self.skipped_services.update(other.skipped_services)
        self.waiting += other.waiting


@dataclass
class Waiting:
    """A queued item that an explicit send left waiting, and why."""

    id: int
    service: str
    label: str
    until: datetime
    reason: str
    server_asked: bool

    def as_dict(self) -> dict:
        return {
            "id": self.id,
            "service": self.service,
            "label": self.label,
            "until": utc_iso(self.until),
            "reason": self.reason,
            "server_asked": self.server_asked,
        }


class Backoff:
    """Exponential backoff with full jitter between ``base`` and ``cap`` seconds."""

    def __init__(self, base: float = 5.0, cap: float = 3600.0, rng: random.Random | None = None):
        self.base, self.cap = base, cap
        self.rng = rng or random.Random()

    def delay(self, attempts: int, retry_after: float | None = None) -> float:
        if retry_after is not None and retry_after >= 0:
            # The server said when: never earlier, plus a little jitter so clients spread out.
            return retry_after + self.rng.uniform(0, min(1.0, retry_after * 0.1 + 0.1))
        ceiling = min(self.cap, self.base * (2 ** max(0, attempts - 1)))
        return self.rng.uniform(ceiling / 2, ceiling)


class Dispatcher:
    """Owns the send loop for all handlers; safe to call from worker threads."""

    #: how long a claim holds before another dispatcher may take it over (far longer than the
    #: HTTP deadline of one send)
    LEASE_SECONDS = 900.0

    def __init__(
        self,
        store: Store,
        handlers: Iterable[ob.OutboxHandler] | Handlers,
        clock: Clock | None = None,
        backoff: Backoff | None = None,
        *,
        lease_seconds: float | None = None,
        owner: str | None = None,
    ):
        self.store = store
        self.owner = owner or f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:8]}"
        self.lease_seconds = self.LEASE_SECONDS if lease_seconds is None else lease_seconds
        self.clock = clock or Clock()
        self.backoff = backoff or Backoff()
        self.handlers = handlers if isinstance(handlers, Handlers) else Handlers(handlers)
        self._lock = threading.Lock()  # one dispatch pass at a time
        self._last_error: str | None = None  # why the last requeue happened (for the pass report)

    def handler(self, kind: str) -> ob.OutboxHandler:
        try:
            return self.handlers[kind]
        except KeyError:
            raise KeyError(f"no outbox handler for {kind!r}; known: {sorted(self.handlers)}") from None

    # -- start-up and takeover -----------------------------------------------------------
    def recover(self, *, expired_only: bool | None = None) -> DispatchReport:
        """Resolve items left ``sending`` by a dead process: the handler asks the server or we
        re-send.

        On SQLite (one process owns the file) every ``sending`` item is dead at start-up; on a
        shared store only those whose lease has passed (``expired_only``). Each is taken over by
        compare-and-set on its old claim, so of several dispatchers one takes it. If the server
        cannot be asked now, the item waits with ``needs_check`` set, and the question is asked
        again before it is ever sent again.
        """
        if expired_only is None:
            expired_only = not getattr(self.store, "exclusive", True)
        report = DispatchReport()
        now = utc_iso(self.clock.now())
        sql = "SELECT * FROM outbox WHERE state = ?"
        args: list = [ob.SENDING]
        if expired_only:
            sql += " AND (lease_until IS NULL OR lease_until < ?)"
            args.append(now)
        stuck = self.store.read(
            lambda db: [ob.OutboxItem.from_row(r) for r in db.query(sql + " ORDER BY id", args)]
        )
        for item in stuck:
            if not self._take_over(item):
                continue  # another dispatcher took it first
            outcome = self._check(item)
            if outcome == "taken":
                continue
            if outcome == "queued":  # the server does not have it: due again now
                self._release(item, needs_check=0)
            getattr(report, outcome if outcome != "unknown" else "queued").append(item.id)
        return report

    def _lease_until(self) -> str:
        return utc_iso(self.clock.now() + timedelta(seconds=self.lease_seconds))

    def _take_over(self, item: ob.OutboxItem) -> bool:
        now = utc_iso(self.clock.now())
        took = self.store.write(
            lambda db: (
                db.execute(
                    "UPDATE outbox SET claimed_by = ?, lease_until = ?, needs_check = 1, updated_at = ?, "
                    "last_error = ? WHERE id = ? AND state = ? AND COALESCE(claimed_by, '') = ?",
                    [
                        self.owner,
                        self._lease_until(),
                        now,
                        "interrupted while sending; checking with the server",
                        item.id,
                        ob.SENDING,
                        item.claimed_by or "",
                    ],
                ).rowcount
            )
        )
        if took:
            item.claimed_by, item.needs_check = self.owner, 1
        return bool(took)

    def _check(self, item: ob.OutboxItem) -> str:
        """Under this dispatcher's claim, ask the handler whether an interrupted send arrived:
        'sent', 'queued' (it did not: send again, still claimed) or 'unknown' (could not ask:
        queued again with ``needs_check``); 'taken' if the claim was lost meanwhile."""
        handler = self.handlers.get(item.kind)
        if handler is None:
            self._release(item, needs_check=1)
            return "unknown"
        try:
            result = handler.reconcile(item)
        except Exception as exc:
            log.info("could not check outbox item %s yet: %s", item.id, redact(str(exc)))
            self._requeue(item, exc)
            return "unknown"
        if result is not None:
            return "sent" if self._mark_sent(item, handler, result) else "taken"
        kept = self.store.write(
            lambda db: (
                db.execute(
                    "UPDATE outbox SET needs_check = 0, last_error = NULL WHERE id = ? AND claimed_by = ?",
                    [item.id, self.owner],
                ).rowcount
            )
        )
        if not kept:
            return "taken"
        item.needs_check = 0
        return "queued"

    def _release(self, item: ob.OutboxItem, *, needs_check: int) -> None:
        """Give a claimed item back to the queue unchanged (due now)."""
        now = utc_iso(self.clock.now())
        self.store.write(
            lambda db: db.execute(
                "UPDATE outbox SET state = ?, needs_check = ?, lease_until = NULL, updated_at = ?, "
                "next_attempt_at = ? WHERE id = ? AND state = ? AND claimed_by = ?",
                [ob.QUEUED, needs_check, now, now, item.id, ob.SENDING, self.owner],
            )
        )

    # -- sending ------------------------------------------------------------------------
    def due(self, *, service: str | None = None, limit: int = 100) -> list[ob.OutboxItem]:
        now = utc_iso(self.clock.now())
        sql = "SELECT * FROM outbox WHERE state = ? AND next_attempt_at <= ?"
        args: list = [ob.QUEUED, now]
        if service:
            sql += " AND service = ?"
            args.append(service)
        sql += " ORDER BY next_attempt_at, id LIMIT ?"
        args.append(limit)
        return self.store.read(lambda db: [ob.OutboxItem.from_row(r) for r in db.query(sql, args)])

    def next_due_at(self) -> datetime | None:
        row = self.store.read(
            lambda db: db.execute(
                "SELECT MIN(next_attempt_at) FROM outbox WHERE state = ?", [ob.QUEUED]
            ).fetchone()
        )
        return parse_utc(row[0]) if row and row[0] else None

    def run_once(self, *, service: str | None = None, limit: int = 100) -> DispatchReport:
        """Send every due item once. A service that is offline is skipped for the rest of the pass.

        On a shared store the pass first takes over claims whose lease has passed; an item
        another dispatcher claimed first is left to it."""
        report = DispatchReport()
        with self._lock:
            if not getattr(self.store, "exclusive", True):
                report.merge(self.recover(expired_only=True))
            for item in self.due(service=service, limit=limit):
                if item.service in report.skipped_services:
                    continue
                outcome = self.send_one(item)
                if outcome == "taken":
                    continue
                getattr(report, outcome).append(item.id)
                if outcome == "queued":
                    report.skipped_services[item.service] = self._last_error or "retry later"
        return report

    def send_now(self, *, service: str | None = None, limit: int = 10_000) -> DispatchReport:
        """An explicit "Send now" / ``fleetdesk sync``: a person asks to try again.

        Every queued item is sent now, even one waiting out our own back-off (after a
        connection failure, a 409 "transition mode"); waits the server asked for (Retry-After,
        the Car-Pass maintenance window) are still honoured. ``report.waiting`` names what is
        still waiting afterwards, until when and why.
        """
        now = utc_iso(self.clock.now())
        sql = (
            "UPDATE outbox SET next_attempt_at = ? WHERE state = ? AND server_wait = 0 "
            "AND next_attempt_at > ?"
        )
        args: list = [now, ob.QUEUED, now]
        if service:
            sql += " AND service = ?"
            args.append(service)
        self.store.write(lambda db: db.execute(sql, args))
        report = self.run_once(service=service, limit=limit)
        report.waiting = self.waiting(service=service)
        return report

    def waiting(self, *, service: str | None = None) -> list[Waiting]:
        """Queued items not due yet, soonest first, with the reason they wait."""
        now = self.clock.now()
        sql = "SELECT * FROM outbox WHERE state = ? AND next_attempt_at > ?"
        args: list = [ob.QUEUED, utc_iso(now)]
        if service:
            sql += " AND service = ?"
            args.append(service)
        sql += " ORDER BY next_attempt_at, id"
        rows = self.store.read(lambda db: [ob.OutboxItem.from_row(r) for r in db.query(sql, args)])
        return [
            Waiting(
                i.id, i.service, i.label, parse_utc(i.next_attempt_at), _wait_reason(i), bool(i.server_wait)
            )
            for i in rows
        ]

    def send_one(self, item: ob.OutboxItem) -> str:
        """Send one item now; returns 'sent', 'queued', 'attention', or 'taken' when another
        dispatcher (or the user: discard, retry) changed it first."""
        handler = self.handlers.get(item.kind)
        if handler is None:
            why = self.handlers.errors.get(item.kind)
            message = f"FleetDesk has no sender for {item.kind!r}" + (f" (not loaded: {why})" if why else "")
            return self._set_aside(item, None, message, claimed=False)
        # The claim (compare-and-set on 'queued'); a reconcile-only claim is not an attempt.
        row = self.store.write(
            lambda db: db.execute(
                "UPDATE outbox SET state = ?, claimed_by = ?, lease_until = ?, updated_at = ?, "
                "attempts = attempts + (1 - needs_check) WHERE id = ? AND state = ? "
                "RETURNING needs_check, attempts",
                [ob.SENDING, self.owner, self._lease_until(), utc_iso(self.clock.now()), item.id, ob.QUEUED],
            ).fetchall()
        )
        if not row:
            return "taken"
        row = row[0]
        item.state, item.claimed_by = ob.SENDING, self.owner
        item.needs_check, item.attempts = row[0], row[1]
        if item.needs_check:
            checked = self._check(item)
            if checked != "queued":
                return {"unknown": "queued"}.get(checked, checked)
            item.attempts = self.store.write(
                lambda db: (
                    db.execute(
                        "UPDATE outbox SET attempts = attempts + 1 WHERE id = ? AND claimed_by = ? "
                        "RETURNING attempts",
                        [item.id, self.owner],
                    ).fetchall()
                    or [[item.attempts]]
                )
            )[0][0]
        try:
            result = handler.send(item)
        except Rejected as exc:
            return self._set_aside(item, handler, exc.describe(), exc.status)
        except (TransientError, AuthExpired, NotConfigured) as exc:
            return self._requeue(item, exc)
        except Exception as exc:  # a bug: keep the data, show the user
            log.exception("outbox handler %s failed on item %s", item.kind, item.id)
            return self._set_aside(item, handler, f"internal error: {type(exc).__name__}: {exc}")
        return "sent" if self._mark_sent(item, handler, result) else "taken"

    #: outcome writes only touch an item this dispatcher still holds: one taken over (its lease
    #: ran out) belongs to the dispatcher that took it, which reconciles it with the server
    _FENCE = " AND state = 'sending' AND claimed_by = ?"

    def _mark_sent(self, item: ob.OutboxItem, handler: ob.OutboxHandler, result: ob.SendResult) -> bool:
        now = utc_iso(self.clock.now())

        def tx(db):
            done = db.execute(
                "UPDATE outbox SET state = ?, remote_id = ?, sent_at = ?, updated_at = ?, "
                "last_error = NULL, last_status = NULL, needs_check = 0, lease_until = NULL "
                "WHERE id = ?" + self._FENCE,
                [ob.SENT, result.remote_id, now, now, item.id, self.owner],
            ).rowcount
            if done:
                handler.on_sent(db, item, result)
            return bool(done)

        if not self.store.write(tx):
            log.warning(
                "outbox item %s was taken over while it was being sent; the dispatcher "
                "that took it reconciles it with the server",
                item.id,
            )
            return False
        return True

    def _requeue(self, item: ob.OutboxItem, exc: Exception) -> str:
        retry_after = getattr(exc, "retry_after", None)
        delay = self.backoff.delay(item.attempts, retry_after)
        if isinstance(exc, (AuthExpired, NotConfigured)):
            delay = max(delay, 300.0)  # needs the user; do not hammer the server meanwhile
        when = self.clock.now() + timedelta(seconds=delay)
        message = _describe(exc)
        self._last_error = message
        status = getattr(exc, "status", None)
        server_wait = int(
            retry_after is not None and isinstance(exc, TransientError) and exc.server_asked_wait
        )
        self.store.write(
            lambda db: db.execute(
                "UPDATE outbox SET state = ?, next_attempt_at = ?, last_error = ?, last_status = ?, "
                "server_wait = ?, updated_at = ?, lease_until = NULL WHERE id = ?" + self._FENCE,
                [
                    ob.QUEUED,
                    utc_iso(when),
                    message,
                    status,
                    server_wait,
                    utc_iso(self.clock.now()),
                    item.id,
                    self.owner,
                ],
            )
        )
        return "queued"

    def _set_aside(
        self,
        item: ob.OutboxItem,
        handler: ob.OutboxHandler | None,
        message: str,
        status: int | None = None,
        *,
        claimed: bool = True,
    ) -> str:
        message = redact(message)
        fence, who = (self._FENCE, [self.owner]) if claimed else (" AND state = ?", [ob.QUEUED])

        def tx(db):
            done = db.execute(
                "UPDATE outbox SET state = ?, last_error = ?, last_status = ?, updated_at = ?, "
                "lease_until = NULL WHERE id = ?" + fence,
                [ob.ATTENTION, message, status, utc_iso(self.clock.now()), item.id, *who],
            ).rowcount
            if done and handler is not None:
                handler.on_set_aside(db, item, message)
            return bool(done)

        return "attention" if self.store.write(tx) else "taken"


_KINDS = (
    (Offline, "No connection"),
    (RateLimited, "Rate limited by the server"),
    (ServerError, "The server had a problem"),
    (AuthExpired, "Sign-in needed"),
    (NotConfigured, "Not configured"),
)


def _wait_reason(item: ob.OutboxItem) -> str:
    from fleetdesk.core.services import SERVICES

    svc = SERVICES.get(item.service)
    title = svc.title if svc is not None else item.service
    error = item.last_error or ""
    if "maintenance window" in error.lower():
        return f"{title} maintenance window"
    if item.server_wait:
        return f"{title} asked to retry later"
    return f"{title}: {error}" if error else f"{title}: waiting to retry"


def summary_line(report: DispatchReport, clock: Clock) -> list[str]:
    """People's words for what an explicit send left waiting: "1 waiting until 17:03 —
    High Mobility asked to retry later" (local time; the date too when not today)."""
    groups: dict[tuple[str, str], list[Waiting]] = {}
    for w in report.waiting:
        groups.setdefault((w.reason, _local(w.until, clock)), []).append(w)
    return [f"{len(ws)} waiting until {when} — {reason}" for (reason, when), ws in groups.items()]


def send_summary(
    report: DispatchReport, clock: Clock, *, sent: str, set_aside: str | None = None
) -> list[str]:
    """The parts of what an explicit send says: "3 sent", "1 set aside", then ``summary_line``'s
    "1 waiting until 17:03 — …". ``sent`` and ``set_aside`` are the caller's (translated) words
    with ``%1`` for the count; a part whose count is 0, or whose words are None, is left out."""
    parts = []
    if report.sent:
        parts.append(sent.replace("%1", str(len(report.sent))))
    if report.attention and set_aside is not None:
        parts.append(set_aside.replace("%1", str(len(report.attention))))
    return parts + summary_line(report, clock)


def _local(when: datetime, clock: Clock) -> str:
    local, today = when.astimezone(), clock.now().astimezone().date()
    return local.strftime("%H:%M") if local.date() == today else local.strftime("%Y-%m-%d %H:%M")


def _describe(exc: Exception) -> str:
    kind = next((text for cls, text in _KINDS if isinstance(exc, cls)), type(exc).__name__)
    detail = redact(str(exc))
    return f"{kind}: {detail}" if detail else kind
