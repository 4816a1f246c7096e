"""Background work after a reading was sent: status polling and Vehicle History Reports.

``StatusPoller.run_due()`` asks Car-Pass about every request whose ``next_poll_at`` has come
(the schedule is in ``polling``) and fetches due VHRs; it returns the seconds until the next
call is due. The schedule is stored, so polling resumes after a restart exactly where it was.
One pass runs at a time (the GUI pump, ``sync`` and ``submit --wait`` may overlap).
"""

from __future__ import annotations

import hashlib
import logging
import threading
from datetime import datetime
from pathlib import Path

from fleetdesk.carpass import store as st
from fleetdesk.carpass import workflow as wf
from fleetdesk.carpass.client import VhrNotReady
from fleetdesk.carpass.vhr import save_vhr, vhr_path
from fleetdesk.core.clock import parse_utc, utc_iso
from fleetdesk.core.errors import AuthExpired, BadInput, NotConfigured, Offline, Rejected, TransientError
from fleetdesk.core.redact import redact

log = logging.getLogger(__name__)


class StatusPoller:
    def __init__(self, service):
        self.svc = service
        self.store, self.clock = service.store, service.clock
        self._lock = threading.Lock()

    # -- schedule -----------------------------------------------------------------------
    def next_due_at(self) -> datetime | None:
        row = self.store.read(
            lambda db: db.execute(
                "SELECT MIN(t) FROM (SELECT MIN(next_poll_at) AS t FROM carpass_requests "
                "WHERE next_poll_at IS NOT NULL UNION ALL SELECT MIN(vhr_next_at) FROM "
                "carpass_readings WHERE vhr_next_at IS NOT NULL) AS due"
            ).fetchone()
        )
        return parse_utc(row[0]) if row and row[0] else None

    def next_due_in(self) -> float | None:
        when = self.next_due_at()
        if when is None:
            return None
        return max(0.0, (when - self.clock.now()).total_seconds())

    # -- one pass -------------------------------------------------------------------------
    def run_due(self, limit: int = 200) -> float | None:
        """Poll what is due; seconds until the next call is due (None: nothing to follow)."""
        with self._lock:
            now = self.clock.now()
            end = self.svc.window_end(now)
            if end is not None:  # every call would answer 503: wait for the window to end
                return (end - now).total_seconds() + 1
            stamp = utc_iso(now)
            due, vhrs = self.store.read(
                lambda db: (
                    [
                        r[0]
                        for r in db.execute(
                            "SELECT guid FROM carpass_requests WHERE next_poll_at IS NOT NULL AND "
                            "next_poll_at <= ? ORDER BY next_poll_at LIMIT ?",
                            [stamp, limit],
                        )
                    ],
                    [
                        r[0]
                        for r in db.execute(
                            "SELECT id FROM carpass_readings WHERE vhr_next_at IS NOT NULL AND "
                            "vhr_next_at <= ? ORDER BY vhr_next_at LIMIT ?",
                            [stamp, limit],
                        )
                    ],
                )
            )
            if due or vhrs:
                try:
                    client = self.svc.client()
                except NotConfigured as exc:
                    log.info("Car-Pass polling waits: %s", exc)
                    return 300.0
                for guid in due:
                    if not self._poll_one(client, guid):
                        break  # offline: the others would fail the same way
                for reading_id in vhrs:
                    if not self._fetch_due_vhr(client, reading_id):
                        break
        return self.next_due_in()

    def _poll_one(self, client, guid: str) -> bool:
        """One status call; False when the service is unreachable."""
        try:
            result = client.get_status(guid)
        except (TransientError, AuthExpired) as exc:
            message = redact(str(exc))
            retry_after = getattr(exc, "retry_after", None)
            self.store.write(lambda db: wf.poll_failed(db, guid, self.clock.now(), message, retry_after))
            return not isinstance(exc, Offline)
        except (Rejected, BadInput) as exc:
            message = redact(getattr(exc, "message", None) or str(exc))
            self.store.write(lambda db: wf.poll_refused(db, guid, self.clock.now(), message))
            return True
        # the answer's arrival is the basis for the next call (>= 10 s while ONGOING)
        self.store.write(lambda db: wf.apply_status(db, guid, result, self.clock.now()))
        return True

    # -- Vehicle History Reports --------------------------------------------------------
    def _fetch_due_vhr(self, client, reading_id: int) -> bool:
        reading = self.store.read(lambda db: st.get_reading(db, reading_id))
        if reading is None or not reading.request_guid:
            return True
        try:
            self.fetch_vhr(reading, client=client)
        except VhrNotReady:
            # the normal "not ready yet": the spec's pace (>= 10 s apart, never give up)
            self.store.write(lambda db: wf.vhr_not_ready(db, reading_id, self.clock.now()))
            return True
        except (TransientError, AuthExpired) as exc:
            message = redact(str(exc))
            self.store.write(lambda db: wf.vhr_failed(db, reading_id, self.clock.now(), message, final=False))
            return not isinstance(exc, Offline)
        except Rejected as exc:
            message = redact(exc.describe())
            self.store.write(lambda db: wf.vhr_failed(db, reading_id, self.clock.now(), message, final=True))
        return True

    def fetch_vhr(self, reading: st.Reading, *, language: str | None = None, client=None) -> Path:
        """Download the VHR of a PROCESSED VEHICLE_HISTORY_DOCUMENT reading, store the PDF
        (temp name, fsync, rename) and the public URL; returns the file. A report already
        stored in that language is not fetched again."""
        language = (language or self.svc.rules().vhr_language).upper()
        if reading.state != st.PROCESSED or not reading.request_guid:
            raise BadInput(
                "requestGuid",
                "a Vehicle History Report exists only once Car-Pass "
                f"processed the request (it is {reading.state})",
            )
        data_dir = self.svc.config.data_dir
        files = self.svc.rt.files
        if reading.vhr_path and (reading.vhr_language or "").upper() == language:
            if Path(reading.vhr_path).exists() and not (files.team and reading.vhr_sha256):
                return Path(reading.vhr_path)
            if files.team and reading.vhr_sha256 and files.has(reading.vhr_sha256):
                # team mode: another workstation fetched it; its bytes are in the database and
                # come into this workstation's own report folder, verified by sha256
                here = vhr_path(data_dir, reading.request_guid, language)
                return files.local_copy(here, reading.vhr_sha256, restore=True)
        stored = vhr_path(data_dir, reading.request_guid, language)
        if not stored.exists():
            result = (client or self.svc.client()).get_vhr(reading.request_guid, language)
            stored = save_vhr(data_dir, reading.request_guid, language, result.pdf)
            url = result.public_url
        else:
            url = reading.vhr_url or ""
        pdf = stored.read_bytes()
        sha = hashlib.sha256(pdf).hexdigest()
        self.store.write(
            lambda db: wf.vhr_stored(
                db,
                reading.id,
                self.clock.now(),
                path=str(stored),
                url=url,
                language=language,
                sha256=sha,
                pdf=pdf,
            )
        )
        return stored
