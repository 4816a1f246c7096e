"""The outbox: every write to a remote system is stored here before it is sent.

Call ``enqueue(db, ...)`` inside the same ``store.write`` transaction that stores the domain row,
so the submission and the data the user typed are committed together or not at all.

States: ``queued`` (waiting for ``next_attempt_at``), ``sending`` (a send is in flight; found so at
start-up it means the process died mid-send and the handler reconciles it), ``sent``,
``attention`` (set aside: the server refused it; the user must act), ``discarded`` (by the user).
"""

from __future__ import annotations

import functools
import json
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

import sqlite_utils

from fleetdesk.core.clock import Clock, utc_iso
from fleetdesk.core.errors import BadInput
from fleetdesk.store.sql import new_id

QUEUED, SENDING, SENT, ATTENTION, DISCARDED = "queued", "sending", "sent", "attention", "discarded"
UNSENT_STATES = (QUEUED, SENDING, ATTENTION)


@dataclass
class OutboxItem:
    id: int
    service: str
    kind: str
    label: str
    idempotency_key: str
    payload: dict[str, Any]
    work_date: str | None
    entity_table: str | None
    entity_id: str | None
    state: str
    attempts: int
    next_attempt_at: str
    last_error: str | None
    last_status: int | None
    remote_id: str | None
    created_at: str
    updated_at: str
    sent_at: str | None
    needs_check: int = 0
    server_wait: int = 0
    claimed_by: str | None = None  # the dispatcher holding (or that last held) the send
    lease_until: str | None = None  # a ``sending`` claim past this is a dead process's
    created_host: str | None = None  # who queued it: workstation ...
    created_user: str | None = None  # ... and OS user (team mode, #16)

    @classmethod
    def from_row(cls, row: dict) -> OutboxItem:
        data = dict(row)
        data["payload"] = json.loads(data["payload"])
        return cls(**data)

    def as_dict(self) -> dict[str, Any]:
        """JSON-friendly view for ``fleetdesk queue --json`` (payload included)."""
        return dict(self.__dict__)


@dataclass
class SendResult:
    """What a handler's ``send`` returns: the remote identifier and anything ``on_sent`` needs."""

    remote_id: str | None = None
    data: dict[str, Any] = field(default_factory=dict)


class OutboxHandler:
    """Sends one kind of submission. Subclass per integration and kind."""

    kind: str = ""
    service: str = ""

    def send(self, item: OutboxItem) -> SendResult:
        """Blocking call to the remote system; raise ``fleetdesk.core.errors`` types on failure."""
        raise NotImplementedError

    def on_sent(self, db: sqlite_utils.Database, item: OutboxItem, result: SendResult) -> None:
        """Runs inside the transaction that marks ``item`` sent: store the remote id."""

    def on_set_aside(self, db: sqlite_utils.Database, item: OutboxItem, message: str) -> None:
        """Runs inside the transaction that sets ``item`` aside (the server refused it)."""

    def reconcile(self, item: OutboxItem) -> SendResult | None:
        """``item`` was being sent when the process died. Ask the server if you can: return a
        ``SendResult`` when it has the submission, ``None`` to send it again."""
        return None


@functools.lru_cache(maxsize=1)
def actor() -> tuple[str, str]:
    """(workstation, OS user) recorded on the rows a user creates."""
    import getpass
    import socket

    try:
        user = getpass.getuser()
    except Exception:  # noqa: BLE001 - no login name (service, container)
        user = "unknown"
    return socket.gethostname() or "unknown", user


def created_by() -> dict[str, str]:
    """The who-did-what columns (``created_host``, ``created_user``) of a row created now, in
    this process (team mode, docs/team-mode.md §7). A row that ``fleetdesk serve`` creates
    records the service's host and OS user (the systemd unit runs as ``fleetdesk``)."""
    host, user = actor()
    return {"created_host": host, "created_user": user}


def new_key(prefix: str = "") -> str:
    return f"{prefix}{uuid.uuid4()}"


