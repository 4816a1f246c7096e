"""TachoShare service + store + download manager + outbox against the simulator over loopback.

The simulator and FleetDesk share one FakeClock, so back-fill dates, Retry-After windows and
token expiry are exact. Files are small here (the benchmarks stream big ones).
"""

from __future__ import annotations

import hashlib
import threading
import time
from datetime import date, timedelta

import pytest

from fleetdesk.core.clock import FakeClock
from fleetdesk.core.errors import AuthExpired
from fleetdesk.store import outbox as ob
from fleetdesk.tachoshare import store as ts
from fleetdesk.tachoshare.rdl import RdlNotPossible
from fleetdesk.tachoshare.service import BACKFILL_KEY, FORMAT_KEY, TachoShareService
from test_tachoshare_support import tacho_env

SMALL = {"vu_base_bytes": 2000, "vu_day_bytes": 10, "card_file_bytes": 300}


@pytest.fixture
def env(config):
    with tacho_env(config, FakeClock(), **SMALL) as e:
        yield e


def file_requests(sim, vin):
    return [
        (r.query.get("activityDate-from", [None])[0], r.query.get("activityDate-to", [None])[0], r.status)
        for r in sim.requests_to(rf"^/vehicles/{vin}/files$")
    ]


def on_disk(root):
    return sorted(p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_file())


def indexed(env):
    return {r["path"]: r for r in env.rows("SELECT * FROM tacho_files")}


# -- the incremental flow ---------------------------------------------------------------------
def test_first_sync_backfills_a_year_and_archives_every_file_under_its_conventional_name(env):
    sim, svc = env.sim, env.svc
    result = svc.sync()
    assert result["failed"] == 0 and result["halted"] is None
    root = svc.archive_root()
    cursors = env.rt.store.read(ts.cursors)
    for v in sim.vehicles:
        subject = ts.vu_subject(v.vin)
        if v.last_activity is None:  # never downloaded: nothing to ask for
            assert subject not in cursors and file_requests(sim, v.vin) == []
            continue
        assert cursors[subject] == v.last_activity
        end = v.last_activity + timedelta(days=1)
        assert file_requests(sim, v.vin) == [((end - timedelta(days=365)).isoformat(), end.isoformat(), 200)]
    files = indexed(env)
    assert on_disk(root) == sorted(files), "every file on disk is indexed, and nothing else is there"
    vu_files = [f for f in files.values() if f["kind"] == "vu"]
    assert len(vu_files) == 18
    assert all(
        f["filename"].startswith("M_20261122_0900_") and f["filename"].endswith(".DDD") for f in vu_files
    )
    v0 = sim.vehicles[0]
    f0 = next(f for f in vu_files if f["vin"] == v0.vin)
    assert f0["filename"] == f"M_20261122_0900_1ABC234_{v0.vin}.DDD"
    assert f0["sha256"] == hashlib.sha256((root / f0["path"]).read_bytes()).hexdigest()
    assert f0["size"] == (root / f0["path"]).stat().st_size
    assert (f0["period_from"], f0["period_to"]) == (
        (v0.last_activity - timedelta(days=364)).isoformat(),
        (v0.last_activity + timedelta(days=1)).isoformat(),
    )
    # driver cards: the ZIP is kept and every remote download inside it is extracted beside it
    messi = sim.cards[0]
    zips = [f for f in files.values() if f["kind"] == "card_zip" and f["card_number"] == messi.card]
    assert [z["filename"] for z in zips] == [f"C_20261122_0900_L_MESSI_{messi.card}.ZIP"]
    members = [f for f in files.values() if f["parent_id"] == zips[0]["id"]]
    start = messi.downloads[-1].date() + timedelta(days=1) - timedelta(days=365)
    expected = [d for d in messi.downloads if d.date() >= start]
    assert len(members) == len(expected) and all(m["filename"].startswith("C_") for m in members)
    assert cursors[ts.card_subject(messi.card, messi.country)] == messi.downloads[-1].date()


