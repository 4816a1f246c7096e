"""Ctrack queue semantics (Positions, Trips, Scripts), as the spec describes them.

What the spec says, and what this simulator decides where it is silent:

- ``Subscribe``: "Queues can take up to 24 hours to start populating" -> ``start_delay_s``
  (demo: seconds). Only messages arriving after the start are queued. Subscribing again while
  subscribed keeps the queue and its messages.
- "Once a queue is subscribed to and not used for 14 days it will delete itself with any messages
  that have been built up" -> ``lapse_s``; "used" = Subscribe, Get*, Ack. A lapsed or
  unsubscribed queue answers ``QueueNotSubscribed`` (a code name this simulator chose).
- "All queue messages have a TTL and expired messages are discarded" -> ``ttl_s`` (not given by
  the spec; default 24 h). A length cap (``max_length``, drop oldest) keeps memory bounded.
- Delivery tags increase by one per message, per queue. What a redelivered message carries is
  not documented: with ``redelivery_tags="keep"`` (default) it keeps its tag; with "new" every
  delivery gets the next tag (as AMQP delivery tags do), so a consumer cannot de-duplicate by
  tag and acknowledging the newest tag covers the earlier deliveries of the same messages.
- "acknowledging a delivery tag will acknowledge all unacknowledged messages up to and including
  that tag (delivery tags must be received in order before acknowledgment)" -> Ack is
  cumulative; acknowledging a tag never delivered is refused (``InvalidDeliveryTag``); acking an
  already acknowledged tag is a harmless success. ``Tags`` may list several: the highest counts.
- Redelivery (the spec is silent): with ``autoack=false`` a message stays in the queue until it
  is acknowledged. With ``visibility_timeout_s == 0`` (the default) every Get starts again at the
  oldest unacknowledged message, so an unacknowledged batch is redelivered on the next call; with
  a positive timeout, delivered messages are hidden that long and then redelivered.
- ``limit``: 1..1000; anything else is a bad request.
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass
from typing import Any

DAY = 86_400.0
QUEUE_TYPES = ("Positions", "Trips", "Scripts")
MAX_LIMIT = 1000


class QueueError(Exception):
    """A queue call the server refuses: ``code`` is the ErrorCode name, ``status`` the HTTP status."""

    def __init__(self, code: str, message: str, status: int = 200):
        super().__init__(message)
        self.code, self.message, self.status = code, message, status


@dataclass(frozen=True)
class QueueOptions:
    start_delay_s: float = 5.0
    visibility_timeout_s: float = 0.0
    ttl_s: float = DAY
    lapse_s: float = 14 * DAY
    max_length: int = 500_000
    trips_batch_hour_utc: int = 2
    redelivery_tags: str = "keep"  # "keep" or "new" (see the module docstring)


class Message:
    __slots__ = ("tag", "enqueued", "ref", "hidden_until", "acked")

    def __init__(self, tag: int, enqueued: float, ref: Any):
        self.tag, self.enqueued, self.ref = tag, enqueued, ref
        self.hidden_until = 0.0
        self.acked = False


class Queue:
    """One subscribed queue: messages in tag order, cumulative acknowledgement."""

    def __init__(self, kind: str, now: float, options: QueueOptions):
        self.kind = kind
        self.options = options
        self.subscribed_at = now
        self.starts_at = now + options.start_delay_s
        self.last_used = now
        self.fed_until = self.starts_at  # messages arriving before the start are never queued
        self.messages: deque[Message] = deque()
        self.next_tag = 1
        self.highest_delivered = 0
        self.dropped = 0  # expired or over the length cap (for tests and demo)

    def push(self, ref: Any, now: float) -> None:
        if self.options.redelivery_tags == "new":  # tagged when delivered; 0: not yet
            self.messages.append(Message(0, now, ref))
        else:
            self.messages.append(Message(self.next_tag, now, ref))
            self.next_tag += 1
        while len(self.messages) > self.options.max_length:
            self.messages.popleft()
            self.dropped += 1

    def expire(self, now: float) -> None:
        limit = now - self.options.ttl_s
        while self.messages and (self.messages[0].acked or self.messages[0].enqueued < limit):
            if not self.messages[0].acked:
                self.dropped += 1
            self.messages.popleft()

    def take(self, limit: int, autoack: bool, now: float) -> list[Message]:
        """Up to ``limit`` deliverable messages, oldest first."""
        self.expire(now)
        out: list[Message] = []
        for m in self.messages:
            if len(out) >= limit:
                break
            if not m.acked and m.hidden_until <= now:
                out.append(m)
        timeout = self.options.visibility_timeout_s
        if self.options.redelivery_tags == "new":
            for m in out:  # every delivery is a new tag, in delivery order
                m.tag = self.next_tag
                self.next_tag += 1
        for m in out:
            if autoack:
                m.acked = True
            elif timeout > 0:
                m.hidden_until = now + timeout
        if out:
            self.highest_delivered = max(self.highest_delivered, out[-1].tag)
        self.expire(now)
        return out

    def ack(self, tag: int, now: float) -> int:
        """Acknowledge every message up to and including ``tag``; returns how many went."""
        if tag > self.highest_delivered:
            raise QueueError(
                "InvalidDeliveryTag",
                f"delivery tag {tag} has not been delivered (highest delivered: {self.highest_delivered})",
                400,
            )
        gone = 0
        for m in self.messages:
            if 0 < m.tag <= tag and not m.acked:
                m.acked = True
                gone += 1
        self.expire(now)
        return gone

    @property
    def pending(self) -> int:
        return sum(1 for m in self.messages if not m.acked)


class Queues:
    """The customer's queues (one API user per customer, so one set)."""

    def __init__(self, options: QueueOptions):
        self.options = options
        self.queues: dict[str, Queue] = {}

    def _lapse(self, now: float) -> None:
        for kind, q in list(self.queues.items()):
            if now - q.last_used > self.options.lapse_s:
                del self.queues[kind]

    def subscribe(self, kind: str, now: float) -> Queue:
        self._lapse(now)
        q = self.queues.get(kind)
        if q is None:
            q = self.queues[kind] = Queue(kind, now, self.options)
        q.last_used = now
        return q

    def unsubscribe(self, kind: str, now: float) -> None:
        self._lapse(now)
        if self.queues.pop(kind, None) is None:
            raise QueueError("QueueNotSubscribed", f"not subscribed to the {kind} queue")

    def get(self, kind: str, now: float, *, touch: bool = True) -> Queue:
        self._lapse(now)
        q = self.queues.get(kind)
        if q is None:
            raise QueueError("QueueNotSubscribed", f"not subscribed to the {kind} queue")
        if touch:
            q.last_used = now
        return q

    def peek(self, kind: str, now: float) -> Queue | None:
        """The queue if it exists, without counting as use."""
        self._lapse(now)
        return self.queues.get(kind)


def parse_limit(text: str | None) -> int:
    try:
        limit = int(text or "")
    except ValueError:
        raise QueueError("InvalidParameter", "limit must be an integer from 1 to 1000", 400) from None
    if not 1 <= limit <= MAX_LIMIT:
        raise QueueError("InvalidParameter", f"limit must be from 1 to {MAX_LIMIT}, got {limit}", 400)
    return limit


def parse_kind(text: str | None) -> str:
    for kind in QUEUE_TYPES:
        if (text or "").strip().lower() == kind.lower():
            return kind
    raise QueueError("InvalidParameter", f"type must be one of {', '.join(QUEUE_TYPES)}", 400)


def parse_tags(text: str | None) -> int:
    try:
        tags = [int(t) for t in (text or "").split(",") if t.strip()]
    except ValueError:
        tags = []
    if not tags or min(tags) < 1:
        raise QueueError("InvalidParameter", "Tags must be one or more delivery tags (comma separated)", 400)
    return max(tags)
