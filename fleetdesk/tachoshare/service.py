"""The TachoShare workflow (Qt-free), shared by the GUI, the command line and ``fleetdesk sync``.

Get the one instance of a runtime with ``TachoShareService.of(rt)``. Methods that talk to the
network or the keyring block: call them from a worker thread in the GUI.

- Sign-in: ``login(open_browser)`` (PKCE through the browser and a loopback redirect); the
  refresh token goes to the secret store (``rt.credentials``) and every rotated one replaces it.
  Unattended runs start from ``FLEETDESK_TACHOSHARE_REFRESH_TOKEN``; once that one has been
  used (refresh tokens rotate), its hash is remembered and the rotated token FleetDesk stored
  takes over, even though the environment still names the first one. With no keyring the
  store keeps it encrypted in the database with the key from ``FLEETDESK_SECRET_KEY_FILE``;
  with neither, each run says that the rotated token dies with the process.
- Sync: refresh the lists, plan incremental jobs per vehicle unit and card, work the queue.
"""

from __future__ import annotations

import hashlib
import logging
import re
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

from fleetdesk.core.errors import (
    AuthExpired,
    BadInput,
    FleetDeskError,
    NotConfigured,
    RateLimited,
    Rejected,
    ServerError,
    TransientError,
)
from fleetdesk.core.keyfile import KEY_FILE_HINT
from fleetdesk.store.kv import kv_get, kv_set
from fleetdesk.tachoshare import store as ts
from fleetdesk.tachoshare.auth import TachoShareAuth, TokenManager, Tokens, check_url, run_login_flow
from fleetdesk.tachoshare.client import TachoShareClient
from fleetdesk.tachoshare.compliance import Policy
from fleetdesk.tachoshare.downloads import DEFAULT_CONCURRENCY, DownloadManager, RunReport
from fleetdesk.tachoshare.facts import expiring_cards, expiry_warning_days, index_new_files
from fleetdesk.tachoshare.fetch import JobRunner, clean_leftovers
from fleetdesk.tachoshare.models import format_country_code, parse_country_code
from fleetdesk.tachoshare.ranges import clamp_backfill, plan_ranges
from fleetdesk.tachoshare.rdl import enqueue_rdl

log = logging.getLogger(__name__)
SERVICE, AUTH_SERVICE = "tachoshare", "tachoshare_auth"
#: fleet setting -> (vehicle-unit format, driver-card format)
FORMATS = {
    "DDD": ("DDD", "DDD"),
    "V1B_V1C": ("V1B_V1C", "C1B_C1C"),
    "C1B_C1C": ("V1B_V1C", "C1B_C1C"),
    "TGD": ("TGD", "TGD"),
}
FORMAT_KEY, BACKFILL_KEY = "tachoshare.format", "tachoshare.backfill_days"
CONCURRENCY_KEY, ARCHIVE_KEY = "tachoshare.concurrency", "tachoshare.archive_dir"
LISTED_AT = "tachoshare.lists_refreshed_at"
#: sign-in settings (the spec names neither the endpoints nor the scopes)
SCOPE_KEY = "tachoshare_auth.scope"
AUTHORIZE_URL_KEY, TOKEN_URL_KEY = "tachoshare_auth.authorize_url", "tachoshare_auth.token_url"
ENV_TOKEN_USED = "tachoshare.env_refresh_token_used"  # sha256 of a consumed env token
ENV_TOKEN = "FLEETDESK_TACHOSHARE_REFRESH_TOKEN"
_instances_lock = threading.Lock()


#: The longest Retry-After a command waits for in line (longer: it stops and says when).
INLINE_WAIT_MAX_S = 30.0


@dataclass(frozen=True)
class SignInState:
    state: str  # "signed_in", "signed_out", "expired", "not_configured"
    message: str

    @property
    def ok(self) -> bool:
        return self.state == "signed_in"


def card_identifier(number: str) -> str:
    """The spec's card identifier (the first 14 characters) from what a user types: the 14
    characters, or the full 16 with the replacement and renewal indexes; spaces ignored."""
    text = "".join(str(number or "").split()).upper()
    if len(text) == 16:
        text = text[:14]
    if len(text) != 14 or not text.isalnum():
        raise BadInput(
            "card",
            f"{number!r} is not a driver card number: give its 14 characters, "
            "or the full 16 with the replacement and renewal index",
        )
    return text