def test_next_sync_asks_only_for_the_new_days(env):
    sim, svc = env.sim, env.svc
    svc.sync()
    svc.sync()  # the recent last days are asked again once (issue #12 defect 1)
    v = sim.vehicles[3]
    old_last = v.last_activity
    v.last_activity = old_last + timedelta(days=2)
    before = len(sim.log)
    files_before = max(f["id"] for f in indexed(env).values())
    result = svc.sync()
    assert result["done"] == 1
    # from the stored last day, inclusive (a second download that day is not lost)
    assert file_requests(sim, v.vin)[-1] == (
        old_last.isoformat(),
        (old_last + timedelta(days=3)).isoformat(),
        200,
    )
    added = [f for f in indexed(env).values() if f["id"] > files_before]
    assert [f["subject"] for f in added] == [ts.vu_subject(v.vin)], (
        "only the new vehicle-unit file was archived; the re-asked last days were already held"
    )
    asked = {r.path for r in sim.log[before:] if r.path.endswith("/files")}
    assert f"/vehicles/{v.vin}/files" in asked
    assert env.rt.store.read(lambda db: ts.get_cursor(db, ts.vu_subject(v.vin))) == v.last_activity
    assert svc.sync()["done"] == 0


def test_204_is_nothing_new_the_range_is_done_and_nothing_is_archived(env):
    sim, svc = env.sim, env.svc
    svc.sync()
    v = sim.vehicles[5]
    files_before = indexed(env)
    v.first_activity = v.last_activity + timedelta(days=30)  # the server holds nothing in range
    v.last_activity += timedelta(days=4)
    result = svc.sync(only={ts.vu_subject(v.vin)})
    assert (result["done"], result["empty"], result["failed"]) == (0, 1, 0)
    assert file_requests(sim, v.vin)[-1][2] == 204
    assert indexed(env) == files_before
    assert env.rt.store.read(lambda db: ts.get_cursor(db, ts.vu_subject(v.vin))) == v.last_activity
    assert env.rows("SELECT state FROM tacho_jobs ORDER BY id DESC LIMIT 1")[0]["state"] == "empty"


def test_a_gap_longer_than_two_years_is_split_and_the_cursor_follows_each_piece(env):
    sim, svc = env.sim, env.svc
    v = sim.vehicles[2]
    v.first_activity = v.last_activity - timedelta(days=1500)
    stored = v.last_activity - timedelta(days=1000)
    env.rt.store.write(lambda db: ts.advance_cursor(db, ts.vu_subject(v.vin), stored, env.clock))
    svc.refresh_lists()
    svc.plan(only={ts.vu_subject(v.vin)})
    jobs = env.rows("SELECT label, date_from, date_to FROM tacho_jobs ORDER BY id")
    mid = stored + timedelta(days=730)
    assert [(j["date_from"], j["date_to"]) for j in jobs] == [
        (stored.isoformat(), mid.isoformat()),
        (mid.isoformat(), (v.last_activity + timedelta(days=1)).isoformat()),
    ]
    assert jobs[0]["label"].endswith("(part 1 of 2)")
    svc.downloads.run(only={ts.vu_subject(v.vin)})
    assert [r[2] for r in file_requests(sim, v.vin)] == [200, 200]
    assert env.rt.store.read(lambda db: ts.get_cursor(db, ts.vu_subject(v.vin))) == v.last_activity


def test_backfill_and_format_are_fleet_settings(env):
    sim, svc = env.sim, env.svc
    env.rt.config.settings.set(BACKFILL_KEY, 5000)  # clamped to two years
    env.rt.config.settings.set(FORMAT_KEY, "TGD")
    v, card = sim.vehicles[0], sim.cards[1]
    svc.sync(only={ts.vu_subject(v.vin), ts.card_subject(card.card, card.country)})
    ((start, end, _),) = file_requests(sim, v.vin)
    assert (date.fromisoformat(end) - date.fromisoformat(start)).days == 730
    names = sorted(f["filename"] for f in indexed(env).values())
    assert names[-1].startswith("M_") and names[-1].endswith(".TGD")
    assert all(n.endswith((".TGD", ".ZIP")) for n in names)
    assert sim.requests_to(r"^/drivers/.*/files$")[0].query["format"] == ["TGD"]


def test_selected_vehicle_only(env):
    sim, svc = env.sim, env.svc
    v = sim.vehicles[4]
    result = svc.sync(svc.subjects_for([v.vin], None))
    assert result["done"] == 1
    assert {r.path for r in sim.requests_to(r"/files$")} == {f"/vehicles/{v.vin}/files"}


