"""The THG workflow (service + store + outbox) against both simulators over loopback.

The simulators and the runtime share one FakeClock: validation, UBA submission, token expiry
and the 90-day refresh lapse are exact. Only the cold start waits on real time (< 2 s).
"""

from __future__ import annotations

import json
import threading
import time
from datetime import timedelta

import pytest

from fleetdesk.core.clock import parse_utc
from fleetdesk.core.errors import AuthExpired, BadInput
from fleetdesk.simulators.framework import SimResponse
from fleetdesk.store import outbox as ob
from fleetdesk.store.kv import kv_get
from fleetdesk.thg import store as ts
from fleetdesk.thg.account import LAST_USED_KEY, SECRET_NAME, SECRET_SERVICE
from fleetdesk.thg.client import CURSOR_OVERLAP
from fleetdesk.thg.models import wire_time
from fleetdesk.thg.statussync import VEHICLES_CURSOR, sync_all
from test_thg_support import ThgEnv, jpeg, pdf, png_header, thg_sim, write_docs


@pytest.fixture
def env(config, fake_clock, monkeypatch):
    made = []

    def make(**kw):
        e = ThgEnv(config, fake_clock, monkeypatch, **kw)
        made.append(e)
        return e

    yield make
    for e in made:
        e.close()


@pytest.fixture
def signed_in(env):
    e = env()
    e.sign_in()
    sync_all(e.svc)
    return e


def events(e) -> list[str]:
    return [
        r["text"] for r in e.rt.store.read(lambda db: ts.rows(db, "SELECT text FROM thg_events ORDER BY id"))
    ]


# -- sign-in --------------------------------------------------------------------------------------
def test_sign_in_is_stored_encrypted_and_restored_without_network(env, fake_clock):
    e = env()
    assert not e.svc.account.status().signed_in
    status = e.sign_in()
    assert status.signed_in and status.username == "fleet.manager@example.com"
    stored = e.rt.secrets.get(SECRET_SERVICE, SECRET_NAME)
    assert len(stored.encode("utf-16-le")) > 2560  # too long for a Windows credential
    blobs = e.rt.store.read(lambda db: db.execute("SELECT ciphertext FROM secret_blobs").fetchall())
    assert blobs and b"refresh_token" not in blobs[0][0]  # encrypted in the store
    assert e.rt.store.read(lambda db: kv_get(db, LAST_USED_KEY)) is not None

    from fleetdesk.thg.account import ThgAccount

    again = ThgAccount(e.rt)
    assert again.status().signed_in and again.status().source == "stored"
    assert not e.identity.requests_to(r"/token$")[1:]  # only the sign-in itself
    again.close()


def test_refresh_chain_rolls_is_saved_and_warns_before_the_lapse(env, fake_clock):
    e = env()
    e.sign_in()
    first = e.rt.secrets.get(SECRET_SERVICE, SECRET_NAME)
    fake_clock.advance(minutes=56)
    e.svc.client().registrants()  # refreshes five minutes early
    assert e.rt.secrets.get(SECRET_SERVICE, SECRET_NAME) != first  # the rolled token is kept
    fake_clock.advance(days=70)
    status = e.svc.account.status()
    assert status.refresh.warn and status.days_left == 20 and "lapses in 20 days" in status.describe()
    fake_clock.advance(days=21)
    assert e.svc.account.status().refresh.lapsed
    with pytest.raises(AuthExpired):
        e.svc.client().registrants()
    up = e.svc.queue_uploads([_file(e, "late.jpg")], registrant_id=e.registrant)
    e.send()
    item = e.rt.store.read(lambda db: ob.for_entity(db, "thg_uploads", up.queued[0]))[0]
    assert item.state == "queued" and item.last_error.startswith("Sign-in needed")


def test_unattended_run_from_the_environment_writes_no_secret(env, monkeypatch):
    e = env()
    e.sign_in()
    token = e.svc.account.auth().refresh_token
    e.svc.account.sign_out()
    monkeypatch.setitem(e.config.environ, "FLEETDESK_THG_REFRESH_TOKEN", token)
    from fleetdesk.thg.account import ThgAccount

    unattended = ThgAccount(e.rt)
    assert unattended.access_token()
    assert unattended.status().source == "environment"
    assert e.rt.secrets.get(SECRET_SERVICE, SECRET_NAME) is None
    unattended.close()