def enqueue(
    db: sqlite_utils.Database,
    *,
    service: str,
    kind: str,
    payload: dict[str, Any],
    label: str,
    clock: Clock,
    idempotency_key: str | None = None,
    work_date: str | None = None,
    entity_table: str | None = None,
    entity_id: str | int | None = None,
    not_before: datetime | None = None,
) -> int:
    """Add a submission; call inside the transaction that writes the domain row."""
    if not kind or not service:
        raise BadInput("kind", "an outbox item needs a service and a kind")
    now = utc_iso(clock.now())
    who = actor()
    table = db.table("outbox")
    table.insert(
        {
            "service": service,
            "kind": kind,
            "label": label,
            "idempotency_key": idempotency_key or new_key(f"{kind}:"),
            "payload": json.dumps(payload, sort_keys=True, default=str),
            "work_date": work_date,
            "entity_table": entity_table,
            "entity_id": None if entity_id is None else str(entity_id),
            "state": QUEUED,
            "attempts": 0,
            "next_attempt_at": utc_iso(not_before) if not_before else now,
            "created_at": now,
            "updated_at": now,
            "created_host": who[0],
            "created_user": who[1],
        }
    )
    return new_id(table)


def get(db: sqlite_utils.Database, item_id: int) -> OutboxItem | None:
    rows = list(db.query("SELECT * FROM outbox WHERE id = ?", [item_id]))
    return OutboxItem.from_row(rows[0]) if rows else None


def items(
    db: sqlite_utils.Database,
    *,
    states: Iterable[str] = UNSENT_STATES,
    service: str | None = None,
    limit: int | None = None,
) -> list[OutboxItem]:
    states = list(states)
    sql = f"SELECT * FROM outbox WHERE state IN ({','.join('?' * len(states))})"
    args: list[Any] = list(states)
    if service:
        sql += " AND service = ?"
        args.append(service)
    sql += " ORDER BY id"
    if limit:
        sql += f" LIMIT {int(limit)}"
    return [OutboxItem.from_row(r) for r in db.query(sql, args)]


def for_entity(db: sqlite_utils.Database, entity_table: str, entity_id: str | int) -> list[OutboxItem]:
    return [
        OutboxItem.from_row(r)
        for r in db.query(
            "SELECT * FROM outbox WHERE entity_table = ? AND entity_id = ? ORDER BY id",
            [entity_table, str(entity_id)],
        )
    ]


def counts(db: sqlite_utils.Database) -> dict[str, dict[str, int]]:
    """``{service: {state: n}}`` for the unsent states."""
    out: dict[str, dict[str, int]] = {}
    for row in db.query(
        "SELECT service, state, COUNT(*) AS n FROM outbox WHERE state IN (?, ?, ?) GROUP BY service, state",
        list(UNSENT_STATES),
    ):
        out.setdefault(row["service"], {})[row["state"]] = row["n"]
    return out


def unsent_total(db: sqlite_utils.Database) -> int:
    return db.execute("SELECT COUNT(*) FROM outbox WHERE state IN (?, ?, ?)", list(UNSENT_STATES)).fetchone()[
        0
    ]


def retry_now(db: sqlite_utils.Database, item_id: int, clock: Clock) -> None:
    """Make a queued or set-aside item due now (the user asked for it). A queued item waiting
    out a wait the server asked for (Retry-After, a maintenance window) keeps waiting."""
    now = utc_iso(clock.now())
    db.execute(
        "UPDATE outbox SET state = ?, next_attempt_at = ?, updated_at = ? "
        "WHERE id = ? AND (state = ? OR (state = ? AND server_wait = 0))",
        [QUEUED, now, now, item_id, ATTENTION, QUEUED],
    )


def discard(db: sqlite_utils.Database, item_id: int, clock: Clock) -> bool:
    """Discard an unsent item (after the user confirmed). Sending items cannot be discarded."""
    now = utc_iso(clock.now())
    cur = db.execute(
        "UPDATE outbox SET state = ?, updated_at = ? WHERE id = ? AND state IN (?, ?)",
        [DISCARDED, now, item_id, QUEUED, ATTENTION],
    )
    return cur.rowcount == 1