# -- errors, limits and interruptions ------------------------------------------------------------
def test_429_is_honoured_no_request_before_retry_after(env):
    sim, svc = env.sim, env.svc
    seen: list[tuple[float, int, float]] = []
    check = sim._rate_check

    def recording(request):
        answer = check(request)
        retry = float(answer.headers["Retry-After"]) if answer is not None else 0.0
        seen.append((sim.clock(), answer.status if answer is not None else 200, retry))
        return answer

    sim._rate_check = recording
    sim.rate_limit = (4, 10.0)
    result = svc.sync()
    assert result["failed"] == 0 and result["rate_limited"] > 0
    assert sum(status == 429 for _, status, _ in seen) > 0
    for i, (t, status, retry) in enumerate(seen):
        if status == 429:
            too_early = [t2 for t2, _, _ in seen[i + 1 :] if t < t2 < t + retry]
            assert not too_early, f"requests {too_early} came before Retry-After ({t} + {retry})"
    expected = sum(v.last_activity is not None for v in sim.vehicles) + sum(
        bool(c.downloads) for c in sim.cards
    )
    assert env.rows("SELECT COUNT(*) AS n FROM tacho_jobs WHERE state = 'done'")[0]["n"] == expected


def test_a_server_error_is_retried_after_a_backoff(env):
    sim, svc = env.sim, env.svc
    v = sim.vehicles[0]
    svc.refresh_lists()
    sim.faults.fail(1, 503)
    result = svc.sync(only={ts.vu_subject(v.vin)}, refresh=False)
    assert result["done"] == 1
    assert [r[2] for r in file_requests(sim, v.vin)] == [None, 200] or [
        r.status for r in sim.requests_to(r"/files$")
    ] == [503, 200]


def test_offline_stops_the_run_and_keeps_the_jobs_for_next_time(env):
    sim, svc = env.sim, env.svc
    svc.refresh_lists()
    sim.faults.offline = True
    result = svc.sync(refresh=False)
    assert result["halted"] and "No connection" in result["halted"]
    assert env.rows("SELECT COUNT(*) AS n FROM tacho_files")[0]["n"] == 0
    assert env.rt.store.read(ts.cursors) == {}
    queued = env.rows("SELECT COUNT(*) AS n FROM tacho_jobs WHERE state = 'queued'")[0]["n"]
    assert queued == 46
    sim.faults.offline = False
    env.clock.advance(600)
    result = svc.sync()
    assert result["done"] == 46 and result["planned"] == 0


# hostile driver ZIPs: tests/integration/test_tachoshare_hostile_zip.py (kept, marked, never lost)


def test_hostile_content_disposition_never_names_the_file(env):
    sim, svc = env.sim, env.svc
    sim.hostile_filename = "../../etc/passwd"
    v = sim.vehicles[1]
    svc.sync(only={ts.vu_subject(v.vin)})
    (f,) = indexed(env).values()
    assert f["filename"].startswith("M_") and f["path"] == f"vehicles/{v.vin}/{f['filename']}"
    assert f["server_name"] == "passwd"  # kept as a sanitised hint only


def test_pause_cancel_and_retry_a_running_download(env):
    sim, svc = env.sim, env.svc
    a, b = sim.vehicles[0], sim.vehicles[1]
    sim.file_sizes[a.vin] = sim.file_sizes[b.vin] = 3 * 2**20
    sim.stream_delay = 0.02
    svc.refresh_lists()
    svc.plan(only={ts.vu_subject(a.vin), ts.vu_subject(b.vin)})
    manager = svc.downloads
    ids = {r["vin"]: r["id"] for r in env.rows("SELECT id, vin FROM tacho_jobs")}
    manager.start()
    deadline = time.monotonic() + 10
    while len([r for r in manager.snapshot()["running"].values() if r["done"] > 100_000]) < 2:
        assert time.monotonic() < deadline
        time.sleep(0.02)
    manager.pause(ids[a.vin])
    manager.cancel(ids[b.vin])
    assert manager.wait_idle(10)
    states = {r["vin"]: r["state"] for r in env.rows("SELECT vin, state FROM tacho_jobs")}
    assert states == {a.vin: "paused", b.vin: "cancelled"}
    root = svc.archive_root()
    assert on_disk(root) == [], "interrupted downloads leave no temporary file"
    sim.stream_delay = 0
    manager.resume(ids[a.vin])
    manager.retry(ids[b.vin])
    assert manager.wait_idle(20)
    assert {r["state"] for r in env.rows("SELECT state FROM tacho_jobs")} == {"done"}
    assert len(on_disk(root)) == 2 and all(f["size"] == 3 * 2**20 for f in indexed(env).values())


