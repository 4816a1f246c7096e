"""Every client path against every hostile server: each case ends in a typed, transient error
(the outbox keeps the item and tries again) within the call's deadline; never a traceback,
never a hang. The deadline is 2 s here (FLEETDESK_HTTP_DEADLINE_S), so trickles end fast."""

from __future__ import annotations

import time
import uuid
from datetime import date

import pytest

from fleetdesk.carpass.client import CarPassClient
from fleetdesk.carpass.models import Observation, ObservationType
from fleetdesk.core.errors import BadAnswer, Offline, RateLimited, ServerError, TransientError
from fleetdesk.core.http_answer import MAX_RETRY_AFTER_S
from fleetdesk.ctrack.client import CtrackClient
from fleetdesk.highmobility.client import HighMobilityClient
from fleetdesk.tachoshare.client import TachoShareClient
from fleetdesk.thg.client import ThgClient
from hostile_support import CASES, HostileServer

DEADLINE_S = 2.0
TOLERABLE = {"wrong_shape", "wrong_types", "year9999_field", "empty_200"}


class _Tokens:
    def access_token(self) -> str:
        return "ts-token"

    def refresh_after_refusal(self, refused: str) -> str:
        return "ts-token-2"


def _observation() -> Observation:
    return Observation(
        reading_date=date(2026, 12, 3),
        odometer=123456,
        enterprise_organisation="0412.345.614",
        entered_organisation="0412345614",
        vin="WVWZZZ1JZXW000001",
        observation_type=ObservationType.REPAIR_MAINTENANCE_SERVICE,
    )


#: client path -> (make a client, the call, how many requests one call may make in a row)
PATHS = {
    "carpass_submit": (
        lambda url: CarPassClient(url, "garage", "pw"),
        lambda c: c.post_observation(_observation()),
        1,
    ),
    "carpass_status": (
        lambda url: CarPassClient(url, "garage", "pw"),
        lambda c: c.get_status(str(uuid.uuid4())),
        1,
    ),
    "tachoshare": (lambda url: TachoShareClient(url, _Tokens()), lambda c: c.vehicles(), 1),
    "thg": (lambda url: ThgClient(url, lambda: "thg-token"), lambda c: c.registrants(), 2),
    "highmobility": (lambda url: HighMobilityClient(url, "id", "secret"), lambda c: c.list_vehicles(), 1),
    "ctrack": (lambda url: CtrackClient(url, "user", "pw"), lambda c: c.vehicles(), 1),
}


@pytest.fixture(autouse=True)
def _short_deadline(monkeypatch):
    monkeypatch.setenv("FLEETDESK_HTTP_DEADLINE_S", str(DEADLINE_S))


def _run(path: str, case: str) -> tuple[BaseException | None, float]:
    make, call, _ = PATHS[path]
    with HostileServer(case) as url:
        client = make(url)
        started = time.monotonic()
        try:
            call(client)
        except BaseException as exc:  # noqa: BLE001 - the test inspects what came out
            return exc, time.monotonic() - started
        finally:
            client.close()
    return None, time.monotonic() - started


@pytest.mark.parametrize("case", CASES)
@pytest.mark.parametrize("path", list(PATHS))
def test_every_hostile_answer_is_a_typed_transient_error_in_time(path, case):
    exc, elapsed = _run(path, case)
    if exc is None:
        # A client may tolerate a surprising shape where its spec allows (items it cannot
        # read are skipped, an empty list body is an empty list); it must not crash.
        assert case in TOLERABLE, f"{path}/{case}: a hostile answer was taken as a good one"
        return
    assert isinstance(exc, TransientError), f"{path}/{case}: {type(exc).__name__}: {exc}"
    attempts = PATHS[path][2]
    assert elapsed < attempts * DEADLINE_S + 1.5, f"{path}/{case} took {elapsed:.1f} s"
    text = str(exc)
    assert "Traceback" not in text and "\x07" not in text and len(text) < 500
    if case.startswith("retry_after") or case == "503_retry_after_1e9":
        assert exc.retry_after is None or 0 <= exc.retry_after <= MAX_RETRY_AFTER_S
    if case in ("retry_after_1e9", "retry_after_1e12"):
        assert isinstance(exc, RateLimited) and exc.retry_after == MAX_RETRY_AFTER_S
        assert "waits at most 24 h" in text
    if case in ("trickle_headers", "trickle_body"):
        assert isinstance(exc, Offline) and f"within {DEADLINE_S:g} s" in text


