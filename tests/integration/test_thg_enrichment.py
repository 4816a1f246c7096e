"""Issue #17 "optional lookups degrade", THG: the vehicle list is the core of a sync; the
registrants and the UBA lists only enrich it. One of those failing (no rights, an error) leaves
its part as the last sync saw it (empty the first time) with a note; the vehicles still come in,
through `fleetdesk sync` as through the tab."""

from __future__ import annotations

import pytest

from fleetdesk.core.errors import AuthExpired
from fleetdesk.store.kv import kv_get
from fleetdesk.sync import sync_pass
from fleetdesk.thg import store as ts
from fleetdesk.thg.statussync import UBA_REPLY_CURSOR, sync_all
from test_thg_support import ThgEnv


@pytest.fixture
def env(config, fake_clock, monkeypatch):
    e = ThgEnv(config, fake_clock, monkeypatch)
    e.sign_in()
    yield e
    e.close()


def _count(e, table: str) -> int:
    return e.rt.store.read(lambda db: db[table].count)


@pytest.mark.parametrize(
    "denied,note",
    [
        ("/vehicleregistrant", "registrants could not be read"),
        ("/ubarequest", "UBA requests could not be read"),
        ("/ubaresponse", "UBA answers could not be read"),
    ],
)
def test_issue17_one_failed_enrichment_call_is_a_note_and_the_vehicles_still_sync(env, denied, note):
    env.sim.seed_bulk(5)
    env.sim.denied_paths.add(denied)  # 403 "invalid user, access denied"
    result = sync_pass(env.rt)
    thg = result["integrations"]["thg"]
    assert thg["ok"] and thg["vehicles"] == 5
    assert [n for n in thg["notes"] if note in n] and note in thg["summary"]
    assert _count(env, "thg_vehicles") == 5


def test_issue17_after_a_failed_uba_answer_lookup_the_next_sync_catches_up_quietly(env, fake_clock):
    [vid] = env.sim.seed_bulk(1)
    with env.sim.lock:
        request = {
            "id": env.sim.store.new_id("u"),
            "vehicle_id": vid,
            "year": 2025,
            "ready_for_uba": None,
            "created": "2025-03-01T09:00:00Z",
            "sent": None,
        }
        env.sim.store.uba_requests[request["id"]] = request
        env.sim.store.send_to_uba(
            request, fake_clock.now().timestamp() - 7200, fake_clock.now().timestamp() - 3600
        )
    env.sim.denied_paths.add("/ubaresponse")
    summary = sync_all(env.svc)
    assert summary.notes and _count(env, "thg_uba_responses") == 0
    assert env.rt.store.read(lambda db: kv_get(db, UBA_REPLY_CURSOR)) is None  # the cursor stays
    env.sim.denied_paths.clear()
    summary = sync_all(env.svc)
    assert summary.notes == [] and _count(env, "thg_uba_responses") == 1
    assert summary.uba_replies == 0  # an old answer imported for the first time: no news
    assert env.rt.store.read(lambda db: ts.rows(db, "SELECT * FROM thg_uba_requests"))[0]["sent"]


def test_issue17_the_core_vehicle_list_failing_still_fails_the_sync(env):
    env.sim.denied_paths.add("/vehicles")
    result = sync_pass(env.rt)
    assert not result["integrations"]["thg"]["ok"]
    assert _count(env, "thg_vehicles") == 0


def test_an_expired_sign_in_on_an_enrichment_call_is_not_a_note(env, monkeypatch):
    client = env.svc.client()

    def expired():
        raise AuthExpired("sign in again")

    monkeypatch.setattr(client, "registrants", expired)
    with pytest.raises(AuthExpired):
        sync_all(env.svc)