def test_a_restart_after_a_crash_requeues_and_never_duplicates(env):
    """The crash window between rename and commit: an unindexed file and a 'running' job."""
    sim, svc = env.sim, env.svc
    v = sim.vehicles[6]
    svc.refresh_lists()
    (job_id,) = svc.plan(only={ts.vu_subject(v.vin)})
    root = svc.archive_root()
    job = env.rt.store.write(lambda db: ts.claim_next(db, env.clock))
    assert job["id"] == job_id
    folder = root / "vehicles" / v.vin
    folder.mkdir(parents=True)
    orphan = folder / f"M_20261122_0900_BFD1234_{v.vin}.DDD"  # plate B-FD 1234
    orphan.write_bytes(b"renamed but never indexed")
    (folder / ".M_partial.DDD.abc.part").write_bytes(b"half")
    svc.recover()
    assert env.rows("SELECT state FROM tacho_jobs")[0]["state"] == "queued"
    assert on_disk(root) == [f"vehicles/{v.vin}/{orphan.name}"]
    svc.downloads.run()
    files = indexed(env)
    assert list(files) == [f"vehicles/{v.vin}/{orphan.name}"]
    assert orphan.read_bytes() != b"renamed but never indexed"
    assert (
        hashlib.sha256(orphan.read_bytes()).hexdigest() == files[f"vehicles/{v.vin}/{orphan.name}"]["sha256"]
    )


def test_concurrency_is_bounded(env):
    sim, svc = env.sim, env.svc
    sim.faults.slow(0.05)
    in_flight, peak, lock = [0], [0], threading.Lock()
    dispatch = sim.dispatch

    def counting(request):
        with lock:
            in_flight[0] += 1
            peak[0] = max(peak[0], in_flight[0])
        try:
            time.sleep(0.03)
            return dispatch(request)
        finally:
            with lock:
                in_flight[0] -= 1

    sim.dispatch = counting
    svc.sync()
    assert peak[0] == 3


# -- sign-in --------------------------------------------------------------------------------------
def test_rotated_refresh_tokens_are_kept_in_the_keyring(env):
    first = env.rt.secrets.get("tachoshare", "refresh_token")
    env.svc.refresh_lists()
    rotated = env.rt.secrets.get("tachoshare", "refresh_token")
    assert rotated and rotated != first
    env.rt.services.clear()  # a new process: only the keyring remains
    assert TachoShareService.of(env.rt).refresh_lists()["vehicles"] == 20


def test_an_environment_refresh_token_is_used_once_then_the_rotated_one(env):
    env.rt.secrets.delete("tachoshare", "refresh_token")
    env.rt.config.environ["FLEETDESK_TACHOSHARE_REFRESH_TOKEN"] = env.sim.issue_tokens()["refresh_token"]
    assert env.svc.refresh_lists()["vehicles"] == 20
    for _ in range(2):  # later runs still start with the same environment
        env.rt.services.clear()
        assert TachoShareService.of(env.rt).refresh_lists()["vehicles"] == 20


def test_a_dead_refresh_token_asks_to_sign_in_again(env):
    env.svc.refresh_lists()
    env.sim.revoke_refresh_tokens()
    env.sim.expire_access_tokens()
    with pytest.raises(AuthExpired):
        env.svc.refresh_lists()
    state = env.svc.sign_in_state()
    assert state.state == "expired" and "sign in again" in state.message
    assert env.rt.monitor.get("tachoshare").state == "auth"


def test_browser_sign_in_stores_the_refresh_token(config):
    from test_tachoshare_support import Browser

    with tacho_env(config, signed_in=False, **SMALL) as env:
        from fleetdesk.simulators.tachoshare import DEMO_CLIENT_ID, DEMO_CLIENT_SECRET

        env.rt.secrets.set("tachoshare", "client_id", DEMO_CLIENT_ID)
        env.rt.secrets.set("tachoshare", "client_secret", DEMO_CLIENT_SECRET)
        assert env.svc.sign_in_state().state == "signed_out"
        browser = Browser()
        try:
            env.svc.login(browser, timeout=10)
        finally:
            browser.close()
        assert env.rt.secrets.get("tachoshare", "refresh_token")
        assert env.svc.sign_in_state().ok
        assert env.svc.refresh_lists()["cards"] == 31