@pytest.mark.parametrize("path", list(PATHS))
def test_a_captive_portal_page_reads_as_a_bad_answer_with_its_first_words(path):
    exc, _ = _run(path, "html_200")
    assert isinstance(exc, BadAnswer) and isinstance(exc, ServerError)
    assert "not what its API returns" in str(exc)
    assert "Hotel Wi-Fi" in str(exc) and "\x07" not in str(exc)


@pytest.mark.parametrize("path", list(PATHS))
@pytest.mark.parametrize("case", ["deep_array", "deep_object"])
def test_deep_nesting_is_a_bad_answer_not_a_recursion_error(path, case):
    exc, _ = _run(path, case)
    assert isinstance(exc, BadAnswer) and "nested too deeply" in str(exc)


@pytest.mark.parametrize("path", list(PATHS))
def test_a_redirect_to_another_host_is_refused(path):
    with HostileServer("redirect_other_host") as url:
        make, call, _ = PATHS[path]
        client = make(url)
        try:
            with pytest.raises(BadAnswer, match="another host"):
                call(client)
        finally:
            client.close()


def test_connection_refused_reads_in_plain_words():
    sock = __import__("socket").socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    sock.close()  # nothing listens there now
    client = CarPassClient(f"http://127.0.0.1:{port}", "garage", "pw")
    try:
        with pytest.raises(Offline) as caught:
            client.post_observation(_observation())
    finally:
        client.close()
    assert str(caught.value) == "Car-Pass could not be reached (connection refused)"


@pytest.mark.parametrize("case", CASES)
def test_nothing_is_lost_from_the_outbox(case, store_and_clock):
    """Whatever the server answers, the submission stays queued (a transient failure), with a
    readable reason; it is never set aside with a confusing text, never dropped."""
    from fleetdesk.core.http import ApiClient
    from fleetdesk.store import outbox as ob
    from fleetdesk.store.dispatcher import Dispatcher
    from fleetdesk.store.outbox import SendResult
    from ledger_support import LedgerHandler, add_note

    class Ledger(ApiClient):  # a vendor client: one public method per endpoint
        def create(self, item) -> str:
            return str(
                self.request(
                    "POST", "/items", json=item.payload, headers={"Idempotency-Key": item.idempotency_key}
                ).json()["id"]
            )

    class Handler(LedgerHandler):
        def send(self, item):
            return SendResult(self.api.create(item))

    store, clock = store_and_clock
    note = add_note(store, clock, f"reading under {case}")
    with HostileServer(case) as url:
        handler = Handler(url)
        handler.api = Ledger(url, service="ledger")
        try:
            report = Dispatcher(store, [handler], clock).run_once()
        finally:
            handler.client.close()
            handler.api.close()
    [item] = store.read(lambda db: ob.for_entity(db, "notes", note))
    if case in TOLERABLE and item.state == "sent":  # the answer carried what was needed
        return
    assert report.queued == [item.id] and item.state == "queued", item.last_error
    assert item.last_error and "Traceback" not in item.last_error


@pytest.fixture
def store_and_clock(tmp_path):
    from fleetdesk.core.clock import FakeClock
    from fleetdesk.store.db import Store
    from fleetdesk.store.schema import core_migrations
    from ledger_support import notes_migrations

    store = Store(tmp_path / "o.sqlite3", [core_migrations, notes_migrations()])
    yield store, FakeClock()
    store.close()


def test_a_stalled_download_is_cut_by_the_progress_watchdog(monkeypatch, tmp_path):
    """A file download has no total deadline (files can be large) but aborts when no byte
    arrives for DOWNLOAD_STALL_S (60 s; 1 s here); the download resumes on a later pass."""
    import io

    from fleetdesk.core import http_deadline
    from fleetdesk.core.http import ApiClient

    monkeypatch.setattr(http_deadline, "DOWNLOAD_STALL_S", 1.0)
    monkeypatch.setenv("FLEETDESK_HTTP_DEADLINE_S", "600")
    with HostileServer("trickle_body", trickle_s=4.0) as url:
        with ApiClient(url, service="tachoshare") as client:
            started = time.monotonic()
            with pytest.raises(Offline, match="timed out"):
                client.stream_to("GET", "/vehicles/X/files", io.BytesIO())
            assert time.monotonic() - started < 3.5
