"""The download manager (Qt-free): a persistent queue worked by a bounded pool of threads.

- Jobs live in ``tacho_jobs``; a restart finds them again (``requeue_interrupted``).
- At most ``concurrency`` downloads run at once, and a subject's jobs run one after the other
  (its cursor only moves in order).
- A 429 closes a shared gate until its Retry-After has passed: no worker sends a request
  before then. Offline or signed out stops the run (jobs stay queued for the next one);
  a 5xx backs off and retries a few times.
- Pause, cancel and retry per job, pause/resume of the whole queue; a running job is
  interrupted between chunks and its temporary file removed.
- Progress per file and overall through ``snapshot()`` and listeners (called on worker
  threads, at most every ``notify_interval`` seconds per file: the GUI marshals them).
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta
from functools import partial
from typing import Any

from fleetdesk.core.clock import Clock, parse_utc, utc_iso
from fleetdesk.core.errors import AuthExpired, NotConfigured, Offline, RateLimited, Rejected, ServerError
from fleetdesk.core.redact import redact
from fleetdesk.store.db import Store
from fleetdesk.tachoshare import jobs
from fleetdesk.tachoshare import store as ts
from fleetdesk.tachoshare.archive import ArchiveError
from fleetdesk.tachoshare.fetch import JobRunner
from fleetdesk.tachoshare.jobs import Interrupted, RunReport

log = logging.getLogger(__name__)
Listener = Callable[[str, dict], None]
DEFAULT_CONCURRENCY = 3


@dataclass
class _Live:
    job: dict
    done: int = 0
    total: int | None = None
    interrupt: str | None = None
    last_notice: float = 0.0


class DownloadManager:
    def __init__(
        self,
        store: Store,
        clock: Clock,
        runner: JobRunner,
        *,
        concurrency: int = DEFAULT_CONCURRENCY,
        max_wait: float = 120.0,
        backoff_base: float = 5.0,
        max_attempts: int = 5,
        notify_interval: float = 0.1,
    ):
        self.store = store
        self.clock = clock
        self.runner = runner
        self.concurrency = max(1, int(concurrency))
        self.max_wait = max_wait
        self.backoff_base = backoff_base
        self.max_attempts = max_attempts
        self.notify_interval = notify_interval
        self._cv = threading.Condition()
        self._claim_lock = threading.Lock()
        self._workers: list[threading.Thread] = []
        self._live: dict[int, _Live] = {}
        self._gate_until = 0.0  # clock.monotonic() before which no request may start
        self._halt: str | None = None
        self._paused = False
        self._only: set[str] | None = None
        self._listeners: list[Listener] = []
        self.report = RunReport()

    # -- listeners ------------------------------------------------------------------------
    def subscribe(self, listener: Listener) -> Callable[[], None]:
        self._listeners.append(listener)
        return lambda: self._listeners.remove(listener) if listener in self._listeners else None

    def _emit(self, event: str, data: dict) -> None:
        for listener in list(self._listeners):
            try:
                listener(event, data)
            except Exception:
                log.exception("download listener failed")

    # -- running --------------------------------------------------------------------------
    @property
    def active(self) -> bool:
        with self._cv:
            return any(t.is_alive() for t in self._workers)

    @property
    def paused(self) -> bool:
        return self._paused

    def start(self, only: set[str] | None = None) -> bool:
        """Start workers in the background unless paused; True if any work was started.

        ``only`` limits a new run to these subjects (ignored while a run is going on)."""
        with self._cv:
            if self._paused:
                return False
            self._workers = [t for t in self._workers if t.is_alive()]
            if not self._workers:
                self.report = RunReport()
                self._halt = None
                self._only = set(only) if only is not None else None
            for n in range(len(self._workers), self.concurrency):
                thread = threading.Thread(target=self._worker, name=f"tachoshare-dl-{n + 1}", daemon=True)
                self._workers.append(thread)
                thread.start()
        self._emit("started", {})
        return True

    def wait_idle(self, timeout: float | None = None) -> bool:
        """Block until every worker has finished; False on timeout."""
        deadline = None if timeout is None else time.monotonic() + timeout
        for thread in list(self._workers):
            thread.join(None if deadline is None else max(0.0, deadline - time.monotonic()))
            if thread.is_alive():
                return False
        return True

    def run(self, timeout: float | None = None, only: set[str] | None = None) -> RunReport:
        """Work the queue until nothing is due within ``max_wait`` (blocking)."""
        self.start(only)
        self.wait_idle(timeout)
        return self.report

    def stop(self, timeout: float = 10.0) -> None:
        """Interrupt running downloads (they go back to the queue) and wait for the workers."""
        with self._cv:
            self._halt = self._halt or "stopped"
            for live in self._live.values():
                live.interrupt = live.interrupt or "stop"
            self._cv.notify_all()
        self.wait_idle(timeout)

    def pause_all(self) -> None:
        """Stop taking jobs; running downloads go back to the queue and restart on resume."""
        with self._cv:
            self._paused = True
            for live in self._live.values():
                live.interrupt = live.interrupt or "stop"
            self._cv.notify_all()
        self._emit("paused", {})

    def resume_all(self) -> None:
        with self._cv:
            self._paused = False
        self._emit("resumed", {})
        self.start()

    # -- per job ----------------------------------------------------------------------------
    def pause(self, job_id: int) -> None:
        if not self._interrupt(job_id, "pause"):
            self.store.write(lambda db: jobs.pause_queued(db, job_id, self.clock))
        self._emit("job", {"id": job_id})

    def resume(self, job_id: int) -> None:
        self.store.write(lambda db: jobs.resume_paused(db, job_id, self.clock))
        self._emit("job", {"id": job_id})
        self.start()

    def cancel(self, job_id: int) -> None:
        """Cancel a job and the later jobs of its subject (they continue from it)."""
        if not self._interrupt(job_id, "cancel"):
            self.store.write(lambda db: jobs.cancel_waiting(db, job_id, self.clock))
            self._emit("job", {"id": job_id})

    def retry(self, job_id: int) -> None:
        """Queue a failed or cancelled job again, if its range is still what is missing."""
        self.store.write(lambda db: jobs.retry(db, job_id, self.clock))
        self._emit("job", {"id": job_id})
        self.start()

    def _interrupt(self, job_id: int, reason: str) -> bool:
        with self._cv:
            live = self._live.get(job_id)
            if live is None:
                return False
            live.interrupt = reason
            return True

    # -- progress ---------------------------------------------------------------------------
    def snapshot(self) -> dict[str, Any]:
        """Running downloads (bytes done / total) and the run's counters; thread-safe."""
        with self._cv:
            running = {
                jid: {"done": live.done, "total": live.total, "label": live.job["label"]}
                for jid, live in self._live.items()
            }
            return {
                "running": running,
                "paused": self._paused,
                "halted": self._halt,
                "active": any(t.is_alive() for t in self._workers),
                "report": self.report.as_dict(),
                "gate_seconds": max(0.0, self._gate_until - self.clock.monotonic()),
            }

    # -- the worker ---------------------------------------------------------------------------
    def _stopping(self) -> bool:
        with self._cv:
            return self._halt is not None or self._paused

    def _wait(self, seconds: float) -> None:
        """Wait on the injected clock (a fake clock advances at once) in short steps."""
        self.clock.sleep(min(max(seconds, 0.0), 0.25))

    def _wait_gate(self) -> bool:
        while True:
            with self._cv:
                remaining = self._gate_until - self.clock.monotonic()
            if self._stopping():
                return False
            if remaining <= 0:
                return True
            self._wait(remaining)

    def _worker(self) -> None:
        while not self._stopping():
            if not self._wait_gate():
                break
            try:
                job = self._claim()
            except Exception:  # the store closed under us (shutdown): the queue keeps the job
                log.info("download worker stops: the store is not available")
                break
            if job is None:
                if not self._idle_wait():
                    break
                continue
            self._run_job(job)
        with self._cv:
            self._cv.notify_all()
            last = all(t is threading.current_thread() or not t.is_alive() for t in self._workers)
        if last:
            self._emit("idle", self.report.as_dict())

    def _claim(self) -> dict | None:
        """Reserve the next due job in memory (one claim at a time across the workers).

        On a team database (#16) other workstations download too: the job is also marked
        running in the database by compare-and-set, and one another process took first is
        skipped."""
        shared = not getattr(self.store, "exclusive", True)
        with self._claim_lock:
            with self._cv:
                taken = list(self._live)
                busy = {live.job["subject"] for live in self._live.values()}
            while True:
                job = self.store.read(
                    partial(ts.next_job, clock=self.clock, taken=taken, busy=busy, only=self._only)
                )
                if job is None or not shared:
                    break
                if self.store.write(partial(ts.take_job, job_id=job["id"], clock=self.clock)):
                    break
                taken.append(job["id"])  # another workstation has it
            if job is not None:
                job["state"] = ts.RUNNING
                with self._cv:
                    self._live[job["id"]] = _Live(job)
            return job

    def _idle_wait(self) -> bool:
        """Nothing to claim now: wait if something will be due soon; False to stop."""
        with self._cv:
            busy = bool(self._live)
        due = self.store.read(lambda db: ts.next_due_at(db, self._only))
        if due is None and not busy:
            return False
        if due is not None:
            wait = (parse_utc(due) - self.clock.now()).total_seconds()
            if wait > self.max_wait and not busy:
                return False
            if wait > 0 and not busy:
                self._wait(wait)
                return True
        with self._cv:  # another worker runs a job this one may depend on: wait for it
            self._cv.wait(0.05)
        return True

    def _run_job(self, job: dict) -> None:
        with self._cv:
            live = self._live[job["id"]]
            if self._paused or self._halt:
                live.interrupt = "stop"
        self._emit("job", {"id": job["id"], "state": ts.RUNNING})

        def progress(done: int, total: int | None) -> None:
            live.done, live.total = done, total
            if live.interrupt:
                raise Interrupted(live.interrupt)
            now = time.monotonic()
            if now - live.last_notice >= self.notify_interval:
                live.last_notice = now
                self._emit("progress", {"id": job["id"], "done": done, "total": total})

        try:
            outcome = self.runner.run(job, progress)
            with self._cv:
                if outcome == ts.DONE:
                    self.report.done += 1
                    self.report.bytes += live.done
                else:
                    self.report.empty += 1
            state = outcome
        except Interrupted as exc:
            state = self._interrupted(job, exc.reason)
        except Exception as exc:
            state = self._failed(job, exc)
        finally:
            with self._cv:
                self._live.pop(job["id"], None)
                self._cv.notify_all()
        self._emit("job", {"id": job["id"], "state": state})

    def _interrupted(self, job: dict, reason: str) -> str:
        state = {"pause": ts.PAUSED, "cancel": ts.CANCELLED}.get(reason, ts.QUEUED)
        if state == ts.QUEUED:
            return state  # stopped: it never left the queue in the store

        def tx(db):
            now = utc_iso(self.clock.now())
            ts.set_job(
                db,
                job["id"],
                self.clock,
                state=state,
                bytes_done=0,
                not_before=now,
                finished_at=now if state == ts.CANCELLED else None,
            )
            if state == ts.CANCELLED:
                for jid in ts.later_jobs(db, job):
                    ts.set_job(db, jid, self.clock, state=ts.CANCELLED, finished_at=now)

        self._write(tx)
        return state

    def _requeue(self, job: dict, delay: float, message: str, *, count_attempt: bool) -> str:
        when = utc_iso(self.clock.now() + timedelta(seconds=delay))
        attempts = job["attempts"] + (1 if count_attempt else 0)
        self._write(
            lambda db: ts.set_job(
                db,
                job["id"],
                self.clock,
                state=ts.QUEUED,
                not_before=when,
                attempts=attempts,
                bytes_done=0,
                error=message,
            )
        )
        return ts.QUEUED

    def _halt_run(self, reason: str) -> None:
        with self._cv:
            self._halt = self._halt or reason
            self.report.halted = self.report.halted or reason
            self._cv.notify_all()
        self._emit("halted", {"reason": reason})

    def _failed(self, job: dict, exc: Exception) -> str:
        message = redact(str(exc)) or type(exc).__name__
        if isinstance(exc, RateLimited):
            delay = exc.retry_after if exc.retry_after is not None else self.backoff_base
            with self._cv:
                self._gate_until = max(self._gate_until, self.clock.monotonic() + delay)
                self.report.rate_limited += 1
            return self._requeue(job, delay, "Rate limited: waiting as the server asked", count_attempt=False)
        if isinstance(exc, (AuthExpired, NotConfigured)):
            self._halt_run(message)
            return self._requeue(job, 0, message, count_attempt=False)
        if isinstance(exc, Offline):
            self._halt_run(f"No connection to TachoShare: {message}")
            return self._requeue(job, self._backoff(job), f"No connection: {message}", count_attempt=True)
        if isinstance(exc, ServerError) and job["attempts"] + 1 < self.max_attempts:
            delay = exc.retry_after if exc.retry_after is not None else self._backoff(job)
            return self._requeue(job, delay, f"Server problem: {message}", count_attempt=True)
        if isinstance(exc, Rejected) and exc.status == 403:
            self._halt_run(exc.describe())
        if isinstance(exc, Rejected):
            message = exc.describe()
        elif isinstance(exc, ArchiveError):
            message = f"The archive was refused: {message}"
        elif not isinstance(exc, ServerError):
            log.error("download job %s failed", job["id"], exc_info=exc)
            message = f"internal error: {type(exc).__name__}: {message}"
        now = utc_iso(self.clock.now())

        def tx(db):
            ts.set_job(
                db,
                job["id"],
                self.clock,
                state=ts.FAILED,
                error=message,
                attempts=job["attempts"] + 1,
                finished_at=now,
                bytes_done=0,
            )
            for jid in ts.later_jobs(db, job):  # they would continue from this one
                ts.set_job(
                    db,
                    jid,
                    self.clock,
                    state=ts.CANCELLED,
                    finished_at=now,
                    error="an earlier period of this unit or card failed",
                )

        self._write(tx)
        with self._cv:
            self.report.failed += 1
            self.report.failures.append(f"{job['label']}: {message}")
        return ts.FAILED

    def _backoff(self, job: dict) -> float:
        return min(600.0, self.backoff_base * (2 ** job["attempts"]))

    def _write(self, fn) -> None:
        try:
            self.store.write(fn)
        except Exception:  # shutting down: the job stays 'running' and is requeued at start-up
            log.info("could not record a download's state (store closed?)", exc_info=True)