# -- remote download requests through the outbox --------------------------------------------------
def test_rdl_goes_through_the_outbox_and_stores_the_new_vehicle_state(env):
    sim, svc, rt = env.sim, env.svc, env.rt
    svc.refresh_lists()
    v = sim.vehicles[10]  # 40 days without a download
    request_id = svc.request_rdl(v.vin)
    assert rt.store.read(lambda db: ob.items(db))[0].kind == "tachoshare.rdl"
    assert sim.requests_to(r"/rdl$") == []  # nothing is sent before the dispatcher runs
    report = rt.dispatcher.run_once()
    assert len(report.sent) == 1
    row = env.rows("SELECT * FROM tacho_rdl_requests WHERE id = ?", [request_id])[0]
    assert row["state"] == "accepted"
    stored = rt.store.read(lambda db: ts.vehicle(db, v.vin))
    assert stored["manual_attempts_remaining"] == v.manual_attempts
    assert stored["last_rdl_attempt"].startswith("2026-11-22T09:00:00")
    # FleetDesk's own accepted request, data not arrived yet: "waiting for execution"
    with pytest.raises(RdlNotPossible, match="still waiting for execution"):
        svc.request_rdl(v.vin)


def test_rdl_409_is_set_aside_with_the_servers_description(env):
    sim, svc, rt = env.sim, env.svc, env.rt
    svc.refresh_lists()
    v = sim.vehicles[19]  # RDL service not enabled: only the server knows
    request_id = svc.request_rdl(v.vin)
    rt.dispatcher.run_once()
    item = rt.store.read(lambda db: ob.items(db))[0]
    assert item.state == "attention" and item.last_status == 409
    row = env.rows("SELECT * FROM tacho_rdl_requests WHERE id = ?", [request_id])[0]
    assert row["state"] == "refused" and row["message"].startswith(
        "RDL service is not enabled for this vehicle (traceId "
    )


@pytest.mark.parametrize(
    "index, reason",
    [
        (12, "No manual remote-download attempts"),
        (13, "DISCONNECTED"),
        (8, "already scheduled for today"),
        (0, "up to date"),
    ],
)
def test_rdl_is_refused_locally_when_the_spec_says_the_server_would(env, index, reason):
    env.svc.refresh_lists()
    with pytest.raises(RdlNotPossible, match=reason):
        env.svc.request_rdl(env.sim.vehicles[index].vin)
    assert env.rt.store.read(lambda db: ob.items(db)) == []


def test_a_request_already_waiting_blocks_a_second_one(env):
    env.svc.refresh_lists()
    vin = env.sim.vehicles[11].vin
    env.svc.request_rdl(vin)
    with pytest.raises(RdlNotPossible, match="already waiting"):
        env.svc.request_rdl(vin)


def test_an_rdl_interrupted_mid_send_is_reconciled_without_a_second_post(env):
    sim, svc, rt = env.sim, env.svc, env.rt
    svc.refresh_lists()
    v = sim.vehicles[10]
    svc.request_rdl(v.vin)
    item = rt.store.read(lambda db: ob.items(db))[0]
    env.clock.advance(1)
    svc.client().request_rdl(v.vin)  # it reached the server; then the process died
    rt.store.write(lambda db: db.execute("UPDATE outbox SET state = 'sending' WHERE id = ?", [item.id]))
    report = rt.dispatcher.recover()
    assert report.sent == [item.id]
    assert len(sim.requests_to(r"/rdl$")) == 1
    assert env.rows("SELECT state FROM tacho_rdl_requests")[0]["state"] == "accepted"


def test_an_absurd_retry_after_ends_the_command_instead_of_sleeping(env):
    """A Retry-After of 10**9 s once made ``tacho`` sleep for 31 years: it is capped at 24 h
    and a command waits in line only for a short ask."""
    from fleetdesk.core.errors import RateLimited
    from fleetdesk.core.http_answer import MAX_RETRY_AFTER_S

    sim, svc = env.sim, env.svc
    sim.rate_limit = (1, 10**9)
    started = env.rt.clock.now()
    with pytest.raises(RateLimited) as caught:
        svc.refresh_lists()
        svc.refresh_lists()
    assert caught.value.retry_after == MAX_RETRY_AFTER_S and "at most 24 h" in str(caught.value)
    assert (env.rt.clock.now() - started).total_seconds() < 60
