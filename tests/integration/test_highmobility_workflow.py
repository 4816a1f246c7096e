"""The fleet-clearance workflow: service + store + outbox against the High Mobility simulator
over loopback HTTP. Runtime and simulator share one FakeClock, so the clearance timings
(approve 20 s, reject 90 s, revoke 12 s, cancel 8 s) pass in an instant."""

from __future__ import annotations

import pytest

from fleetdesk.core.clock import FakeClock, parse_utc
from fleetdesk.core.config import Config
from fleetdesk.core.errors import BadInput, Rejected
from fleetdesk.highmobility import store as hs
from fleetdesk.highmobility.plugin import PLUGIN
from fleetdesk.highmobility.service import BUSINESS_NAME, ClearanceService
from fleetdesk.runtime import Runtime
from fleetdesk.simulators.framework import SimServer
from fleetdesk.simulators.highmobility import DEMO_CLIENT_ID, DEMO_CLIENT_SECRET, HighMobilitySim, Timings
from fleetdesk.store import outbox as ob

BMW, MERC, AUDI = "WBA0000000000AB12", "WDD0000000000MB01", "WAUZZZ8V0000AU001"
V1, V2, V3 = "2HM00000000000001", "2HM00000000000002", "2HM00000000000003"


class Env:
    def __init__(self, tmp_path, **sim_kwargs):
        self.clock = FakeClock()
        sim_kwargs.setdefault("timings", Timings(approve=20, reject=90, revoke=12, cancel=8))
        self.sim = HighMobilitySim(clock=lambda: self.clock.now().timestamp(), **sim_kwargs)
        self.server = SimServer(self.sim).start()
        environ = {
            "FLEETDESK_HIGHMOBILITY_URL": self.server.url + "/v1",
            "FLEETDESK_HIGHMOBILITY_CLIENT_ID": DEMO_CLIENT_ID,
            "FLEETDESK_HIGHMOBILITY_CLIENT_SECRET": DEMO_CLIENT_SECRET,
        }
        self.rt = Runtime(
            Config.load(tmp_path / "data", environ=environ), clock=self.clock, integrations=[PLUGIN]
        )
        self.svc = ClearanceService.of(self.rt)

    def add(self, vin, brand="bmw", **kw):
        return self.svc.queue(self.svc.prepare([vin], brand, **kw))

    def send(self):
        return self.rt.dispatcher.run_once()

    def row(self, vin):
        rows = self.rt.store.read(lambda db: hs.list_vehicles(db, vin))
        return rows[0] if rows else None

    def items(self, vin):
        return self.rt.store.read(lambda db: ob.for_entity(db, hs.TABLE, vin))

    def timeline(self, vin):
        return [(e.source, e.status) for e in self.rt.store.read(lambda db: hs.timeline(db, vin))]

    def notices(self):
        return [(n["vin"], n["status"]) for n in reversed(self.rt.store.read(hs.notices))]

    def close(self):
        self.svc.close()
        self.rt.close()
        self.server.stop()


@pytest.fixture
def env(tmp_path):
    e = Env(tmp_path)
    yield e
    e.close()


def test_add_is_queued_sent_and_followed_to_approved_with_a_timeline_and_a_notice(env):
    report = env.add(BMW, tags={"cost-centre": "North"})
    assert report.queued == [BMW]
    [item] = env.items(BMW)
    assert (item.state, item.kind, item.payload["tags"]) == (
        "queued",
        "highmobility.add",
        {"cost-centre": "North"},
    )
    assert env.row(BMW).state == "queued" and env.sim.fleet.records == {}  # nothing sent yet
    assert env.send().sent == [item.id]
    assert env.row(BMW).state == "pending"
    env.clock.advance(19)
    assert env.svc.poll_statuses() == []
    env.clock.advance(1)
    [change] = env.svc.poll_statuses()
    assert (change.old, change.new) == ("pending", "approved")
    assert env.row(BMW).state == "approved"
    assert env.timeline(BMW) == [("local", "requested"), ("server", "pending"), ("server", "approved")]
    assert env.notices() == [(BMW, "approved")]
    env.svc.poll_statuses()  # polling again adds nothing twice
    assert len(env.timeline(BMW)) == 3 and len(env.notices()) == 1


