"""The live-data service (Qt-free): the queue, the polling fallback, vehicles, trips, retention.

The GUI's pump calls ``poll()`` off the UI thread; ``fleetdesk sync`` calls ``sync()``; the CLI and
the tab call the rest through ``run_blocking``. All HTTP and SQL happen here, never on the UI
thread. Settings are read on every step, so a changed interval or retention applies at once.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, tzinfo

from fleetdesk.core import netstate
from fleetdesk.core.clock import Clock
from fleetdesk.core.errors import AuthExpired, BadInput, FleetDeskError, TransientError
from fleetdesk.core.redact import redact
from fleetdesk.ctrack import rules
from fleetdesk.ctrack import store as cs
from fleetdesk.ctrack.client import CtrackClient
from fleetdesk.ctrack.errors import CtrackRateLimited, CtrackRejected, LoginFailed
from fleetdesk.ctrack.queue_consumer import PositionsConsumer, PullResult
from fleetdesk.store.kv import kv_get, kv_set

log = logging.getLogger(__name__)
STATUS_KEY = "ctrack.status"


def _number(settings, key: str, default: float, low: float, high: float) -> float:
    try:
        value = float(settings.get(key, default))
    except (TypeError, ValueError):
        return default
    return min(high, max(low, value))


@dataclass(frozen=True)
class LiveSettings:
    """The Live map's settings (``ctrack.*`` in settings.json), clamped to sane ranges."""

    poll_interval_s: float = 10.0  # how often the queue (or the fallback) is read
    retention_days: float = 7.0  # track points and trips older than this are forgotten
    stale_minutes: float = 30.0  # no fix for this long: the vehicle is shown as stale
    queue_limit: int = 1000
    keepalive_hours: float = 24.0  # touch an unused subscription this often (it lapses at 14 d)
    vehicles_every_s: float = 3600.0  # re-read the vehicle list
    pois_every_s: float = 86400.0
    #: A started queue silent this long: poll last positions too (the map must not freeze)...
    quiet_poll_s: float = 300.0
    #: ...and when it stays silent this long while the vehicles did report, subscribe again.
    #: What a lapsed or dropped queue answers is not documented: it may simply stay empty.
    quiet_resubscribe_s: float = 3600.0

    @classmethod
    def from_settings(cls, settings) -> LiveSettings:
        return cls(
            poll_interval_s=_number(settings, "ctrack.poll_interval_s", 10.0, 2.0, 3600.0),
            retention_days=_number(settings, "ctrack.retention_days", 7.0, 1.0, 366.0),
            stale_minutes=_number(settings, "ctrack.stale_minutes", 30.0, 1.0, 7 * 1440.0),
            queue_limit=int(_number(settings, "ctrack.queue_limit", 1000, 1, 1000)),
        )


@dataclass
class DayTrips:
    """One vehicle's day: trips, track points, the stops between trips; offline if not refreshed."""

    node_id: int
    day: date
    start: datetime
    end: datetime
    trips: list[cs.TripRow]
    points: list[cs.TrackPoint]
    stops: list[rules.Stop]
    offline: bool = False
    message: str = ""


