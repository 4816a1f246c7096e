"""Car-Pass issues: stored with type, number and NL/FR/DE text; corrections and confirms; and
sends interrupted by a crash (no silent duplicate, issue 150 on our own retry = registered).
"""

from __future__ import annotations

from datetime import timedelta

import pytest

from fleetdesk.carpass import store as st
from fleetdesk.carpass.client import CarPassClient
from fleetdesk.core.errors import BadInput
from fleetdesk.simulators.carpass import DEMO_PASSWORD, DEMO_USERNAME
from fleetdesk.store import outbox as ob
from test_carpass_support import BMW, GOLF, VHR, CarPassWorld


@pytest.fixture
def world(tmp_path):
    with CarPassWorld(tmp_path / "data") as w:
        yield w


def with_issue(world, km=113_870, vin=BMW, **kw) -> int:
    result = world.submit(km, vin, **kw)
    world.run_for(15)
    assert world.reading(result.reading_id).state == st.ISSUE
    return result.reading_id


def interrupt_sending(world, item: ob.OutboxItem) -> None:
    """Leave ``item`` as a crash mid-send leaves it: 'sending', one attempt counted."""
    world.rt.store.write(
        lambda db: db.execute(
            "UPDATE outbox SET state = 'sending', attempts = attempts + 1 WHERE id = ?", [item.id]
        )
    )


def direct_client(world) -> CarPassClient:
    return CarPassClient(world.url, DEMO_USERNAME, DEMO_PASSWORD)


def test_annex2_issues_displayed_with_number_type_and_description(world):
    reading_id = with_issue(world)
    [issue] = world.issues(reading_id)
    assert issue.type == "001" and issue.number  # the problem number
    assert "131870" in issue.text("nl") and "inférieur" in issue.text("fr")
    assert "niedriger" in issue.text("de")
    assert issue.state == st.OPEN
    assert world.rt.store.read(st.counts)["open_issues"] == 1


def test_annex2_check4_status_is_captured_so_issues_can_be_corrected(world):
    """check 4: the status answer is stored with the request, so the issue can be acted on
    later, even after a restart."""
    reading_id = with_issue(world)
    world.restart()
    [request] = world.requests(reading_id)
    assert request["status"] == "ISSUE" and request["next_poll_at"] is None
    assert world.issues(reading_id)[0].type == "001"


def test_annex2_correction_updates_local_history_and_follows_the_new_guid(world):
    reading_id = with_issue(world)
    original_guid = world.reading(reading_id).request_guid
    result = world.svc.correct(reading_id, km=131_990)
    assert result.queued
    reading = world.reading(reading_id)
    assert (reading.state, reading.odometer) == (st.CORRECTING, 131_990)  # local DB at once
    assert world.issues(reading_id)[0].state == st.RESOLVING
    world.run_for(15)
    reading = world.reading(reading_id)
    assert reading.state == st.PROCESSED and reading.request_guid != original_guid
    chain = world.requests(reading_id)
    assert [r["kind"] for r in chain] == ["observation", "correction"]
    assert chain[0]["successor_guid"] == reading.request_guid
    assert world.issues(reading_id) == []
    [resolved] = world.issues(reading_id, states=(st.RESOLVED,))
    assert resolved.resolution == "corrected"
    assert world.sim.requests[reading.request_guid].obs.km == 131_990
    assert '"odometer": 113870' in reading.original
    assert world.sim.violations == []


def test_annex2_all_issues_of_a_reading_close_with_one_correction(world):
    reading_id = with_issue(world, 180_000, GOLF, days_ago=364)  # issues 002 and 209
    assert sorted(i.type for i in world.issues(reading_id)) == ["002", "209"]
    assert not world.svc.correct(reading_id, km=163_100).queued  # DATE_IN_PAST: look first
    assert world.svc.correct(reading_id, km=163_100, acknowledge=["DATE_IN_PAST"]).queued
    world.run_for(15)
    assert world.issues(reading_id) == []
    assert len(world.issues(reading_id, states=(st.RESOLVED,))) == 2
    assert world.reading(reading_id).state == st.REVIEWING  # late: Car-Pass checks by hand
    world.run_for(90, tick=2)
    assert world.reading(reading_id).state == st.PROCESSED


def test_annex2_correction_of_the_date_and_the_vin(world):
    reading_id = with_issue(world, 10_000, "VF7AAAAAAAA000001")  # unknown VIN: 101
    assert world.issues(reading_id)[0].type == "101"
    yesterday = world.today() - timedelta(days=1)
    assert world.svc.correct(
        reading_id, vin=GOLF, km=177_000, reading_date=yesterday, acknowledge=True
    ).queued
    world.run_for(15)
    reading = world.reading(reading_id)
    assert (reading.state, reading.vin, reading.reading_date) == (st.PROCESSED, GOLF, yesterday.isoformat())