def test_offline_add_stays_queued_and_is_sent_when_the_service_answers_again(env):
    env.sim.faults.offline = True
    env.add(BMW)
    report = env.send()
    [item] = env.items(BMW)
    assert report.queued == [item.id] and item.state == "queued"
    assert item.last_error.startswith("No connection") and env.row(BMW).state == "queued"
    env.sim.faults.offline = False
    env.clock.advance(3600)
    assert env.send().sent == [item.id]
    assert env.row(BMW).state == "pending"


def test_virtual_vin_1_without_control_measures_needs_attention_with_the_reason(env):
    env.add(V1, "sandbox")
    assert env.send().attention
    row = env.row(V1)
    assert row.state == "attention" and "control_measures" in row.outbox_error
    assert ("local", "refused") in env.timeline(V1)
    env.add(V1, "sandbox", odometer="2050")  # adding again with the odometer replaces it
    assert [i.state for i in env.items(V1)] == ["discarded", "queued"]
    assert env.items(V1)[1].payload["control_measures"] == {"odometer": {"value": 2050, "unit": "kilometers"}}
    env.send()
    env.clock.advance(20)
    env.svc.poll_statuses()
    assert env.row(V1).state == "approved"


def test_virtual_vin_2_stays_pending_and_vin_3_is_rejected_after_its_delay(env):
    env.add(V2, "sandbox")
    env.add(V3, "sandbox")
    env.send()
    env.clock.advance(89)
    env.svc.poll_statuses()
    assert (env.row(V2).state, env.row(V3).state) == ("pending", "pending")
    env.clock.advance(1)
    env.svc.poll_statuses()
    env.clock.advance(3600)
    env.svc.poll_statuses()
    assert (env.row(V2).state, env.row(V3).state) == ("pending", "rejected")
    assert env.notices() == [(V3, "rejected")]
    # asking again after a rejection is allowed and the timeline keeps both rounds in order
    env.add(V3, "sandbox")
    env.send()
    env.clock.advance(90)
    env.svc.poll_statuses()
    assert [s for src, s in env.timeline(V3) if src == "server"] == [
        "pending",
        "rejected",
        "pending",
        "rejected",
    ]
    assert env.notices() == [(V3, "rejected"), (V3, "rejected")]


def test_vw_group_brands_get_the_business_name_setting_as_the_tag(env):
    env.rt.config.settings.set(BUSINESS_NAME, "Nordlicht Logistik GmbH")
    env.add(AUDI, "Audi")
    assert env.items(AUDI)[0].payload["tags"] == {"vw-group-customer-name": "Nordlicht Logistik GmbH"}
    env.send()
    assert env.sim.fleet.records[AUDI].tags == {"vw-group-customer-name": "Nordlicht Logistik GmbH"}


def test_defect6_vw_vin_without_the_tag_is_sent_and_a_422_is_explained(env):
    """#20 defect 6: stored and sent (the user accepted the warning); the simulator, with no
    business name configured, answers 422: the item is set aside with a plain explanation.
    Once the business name is set, Retry sends it with the tag."""
    env.add(AUDI, "Audi")  # no BadInput any more
    env.send()
    [item] = env.items(AUDI)
    assert item.state == ob.ATTENTION and item.last_status == 422
    assert "no business name is configured for your account at High Mobility" in item.last_error
    assert "VW Group business name" in item.last_error
    env.rt.config.settings.set(BUSINESS_NAME, "Nordlicht Logistik GmbH")
    env.rt.store.write(lambda db: ob.retry_now(db, item.id, env.clock))
    env.send()
    assert env.row(AUDI).status == "pending"
    assert env.sim.fleet.records[AUDI].tags == {"vw-group-customer-name": "Nordlicht Logistik GmbH"}