def _digest(value: str) -> str:
    return hashlib.sha256(value.encode("utf-8")).hexdigest()


class TachoShareService:
    def __init__(self, rt):
        self.rt = rt
        self._lock = threading.RLock()
        self._index_mutex = threading.Lock()
        self._indexer: threading.Thread | None = None
        self._index_again = False
        self._tokens: TokenManager | None = None
        self._client: TachoShareClient | None = None
        self._manager: DownloadManager | None = None
        self._auth_problem: str | None = None
        self._told_not_kept = False

    @classmethod
    def of(cls, rt) -> TachoShareService:
        with _instances_lock:
            svc = rt.services.get(SERVICE)
            if not isinstance(svc, cls):
                svc = rt.services[SERVICE] = cls(rt)
            return svc

    # -- settings -------------------------------------------------------------------------
    @property
    def settings(self):
        return self.rt.config.settings

    def formats(self) -> tuple[str, str]:
        return FORMATS.get(str(self.settings.get(FORMAT_KEY) or "DDD").upper(), FORMATS["DDD"])

    def backfill_days(self) -> int:
        return clamp_backfill(self.settings.get(BACKFILL_KEY))

    def concurrency(self) -> int:
        try:
            return max(1, min(8, int(self.settings.get(CONCURRENCY_KEY) or DEFAULT_CONCURRENCY)))
        except (TypeError, ValueError):
            return DEFAULT_CONCURRENCY

    def archive_root(self) -> Path:
        custom = self.settings.get(ARCHIVE_KEY)
        root = Path(custom).expanduser() if custom else self.rt.config.data_dir / "tachographs"
        root.mkdir(parents=True, exist_ok=True)
        return root

    def archived_file(self, row: dict, *, restore: bool = False) -> Path:
        """A local path holding an archived file (``row``: its ``path`` and ``sha256``). In team
        mode a file this workstation never downloaded comes out of the database, verified by
        its sha256 (into the cache, or with ``restore`` into the archive folder). Blocking."""
        root = self.archive_root()
        local = root / row["path"]
        if not local.resolve().is_relative_to(root.resolve()):
            raise BadInput("path", f"{row['path']!r} points outside the tachograph archive")
        return self.rt.files.local_copy(local, row.get("sha256"), restore=restore)

    def policy(self) -> Policy:
        return Policy.from_settings(self.settings)

    def expiry_days(self) -> int:
        """Cards expiring within this many days are flagged (a setting, default 30)."""
        return expiry_warning_days(self.settings)

    def expiring_cards(self) -> list:
        today, within = self.today(), self.expiry_days()
        return self.rt.store.read(lambda db: expiring_cards(db, today, within))

    def today(self):
        return self.rt.clock.now().date()  # TachoShare dates are UTC days

    # -- sign-in --------------------------------------------------------------------------
    def auth(self) -> TachoShareAuth:
        creds = self.rt.credentials
        client_id = creds.get(SERVICE, "client_id")
        if not client_id:
            raise NotConfigured(
                "TachoShare has no client id: enter it in Settings, or set FLEETDESK_TACHOSHARE_CLIENT_ID"
            )
        config = self.rt.config
        environ = getattr(config, "environ", {}) or {}

        def setting(key: str, env: str) -> str | None:
            value = environ.get(env) or self.settings.get(key)
            return str(value).strip() or None if value else None

        return TachoShareAuth(
            config.base_url(AUTH_SERVICE),
            client_id,
            creds.get(SERVICE, "client_secret"),
            clock=self.rt.clock,
            scope=setting(SCOPE_KEY, "FLEETDESK_TACHOSHARE_SCOPE"),
            authorize_url=setting(AUTHORIZE_URL_KEY, "FLEETDESK_TACHOSHARE_AUTHORIZE_URL"),
            token_url=setting(TOKEN_URL_KEY, "FLEETDESK_TACHOSHARE_TOKEN_URL"),
        )

    def _env_token_used(self, env: str) -> bool:
        return self.rt.store.read(lambda db: kv_get(db, ENV_TOKEN_USED)) == _digest(env)

    def _stored_refresh_token(self) -> str | None:
        """The environment's token until it has been used once; then the one FleetDesk stored
        after the rotation (it wins over the environment's, which the server refuses now)."""
        env = self.rt.config.env_credential(SERVICE, "refresh_token")
        if env and not self._env_token_used(env):
            return env
        return self.rt.secrets.get(SERVICE, "refresh_token")

    def _keep(self, tokens: Tokens) -> None:
        """A refresh rotated the token: the old one is dead, keep the new one."""
        env = self.rt.config.env_credential(SERVICE, "refresh_token")
        if not tokens.refresh_token or tokens.refresh_token == env:
            return  # not rotated: the environment's token still works, write nothing
        self.rt.credentials.set(SERVICE, "refresh_token", tokens.refresh_token)
        if env:
            self.rt.store.write(lambda db: kv_set(db, ENV_TOKEN_USED, _digest(env)))
            if not self.rt.secrets.persistent and not self._told_not_kept:
                self._told_not_kept = True
                log.warning(
                    "TachoShare replaced the refresh token from %s (it works only once), "
                    "but this machine has no system keyring, so the new one is kept only "
                    "until this run ends and the next run will not be signed in: %s.",
                    ENV_TOKEN,
                    KEY_FILE_HINT,
                )

    def _not_signed_in(self) -> AuthExpired:
        env = self.rt.config.env_credential(SERVICE, "refresh_token")
        if env and self._env_token_used(env):
            where = (
                "this machine has no system keyring to keep the new one: " + KEY_FILE_HINT
                if not self.rt.secrets.persistent
                else "no newer token is stored"
            )
            return AuthExpired(
                f"Not signed in to TachoShare: the refresh token in {ENV_TOKEN} was already used "
                f"by an earlier run (TachoShare replaces it each time) and {where}. Then give "
                f"{ENV_TOKEN} a new token, or sign in with `fleetdesk tacho login`."
            )
        if not self.rt.secrets.persistent:
            return AuthExpired(
                "Not signed in to TachoShare: sign in first (Tachographs tab, or "
                f"`fleetdesk tacho login`). No system keyring is available: for "
                f"scheduled runs, give {ENV_TOKEN} and {KEY_FILE_HINT}."
            )
        return AuthExpired(
            "Not signed in to TachoShare: sign in first (Tachographs tab, or `fleetdesk tacho login`)."
        )

    def tokens(self) -> TokenManager:
        with self._lock:
            if self._tokens is None:
                refresh = self._stored_refresh_token()
                if not refresh:
                    raise self._not_signed_in()
                self._tokens = TokenManager(
                    self.auth(), Tokens.from_refresh_token(refresh), on_change=self._keep
                )
            return self._tokens

    def client(self) -> TachoShareClient:
        with self._lock:
            if self._client is None:
                base = check_url(self.rt.config.base_url(SERVICE), "The TachoShare API URL")
                self._client = TachoShareClient(base, self.tokens(), monitor=self.rt.monitor)
            return self._client

    def sign_in_state(self) -> SignInState:
        """Reads the keyring: call off the UI thread."""
        try:
            self.auth()
        except NotConfigured as exc:
            return SignInState("not_configured", str(exc))
        if self._auth_problem:
            return SignInState("expired", self._auth_problem)
        try:
            signed_in = bool(self._stored_refresh_token())
        except NotConfigured as exc:  # e.g. an unusable FLEETDESK_SECRET_KEY_FILE
            return SignInState("not_configured", str(exc))
        if not signed_in:
            return SignInState("signed_out", "Not signed in to TachoShare.")
        return SignInState("signed_in", "Signed in to TachoShare.")

    def login(
        self,
        open_browser: Callable[[str], object],
        *,
        timeout: float = 300.0,
        cancel: threading.Event | None = None,
    ) -> None:
        """Browser sign-in; keeps the refresh token in the keyring. Blocks until done."""
        tokens = run_login_flow(self.auth(), open_browser, timeout=timeout, cancel=cancel)
        self.rt.credentials.set(SERVICE, "refresh_token", tokens.refresh_token or "")
        with self._lock:
            self._drop_client()
            self._tokens = TokenManager(self.auth(), tokens, on_change=self._keep)
            self._auth_problem = None
        env = self.rt.config.env_credential(SERVICE, "refresh_token")
        if env:  # the browser sign-in replaces the environment's token from now on
            self.rt.store.write(lambda db: kv_set(db, ENV_TOKEN_USED, _digest(env)))

    def sign_out(self) -> None:
        self.rt.credentials.delete(SERVICE, "refresh_token")
        with self._lock:
            self._drop_client()

    def settings_changed(self) -> None:
        """The sign-in or API settings changed: the next call builds its client from them.
        The refresh token stays (it belongs to the account, not to the endpoints)."""
        with self._lock:
            self._drop_client()
            self._auth_problem = None

    def note_auth_problem(self, message: str) -> None:
        """A refresh failed or a 401 persisted: the user must sign in again."""
        with self._lock:
            self._auth_problem = message
            self._drop_client()
        self.rt.monitor.report(SERVICE, "auth", message)

    def _drop_client(self) -> None:
        if self._client is not None:
            self._client.close()
        self._client, self._tokens = None, None

    def _call(self, fn):
        """Run a read; on 429 wait as told (twice at most); on a dead sign-in say so."""
        for attempt in range(3):
            try:
                return fn(self.client())
            except RateLimited as exc:
                # wait in line only for a short ask; a long one (up to the 24 h cap) ends the
                # command with the typed error, so a cron job never hangs behind it
                if attempt == 2 or (exc.retry_after or 0.0) > INLINE_WAIT_MAX_S:
                    raise
                self.rt.clock.sleep(exc.retry_after if exc.retry_after is not None else 2.0)
            except AuthExpired as exc:
                self.note_auth_problem(str(exc))
                raise

    # -- lists ----------------------------------------------------------------------------
    def refresh_lists(self) -> dict:
        """``GET /vehicles`` and ``GET /drivers`` into the store.

        One list failing (no rights to it, a server error, a bad answer) does not stop the
        other (#17, optional look-ups degrade): the failed one keeps what was stored last and
        ``notes`` says so. Only when both fail, or the sign-in or the network is gone, does
        the whole refresh fail."""
        clock, notes = self.rt.clock, []
        errors: list[FleetDeskError] = []
        lists: dict[str, list | None] = {}
        for kind, read, what in (
            ("vehicles", lambda c: c.vehicles(), "vehicle list"),
            ("cards", lambda c: c.drivers(), "driver-card list"),
        ):
            try:
                lists[kind] = self._call(read)
            except (AuthExpired, TransientError, Rejected) as exc:
                if not isinstance(exc, (ServerError, Rejected)):  # BadAnswer is a ServerError
                    raise  # signed out, offline, rate limited: nothing to go on
                errors.append(exc)
                lists[kind] = None
                notes.append(f"the {what} could not be read ({exc}); showing the one stored last")
        if len(errors) == 2:
            raise errors[0]

        def tx(db):
            counts: dict = {}
            for kind, save, table in (
                ("vehicles", ts.save_vehicles, "tacho_vehicles"),
                ("cards", ts.save_cards, "tacho_cards"),
            ):
                got = lists[kind]
                counts[kind] = (
                    save(db, got, clock)
                    if got is not None
                    else db.execute(f"SELECT COUNT(*) FROM {table} WHERE listed = 1").fetchone()[0]
                )
            kv_set(db, LISTED_AT, clock.now().isoformat())
            if notes:
                counts["notes"] = notes
            return counts

        return self.rt.store.write(tx)

    def lists_refreshed_at(self) -> str | None:
        return self.rt.store.read(lambda db: kv_get(db, LISTED_AT))

    # -- planning and downloading ---------------------------------------------------------
    def subjects_for(
        self, vins: list[str] | None = None, cards: list[tuple[str, str]] | None = None
    ) -> set[str] | None:
        """The subjects a ``--vin`` / ``--card --country`` selection names (None: all)."""
        if not vins and not cards:
            return None
        out = {ts.vu_subject(v) for v in vins or []}
        for number, country in cards or []:
            number = card_identifier(number)
            try:
                out.add(ts.card_subject(number, country))
            except ValueError as exc:
                raise BadInput("country", f"{country!r} is not a country code like 0x1B ({exc})") from exc
        return out

    def check_known(self, only: set[str] | None) -> None:
        """A ``--vin`` / ``--card`` that TachoShare does not list is an error, never a silent no-op."""
        if not only:
            return

        def known(db) -> set[str]:
            return {ts.vu_subject(v["vin"]) for v in ts.vehicles(db)} | {
                ts.card_subject(c["card_number"], c["country"]) for c in ts.cards(db)
            }

        unknown = sorted(only - self.rt.store.read(known))
        if unknown:
            names = ", ".join(
                u.split(":", 1)[1] if u.startswith("vu:") else u.split(":", 2)[2] for u in unknown
            )
            raise BadInput(
                "card" if unknown[0].startswith("card:") else "vin",
                f"TachoShare lists no such vehicle or driver card: {names}",
            )

    def plan(self, only: set[str] | None = None) -> list[int]:
        """Queue the incremental downloads every unit and card needs; returns the new job ids."""
        vu_fmt, card_fmt = self.formats()
        backfill, clock, today = self.backfill_days(), self.rt.clock, self.today()

        def tx(db):
            ts.serialise_planning(db)
            busy = ts.active_subjects(db)
            new: list[int] = []
            wanted = []
            for v in ts.vehicles(db):
                wanted.append(
                    (
                        ts.vu_subject(v["vin"]),
                        "vu",
                        v["last_activity_date"],
                        f"{v['license_plate'] or v['vin']} vehicle unit",
                        vu_fmt,
                        {"vin": v["vin"]},
                    )
                )
            for c in ts.cards(db):
                wanted.append(
                    (
                        ts.card_subject(c["card_number"], c["country"]),
                        "card",
                        c["last_download_date"],
                        f"Card {c['card_number']} ({format_country_code(c['country'])})",
                        card_fmt,
                        {"card_number": c["card_number"], "country": c["country"]},
                    )
                )
            for subject, kind, available, label, fmt, ident in wanted:
                if subject in busy or (only is not None and subject not in only):
                    continue
                ranges = plan_ranges(
                    ts.get_cursor(db, subject),
                    date.fromisoformat(available) if available else None,
                    backfill_days=backfill,
                    today=today,
                )
                if not ranges:
                    continue
                # a failed earlier attempt is replaced: the new job starts from the cursor too
                db.execute(
                    "UPDATE tacho_jobs SET state = 'cancelled', error = 'replaced by a newer "
                    "download' WHERE subject = ? AND state = 'failed'",
                    [subject],
                )
                for i, r in enumerate(ranges):
                    part = f" (part {i + 1} of {len(ranges)})" if len(ranges) > 1 else ""
                    new.append(
                        ts.add_job(
                            db,
                            subject=subject,
                            kind=kind,
                            label=label + part,
                            fmt=fmt,
                            date_from=r.start,
                            date_to=r.end,
                            clock=clock,
                            **ident,
                        )
                    )
            return new

        return self.rt.store.write(tx)

    @property
    def downloads(self) -> DownloadManager:
        with self._lock:
            if self._manager is None:
                runner = JobRunner(self.rt.store, self.rt.clock, self.client, self.archive_root)
                self._manager = DownloadManager(
                    self.rt.store, self.rt.clock, runner, concurrency=self.concurrency()
                )
                self._manager.subscribe(self._on_download_event)
            return self._manager

    def _on_download_event(self, event: str, data: dict) -> None:
        if event == "job" and data.get("state") == ts.DONE:
            self._index_soon()  # each archived file is parsed once, on arrival
        if event == "halted" and "sign in" in data.get("reason", "").lower():
            self.note_auth_problem(data["reason"])

    def sync(
        self, only: set[str] | None = None, *, refresh: bool = True, timeout: float | None = None
    ) -> dict:
        """Refresh the lists, plan, and download everything due (blocking)."""
        counts = self.refresh_lists() if refresh else {}
        self.check_known(only)
        planned = self.plan(only)
        before = self.rt.store.read(
            lambda db: db.execute("SELECT COALESCE(MAX(id), 0) FROM tacho_files").fetchone()[0]
        )
        report = self.downloads.run(timeout, only)
        self.index_new_files()
        attention = self.rt.store.read(
            lambda db: [
                dict(r)
                for r in db.query(
                    "SELECT path, attention FROM tacho_files WHERE id > ? AND attention IS NOT NULL "
                    "ORDER BY id",
                    [before],
                )
            ]
        )
        return {
            "listed": counts,
            "planned": len(planned),
            **report.as_dict(),
            "attention": attention,
            "notes": list(counts.get("notes", [])),
        }

    def index_new_files(self) -> int:
        """Parse the header of every archived file not parsed yet (facts into the index)."""
        with self._index_mutex:
            try:
                return index_new_files(
                    self.rt.store, self.rt.clock, self.archive_root(), locate=self.archived_file
                )
            except Exception:  # the index can be rebuilt; a download must never fail because of it
                log.warning("could not index new tachograph files", exc_info=True)
                return 0

    def _index_soon(self) -> None:
        """Index new files on one background thread, so download workers never wait for it."""
        with self._lock:
            self._index_again = True
            if self._indexer is not None and self._indexer.is_alive():
                return
            self._indexer = threading.Thread(target=self._index_loop, name="tacho-index", daemon=True)
            self._indexer.start()

    def _index_loop(self) -> None:
        while True:
            with self._lock:
                if not self._index_again:
                    self._indexer = None
                    return
                self._index_again = False
            self.index_new_files()

    def wait_indexed(self, timeout: float = 30.0) -> None:
        with self._lock:
            indexer = self._indexer
        if indexer is not None:
            indexer.join(timeout)

    def start_sync(self, only: set[str] | None = None) -> dict:
        """The GUI's "Sync now": refresh and plan (blocking), download in the background."""
        counts = self.refresh_lists()
        planned = self.plan(only)
        self.downloads.start(only)
        return {"listed": counts, "planned": len(planned)}

    def last_report(self) -> RunReport | None:
        return self._manager.report if self._manager else None

    # -- remote download request ----------------------------------------------------------
    def request_rdl(self, vin: str) -> int:
        """Store the RDL request and its outbox item; ``RdlNotPossible`` says why not."""
        return self.rt.store.write(lambda db: enqueue_rdl(db, vin, self.rt.clock))

    # -- start-up and background ------------------------------------------------------------
    def recover(self) -> None:
        """Jobs a crash left running go back to the queue; temporary files are removed."""
        shared = not getattr(self.rt.store, "exclusive", True)  # a team database (#16)
        self.rt.store.write(lambda db: ts.requeue_interrupted(db, self.rt.clock, shared=shared))
        try:
            clean_leftovers(self.archive_root())
        except OSError:
            log.warning("could not clean the tachograph archive's temporary files", exc_info=True)
        self.index_new_files()  # files archived before the index existed

    def background_step(self) -> float:
        """Resume queued downloads and keep the lists fresh (the GUI pump calls this)."""
        if not self.sign_in_state().ok:
            return 120.0
        try:
            listed = self.lists_refreshed_at()
            stale = listed is None or datetime.fromisoformat(listed) < self.rt.clock.now() - timedelta(
                minutes=15
            )
            if stale:
                self.refresh_lists()
            manager = self.downloads
            if not manager.active and not manager.paused and self.rt.store.read(ts.next_due_at):
                manager.start()
        except Exception as exc:
            log.info("TachoShare background step: %s", exc)
        return 60.0

    def close(self) -> None:
        with self._lock:
            manager = self._manager
        if manager is not None:
            manager.stop()
        self.wait_indexed()
        with self._lock:
            self._drop_client()


def parse_card_args(number: str | None, country: str | None) -> list[tuple[str, str]]:
    """``--card N --country 0xNN`` from the command line, checked."""
    if not number and not country:
        return []
    if not number or not country:
        raise BadInput("card", "give both --card NUMBER and --country 0xNN")
    try:
        parse_country_code(country)
    except ValueError as exc:
        raise BadInput(
            "country", f"{_shown(country)} is not a hex country code from 0x00 to 0xFF, like 0x1B"
        ) from exc
    return [(check_card_number(number), country)]


def _shown(text: str) -> str:
    return repr(text if len(text) <= 40 else text[:40] + "…")


def check_card_number(number: str) -> str:
    """The spec's cardNumber: "the first 14 characters of the driver card" (GET /drivers and
    GET /drivers/{cardNumber}/files). A full card number (16 characters: 14 + replacement and
    renewal index) is cut to its first 14; anything else is refused."""
    clean = re.sub(r"\s", "", number or "")
    if not re.fullmatch(r"[A-Za-z0-9]{14,16}", clean):
        raise BadInput(
            "card",
            f"{_shown(number)} is not a driver card number: 14 letters or "
            "digits (the first 14 characters of the card)",
        )
    return clean[:14].upper()