# -- uploads ------------------------------------------------------------------------------------------
def _file(e, name: str, content: bytes | None = None):
    path = e.config.data_dir.parent / "in" / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(
        jpeg(b"THG-SIM:VERIFIED VIN=WVWZZZE1ZMP0" + name.encode()[:5].hex().upper()[:5].encode())
        if content is None
        else content
    )
    return path


def test_upload_creates_a_vehicle_and_the_sync_reports_its_verification(signed_in, fake_clock):
    e = signed_in
    files = [_file(e, "a.jpg"), _file(e, "b.jpg")]
    queued = e.svc.queue_uploads(files, registrant_id=e.registrant, refs=("FD-7", "B-X 1E", ""))
    files[0].unlink()  # FleetDesk kept its own copy
    assert len(queued.queued) == 2 and not queued.refused
    assert len(e.send().sent) == 2
    ups = e.uploads()
    assert {u["state"] for u in ups} == {"uploaded"} and all(u["vehicle_id"] for u in ups)
    assert all(u["customer_reference3"].startswith("FDU-") for u in ups)
    vehicles = e.rt.store.read(lambda db: ts.vehicles(db))
    assert [v["status"] for v in vehicles] == ["pending", "pending"]
    assert vehicles[0]["customer_reference1"] == "FD-7"

    fake_clock.advance(seconds=61)
    summary = sync_all(e.svc)
    assert summary.status_changes == 2
    assert any("is now “Verified”" in t for t in events(e))
    assert {v["status"] for v in e.rt.store.read(lambda db: ts.vehicles(db))} == {"verified"}


@pytest.mark.parametrize(
    "name,content,code",
    [
        ("empty.jpg", b"", "empty"),
        ("notes.jpg", b"just some text", "not a JPEG"),
        ("iphone.heic", b"\x00\x00\x00\x18ftypheic" + b"\x00" * 40, "HEIC"),
        ("small.png", png_header(640, 480), "too small to read"),
        ("two.pdf", pdf(2), "2 pages"),
        ("cut.pdf", pdf(1, complete=False), "incomplete"),
        ("huge.jpg", jpeg() + b"\x00" * (10 * 2**20), "the limit is"),
    ],
)
def test_each_precheck_failure_is_refused_with_a_reason_and_nothing_is_sent(signed_in, name, content, code):
    e = signed_in
    result = e.svc.queue_uploads([_file(e, name, content)], registrant_id=e.registrant)
    assert not result.queued and len(result.refused) == 1 and code in result.refused[0][1]
    assert e.rt.store.read(lambda db: db["outbox"].count) == 0
    assert not e.sim.requests_to(r"^/vehicles$", "POST")


def test_a_refused_upload_is_set_aside_with_the_servers_reasons(signed_in):
    e = signed_in
    queued = e.svc.queue_uploads([_file(e, "x.jpg")], registrant_id=e.registrant)
    del e.sim.store.registrants[e.registrant]  # removed on the service meanwhile
    e.send()
    [up] = e.uploads()
    assert up["state"] == "attention" and up["outbox_state"] == "attention"
    assert "vehicleregistrant_id" in up["problem"] and "does not exist" in up["problem"]
    assert queued.queued == [up["id"]]


def test_cold_start_no_answer_then_found_not_sent_twice(signed_in):
    e = signed_in
    e.config.settings.set("thg.no_answer_seconds", 0.4)
    e.svc.close()  # a client with the new timeout
    e.sim.go_idle()  # the service fell asleep
    e.svc.queue_uploads([_file(e, "cold.jpg")], registrant_id=e.registrant, refs=("COLD",))
    report = e.send()
    [up] = e.uploads()
    assert report.sent and up["state"] == "uploaded"
    assert "did not answer in time" in up["note"]
    assert len(e.sim.requests_to(r"^/vehicles$", "POST")) == 1  # never sent twice
    assert len(e.sim.store.vehicles) == 1 and e.sim.cold_starts == 1


class LosesFirstUpload(thg_sim.ThgSim):
    """The first upload gets no answer and is never processed (a worker died while booting)."""

    lost = 0

    def dispatch(self, request):
        if request.method == "POST" and request.path == "/vehicles" and not self.lost:
            self.lost += 1
            time.sleep(0.8)
            return SimResponse.empty(502)
        return super().dispatch(request)