def test_409_in_transition_is_busy_and_retried_after_the_hint(env):
    env.add(BMW)
    env.send()
    env.clock.advance(20)
    env.svc.poll_statuses()
    assert env.svc.revoke(BMW, "Lease ended") == "queued"
    env.send()
    assert env.row(BMW).state == "revoking"
    env.add(BMW)  # the vehicle comes back while the revoke is still running
    report = env.send()
    add_item = env.items(BMW)[-1]
    assert report.queued == [add_item.id] and add_item.state == "queued"
    assert add_item.last_status == 409 and add_item.last_error.startswith("Busy")
    assert env.row(BMW).state == "busy"
    wait = (parse_utc(add_item.next_attempt_at) - env.clock.now()).total_seconds()
    assert 30 <= wait <= 32
    env.clock.advance(31)  # revoked after 12 s; the retry goes through
    assert env.send().sent == [add_item.id]
    env.svc.poll_statuses()
    assert env.row(BMW).state == "pending"


def test_revoke_cancels_while_pending_and_revokes_when_approved_recording_why(env):
    env.add(MERC, "mercedes-benz")
    env.add(BMW)
    env.send()
    env.sim.fleet.no_cancel = {"bmw"}  # this vendor refuses to cancel while pending
    env.svc.revoke(BMW)  # no local brand list: the DELETE is sent
    assert env.send().attention
    assert "cannot cancel a pending request for BMW" in env.row(BMW).outbox_error
    env.rt.store.write(lambda db: db.execute("DELETE FROM outbox WHERE kind LIKE '%revoke'"))
    env.svc.revoke(MERC, "Added by mistake")
    env.send()
    assert env.row(MERC).state == "canceling"
    env.clock.advance(20)
    env.svc.poll_statuses()
    assert env.svc.revoke(BMW, "Vehicle sold") == "queued"
    env.send()
    env.clock.advance(12)
    env.svc.poll_statuses()
    assert (env.row(MERC).state, env.row(BMW).state) == ("canceled", "revoked")
    assert env.row(BMW).revoke_reason == "Vehicle sold"
    assert ("local", "revoke-requested") in env.timeline(BMW)
    assert env.timeline(BMW)[-2:] == [("server", "revoking"), ("server", "revoked")]
    assert (BMW, "revoked") in env.notices() and (MERC, "canceled") not in env.notices()
    with pytest.raises(Rejected) as info:  # no vehicle data once the clearance has ended
        env.svc.pull_data(BMW)
    assert info.value.status == 403


def test_server_refusing_a_cancel_is_said_plainly(env):
    env.sim.fleet.no_cancel = {"bmw"}
    env.add(BMW)
    env.send()
    # the local state is stale (approved), the server still says pending
    env.rt.store.write(lambda db: db.execute("UPDATE hm_vehicles SET status = 'approved'"))
    env.svc.revoke(BMW)
    assert env.send().attention
    row = env.row(BMW)
    assert row.state == "attention"
    assert row.outbox_error.startswith("High Mobility cannot cancel a pending request for BMW")


def test_defleet_of_a_vehicle_already_removed_counts_as_done(env):
    env.add(BMW)
    env.send()
    env.clock.advance(20)
    env.svc.poll_statuses()
    env.svc.client().delete_vehicle(BMW)  # revoked elsewhere (e.g. the fleet portal)
    env.clock.advance(12)
    env.svc.revoke(BMW, "Vehicle sold")  # FleetDesk still believes it is approved
    assert len(env.send().sent) == 1
    env.svc.poll_statuses()
    assert env.row(BMW).state == "revoked" and env.row(BMW).revoke_reason == "Vehicle sold"


def test_revoking_a_request_never_sent_withdraws_it_locally(env):
    env.sim.faults.offline = True
    env.add(BMW)
    env.send()
    assert env.svc.revoke(BMW, "typo") == "withdrawn"
    assert [i.state for i in env.items(BMW)] == ["discarded"]
    env.sim.faults.offline = False
    env.clock.advance(3600)
    env.send()
    assert env.sim.fleet.records == {}


