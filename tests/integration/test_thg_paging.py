"""Issue #20 defect 4: the THG sync's quiet assumptions, against a simulator that takes the
hardest reading of what the spec leaves open.

- ``changed_since`` (and the UBA answers' ``sent_/reply_changed_since``) read as strictly
  "after": a change in the cursor's own second must still be fetched (a safety overlap,
  de-duplicated).
- ``/ubarequest``, ``/ubaresponse`` and ``/vehicleregistrant`` paged like ``/vehicles`` (100 by
  default): every page is read, and a filed request is "removed by the THG service" only when
  the whole list was read.
- and the other way round: a server that ignores ``page``/``size`` does not make the client loop.
"""

from __future__ import annotations

import pytest

from fleetdesk.simulators import _thg_wire as thg_wire
from fleetdesk.simulators._thg_data import iso
from fleetdesk.store.kv import kv_get
from fleetdesk.thg import client as thg_client
from fleetdesk.thg import store as ts
from fleetdesk.thg.statussync import UBA_REPLY_CURSOR, VEHICLES_CURSOR, sync_all
from test_thg_support import ThgEnv


@pytest.fixture
def env(config, fake_clock, monkeypatch):
    made = []

    def make(**kw):
        e = ThgEnv(config, fake_clock, monkeypatch, **kw)
        made.append(e)
        e.sign_in()
        return e

    yield make
    for e in made:
        e.close()


def _epoch(e) -> float:
    return e.clock.now().timestamp()


def _file_requests(e, vehicle_ids: list[int], year: int = 2026) -> list[int]:
    """UBA requests the service holds (as if filed earlier), one per vehicle."""
    ids = []
    with e.sim.lock:
        for vid in vehicle_ids:
            rid = e.sim.store.new_id("u")
            e.sim.store.uba_requests[rid] = {
                "id": rid,
                "vehicle_id": vid,
                "year": year,
                "ready_for_uba": iso(_epoch(e) + 86400 * 30),
                "created": iso(_epoch(e) - 60),
                "sent": None,
            }
            ids.append(rid)
    return ids


def _local_requests(e) -> list[dict]:
    return e.rt.store.read(lambda db: ts.rows(db, "SELECT * FROM thg_uba_requests ORDER BY remote_id"))


def _events(e) -> list[str]:
    return [r["text"] for r in e.rt.store.read(lambda db: ts.rows(db, "SELECT text FROM thg_events"))]


def test_issue20_defect4_a_status_change_in_the_cursors_second_is_fetched_from_a_strict_server(env):
    e = env(sim_kwargs={"changed_since_after": True})  # "since" = strictly after
    e.sim.seed_bulk(1, prefix="A")
    sync_all(e.svc)
    cursor = e.rt.store.read(lambda db: kv_get(db, VEHICLES_CURSOR))
    # another vehicle's status changes within the cursor's own second, after that sync
    with e.sim.lock:
        late = e.sim.store.add_final_vehicle(
            1, "WVWZZZE1ZMP000777", "not_verified_wrong_fuel_code", _epoch(e) - 1
        )
        late["status_update"] = cursor
    summary = sync_all(e.svc)
    stored = e.rt.store.read(lambda db: ts.vehicle(db, late["id"]))
    assert stored is not None and stored["status"] == "not_verified_wrong_fuel_code"
    asked = e.sim.requests_to(r"^/vehicles$", "GET")[-1].query["changed_since"][0]
    assert asked < cursor  # asked with a safety overlap
    # de-duplicated: what the overlap brings again is no news
    assert summary.status_changes == 0
    assert sync_all(e.svc).status_changes == 0
    assert e.rt.store.read(lambda db: db["thg_vehicles"].count) == 2


def test_issue20_defect4_a_uba_reply_in_the_cursors_second_is_fetched_from_a_strict_server(env, fake_clock):
    e = env(sim_kwargs={"changed_since_after": True})
    a, b = e.sim.seed_bulk(2, prefix="U")
    with e.sim.lock:
        for vid in (a, b):
            request = {
                "id": e.sim.store.new_id("u"),
                "vehicle_id": vid,
                "year": 2025,
                "ready_for_uba": None,
                "created": iso(_epoch(e) - 900),
                "sent": None,
            }
            e.sim.store.uba_requests[request["id"]] = request
            e.sim.store.replies_held.add(request["id"])
        ra, rb = list(e.sim.store.uba_requests.values())
        e.sim.store.send_to_uba(ra, _epoch(e) - 600, _epoch(e))  # answered now
        e.sim.store.send_to_uba(rb, _epoch(e) - 600, None)
    sync_all(e.svc)  # first sync: quiet import
    reply_cursor = e.rt.store.read(lambda db: kv_get(db, UBA_REPLY_CURSOR))
    assert reply_cursor == iso(_epoch(e))
    with e.sim.lock:  # the UBA answers b in the same second, after that sync
        e.sim.store._reply(e.sim.store.uba_responses[rb["id"]], _epoch(e))
    fake_clock.advance(seconds=30)
    summary = sync_all(e.svc)
    assert summary.uba_replies == 1 and any("quota" in t for t in summary.events)
    answers = e.rt.store.read(
        lambda db: ts.rows(db, "SELECT * FROM thg_uba_responses WHERE reply IS NOT NULL")
    )
    assert len(answers) == 2
    assert sync_all(e.svc).uba_replies == 0  # de-duplicated