def test_cold_start_without_processing_sends_the_same_request_once_more(env, fake_clock):
    sim = LosesFirstUpload(clock=lambda: fake_clock.now().timestamp(), demo=False, idle_after=10**9)
    e = env(thg_app=sim)
    e.sign_in()
    e.config.settings.set("thg.no_answer_seconds", 0.4)
    e.svc.queue_uploads([_file(e, "lost.jpg")], registrant_id=e.registrant)
    e.send()
    [up] = e.uploads()
    posts = sim.requests_to(r"^/vehicles$", "POST")
    assert up["state"] == "uploaded" and len(posts) == 2
    unbound = [p.body.replace(p.headers["content-type"].split("boundary=")[1].encode(), b"") for p in posts]
    assert unbound[0] == unbound[1]  # the same request again
    assert len(sim.store.vehicles) == 1
    assert len(sim.requests_to(r"^/vehicles$", "GET")) >= 2  # looked twice before resending


def test_a_dropped_connection_is_retried_after_a_lookup(signed_in, fake_clock):
    e = signed_in
    e.sim.faults.drop(1)
    e.svc.queue_uploads([_file(e, "drop.jpg")], registrant_id=e.registrant)
    e.send()
    [up] = e.uploads()
    assert up["outbox_state"] == "queued" and up["last_error"].startswith("No connection")
    fake_clock.advance(seconds=10)
    e.send()
    [up] = e.uploads()
    assert up["state"] == "uploaded" and len(e.sim.store.vehicles) == 1
    gets = e.sim.requests_to(r"^/vehicles$", "GET")
    assert gets and "customer_reference3" in gets[-1].query  # looked it up before sending


def test_a_send_interrupted_by_a_crash_is_reconciled_not_duplicated(signed_in):
    e = signed_in
    [uid] = e.svc.queue_uploads([_file(e, "crash.jpg")], registrant_id=e.registrant).queued
    item = e.rt.store.read(lambda db: ob.for_entity(db, "thg_uploads", uid))[0]
    e.svc.client().upload_vehicle(jpeg(), item.payload["refs"], e.registrant)  # it did arrive
    e.rt.store.write(lambda db: db.execute("UPDATE outbox SET state = 'sending', attempts = 1"))
    report = e.rt.recover()
    assert report.sent == [item.id]
    assert len(e.sim.requests_to(r"^/vehicles$", "POST")) == 1 and e.uploads()[0]["vehicle_id"]


def test_bulk_folder_ramps_up_gently(env, fake_clock, tmp_path):
    from fleetdesk.thg.ramp import RampSettings, schedule

    settings = RampSettings(first_gap=2.0, factor=0.5, min_gap=0.25)
    e = env(ramp=settings)
    e.sign_in()
    files = write_docs(tmp_path / "folder", 6)
    start = fake_clock.monotonic()
    e.svc.queue_uploads(sorted(files), registrant_id=e.registrant, ref1_from_name=True, batch="b1")
    assert len(e.send().sent) == 6
    assert fake_clock.monotonic() - start == pytest.approx(schedule(6, settings)[-1])  # 0,2,1,.5,.25,.25
    assert sorted(u["customer_reference1"] for u in e.uploads()) == [f"doc-{i:03d}" for i in range(6)]


# -- sync ------------------------------------------------------------------------------------------------
def test_sync_pages_over_12000_vehicles(signed_in):
    e = signed_in
    e.sim.seed_bulk(12_000)
    before = len(e.sim.requests_to(r"^/vehicles$", "GET"))
    summary = sync_all(e.svc)
    assert summary.vehicles == 12_000
    assert e.rt.store.read(lambda db: db["thg_vehicles"].count) == 12_000
    pages = e.sim.requests_to(r"^/vehicles$", "GET")[before:]
    assert [r.query["page"][0] for r in pages] == ["1", "2", "3"]


def test_cursor_sync_is_incremental_and_idempotent(signed_in, fake_clock):
    e = signed_in
    e.sim.seed_bulk(3, prefix="OLD")
    sync_all(e.svc)
    cursor = e.rt.store.read(lambda db: kv_get(db, VEHICLES_CURSOR))
    fake_clock.advance(hours=1)
    e.svc.queue_uploads([_file(e, "n.jpg", jpeg(b"THG-SIM:WRONG-FUEL"))], registrant_id=e.registrant)
    e.send()
    sync_all(e.svc)
    asked = e.sim.requests_to(r"^/vehicles$", "GET")[-1].query["changed_since"]
    assert asked == [wire_time(parse_utc(cursor) - CURSOR_OVERLAP)]  # the safety overlap
    fake_clock.advance(seconds=60)
    assert sync_all(e.svc).status_changes == 1
    assert sync_all(e.svc).status_changes == 0  # the boundary repeats quietly
    assert sum("not fully electric" in t for t in events(e)) == 1