def test_approved_vehicles_get_their_odometer_pulled_in_the_background(env):
    env.add(V1, "sandbox", odometer=2050)
    env.send()
    assert env.svc.background_step() <= 5
    env.clock.advance(20)
    env.svc.background_step()  # polls (the VIN was pending) and pulls its data
    row = env.row(V1)
    assert row.state == "approved" and row.odometer == 2050 and row.odometer_at
    env.clock.advance(600)
    env.svc.background_step()
    readings = env.rt.store.read(lambda db: hs.readings(db, V1))
    assert [r["odometer"] for r in readings] == [2060.0, 2050.0]
    assert readings[0]["reported_at"] > readings[1]["reported_at"]


def test_background_polls_fast_while_something_moves_and_slowly_otherwise(env):
    env.add(BMW)
    env.send()
    polls = lambda: len(env.sim.requests_to(r"/fleets/vehicles$", "GET"))  # noqa: E731
    env.svc.background_step()
    env.svc.background_step()  # not due again yet
    assert polls() == 1
    env.clock.advance(20)
    env.svc.background_step()
    assert polls() == 2 and env.row(BMW).state == "approved"
    env.clock.advance(60)
    env.svc.background_step()  # nothing moves now: the idle interval applies
    assert polls() == 2
    env.clock.advance(600)
    env.svc.background_step()
    assert polls() == 3


def test_a_send_interrupted_by_a_crash_is_not_posted_twice(env):
    env.add(BMW)
    [item] = env.items(BMW)
    env.svc.client().add_vehicle(env.svc.prepare([BMW], "bmw")[0])  # it reached the server...
    env.rt.store.write(
        lambda db: db.execute("UPDATE outbox SET state = 'sending' WHERE id = ?", [item.id])
    )  # ...then the app died
    report = env.rt.recover()
    assert report.sent == [item.id]
    assert len(env.sim.requests_to(r"/fleets/vehicles$", "POST")) == 1
    assert env.row(BMW).state == "pending"


def test_eligibility_is_stored_and_shown_with_the_vehicle(env):
    answer = env.svc.check_eligibility(V1, "sandbox")
    assert answer.eligible
    env.add(V1, "sandbox", odometer=2050)
    row = env.row(V1)
    assert row.eligible is True and "activated" in row.eligibility_note
    with pytest.raises(BadInput):
        env.svc.check_eligibility(AUDI, "audi")  # the API cannot check VW-group brands
    env.add(V3, "sandbox")
    assert env.svc.fill_eligibility() == 1 and env.row(V3).eligible is False


def test_an_eligibility_refused_by_the_server_is_stored_with_its_reason(env):
    env.svc.check_eligibility(V1, "sandbox")  # signed in; the next answer is a 4xx
    env.sim.faults.fail(1, 422)
    with pytest.raises(Rejected) as refused:
        env.svc.check_eligibility(V2, "sandbox")
    env.add(V2, "sandbox")
    row = env.row(V2)
    assert row.eligible is None and row.eligibility_note
    assert refused.value.describe() in row.eligibility_note


def test_vins_found_on_the_account_are_imported_without_news(env):
    env.svc.client().add_vehicle(env.svc.prepare([BMW], "bmw")[0])
    env.clock.advance(20)
    env.svc.poll_statuses()
    row = env.row(BMW)
    assert (row.state, row.origin) == ("approved", "server") and env.notices() == []
    assert env.timeline(BMW) == [("server", "pending"), ("server", "approved")]


def test_sync_reports_changes_and_counts(env):
    env.add(BMW)
    env.send()
    env.clock.advance(20)
    result = PLUGIN.sync(env.rt)
    assert result.ok and "1 status change" in result.summary and "1 approved" in result.summary
    assert result.details["data_pulled"] == 1