def test_annex2_confirm_sends_no_body_and_closes_the_issues(world):
    reading_id = with_issue(world, 250_000, GOLF)  # 209: excessive increase
    world.svc.confirm(reading_id)
    assert world.reading(reading_id).state == st.CONFIRMING
    world.run_for(15)
    reading = world.reading(reading_id)
    assert reading.state == st.PROCESSED
    [post] = world.posts(r"/confirm$")
    assert post.body == b""
    [resolved] = world.issues(reading_id, states=(st.RESOLVED,))
    assert resolved.resolution == "confirmed"


def test_confirmed_lower_reading_is_reviewed_then_processed(world):
    reading_id = with_issue(world)
    world.svc.confirm(reading_id)
    world.run_for(15)
    assert world.reading(reading_id).state == st.REVIEWING
    world.run_for(120, tick=2)  # polled slowly in the background
    assert world.reading(reading_id).state == st.PROCESSED
    assert world.sim.violations == []


def test_correct_and_confirm_only_while_the_reading_has_an_issue(world):
    result = world.submit(177_300)
    world.run_for(15)
    with pytest.raises(BadInput):
        world.svc.correct(result.reading_id, km=177_310)
    with pytest.raises(BadInput):
        world.svc.confirm(result.reading_id)
    reading_id = with_issue(world)
    world.svc.confirm(reading_id)
    with pytest.raises(BadInput):  # a confirm is on its way
        world.svc.correct(reading_id, km=131_990)


def test_correction_without_a_change_is_refused(world):
    reading_id = with_issue(world)
    with pytest.raises(BadInput) as caught:
        world.svc.correct(reading_id, km=113_870)
    assert "confirm" in caught.value.message


def test_correction_runs_the_prechecks_without_counting_itself(world):
    world.add_history(BMW, 180, 131_870)
    reading_id = with_issue(world)
    result = world.svc.correct(reading_id, km="131 990")  # not digits only
    assert not result.queued and result.findings[0].code == "ODOMETER_NOT_NUMERIC"
    result = world.svc.correct(reading_id, km=131_870, acknowledge=False)
    assert not result.queued and "SAME_AS_PREVIOUS" in result.unacknowledged
    assert "DUPLICATE" not in [f.code for f in result.findings]


def test_refused_correction_restores_the_values_and_reopens_the_issues(world):
    reading_id = with_issue(world)
    world.rt.config.settings.set("carpass.enterprise", "0876543270")
    world.svc.invalidate()  # as the Account screen does
    world.rt.store.write(
        lambda db: db.execute("UPDATE carpass_readings SET enterprise = NULL WHERE id = ?", [reading_id])
    )
    world.svc.correct(reading_id, km=131_990)
    world.rt.dispatcher.run_once()
    reading = world.reading(reading_id)
    assert (reading.state, reading.odometer) == (st.ISSUE, 113_870)
    assert "enterpriseOrganisation" in reading.last_error
    assert world.issues(reading_id)[0].state == st.OPEN


def test_vhr_with_an_issue_gets_its_report_after_the_correction(world):
    reading_id = with_issue(world, 13_187, BMW, type=VHR)
    world.svc.correct(reading_id, km=131_900)
    world.run_for(15)
    reading = world.reading(reading_id)
    assert reading.state == st.PROCESSED and reading.vhr_state == "stored"
    assert reading.vhr_url.endswith(reading.request_guid)


def test_annex2_g_no_identical_reading_twice_so_no_issue_150(world):
    first = world.submit(177_300)
    assert first.queued
    again = world.submit(177_300)
    assert not again.queued and again.findings[0].code == "DUPLICATE"
    world.run_for(15)
    assert len(world.posts()) == 1


# -- crash in the middle of a send ------------------------------------------------------------
def test_send_in_flight_whose_guid_was_stored_is_not_sent_again(world):
    result = world.submit(177_300)
    world.rt.dispatcher.run_once()
    [item] = world.outbox(result.reading_id)
    # the guid was committed; the process died before the outbox row said 'sent'
    world.rt.store.write(
        lambda db: db.execute("UPDATE outbox SET state = 'sending', remote_id = NULL WHERE id = ?", [item.id])
    )
    world.restart()
    world.run_for(15)
    assert len(world.posts()) == 1
    assert world.outbox(result.reading_id)[0].state == ob.SENT
    assert world.reading(result.reading_id).state == st.PROCESSED


def test_lost_answer_then_retry_gets_150_is_sent_earlier_outcome_unknown(world):
    result = world.submit(177_300)
    [item] = world.outbox(result.reading_id)
    # the POST reached Car-Pass but the answer never came back, and the app died
    client = direct_client(world)
    try:
        client.post_observation(world.svc.observation_for(world.reading(result.reading_id)))
    finally:
        client.close()
    interrupt_sending(world, item)
    world.clock.advance(5)
    world.restart()
    world.run_for(15)
    reading = world.reading(result.reading_id)
    # the first attempt may be registered or held with an issue: never claim either (#11 d1)
    assert reading.state == st.OUTCOME_UNKNOWN
    assert "outcome unknown" in reading.note and "portal" in reading.note
    assert world.issues(result.reading_id) == []  # no open 150 to confirm
    [info] = world.issues(result.reading_id, states=(st.INFO,))
    assert (info.type, info.resolution) == ("150", "sent_earlier")
    assert len(world.posts()) == 2 and world.posts(r"/confirm$") == []  # never confirmed