def test_reference_edit_goes_through_the_outbox_and_keeps_the_status_time(signed_in):
    e = signed_in
    e.svc.queue_uploads([_file(e, "r.jpg")], registrant_id=e.registrant, refs=("A",))
    e.send()
    vid = e.uploads()[0]["vehicle_id"]
    before = e.rt.store.read(lambda db: ts.vehicle(db, vid))
    e.svc.queue_reference_edit(vid, {"customer_reference2": "B-NEW 2E"})
    assert json.loads(e.rt.store.read(lambda db: ts.vehicle(db, vid))["pending_refs"]) == {
        "customer_reference2": "B-NEW 2E"
    }
    e.send()
    after = e.rt.store.read(lambda db: ts.vehicle(db, vid))
    assert after["customer_reference2"] == "B-NEW 2E" and after["pending_refs"] is None
    assert after["status_update"] == before["status_update"]
    with pytest.raises(BadInput):
        e.svc.queue_reference_edit(vid, {"vin": "X"})


# -- UBA -------------------------------------------------------------------------------------------------
def _verified(e, fake_clock) -> int:
    e.svc.queue_uploads([_file(e, "v.jpg")], registrant_id=e.registrant)
    e.send()
    fake_clock.advance(seconds=61)
    sync_all(e.svc)
    return e.uploads()[0]["vehicle_id"]


def test_uba_hold_is_set_at_creation_and_the_request_can_be_withdrawn(signed_in, fake_clock):
    from fleetdesk.thg.service import default_hold

    e = signed_in
    vid = _verified(e, fake_clock)
    hold = default_hold(fake_clock.now())
    assert (hold - fake_clock.now()) > timedelta(days=21)
    local = e.svc.queue_uba_request(vid, 2026, hold)
    e.send()
    row = e.rt.store.read(lambda db: db["thg_uba_requests"].get(local))
    assert row["state"] == "filed" and row["ready_for_uba"] == hold.strftime("%Y-%m-%dT%H:%M:%SZ")
    assert json.loads(e.sim.requests_to(r"^/ubarequest$", "POST")[-1].body)["ready_for_uba"].endswith("Z")
    fake_clock.advance(hours=2)
    sync_all(e.svc)  # the hold keeps it unsent
    assert e.rt.store.read(lambda db: db["thg_uba_requests"].get(local))["sent"] is None
    with pytest.raises(BadInput):
        e.svc.queue_uba_request(vid, 2026)  # one per vehicle and year
    assert e.svc.queue_uba_delete(local) == "queued"
    e.send()
    assert e.rt.store.read(lambda db: db["thg_uba_requests"].get(local))["state"] == "deleted"
    assert e.sim.store.uba_requests == {}


def test_a_sent_uba_request_cannot_be_withdrawn_and_the_answer_is_notified(signed_in, fake_clock):
    e = signed_in
    vid = _verified(e, fake_clock)
    local = e.svc.queue_uba_request(vid, 2025)
    e.send()
    fake_clock.advance(seconds=301)
    sync_all(e.svc)
    with pytest.raises(BadInput, match="already sent"):
        e.svc.queue_uba_delete(local)
    fake_clock.advance(seconds=600)
    assert sync_all(e.svc).uba_replies == 1
    [row] = e.rt.store.read(lambda db: ts.uba_rows(db, 2025))
    assert row["reply"] and row["confirmed"] in (0, 1) and row["request_state"] == "filed"
    assert any("the UBA approved" in t or "the UBA rejected" in t for t in events(e))


def test_withdrawing_a_request_that_never_left_discards_it_locally(signed_in, fake_clock):
    e = signed_in
    vid = _verified(e, fake_clock)
    local = e.svc.queue_uba_request(vid, 2026)
    assert e.svc.queue_uba_delete(local) == "discarded"
    e.send()
    assert not e.sim.requests_to(r"^/ubarequest", "POST")
    assert e.rt.store.read(lambda db: db["thg_uba_requests"].get(local))["state"] == "deleted"


def test_the_service_removing_a_request_of_an_unreadable_vehicle_is_notified(signed_in, fake_clock):
    e = signed_in
    e.svc.queue_uploads([_file(e, "u.jpg", jpeg(b"THG-SIM:UNREADABLE"))], registrant_id=e.registrant)
    e.send()
    vid = e.uploads()[0]["vehicle_id"]
    e.svc.queue_uba_request(vid, 2026)
    e.send()
    fake_clock.advance(seconds=61)
    sync_all(e.svc)
    [row] = e.rt.store.read(lambda db: ts.uba_rows(db, 2026))
    assert row["request_state"] == "removed"
    assert any("removed the UBA request" in t for t in events(e))


