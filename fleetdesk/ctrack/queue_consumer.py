"""The Positions queue, consumed so that no fix is lost and none is counted twice.

One ``pull_once``:

1. ``GetPositions`` with ``autoack=false`` (an autoack read whose answer is lost on the way, e.g.
   a dropped GET that the session retries, would lose those positions for good);
2. drop messages whose delivery tag is not above the highest tag already committed (a message
   keeps its tag when it is delivered again, so that is exactly the redelivered ones);
3. commit the rest to the store *and* the new highest tag, in one transaction;
4. ``Ack`` the highest tag of the batch (acknowledgement is cumulative), then note it.

A crash between 3 and 4 leaves the batch unacknowledged: the server delivers it again, step 2
drops it, and step 4 acknowledges it. ``QueueNotSubscribed`` (never subscribed, or lapsed after
14 days unused) subscribes again and starts a new *epoch*: the new queue numbers its tags from 1.
A queue that the server re-created without telling us shows itself by delivering a tag we have
already acknowledged (acknowledged messages never come back), which also starts a new epoch.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import asdict, dataclass, field

from fleetdesk.core.clock import Clock
from fleetdesk.ctrack import store as cs
from fleetdesk.ctrack.client import MAX_QUEUE_LIMIT, CtrackClient
from fleetdesk.ctrack.errors import QueueNotSubscribed
from fleetdesk.ctrack.models import QueueType

log = logging.getLogger(__name__)
POSITIONS = QueueType.POSITIONS.value


@dataclass
class PullResult:
    """What one pull did (summed over batches by ``drain``)."""

    batches: int = 0
    messages: int = 0
    redelivered: int = 0  # dropped by delivery tag: already committed
    acked_tag: int | None = None
    subscribed_now: bool = False  # the queue did not exist; we subscribed (it starts later)
    started: bool = False  # the subscription has delivered messages
    full: bool = False  # the last batch was full: more are waiting
    stats: cs.CommitStats = field(default_factory=cs.CommitStats)

    def as_dict(self) -> dict:
        d = asdict(self)
        d["stats"] = self.stats.as_dict()
        return d


class PositionsConsumer:
    """Pulls the Positions queue into the store. ``after_commit`` is a test hook (crash there)."""

    def __init__(
        self,
        client: CtrackClient,
        store,
        clock: Clock,
        *,
        limit: int = MAX_QUEUE_LIMIT,
        after_commit: Callable[[int], None] | None = None,
    ):
        if not 1 <= limit <= MAX_QUEUE_LIMIT:
            raise ValueError(f"limit must be from 1 to {MAX_QUEUE_LIMIT}")
        self.client, self.store, self.clock, self.limit = client, store, clock, limit
        self.after_commit = after_commit

    def state(self) -> cs.QueueState:
        return self.store.read(lambda db: cs.queue_state(db, POSITIONS))

    def subscribe(self) -> cs.QueueState:
        """Subscribe (again) and start a new epoch: the new queue's tags start from 1."""
        self.client.subscribe(QueueType.POSITIONS)
        now = self.clock.now().timestamp()

        def write(db) -> cs.QueueState:
            s = cs.queue_state(db, POSITIONS)
            s.epoch, s.committed_tag, s.acked_tag = s.epoch + 1, 0, 0
            s.subscribed_at, s.last_used_at, s.started = now, now, False
            cs.save_queue_state(db, s)
            return s

        log.info("subscribed to the Ctrack Positions queue (it may take a while to start)")
        return self.store.write(write)

    def keep_alive(self, every_s: float) -> bool:
        """Touch the subscription if it has not been used for ``every_s`` (queues lapse after
        14 days unused). Subscribing again keeps the queue and its messages. True if touched."""
        state = self.state()
        now = self.clock.now().timestamp()
        if not state.subscribed or (state.last_used_at or 0) > now - every_s:
            return False
        self.client.subscribe(QueueType.POSITIONS)
        self.store.write(
            lambda db: db.execute("UPDATE ctrack_queue SET last_used_at = ? WHERE kind = ?", [now, POSITIONS])
        )
        return True

    def pull_once(self) -> PullResult:
        """One batch: read, commit, acknowledge (see the module docstring)."""
        result = PullResult()
        state = self.state()
        if not state.subscribed:
            state = self.subscribe()
            result.subscribed_now = True
        try:
            batch = self.client.queue_positions(self.limit, autoack=False)
        except QueueNotSubscribed:
            log.warning("the Ctrack Positions queue is gone (lapsed or removed); subscribing again")
            self.subscribe()
            result.subscribed_now = True
            return result
        result.batches, result.messages = 1, len(batch)
        result.full = len(batch) >= self.limit
        tags = [p.delivery_tag for p in batch if p.delivery_tag]
        if tags and state.acked_tag and min(tags) <= state.acked_tag:
            log.warning(
                "the Positions queue delivered tag %s after %s was acknowledged: the server "
                "re-created the queue; starting a new epoch",
                min(tags),
                state.acked_tag,
            )
            state.epoch, state.committed_tag, state.acked_tag = state.epoch + 1, 0, 0
        fresh = [p for p in batch if not p.delivery_tag or p.delivery_tag > state.committed_tag]
        result.redelivered = len(batch) - len(fresh)
        top = max(tags, default=0)
        now = self.clock.now()

        def commit(db) -> cs.CommitStats:
            stats = cs.commit_fixes(db, fresh, now=now, source="queue")
            s = cs.queue_state(db, POSITIONS)
            if s.epoch != state.epoch:  # the queue was re-created: its tags start again
                s.epoch, s.committed_tag, s.acked_tag = state.epoch, 0, 0
            s.committed_tag = max(s.committed_tag, top)
            s.last_used_at = now.timestamp()
            s.started = s.started or bool(batch)
            s.received += len(fresh)
            s.duplicates += result.redelivered + stats.duplicates
            s.ignored_future += stats.future
            s.late += stats.late
            cs.save_queue_state(db, s)
            return stats

        result.stats = self.store.write(commit)
        result.started = bool(batch) or state.started
        if top:
            if self.after_commit is not None:
                self.after_commit(top)
            self.client.ack(QueueType.POSITIONS, top)
            self.store.write(
                lambda db: db.execute(
                    "UPDATE ctrack_queue SET acked_tag = CASE WHEN acked_tag < ? THEN ? ELSE acked_tag END "
                    "WHERE kind = ? AND epoch = ?",
                    [top, top, POSITIONS, state.epoch],
                )
            )
            result.acked_tag = top
        return result

    def drain(self, max_batches: int = 20) -> PullResult:
        """Pull until the queue is empty for now or ``max_batches`` were taken."""
        total = PullResult()
        for _ in range(max_batches):
            r = self.pull_once()
            total.batches += r.batches
            total.messages += r.messages
            total.redelivered += r.redelivered
            total.acked_tag = r.acked_tag or total.acked_tag
            total.subscribed_now = total.subscribed_now or r.subscribed_now
            total.started = r.started
            total.full = r.full
            total.stats.add(r.stats)
            if not r.full:
                break
        return total