def test_defect1_lost_answer_of_an_attempt_with_an_issue_is_never_shown_as_done(world):
    """The first attempt raised 001 (Car-Pass holds it as ISSUE, reading not registered);
    its answer was lost; the retry gets 150. Before: PROCESSED with no open issue."""
    result = world.submit(113_870, BMW)  # lower than 131,870: 001
    [item] = world.outbox(result.reading_id)
    client = direct_client(world)
    try:
        first = client.post_observation(world.svc.observation_for(world.reading(result.reading_id)))
    finally:
        client.close()
    interrupt_sending(world, item)
    world.clock.advance(5)
    world.restart()
    world.run_for(15)
    reading = world.reading(result.reading_id)
    assert reading.state == st.OUTCOME_UNKNOWN and reading.state != st.PROCESSED
    assert world.sim.requests[first].status == "ISSUE"  # Car-Pass holds it as ISSUE
    needing = world.rt.store.read(lambda db: st.list_readings(db))
    assert [r.state for r in needing if r.state in st.NEEDS_USER_STATES] == [st.OUTCOME_UNKNOWN]
    # the user checked the portal and records it
    with pytest.raises(BadInput):
        world.svc.record_outcome(str(result.reading_id), "maybe")
    done = world.svc.record_outcome(reading.request_guid, "not-registered", "001 fixed there")
    assert done.state == st.ERROR and "NOT registered" in done.note and "001 fixed" in done.note
    with pytest.raises(BadInput):  # only once, only this state
        world.svc.record_outcome(str(result.reading_id), "registered")


def test_a_150_on_a_first_attempt_stays_an_issue(world):
    client = direct_client(world)  # sent earlier by another program
    try:
        client.post_observation(world.svc.observation_for(world.reading(world.submit(177_300).reading_id)))
    finally:
        client.close()
    world.run_for(15)
    readings = world.rt.store.read(lambda db: st.list_readings(db))
    assert readings[0].state == st.ISSUE
    assert world.issues(readings[0].id)[0].type == "150"


def test_correction_in_flight_when_the_app_died_follows_the_original(world):
    reading_id = with_issue(world)
    parent = world.reading(reading_id).request_guid
    world.svc.correct(reading_id, km=131_990)
    [_, item] = world.outbox(reading_id)
    client = direct_client(world)  # it did arrive...
    try:
        client.post_correction(parent, world.svc.observation_for(world.reading(reading_id)))
    finally:
        client.close()
    interrupt_sending(world, item)  # ...but the answer was lost
    world.restart()
    world.run_for(15)
    reading = world.reading(reading_id)
    assert world.sim.violations == []  # its polling pace was kept
    assert reading.state == st.PROCESSED and reading.request_guid == parent
    assert len(world.posts(r"/correction$")) == 1  # not sent twice
    assert world.outbox(reading_id)[1].state == ob.SENT
    assert world.issues(reading_id) == []


def test_confirm_interrupted_before_it_arrived_is_sent_after_the_restart(world):
    reading_id = with_issue(world, 250_000, GOLF)
    world.svc.confirm(reading_id)
    [_, item] = world.outbox(reading_id)
    interrupt_sending(world, item)
    world.restart()
    world.run_for(15)
    assert world.reading(reading_id).state == st.PROCESSED
    assert len(world.posts(r"/confirm$")) == 1


def test_defect1_cli_lists_and_records_the_outcome(world, capsys):
    """The same through the command line: list says so, outcome records it."""
    import json

    from fleetdesk.cli import main

    result = world.submit(177_300)
    [item] = world.outbox(result.reading_id)
    client = direct_client(world)
    try:
        client.post_observation(world.svc.observation_for(world.reading(result.reading_id)))
    finally:
        client.close()
    interrupt_sending(world, item)
    world.clock.advance(5)
    world.restart()
    world.run_for(15)
    world.crash()  # the CLI opens the same store
    base = ["--data-dir", str(world.data_dir), "carpass"]
    assert main([*base, "list"]) == 0
    assert "unknown outcome" in capsys.readouterr().err
    assert main([*base, "outcome", str(result.reading_id), "--found", "registered", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["reading"]["state"] == st.PROCESSED and "registered" in out["reading"]["note"]
    assert main([*base, "outcome", str(result.reading_id), "--found", "registered"]) == 2
    assert "requestGuid" in capsys.readouterr().err
    world.open()