class CtrackService:
    """One per app (kept in ``rt.services['ctrack']``); thread-safe enough for one pump + callers."""

    def __init__(
        self,
        client: CtrackClient,
        store,
        clock: Clock,
        settings: Callable[[], LiveSettings] = LiveSettings,
        *,
        monitor=None,
        backoff: rules.Backoff | None = None,
    ):
        self.client, self.store, self.clock = client, store, clock
        self.settings = settings
        self.vehicle_notes: list[str] = []  # why an optional lookup left columns empty
        self.monitor = monitor
        self.consumer = PositionsConsumer(client, store, clock, limit=settings().queue_limit)
        self.backoff = backoff or rules.Backoff()
        self._polled_this_session = False
        self._quiet_since: float | None = None  # when a started queue last delivered nothing
        self._status: dict | None = None

    def close(self) -> None:
        self.client.close()

    # -- small durable timers --------------------------------------------------------------
    def _due(self, key: str, every_s: float) -> bool:
        last = self.store.read(lambda db: kv_get(db, key))
        return last is None or self.clock.now().timestamp() - float(last) >= every_s

    def _mark(self, key: str) -> None:
        now = self.clock.now().timestamp()
        self.store.write(lambda db: kv_set(db, key, now))

    def _set_status(self, mode: str, message: str = "") -> None:
        now = self.clock.now()
        status = {"mode": mode, "message": redact(message)}  # shown in the UI: never a token
        if status == self._status:
            return
        self._status = dict(status)

        def write(db) -> None:
            previous = kv_get(db, STATUS_KEY) or {}
            ok_at = now.isoformat() if mode in ("queue", "polling") else previous.get("last_ok_at")
            kv_set(db, STATUS_KEY, {**status, "at": now.isoformat(), "last_ok_at": ok_at})

        self.store.write(write)

    # -- reference data --------------------------------------------------------------------
    def refresh_vehicles(self) -> int:
        """GetVehicles and the drivers of their cost centres into the store.

        The driver lookup is an enrichment: when it fails for a cost centre (no rights, an
        error code, a bad answer) the vehicles are still stored, the driver columns stay as
        they were, and ``vehicle_notes`` says why."""
        from fleetdesk.core.errors import AuthExpired, FleetDeskError

        vehicles = self.client.vehicles()
        centres = sorted({v.cost_centre_id for v in vehicles if v.cost_centre_id})
        drivers, failed = [], {}
        for cc in centres:
            try:
                drivers += self.client.drivers_in_cost_centre(cc)
            except AuthExpired:
                raise
            except FleetDeskError as exc:
                failed[cc] = redact(str(exc))
        self.vehicle_notes = (
            [
                f"drivers not loaded for cost centre(s) "
                f"{', '.join(map(str, failed))}: {next(iter(failed.values()))}"
            ]
            if failed
            else []
        )
        now = self.clock.now()

        def write(db) -> int:
            count = cs.upsert_vehicles(db, vehicles, now)
            cs.upsert_drivers(db, drivers)
            return count

        count = self.store.write(write)
        self._mark("ctrack.vehicles_at")
        return count

    def learn_drivers_from_trips(self, since: datetime) -> int:
        """Driver names from each vehicle's trips since ``since`` (the drivers endpoints carry ids
        only; positions from the queue carry names too). One request per vehicle: for small
        fleets and demo start-up, not for a periodic job."""
        nodes = [r.node_id for r in self.store.read(cs.fleet)]
        now = self.clock.now()
        names: dict[str, str] = {}
        for node in nodes:
            for trip in self.client.vehicle_trips(node, since, now):
                if trip.driver_id and trip.driver_name:
                    names[trip.driver_id] = trip.driver_name
        self.store.write(lambda db: cs.learn_driver_names(db, names))
        return len(names)

    def refresh_pois(self) -> int:
        """Point POIs of every cost centre the fleet uses."""
        centres = self.store.read(cs.cost_centre_ids)
        found = [(cc, self.client.point_pois(cc)) for cc in centres]
        count = self.store.write(lambda db: sum(cs.upsert_pois(db, pois, cc) for cc, pois in found))
        self._mark("ctrack.pois_at")
        return count

    # -- positions -------------------------------------------------------------------------
    def poll_last_positions(self) -> cs.CommitStats:
        """The fallback: GetLastVehiclePositionsforAuthenticatedUser into the store."""
        fixes = self.client.last_positions()
        now = self.clock.now()
        stats = self.store.write(lambda db: cs.commit_fixes(db, fixes, now=now, source="poll"))
        self._polled_this_session = True
        return stats

    def pull(self, max_batches: int = 20) -> PullResult:
        """Drain the Positions queue (commit, then ack each batch)."""
        self.consumer.limit = self.settings().queue_limit
        return self.consumer.drain(max_batches)

    def step(self, max_batches: int = 20) -> tuple[PullResult, cs.CommitStats | None]:
        """One round of live work; raises the typed errors. Returns (queue result, fallback stats)."""
        s = self.settings()
        if self._due("ctrack.vehicles_at", s.vehicles_every_s):
            self.refresh_vehicles()
        result = self.pull(max_batches)
        self.consumer.keep_alive(s.keepalive_hours * 3600)
        fallback = None
        now = self.clock.now().timestamp()
        if result.messages or not result.started:
            self._quiet_since = None
        elif self._quiet_since is None:
            self._quiet_since = now
        quiet = now - self._quiet_since if self._quiet_since is not None else 0.0
        # Until a new subscription delivers, the queue is silent: poll, or the map would freeze.
        # Once per session too, to catch up on anything a lapsed queue never saw; and while a
        # started queue has been silent a while (it may have lapsed without saying so).
        if not result.started or not self._polled_this_session or quiet >= s.quiet_poll_s:
            fallback = self.poll_last_positions()
            if quiet >= s.quiet_resubscribe_s and fallback.new:
                log.warning(
                    "the Ctrack Positions queue delivered nothing for %.0f min while the "
                    "vehicles reported: subscribing again",
                    quiet / 60,
                )
                self.consumer.subscribe()
                self._quiet_since = None
        if self._due("ctrack.pois_at", s.pois_every_s):
            self.refresh_pois()
        self.purge_if_due()
        return result, fallback

    def poll(self) -> float | None:
        """The pump's entry point: one step, then the seconds until the next (backoff on errors)."""
        s = self.settings()
        try:
            result, fallback = self.step()
        except LoginFailed as exc:
            self._set_status("signed-out", str(exc))
            return 300.0
        except CtrackRateLimited as exc:
            delay = self.backoff.next(exc.retry_after)
            self._set_status("limited", f"{exc} (next try in {delay:.0f} s)")
            return delay
        except TransientError as exc:
            delay = self.backoff.next(exc.retry_after)
            self._set_status("offline", f"{exc} (next try in {delay:.0f} s)")
            return delay
        except AuthExpired as exc:
            self._set_status("signed-out", str(exc))
            return 300.0
        except CtrackRejected as exc:
            if exc.status != 400:
                log.warning("Ctrack live update failed: %s", exc)
                self._set_status("error", str(exc))
                return max(60.0, self.backoff.next())
            # The spec's 400 is "malformed or missing parameters" or "rate limit exceeded"; the
            # live loop's parameters are fixed and checked, so back off as for a rate limit
            delay = self.backoff.next()
            self._set_status(
                "limited",
                f"Ctrack answered HTTP 400 ({exc}): either Ctrack is "
                "limiting requests ('rate limit exceeded') or it found the request "
                f"malformed; FleetDesk backs off (next try in {delay:.0f} s)",
            )
            return delay
        except FleetDeskError as exc:
            log.warning("Ctrack live update failed: %s", exc)
            self._set_status("error", str(exc))
            return max(60.0, self.backoff.next())
        self.backoff.reset()
        if result.started:
            self._set_status("queue")
        else:
            self._set_status("polling", "the positions queue has not started yet; polling last positions")
        return 0.5 if result.full else s.poll_interval_s

    def sync(self) -> dict:
        """``fleetdesk sync``: vehicles, the whole queue backlog, the fallback if needed, retention."""
        result, fallback = self.step(max_batches=200)
        return {"queue": result.as_dict(), "fallback": fallback.as_dict() if fallback else None}

    def purge_if_due(self) -> int:
        if not self._due("ctrack.purged_at", 6 * 3600):
            return 0
        cutoff = self.clock.now().timestamp() - self.settings().retention_days * 86400
        removed = self.store.write(lambda db: cs.purge(db, cutoff))
        self._mark("ctrack.purged_at")
        return removed

    # -- trips -----------------------------------------------------------------------------
    def load_day(self, node_id: int, day: date, tz: tzinfo | None = None) -> DayTrips:
        """Trips, track and stops of one vehicle on ``day`` (local time): fetched and stored
        when Ctrack answers, read from the store either way (so recent days work offline)."""
        tz = tz or datetime.now().astimezone().tzinfo
        start = datetime.combine(day, time.min, tzinfo=tz)
        end = start + timedelta(days=1)
        now = self.clock.now()
        if start > now:
            raise BadInput("date", f"{day.isoformat()} is in the future")
        offline, message = False, ""
        try:
            until = min(end, now)
            trips = self.client.vehicle_trips_detailed(node_id, start, until)
            fixes = self.client.vehicle_positions(node_id, start, until)
            self.store.write(
                lambda db: (cs.upsert_trips(db, trips), cs.commit_fixes(db, fixes, now=now, source="history"))
            )
        except (TransientError, AuthExpired) as exc:
            offline, message = True, str(exc)
            if self.monitor is not None and isinstance(exc, TransientError):
                self.monitor.report("ctrack", netstate.OFFLINE, str(exc))
        t0, t1 = start.timestamp(), end.timestamp()
        trips_, points = self.store.read(
            lambda db: (cs.trips(db, node_id, t0, t1), cs.track(db, node_id, t0, t1))
        )
        return DayTrips(
            node_id, day, start, end, trips_, points, rules.stops_between(trips_), offline, message
        )