def test_issue20_defect4_150_uba_requests_paged_like_vehicles_none_marked_removed(env):
    e = env(sim_kwargs={"page_lists": False})  # first the whole list in one answer
    remote = _file_requests(e, e.sim.seed_bulk(150))
    sync_all(e.svc)
    assert len(_local_requests(e)) == 150
    e.sim.page_lists = True  # now paged like /vehicles: 100 by default
    sync_all(e.svc)
    rows = _local_requests(e)
    assert [r["remote_id"] for r in rows] == remote
    assert {r["state"] for r in rows} == {ts.R_FILED}
    assert not any("removed the UBA request" in t for t in _events(e))
    pages = [r.query.get("page") for r in e.sim.requests_to(r"^/ubarequest$", "GET")[-2:]]
    assert pages == [["1"], ["2"]]  # on to the page past the end


def test_issue20_defect4_a_list_not_read_to_the_end_never_marks_requests_removed(
    env, monkeypatch, fake_clock
):
    e = env(sim_kwargs={"page_lists": False})
    _file_requests(e, e.sim.seed_bulk(150))
    sync_all(e.svc)
    e.sim.page_lists = True
    monkeypatch.setattr(thg_wire, "MAX_PAGE_SIZE", 100)  # the server's own cap
    monkeypatch.setattr(thg_client, "MAX_PAGES", 1)  # reading stops after the first page
    requests = e.svc.client().uba_requests()
    assert len(requests) == 100 and not requests.complete
    sync_all(e.svc)
    assert {r["state"] for r in _local_requests(e)} == {ts.R_FILED}
    monkeypatch.setattr(thg_client, "MAX_PAGES", 10_000)
    with e.sim.lock:  # the service really removes one now
        gone = next(iter(e.sim.store.uba_requests))
        del e.sim.store.uba_requests[gone]
    fake_clock.advance(seconds=30)
    sync_all(e.svc)
    removed = [r["remote_id"] for r in _local_requests(e) if r["state"] == ts.R_REMOVED]
    assert removed == [gone]


def test_issue20_defect4_registrants_and_uba_answers_are_read_page_after_page(env, monkeypatch):
    e = env()
    monkeypatch.setattr(thg_wire, "MAX_PAGE_SIZE", 40)  # pages of 40, whatever the client asks
    with e.sim.lock:
        for i in range(149):
            e.sim.store.add_registrant(
                {"type": "organization", "last_name_or_organization": f"Firma {i}"}, _epoch(e)
            )
    vids = e.sim.seed_bulk(150)
    _file_requests(e, vids, year=2025)
    with e.sim.lock:
        for request in e.sim.store.uba_requests.values():
            e.sim.store.send_to_uba(request, _epoch(e) - 3600, _epoch(e) - 60)
    client = e.svc.client()
    assert len(client.registrants()) == 150
    assert len(client.uba_responses()) == 150
    assert len(client.uba_requests()) == 150
    sync_all(e.svc, full=True)
    counts = e.rt.store.read(lambda db: (db["thg_registrants"].count, db["thg_uba_responses"].count))
    assert counts == (150, 150)


@pytest.mark.parametrize("past_end", [404, 204])
def test_a_full_last_page_then_a_page_past_the_end_ends_every_list(env, past_end):
    e = env(sim_kwargs={"past_end_status": past_end})
    _file_requests(e, e.sim.seed_bulk(100))
    client = e.svc.client()
    assert len(client.iter_vehicles(size=100)) == 100
    assert len(client.uba_requests()) == 100
    assert client.vehicles(page=2) == []


def test_a_server_that_ignores_page_and_size_is_read_once_without_looping(env):
    e = env(sim_kwargs={"page_lists": False})
    _file_requests(e, e.sim.seed_bulk(150))
    before = len(e.sim.requests_to(r"^/ubarequest$", "GET"))
    requests = e.svc.client().uba_requests()
    assert len(requests) == 150 and requests.complete
    assert len(e.sim.requests_to(r"^/ubarequest$", "GET")) - before <= 2


def test_issue20_defect4_the_cli_request_list_never_marks_removed_from_an_incomplete_list(
    env, monkeypatch, fake_clock
):
    from fleetdesk.thg.cli_uba import cmd_uba_requests

    e = env(sim_kwargs={"page_lists": False})
    _file_requests(e, e.sim.seed_bulk(150))
    sync_all(e.svc)
    e.sim.page_lists = True
    monkeypatch.setattr(thg_wire, "MAX_PAGE_SIZE", 100)
    monkeypatch.setattr(thg_client, "MAX_PAGES", 1)
    fake_clock.advance(seconds=30)

    class Args:
        local, json = False, True

    assert cmd_uba_requests(e.rt, Args()) == 0
    assert {r["state"] for r in _local_requests(e)} == {ts.R_FILED}