def test_offline_background_work_backs_off_instead_of_hammering(env):
    env.add(BMW)
    env.send()
    env.sim.faults.offline = True
    before = len(env.sim.log)
    assert env.svc.background_step() == 60.0
    for _ in range(5):  # the pump asks again early: nothing is tried
        env.clock.advance(5)
        env.svc.background_step()
    tried = len(env.sim.log) - before
    env.sim.faults.offline = False
    env.clock.advance(60)
    env.svc.background_step()
    assert tried <= 3  # one poll (GETs are retried twice by the session), then a pause
    assert env.row(BMW).state == "approved"


def test_polling_keeps_working_across_token_expiry_and_a_revoked_token(env):
    env.add(BMW)
    env.send()
    for _ in range(4):  # 20 minutes of polls: tokens last 300 s
        env.clock.advance(300)
        env.svc.poll_statuses()
    env.sim.revoke_tokens()  # e.g. a key rotation: 401, one refresh, retry
    env.svc.poll_statuses()
    assert env.row(BMW).state == "approved"
    assert all(r.status != 401 for r in env.sim.requests_to(r"/fleets/vehicles$", "GET")[:-2])
    assert len(env.sim.requests_to(r"/access_tokens$", "POST")) >= 5


def test_issue20_defect7_the_background_poll_honours_retry_after(env):
    env.add(BMW)
    env.send()
    env.sim.faults.rate_limit(1, retry_after=600)  # a 429 asking for ten minutes
    before = len(env.sim.log)
    assert env.svc.background_step() == 600.0
    env.clock.advance(61)
    env.svc.background_step()  # a minute later: still nothing is asked
    assert len(env.sim.log) == before + 1
    env.clock.advance(540)
    env.svc.background_step()  # after the ten minutes: it polls again
    assert len(env.sim.log) > before + 1


# -- #17: optional lookups degrade -------------------------------------------------------------
@pytest.mark.parametrize("eligibility_status", [401, 403, 503])
def test_issue17_a_failing_lookup_leaves_its_columns_empty_with_a_note(env, eligibility_status):
    """Eligibility (an app without that permission, signed out of it, or down) and vehicle data
    are enrichments: the statuses are still polled and stored, the other lookup still runs,
    and the failed one's columns stay empty with a note."""
    env.add(BMW)
    env.add(MERC)
    env.send()
    env.clock.advance(21)
    env.sim.unavailable = {"eligibility": eligibility_status}
    result = env.svc.sync()
    assert result["counts"].get("approved") == 2  # the core list
    assert result["data_pulled"] == 2  # the other lookup went on
    assert env.row(BMW).odometer is not None
    if eligibility_status == 403:  # a refusal per VIN: the VIN's own note ("could not check")
        assert env.row(BMW).eligible is None and env.row(BMW).eligibility_note
    else:
        assert env.row(BMW).eligible is None and env.row(BMW).eligibility_note is None
        [note] = result["notes"]
        assert note.startswith("eligibility not loaded, its columns stay empty")

    env.sim.unavailable = {"vehicle-data": 500}
    env.clock.advance(600)
    result = env.svc.sync()
    assert result["counts"].get("approved") == 2
    assert any(n.startswith("vehicle data not loaded") for n in result["notes"])
    env.sim.unavailable = {}
    env.clock.advance(600)
    assert env.svc.sync()["notes"] == []  # the notes go once it works again


def test_issue17_the_background_poll_goes_on_when_a_lookup_fails(env):
    env.add(BMW)
    env.send()
    env.sim.unavailable = {"eligibility": 401, "vehicle-data": 401}
    wait = env.svc.background_step()
    assert wait <= 15.0  # not the 300 s "signed out" pause
    assert env.row(BMW).status == "pending"
    assert {n.split(" not loaded")[0] for n in env.svc.notes()} == {"eligibility"}
    env.clock.advance(30)
    env.svc.background_step()
    assert env.row(BMW).status == "approved"  # statuses kept being polled
    env.clock.advance(600)
    env.svc.background_step()
    assert {n.split(" not loaded")[0] for n in env.svc.notes()} == {"eligibility", "vehicle data"}