def test_registrant_created_through_the_outbox(signed_in):
    e = signed_in
    with pytest.raises(BadInput, match="five digits"):
        e.svc.queue_registrant(
            {"type": "person", "first_name": "A", "last_name_or_organization": "B", "postal_code": "123"}
        )
    local = e.svc.queue_registrant(
        {
            "type": "person",
            "first_name": "Maike",
            "last_name_or_organization": "Maier",
            "postal_code": "10115",
        }
    )
    e.send()
    row = e.rt.store.read(lambda db: db["thg_registrants"].get(local))
    assert row["remote_id"] and row["state"] == "synced"
    assert e.sim.store.registrants[row["remote_id"]]["first_name"] == "Maike"
    sync_all(e.svc)
    assert e.rt.store.read(lambda db: db["thg_registrants"].count) == 2  # no duplicate row


def test_exports_remote_and_local(signed_in, tmp_path):
    from fleetdesk.thg.client import VehicleFilter
    from fleetdesk.thg.export import export_local, export_remote

    e = signed_in
    e.sim.seed_bulk(5)
    sync_all(e.svc)
    size = export_remote(e.svc.client(), tmp_path / "out.csv", VehicleFilter(status="verified"))
    assert size and (tmp_path / "out.csv").read_text().count("\n") == 6
    assert export_remote(e.svc.client(), tmp_path / "none.csv", VehicleFilter(customer_reference1="x")) == 0
    assert not (tmp_path / "none.csv").exists()
    export_local(e.rt.store.read(lambda db: ts.vehicles(db)), tmp_path / "local.csv")
    assert "Verified" in (tmp_path / "local.csv").read_text("utf-8-sig")


def test_the_plugin_syncs_and_polls_only_when_signed_in(env):
    from fleetdesk.sync import sync_pass

    e = env()
    result = sync_pass(e.rt)
    assert "not signed in" in result["integrations"]["thg"]["skipped"]
    e.sign_in()
    result = sync_pass(e.rt)
    assert result["integrations"]["thg"]["ok"] and "status change" in result["integrations"]["thg"]["summary"]
    assert e.rt.integration("thg").poll(e.rt) == 300.0


def test_tokens_are_not_refreshed_twice_by_parallel_senders(signed_in, fake_clock):
    e = signed_in
    fake_clock.advance(minutes=58)
    errors = []

    def call():
        try:
            e.svc.client().registrants()
        except Exception as exc:  # noqa: BLE001
            errors.append(exc)

    threads = [threading.Thread(target=call) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    assert len(e.identity.requests_to(r"/token$")) == 2  # sign-in + one refresh


class FirstUbaPostFails(thg_sim.ThgSim):
    """The first UBA request POST answers 500: "request was likely not processed"."""

    failed = 0

    def dispatch(self, request):
        if request.method == "POST" and request.path == "/ubarequest" and not self.failed:
            self.failed += 1
            return SimResponse.empty(500)
        return super().dispatch(request)


def test_issue20_defect1_a_retried_uba_request_never_adopts_another_vehicles_request(env, fake_clock):
    sim = FirstUbaPostFails(clock=lambda: fake_clock.now().timestamp(), demo=False, idle_after=10**9)
    e = env(thg_app=sim)
    e.sign_in()
    first, second = sim.seed_bulk(2)
    sync_all(e.svc)
    sim.failed = 1  # the first vehicle's goes through
    e.svc.queue_uba_request(first, 2025)
    e.send()
    sim.failed = 0  # the next POST answers 500
    local = e.svc.queue_uba_request(second, 2026)
    e.send()
    assert e.rt.store.read(lambda db: db["thg_uba_requests"].get(local))["state"] != "filed"
    fake_clock.advance(hours=2)
    e.send()  # the retry looks first
    remote = sorted((u["vehicle_id"], u["year"]) for u in sim.store.uba_requests.values())
    assert remote == sorted([(first, 2025), (second, 2026)])  # sent again, not adopted
    row = e.rt.store.read(lambda db: db["thg_uba_requests"].get(local))
    assert row["state"] == "filed"
    mine = [u for u in sim.store.uba_requests.values() if u["vehicle_id"] == second]
    assert str(row["remote_id"]) == str(mine[0]["id"])
